// Run the same extension-host suite (out/test/host/index.js) in desktop VS Code through
// @vscode/test-electron, for machines that have the internet (it downloads VS Code) or a local VS Code:
//
//   VSCODE_EXECUTABLE=/path/to/code node scripts/host/run-electron-tests.mjs [--no-package] [--grep P]
//   VSCODE_VERSION=1.100.3 (default; the oldest version engines.vscode accepts is the safest)
//
// Offline machines (this project's CI) use scripts/host/run-host-tests.mjs (code-server) instead.
// Prints the suite's report, then exactly one line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './code-server.mjs';
import { packageVsix, unpackVsix } from './package-vsix.mjs';

const LINE_PREFIX = 'isnad-test| '; // see test/host/index.ts

const argv = process.argv.slice(2);
const opt = { pkg: true, grep: null };
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--no-package') opt.pkg = false;
  else if (argv[i] === '--grep') opt.grep = argv[++i];
  else { console.error(`unknown option ${argv[i]}`); process.exit(2); }
}

function finish(passed, failed, code) {
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(code);
}

async function main() {
  const vsix = path.join(REPO_ROOT, '.host/isnad.vsix');
  if (opt.pkg) packageVsix();
  else if (!fs.existsSync(vsix)) throw new Error('no .host/isnad.vsix: run without --no-package first');

  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-electron-'));
  const extensionPath = unpackVsix(vsix, path.join(runDir, 'vsix'));
  const testsDir = path.join(runDir, 'tests');
  const b = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts/build-tests.mjs'), '--outdir', testsDir], { encoding: 'utf8' });
  if (b.status !== 0) throw new Error(`building the test bundle failed:\n${b.stdout}${b.stderr}`);
  process.stdout.write(b.stdout.replace(testsDir, 'test bundle'));
  const ws = path.join(runDir, 'seeds');
  fs.cpSync(path.join(REPO_ROOT, 'seeds'), ws, { recursive: true });
  const resultFile = path.join(runDir, 'result.json');

  // Show the suite's lines without the prefix the code-server runner uses to find them.
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk, ...rest) => write(
    typeof chunk === 'string' || Buffer.isBuffer(chunk)
      ? chunk.toString().split('\n').filter((l) => !l.startsWith(`${LINE_PREFIX}ISNAD_HOST_`))
        .map((l) => (l.startsWith(LINE_PREFIX) ? l.slice(LINE_PREFIX.length) : l)).join('\n')
      : chunk, ...rest);

  const { runTests } = await import('@vscode/test-electron');
  let code = 0;
  try {
    await runTests({
      ...(process.env.VSCODE_EXECUTABLE
        ? { vscodeExecutablePath: process.env.VSCODE_EXECUTABLE }
        : { version: process.env.VSCODE_VERSION || '1.100.3' }),
      extensionDevelopmentPath: extensionPath,
      extensionTestsPath: path.join(testsDir, 'index.js'),
      launchArgs: [ws, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome',
        '--user-data-dir', path.join(runDir, 'user-data'), '--extensions-dir', path.join(runDir, 'extensions')],
      extensionTestsEnv: {
        ISNAD_TEST_RESULT_FILE: resultFile,
        ISNAD_REPO_ROOT: REPO_ROOT,
        ...(opt.grep ? { ISNAD_TEST_GREP: opt.grep } : {}),
      },
    });
  } catch (e) {
    console.error(`[electron] ${e.message || e}`);
    code = 1;
  } finally {
    process.stdout.write = write;
  }
  let r = null;
  try { r = JSON.parse(fs.readFileSync(resultFile, 'utf8')); } catch { /* never reported */ }
  fs.rmSync(runDir, { recursive: true, force: true });
  if (!r) return finish(0, 1, 1);
  if (code !== 0 && r.failed === 0) r.failed = 1;
  finish(r.passed, r.failed, code === 0 && r.failed === 0 ? 0 : 1);
}

main().catch((e) => {
  console.error(`[electron] ${e.stack || e.message}`);
  finish(0, 1, 1);
});
