// benchmark.mjs: the browser tests of the benchmark (with the advice, the
// regional and organisers' overviews), called by run.mjs.
//
// offline(page, kit): the pages rendered from fixtures/ (run.mjs has
// already checked every fixture with axe, the Nu checker and for unknown
// message keys): charts are named images with a table of the same
// numbers, the own value is marked only on the benchmark, a group or
// scope below the minimum shows why and no figures, the peer group is a
// GET form, the advice and its request form, the organisers' pages.
//
// online(context, kit): the same pages on the stack, signed in as the
// demo accounts of dev/lib/stack.sh (the Ede coordinator and member, the
// Gelderland regional viewer, the organiser): the benchmark with the
// peer-group switch, the advice, an advice request sent and seen by the
// organiser, the overviews; every page through axe and the Nu checker.
// When the stack has no benchmark (GET /benchmark 404) that is one failed
// test, saying so, and the rest do not run.

// chartProblems(page, f): what is wrong with the charts of the loaded
// page: a chart without role img and a name, without a table after it
// (in its section or trend block), or with a number its table lacks.
async function chartProblems(page, f) {
  return page.evaluate((f) => {
    const out = [];
    const numbers = (t) => (t.match(/\d+(?:[.,]\d+)?/g) || []);
    for (const svg of document.querySelectorAll('main svg.cimolt-chart')) {
      const name = (svg.getAttribute('aria-labelledby') || '').split(/\s+/)
        .map((id) => (document.getElementById(id) || {}).textContent || '').join(' ').trim();
      if (svg.getAttribute('role') !== 'img' || !name) out.push(`${f}: #${svg.id} has no role img or no name`);
      const box = svg.closest('.cimolt-trend, section');
      const table = box && [...box.querySelectorAll('table')].find((t) =>
        svg.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING);
      if (!table) { out.push(`${f}: "${name}" is not followed by a table`); continue; }
      const cells = new Set([...table.querySelectorAll('td, th')].flatMap((c) => numbers(c.textContent)));
      for (const v of svg.querySelectorAll('.cimolt-chart__value')) {
        for (const n of numbers(v.textContent)) {
          if (!cells.has(n)) out.push(`${f}: ${n} of "${name}" is not in its table`);
        }
      }
    }
    return out;
  }, f);
}

