// messages.mjs: the browser tests of the organisers' list of outgoing
// messages (/beheer/berichten) and the page of one message
// (/beheer/berichten/{id}), called by run.mjs.
//
// offline(page, kit): the pages rendered from fixtures/ (run.mjs has
// already checked every fixture with axe, the Nu checker and for unknown
// message keys): each row names its recipients and subject and links to
// the message's page; a refused search marks its field; the message page
// shows the mail as text with its attempts; an erased message says so.
//
// online(context, kit): on the stack, signed in as the demo organiser,
// after asking for a new password for the demo member (which queues a
// reset mail with a personal link): the list, a search for the member's
// address, a refused search and the mail's own page, in Dutch and in
// English, each through axe and (later) the Nu checker; the page never
// shows the link's token.

// A capability token as cimoltd makes them: 43 base64url characters.
const tokenAfter = (path) => new RegExp(`${path}[A-Za-z0-9_-]{43}`);

export async function offline(page, kit) {
  const { test, assert, offlineHost } = kit;
  const go = (f) => page.goto(`${offlineHost}/${f}`);
  const main = async () => (await page.locator('main').innerText()).replace(/\s+/g, ' ');

  await test('messages: each row shows recipients, subject, status and last attempt, and links to its page', async () => {
    await go('deliveries-nl.html');
    const rows = page.locator('main table.cimolt-deliveries tbody tr');
    assert(await rows.count() === 4, `${await rows.count()} rows, not 4`);
    const cells = await rows.nth(1).locator('th, td').evaluateAll((cs) => cs.map((c) => c.innerText.replace(/\s+/g, ' ').trim()));
    assert(cells[0] === 'Nieuwe aanmelding: Masterclass circulair inkopen voor inkopers Nieuwe aanmelding', `subject cell: ${cells[0]}`);
    assert(cells[1] === 'programma@circulairgelderland.nl, Anna de Vries <anna@circulairgelderland.nl>', `recipients: ${cells[1]}`);
    assert(cells[2].startsWith('Bezorgd op 28 november 2026'), `status: ${cells[2]}`);
    assert(cells[3] === '28 november 2026, 9.40 uur SMTP: gelukt', `last attempt: ${cells[3]}`);
    assert(await rows.nth(1).locator('a[href="/beheer/berichten/4"]').count() === 1, 'no link to the message page');
    const purged = await rows.nth(3).innerText();
    assert(purged.includes('(gewist)'), `an erased message: ${purged}`);
  });

  await test('messages: a refused search marks its field and links the summary to it', async () => {
    await go('deliveries-search-error-nl.html');
    assert(await page.locator('#search-q[aria-invalid=true]').count() === 1, 'the search field is not marked invalid');
    assert(await page.locator('#search-errors a[href="#search-q"]').count() === 2, 'the summary does not link both messages to the field');
    assert((await page.title()).startsWith('Fout:'), `title ${await page.title()}`);
  });

  await test('messages: search results say what was found and page through it', async () => {
    await go('deliveries-search-en.html');
    const text = await main();
    assert(text.includes('120 messages found for ‘anna@circulairgelderland.nl’. Page 2 of 3.'), text.slice(0, 400));
    assert(await page.locator('nav.cimolt-pagination a[aria-current=page]').innerText() === '2', 'page 2 is not the current page');
  });

  await test('messages: the message page shows the mail as text, its attachment and every attempt', async () => {
    await go('delivery-en.html');
    assert(await page.locator('main h1').innerText() === 'Aanmelding bevestigd: Masterclass circulair inkopen', 'the heading is not the subject');
    const text = await page.locator('main pre.cimolt-mail-text').innerText();
    assert(text.startsWith('Beste Anna de Vries,\n\nU bent aangemeld'), `text: ${text.slice(0, 80)}`);
    assert(await page.locator('main ol.cimolt-attempts__list li').count() === 3, 'not three attempts');
    assert((await main()).includes('masterclass.ics (text/calendar)'), 'the attachment is not named');
    await go('delivery-purged-en.html');
    assert((await main()).includes('The content of this message has been erased'), 'an erased message does not say so');
  });
}

export async function online(context, kit) {
  const { test, assert, baseUrl } = kit;
  const { password, users } = kit.demoAccounts();
  await context.clearCookies();
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  const { keep, checkPage, submit, signIn, signOut } = kit.pageTools(page, users, password);
  const member = users.member && users.member.email;

  let queued = false;
  await test('a visitor asks for a new password for the demo member (a mail with a personal link)', async () => {
    assert(member, 'no demo member in dev/lib/stack.sh');
    await page.goto(`${baseUrl}/wachtwoord-vergeten`);
    await page.fill('#forgot-email', member);
    await submit('main form');
    assert(new URL(page.url()).searchParams.get('klaar') === 'forgot.sent', `asking led to ${page.url()}`);
    queued = true;
  });
  if (!queued) { await page.close(); return; }

  await test('an organiser signs in for the list of messages', () => signIn('organiser'));
  for (const lang of ['nl', 'en']) {
    await checkPage(`the list of messages in ${lang}`, `/beheer/berichten?lang=${lang}`, 200);
    await checkPage(`the messages to the demo member in ${lang}`,
      `/beheer/berichten?lang=${lang}&q=${encodeURIComponent(member.toUpperCase())}`, 200);
    await checkPage(`a refused search of the messages in ${lang}`, `/beheer/berichten?lang=${lang}&q=jan%40`, 422);
  }

  let href = null;
  await test('the search for the member\'s address finds the reset mail, and only mail to them', async () => {
    await page.goto(`${baseUrl}/beheer/berichten?lang=nl&q=${encodeURIComponent(member)}`);
    const rows = page.locator('main table.cimolt-deliveries tbody tr');
    assert(await rows.count() >= 1, 'no message to the demo member');
    const to = await rows.evaluateAll((rs) => rs.map((r) => r.querySelectorAll('td')[0].innerText.trim()));
    assert(to.every((t) => t.toLowerCase().split(/,\s*/).includes(member.toLowerCase())), `recipients: ${to.join(' | ')}`);
    const first = rows.first();
    assert((await first.locator('th').innerText()).includes('Nieuw wachtwoord'), `the newest is not the reset mail: ${await first.innerText()}`);
    href = await first.locator('th a').getAttribute('href');
  });
  if (href) {
    for (const lang of ['nl', 'en']) {
      await checkPage(`the page of a message in ${lang}`, `${href}?lang=${lang}`, 200);
    }
    await test('the page of the reset mail shows its link without a usable token', async () => {
      const res = await page.goto(`${baseUrl}${href}?lang=nl`);
      const body = await res.text();
      assert(!tokenAfter('/wachtwoord/').test(body), 'the page holds a /wachtwoord/ token');
      const text = await page.locator('main pre.cimolt-mail-text').innerText();
      assert(text.includes('/wachtwoord/REDACTED'), `the link is not shown masked: ${text.slice(0, 300)}`);
    });
  }
  await test('the organiser signs out of the list of messages', () => signOut());
  await page.close();
}
