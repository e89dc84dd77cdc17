// coordinator.mjs: the browser tests of cancelling a registration with its
// confirmation step and of the coordinator's view of the programme, called
// by run.mjs.
//
// online(context, kit): on the stack, as Ede's demo coordinator: they
// register their own address for an open masterclass (confirmed at once,
// no mail link), see it on /gemeente/programma (Dutch and English), open
// the pages that cancel it and that pass it on to a colleague (the latter
// sent empty: 422 with each error by its field), and then cancel their own
// registration from its status page by keyboard only, without JavaScript:
// the cancel link leads to the page that asks first, whose button cancels
// it. Every page through axe and (in run.mjs) the Nu checker.

export async function online(context, kit) {
  const { test, assert, axe, baseUrl, fetchRaw, formProblems, focusedId } = kit;
  const { password, users } = kit.demoAccounts();
  await context.clearCookies();
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  const { keep, checkPage, submit, signIn, signOut } = kit.pageTools(page, users, password);

  let ev = null;
  await test('there is an open masterclass for the coordinator tests', async () => {
    const { res, body } = await fetchRaw('/programma?lang=nl&format=xml');
    assert(res.status === 200, `GET /programma?format=xml gave ${res.status}`);
    const events = [...body.matchAll(/<event id="(\d+)" kind="(\w+)" audience="\w+" status="(\w+)" registration="([a-z-]+)"/g)]
      .map((m) => ({ id: m[1], kind: m[2], registration: m[4] }));
    // The last open one: run.mjs's registration tests take the first.
    ev = events.filter((e) => e.kind === 'masterclass' && e.registration === 'open').pop();
    assert(ev, 'no masterclass is open for registration');
  });
  if (!ev) { await page.close(); return; }

  let status = '';
  let id = '';
  await test('the coordinator registers their own address and is confirmed at once', async () => {
    await signIn('coordinator');
    await page.goto(`${baseUrl}/programma/${ev.id}/aanmelden?lang=nl`);
    await page.fill('#register-functie', 'Coördinator inkoop');
    await submit(`form[action="/programma/${ev.id}/aanmelden"]`);
    const at = new URL(page.url());
    assert(/^\/aanmelding\/[A-Za-z0-9_-]{43}$/.test(at.pathname), `after registering: at ${page.url()}: ` +
      (await page.locator('.cimolt-error-summary').allInnerTexts().catch(() => [])).join(' ').replace(/\s+/g, ' '));
    status = at.pathname;
    const { body } = await fetchRaw('/gemeente/programma?format=xml', { headers: { cookie: await cookieHeader() } });
    const m = body.match(new RegExp(`<event id="${ev.id}"[\\s\\S]*?</event>`));
    const r = m && [...m[0].matchAll(/<registration id="(\d+)" status="confirmed"[^>]* email="([^"]+)"/g)]
      .find((x) => x[2] === users.coordinator.email);
    assert(r, 'the coordinator\'s registration is not on /gemeente/programma');
    id = r[1];
  });
  async function cookieHeader() {
    return (await context.cookies(baseUrl)).map((c) => `${c.name}=${c.value}`).join('; ');
  }
  if (!status || !id) { await page.close(); return; }

  const base = `/gemeente/programma/${ev.id}/${id}`;
  await checkPage('the coordinator\'s registrations in Dutch', '/gemeente/programma?lang=nl', 200);
  await test('the coordinator\'s list names the registration with its links to cancel and to pass it on', async () => {
    const row = page.locator('main tr', { has: page.locator(`a[href="${base}/annuleren"]`) });
    assert(await row.count() === 1, 'no row with the cancel link');
    const text = (await row.innerText()).replace(/\s+/g, ' ');
    assert(text.includes(users.coordinator.name) && /Bevestigd/.test(text), `the row reads: ${text}`);
    assert(await row.locator(`a[href="${base}/verplaatsen"]`).count() === 1, 'no link to pass the place on');
  });
  await checkPage('the coordinator\'s registrations in English', '/gemeente/programma?lang=en', 200);
  await checkPage('the page that asks before cancelling a colleague\'s registration', `${base}/annuleren?lang=nl`, 200);
  await checkPage('the page that passes a place on to a colleague', `${base}/verplaatsen?lang=nl`, 200);
  await test('passing a place on with the form empty shows each error next to its field (status 422)', async () => {
    await page.goto(`${baseUrl}${base}/verplaatsen?lang=nl`);
    const res = await submit(`form[action="${base}/verplaatsen"]`);
    keep('the form that passes a place on, with errors', await res.text());
    assert(res.status() === 422, `status ${res.status()}`);
    const invalid = await page.locator('[aria-invalid=true]').evaluateAll((els) => els.map((e) => e.id));
    const want = ['move-naam', 'move-email', 'move-functie'];
    assert(JSON.stringify(invalid) === JSON.stringify(want), `marked invalid: ${invalid.join(', ') || 'nothing'}`);
    assert(await focusedId(page, 'move-errors') === 'move-errors', 'the error summary has not the focus');
    const problems = await formProblems(page);
    assert(!problems.length, problems.join('\n'));
    const v = await axe(page);
    assert(!v.length, v.join('\n'));
  });

  await checkPage('the status page with its cancel link', `${status}?lang=nl`, 200);
  await checkPage('the page that asks before cancelling one\'s own registration', `${status}/annuleren?lang=nl`, 200);
  await test('cancelling one\'s own registration by keyboard without JavaScript: the link, the question, the button', async () => {
    const p = await context.newPage();
    try {
      const cdp = await context.newCDPSession(p);
      await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
      await p.goto(`${baseUrl}${status}?lang=nl`);
      // The link by keyboard: Tab until it has the focus, then Enter (a
      // locator, not evaluate: the page runs no script).
      let found = false;
      for (let i = 0; i < 60 && !found; i++) {
        await p.keyboard.press('Tab');
        found = await p.locator(':focus').getAttribute('href', { timeout: 2000 }).catch(() => null) === `${status}/annuleren`;
      }
      assert(found, 'Tab never reaches the cancel link');
      await Promise.all([p.waitForNavigation(), p.keyboard.press('Enter')]);
      assert(new URL(p.url()).pathname === `${status}/annuleren`, `the link leads to ${p.url()}`);
      const ask = (await p.locator('main').innerText()).replace(/\s+/g, ' ');
      assert(/Aanmelding annuleren\?/.test(ask) && ask.includes(users.coordinator.name), `the page reads: ${ask.slice(0, 300)}`);
      const { body } = await fetchRaw(`${status}?format=xml`);
      assert(/<registration status="confirmed"/.test(body), 'the page that asks changed the registration');
      await p.focus(`form[action="${status}/annuleren"] button[type=submit]`);
      await Promise.all([p.waitForNavigation(), p.keyboard.press('Enter')]);
      assert(new URL(p.url()).pathname === status, `after the button: at ${p.url()}`);
      const text = (await p.locator('main').innerText()).replace(/\s+/g, ' ');
      assert(/Deze aanmelding is geannuleerd/.test(text), `the status page reads: ${text.slice(0, 300)}`);
    } finally {
      await p.close();
    }
  });
  // Should the test above have failed, the place is given back anyway.
  await page.goto(`${baseUrl}${status}/annuleren`);
  if (await page.locator(`form[action="${status}/annuleren"]`).count()) await submit(`form[action="${status}/annuleren"]`);
  await checkPage('the status page of the cancelled registration', `${status}?lang=nl`, 200);
  await signOut().catch(() => {});
  await page.close();
}