export async function offline(page, kit) {
  const { test, assert, offlineHost } = kit;
  const go = (f) => page.goto(`${offlineHost}/${f}`);

  await test('benchmark: every chart is a named image followed by a table with the same numbers', async () => {
    const bad = [];
    const want = { 'benchmark-nl.html': 8, 'benchmark-en.html': 8, 'regional-nl.html': 4, 'regional-en.html': 4 };
    for (const [f, n] of Object.entries(want)) {
      await go(f);
      const charts = await page.locator('main svg.cimolt-chart').count();
      if (charts !== n) bad.push(`${f}: ${charts} charts, not ${n}`);
      bad.push(...await chartProblems(page, f));
    }
    assert(!bad.length, bad.join('\n'));
  });

  await test('benchmark: the box plots mark the own value, its table says where it stands; the region has no own value', async () => {
    await go('benchmark-nl.html');
    const own = await page.locator('#chart-levels .cimolt-chart__own').count();
    assert(own === 3, `${own} own values in the levels chart, not 3`);
    const row = (await page.locator('#themes-heading ~ table tbody tr').first().innerText()).replace(/\s+/g, ' ');
    // The position only as a band, never a percentile (it would pin
    // other scores), and every figure a range.
    assert(/(boven|onder) de mediaan|bereik van de mediaan|kwart/.test(row) && !/percentiel/.test(row) &&
      /\d+–\d+/.test(row), `the first theme row reads "${row}"`);
    const cols = await page.locator('#themes-heading ~ table thead').innerText();
    assert(!/Laagste|Hoogste/.test(cols), `the table still has the lowest and highest score: ${cols}`);
    const legend = await page.locator('.cimolt-legend').innerText();
    assert(/Uw score/.test(legend) && /kwartiel/.test(legend), `the legend reads "${legend}"`);
    await go('regional-nl.html');
    const none = await page.locator('main .cimolt-chart__own, main .cimolt-legend .cimolt-chart__own').count();
    assert(none === 0, `the region's page marks ${none} own values`);
    const head = await page.locator('main table.cimolt-stats thead').first().innerText();
    assert(!/Uw score|positie/i.test(head), `the region's table has own columns: ${head}`);
  });

  await test('benchmark: a scope below the minimum shows why and no figures, in the chart and the table', async () => {
    await go('benchmark-nl.html');
    const rows = page.locator('#chart-themes .cimolt-chart__row--hidden');
    assert(await rows.count() === 1, `${await rows.count()} hidden rows in the themes chart, the fixture has 1`);
    assert(await rows.locator('rect, line, circle, .cimolt-chart__value').count() === 0, 'the hidden row draws figures');
    const cell = (await page.locator('#themes-heading ~ table td.cimolt-stats__hidden').innerText()).trim();
    assert(/zonder de score van een gemeente prijs te geven/.test(cell), `the hidden row reads "${cell}"`);
    const cells = await page.locator('#themes-heading ~ table tr:has(td.cimolt-stats__hidden) td').count();
    assert(cells === 2, `the hidden row has ${cells} cells (own value and why), not 2`);
  });

  await test('benchmark: a group below the minimum shows why and no figures at all', async () => {
    const bad = [];
    for (const f of ['benchmark-too-small-nl.html', 'benchmark-too-small-en.html', 'regional-too-small-nl.html']) {
      await go(f);
      const charts = await page.locator('main svg.cimolt-chart, main table.cimolt-stats, main .cimolt-scorecards').count();
      if (charts) bad.push(`${f}: ${charts} charts, statistics tables or score cards`);
      const why = (await page.locator('.cimolt-too-small').innerText()).replace(/\s+/g, ' ');
      if (!/(minstens|at least|vanaf|from) 5/.test(why)) bad.push(`${f}: the reason reads "${why}"`);
    }
    assert(!bad.length, bad.join('\n'));
  });

  await test('benchmark: the peer group is a GET form with a select named groep; the years keep the group', async () => {
    await go('benchmark-nl.html');
    const form = page.locator('main form[method=get][action="/benchmark/2026"]');
    assert(await form.count() === 1, 'no GET form to /benchmark/2026');
    const options = await form.locator('select[name=groep] option').evaluateAll((os) => os.map((o) => `${o.value}${o.selected ? '*' : ''}`));
    assert(options.join(' ') === 'alle provincie* grootte', `the options are ${options.join(' ')}`);
    assert(await form.locator('label[for=groep]').count() === 1, 'the select has no label');
    assert(await form.locator('button[type=submit]').count() === 1, 'no button to send the form');
    assert(await form.locator('input[name=csrf]').count() === 0, 'a GET form carries the csrf token into the URL');
    const years = await page.locator('nav.cimolt-years a').evaluateAll((as) =>
      as.map((a) => `${a.getAttribute('href')}${a.getAttribute('aria-current') ? '*' : ''}`));
    assert(years.join(' ') === '/benchmark/2026?groep=provincie* /benchmark/2025?groep=provincie /benchmark/2024?groep=provincie',
      `the years: ${years.join(' ')}`);
    const now = await page.locator('.cimolt-group-current').innerText();
    assert(/Gemeenten in Gelderland/.test(now), `the page says "${now}"`);
  });

  await test('benchmark: the share chart has the 10% target, the method note says how figures stay anonymous', async () => {
    await go('benchmark-nl.html');
    const target = await page.locator('#chart-shares .cimolt-chart__target-label').textContent();
    assert(target.trim() === 'doel 10%', `the target reads "${target}"`);
    const method = await page.locator('.cimolt-method').innerText();
    assert(/drie scores/.test(method) && /anoniem/.test(method), `the note reads "${method}"`);
    await go('benchmark-en.html');
    const en = await page.locator('.cimolt-method').innerText();
    assert(/three scores/.test(en) && /anonymous/.test(en), `the English note reads "${en}"`);
  });

  await test('benchmark: without a submitted round the page says why and links to the monitor', async () => {
    await go('benchmark-no-round-nl.html');
    assert(await page.locator('main svg, main table, main form').count() === 0, 'the page shows figures or a form');
    assert(await page.locator('main a[href="/monitor"]').count() === 1, 'no link to the monitor');
  });

  await test('advice: items strongest gap first, each with its tier, score, reason, practices and links', async () => {
    await go('advice-nl.html');
    const items = await page.locator('ol.cimolt-advice > li').evaluateAll((lis) => lis.map((li) => ({
      title: li.querySelector('h2').textContent.trim(),
      tier: li.querySelector('.cimolt-tier').textContent.trim(),
      why: li.querySelector('.cimolt-advice__why').textContent.replace(/\s+/g, ' ').trim(),
      practices: [...li.querySelectorAll('a[href^="/praktijk/"]')].map((a) => a.getAttribute('href')),
    })));
    assert(items.length === 4, `${items.length} items, the fixture has 4`);
    assert(items.map((i) => i.title).join('|') === 'Circulariteit in het algemene beleid|Borging in de organisatie|Grond-, weg- en waterbouw|Energie',
      `the order: ${items.map((i) => i.title).join(' | ')}`);
    assert(items[0].tier === 'Ambitieniveau: basis' && items[2].tier === 'Ambitieniveau: ambitieus', `tiers: ${items.map((i) => i.tier).join(', ')}`);
    assert(/12,5 van 100/.test(items[0].why) && /onder 25/.test(items[0].why), `the first reason: ${items[0].why}`);
    assert(/‘Nee’/.test(items[1].why) && /eigenaar/.test(items[1].why), `the answer reason: ${items[1].why}`);
    assert(/geen score/.test(items[3].why), `no score: ${items[3].why}`);
    assert(items[0].practices.join(' ') === '/praktijk/3 /praktijk/8', `practices: ${items[0].practices.join(' ')}`);
    assert(await page.locator('main a[href="/advies/aanvraag"]').count() === 1, 'no way to tailored advice');
    await go('advice-no-round-en.html');
    assert(await page.locator('ol.cimolt-advice').count() === 0, 'advice without a round');
    assert(await page.locator('main a[href="/monitor"]').count() === 1, 'no link to the monitor');
  });

  await test('advice request: the topics are grouped, the errors sit by their fields, earlier requests show their status', async () => {
    await go('advice-request-errors-nl.html');
    const focused = await kit.focusedId(page, 'advice-request-errors');
    assert(focused === 'advice-request-errors', `focus is on "${focused}"`);
    const groups = await page.locator('#advice-request-onderwerp optgroup').evaluateAll((gs) => gs.map((g) => `${g.label}:${g.children.length}`));
    assert(groups.join(' ') === 'Thema’s (strategisch):6 Inkoopcategorieën (operationeel):5', `groups: ${groups.join(' ')}`);
    assert(await page.inputValue('#advice-request-onderwerp') === 'borging', 'the chosen topic is lost');
    for (const id of ['advice-request-vraag', 'advice-request-telefoon']) {
      assert(await page.locator(`#${id}[aria-invalid=true]`).count() === 1, `#${id} is not marked invalid`);
    }
    assert(await page.getAttribute('#advice-request-telefoon', 'autocomplete') === 'tel', 'the phone field has no autocomplete tel');
    const rows = await page.locator('table.cimolt-requests tbody tr').count();
    assert(rows === 3, `${rows} earlier requests, the fixture has 3`);
    const status = await page.locator('table.cimolt-requests .cimolt-status').allInnerTexts();
    assert(status.join('|') === 'Nieuw|In behandeling|Afgehandeld', `statuses: ${status.join('|')}`);
  });

  await test("advice admin: each request has its own status form, named for it, with the csrf field", async () => {
    await go('advice-admin-nl.html');
    const forms = await page.locator('form.cimolt-status-form').evaluateAll((fs) => fs.map((f) => ({
      action: f.getAttribute('action'), method: f.method,
      csrf: !!(f.querySelector('input[name=csrf]') || {}).value,
      select: f.querySelector('select[name=status]')?.id,
      label: f.querySelector('label')?.htmlFor,
      button: f.querySelector('button').textContent.replace(/\s+/g, ' ').trim() })));
    assert(forms.length === 3, `${forms.length} forms, the fixture has 3 requests`);
    assert(forms.map((f) => f.action).join(' ') === '/beheer/advies/7 /beheer/advies/5 /beheer/advies/2', `actions: ${forms.map((f) => f.action).join(' ')}`);
    assert(forms.every((f) => f.method === 'post' && f.csrf && f.select && f.label === f.select), JSON.stringify(forms));
    assert(new Set(forms.map((f) => f.button)).size === 3, `the buttons are not told apart: ${forms.map((f) => f.button).join(' | ')}`);
    assert(await page.locator('main a[href="/beheer/advies.csv"]').count() === 1, 'no CSV link');
    await go('advice-admin-errors-en.html');
    const invalid = await page.locator('#status-9[aria-invalid=true]').count();
    assert(invalid === 1, 'the status with an error is not marked invalid');
  });

  await test('overview: participation, two rankings, scores with a pager, the CSV links and the advice requests', async () => {
    await go('overview-nl.html');
    const links = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const want of ['/beheer/overzicht/deelname.csv', '/beheer/overzicht/2026/scores.csv', '/beheer/advies']) {
      assert(links.includes(want), `no link to ${want}`);
    }
    const rankings = await page.locator('.cimolt-ranking caption').allInnerTexts();
    assert(rankings.length === 2, `${rankings.length} rankings`);
    const pager = await page.locator('nav.cimolt-pages').first().locator('a').evaluateAll((as) =>
      as.map((a) => `${a.getAttribute('href').replace('/beheer/overzicht/2026?pagina=', '')}${a.getAttribute('aria-current') ? '*' : ''}`));
    assert(pager.join(' ') === '1 1 2* 3 4 9 3', `the pager: ${pager.join(' ')}`);
    const rows = await page.locator('table.cimolt-scores tbody tr').count();
    assert(rows === 12, `${rows} score rows, the fixture has 12`);
  });

  await test('members: the coordinator chooses whether the municipality is named, and is told what that means', async () => {
    await go('members-benchmark-nl.html');
    const form = page.locator('form[action="/gemeente/benchmark"]');
    assert(await form.count() === 1, 'no form to /gemeente/benchmark');
    const options = await form.locator('select[name=naam] option').evaluateAll((os) => os.map((o) => `${o.value}${o.selected ? '*' : ''}`));
    assert(options.join(' ') === 'ja nee*', `the options: ${options.join(' ')}`);
    const text = await page.locator('section[aria-labelledby=benchmark-name-title]').innerText();
    assert(/Andere gemeenten zien uw naam alleen als zij zelf ook met naam meedoen/.test(text), `the explanation reads "${text.slice(0, 200)}"`);
  });
}

