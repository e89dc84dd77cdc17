// run.mjs: the browser suite (started by tests/browser/run).
//
// Every test checks one behaviour of the pages as a person or a checker sees
// them: real pages from the stack at CIMOLT_URL, loaded in Debian's Chromium
// through playwright-core; accessibility with axe-core (WCAG 2.0 and 2.1,
// levels A and AA); markup with the Nu HTML checker (vnu.jar, started once
// for all pages, because the JVM takes seconds to start). The stylesheets
// are also rendered offline (tests/browser/render: xsltproc, with c:t from
// xsltproc-t.xsl) on the page documents in fixtures/ and for every error
// status, so pages the stack cannot be made to show (413, 500, 502, 503,
// 504) are checked too.
//
// Output: "ok - NAME" or "not ok - NAME" with the reason indented below,
// and last "N passed, N failed". Exit status 1 on any failure.
import { createRequire } from 'node:module';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, baseUrl } from './browser.mjs';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const top = join(here, '..', '..');
const xslt = join(top, 'xslt');
const fixtures = join(here, 'fixtures');
const work = mkdtempSync(join(tmpdir(), 'cimolt-browser-'));
const started = Date.now();

let passed = 0, failed = 0;

// test(name, fn): run one test; fn throws (or rejects) to fail, with the
// error message as the reason.
async function test(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`ok - ${name}`);
  } catch (e) {
    failed++;
    console.log(`not ok - ${name}`);
    const why = String(e && e.message ? e.message : e).trim().split('\n').slice(0, 12);
    for (const line of why) console.log(`    ${line}`);
  }
}

function assert(cond, message) {
  if (!cond) throw new Error(message);
}

function run(cmd, args, opts = {}) {
  return new Promise((resolve) => {
    execFile(cmd, args, { maxBuffer: 64 << 20, ...opts }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0,
        error, stdout, stderr }));
  });
}

// fetchRaw(path, init): the response and its body exactly as served.
async function fetchRaw(path, init = {}) {
  const res = await fetch(baseUrl + path, { redirect: 'manual', ...init });
  return { res, body: await res.text() };
}

// Every file vnu checks: [file, the test it belongs to]. The pages rendered
// offline share one test; each page the stack serves has its own.
const forVnu = [];
const offlineVnu = 'the Nu HTML checker finds no errors in any page rendered offline';

// ---------------------------------------------------------------- offline

const keysOf = (file) => [...readFileSync(join(xslt, file), 'utf8')
  .matchAll(/<msg key="([^"]+)"/g)].map((m) => m[1]);

await test('the Dutch and English catalogues have the same keys, each once', () => {
  const nl = keysOf('messages-nl.xml'), en = keysOf('messages-en.xml');
  const dup = (l) => l.filter((k, i) => l.indexOf(k) !== i);
  const onlyNl = nl.filter((k) => !en.includes(k)), onlyEn = en.filter((k) => !nl.includes(k));
  assert(nl.length > 0, 'no keys found in messages-nl.xml');
  assert(!dup(nl).length && !dup(en).length, `duplicate keys: ${[...dup(nl), ...dup(en)].join(', ')}`);
  assert(!onlyNl.length && !onlyEn.length,
    `only in Dutch: ${onlyNl.join(', ') || '-'}; only in English: ${onlyEn.join(', ') || '-'}`);
});

await test('every literal key the stylesheets look up is in the catalogue', () => {
  const keys = new Set(keysOf('messages-nl.xml'));
  const missing = [];
  for (const f of readdirSync(xslt).filter((f) => f.endsWith('.xsl'))) {
    const code = readFileSync(join(xslt, f), 'utf8').replace(/<!--[\s\S]*?-->/g, '');
    for (const m of code.matchAll(/c:t\('([^']+)'/g)) {
      if (!keys.has(m[1])) missing.push(`${f}: ${m[1]}`);
    }
  }
  assert(!missing.length, `missing: ${missing.join(', ')}`);
});

