// UI test of the packaged extension: install .host/isnad.vsix into a private code-server
// (VS Code 1.100.3), open a copy of seeds/ in headless Debian Chromium and run test/ui/ui.spec.mjs.
//
//   node scripts/host/run-ui-tests.mjs [--no-package] [--keep] [--root DIR]
//
// Screenshots go to test-results/ (01-highlights.png ... and fail-NN.png for failed steps).
// Prints one line per step, then exactly one line "N passed, N failed"; exit 1 if any failed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  REPO_ROOT, startCodeServer, installExtension, workbenchUrl, CHROMIUM_PATH, CHROMIUM_ARGS, assertChromium, removeRunDir,
} from './code-server.mjs';
import { packageVsix } from './package-vsix.mjs';

const STEP_TIMEOUT_MS = 90_000;
const TOTAL_TIMEOUT_MS = 5 * 60_000;
const RESULTS = path.join(REPO_ROOT, 'test-results');

const argv = process.argv.slice(2);
const opt = { pkg: true, keep: false, root: REPO_ROOT };
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--no-package') opt.pkg = false;
  else if (a === '--keep') opt.keep = true;
  else if (a === '--root') opt.root = path.resolve(argv[++i]);
  else { console.error(`unknown option ${a}`); process.exit(2); }
}

const t0 = Date.now();
const secs = (t = t0) => `${((Date.now() - t) / 1000).toFixed(1)}s`;
let summaryPrinted = false;
function finish(passed, failed) {
  if (!summaryPrinted) {
    summaryPrinted = true;
    console.log(`${passed} passed, ${failed} failed`);
  }
  process.exit(failed > 0 || passed === 0 ? 1 : 0);
}
setTimeout(() => {
  console.log(`[ui] gave up after ${TOTAL_TIMEOUT_MS / 60000} minutes`);
  cleanUp(true);
  finish(passed, failed + 1);
}, TOTAL_TIMEOUT_MS).unref();

let passed = 0;
let failed = 0;

function withTimeout(p, ms, what) {
  let t;
  return Promise.race([p, new Promise((_, rej) => { t = setTimeout(() => rej(new Error(`${what}: step timed out after ${ms / 1000} s`)), ms); })])
    .finally(() => clearTimeout(t));
}

// The run folder: removed at the end whatever the outcome (removeRunDir), kept with --keep.
let runDir = null;
const cleanUp = (failedRun) => removeRunDir(runDir, { keep: opt.keep, failed: failedRun, keepDir: RESULTS, prefix: 'ui' });

async function main() {
  assertChromium();
  const vsix = path.join(REPO_ROOT, '.host/isnad.vsix');
  if (opt.pkg) packageVsix({ root: opt.root, unpackTo: null });
  else if (!fs.existsSync(vsix)) throw new Error('no .host/isnad.vsix: run without --no-package first');

  fs.mkdirSync(RESULTS, { recursive: true });
  for (const f of fs.readdirSync(RESULTS)) {
    if (/^(\d\d-[\w-]+|fail-\d\d-[\w-]+)\.png$/.test(f)) fs.rmSync(path.join(RESULTS, f));
  }

  runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-ui-'));
  const ws = path.join(runDir, 'seeds');
  fs.cpSync(path.join(REPO_ROOT, 'seeds'), ws, { recursive: true });
  const seedFiles = fs.readdirSync(ws).filter((f) => f.endsWith('.txt')).sort()
    .map((name) => ({ name, text: fs.readFileSync(path.join(ws, name), 'utf8') }));
  const userDataDir = path.join(runDir, 'user-data');
  const extensionsDir = path.join(runDir, 'extensions');
  // Install from a copy: other runs in the same checkout may repackage .host/isnad.vsix meanwhile.
  const ownVsix = path.join(runDir, 'isnad.vsix');
  fs.copyFileSync(vsix, ownVsix);
  const installed = installExtension({ vsix: ownVsix, extensionsDir, userDataDir, runDir });
  console.log(`[ui] ${installed.split('\n').pop()}`);
  const server = await startCodeServer({ folder: ws, userDataDir, extensionsDir, runDir });
  console.log(`[ui] code-server ${server.url} ready (${secs()}); run folder ${runDir}`);
  // Interrupted (Ctrl+C) or timed out: the folder goes too, after code-server's own exit hook stopped it.
  process.on('exit', (code) => cleanUp(code !== 0));

  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  const { steps } = await import(new URL('../../test/ui/ui.spec.mjs', import.meta.url));
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1 });
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(workbenchUrl({ url: server.url, port: server.port, folder: ws }), { waitUntil: 'domcontentloaded' });
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    const ctx = {
      page, ws, seedFiles,
      shot: (name) => page.screenshot({ path: path.join(RESULTS, name) }),
      log: (msg) => console.log(`      ${msg}`),
    };
    for (const [i, step] of steps.entries()) {
      const ts = Date.now();
      try {
        await withTimeout(step.run(ctx), STEP_TIMEOUT_MS, step.name);
        passed++;
        console.log(`  ok   ${step.name} (${secs(ts)})`);
      } catch (e) {
        failed++;
        const shot = `fail-${String(i + 1).padStart(2, '0')}-${step.name.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'step'}.png`;
        await page.screenshot({ path: path.join(RESULTS, shot) }).catch(() => {});
        console.log(`  FAIL ${step.name} (${secs(ts)})`);
        for (const l of String(e?.message || e).split('\n').slice(0, 12)) console.log(`       ${l}`);
        const toasts = await page.locator('.notification-toast .notification-list-item-message').allTextContents().catch(() => []);
        for (const t of [...new Set(toasts)]) console.log(`       notification: ${t}`);
        console.log(`       screenshot: test-results/${shot}`);
      }
    }
  } finally {
    await browser.close().catch(() => {});
    await server.stop();
  }
  cleanUp(failed > 0);
  console.log(`[ui] done in ${secs()}; screenshots in test-results/`);
  finish(passed, failed);
}

main().catch((e) => {
  console.error(`[ui] ${e.stack || e.message}`);
  cleanUp(true);
  finish(passed, failed + 1);
});
