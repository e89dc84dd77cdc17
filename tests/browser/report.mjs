// report.mjs: the browser tests of the monitor's result and its report
// for the council (/monitor/{year}/rapport), called by run.mjs.
//
// online(context, kit): signed in as the demo coordinator of Ede, whose
// latest submitted year /advies leads to: the result page links to the
// report and has a print button that prints (window.print, shown by
// static/print.js); the report printed to an A4 PDF has a reasonable
// number of A4 pages; in print media every chart, table and piece of
// advice is kept whole (break-inside: avoid) and fits on one A4 page, the
// themes, categories and advice start a page, headings stay with what
// follows; the result and the report in Dutch and English through axe
// and the Nu checker.

// The A4 page less the margins of cimolt.css's @page (15 mm, 12 mm), in
// CSS pixels (96 per inch).
const MM = 96 / 25.4;
const PAGE_WIDTH = Math.floor((210 - 2 * 12) * MM);
const PAGE_HEIGHT = Math.floor((297 - 2 * 15) * MM);

export async function online(context, kit) {
  const { test, assert, baseUrl } = kit;
  const { password, users } = kit.demoAccounts();
  await context.clearCookies();
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  const { checkPage, signIn } = kit.pageTools(page, users, password);

  let year = null;
  await test('report: the Ede coordinator signs in; /advies leads to the latest submitted year', async () => {
    await signIn('coordinator');
    await page.goto(`${baseUrl}/advies?lang=nl`);
    const m = new URL(page.url()).pathname.match(/^\/advies\/(\d{4})$/);
    assert(m, `/advies led to ${page.url()}`);
    year = m[1];
  });
  if (!year) { await page.close(); return; }

  await test('report: the result page links to the report, and its print button is shown and prints', async () => {
    const res = await page.goto(`${baseUrl}/monitor/${year}/resultaat?lang=nl`);
    assert(res.status() === 200, `status ${res.status()}`);
    const links = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const want of [`/benchmark/${year}`, `/advies/${year}`, `/monitor/${year}/rapport`]) {
      assert(links.includes(want), `no link to ${want}: ${links.join(' ')}`);
    }
    const button = page.locator('main button[data-cimolt-print]');
    assert(await button.count() === 1, `${await button.count()} print buttons`);
    assert(await button.isVisible(), 'the print button is hidden (static/print.js did not run?)');
    assert(/Afdrukken/.test(await button.innerText()), `the button reads "${await button.innerText()}"`);
    // window.print is looked up when the button is clicked: count calls
    // instead of opening the dialog.
    await page.evaluate(() => { window.printed = 0; window.print = () => { window.printed += 1; }; });
    await button.click();
    assert(await page.evaluate(() => window.printed) === 1, 'clicking the button did not call window.print once');
  });

  await test('report: the report names the municipality and the year, and has every chart and table', async () => {
    const res = await page.goto(`${baseUrl}/monitor/${year}/rapport?lang=nl`);
    assert(res.status() === 200, `status ${res.status()}`);
    const facts = (await page.locator('.cimolt-report__facts').innerText()).replace(/\s+/g, ' ');
    assert(/Gemeente Ede/.test(facts) && new RegExp(`Monitorjaar ${year}`).test(facts), `the facts read "${facts}"`);
    const charts = await page.locator('main svg.cimolt-chart').count();
    assert(charts === 4, `${charts} charts, not 4 (themes, radar, categories, shares)`);
    const tables = await page.locator('main table').count();
    assert(tables === 4, `${tables} tables, not 4 (key figures, themes, categories, shares)`);
    assert(await page.locator('main button[data-cimolt-print]').isVisible(), 'the report has no visible print button');
  });

  await test('report: printed to an A4 PDF, it has 4 to 8 pages of A4', async () => {
    await page.goto(`${baseUrl}/monitor/${year}/rapport?lang=nl`);
    const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
    const pages = (pdf.match(/\/Type\s*\/Page[^s]/g) || []).length;
    assert(pages >= 4 && pages <= 8, `${pages} pages`);
    const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)]
      .map((m) => `${Math.round(m[1] * 25.4 / 72)}x${Math.round(m[2] * 25.4 / 72)}`);
    assert(boxes.length >= pages && boxes.every((b) => b === '210x297'), `page sizes (mm): ${boxes.join(' ')}`);
  });

  await test('report: on A4 no chart, table or piece of advice is split, and the parts start where they should', async () => {
    await page.setViewportSize({ width: PAGE_WIDTH, height: PAGE_HEIGHT });
    await page.emulateMedia({ media: 'print' });
    try {
      await page.goto(`${baseUrl}/monitor/${year}/rapport?lang=nl`);
      const bad = await page.evaluate((pageHeight) => {
        const out = [];
        const name = (e) => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''} "${(e.textContent || '').trim().slice(0, 40)}"`;
        const kept = document.querySelectorAll('main .cimolt-report svg.cimolt-chart, main .cimolt-report table, main .cimolt-report .cimolt-advice__item');
        if (kept.length < 8) out.push(`only ${kept.length} charts, tables and pieces of advice`);
        for (const e of kept) {
          const st = getComputedStyle(e);
          if (st.breakInside !== 'avoid') out.push(`${name(e)}: break-inside ${st.breakInside}`);
          const h = e.getBoundingClientRect().height;
          if (h > pageHeight) out.push(`${name(e)}: ${Math.round(h)} px high, more than a page (${pageHeight} px)`);
        }
        for (const h of document.querySelectorAll('main .cimolt-report h2, main .cimolt-report h3, main .cimolt-report caption')) {
          if (getComputedStyle(h).breakAfter !== 'avoid') out.push(`${name(h)}: break-after ${getComputedStyle(h).breakAfter}`);
        }
        const starts = [...document.querySelectorAll('main .cimolt-report__part')]
          .filter((p) => getComputedStyle(p).breakBefore === 'page')
          .map((p) => p.querySelector('h2').id);
        if (starts.join(' ') !== 'themes-title categories-title advice-title') out.push(`new pages at: ${starts.join(' ')}`);
        for (const sel of ['.cimolt-header', '.cimolt-footer', 'button[data-cimolt-print]', '.cimolt-back']) {
          const e = document.querySelector(sel);
          if (e && e.getBoundingClientRect().height > 0) out.push(`${sel} is printed`);
        }
        return out;
      }, PAGE_HEIGHT);
      assert(!bad.length, bad.join('\n'));
    } finally {
      await page.emulateMedia({ media: 'screen' });
      await page.setViewportSize({ width: 1280, height: 720 });
    }
  });

  await checkPage('the monitor result', `/monitor/${year}/resultaat?lang=nl`, 200);
  await checkPage('the monitor result in English', `/monitor/${year}/resultaat?lang=en`, 200);
  await checkPage('the monitor report', `/monitor/${year}/rapport?lang=nl`, 200);
  await checkPage('the monitor report in English', `/monitor/${year}/rapport?lang=en`, 200);
  await page.close();
}