// The page documents to render offline: the hand-written fixtures, plus an
// error page for every status in both languages.
const errorStatuses = [400, 403, 404, 405, 413, 429, 500, 502, 503, 504];
function errorDoc(status, lang) {
  const langs = ['nl', 'en'].map((l) =>
    `<language code="${l}" href="/x?lang=${l}"${l === lang ? ' current="yes"' : ''}/>`).join('');
  const error = status === 405
    ? '<error status="405"><allow>GET, HEAD</allow></error>' : `<error status="${status}"/>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<page name="error" lang="${lang}" status="${status}">` +
    `<request method="GET" path="/x" query=""/><languages>${langs}</languages>` +
    `<user role="anonymous"/>${error}</page>\n`;
}

await test('the stylesheets render every page document without messages', async () => {
  const docs = readdirSync(fixtures).filter((f) => f.endsWith('.xml')).map((f) => join(fixtures, f));
  for (const s of errorStatuses) {
    for (const l of ['nl', 'en']) {
      const f = join(work, `doc-error-${s}-${l}.xml`);
      writeFileSync(f, errorDoc(s, l));
      docs.push(f);
    }
  }
  const problems = [];
  for (const doc of docs) {
    const r = await run(join(here, 'render'), [doc]);
    if (/xsltproc: command not found/.test(r.stderr)) throw new Error('xsltproc is not installed (Debian: xsltproc)');
    if (r.code !== 0 || r.stderr.trim()) problems.push(`${basename(doc)}: ${r.stderr.trim() || 'exit ' + r.code}`);
    else if (/\[[a-z0-9.-]+\]/.test(r.stdout)) problems.push(`${basename(doc)}: an unknown message key`);
    const html = join(work, basename(doc).replace(/^doc-/, 'rendered-').replace(/\.xml$/, '.html'));
    writeFileSync(html, r.stdout);
    forVnu.push([html, offlineVnu]);
  }
  assert(!problems.length, problems.join('\n'));
});

// ----------------------------------------------------------------- online

// The pages the stack serves, saved as served for vnu: [name, path, init, status].
const served = [
  ['the Dutch home page', '/?lang=nl', {}, 200],
  ['the English home page', '/?lang=en', {}, 200],
  ['the 404 page', '/no-such-page', {}, 404],
  ['the 403 page (/beheer)', '/beheer', {}, 403],
  ['the 405 page (POST /)', '/', { method: 'POST', body: 'x=1',
    headers: { 'content-type': 'application/x-www-form-urlencoded' } }, 405],
  ['the 400 page (/?lang=%FF)', '/?lang=%FF', {}, 400],
];

// The tests below need the stack; when it does not answer 200 they would
// all fail for that one reason, so this one test fails and they do not run.
let stackUp = false;
await test(`the stack answers at ${baseUrl}`, async () => {
  let res;
  try {
    ({ res } = await fetchRaw('/', { signal: AbortSignal.timeout(5000) }));
  } catch (e) {
    throw new Error(`cannot reach ${baseUrl}: ${e.cause ? e.cause.code || e.cause.message : e.message} (start it with dev/up)`);
  }
  assert(res.status === 200, `GET / gave ${res.status}; the tests that need the stack did not run`);
  stackUp = true;
});

