// Run the extension-host test suite (test/host/**, bundled by scripts/build-tests.mjs) inside a real VS Code 1.100.3:
// code-server serves the workbench, headless Debian Chromium (playwright-core) opens it with a
// development payload, the way @vscode/test-web does.
//
//   node scripts/host/run-host-tests.mjs [--no-package] [--keep] [--verbose] [--grep PATTERN] [--root DIR]
//
// --no-package  reuse .host/isnad.vsix from the last packaging (no build)
// --keep        keep the run folder (workspace, logs) even when the suite passes
// --grep        only tests whose full title matches PATTERN (mocha grep)
// --root DIR    package another extension folder (harness self-check with a stand-in extension)
// Prints mocha's report, then exactly one line "N passed, N failed"; exits with the suite's code.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  REPO_ROOT, startCodeServer, workbenchUrl, CHROMIUM_PATH, CHROMIUM_ARGS, assertChromium, removeRunDir } from './code-server.mjs';
import { packageVsix, unpackVsix } from './package-vsix.mjs';

const SUITE_TIMEOUT_MS = 5 * 60_000;
const RESULT_MARKER = 'ISNAD_HOST_RESULT'; // both defined in test/host/index.ts
const LINE_PREFIX = 'isnad-test| ';
const START_MARKER = 'ISNAD_HOST_START';
// The workbench's own routine log lines, which arrive through the same channel as the tests' console.
const WORKBENCH_NOISE = /^(Ignoring fetching additional builtin extensions|Updating additional builtin extensions cache|\[Service Worker\]|Creating a socket|Resolv(ing|ed) connection token|ChatSessionStore|Started local extension host|Extension host)/;

const argv = process.argv.slice(2);
const opt = { pkg: true, keep: false, verbose: false, grep: null, root: REPO_ROOT };
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--no-package') opt.pkg = false;
  else if (a === '--keep') opt.keep = true;
  else if (a === '--verbose') opt.verbose = true;
  else if (a === '--grep') opt.grep = argv[++i];
  else if (a === '--root') opt.root = path.resolve(argv[++i]);
  else { console.error(`unknown option ${a}`); process.exit(2); }
}

const t0 = Date.now();
const secs = () => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
let summaryPrinted = false;
function finish(passed, failed, code) {
  if (!summaryPrinted) {
    summaryPrinted = true;
    console.log(`${passed} passed, ${failed} failed`);
  }
  process.exit(code);
}

// The run folder: removed at the end whatever the outcome (removeRunDir), kept with --keep.
let runDir = null;
const cleanUp = (failed) => removeRunDir(runDir, { keep: opt.keep, failed, keepDir: path.join(REPO_ROOT, 'test-results'), prefix: 'host' });

