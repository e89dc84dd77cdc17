// browser.mjs: start Debian's Chromium through playwright-core the way every
// browser test and tool here does: headless, no sandbox (CI runs as root),
// no network chatter, a fresh profile that is removed afterwards. Playwright
// never downloads a browser here; CHROMIUM overrides /usr/bin/chromium.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const baseUrl = (process.env.CIMOLT_URL || 'http://127.0.0.1:8080').replace(/\/$/, '');

export async function launch() {
  const profile = mkdtempSync(join(tmpdir(), 'cimolt-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    // The fonts of fonts.conf only (tests/browser/run sets it too), so
    // that text is as wide on every machine.
    env: { ...process.env, FONTCONFIG_FILE: process.env.FONTCONFIG_FILE || join(here, 'fonts.conf') },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic',
      '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const close = async () => {
    try { await context.close(); } finally { rmSync(profile, { recursive: true, force: true }); }
  };
  return { context, close };
}
