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
// 504) are checked too. On the stack: the account pages for every role,
// and the programme: a registration made by keyboard with JavaScript off,
// its status page, cancelling it, and the organisers' pages (the attendance
// list printed to an A4 PDF); the monitor: two sections filled in by the
// Ede coordinator, a member refused, the round submitted, its result with
// charts, and reopened by an organiser (a stack without a questionnaire
// fails that, saying so). benchmark.mjs and practice.mjs add the tests of
// the benchmark and the practice library; both must load.
//
// Output: "ok - NAME" or "not ok - NAME" with the reason indented below,
// and last "N passed, N failed", or "N passed, N failed, N skipped" when
// a test was skipped with skip() (only for a tool that is really
// optional; a missing precondition on the stack is a failure). Exit
// status 1 on any failure.
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

let passed = 0, failed = 0, skipped = 0;

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

// skip(name, reason): report a test as skipped ("ok - NAME # SKIP
// REASON", TAP), counted apart. Only for a tool that is really optional.
function skip(name, reason) {
  skipped++;
  console.log(`ok - ${name} # SKIP ${reason}`);
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

// The tests of the benchmark (with the advice and the overviews), of the
// practice library, of the information pages and of this round's features
// live in their own modules (the list in suites() below), each exporting
// offline(page, kit) and/or online(context, kit); kit holds the helpers
// below. Each belongs to the suite: one that cannot be loaded is a failed
// test, not a smaller suite.
let loaded = null;
async function suites() {
  if (loaded) return loaded;
  loaded = [];
  for (const f of [
    'benchmark.mjs',
    'practice.mjs',
    'info.mjs',
    'sessions.mjs',
    'open.mjs',
    'messages.mjs',
    'peers.mjs',
    'report.mjs',
    'coordinator.mjs',
  ]) {
    try {
      loaded.push(await import(join(here, f)));
    } catch (e) {
      await test(`the browser tests of ${f} load`, () => { throw e; });
    }
  }
  return loaded;
}

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
    // Keys in tables: the menu's rows and the notices forms.xsl shows.
    for (const m of code.matchAll(/<item [^>]*key="([^"]+)"/g)) {
      if (!keys.has(m[1])) missing.push(`${f}: ${m[1]}`);
    }
    const notices = code.match(/name="c:notice-keys" select="concat\(([^"]*)\)"/);
    for (const k of notices ? notices[1].replace(/'/g, ' ').split(/[\s,]+/).filter(Boolean) : []) {
      if (!keys.has(k)) missing.push(`${f}: notice ${k}`);
    }
  }
  assert(!missing.length, `missing: ${missing.join(', ')}`);
});

// The page documents to render offline: the hand-written fixtures, plus an
// error page for every status in both languages.
const errorStatuses = [400, 403, 404, 405, 409, 413, 429, 500, 502, 503, 504];
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
    // c:t shows an unknown key as [key]; a link of the information
    // pages' markup, shown as typed, is [text](address).
    else if (/\[[a-z0-9.-]+\](?!\()/.test(r.stdout)) problems.push(`${basename(doc)}: an unknown message key`);
    const html = join(work, basename(doc).replace(/^doc-/, 'rendered-').replace(/\.xml$/, '.html'));
    writeFileSync(html, r.stdout);
    forVnu.push([html, offlineVnu]);
  }
  assert(!problems.length, problems.join('\n'));
});


// The rendered pages in Chromium, served from memory at http://offline.test
// with the real CSS from static/: axe (colour contrast included), and what
// every form must do, on pages the stack cannot easily be made to show
// (forms with errors, every role's pages, every error status).
const offlineHost = 'http://offline.test';
// What the suites in other modules get (function declarations are hoisted).
const kit = { test, skip, assert, run, fetchRaw, axe, focusedId, formProblems, serveOffline, offlineHost,
  forVnu, offlineVnu, work, top, here, fixtures, baseUrl, demoAccounts, pageTools, verifyLink };

async function serveOffline(context) {
  await context.route(`${offlineHost}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    let file, type;
    if (path.startsWith('/static/')) {
      file = join(top, path);
      type = path.endsWith('.css') ? 'text/css' : path.endsWith('.svg') ? 'image/svg+xml'
        : path.endsWith('.js') ? 'text/javascript' : 'application/octet-stream';
    } else {
      file = join(work, basename(path));
      type = 'text/html; charset=utf-8';
    }
    try {
      await route.fulfill({ status: 200, contentType: type, body: readFileSync(file) });
    } catch {
      await route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' });
    }
  });
}

// axe(page): the WCAG 2.0/2.1 A and AA violations on the loaded page, as text.
const axeSource = require('axe-core').source;
async function axe(page) {
  // evaluate() runs over the DevTools protocol, so the page's CSP (no
  // inline script) does not block axe, and stays on for the page.
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  }));
  return result.violations.map((x) => `${x.id} (${x.impact}): ${x.help}; ` +
    x.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', '));
}

// focusedId(page, want): the id of the focused element, once it is want or
// after 3 s (autofocus happens at the first rendering after load).
async function focusedId(page, want) {
  await page.waitForFunction((id) => document.activeElement && document.activeElement.id === id,
    want, { timeout: 3000 }).catch(() => {});
  return page.evaluate(() => document.activeElement && document.activeElement.id);
}

// formProblems(page): what is wrong with the forms on the loaded page: a
// POST form without the csrf field, an aria-describedby or label for that
// points nowhere, an invalid control without its message, an error
// summary link to no field.
async function formProblems(page) {
  return page.evaluate(() => {
    const out = [];
    for (const f of document.querySelectorAll('form')) {
      // A GET form (a filter, a choice of view) changes nothing: no csrf.
      if (f.getAttribute('method') === 'get') continue;
      if (f.method !== 'post') out.push(`a form to ${f.getAttribute('action')} does not POST`);
      const csrf = f.querySelector('input[type=hidden][name=csrf]');
      if (!csrf || !csrf.value) out.push(`the form to ${f.getAttribute('action')} has no csrf value`);
    }
    for (const el of document.querySelectorAll('[aria-describedby]')) {
      for (const id of el.getAttribute('aria-describedby').split(/\s+/)) {
        if (!document.getElementById(id)) out.push(`#${el.id} aria-describedby ${id}: no such element`);
      }
    }
    for (const l of document.querySelectorAll('label[for]')) {
      if (!document.getElementById(l.htmlFor)) out.push(`label for ${l.htmlFor}: no such element`);
    }
    for (const el of document.querySelectorAll('[aria-invalid=true]')) {
      const ids = (el.getAttribute('aria-describedby') || '').split(/\s+/);
      if (!ids.some((id) => id.endsWith('-error'))) out.push(`#${el.id} is invalid but names no error message`);
    }
    for (const a of document.querySelectorAll('.cimolt-error-summary a')) {
      const target = document.getElementById(a.hash.slice(1));
      if (!target || !target.matches('input, select, textarea')) out.push(`error summary link ${a.hash}: no field`);
    }
    return out;
  });
}