async function main() {
  assertChromium();
  const vsix = path.join(REPO_ROOT, '.host/isnad.vsix');
  if (opt.pkg) packageVsix({ root: opt.root });
  else if (!fs.existsSync(vsix)) throw new Error('no .host/isnad.vsix: run without --no-package first');

  // A run folder of its own: the extension as packaged, the test bundle, the workspace (a copy of
  // seeds/), user data, extensions, TMPDIR, XDG_*, logs. Nothing shared with other runs.
  runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-host-'));
  const extensionPath = unpackVsix(vsix, path.join(runDir, 'vsix'));
  const testsDir = path.join(runDir, 'tests');
  const b = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts/build-tests.mjs'), '--outdir', testsDir], { encoding: 'utf8' });
  if (b.status !== 0) throw new Error(`building the test bundle failed:\n${b.stdout}${b.stderr}`);
  process.stdout.write(b.stdout.replace(testsDir, 'test bundle'));
  const testsPath = path.join(testsDir, 'index.js');
  const ws = path.join(runDir, 'seeds');
  fs.cpSync(path.join(REPO_ROOT, 'seeds'), ws, { recursive: true });
  // The extension host inherits code-server's environment: that is how the grep pattern reaches mocha.
  if (opt.grep) process.env.ISNAD_TEST_GREP = opt.grep;
  process.env.ISNAD_REPO_ROOT = REPO_ROOT; // the bundle lives in the run folder: tests find repo files here
  const server = await startCodeServer({
    folder: ws, runDir,
    userDataDir: path.join(runDir, 'user-data'),
    extensionsDir: path.join(runDir, 'extensions'),
  });
  console.log(`[host] code-server ${server.url} ready (${secs()}); run folder ${runDir}`);
  // Interrupted (Ctrl+C) or timed out: the folder goes too, after code-server's own exit hook stopped it.
  process.on('exit', (code) => cleanUp(code !== 0));

  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  let exitCode = null;
  const logLines = [];
  let resolveExit;
  const exited = new Promise((r) => { resolveExit = r; });
  let passed = 0;
  let failed = 0;
  let reported = false;
  let started = false;
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    if (opt.verbose) page.on('console', (m) => { if (m.type() !== 'log' && m.type() !== 'info') console.log(`[browser ${m.type()}] ${m.text()}`); });
    page.on('pageerror', (e) => { if (opt.verbose) console.log(`[browser pageerror] ${e.message}`); });
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const text = Array.isArray(args) ? args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ') : String(args);
      logLines.push(text);
      for (const raw of text.split('\n')) {
        const ours = raw.startsWith(LINE_PREFIX);
        const line = ours ? raw.slice(LINE_PREFIX.length) : raw;
        const m = ours && line.match(new RegExp(`^${RESULT_MARKER} (\\{.*\\})`));
        if (m) {
          try {
            const r = JSON.parse(m[1]);
            passed = r.passed; failed = r.failed; reported = true;
            if (r.error) console.log(`[host] suite error: ${r.error}`);
          } catch { /* ignore */ }
          continue;
        }
        if (ours && line.startsWith(START_MARKER)) { started = true; continue; }
        if (ours) console.log(line);
        else if (opt.verbose) console.log(`[workbench ${type}] ${line}`);
        else if (started && line.trim() && !WORKBENCH_NOISE.test(line)) console.log(`  [console ${type}] ${line}`); // tests' / extension's console
      }
    });
    await page.exposeFunction('codeAutomationExit', (code) => { exitCode = code; resolveExit(); });
    const url = workbenchUrl({
      url: server.url, port: server.port, folder: ws,
      extensionDevelopmentPath: extensionPath, extensionTestsPath: testsPath,
    });
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const timer = new Promise((r) => setTimeout(() => r('timeout'), SUITE_TIMEOUT_MS));
    const how = await Promise.race([exited, timer]);
    if (how === 'timeout') {
      console.log(`[host] the suite did not finish within ${SUITE_TIMEOUT_MS / 60000} minutes`);
      await page.screenshot({ path: path.join(runDir, 'timeout.png') }).catch(() => {});
    }
  } finally {
    await browser.close().catch(() => {});
    await server.stop();
  }

  if (!reported) {
    // Fall back to mocha's own "N passing / N failing" lines.
    const all = logLines.join('\n').split('\n')
      .map((l) => (l.startsWith(LINE_PREFIX) ? l.slice(LINE_PREFIX.length) : l)).join('\n');
    const p = all.match(/^\s*(\d+) passing/m);
    const f = all.match(/^\s*(\d+) failing/m);
    if (p || f) { passed = p ? +p[1] : 0; failed = f ? +f[1] : 0; reported = true; }
  }
  let code = exitCode === null ? 1 : exitCode;
  if (!reported) {
    console.log('[host] the suite never reported; last log lines:');
    for (const l of logLines.slice(-25)) console.log(`  ${l}`);
    passed = 0; failed = 1; code = 1;
  }
  if (code !== 0 && failed === 0) failed = 1; // suite crashed after reporting (e.g. run() rejected)
  if (code === 0 && failed > 0) code = 1;
  cleanUp(code !== 0);
  console.log(`[host] done in ${secs()}`);
  finish(passed, failed, code);
}

main().catch((e) => {
  console.error(`[host] ${e.stack || e.message}`);
  cleanUp(true);
  finish(0, 1, 1);
});
