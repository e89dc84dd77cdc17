// info.mjs: the browser tests of the information pages (about, contact,
// privacy, accessibility, help) and of editing their texts, called by
// run.mjs.
//
// offline(page, kit): the pages rendered from fixtures/info-*.xml and
// text*.xml (run.mjs has already checked every fixture with axe, the Nu
// checker and for unknown message keys): the footer links the five
// pages and marks the one shown, the editing form keeps the markup as
// typed and marks an empty text, a revision offers its restore button.
//
// online(context, kit): on the stack: every information page in Dutch and
// English, anonymous; then the organiser edits the privacy statement in
// the browser (typing a heading, a <script> element and a javascript:
// link), sees the new text on /privacy with the script and the link as
// text, sends an empty text (422, the message by the field), and restores
// the previous revision, after which /privacy shows the shipped text
// again. Every page through axe and (in run.mjs) the Nu checker.

const pages = ['over', 'contact', 'privacy', 'toegankelijkheid', 'help'];

export async function offline(page, kit) {
  const { test, assert, offlineHost } = kit;
  const go = (f) => page.goto(`${offlineHost}/${f}`);

  await test('the footer links the five information pages and marks the one shown', async () => {
    await go('info-privacy-nl.html');
    const links = await page.locator('footer nav a').evaluateAll((as) =>
      as.map((a) => [a.getAttribute('href'), a.getAttribute('aria-current')]));
    assert(JSON.stringify(links.map(([h]) => h)) === JSON.stringify(pages.map((p) => `/${p}`)),
      `the footer links ${links.map(([h]) => h).join(' ')}`);
    assert(links.filter(([, c]) => c).map(([h]) => h).join() === '/privacy', 'the privacy link is not the current one');
    assert(await page.locator('footer nav').getAttribute('aria-label') === 'Informatie', 'the footer navigation has no name');
  });

  await test('an information page shows its text as headings, paragraphs, lists and links', async () => {
    await go('info-privacy-nl.html');
    assert(await page.locator('main h1').innerText() === 'Privacyverklaring', 'the h1 is not the title');
    assert(await page.locator('main .cimolt-prose h2').count() >= 3, 'fewer than three headings');
    assert(await page.locator('main .cimolt-prose ul li').count() >= 5, 'fewer than five list items');
    assert(await page.locator('main .cimolt-prose a[href="/contact"]').count() >= 1, 'no link to /contact');
  });

  await test('the English accessibility statement follows the model: status, evaluation, known issues, complaints', async () => {
    await go('info-accessibility-en.html');
    const h2 = await page.locator('main .cimolt-prose h2').allInnerTexts();
    const want = ['Compliance status', 'Date and method of the last evaluation', 'Known issues', 'Contact and complaints'];
    assert(JSON.stringify(h2) === JSON.stringify(want), `the headings are ${h2.join('; ')}`);
    const text = await page.locator('main').innerText();
    for (const w of ['WCAG', '2.1', 'AA', 'axe-core', 'Nu HTML Checker']) assert(text.includes(w), `it does not name ${w}`);
  });

  await test('the editing form marks the empty text and keeps the other as typed', async () => {
    await go('text-form-errors-en.html');
    assert(await page.locator('#text-tekst_nl[aria-invalid=true]').count() === 1, 'the empty Dutch text is not marked');
    assert(await page.inputValue('#text-tekst_en') === 'Some **text**', 'the English text is not kept as typed');
  });

  await test('an earlier revision has a restore button; the one shown has none', async () => {
    await go('text-revision-older-en.html');
    assert(await page.locator('form[action="/beheer/teksten/revisie/6/herstellen"] button[type=submit]').count() === 1,
      'no restore button');
    await go('text-revision-current-nl.html');
    assert(await page.locator('form[action$="/herstellen"]').count() === 0, 'a restore button on the current text');
  });
}

