// sessions.mjs: the browser tests of events with sessions and of the
// mails that tell registrants of a change, run by run.mjs (see suites()
// and kit there).
//
// online(context, kit): on the stack, as the demo accounts: an organiser
// makes an event of two sessions on the event form (first with a bad
// session row: 422, the message at its field), the event's page lists the
// sessions, the member registers for it (their own address: confirmed at
// once), the organiser cancels the event with a message on the form, and
// the member's mail is read from the stack's SMTP test receiver
// (CIMOLT_VAR/mail/smtp): the message, a link of their own that opens the
// registration, and the calendar attached with METHOD:CANCEL and both
// sessions' UIDs. Every page through axe and (in run.mjs) the Nu checker.
import { join } from 'node:path';
import { readFileSync, readdirSync } from 'node:fs';

// smtpMail(dir, type, to): the newest message of type (X-Cimolt-Event) to
// the address that the SMTP receiver stored in dir, waiting up to 20 s
// for the courier; '' when none came.
async function smtpMail(dir, type, to) {
  for (let i = 0; i < 200; i++) {
    let names = [];
    try { names = readdirSync(dir).filter((n) => n.endsWith('.json')).sort().reverse(); } catch { /* not yet */ }
    for (const n of names) {
      let c;
      try { c = JSON.parse(readFileSync(join(dir, n), 'utf8')); } catch { continue; }
      if (c.to.includes(to) && c.data.includes(`\r\nX-Cimolt-Event: ${type}\r\n`)) return c.data;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return '';
}

// parts(raw): the parts of a multipart/mixed message as { headers, body }
// (bodies 8bit, as the courier sends them), after its own headers.
function parts(raw) {
  const m = raw.match(/^Content-Type: multipart\/mixed; boundary="([^"]+)"\r$/m);
  if (!m) return [];
  return raw.split(`\r\n--${m[1]}`).slice(1, -1).map((p) => {
    const at = p.indexOf('\r\n\r\n');
    return { headers: p.slice(0, at), body: p.slice(at + 4) };
  });
}

export async function online(context, kit) {
  const { test, assert, fetchRaw, axe, baseUrl, demoAccounts, pageTools, top } = kit;
  const { password, users } = demoAccounts();
  let ready = false;
  await test('the stack serves the event form with session rows', async () => {
    const { res } = await fetchRaw('/programma?format=xml');
    assert(res.status === 200, `GET /programma gave ${res.status}; the session tests did not run`);
    ready = true;
  });
  if (!ready) return;
  await context.clearCookies();
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  const { keep, checkPage, submit, signIn, signOut } = pageTools(page, users, password);
  const stamp = `${Date.now().toString(36)}${process.pid}`;
  const title = `Tweedaagse browsertest ${stamp}`;
  const message = `De masterclass gaat niet door (${stamp}). Wij sturen u een nieuwe datum.`;
  let id = null;

  await test('an organiser signs in for the sessions', () => signIn('organiser'));
  await checkPage('the new event form with session rows', '/beheer/programma/nieuw?lang=nl', 200);
  await checkPage('the new event form in English', '/beheer/programma/nieuw?lang=en', 200);

  await test('a session row with an end before its start is 422 with the message at that field', async () => {
    await page.goto(`${baseUrl}/beheer/programma/nieuw?lang=nl`);
    assert(await page.inputValue('#event-notify_emails') === users.organiser.email,
      `the notification address starts as "${await page.inputValue('#event-notify_emails')}"`);
    await page.fill('#event-title', title);
    await page.selectOption('#event-audience', 'monitor');
    await page.fill('#event-starts_at', '2027-10-05T09:00');
    await page.fill('#event-ends_at', '2027-10-05T12:30');
    await page.fill('#event-place', 'Provinciehuis Gelderland, Arnhem');
    await page.fill('#event-starts_at_2', '2027-10-12T09:00');
    await page.fill('#event-ends_at_2', '2027-10-12T08:00');
    await page.fill('#event-place_2', 'Stadhuis Ede');
    await page.selectOption('#event-status', 'open');
    const res = await submit('form[action="/beheer/programma/nieuw"]');
    keep('the event form with a bad session row', await res.text());
    assert(res.status() === 422, `status ${res.status()}`);
    const invalid = await page.locator('[aria-invalid=true]').evaluateAll((els) => els.map((e) => e.id));
    assert(invalid.join(' ') === 'event-ends_at_2', `marked invalid: ${invalid.join(', ') || 'nothing'}`);
    const legends = await page.locator('fieldset.cimolt-fieldset > legend').allInnerTexts();
    assert(legends.includes('Dagdeel 2') && legends.includes('Dagdeel 3'), `fieldsets: ${legends.join(' | ')}`);
    const v = await axe(page);
    assert(!v.length, v.join('\n'));
  });

  await test('the organiser saves the event with two sessions', async () => {
    await page.fill('#event-ends_at_2', '2027-10-12T12:30');
    await submit('form[action="/beheer/programma/nieuw"]');
    const m = new URL(page.url()).pathname.match(/^\/beheer\/programma\/(\d+)$/);
    assert(m, `after saving the page is ${page.url()}`);
    id = m[1];
  });
  if (!id) { await page.close(); return; }
  await checkPage('the event form of an event with two sessions', `/beheer/programma/${id}/bewerken?lang=nl`, 200);

  await test("the event's page lists both sessions with their dates, times and places", async () => {
    await page.goto(`${baseUrl}/programma/${id}?lang=nl`);
    const items = await page.locator('main ul.cimolt-sessions li').allInnerTexts();
    const want = ['dinsdag 5 oktober 2027, 9.00–12.30 uur, Provinciehuis Gelderland, Arnhem',
      'dinsdag 12 oktober 2027, 9.00–12.30 uur, Stadhuis Ede'];
    assert(items.join(' | ') === want.join(' | '), `the list reads: ${items.join(' | ')}`);
  });
  await checkPage('the page of an event with two sessions', `/programma/${id}?lang=nl`, 200);
  await checkPage('the page of an event with two sessions in English', `/programma/${id}?lang=en`, 200);

  await test('the member registers for it with their own address, confirmed at once', async () => {
    await signOut();
    await signIn('member');
    await page.goto(`${baseUrl}/programma/${id}/aanmelden?lang=nl`);
    if (!(await page.inputValue('#register-naam'))) await page.fill('#register-naam', users.member.name);
    if (!(await page.inputValue('#register-email'))) await page.fill('#register-email', users.member.email);
    if (!(await page.inputValue('#register-functie'))) await page.fill('#register-functie', 'Inkoper');
    await submit(`form[action="/programma/${id}/aanmelden"]`);
    assert(/^\/aanmelding\//.test(new URL(page.url()).pathname), `after registering the page is ${page.url()}`);
    await signOut();
  });

  await test('the organiser cancels the event on its form with a message to the registrants', async () => {
    await signIn('organiser');
    await page.goto(`${baseUrl}/beheer/programma/${id}/bewerken?lang=nl`);
    await page.selectOption('#event-status', 'cancelled');
    await page.fill('#event-change_message', message);
    await submit(`form[action="/beheer/programma/${id}/bewerken"]`);
    assert(new URL(page.url()).pathname === `/beheer/programma/${id}`, `after saving the page is ${page.url()}`);
    await signOut();
  });

  let link = '';
  await test("the registrant's mail (from the SMTP test receiver) has the message, their link and a METHOD:CANCEL calendar", async () => {
    const dir = join(process.env.CIMOLT_VAR || join(top, 'var'), 'mail', 'smtp');
    const raw = await smtpMail(dir, 'event.cancelled', users.member.email);
    assert(raw, `no event.cancelled mail to ${users.member.email} in ${dir} within 20 s`);
    const [text, ics] = parts(raw);
    assert(text && ics, 'the mail is not a text and an attachment');
    assert(/^Content-Type: text\/calendar; charset=utf-8; method=CANCEL\r$/m.test(ics.headers),
      `the attachment's headers: ${ics.headers}`);
    const body = text.body;
    assert(body.includes(`${title} gaat niet door.`) && body.includes(message), `the text: ${body}`);
    const m = body.match(/\/aanmelding\/[A-Za-z0-9_-]{43}/);
    assert(m, `no link in the text: ${body}`);
    link = m[0];
    const cal = ics.body.replace(/\r\n[ \t]/g, '');
    const uids = [...cal.matchAll(/^UID:(.*)\r$/gm)].map((u) => u[1]);
    assert(/^METHOD:CANCEL\r$/m.test(cal) && uids.length === 2 && new Set(uids).size === 2,
      `METHOD and UIDs: ${cal.match(/^METHOD:.*$/m)} ${uids.join(' ')}`);
    assert([...cal.matchAll(/^STATUS:(.*)\r$/gm)].every((s) => s[1] === 'CANCELLED'), 'a session is not CANCELLED');
  });
  if (link) {
    await test("the mail's link opens the member's registration", async () => {
      await page.goto(`${baseUrl}${link}?lang=nl`);
      const main = await page.locator('main').innerText();
      assert(main.includes(users.member.name), `the page does not name ${users.member.name}`);
    });
    await checkPage("the registration of a cancelled event, from the mail's link", `${link}?lang=nl`, 200);
  }
  await page.close();
}
