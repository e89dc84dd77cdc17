// practice.mjs: the browser tests of the practice library, run by
// run.mjs (see suites() and kit there).
//
// offline(page, kit): the pages rendered from tests/browser/fixtures/
// practice*-*.xml: the library's search as a plain GET form with its
// filters, the message for a search of only stop words, the pager; one
// practice with its facts, contact button (never an address), related
// practices and advice; the form's groups of checkboxes with their errors
// and kept values; the organisers' review; the contact form over its
// limit; and the Atom feed, rendered from a page document and parsed
// back (RFC 4287: the elements a feed and its entries must have).
//
// online(context, kit): on the stack, as the demo accounts: a member
// writes a practice (the form with errors first), the coordinator submits
// it, an organiser returns an empty remark (422) and publishes it and
// makes it public, an anonymous visitor finds it in the Atom feed, and the
// regional viewer finds it by searching for a word only it has; every
// page of the library through axe and (in run.mjs) the Nu checker. The
// practice is made internal again at the end, so the public feed stays as
// the demo data has it.
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';

// atomProblems(page, text): what is wrong with an Atom feed (RFC 4287),
// checked in the browser: it parses as XML, the root is atom:feed, the
// feed has id, title, updated (RFC 3339) and a self link, and every entry
// has id, title, updated, an author name and an alternate link (it has
// no content, 4.1.2). Returns the problems and the entries' links.
async function atomProblems(page, text) {
  return page.evaluate((text) => {
    const ns = 'http://www.w3.org/2005/Atom';
    const out = [];
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    if (doc.getElementsByTagName('parsererror').length) return { out: ['the feed does not parse as XML'], links: [] };
    const feed = doc.documentElement;
    if (feed.localName !== 'feed' || feed.namespaceURI !== ns) out.push(`the root is {${feed.namespaceURI}}${feed.localName}`);
    const kids = (el, name) => [...el.children].filter((c) => c.namespaceURI === ns && c.localName === name);
    const rfc3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;
    for (const name of ['id', 'title', 'updated']) {
      if (kids(feed, name).length !== 1) out.push(`the feed has ${kids(feed, name).length} ${name} elements`);
    }
    const upd = kids(feed, 'updated')[0];
    if (upd && !rfc3339.test(upd.textContent.trim())) out.push(`the feed's updated is "${upd.textContent}"`);
    if (!kids(feed, 'link').some((l) => l.getAttribute('rel') === 'self')) out.push('the feed has no self link');
    const entries = kids(feed, 'entry');
    if (!entries.length && !kids(feed, 'author').length) out.push('a feed without entries has no author');
    const links = [], ids = new Set();
    for (const e of entries) {
      for (const name of ['id', 'title', 'updated']) {
        if (kids(e, name).length !== 1) out.push(`an entry has ${kids(e, name).length} ${name} elements`);
      }
      const id = (kids(e, 'id')[0] || {}).textContent || '';
      if (!/^(urn:uuid:[0-9a-f-]{36}|tag:)/.test(id)) out.push(`entry id "${id}"`);
      if (ids.has(id)) out.push(`entry id ${id} twice`);
      ids.add(id);
      for (const name of ['updated', 'published']) {
        for (const d of kids(e, name)) if (!rfc3339.test(d.textContent.trim())) out.push(`entry ${name} "${d.textContent}"`);
      }
      const author = kids(e, 'author')[0];
      if (!author || !kids(author, 'name').length || !kids(author, 'name')[0].textContent.trim()) out.push(`entry ${id} has no author name`);
      const alt = kids(e, 'link').find((l) => (l.getAttribute('rel') || 'alternate') === 'alternate');
      if (!alt && !kids(e, 'content').length) out.push(`entry ${id} has neither content nor an alternate link`);
      if (alt) links.push(alt.getAttribute('href'));
    }
    return { out, links };
  }, text);
}