if (stackUp) {
  for (const [name, path, init, status] of served) {
    await test(`${name} is served with status ${status} as HTML`, async () => {
      const { res, body } = await fetchRaw(path, init);
      const file = join(work, `served-${forVnu.length}.html`);
      writeFileSync(file, body);
      forVnu.push([file, `the Nu HTML checker finds no errors on ${name}`]);
      assert(res.status === status, `status ${res.status}`);
      assert(/^text\/html;\s*charset=utf-8$/i.test(res.headers.get('content-type') || ''),
        `Content-Type ${res.headers.get('content-type')}`);
    });
  }

  await test('the stylesheets and icon the pages link to are served', async () => {
    const { body } = await fetchRaw('/?lang=nl');
    const links = [...body.matchAll(/<link [^>]*href="(\/static\/[^"]+)"/g)].map((m) => m[1]);
    assert(links.length >= 4, `only ${links.length} /static links in the home page`);
    const bad = [];
    for (const href of links) {
      const { res, body: b } = await fetchRaw(href);
      const type = res.headers.get('content-type') || '';
      const want = href.split('?')[0].endsWith('.css') ? 'text/css' : 'image/svg+xml';
      if (res.status !== 200 || !type.startsWith(want) || b.length === 0) {
        bad.push(`${href}: ${res.status} ${type}`);
      }
    }
    assert(!bad.length, bad.join('\n'));
  });

  const { context, close } = await launch();
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(10000);

    await test('the home page shows the title of every event in the programme', async () => {
      const { res, body } = await fetchRaw('/?lang=nl&format=xml');
      assert(res.status === 200, `/?format=xml gave ${res.status}`);
      const titles = [...body.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1]
        .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim());
      assert(titles.length >= 5, `the page document has ${titles.length} events, the demo has 5`);
      await page.goto(`${baseUrl}/?lang=nl`);
      const shown = (await page.locator('main h3').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
      const missing = titles.filter((t) => !shown.includes(t));
      assert(!missing.length, `not shown: ${missing.join('; ')}`);
    });

    await test('the English home page is in English', async () => {
      await page.goto(`${baseUrl}/?lang=en`);
      assert(await page.getAttribute('html', 'lang') === 'en', 'html lang is not en');
      const nav = await page.locator('nav.cimolt-nav').innerText();
      assert(nav.includes('Programme'), `navigation reads "${nav}"`);
      const when = await page.locator('main time').first().innerText();
      assert(/^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d{1,2} [A-Z][a-z]+ \d{4}, \d\d:\d\d/.test(when),
        `date reads "${when}"`);
    });

    await test('the Dutch home page writes dates in Dutch', async () => {
      await page.goto(`${baseUrl}/?lang=nl`);
      assert(await page.getAttribute('html', 'lang') === 'nl', 'html lang is not nl');
      const when = await page.locator('main time').first().innerText();
      assert(/^(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag) \d{1,2} [a-z]+ \d{4}, \d{1,2}\.\d\d/.test(when),
        `date reads "${when}"`);
    });

    await test('the language switch leads to the page in the other language', async () => {
      await page.goto(`${baseUrl}/?lang=nl`);
      await page.getByRole('link', { name: 'English' }).click();
      await page.waitForLoadState('load');
      assert(await page.getAttribute('html', 'lang') === 'en', 'html lang is not en after the switch');
      await page.getByRole('link', { name: 'Nederlands' }).click();
      await page.waitForLoadState('load');
      assert(await page.getAttribute('html', 'lang') === 'nl', 'html lang is not nl after switching back');
    });

    await test('the skip link is the first Tab stop and Enter moves focus to main', async () => {
      await page.goto(`${baseUrl}/?lang=nl`);
      await page.keyboard.press('Tab');
      const first = await page.evaluate(() => {
        const a = document.activeElement;
        return { cls: a.className, href: a.getAttribute('href'),
          visible: a.getBoundingClientRect().top >= 0 };
      });
      assert(first.href === '#main' && first.cls.includes('utrecht-skip-link'),
        `first Tab stop: ${JSON.stringify(first)}`);
      assert(first.visible, 'the focused skip link is off screen');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'main',
        null, { timeout: 3000 }).catch(() => {});
      const now = await page.evaluate(() => `${document.activeElement.tagName.toLowerCase()}#${document.activeElement.id}`);
      assert(now === 'main#main', `focus is on ${now}`);
    });

    await test('the home page loads without console errors (CSP, missing files)', async () => {
      const errors = [];
      const onConsole = (m) => { if (m.type() === 'error') errors.push(m.text()); };
      const onFail = (r) => errors.push(`failed: ${r.url()}`);
      page.on('console', onConsole);
      page.on('requestfailed', onFail);
      await page.goto(`${baseUrl}/?lang=nl`, { waitUntil: 'networkidle' });
      page.off('console', onConsole);
      page.off('requestfailed', onFail);
      assert(!errors.length, errors.join('\n'));
    });

    await test('the home page reflows at 320 px wide without horizontal scrolling', async () => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(`${baseUrl}/?lang=nl`);
      const w = await page.evaluate(() => document.documentElement.scrollWidth);
      await page.setViewportSize({ width: 1280, height: 800 });
      assert(w <= 320, `the page is ${w} px wide`);
    });

    await test('printing leaves out the navigation and the language switch', async () => {
      await page.goto(`${baseUrl}/?lang=nl`);
      await page.emulateMedia({ media: 'print' });
      const shown = await page.evaluate(() => ['nav.cimolt-nav', 'nav.cimolt-languages']
        .filter((s) => !document.querySelector(s) || getComputedStyle(document.querySelector(s)).display !== 'none'));
      await page.emulateMedia({ media: 'screen' });
      assert(!shown.length, `still shown in print: ${shown.join(', ')}`);
    });

    const axeSource = require('axe-core').source;
    const axePages = [['the Dutch home page', '/?lang=nl'], ['the English home page', '/?lang=en'],
      ['the 404 page', '/no-such-page']];
    for (const [name, path] of axePages) {
      await test(`axe finds no WCAG 2.0/2.1 A or AA violations on ${name}`, async () => {
        await page.goto(baseUrl + path);
        // evaluate() runs over the DevTools protocol, so the page's CSP
        // (no inline script) does not block axe, and stays on for the page.
        await page.evaluate(axeSource);
        const result = await page.evaluate(() => window.axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        }));
        const v = result.violations;
        assert(!v.length, v.map((x) => `${x.id} (${x.impact}): ${x.help}; ` +
          x.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')).join('\n'));
      });
    }
  } finally {
    await close();
  }

  // The stack helper's static page for 502/504, if there is one.
  const { res } = await fetchRaw('/static/errors/unavailable.html').catch(() => ({ res: null }));
  if (res && res.status === 200) {
    const { body } = await fetchRaw('/static/errors/unavailable.html');
    const file = join(work, 'served-unavailable.html');
    writeFileSync(file, body);
    forVnu.push([file, 'the Nu HTML checker finds no errors on /static/errors/unavailable.html']);
  }
}

// ---------------------------------------------------------------- vnu

if (forVnu.length) {
  const jar = String(require('vnu-jar'));
  const r = await run('java', ['-jar', jar, '--errors-only', '--format', 'json',
    ...forVnu.map(([f]) => f)]);
  let messages = null, why = '';
  if (r.error && r.error.code === 'ENOENT') why = 'java is not installed (Debian: default-jre-headless)';
  else {
    try { messages = JSON.parse(r.stderr || r.stdout).messages; } catch { why = `vnu output: ${(r.stderr || r.stdout).slice(0, 500)}`; }
  }
  for (const name of [...new Set(forVnu.map(([, n]) => n))]) {
    const files = forVnu.filter(([, n]) => n === name).map(([f]) => f);
    await test(name, () => {
      assert(messages, why);
      const mine = messages.filter((m) => m.url && files.includes(fileURLToPath(m.url)) && m.type === 'error');
      assert(!mine.length, mine.map((m) => `${basename(fileURLToPath(m.url))} line ${m.lastLine}: ${m.message}`).join('\n'));
    });
  }
}

if (failed === 0) rmSync(work, { recursive: true, force: true });
else console.log(`# pages and rendered files kept in ${work}`);
console.log(`# ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
