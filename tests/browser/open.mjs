// open.mjs: the browser tests of an event open to everyone (the demo's
// closing meeting, events.open_to = 'everyone'), called by run.mjs.
//
// online(context, kit): on the stack: the open event's page and its
// registration form (register-open: every organisation, and a field for a
// guest's own organisation) in Dutch and English, the form sent empty
// with its errors, the organisers' page of the event and their event form
// with the setting, each
// through axe and (in run.mjs) the Nu checker; then a guest registers by
// keyboard with JavaScript off, typing the name of their organisation,
// confirms with the link from the mail, sees their organisation on the
// status page and cancels again (the event's places are left as found).

export async function online(context, kit) {
  const { test, assert, baseUrl, fetchRaw } = kit;
  const { password, users } = kit.demoAccounts();
  await context.clearCookies();
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  const { keep, checkPage, submit, signIn, signOut } = kit.pageTools(page, users, password);
  const main = async (p) => (await p.locator('main').innerText()).replace(/\s+/g, ' ');

  let ev = '';
  await test('the programme has an event open to everyone, open for registration', async () => {
    const { res, body } = await fetchRaw('/programma?lang=nl&format=xml');
    assert(res.status === 200, `GET /programma?format=xml gave ${res.status}`);
    const m = body.match(/<event id="(\d+)"[^>]* registration="(?:open|full)" open-to="everyone"/);
    assert(m, 'no event open to everyone is open for registration (dev/demo.sql: the closing meeting)');
    ev = m[1];
  });
  if (!ev) { await page.close(); return; }
  const form = `/programma/${ev}/aanmelden`;

  await checkPage('the page of an event open to everyone', `/programma/${ev}?lang=nl`, 200);
  await checkPage('the page of an event open to everyone in English', `/programma/${ev}?lang=en`, 200);
  await checkPage('the registration form of an event open to everyone', `${form}?lang=nl`, 200);
  await checkPage('the registration form of an event open to everyone in English', `${form}?lang=en`, 200);

  await test('the open form lists provinces and umbrella organisations and has a field for a guest', async () => {
    await page.goto(`${baseUrl}${form}?lang=nl`);
    const groups = await page.locator('#register-open-organisatie optgroup').evaluateAll((gs) => gs.map((g) => g.label));
    for (const g of ['Provincie', 'Koepelorganisatie', 'Provincie Gelderland']) {
      assert(groups.includes(g), `no group "${g}" among ${groups.join(', ')}`);
    }
    assert(await page.locator('#register-open-organisatie option', { hasText: 'Provincie Utrecht' }).count() === 1,
      'Provincie Utrecht is not offered');
    const label = await page.locator('label[for=register-open-gast_organisatie]').innerText();
    assert(/Naam van uw organisatie/.test(label), `the guest field's label reads "${label}"`);
  });

  await test('the open form sent empty says to choose an organisation or type one (status 422)', async () => {
    await page.goto(`${baseUrl}${form}?lang=nl`);
    const res = await submit(`form[action="${form}"]`);
    keep('the open registration form with errors', await res.text());
    assert(res.status() === 422, `status ${res.status()}`);
    const invalid = await page.locator('[aria-invalid=true]').evaluateAll((els) => els.map((e) => e.id));
    const want = ['register-open-organisatie', 'register-open-naam', 'register-open-email', 'register-open-functie'];
    assert(want.every((w) => invalid.includes(w)), `marked invalid: ${invalid.join(', ') || 'nothing'}`);
    const text = await main(page);
    assert(text.includes('Kies uw organisatie in de lijst, of typ de naam van uw organisatie'),
      `the page reads: ${text.slice(0, 400)}`);
    const v = await kit.axe(page);
    assert(!v.length, v.join('\n'));
  });

  // The guest's registration: keyboard only, with JavaScript off.
  const stamp = `${Date.now()}-${process.pid}`;
  const email = `gast-${stamp}@bureau.example`;
  const org = `Bureau Browsertest ${stamp}`;
  let link = '';
  await test('a guest registers by keyboard without JavaScript, typing their organisation, and is asked to confirm by mail', async () => {
    const p = await context.newPage();
    try {
      const cdp = await context.newCDPSession(p);
      await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
      await p.goto(`${baseUrl}${form}?lang=nl`);
      await p.focus('#register-open-organisatie');
      await p.keyboard.press('Tab');
      const at = await p.evaluate(() => document.activeElement && document.activeElement.id);
      assert(at === 'register-open-gast_organisatie', `Tab from the list went to "${at}"`);
      await p.keyboard.type(org);
      await p.keyboard.press('Tab');
      await p.keyboard.type('Gast Browsertest');
      await p.keyboard.press('Tab');
      await p.keyboard.type(email);
      await p.keyboard.press('Tab');
      await p.keyboard.type('Adviseur');
      const [res] = await Promise.all([p.waitForNavigation(), p.keyboard.press('Enter')]);
      const url = new URL(p.url());
      assert(url.pathname === `/programma/${ev}` && url.searchParams.get('klaar') === 'registration.check-mail',
        `after sending the form: status ${res.status()} at ${p.url()}: ` +
        (await p.locator('.cimolt-error-summary, .cimolt-alert').allInnerTexts()).join(' ').replace(/\s+/g, ' '));
      link = await kit.verifyLink(email);
      assert(link, 'no registration.verify mail reached the webhook receiver within 15 s');
    } finally {
      await p.close();
    }
  });
  let status = '';
  if (link) {
    await test("the guest confirms by keyboard; the status page shows the place and the guest's organisation", async () => {
      const p = await context.newPage();
      try {
        const cdp = await context.newCDPSession(p);
        await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
        await p.goto(`${baseUrl}${link}?lang=nl`);
        await p.focus(`form[action="${link}/bevestigen"] button[type=submit]`);
        await Promise.all([p.waitForNavigation(), p.keyboard.press('Enter')]);
        if (new URL(p.url()).pathname === link) status = link;
        assert(status, `after confirming: at ${p.url()}`);
        const text = await main(p);
        assert(/Uw plaats is bevestigd/.test(text), `the status page reads: ${text.slice(0, 300)}`);
        assert(text.includes(org), `the status page does not show "${org}"`);
      } finally {
        await p.close();
      }
    });
  }
  if (status) {
    await checkPage("the status page of a guest's confirmed registration", `${status}?lang=nl`, 200);
    // The place goes back: the demo's event is left as found.
    await page.goto(baseUrl + status);
    if (await page.locator(`form[action="${status}/annuleren"]`).count()) await submit(`form[action="${status}/annuleren"]`);
  }

  await test('an organiser signs in for the event form', async () => { await signIn('organiser'); });
  await checkPage("the organisers' page of an event open to everyone", `/beheer/programma/${ev}?lang=nl`, 200);
  if (status) {
    await test("the organisers' page lists the guest under the organisation typed, marked as a guest", async () => {
      await page.goto(`${baseUrl}/beheer/programma/${ev}?lang=nl`);
      const heads = await page.locator('main h3').allInnerTexts();
      assert(heads.some((h) => h.includes(`${org} (gast)`)), `no heading "${org} (gast)" among: ${heads.join(' | ').slice(0, 300)}`);
    });
  }
  await checkPage('the event form of an event open to everyone', `/beheer/programma/${ev}/bewerken?lang=nl`, 200);
  await test('the event form says who can register, set to everyone', async () => {
    await page.goto(`${baseUrl}/beheer/programma/${ev}/bewerken?lang=nl`);
    assert(await page.inputValue('#event-open_to') === 'everyone', 'the select does not hold "everyone"');
    const label = await page.locator('label[for=event-open_to]').innerText();
    assert(/Wie kan zich aanmelden/.test(label), `the label reads "${label}"`);
  });
  await checkPage('the event form in English', `/beheer/programma/${ev}/bewerken?lang=en`, 200);
  await test('the organiser signs out', () => signOut());
  await page.close();
}