export async function offline(page, kit) {
  const { test, assert, offlineHost, focusedId, run, here, work } = kit;
  const go = (f) => page.goto(`${offlineHost}/${f}`);

  await test('the practice library searches and filters with a plain GET form that keeps its values', async () => {
    await go('practices-search-en.html');
    const form = page.locator('form.cimolt-search');
    assert(await form.getAttribute('method') === 'get' && await form.getAttribute('action') === '/praktijk',
      'the search form is not a GET to /praktijk');
    const names = await form.locator('input[name], select[name]').evaluateAll((els) => els.map((e) => e.name));
    const want = ['q', 'categorie', 'thema', 'aspect', 'provincie', 'jaar', 'sorteer'];
    assert(want.every((n) => names.includes(n)), `the form sends ${names.join(', ')}`);
    assert(await page.inputValue('#search-q') === 'hergebruik de', `the words read "${await page.inputValue('#search-q')}"`);
    for (const id of want.slice(1)) {
      assert(await page.locator(`label[for="search-${id}"]`).count() === 1, `#search-${id} has no label`);
    }
    assert(await page.inputValue('#search-sorteer') === 'relevantie', 'a search is not sorted by relevance');
    const count = await page.locator('.cimolt-practice-results__count').innerText();
    assert(/practical examples? found for ‘hergebruik de’/.test(count), `the count reads "${count}"`);
    const ignored = await page.locator('.cimolt-practice-results .cimolt-note').count();
    assert(ignored === 0 || /Not searched for/.test(await page.locator('.cimolt-practice-results .cimolt-note').innerText()), 'the ignored words are not explained');
  });

  await test('a search of only stop words and symbols gets a helpful message and no results', async () => {
    await go('practices-no-words-nl.html');
    const alert = await page.locator('.cimolt-practice-results .utrecht-alert').innerText();
    assert(/alleen veelvoorkomende woorden/.test(alert) && /ten minste drie letters/.test(alert), `the message reads "${alert}"`);
    assert(await page.locator('.cimolt-practice-results .cimolt-practice-card').count() === 0, 'results are shown');
    assert(await page.inputValue('#search-q') === 'de het ??', 'the typed words are gone');
  });

  await test('the pager links to the other pages and marks the current one', async () => {
    await go('practices-pages-nl.html');
    const nav = page.locator('nav.cimolt-pagination');
    assert(await nav.getAttribute('aria-label') === "Pagina's", 'the pager has no name');
    const current = await nav.locator('a[aria-current=page]').innerText();
    assert(current.trim() === '2', `the current page is "${current}"`);
    const rels = await nav.locator('a[rel]').evaluateAll((as) => as.map((a) => `${a.rel} ${a.getAttribute('href')}`));
    assert(rels.join(' | ') === 'prev /praktijk?categorie=gww&pagina=1 | next /praktijk?categorie=gww&pagina=3', `links: ${rels.join(' | ')}`);
    const count = await page.locator('.cimolt-practice-results__count').innerText();
    assert(/47 praktijkvoorbeelden\. Pagina 2 van 3\./.test(count), `the count reads "${count}"`);
  });

  await test('a practice shows its facts, texts, documents, contact button (never an address), related practices and advice', async () => {
    await go('practice-nl.html');
    const facts = await page.locator('.cimolt-practice__facts').innerText();
    for (const want of ['Ede', 'Bouw, sloop en gebouwbeheer', '2025', '€ 1 miljoen tot € 5,5 miljoen',
      'Plannen, ambities en aanpak', 'Hoogwaardig hergebruik van materialen', 'Ingelogde deelnemers']) {
      assert(facts.includes(want), `the facts lack "${want}": ${facts.replace(/\s+/g, ' ')}`);
    }
    const parts = await page.locator('.cimolt-practice__text h2').allInnerTexts();
    assert(parts.join(' | ') === 'Aanpak: wat is er van de markt gevraagd | Resultaten en lessen | Documenten | Contactpersoon',
      `sections: ${parts.join(' | ')}`);
    assert(await page.locator('.cimolt-practice__text h2#practice-approach + div p').count() === 4, 'the approach is not one paragraph per line');
    const ask = page.locator('a[href="/praktijk/6/contact"]');
    assert(await ask.count() === 1 && /Stel een vraag aan Lotte Lid/.test(await ask.innerText()), 'no contact button');
    const main = await page.locator('main').innerText();
    assert(!/@/.test(main), 'an e-mail address is on the page');
    assert(await page.locator('.cimolt-practice__related .cimolt-practice-card').count() === 2, 'not two related practices');
    assert(await page.locator('.cimolt-practice__advice li').count() === 1, 'the advice is not listed');
    assert(await page.getAttribute('.cimolt-practice__title-text', 'lang') === null, 'a Dutch title is marked as another language');
    await go('practice-returned-en.html');
    assert(await page.getAttribute('.cimolt-practice__title-text', 'lang') === 'nl', 'the Dutch title on an English page is not marked lang=nl');
    const state = await page.locator('.cimolt-practice-state').innerText();
    assert(/Returned/.test(state) && /gunningscriteria/.test(state), `the state reads "${state}"`);
    assert(await page.locator('form[action="/praktijk/17/indienen"] button').count() === 1, 'the coordinator has no submit button');
  });

  await test('an anonymous visitor sees a public practice without the contact button, with a way to sign in', async () => {
    await go('practice-anonymous-nl.html');
    assert(await page.locator('main a[href$="/contact"]').count() === 0, 'a contact link for an anonymous visitor');
    assert(await page.locator('.cimolt-practice__actions').count() === 0, 'actions for an anonymous visitor');
    const partners = await page.locator('.cimolt-practice__facts').innerText();
    assert(/Samenwerkende gemeenten/.test(partners) && /Winterswijk/.test(partners), 'the co-operating municipalities are not listed');
  });

  await test('a published practice with a new version links to it; a member is told only the coordinator submits', async () => {
    await go('practice-pending-nl.html');
    assert(await page.locator('a[href="/praktijk/7/concept"]').count() === 1, 'no link to the new version');
    await go('practice-concept-nl.html');
    assert(await page.locator('.cimolt-practice-state').count() === 1, 'the concept does not say its state');
    assert(await page.locator('a[href="/praktijk/7"]').count() >= 1, 'no link back to the published version');
  });

  await test('the practice form groups its checkboxes in fieldsets, keeps what was ticked and ties errors to their groups', async () => {
    await go('practice-form-errors-nl.html');
    assert(await focusedId(page, 'practice-errors') === 'practice-errors', 'the error summary has no focus');
    const groups = await page.evaluate(() => [...document.querySelectorAll('input[type=checkbox]')].map((c) => {
      const fs = c.closest('fieldset.cimolt-choices');
      const legend = fs && fs.querySelector(':scope > legend');
      return { id: c.id, ok: !!(legend && legend.textContent.trim()) && !!document.querySelector(`label[for="${c.id}"]`) };
    }));
    const loose = groups.filter((g) => !g.ok && g.id !== 'practice-contact_self').map((g) => g.id);
    assert(!loose.length, `checkboxes outside a named group or without a label: ${loose.join(', ')}`);
    const legends = await page.locator('fieldset.cimolt-fieldset > legend').allInnerTexts();
    assert(legends.join(' | ') === 'Het voorbeeld | In het Engels | Kenmerken | Samenwerking en contact | Openbare documenten', `fieldsets: ${legends.join(' | ')}`);
    const aspects = await page.getAttribute('#practice-aspects-group', 'aria-describedby');
    assert(aspects && aspects.split(' ').includes('practice-aspects-error'), `the aspects group is described by "${aspects}"`);
    assert(await page.isChecked('#practice-themes-borging'), 'the ticked theme is not ticked');
    assert(await page.isChecked('#practice-partners-14') && await page.isChecked('#practice-partners-15'), 'the ticked municipalities are not ticked');
    assert(await page.inputValue('#practice-year') === '1999', 'the typed year is gone');
    assert(await page.inputValue('#practice-link1_url') === 'geen-adres', 'the typed address is gone');
    assert(await page.inputValue('#practice-contact') === '2', 'the chosen contact person is not chosen');
    await page.locator('.cimolt-error-summary a[href="#practice-aspects"]').click();
    const now = await page.evaluate(() => document.activeElement && document.activeElement.id);
    assert(now === 'practice-aspects', `the link to the aspects focused "${now}"`);
    await go('practice-form-new-nl.html');
    assert(await page.inputValue('#practice-category') === '', 'a new practice has a category chosen for it');
  });

  await test('the review page offers publish and return (with a remark) only for a submitted practice, and the public switch', async () => {
    await go('practice-review-nl.html');
    for (const a of ['publiceren', 'terugsturen', 'openbaar']) {
      assert(await page.locator(`form[action="/beheer/praktijk/16/${a}"] button[type=submit]`).count() === 1, `no ${a} button`);
    }
    assert(await page.locator('#practice-return-remark').count() === 1, 'no remark field');
    assert(await page.inputValue('form[action$="/openbaar"] input[name=openbaar]') === 'ja', 'the switch does not make it public');
    await go('practice-review-published-en.html');
    assert(await page.locator('form[action$="/publiceren"], form[action$="/terugsturen"]').count() === 0, 'a published practice can be published again');
    assert(/Make participants only|participants only/i.test(await page.locator('form[action$="/openbaar"] button').innerText()), 'the switch of a public practice does not make it internal');
    await go('practice-review-errors-en.html');
    assert(await page.locator('#practice-return-remark[aria-invalid=true]').count() === 1, 'the remark is not marked invalid');
  });

  await test('the contact form over its daily limit says so, with the typed question kept', async () => {
    await go('practice-contact-throttled-nl.html');
    const title = await page.title();
    assert(title.startsWith('Fout: '), `title "${title}"`);
    const summary = await page.locator('.cimolt-error-summary').innerText();
    assert(/al 5 vragen gesteld/.test(summary), `the summary reads "${summary}"`);
    assert(/gekeurd/.test(await page.inputValue('#practice-contact-message')), 'the question is gone');
    assert(!/@/.test(await page.locator('main').innerText()), 'an e-mail address is on the page');
  });

  await test('the Atom feed stylesheet writes a valid feed (RFC 4287) that parses back', async () => {
    const doc = join(work, 'doc-practice-atom.xml');
    writeFileSync(doc, `<?xml version="1.0" encoding="UTF-8"?>
<page name="practice-atom" version="0.1.0" lang="nl" status="200">
  <request method="GET" path="/praktijk.atom" query=""/><user role="anonymous"/>
  <feed id="tag:cimolt.example,2026:praktijk" base-url="https://cimolt.example" updated="2026-02-24T08:30:00Z">
    <entry id="urn:uuid:3f6c2a1e-8d4b-4c71-9a0e-5b2d7c91e001" href="https://cimolt.example/praktijk/1"
        updated="2026-02-24T08:30:00Z" published="2025-02-11T08:30:00Z" category="gww" year="2024">
      <title>Asfalt &amp; hergebruik &lt;50%&gt;</title><summary>Een samenvatting.</summary><author>Apeldoorn</author>
    </entry>
    <entry id="urn:uuid:3f6c2a1e-8d4b-4c71-9a0e-5b2d7c91e003" href="https://cimolt.example/praktijk/3"
        updated="2025-11-18T13:00:00Z" published="2025-11-18T13:00:00Z" category="gww" year="2025">
      <title>Regionale marktconsultatie</title><summary>Nog een.</summary><author>Doetinchem</author>
    </entry>
  </feed>
</page>
`);
    const r = await run(join(here, 'render'), [doc]);
    assert(r.code === 0 && !r.stderr.trim(), `render: ${r.stderr}`);
    const { out, links } = await atomProblems(page, r.stdout);
    assert(!out.length, out.join('\n'));
    assert(links.join(' ') === 'https://cimolt.example/praktijk/1 https://cimolt.example/praktijk/3', `links: ${links.join(' ')}`);
    assert(r.stdout.includes('Asfalt &amp; hergebruik &lt;50%&gt;'), 'the title is not escaped as text');
  });
}