export async function online(context, kit) {
  const { test, assert, baseUrl } = kit;
  const { password, users } = kit.demoAccounts();
  await context.clearCookies();
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  const { keep, checkPage, submit, signIn, signOut } = kit.pageTools(page, users, password);
  const main = async () => (await page.locator('main').innerText()).replace(/\s+/g, ' ');

  for (const p of pages) {
    await checkPage(`/${p} in Dutch`, `/${p}?lang=nl`, 200);
    await checkPage(`/${p} in English`, `/${p}?lang=en`, 200);
  }

  const word = `Bewaartermijn${Date.now()}`;
  let edited = false;
  await test('the organiser edits the privacy statement; the page shows the new text with the script and link as text', async () => {
    await signIn('organiser');
    let res = await page.goto(`${baseUrl}/beheer/teksten?lang=nl`);
    keep("the organisers' list of texts", await res.text());
    let v = await kit.axe(page);
    assert(!v.length, `on the list: ${v.join('\n')}`);
    await page.locator('main a[href="/beheer/teksten/privacy"]').click();
    await page.waitForLoadState('load');
    keep('the editing form of the privacy statement', await page.content());
    v = await kit.axe(page);
    assert(!v.length, `on the form: ${v.join('\n')}`);
    await page.fill('#text-tekst_nl', `## ${word}\n\nWij bewaren *niets* langer dan nodig.\n\n<script>alert(1)</script> [klik](javascript:alert(1))`);
    res = await submit('main form[action="/beheer/teksten/privacy"]');
    assert(new URL(page.url()).searchParams.get('klaar') === 'info.saved', `saving led to ${page.url()}`);
    keep('the editing form after saving', await res.text());
    v = await kit.axe(page);
    assert(!v.length, `after saving: ${v.join('\n')}`);
    edited = true;
    res = await page.goto(`${baseUrl}/privacy?lang=nl`);
    keep('the edited privacy statement', await res.text());
    assert(await page.locator('main .cimolt-prose h2').first().innerText() === word, 'the new heading is not shown');
    assert(await page.locator('main .cimolt-prose em').first().innerText() === 'niets', 'the emphasis is not shown');
    const text = await main();
    assert(text.includes('<script>alert(1)</script> [klik](javascript:alert(1))'), `the script and the link are not shown as text: ${text.slice(0, 300)}`);
    assert(await page.locator('script').count() === 0, 'the page has a script element');
    assert(await page.locator('a[href^="javascript:" i]').count() === 0, 'the page has a javascript: link');
    v = await kit.axe(page);
    assert(!v.length, v.join('\n'));
  });
  if (!edited) { await page.close(); return; }
  await checkPage('the privacy statement in English after the Dutch text changed', '/privacy?lang=en', 200);

  await test('an empty text comes back with its message by the field, in English', async () => {
    await page.goto(`${baseUrl}/beheer/teksten/privacy?lang=en`);
    await page.fill('#text-tekst_en', '');
    const res = await submit('main form[action="/beheer/teksten/privacy"]');
    assert(res.status() === 422, `status ${res.status()}`);
    keep('the editing form with an error', await res.text());
    assert(await page.locator('#text-tekst_en[aria-invalid=true]').count() === 1, 'the English text is not marked invalid');
    const v = await kit.axe(page);
    assert(!v.length, v.join('\n'));
  });

  await test('the organiser restores the previous revision; /privacy shows the shipped text again', async () => {
    await page.goto(`${baseUrl}/beheer/teksten/privacy?lang=en`);
    // The revisions, newest first: the Dutch one just saved, then the one
    // before it.
    const rows = page.locator('main table tbody tr').filter({ hasText: 'Nederlands' });
    await rows.nth(1).locator('a').click();
    await page.waitForLoadState('load');
    keep('an earlier revision, in English', await page.content());
    let v = await kit.axe(page);
    assert(!v.length, `on the revision: ${v.join('\n')}`);
    const res = await submit('main form[action$="/herstellen"]');
    assert(new URL(page.url()).searchParams.get('klaar') === 'info.restored', `restoring led to ${page.url()}`);
    keep('the editing form after restoring', await res.text());
    v = await kit.axe(page);
    assert(!v.length, `after restoring: ${v.join('\n')}`);
    await page.goto(`${baseUrl}/privacy?lang=nl`);
    const text = await main();
    assert(!text.includes(word) && text.includes('Wie is verantwoordelijk'), `the page shows: ${text.slice(0, 200)}`);
    await signOut();
  });
  await page.close();
}
