// temporary helper (issue 7 front-end work): render practice fixtures, axe + screenshots
import { launch } from './browser.mjs';
import { createRequire } from 'node:module';
import { readFileSync, readdirSync } from 'node:fs';
import { join, basename } from 'node:path';
import { execFileSync } from 'node:child_process';
const require = createRequire(import.meta.url);
const top = '/work/main', out = '/tmp/p7/html';
const files = readdirSync(join(top, 'tests/browser/fixtures')).filter((f) => /^practice/.test(f) && f.endsWith('.xml'))
  .filter((f) => !process.argv[2] || f.includes(process.argv[2]));
for (const f of files) {
  const html = execFileSync(join(top, 'tests/browser/render'), [join(top, 'tests/browser/fixtures', f)]);
  require('fs').writeFileSync(join(out, f.replace('.xml', '.html')), html);
}
const { context, close } = await launch();
await context.route('http://offline.test/**', async (route) => {
  const path = new URL(route.request().url()).pathname;
  const file = path.startsWith('/static/') ? join(top, path) : join(out, basename(path));
  const type = path.endsWith('.css') ? 'text/css' : path.endsWith('.svg') ? 'image/svg+xml' : 'text/html; charset=utf-8';
  try { await route.fulfill({ status: 200, contentType: type, body: readFileSync(file) }); } catch { await route.fulfill({ status: 404, body: '' }); }
});
const page = await context.newPage();
const axe = require('axe-core').source;
for (const f of files) {
  const h = f.replace('.xml', '.html');
  for (const w of [1280, 320]) {
    await page.setViewportSize({ width: w, height: 800 });
    await page.goto(`http://offline.test/${h}`);
    if (w === 1280) {
      await page.evaluate(axe);
      const r = await page.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
      for (const v of r.violations) console.log(h, v.id, v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', '));
    } else {
      const sw = await page.evaluate(() => document.documentElement.scrollWidth);
      if (sw > 320) console.log(h, 'too wide', sw);
    }
    if (process.env.SHOTS) await page.screenshot({ path: `/tmp/p7/shots/${h.replace('.html', '')}-${w}.png`, fullPage: true });
  }
}
await close();
console.log('done', files.length);