export async function online(context, kit) {
  const { test, assert, baseUrl, fetchRaw } = kit;
  const { password, users } = kit.demoAccounts();
  await context.clearCookies();
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  const { keep, checkPage, submit, signIn, signOut } = kit.pageTools(page, users, password);
  const text = async (sel = 'main') => (await page.locator(sel).innerText()).replace(/\s+/g, ' ');

  // The stack must have the benchmark (an older daemon answers 404).
  const { res: probe } = await fetchRaw('/benchmark');
  if (probe.status === 404) {
    await test('the benchmark tests on the stack find /benchmark', () => {
      throw new Error('the stack has no /benchmark (GET /benchmark answers 404)');
    });
    await page.close();
    return;
  }

  let year = null;
  await test('benchmark: the Ede coordinator signs in; /benchmark leads to the latest submitted year', async () => {
    await signIn('coordinator');
    await page.goto(`${baseUrl}/benchmark?lang=nl`);
    const m = new URL(page.url()).pathname.match(/^\/benchmark\/(\d{4})$/);
    assert(m, `/benchmark led to ${page.url()}`);
    year = m[1];
  });
  if (!year) { await page.close(); return; }

  await checkPage('the benchmark', `/benchmark/${year}?lang=nl`, 200);
  await checkPage('the benchmark in English', `/benchmark/${year}?lang=en`, 200);
  await test('benchmark: choosing the province in the peer-group switch puts ?groep=provincie in the URL and says so', async () => {
    await page.goto(`${baseUrl}/benchmark/${year}?lang=nl`);
    await page.selectOption('select[name=groep]', 'provincie');
    const res = await submit(`form[action="/benchmark/${year}"]`);
    keep('the benchmark of the province', await res.text());
    const at = new URL(page.url());
    assert(at.pathname === `/benchmark/${year}` && at.searchParams.get('groep') === 'provincie', `the switch led to ${page.url()}`);
    assert(await page.inputValue('select[name=groep]') === 'provincie', 'the province is not the chosen group');
    const says = await text('.cimolt-group-current');
    assert(/Gemeenten in Gelderland/.test(says), `the page says "${says}"`);
    // The figures or, for a small group, why there are none.
    const figures = await page.locator('svg.cimolt-chart').count() + await page.locator('.cimolt-too-small').count();
    assert(figures > 0, 'neither charts nor the reason why there are none');
    const years = await page.locator('nav.cimolt-years a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert(years.every((h) => h.endsWith('?groep=provincie')), `the year links lose the group: ${years.join(' ')}`);
    const v = await kit.axe(page);
    assert(!v.length, v.join('\n'));
  });
  await test('benchmark: an unknown group is refused (400)', async () => {
    const res = await page.goto(`${baseUrl}/benchmark/${year}?groep=iedereen`);
    keep('the benchmark with an unknown group', await res.text());
    assert(res.status() === 400, `status ${res.status()}`);
  });

  let adviceYear = null;
  await test('advice: /advies leads to the advice of the latest submitted year', async () => {
    await page.goto(`${baseUrl}/advies?lang=nl`);
    const m = new URL(page.url()).pathname.match(/^\/advies\/(\d{4})$/);
    assert(m, `/advies led to ${page.url()}`);
    adviceYear = m[1];
    const items = await page.locator('ol.cimolt-advice > li').count();
    const none = await page.locator('main p').filter({ hasText: 'geen standaardadvies' }).count();
    assert(items > 0 || none === 1, 'neither advice nor the message that there is none');
    assert(await page.locator('main a[href="/advies/aanvraag"]').count() === 1, 'no way to tailored advice');
  });
  if (adviceYear) {
    await checkPage('the advice', `/advies/${adviceYear}?lang=nl`, 200);
    await checkPage('the advice in English', `/advies/${adviceYear}?lang=en`, 200);
  }
  await checkPage('the advice request form', '/advies/aanvraag?lang=nl', 200);

  const question = `Browsertest ${new Date().toISOString()}: hoe beginnen we met circulair inkopen van kantoormeubilair?`;
  let asked = false;
  await test('advice request: sent without a question it shows the error by its field (422)', async () => {
    await page.goto(`${baseUrl}/advies/aanvraag?lang=nl`);
    const res = await submit('form[action="/advies/aanvraag"]');
    keep('the advice request form with errors', await res.text());
    assert(res.status() === 422, `status ${res.status()} at ${page.url()}`);
    assert(await page.locator('#advice-request-vraag[aria-invalid=true]').count() === 1, 'the question is not marked invalid');
    const focused = await kit.focusedId(page, 'advice-request-errors');
    assert(focused === 'advice-request-errors', `focus is on "${focused}"`);
    const v = await kit.axe(page);
    assert(!v.length, v.join('\n'));
  });
  await test('advice request: filled in and sent, it shows the notice and the request in the list', async () => {
    await page.goto(`${baseUrl}/advies/aanvraag?lang=nl`);
    await page.selectOption('#advice-request-onderwerp', 'kantoor-fm');
    await page.fill('#advice-request-vraag', question);
    await page.selectOption('#advice-request-contact', 'telefoon');
    await page.fill('#advice-request-telefoon', '0318 000 000');
    const res = await submit('form[action="/advies/aanvraag"]');
    keep('the advice request form after sending', await res.text());
    const at = new URL(page.url());
    assert(at.pathname === '/advies/aanvraag' && at.searchParams.get('klaar') === 'advice.requested', `sending led to ${page.url()}`);
    const notice = await text('.cimolt-notice');
    assert(/verstuurd/.test(notice), `the notice reads "${notice}"`);
    const row = page.locator('table.cimolt-requests tbody tr', { hasText: question });
    assert(await row.count() === 1, 'the request is not in the list');
    const cells = (await row.innerText()).replace(/\s+/g, ' ');
    assert(/Kantoorfaciliteiten en FM/.test(cells) && /Nieuw/.test(cells) && /telefoon/.test(cells), `the row reads "${cells}"`);
    asked = true;
    const v = await kit.axe(page);
    assert(!v.length, v.join('\n'));
  });

  await checkPage('the members page with the benchmark choice', '/gemeente/leden?lang=nl', 200);
  await test('members: the coordinator names the municipality in the benchmark and takes it back', async () => {
    await page.goto(`${baseUrl}/gemeente/leden?lang=nl`);
    const was = await page.inputValue('#benchmark-naam');
    for (const value of [was === 'ja' ? 'nee' : 'ja', was]) {
      await page.selectOption('#benchmark-naam', value);
      await submit('form[action="/gemeente/benchmark"]');
      const at = new URL(page.url());
      assert(at.pathname === '/gemeente/leden' && at.searchParams.get('klaar') === 'benchmark.saved', `saving led to ${page.url()}`);
      assert(await page.inputValue('#benchmark-naam') === value, `after choosing ${value} the form shows ${await page.inputValue('#benchmark-naam')}`);
    }
  });
  await test('benchmark: the coordinator signs out', () => signOut());

  await test('benchmark: a member signs in and sees the benchmark', async () => {
    await signIn('member');
    const res = await page.goto(`${baseUrl}/benchmark/${year}?lang=en`);
    assert(res.status() === 200, `status ${res.status()}`);
    assert(await page.locator('select[name=groep]').count() === 1, 'no peer-group switch');
  });
  await test('benchmark: the member signs out', () => signOut());

  await test('benchmark: the regional viewer signs in; /regio leads to a year', async () => {
    await signIn('regional');
    await page.goto(`${baseUrl}/regio?lang=nl`);
    assert(/^\/regio(\/\d{4})?$/.test(new URL(page.url()).pathname), `/regio led to ${page.url()}`);
  });
  const regio = new URL(page.url()).pathname;
  await checkPage('the regional page', `${regio}?lang=nl`, 200);
  await checkPage('the regional page in English', `${regio}?lang=en`, 200);
  await test('region: the CSV export is served as a Dutch Excel file', async () => {
    const href = await page.locator('main a[href$=".csv"]').first().getAttribute('href').catch(() => null);
    assert(href, 'no CSV link on the regional page');
    const res = await page.request.get(baseUrl + href);
    assert(res.status() === 200, `GET ${href} gave ${res.status()}`);
    const body = await res.body();
    assert(body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf, 'the CSV has no UTF-8 BOM');
    assert(/;/.test(body.toString('utf8').split('\r\n')[0]), 'the CSV header is not separated by ;');
  });
  await test('benchmark: the regional viewer signs out', () => signOut());

  await test('benchmark: the organiser signs in', () => signIn('organiser'));
  await test('advice admin: the organiser sees the new request and sets its status', async () => {
    const res = await page.goto(`${baseUrl}/beheer/advies?lang=nl`);
    keep("the organisers' advice requests", await res.text());
    assert(res.status() === 200, `status ${res.status()}`);
    if (!asked) return;
    const item = page.locator('li.cimolt-request', { hasText: question.slice(0, 60) });
    assert(await item.count() === 1, 'the request sent above is not listed');
    const about = (await item.innerText()).replace(/\s+/g, ' ');
    assert(/Ede/.test(about) && /coordinator@ede\.example/.test(about) && /0318 000 000/.test(about), `the request reads "${about.slice(0, 300)}"`);
    await item.locator('select[name=status]').selectOption('done');
    const [r2] = await Promise.all([page.waitForNavigation(), item.locator('button[type=submit]').click()]);
    keep("the organisers' advice requests after a status change", await r2.text());
    const at = new URL(page.url());
    assert(at.pathname === '/beheer/advies' && at.searchParams.get('klaar') === 'advice.status-saved', `saving led to ${page.url()}`);
    const now = page.locator('li.cimolt-request', { hasText: question.slice(0, 60) });
    assert(await now.locator('select[name=status]').inputValue() === 'done', 'the status is not saved');
    const v = await kit.axe(page);
    assert(!v.length, v.join('\n'));
  });
  await checkPage("the organisers' advice requests", '/beheer/advies?lang=en', 200);
  const reply = `Browsertest-antwoord ${Date.now().toString(36)}: begin met een marktconsultatie.`;
  const note = `Browsertest-notitie ${Date.now().toString(36)}: alleen voor ons.`;
  let thread = null;
  await test('advice thread: the organiser answers the request in its conversation and adds a note', async () => {
    assert(asked, 'no request was sent above');
    await page.goto(`${baseUrl}/beheer/advies?lang=nl`);
    const item = page.locator('li.cimolt-request', { hasText: question.slice(0, 60) });
    const [r1] = await Promise.all([page.waitForNavigation(), item.locator('a[href^="/beheer/advies/"]').click()]);
    keep('the conversation of an advice request for an organiser', await r1.text());
    thread = new URL(page.url()).pathname;
    assert(/^\/beheer\/advies\/\d+$/.test(thread), `the link led to ${page.url()}`);
    let v = await kit.axe(page);
    assert(!v.length, v.join('\n'));
    await page.fill('#advice-reply-bericht', reply);
    const r2 = await submit('form[action$="/antwoord"]');
    keep('the conversation after a reply', await r2.text());
    let at = new URL(page.url());
    assert(at.pathname === thread && at.searchParams.get('klaar') === 'advice.sent', `replying led to ${page.url()}`);
    assert(await page.locator('.cimolt-thread__item--reply', { hasText: reply }).count() === 1, 'the reply is not in the thread');
    await page.fill('#advice-note-bericht', note);
    const r3 = await submit('form[action$="/notitie"]');
    keep('the conversation after a note', await r3.text());
    at = new URL(page.url());
    assert(at.pathname === thread && at.searchParams.get('klaar') === 'advice.noted', `the note led to ${page.url()}`);
    assert(await page.locator('.cimolt-thread__item--note', { hasText: note }).count() === 1, 'the note is not in the thread');
    v = await kit.axe(page);
    assert(!v.length, v.join('\n'));
  });
  if (thread) await checkPage('the conversation for an organiser in English', `${thread}?lang=en`, 200);
  await test('advice thread: an empty reply comes back with its error (422)', async () => {
    assert(thread, 'no conversation above');
    await page.goto(`${baseUrl}${thread}?lang=nl`);
    const res = await submit('form[action$="/antwoord"]');
    keep('the conversation with an empty reply', await res.text());
    assert(res.status() === 422, `status ${res.status()}`);
    assert(await page.locator('#advice-reply-bericht[aria-invalid=true]').count() === 1, 'the reply is not marked invalid');
    const v = await kit.axe(page);
    assert(!v.length, v.join('\n'));
  });
  await test('overview: /beheer/overzicht leads to a year with its rankings and CSV links', async () => {
    await page.goto(`${baseUrl}/beheer/overzicht?lang=nl`);
    assert(/^\/beheer\/overzicht(\/\d{4})?$/.test(new URL(page.url()).pathname), `/beheer/overzicht led to ${page.url()}`);
    const links = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert(links.includes('/beheer/overzicht/deelname.csv') && links.includes('/beheer/advies'), `links: ${links.join(' ')}`);
  });
  const overview = new URL(page.url()).pathname;
  await checkPage("the organisers' overview", `${overview}?lang=nl`, 200);
  await checkPage("the organisers' overview in English", `${overview}?lang=en`, 200);
  await test('benchmark: the organiser signs out', () => signOut());

  await test('advice thread: the requester reads the reply, not the note', async () => {
    assert(thread, 'no conversation above');
    await signIn('coordinator');
    const id = thread.split('/').pop();
    const res = await page.goto(`${baseUrl}/advies/aanvragen?lang=nl`);
    keep("a municipality's advice requests", await res.text());
    const [r2] = await Promise.all([page.waitForNavigation(), page.locator(`main a[href="/advies/aanvragen/${id}"]`).click()]);
    keep('the conversation of an advice request for its municipality', await r2.text());
    assert(await page.locator('.cimolt-thread__item', { hasText: reply }).count() === 1, 'the reply is not shown');
    assert(await page.locator('main', { hasText: note }).count() === 0, 'the note is shown to the requester');
    const v = await kit.axe(page);
    assert(!v.length, v.join('\n'));
  });
  if (thread) {
    await checkPage('the conversation for its municipality in English', `/advies/aanvragen/${thread.split('/').pop()}?lang=en`, 200);
    await checkPage("a municipality's advice requests in English", '/advies/aanvragen?lang=en', 200);
  }
  await test('advice thread: the coordinator signs out', () => signOut());
  await page.close();
}
