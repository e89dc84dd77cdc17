// peers.mjs: the browser tests of the named view (named peers by consent,
// /benchmark/{year}/vergelijken), called by run.mjs.
//
// online(context, kit): the Ede coordinator of dev/lib/stack.sh sees the
// page while Ede is not named (it says why and where to change that),
// opts Ede in on /gemeente/leden, chooses Arnhem and Nijmegen (named in
// the demo) by keyboard-free clicks on their boxes, sees the three side
// by side, and gets a choice the server refuses (a box whose value was
// changed to a municipality that is not named) back with its error
// (422). Every page, in Dutch and English, through axe and the Nu
// checker. At the end Ede's choice and consent are put back as they were.

export async function online(context, kit) {
  const { test, assert, baseUrl } = kit;
  const { password, users } = kit.demoAccounts();
  await context.clearCookies();
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  const { keep, checkPage, submit, signIn, signOut } = kit.pageTools(page, users, password);

  let year = null, wasNamed = null;
  await test('named peers: the Ede coordinator signs in and finds the latest benchmark year', async () => {
    await signIn('coordinator');
    await page.goto(`${baseUrl}/benchmark?lang=nl`);
    const m = new URL(page.url()).pathname.match(/^\/benchmark\/(\d{4})$/);
    assert(m, `/benchmark led to ${page.url()}`);
    year = m[1];
    const link = page.locator(`main a[href="/benchmark/${year}/vergelijken"]`);
    assert(await link.count() === 1, 'the benchmark has no link to the named view');
    await page.goto(`${baseUrl}/gemeente/leden?lang=nl`);
    wasNamed = await page.inputValue('form[action="/gemeente/benchmark"] select[name=naam]') === 'ja';
  });
  if (!year) { await page.close(); return; }
  const path = `/benchmark/${year}/vergelijken`;
  const setNamed = async (value) => {
    await page.goto(`${baseUrl}/gemeente/leden?lang=nl`);
    await page.selectOption('form[action="/gemeente/benchmark"] select[name=naam]', value);
    const res = await submit('form[action="/gemeente/benchmark"]');
    assert(res.status() === 200 && new URL(page.url()).searchParams.get('klaar') === 'benchmark.saved',
      `saving naam=${value} led to ${page.url()} (${res.status()})`);
  };

  if (wasNamed === false) {
    await test('named peers: not named, the page says why and links to where the coordinator changes it', async () => {
      await page.goto(`${baseUrl}${path}?lang=nl`);
      const main = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
      assert(/staat niet met naam in de benchmark/.test(main), `the page reads "${main.slice(0, 300)}"`);
      assert(await page.locator('main a[href="/gemeente/leden"]').count() === 1, 'no link to /gemeente/leden');
      assert(await page.locator('main table').count() === 0, 'a table while not named');
    });
    await checkPage('the named view while not named', `${path}?lang=nl`, 200);
    await checkPage('the named view while not named in English', `${path}?lang=en`, 200);
    await test('named peers: the coordinator opts Ede in to be named', () => setNamed('ja'));
  }

  let chose = false;
  await test('named peers: choosing Arnhem and Nijmegen shows the three side by side, by name', async () => {
    await page.goto(`${baseUrl}${path}?lang=nl`);
    const form = `form[action="${path}"]`;
    for (const box of await page.locator(`${form} input[name=peer]`).all()) await box.uncheck();
    await page.getByLabel('Arnhem', { exact: true }).check();
    await page.getByLabel('Nijmegen', { exact: true }).check();
    const res = await submit(form);
    keep('the named view after choosing', await res.text());
    const at = new URL(page.url());
    assert(at.pathname === path && at.searchParams.get('klaar') === 'peers.saved', `saving led to ${page.url()}`);
    const heads = await page.locator('main table thead th').allInnerTexts();
    assert(heads.length === 4 && /^Ede/.test(heads[1]) && heads[2] === 'Arnhem' && heads[3] === 'Nijmegen',
      `the columns: ${heads.join(' | ')}`);
    const rows = await page.locator('main table tbody tr').count();
    assert(rows === 20, `${rows} rows, not one per scope (20)`);
    chose = true;
    const v = await kit.axe(page);
    assert(!v.length, v.join('\n'));
  });
  await checkPage('the named view', `${path}?lang=nl`, 200);
  await checkPage('the named view in English', `${path}?lang=en`, 200);

  await test('named peers: a choice the server refuses comes back with its error beside the boxes (422)', async () => {
    await page.goto(`${baseUrl}${path}?lang=nl`);
    const form = `form[action="${path}"]`;
    // A box made to send a municipality that is not named (no such box
    // is offered): the server decides, not the page.
    await page.locator(`${form} input[name=peer]`).first().evaluate((b) => { b.value = '1'; b.checked = true; });
    const res = await submit(form);
    keep('the named view with a refused choice', await res.text());
    assert(res.status() === 422, `status ${res.status()}`);
    assert(await page.locator('#peers-errors').count() === 1, 'no error summary');
    assert(await page.locator(`${form} input[name=peer][aria-invalid=true]`).count() > 0, 'the boxes are not marked invalid');
    const v = await kit.axe(page);
    assert(!v.length, v.join('\n'));
  });

  await test('named peers: Ede\'s choice and consent are put back', async () => {
    if (chose) {
      await page.goto(`${baseUrl}${path}?lang=nl`);
      const form = `form[action="${path}"]`;
      for (const box of await page.locator(`${form} input[name=peer]`).all()) await box.uncheck();
      const res = await submit(form);
      assert(res.status() === 200, `clearing the choice: status ${res.status()}`);
    }
    if (wasNamed === false) await setNamed('nee');
  });
  await test('named peers: the coordinator signs out', () => signOut());
  await page.close();
}