{
  const pages = readdirSync(work).filter((f) => f.endsWith('.html'));
  const { context, close } = await launch();
  const axeFound = [], formFound = [], wide = [];
  try {
    await serveOffline(context);
    const page = await context.newPage();
    page.setDefaultTimeout(10000);
    await test('axe and the form checks ran on every page rendered offline', async () => {
      assert(pages.length > 0, 'no rendered pages');
      for (const f of pages) {
        await page.goto(`${offlineHost}/${f}`);
        for (const v of await axe(page)) axeFound.push(`${f}: ${v}`);
        for (const p of await formProblems(page)) formFound.push(`${f}: ${p}`);
        await page.setViewportSize({ width: 320, height: 640 });
        const w = await page.evaluate(() => document.documentElement.scrollWidth);
        if (w > 320) wide.push(`${f}: ${w} px`);
        await page.setViewportSize({ width: 1280, height: 800 });
      }
    });
    await test('axe finds no WCAG 2.0/2.1 A or AA violations on any page rendered offline', () => {
      assert(!axeFound.length, axeFound.join('\n'));
    });
    await test('every form rendered offline POSTs with csrf and links its labels, hints and errors', () => {
      assert(!formFound.length, formFound.join('\n'));
    });

    await test('every page rendered offline reflows at 320 px wide without horizontal scrolling', () => {
      assert(!wide.length, wide.join('\n'));
    });

    // Measurements such as the one above depend on the fonts: Chromium
    // must draw with the fixed set of tests/browser/fonts.conf (Noto
    // Sans, Noto Serif, Noto Sans Mono, DejaVu), never with another font
    // the machine happens to have. The fonts are those DevTools reports
    // as used for an element's text.
    await test('text is drawn in the fixed font set: Noto Sans, headings Noto Serif, no other font', async () => {
      await page.goto(`${offlineHost}/home-nl.html`);
      await page.evaluate(() => {
        const s = document.createElement('span');
        s.id = 'font-probe';
        s.textContent = 'Circulair inkopen';
        s.style.fontFamily = '"DejaVu Sans Condensed", "Liberation Sans", Arial, Ubuntu, monospace';
        document.querySelector('main').append(s);
      });
      const cdp = await context.newCDPSession(page);
      try {
        await cdp.send('DOM.enable');
        await cdp.send('CSS.enable');
        const { root } = await cdp.send('DOM.getDocument');
        const used = async (selector) => {
          const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
          assert(nodeId, `no ${selector} on the page`);
          const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
          return fonts.map((f) => f.familyName).join(', ') || 'none';
        };
        const found = [];
        for (const [selector, want] of [['main p', 'Noto Sans'], ['h1', 'Noto Serif'],
          ['#font-probe', 'Noto Sans Mono']]) {
          const got = await used(selector);
          if (got !== want) found.push(`${selector}: ${got}, not ${want}`);
        }
        assert(!found.length, `${found.join('\n')}\n(FONTCONFIG_FILE=${process.env.FONTCONFIG_FILE || 'unset'}; ` +
          'Debian: fonts-noto-core fonts-noto-mono fonts-dejavu-core)');
      } finally {
        await cdp.detach();
      }
    });

    await test('a form with errors has the focus on its error summary when the page loads', async () => {
      await page.goto(`${offlineHost}/login-errors-nl.html`);
      const focused = await focusedId(page, 'login-errors');
      assert(focused === 'login-errors', `focus is on "${focused}"`);
      const title = await page.title();
      assert(title.startsWith('Fout: '), `title "${title}"`);
    });

    await test('a link in the error summary moves the focus to its field', async () => {
      await page.goto(`${offlineHost}/account-errors-en.html`);
      await page.locator('.cimolt-error-summary a[href="#password-nieuw"]').click();
      const focused = await page.evaluate(() => document.activeElement && document.activeElement.id);
      assert(focused === 'password-nieuw', `focus is on "${focused}"`);
    });

    await test('forms render typed values but never a password', async () => {
      await page.goto(`${offlineHost}/login-errors-nl.html`);
      const email = await page.inputValue('#login-email');
      const password = await page.inputValue('#login-wachtwoord');
      assert(email === 'anna@ede', `e-mail field holds "${email}"`);
      assert(password === '', 'the password field holds a value');
    });

    await test('the header shows who is signed in, with a sign-out button', async () => {
      await page.goto(`${offlineHost}/account-nl.html`);
      const who = (await page.locator('.cimolt-user__who').innerText()).replace(/\s+/g, ' ').trim();
      assert(who.includes('Anna de Vries') && who.includes('Ede'), `header reads "${who}"`);
      const button = page.locator('form[action="/uitloggen"] button');
      assert(await button.count() === 1, 'no sign-out button');
      await page.goto(`${offlineHost}/login-nl.html`);
      assert(await page.locator('header a[href="/inloggen"]').count() === 1, 'no sign-in link for an anonymous visitor');
    });

    await test('the menu shows each role its own pages', async () => {
      const want = {
        'home-member-nl.html': ['/', '/praktijk', '/monitor', '/benchmark', '/advies'],
        'members-nl.html': ['/', '/praktijk', '/monitor', '/benchmark', '/advies', '/gemeente/leden', '/gemeente/programma'],
        'deliveries-nl.html': ['/', '/praktijk', '/beheer/monitor', '/beheer/overzicht', '/beheer/advies', '/beheer', '/beheer/berichten',
          '/beheer/teksten'],
        'users-nl.html': ['/', '/praktijk', '/regio', '/beheer/monitor', '/beheer/overzicht', '/beheer/advies', '/beheer',
          '/beheer/berichten', '/beheer/teksten', '/beheer/gebruikers', '/beheer/organisaties', '/beheer/audit'],
      };
      const bad = [];
      for (const [f, hrefs] of Object.entries(want)) {
        await page.goto(`${offlineHost}/${f}`);
        const got = await page.locator('nav.cimolt-nav a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        if (got.join(' ') !== hrefs.join(' ')) bad.push(`${f}: ${got.join(' ')}`);
      }
      assert(!bad.length, bad.join('\n'));
    });

    await monitorOfflineTests(page);
    for (const m of await suites()) if (m.offline) await m.offline(page, kit);
  } finally {
    await close();
  }
}

// monitorOfflineTests(page): the monitor's pages rendered from
// fixtures: questions as radio groups, errors, a conflict, prefilled
// answers, the locked section, submitting, and the result's charts.
async function monitorOfflineTests(page) {
  await test('every question picked from options is a fieldset with a legend, its help tied to it', async () => {
    const bad = [];
    for (const f of ['monitor-section-prefilled-nl.html', 'monitor-section-nl.html', 'monitor-section-conflict-en.html']) {
      await page.goto(`${offlineHost}/${f}`);
      bad.push(...await page.evaluate((f) => {
        const out = [];
        const radios = [...document.querySelectorAll('main input[type=radio]')];
        if (!radios.length) out.push(`${f}: no radio buttons`);
        for (const r of radios) {
          const fs = r.closest('fieldset');
          const legend = fs && fs.querySelector(':scope > legend');
          if (!legend || !legend.textContent.trim()) out.push(`${f}: #${r.id} is not in a fieldset with a legend`);
          if (!document.querySelector(`label[for="${r.id}"]`)) out.push(`${f}: #${r.id} has no label`);
        }
        for (const fs of document.querySelectorAll('main fieldset')) {
          const help = fs.querySelector('.cimolt-question__help');
          const ids = (fs.getAttribute('aria-describedby') || '').split(/\s+/);
          if (help && !ids.includes(help.id)) out.push(`${f}: #${fs.id} does not name its help`);
          // "Weet ik niet" last, apart from the answers that count.
          const last = [...fs.querySelectorAll('input[type=radio]')].pop();
          if (!last || last.value !== '?') out.push(`${f}: #${fs.id} does not end with "weet ik niet"`);
        }
        for (const t of document.querySelectorAll('main input[type=text]')) {
          if (t.inputMode !== 'numeric') out.push(`${f}: #${t.id} has no numeric keyboard`);
          const dk = document.getElementById(`${t.id}-weetniet`);
          if (!dk || dk.type !== 'checkbox') out.push(`${f}: #${t.id} has no "weet ik niet" box`);
        }
        return out;
      }, f));
    }
    assert(!bad.length, bad.join('\n'));
  });

  await test('a section with errors shows each beside its question, and its summary links reach the controls', async () => {
    await page.goto(`${offlineHost}/monitor-section-errors-nl.html`);
    const focused = await focusedId(page, 'section-errors');
    assert(focused === 'section-errors', `focus is on "${focused}"`);
    const title = await page.title();
    assert(title.startsWith('Fout: '), `title "${title}"`);
    const blocks = await page.locator('.cimolt-question--invalid').evaluateAll((els) => els.map((e) => e.id));
    const want = ['o-gww-tenders-circ', 'o-gww-spend', 'o-gww-spend-circ', 'o-gww-gunning'].map((q) => `q-${q}-block`);
    assert(want.every((w) => blocks.includes(w)), `marked invalid: ${blocks.join(', ') || 'nothing'}`);
    // The radio group names its error; the typed text comes back.
    const fs = await page.getAttribute('#q-o-gww-gunning', 'aria-describedby');
    assert(fs && fs.split(' ').includes('q-o-gww-gunning-error'), `the fieldset is described by "${fs}"`);
    assert(await page.inputValue('#q-o-gww-spend') === 'abc', 'the typed "abc" is gone');
    const range = await page.locator('#q-o-gww-spend-circ-error').innerText();
    assert(range.includes('5.000.000.000'), `the range reads "${range}"`);
    const links = await page.locator('.cimolt-error-summary a').evaluateAll((as) => as.map((a) => a.hash));
    assert(links.length === 4, `${links.length} links in the summary`);
    await page.locator('.cimolt-error-summary a[href="#q-o-gww-gunning-opt-0"]').click();
    const now = await page.evaluate(() => document.activeElement && document.activeElement.id);
    assert(now === 'q-o-gww-gunning-opt-0', `the link to the radio group focused "${now}"`);
  });

  await test('a conflicting save says nothing was saved, with the focus on it and the typed answers kept', async () => {
    await page.goto(`${offlineHost}/monitor-section-conflict-en.html`);
    const focused = await focusedId(page, 'section-conflict');
    assert(focused === 'section-conflict', `focus is on "${focused}"`);
    const text = (await page.locator('#section-conflict').innerText()).replace(/\s+/g, ' ');
    assert(/Not saved/.test(text) && /colleague/.test(text), `the message reads "${text}"`);
    assert(await page.inputValue('#q-o-gww-tenders') === '15', 'the typed 15 is gone');
    assert(await page.inputValue('#q-o-gww-spend') === '2 000 000', `the amount reads "${await page.inputValue('#q-o-gww-spend')}"`);
    assert(await page.isChecked('#q-o-gww-gunning-opt-3'), 'the chosen level 3 is not checked');
    assert(await page.inputValue('input[name=versie]') === '1', 'the form does not carry the current version');
  });

  await test('stored amounts read 1.250.000, "weet ik niet" is ticked, prefilled answers are marked', async () => {
    await page.goto(`${offlineHost}/monitor-section-nl.html`);
    assert(await page.inputValue('#q-o-gww-spend') === '1.250.000', `the amount reads "${await page.inputValue('#q-o-gww-spend')}"`);
    assert(await page.isChecked('#q-o-gww-spend-circ-weetniet'), 'the "weet ik niet" box is not ticked');
    assert(await page.isChecked('#q-o-gww-materialen-weetniet'), 'the "weet ik niet" radio is not checked');
    await page.goto(`${offlineHost}/monitor-section-prefilled-nl.html`);
    const marks = await page.locator('.cimolt-prefilled').count();
    assert(marks === 3, `${marks} prefilled marks, the fixture has 3`);
    const ids = (await page.getAttribute('#q-s-beleid-1', 'aria-describedby') || '').split(' ');
    assert(ids.includes('q-s-beleid-1-prefilled'), `the question is described by ${ids.join(' ')}`);
    assert(await page.isChecked('#q-s-beleid-2-opt-nee'), 'the prefilled "nee" is not checked');
  });

  await test('the section index marks the current section and shows every section\'s progress', async () => {
    await page.goto(`${offlineHost}/monitor-section-nl.html`);
    const current = await page.locator('.cimolt-monitor__index a[aria-current=page]').allInnerTexts();
    assert(current.length === 1 && /GWW/.test(current[0]), `current: ${current.join(' | ')}`);
    const items = await page.locator('.cimolt-monitor__index li').count();
    const progress = await page.locator('.cimolt-monitor__index .cimolt-steps__progress').count();
    assert(items === 11 && progress === 11, `${items} sections, ${progress} with progress`);
    const pager = await page.locator('nav.cimolt-pager a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert(pager.join(' ') === '/monitor/2026/s-samen /monitor/2026/o-bouw', `previous/next: ${pager.join(' ')}`);
  });

  await test('a submitted section shows its answers without a form', async () => {
    await page.goto(`${offlineHost}/monitor-section-submitted-en.html`);
    assert(await page.locator('main form').count() === 0, 'there is a form');
    const rows = await page.locator('.cimolt-answers__row').count();
    assert(rows === 8, `${rows} answers, the section has 8`);
    const text = await page.locator('main').innerText();
    assert(/€[\d ]+/.test(text), 'no amount in euros');
  });

  await test('the submit page lists the unanswered questions by section; a member is told only the coordinator submits', async () => {
    await page.goto(`${offlineHost}/monitor-submit-nl.html`);
    const listed = await page.locator('.cimolt-unanswered a').count();
    assert(listed === 11, `${listed} unanswered questions listed, the fixture has 11`);
    assert(await page.locator('form[action="/monitor/2026/indienen"] button[type=submit]').count() === 1, 'no submit button for the coordinator');
    await page.goto(`${offlineHost}/monitor-submit-member-en.html`);
    assert(await page.locator('form[action="/monitor/2026/indienen"]').count() === 0, 'a member has a submit form');
    const text = await page.locator('.cimolt-coordinator-only').innerText();
    assert(/Only your municipality's coordinator/.test(text), `the page reads "${text}"`);
  });

  await test("the result's charts are named images, each followed by a table of the same numbers", async () => {
    const bad = [];
    for (const f of ['monitor-result-nl.html', 'monitor-result-en.html']) {
      await page.goto(`${offlineHost}/${f}`);
      bad.push(...await page.evaluate((f) => {
        const out = [];
        const charts = [...document.querySelectorAll('main svg.cimolt-chart')];
        if (charts.length !== 4) out.push(`${f}: ${charts.length} charts, not 4`);
        for (const svg of charts) {
          const name = (svg.getAttribute('aria-labelledby') || '').split(/\s+/)
            .map((id) => (document.getElementById(id) || {}).textContent || '').join(' ').trim();
          if (svg.getAttribute('role') !== 'img' || !name) out.push(`${f}: a chart without a name`);
          const section = svg.closest('section');
          const table = section && section.querySelector('table');
          if (!table) { out.push(`${f}: "${name}" has no table`); continue; }
          // Every number in the chart is in its table.
          const cells = table.textContent;
          for (const v of svg.querySelectorAll('.cimolt-chart__value')) {
            const n = v.textContent.trim();
            if (/\d/.test(n) && !cells.includes(n)) out.push(`${f}: ${n} of "${name}" is not in its table`);
          }
        }
        return out;
      }, f));
    }
    await page.goto(`${offlineHost}/monitor-result-nl.html`);
    const share = await page.locator('#chart-shares .cimolt-chart__target-label').textContent();
    if (share.trim() !== 'doel 10%') bad.push(`the target reads "${share}"`);
    const decimal = await page.locator('#chart-themes .cimolt-chart__value').allTextContents();
    if (!decimal.includes('60,5')) bad.push(`Dutch scores: ${decimal.join(' ')}`);
    assert(!bad.length, bad.join('\n'));
  });

  await test('the result prints: charts and tables on the page, navigation and buttons left out', async () => {
    await page.goto(`${offlineHost}/monitor-result-en.html`);
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 703, height: 1000 });
    try {
      const shown = await page.evaluate(() => ['svg.cimolt-chart', 'table']
        .filter((s) => [...document.querySelectorAll(s)].some((e) => getComputedStyle(e).display === 'none' || e.getBoundingClientRect().width === 0)));
      assert(!shown.length, `not printed: ${shown.join(', ')}`);
      const hidden = await page.evaluate(() => ['.cimolt-nav', '.cimolt-languages', '.cimolt-user']
        .filter((s) => [...document.querySelectorAll(s)].some((e) => getComputedStyle(e).display !== 'none')));
      assert(!hidden.length, `printed: ${hidden.join(', ')}`);
      const w = await page.evaluate(() => document.documentElement.scrollWidth);
      assert(w <= 703, `the printed page is ${w} px wide`);
    } finally {
      await page.emulateMedia({ media: 'screen' });
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });
}


// ------------------------------------------------------ accounts (online)

// The demo accounts dev/up and dev/test create, one per role, read from
// dev/lib/stack.sh (STACK_DEMO_PASSWORD, STACK_DEMO_USERS: role, e-mail,
// organisation, name); CIMOLT_DEMO_PASSWORD overrides the password.
function demoAccounts() {
  let text = '';
  try { text = readFileSync(join(top, 'dev', 'lib', 'stack.sh'), 'utf8'); } catch { /* none */ }
  const password = process.env.CIMOLT_DEMO_PASSWORD || (text.match(/^STACK_DEMO_PASSWORD=(\S+)/m) || [])[1];
  const users = {};
  for (const line of ((text.match(/^STACK_DEMO_USERS="([^"]*)"/m) || [])[1] || '').split('\n')) {
    const [role, email, , ...name] = line.trim().split(/\s+/);
    if (role && email) users[role] = { email, name: name.join(' ') };
  }
  return { password, users };
}

// A token of the right shape that no invitation or reset link has.
const unknownToken = 'A'.repeat(43);

// pageTools(page, users, password): what the tests on the stack do with a
// page: keep its HTML for vnu, load a path and run axe, submit a form, sign
// in and out as a demo account.
// verifyLink(to): the link of the registration.verify mail to an address,
// as the stack's webhook receiver got it (CIMOLT_VAR/mail/webhook.jsonl),
// waiting for the courier up to 15 s; '' when none came.
async function verifyLink(to) {
  const log = join(process.env.CIMOLT_VAR || join(top, 'var'), 'mail', 'webhook.jsonl');
  for (let i = 0; i < 150; i++) {
    let text = '';
    try { text = readFileSync(log, 'utf8'); } catch { /* not yet */ }
    for (const line of text.split('\n').reverse()) {
      let doc;
      try { doc = JSON.parse(JSON.parse(line).body); } catch { continue; }
      if (doc.type !== 'registration.verify' || doc.mail.to[0] !== to) continue;
      const m = doc.mail.text.match(/\/aanmelding\/[A-Za-z0-9_-]+/);
      if (m) return m[0];
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return '';
}

function pageTools(page, users, password) {
  const keep = (name, body) => {
    const file = join(work, `served-${forVnu.length}.html`);
    writeFileSync(file, body);
    forVnu.push([file, `the Nu HTML checker finds no errors on ${name}`]);
  };
  // checkPage: load path as the signed-in user (if any), check the status,
  // run axe, keep the HTML for vnu.
  const checkPage = (name, path, status) =>
    test(`axe finds no violations on ${name} (${path}, status ${status})`, async () => {
      const res = await page.goto(baseUrl + path);
      keep(name, await res.text());
      assert(res.status() === status, `status ${res.status()} at ${page.url()}`);
      const v = await axe(page);
      assert(!v.length, v.join('\n'));
    });
  // submit(form): click the submit button of the form matched by the
  // selector and wait for the page it leads to (after any redirect).
  const submit = async (form) => {
    const [res] = await Promise.all([page.waitForNavigation(),
      page.locator(`${form} button[type=submit]`).click()]);
    return res;
  };
  const signIn = async (role) => {
    const u = users[role];
    assert(u && password, `no demo account for the role ${role} in dev/lib/stack.sh`);
    if (!new URL(page.url()).pathname.startsWith('/inloggen')) await page.goto(`${baseUrl}/inloggen`);
    await page.fill('#login-email', u.email);
    await page.fill('#login-wachtwoord', password);
    await submit('main form[action^="/inloggen"]');
    const who = await page.locator('.cimolt-user__name').innerText({ timeout: 2000 }).catch(() => '(nobody)');
    assert(who.trim() === u.name, `after signing in as ${u.email} the header shows ${who} (at ${page.url()})`);
  };
  const signOut = async () => {
    await submit('form[action="/uitloggen"]');
    assert(await page.locator('header a[href="/inloggen"]').count() === 1,
      `after signing out there is no sign-in link (at ${page.url()})`);
  };
  return { keep, checkPage, submit, signIn, signOut };
}

// accountTests(context): sign in, change language, sign out, and every
// account page that a role can reach, through axe and (later) vnu.
async function accountTests(context) {
  const { password, users } = demoAccounts();
  // Without the sign-in page (a daemon older than the accounts) every test
  // below would fail on a timeout: one failure says so instead.
  let ready = false;
  await test('the stack serves the sign-in page', async () => {
    const { res } = await fetchRaw('/inloggen');
    assert(res.status === 200, `GET /inloggen gave ${res.status}; the account tests did not run`);
    ready = true;
  });
  if (!ready) return;
  await context.clearCookies();
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  const { keep, checkPage, submit, signIn, signOut } = pageTools(page, users, password);

  await checkPage('the sign-in page', '/inloggen', 200);
  await checkPage('the forgot-password page', '/wachtwoord-vergeten', 200);
  await test('the forgot-password form without an address shows the error next to the field', async () => {
    await page.goto(`${baseUrl}/wachtwoord-vergeten`);
    const res = await submit('main form');
    keep('the forgot-password page with an error', await res.text());
    assert(await page.locator('#forgot-email[aria-invalid=true]').count() === 1, 'the field is not marked invalid');
    const focused = await focusedId(page, 'forgot-errors');
    assert(focused === 'forgot-errors', `focus is on "${focused}", not the error summary`);
    const v = await axe(page);
    assert(!v.length, v.join('\n'));
  });
  await checkPage('an invitation with an unknown token', `/uitnodiging/${unknownToken}`, 404);
  await checkPage('a reset link with an unknown token', `/wachtwoord/${unknownToken}`, 404);

  await test('a page that needs signing in leads to the sign-in page, and back after it', async () => {
    await page.goto(`${baseUrl}/account`);
    const at = new URL(page.url());
    assert(at.pathname === '/inloggen', `GET /account ended at ${page.url()}`);
    await signIn('coordinator');
    assert(new URL(page.url()).pathname === '/account', `after signing in: ${page.url()}`);
  });
  await checkPage('the account page', '/account', 200);
  await test('the account page changes the language of the site', async () => {
    await page.goto(`${baseUrl}/account`);
    const was = await page.getAttribute('html', 'lang');
    const other = was === 'en' ? 'nl' : 'en';
    for (const lang of [other, was]) {
      await page.selectOption('#account-lang', lang);
      await submit('form[action="/account"]');
      const now = await page.getAttribute('html', 'lang');
      assert(now === lang, `after choosing ${lang} the page is in ${now} (at ${page.url()})`);
      assert(await page.locator('.cimolt-notice').count() === 1, `no notice after saving (at ${page.url()})`);
      await page.goto(`${baseUrl}/`);
      const home = await page.getAttribute('html', 'lang');
      assert(home === lang, `after choosing ${lang} the home page is in ${home}`);
      await page.goto(`${baseUrl}/account`);
    }
  });
  await checkPage('the members page', '/gemeente/leden', 200);
  await checkPage('the registrations to approve', '/gemeente/aanmeldingen', 200);
  await checkPage('the home page, signed in', '/', 200);
  await test('signing out ends the session', async () => {
    await page.goto(`${baseUrl}/account`);
    await signOut();
    await page.goto(`${baseUrl}/account`);
    assert(new URL(page.url()).pathname === '/inloggen', `GET /account after signing out: ${page.url()}`);
  });

  await test('a member signs in', () => signIn('member'));
  await checkPage('the 403 page for a member on /beheer', '/beheer', 403);
  await test('the member signs out', () => signOut());

  await test('an organiser signs in', () => signIn('organiser'));
  await checkPage('the delivery log', '/beheer/berichten', 200);
  await test('the organiser signs out', () => signOut());

  await test('an administrator signs in', () => signIn('admin'));
  await checkPage('the users page', '/beheer/gebruikers', 200);
  await checkPage('the organisations page', '/beheer/organisaties', 200);
  await checkPage('the audit log', '/beheer/audit', 200);
  await test('the administrator signs out', () => signOut());
  await page.close();
}

// ---------------------------------------------------- programme (online)

// programmeTests(context): the programme on the stack: the
// public pages, the registration form by keyboard and without JavaScript,
// a registration from confirmation to cancellation, and the organisers'
// pages, each through axe and (later) vnu. Registrations come from
// Zutphen, which no other suite uses, with an address of this run, and
// are cancelled again: the per-municipality limit of other tests' events
// is left alone.
async function programmeTests(context) {
  const { password, users } = demoAccounts();
  let ev = null;
  await context.clearCookies();
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  const { keep, checkPage, submit, signIn, signOut } = pageTools(page, users, password);

  await test('the programme lists every event with a link to its page', async () => {
    const { res, body } = await fetchRaw('/programma?lang=nl&format=xml');
    assert(res.status === 200, `GET /programma?format=xml gave ${res.status}; the programme tests did not run`);
    const events = [...body.matchAll(/<event id="(\d+)" kind="(\w+)" audience="\w+" status="(\w+)" registration="([a-z-]+)"/g)]
      .map((m) => ({ id: m[1], kind: m[2], status: m[3], registration: m[4] }));
    assert(events.length > 0, 'the programme has no events');
    await page.goto(`${baseUrl}/programma?lang=nl`);
    const links = await page.locator('main h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const missing = events.filter((e) => !links.includes(`/programma/${e.id}`));
    assert(!missing.length, `no link to ${missing.map((e) => `/programma/${e.id}`).join(', ')}`);
    ev = events.find((e) => e.kind === 'masterclass' && e.registration === 'open');
    assert(ev, 'no masterclass is open for registration; the registration tests did not run');
  });
  if (!ev) { await page.close(); return; }
  const form = `/programma/${ev.id}/aanmelden`;

  await checkPage('the programme', '/programma', 200);
  await checkPage('the programme in English', '/programma?lang=en', 200);
  await checkPage("a masterclass's page", `/programma/${ev.id}?lang=nl`, 200);
  await checkPage('the registration form', `${form}?lang=nl`, 200);

  await test('the keyboard reaches the municipality select, and typing a name chooses it', async () => {
    await page.goto(`${baseUrl}${form}?lang=nl`);
    let id = '';
    for (let i = 0; i < 60 && id !== 'register-organisatie'; i++) {
      await page.keyboard.press('Tab');
      id = await page.evaluate(() => document.activeElement && document.activeElement.id);
    }
    assert(id === 'register-organisatie', 'Tab never reached the municipality select');
    await page.keyboard.type('Ede', { delay: 30 });
    const chosen = await page.evaluate(() => document.activeElement.selectedOptions[0].textContent.trim());
    assert(chosen === 'Ede', `typing "Ede" chose "${chosen}"`);
    const label = await page.locator('label[for=register-organisatie]').innerText();
    assert(/Gemeente/.test(label), `the select's label reads "${label}"`);
  });

  await test('the registration form sent empty shows each error next to its field (status 422)', async () => {
    await page.goto(`${baseUrl}${form}?lang=nl`);
    const res = await submit(`form[action="${form}"]`);
    keep('the registration form with errors', await res.text());
    assert(res.status() === 422, `status ${res.status()}`);
    const invalid = await page.locator('[aria-invalid=true]').evaluateAll((els) => els.map((e) => e.id));
    const want = ['register-organisatie', 'register-naam', 'register-email', 'register-functie'];
    assert(want.every((w) => invalid.includes(w)), `marked invalid: ${invalid.join(', ') || 'nothing'}`);
    const focused = await focusedId(page, 'register-errors');
    assert(focused === 'register-errors', `focus is on "${focused}", not the error summary`);
    const v = await axe(page);
    assert(!v.length, v.join('\n'));
  });

  // The registration: keyboard only, with JavaScript off in the page.
  const stamp = `${Date.now()}-${process.pid}`;
  const name = `Browsertest ${stamp}`;
  let status = '';
  let link = '';
  await test('an anonymous visitor registers by keyboard without JavaScript, and is asked to confirm by mail', async () => {
    const p = await context.newPage();
    try {
      const cdp = await context.newCDPSession(p);
      await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
      await p.goto(`${baseUrl}${form}?lang=nl`);
      await p.focus('#register-organisatie');
      await p.keyboard.type('Zutphen', { delay: 30 });
      const chosen = await p.locator('#register-organisatie option:checked').innerText();
      assert(chosen.trim() === 'Zutphen', `typing "Zutphen" chose "${chosen}"`);
      await p.keyboard.press('Tab');
      await p.keyboard.type(name);
      await p.keyboard.press('Tab');
      await p.keyboard.type(`browser-${stamp}@zutphen.example`);
      await p.keyboard.press('Tab');
      await p.keyboard.type('Inkoper');
      const [res] = await Promise.all([p.waitForNavigation(), p.keyboard.press('Enter')]);
      const at = new URL(p.url());
      assert(at.pathname === `/programma/${ev.id}` && at.searchParams.get('klaar') === 'registration.check-mail',
        `after sending the form: status ${res.status()} at ${p.url()}: ` +
        (await p.locator('.cimolt-error-summary, .cimolt-alert').allInnerTexts()).join(' ').replace(/\s+/g, ' '));
      const notice = (await p.locator('.cimolt-notice').innerText()).replace(/\s+/g, ' ');
      assert(/Bevestig uw aanmelding met de link/.test(notice), `the notice reads: ${notice}`);
      link = await verifyLink(`browser-${stamp}@zutphen.example`);
      assert(link, 'no registration.verify mail reached the webhook receiver within 15 s');
    } finally {
      await p.close();
    }
  });
  if (link) {
    await checkPage('the status page of a registration to confirm', `${link}?lang=nl`, 200);
    await test('the link from the mail confirms the registration by keyboard without JavaScript, and the place is confirmed', async () => {
      const p = await context.newPage();
      try {
        const cdp = await context.newCDPSession(p);
        await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
        await p.goto(`${baseUrl}${link}?lang=nl`);
        const before = (await p.locator('main').innerText()).replace(/\s+/g, ' ');
        assert(/Bevestig uw aanmelding/.test(before), `the page reads: ${before.slice(0, 300)}`);
        await p.focus(`form[action="${link}/bevestigen"] button[type=submit]`);
        await Promise.all([p.waitForNavigation(), p.keyboard.press('Enter')]);
        if (new URL(p.url()).pathname === link) status = link;
        assert(status, `after confirming: at ${p.url()}`);
        const text = (await p.locator('main').innerText()).replace(/\s+/g, ' ');
        assert(/Uw plaats is bevestigd/.test(text), `the status page reads: ${text.slice(0, 300)}`);
        assert(text.includes(name) && text.includes('Zutphen'), 'the status page does not show the name and municipality');
      } finally {
        await p.close();
      }
    });
  }
  if (status) {
    await checkPage('the status page of a confirmed registration', status, 200);
    await test('cancelling asks first on a page of its own, then leads back to the status page, which says the registration is cancelled', async () => {
      await page.goto(baseUrl + status);
      await Promise.all([page.waitForNavigation(), page.locator(`main a[href="${status}/annuleren"]`).click()]);
      assert(new URL(page.url()).pathname === `${status}/annuleren`, `the cancel link leads to ${page.url()}`);
      const res = await submit(`form[action="${status}/annuleren"]`);
      keep('the status page of a cancelled registration', await res.text());
      assert(new URL(page.url()).pathname === status, `after cancelling: ${page.url()}`);
      const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
      assert(/Deze aanmelding is geannuleerd/.test(text), `the page reads: ${text.slice(0, 300)}`);
      assert(await page.locator(`[href="${status}/annuleren"], form[action="${status}/annuleren"]`).count() === 0,
        'the cancel link is still there');
      const v = await axe(page);
      assert(!v.length, v.join('\n'));
    });
    // Should the test above have failed, the place is given back anyway.
    await page.goto(`${baseUrl}${status}/annuleren`);
    if (await page.locator(`form[action="${status}/annuleren"]`).count()) await submit(`form[action="${status}/annuleren"]`);
  }
  await checkPage('the status page of an unknown link', `/aanmelding/${unknownToken}`, 404);

  // The organisers' pages.
  let signedIn = false;
  await test('an organiser signs in for the programme pages', async () => { await signIn('organiser'); signedIn = true; });
  if (signedIn) {
    await checkPage("the organisers' programme", '/beheer/programma', 200);
    await test("one event's page lists the registration, cancelled", async () => {
      const res = await page.goto(`${baseUrl}/beheer/programma/${ev.id}?lang=nl`);
      keep("one event's registrations", await res.text());
      assert(res.status() === 200, `status ${res.status()}`);
      if (status) {
        const row = page.locator('tr', { hasText: name });
        assert(await row.count() === 1, `no row for ${name}`);
        const cells = (await row.innerText()).replace(/\s+/g, ' ');
        assert(/Geannuleerd/.test(cells), `the row reads: ${cells}`);
      }
      const v = await axe(page);
      assert(!v.length, v.join('\n'));
    });
    await checkPage('the new-event form', '/beheer/programma/nieuw', 200);
    await test('the new-event form sent empty shows the errors and stores nothing (status 422)', async () => {
      await page.goto(`${baseUrl}/beheer/programma/nieuw?lang=nl`);
      const res = await submit('form[action="/beheer/programma/nieuw"]');
      keep('the new-event form with errors', await res.text());
      assert(res.status() === 422, `status ${res.status()} at ${page.url()}`);
      assert(await page.locator('#event-title[aria-invalid=true]').count() === 1, 'the title is not marked invalid');
      const focused = await focusedId(page, 'event-errors');
      assert(focused === 'event-errors', `focus is on "${focused}", not the error summary`);
      const v = await axe(page);
      assert(!v.length, v.join('\n'));
    });
    await checkPage('the event form', `/beheer/programma/${ev.id}/bewerken`, 200);
    await checkPage('the attendance list', `/beheer/programma/${ev.id}/presentielijst`, 200);
    await test('the attendance list prints on A4 without header, menu or footer', async () => {
      await page.goto(`${baseUrl}/beheer/programma/${ev.id}/presentielijst?lang=nl`);
      await page.emulateMedia({ media: 'print' });
      // A4 is 210 mm wide; less the page margins of cimolt.css, 186 mm.
      await page.setViewportSize({ width: 703, height: 1000 });
      try {
        const shown = await page.evaluate(() => ['.cimolt-header', '.cimolt-nav', '.cimolt-footer', '.utrecht-skip-link', '.cimolt-no-print']
          .filter((s) => [...document.querySelectorAll(s)].some((e) => getComputedStyle(e).display !== 'none')));
        assert(!shown.length, `printed: ${shown.join(', ')}`);
        const w = await page.evaluate(() => document.documentElement.scrollWidth);
        assert(w <= 703, `the printed page is ${w} px wide`);
        const head = await page.evaluate(() => {
          const t = document.querySelector('table thead');
          return t ? getComputedStyle(t).display : 'table-header-group';
        });
        assert(head === 'table-header-group', `the table header prints as ${head}`);
        const pdf = await page.pdf({ preferCSSPageSize: true });
        const size = pdf.toString('latin1').match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)/);
        assert(size && Math.abs(Number(size[1]) - 595) < 2 && Math.abs(Number(size[2]) - 842) < 2,
          `the PDF page is ${size ? `${size[1]} x ${size[2]}` : 'of unknown size'} pt, not A4 (595 x 842)`);
      } finally {
        await page.emulateMedia({ media: 'screen' });
        await page.setViewportSize({ width: 1280, height: 800 });
      }
    });
    const zutphen = await (async () => {
      const { body } = await fetchRaw(`${form}?format=xml`);
      return (body.match(/<option value="(\d+)" label="Zutphen"\/>/) || [])[1];
    })();
    if (zutphen) await checkPage('one municipality across the programme', `/beheer/gemeente/${zutphen}`, 200);
    await test('the organiser signs out of the programme pages', () => signOut());
  }
  await page.close();
}

// ------------------------------------------------------ monitor (online)

// monitorTests(context): the monitor on the stack, as the Ede
// coordinator in the newest year's round: a strategic section filled in
// with radio buttons (one "weet ik niet"), an operational one with
// amounts in euros (first sent wrong, then right), the progress, a
// member who may not submit, last year's answers copied (submitting
// refused until each copied section is confirmed), submitting, and the
// result with its charts;
// then the organisers' page, where the round is reopened so the next run
// finds it a draft again (a round found submitted is reopened first).
// Every page goes through axe and vnu. Without a questionnaire on the
// stack that is one failed test, saying so, and the rest do not run.
async function monitorTests(context) {
  const { password, users } = demoAccounts();
  await context.clearCookies();
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  const { keep, checkPage, submit, signIn, signOut } = pageTools(page, users, password);
  const xml = async (path) => {
    const res = await page.request.get(`${baseUrl}${path}${path.includes('?') ? '&' : '?'}format=xml`);
    return { status: res.status(), body: await res.text() };
  };
  const text = async (sel = 'main') => (await page.locator(sel).innerText()).replace(/\s+/g, ' ');

  let round = null;
  await test('the Ede coordinator signs in and finds a monitor round on /monitor', async () => {
    await signIn('coordinator');
    const { status, body } = await xml('/monitor');
    assert(status === 200, `GET /monitor?format=xml gave ${status}`);
    const m = body.match(/<round year="(\d+)" status="(\w+)"/);
    if (m) round = { year: m[1], status: m[2] };
  });
  if (!round) {
    await test('the monitor tests on the stack find a questionnaire', () => {
      throw new Error('no questionnaire imported: /monitor shows no round ' +
        '(cimolt-admin questionnaire import schema/questionnaire-2026.xml)');
    });
    await page.close();
    return;
  }
  const year = round.year;

  // reopen(): as the organiser, reopen Ede's round of the year on
  // /beheer/monitor; signs the coordinator out and back in around it.
  const reopen = async () => {
    await signOut();
    await signIn('organiser');
    await page.goto(`${baseUrl}/beheer/monitor?lang=nl`);
    const button = page.locator(`section[aria-labelledby="year-${year}"] tr:has(th:text-is("Ede")) button[type=submit]`);
    assert(await button.count() === 1, `no reopen button for Ede ${year} on /beheer/monitor`);
    const [res] = await Promise.all([page.waitForNavigation(), button.click()]);
    keep('the organisers\' monitor page after reopening', await res.text());
    assert(new URL(page.url()).pathname === '/beheer/monitor', `after reopening: ${page.url()}`);
    assert(await page.locator('.cimolt-notice').count() === 1, 'no notice after reopening');
  };
  if (round.status === 'submitted') {
    await test(`Ede's round ${year}, found submitted, is reopened by the organiser first`, async () => {
      await reopen();
      await signOut();
      await signIn('coordinator');
    });
  }

  await checkPage('the monitor overview', '/monitor?lang=nl', 200);
  await checkPage(`the round ${year}`, `/monitor/${year}?lang=nl`, 200);

  // The sections and questions, from the round's page documents.
  const { body: roundXml } = await xml(`/monitor/${year}`);
  const sections = [...roundXml.matchAll(/<section id="([^"]+)" level="(\w+)"/g)].map((m) => ({ id: m[1], level: m[2] }));
  const strategic = sections.find((x) => x.level === 'strategisch');
  const operational = sections.find((x) => x.level === 'operationeel');
  const questionsOf = async (sid) => {
    const { body } = await xml(`/monitor/${year}/${sid}`);
    return [...body.matchAll(/<question id="([^"]+)" type="(\w+)"([^>]*)>([\s\S]*?)<\/question>/g)].map((m) => ({
      id: m[1], type: m[2], role: (m[3].match(/role="([^"]+)"/) || [])[1], unit: (m[3].match(/unit="([^"]+)"/) || [])[1],
      option: (m[4].match(/<option value="([^"]+)"/) || [])[1] }));
  };
  // progressOf(sid): the section's "N van M" on its own page.
  const progressOf = async (sid) => {
    await page.goto(`${baseUrl}/monitor/${year}/${sid}?lang=nl`);
    return (await page.locator('.cimolt-steps__item--current .cimolt-steps__progress').innerText()).trim();
  };
  const stamp = `Browsertest ${new Date().toISOString()}`;
  // save(next): send the section with "Opslaan en verder" (next) or
  // "Opslaan", and wait for the page it leads to.
  const save = async (next) => {
    const button = page.locator(`form.cimolt-monitor-form button[type=submit]${next ? '[name=verder]' : ':not([name])'}`);
    const [res] = await Promise.all([page.waitForNavigation(), button.click()]);
    return res;
  };

  let filledStrategic = false;
  await test(`a strategic section is filled in with radio buttons, one "weet ik niet", and saved (${strategic.id})`, async () => {
    const qs = await questionsOf(strategic.id);
    const picked = qs.filter((q) => ['maturity', 'yesno', 'choice'].includes(q.type));
    assert(picked.length >= 2, `${strategic.id} has ${picked.length} questions with options`);
    const first = await page.goto(`${baseUrl}/monitor/${year}/${strategic.id}?lang=nl`);
    keep(`the section ${strategic.id}`, await first.text());
    const v = await axe(page);
    assert(!v.length, v.join('\n'));
    const want = {};
    for (const q of qs) {
      const id = `q-${q.id}`;
      if (q.type === 'text') await page.fill(`#${id}`, stamp);
      else if (q === picked[1]) want[q.id] = `${id}-weetniet`;
      else if (q.type === 'maturity') want[q.id] = `${id}-opt-3`;
      else if (q.type === 'yesno') want[q.id] = `${id}-opt-ja`;
      else if (q.type === 'choice') want[q.id] = `${id}-opt-${q.option}`;
      else if (q.type === 'percentage') await page.fill(`#${id}`, '40');
      else await page.fill(`#${id}`, '7');
    }
    // Click the labels, as a person does.
    for (const rid of Object.values(want)) await page.click(`label[for="${rid}"]`);
    const res = await save(true);
    assert(res.status() === 200, `status ${res.status()} at ${page.url()}`);
    const at = new URL(page.url());
    assert(at.pathname !== `/monitor/${year}/${strategic.id}` && at.searchParams.get('klaar') === 'monitor.saved',
      `"Opslaan en verder" led to ${page.url()}`);
    assert(await page.locator('.cimolt-notice').count() === 1, 'no notice that the answers were saved');
    await page.goto(`${baseUrl}/monitor/${year}/${strategic.id}?lang=nl`);
    const unchecked = [];
    for (const rid of Object.values(want)) if (!await page.isChecked(`#${rid}`)) unchecked.push(rid);
    assert(!unchecked.length, `not checked after saving: ${unchecked.join(', ')}`);
    const progress = await progressOf(strategic.id);
    assert(progress === `${qs.length} van ${qs.length} beantwoord`, `the index reads "${progress}"`);
    filledStrategic = true;
  });

  let filledOperational = false;
  await test(`an operational section with euro amounts: the circular part above the total is refused (422), then saved (${operational.id})`, async () => {
    const qs = await questionsOf(operational.id);
    const role = (r) => qs.find((q) => q.role === r);
    assert(role('spend') && role('spend-circular'), `${operational.id} has no contract values`);
    await page.goto(`${baseUrl}/monitor/${year}/${operational.id}?lang=nl`);
    // A ticked "weet ik niet" wins over a typed amount: untick them all.
    for (const box of await page.locator('.cimolt-dont-know input[type=checkbox]').all()) await box.uncheck();
    const values = { tenders: '12', 'tenders-circular': '4', spend: '1.250.000', 'spend-circular': '2.500.000' };
    for (const q of qs) {
      const id = `q-${q.id}`;
      if (q.role) await page.fill(`#${id}`, values[q.role]);
      else if (q.type === 'number' || q.type === 'percentage') await page.fill(`#${id}`, '7');
      else if (q.type === 'text') await page.fill(`#${id}`, stamp);
      else if (q.type === 'maturity') await page.check(`#${id}-opt-2`);
      else if (q.type === 'yesno') await page.check(`#${id}-opt-nee`);
      else if (q.type === 'choice') await page.check(`#${id}-opt-${q.option}`);
    }
    const circ = `q-${role('spend-circular').id}`;
    let res = await save(false);
    keep('a section with an error', await res.text());
    assert(res.status() === 422, `status ${res.status()} at ${page.url()}`);
    assert(await page.locator(`#${circ}[aria-invalid=true]`).count() === 1, 'the circular amount is not marked invalid');
    const message = await text(`#${circ}-error`);
    assert(/niet hoger/.test(message), `the message beside it reads "${message}"`);
    const focused = await focusedId(page, 'section-errors');
    assert(focused === 'section-errors', `focus is on "${focused}", not the error summary`);
    assert(await page.inputValue(`#q-${role('spend').id}`) === '1.250.000', 'the typed total is gone');
    const v = await axe(page);
    assert(!v.length, v.join('\n'));
    // Corrected, and saved with "Opslaan": back on the same section.
    await page.fill(`#${circ}`, '250.000');
    res = await save(false);
    assert(res.status() === 200 && new URL(page.url()).pathname === `/monitor/${year}/${operational.id}`,
      `saving led to ${page.url()} (status ${res.status()})`);
    assert(await page.locator('.cimolt-notice').count() === 1, 'no notice that the answers were saved');
    const shown = await page.inputValue(`#q-${role('spend').id}`);
    assert(shown === '1.250.000', `the saved total reads "${shown}"`);
    keep('a section just saved', await page.content());
    const progress = (await page.locator('.cimolt-steps__item--current .cimolt-steps__progress').innerText()).trim();
    assert(progress === `${qs.length} van ${qs.length} beantwoord`, `the index reads "${progress}"`);
    filledOperational = true;
  });

  await test(`the round's page shows the draft and the progress of both sections`, async () => {
    assert(filledStrategic && filledOperational, 'the sections were not filled in');
    const res = await page.goto(`${baseUrl}/monitor/${year}?lang=nl`);
    keep(`the round ${year} as a draft`, await res.text());
    assert(/Concept/.test(await text('.cimolt-round-summary')), `the status reads "${await text('.cimolt-round-summary')}"`);
    for (const sid of [strategic.id, operational.id]) {
      const row = await text(`tr:has(a[href="/monitor/${year}/${sid}"])`);
      const m = row.match(/(\d+) van (\d+) vragen beantwoord/);
      assert(m && m[1] === m[2], `the row of ${sid} reads "${row}"`);
    }
    const v = await axe(page);
    assert(!v.length, v.join('\n'));
  });

  await test('a member cannot submit: the page says only the coordinator can, and a POST is refused (403)', async () => {
    await signOut();
    await signIn('member');
    const res = await page.goto(`${baseUrl}/monitor/${year}/indienen?lang=nl`);
    keep('the submit page for a member', await res.text());
    assert(res.status() === 200, `status ${res.status()}`);
    assert(await page.locator(`form[action="/monitor/${year}/indienen"]`).count() === 0, 'a member sees the submit form');
    const says = await text('.cimolt-coordinator-only');
    assert(/Alleen de coördinator/.test(says), `the page reads "${says}"`);
    const v = await axe(page);
    assert(!v.length, v.join('\n'));
    const csrf = ((await xml(`/monitor/${year}/indienen`)).body.match(/<csrf>([^<]+)<\/csrf>/) || [])[1];
    const post = await page.request.post(`${baseUrl}/monitor/${year}/indienen`, { form: { csrf }, maxRedirects: 0 });
    assert(post.status() === 403, `a member's POST gave ${post.status()}`);
    await signOut();
    await signIn('coordinator');
  });

  // Copying last year's answers: the copied sections block submitting
  // until each is confirmed with "Ik heb deze antwoorden gecontroleerd".
  // A round answered everywhere already gets nothing copied: run on a
  // fresh stack (dev/test makes one).
  await test('copied answers block submitting until the coordinator confirms each copied section', async () => {
    let res = await page.goto(`${baseUrl}/monitor/${year}?lang=nl`);
    res = await submit('form[action$="/vorig-jaar"]');
    assert(res.status() === 200 && new URL(page.url()).searchParams.get('klaar') === 'monitor.prefilled',
      `copying led to ${page.url()} (status ${res.status()})`);
    const listed = async () => (await xml(`/monitor/${year}`)).body.match(/<section id="[^"]+"[^>]*unconfirmed="\d+"/g) || [];
    const copied = (await listed()).map((s) => s.match(/id="([^"]+)"/)[1]);
    assert(copied.length >= 1, 'nothing was copied: the round has answers everywhere already (run on a fresh stack)');
    res = await page.goto(`${baseUrl}/monitor/${year}/indienen?lang=nl`);
    keep('the submit page with copied sections to check', await res.text());
    assert(await page.locator(`form[action="/monitor/${year}/indienen"]`).count() === 0, 'the submit form is shown before checking');
    const links = await page.locator('.cimolt-unconfirmed a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert(JSON.stringify(links) === JSON.stringify(copied.map((s) => `/monitor/${year}/${s}`)),
      `the submit page lists ${links.join(' ')}, copied were ${copied.join(' ')}`);
    let v = await axe(page);
    assert(!v.length, v.join('\n'));
    const csrf = ((await xml(`/monitor/${year}/indienen`)).body.match(/<csrf>([^<]+)<\/csrf>/) || [])[1];
    const post = await page.request.post(`${baseUrl}/monitor/${year}/indienen`, { form: { csrf }, maxRedirects: 0 });
    assert(post.status() === 409, `submitting before checking gave ${post.status()}`);
    for (const [i, sid] of copied.entries()) {
      res = await page.goto(`${baseUrl}/monitor/${year}/${sid}?lang=${i ? 'nl' : 'en'}`);
      if (!i) {
        keep('a section with copied answers', await res.text());
        v = await axe(page);
        assert(!v.length, v.join('\n'));
      }
      assert(await page.locator('#section-unconfirmed').count() === 1, `${sid} does not say it has copied answers`);
      await page.click('label[for="gecontroleerd"]');
      res = await save(false);
      assert(res.status() === 200 && await page.locator('#section-unconfirmed').count() === 0,
        `${sid} still has copied answers after confirming (status ${res.status()})`);
    }
    assert(!(await listed()).length, 'sections left to check after confirming each');
  });

  let submitted = false;
  await test('the coordinator submits the round and sees the result with its charts', async () => {
    let res = await page.goto(`${baseUrl}/monitor/${year}/indienen?lang=nl`);
    keep('the submit page', await res.text());
    let v = await axe(page);
    assert(!v.length, `on the submit page: ${v.join('\n')}`);
    res = await submit(`form[action="/monitor/${year}/indienen"]`);
    assert(new URL(page.url()).pathname === `/monitor/${year}/resultaat`, `submitting led to ${page.url()}`);
    submitted = true;
    keep('the result page', await res.text());
    assert(await page.locator('.cimolt-notice').count() === 1, 'no notice that the monitor was submitted');
    const charts = await page.locator('svg.cimolt-chart[role=img]').evaluateAll((svgs) => svgs.map((s) =>
      (s.getAttribute('aria-labelledby') || '').split(' ').map((id) => document.getElementById(id)?.textContent || '').join(' ').trim()));
    assert(charts.length >= 3 && charts.every(Boolean), `charts: ${JSON.stringify(charts)}`);
    const bars = await page.locator('#chart-themes .cimolt-chart__bar').count();
    assert(bars >= 1, 'the theme chart has no bar: the strategic answers were not scored');
    const tables = await page.locator('main table').count();
    assert(tables >= 3, `${tables} tables`);
    v = await axe(page);
    assert(!v.length, v.join('\n'));
  });
  if (submitted) {
    await checkPage('the result in English', `/monitor/${year}/resultaat?lang=en`, 200);
    await checkPage('a submitted section', `/monitor/${year}/${operational.id}?lang=nl`, 200);
  }
  await checkPage('the submit page of a submitted round', `/monitor/${year}/indienen?lang=en`, 200);

  await test('the organiser sees the round submitted on /beheer/monitor and reopens it', async () => {
    await reopen();
    const row = await text(`section[aria-labelledby="year-${year}"] tr:has(th:text-is("Ede"))`);
    assert(/Concept/.test(row), `Ede's row reads "${row}"`);
    const v = await axe(page);
    assert(!v.length, v.join('\n'));
  });
  await checkPage("the organisers' monitor page", '/beheer/monitor?lang=en', 200);
  await test('the organiser signs out of the monitor pages', () => signOut());
  await page.close();
}

// ----------------------------------------------------------------- online

// The pages the stack serves, saved as served for vnu: [name, path, init, status].
const served = [
  ['the Dutch home page', '/?lang=nl', {}, 200],
  ['the English home page', '/?lang=en', {}, 200],
  ['the 404 page', '/no-such-page', {}, 404],
  ['the 403 page (a form without csrf)', '/wachtwoord-vergeten', { method: 'POST', body: 'email=a%40b.example',
    headers: { 'content-type': 'application/x-www-form-urlencoded' } }, 403],
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

    const axePages = [['the Dutch home page', '/?lang=nl'], ['the English home page', '/?lang=en'],
      ['the 404 page', '/no-such-page']];
    for (const [name, path] of axePages) {
      await test(`axe finds no WCAG 2.0/2.1 A or AA violations on ${name}`, async () => {
        await page.goto(baseUrl + path);
        const v = await axe(page);
        assert(!v.length, v.join('\n'));
      });
    }

    await accountTests(context);
    await programmeTests(context);
    await monitorTests(context);
    for (const m of await suites()) if (m.online) await m.online(context, kit);
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
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed ? 1 : 0);