export async function online(context, kit) {
  const { test, assert, fetchRaw, axe, baseUrl, demoAccounts, pageTools, focusedId } = kit;
  const { password, users } = demoAccounts();
  let ready = false;
  await test('the stack serves the practice library', async () => {
    const { res } = await fetchRaw('/praktijk?format=xml');
    assert(res.status === 200, `GET /praktijk gave ${res.status}; the practice tests did not run`);
    ready = true;
  });
  if (!ready) return;
  await context.clearCookies();
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  const { keep, checkPage, submit, signIn, signOut } = pageTools(page, users, password);
  // A word only this run's practice has, to find it by.
  const word = `proefkring${Date.now().toString(36)}`;
  const title = `Circulaire inkoop van bankjes uit de ${word}`;
  let id = null;

  await checkPage('the practice library (anonymous)', '/praktijk?lang=nl', 200);
  await checkPage('the practice library in English', '/praktijk?lang=en', 200);
  await checkPage('a search of only stop words', '/praktijk?lang=nl&q=de+het+%21%21', 200);
  await test('a search of only stop words says why nothing is found', async () => {
    const text = await page.locator('.cimolt-practice-results').innerText();
    assert(/alleen veelvoorkomende woorden/.test(text), `the results read "${text.slice(0, 200)}"`);
  });
  await checkPage('an unknown filter value', '/praktijk?categorie=onzin', 400);
  await checkPage('a practice that does not exist', '/praktijk/999999999', 404);

  await test('a member writes a practice: the empty form comes back with errors, then it is saved as a draft', async () => {
    await signIn('member');
    let res = await page.goto(`${baseUrl}/praktijk/nieuw?lang=nl`);
    keep('the new practice form', await res.text());
    let v = await axe(page);
    assert(!v.length, `on the empty form: ${v.join('\n')}`);
    res = await submit('form[action="/praktijk/nieuw"]');
    assert(res.status() === 422, `the empty form gave ${res.status()}`);
    keep('the practice form with errors', await res.text());
    assert(await focusedId(page, 'practice-errors') === 'practice-errors', 'the error summary has no focus');
    v = await axe(page);
    assert(!v.length, `on the form with errors: ${v.join('\n')}`);
    await page.fill('#practice-title', title);
    await page.fill('#practice-summary', `Ede kocht bankjes uit hergebruikt kunststof van de ${word}, met terugname na gebruik.`);
    await page.fill('#practice-approach', 'Eisen: ten minste 80% hergebruikt kunststof.\nGunning: prijs en de terugnameregeling.\nContract: terugname na tien jaar.');
    await page.fill('#practice-results', 'Veertig bankjes geplaatst.\nLes: vraag vroeg naar levertijden.');
    await page.fill('#practice-year', '2025');
    await page.selectOption('#practice-category', 'gww');
    await page.selectOption('#practice-value_band', '50k-215k');
    await page.check('#practice-themes-samenwerking');
    await page.check('#practice-aspects');
    await page.check('#practice-aspects-kringloop');
    // Municipalities are grouped by province, each province folded away
    // (details) when there are several: open Gelderland as a user would.
    const gelderland = page.locator('#practice-partners-group details').filter({ hasText: 'Gelderland' }).first();
    if (await gelderland.count() && await gelderland.getAttribute('open') === null) await gelderland.locator('summary').click();
    const partner = page.locator('#practice-partners-group').getByLabel('Wageningen', { exact: true });
    await partner.check();
    await page.check('#practice-contact_self');
    await page.fill('#practice-link1_url', 'https://www.example.nl/ede/bankjes');
    await page.fill('#practice-link1_label', 'Bestek bankjes');
    res = await submit('form[action="/praktijk/nieuw"]');
    const at = new URL(page.url());
    const m = at.pathname.match(/^\/praktijk\/(\d+)$/);
    assert(m && at.searchParams.get('klaar') === 'practice.saved', `saving led to ${page.url()} (status ${res.status()})`);
    id = m[1];
    keep('a draft practice, just saved', await res.text());
    assert(await page.locator('.cimolt-notice').count() === 1, 'no notice that it was saved');
    assert(await page.locator(`form[action="/praktijk/${id}/indienen"]`).count() === 0, 'a member has a submit button');
    v = await axe(page);
    assert(!v.length, v.join('\n'));
  });
  if (!id) { await page.close(); return; }
  await checkPage('the edit form of a draft', `/praktijk/${id}/bewerken?lang=nl`, 200);
  await test('the edit form shows what was saved', async () => {
    assert(await page.inputValue('#practice-title') === title, 'the title is not filled in');
    assert(await page.isChecked('#practice-aspects-kringloop') && await page.isChecked('#practice-contact_self'), 'the ticked boxes are not ticked');
  });

  await test('the coordinator submits the practice', async () => {
    await signOut();
    await signIn('coordinator');
    await page.goto(`${baseUrl}/praktijk/${id}?lang=nl`);
    const res = await submit(`form[action="/praktijk/${id}/indienen"]`);
    assert(new URL(page.url()).searchParams.get('klaar') === 'practice.submitted', `submitting led to ${page.url()}`);
    keep('a submitted practice', await res.text());
    const v = await axe(page);
    assert(!v.length, v.join('\n'));
    await signOut();
  });

  await test('an organiser finds it in the review queue; an empty remark comes back with its error', async () => {
    await signIn('organiser');
    let res = await page.goto(`${baseUrl}/beheer/praktijk?lang=nl`);
    keep("the organisers' practices", await res.text());
    assert(await page.locator(`section[aria-labelledby="queue-title"] a[href="/beheer/praktijk/${id}"]`).count() === 1, 'not in the queue');
    let v = await axe(page);
    assert(!v.length, `on the queue: ${v.join('\n')}`);
    res = await page.goto(`${baseUrl}/beheer/praktijk/${id}?lang=nl`);
    keep('the review page', await res.text());
    v = await axe(page);
    assert(!v.length, `on the review page: ${v.join('\n')}`);
    res = await submit(`form[action="/beheer/praktijk/${id}/terugsturen"]`);
    assert(res.status() === 422, `an empty remark gave ${res.status()}`);
    keep('the review page with an error', await res.text());
    assert(await page.locator('#practice-return-remark[aria-invalid=true]').count() === 1, 'the remark is not marked invalid');
    v = await axe(page);
    assert(!v.length, `with the error: ${v.join('\n')}`);
  });

  await test('the organiser publishes it and makes it public', async () => {
    await page.goto(`${baseUrl}/beheer/praktijk/${id}?lang=nl`);
    await submit(`form[action="/beheer/praktijk/${id}/publiceren"]`);
    assert(new URL(page.url()).searchParams.get('klaar') === 'practice.published', `publishing led to ${page.url()}`);
    await page.goto(`${baseUrl}/beheer/praktijk/${id}?lang=nl`);
    const res = await submit(`form[action="/beheer/praktijk/${id}/openbaar"]`);
    assert(new URL(page.url()).searchParams.get('klaar') === 'practice.made-public', `the switch led to ${page.url()}`);
    keep('the review page of a public practice', await res.text());
    await signOut();
  });

  await test('the Atom feed is served as Atom, parses, and lists the public practice', async () => {
    const { res, body } = await fetchRaw('/praktijk.atom');
    assert(res.status === 200, `status ${res.status}`);
    assert(/^application\/atom\+xml/.test(res.headers.get('content-type') || ''), `Content-Type ${res.headers.get('content-type')}`);
    const { out, links } = await atomProblems(page, body);
    assert(!out.length, out.join('\n'));
    assert(links.some((l) => l.endsWith(`/praktijk/${id}`)), `the feed does not list /praktijk/${id}`);
  });
  await checkPage('a public practice, anonymous', `/praktijk/${id}?lang=nl`, 200);

  await test('another user finds the practice by searching for a word only it has', async () => {
    await signIn('regional');
    await page.goto(`${baseUrl}/praktijk?lang=nl`);
    await page.fill('#search-q', word);
    const res = await submit('form.cimolt-search .cimolt-search__row');
    keep('the library with a search', await res.text());
    const found = await page.locator('.cimolt-practice-results .cimolt-practice-card a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert(found.join(' ') === `/praktijk/${id}`, `the search found ${found.join(' ') || 'nothing'}`);
    assert(/1 praktijkvoorbeeld gevonden/.test(await page.locator('.cimolt-practice-results__count').innerText()), 'the count is not 1');
    const v = await axe(page);
    assert(!v.length, v.join('\n'));
  });
  await checkPage('a published practice, signed in', `/praktijk/${id}?lang=en`, 200);
  await test('the practice names its contact person, with a button to ask and no address', async () => {
    assert(await page.locator(`a[href="/praktijk/${id}/contact"]`).count() === 1, 'no contact button');
    assert(!/@/.test(await page.locator('main').innerText()), 'an e-mail address is on the page');
  });
  await checkPage('the contact form', `/praktijk/${id}/contact?lang=nl`, 200);
  await test('an empty question comes back with its error (and counts for nothing)', async () => {
    const res = await submit(`form[action="/praktijk/${id}/contact"]`);
    assert(res.status() === 422, `status ${res.status()}`);
    keep('the contact form with an error', await res.text());
    assert(await page.locator('#practice-contact-message[aria-invalid=true]').count() === 1, 'the question is not marked invalid');
    const v = await axe(page);
    assert(!v.length, v.join('\n'));
    await signOut();
  });

  await test('the organiser makes the practice internal again', async () => {
    await signIn('organiser');
    await page.goto(`${baseUrl}/beheer/praktijk/${id}?lang=nl`);
    await submit(`form[action="/beheer/praktijk/${id}/openbaar"]`);
    assert(new URL(page.url()).searchParams.get('klaar') === 'practice.made-internal', `the switch led to ${page.url()}`);
    await signOut();
  });
  await page.close();
}
