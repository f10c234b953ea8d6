/// <reference types="mocha" />
/**
 * Entry of the extension-host test suite (the `extensionTestsPath` VS Code loads in its extension
 * host). Runs every `suite/*.test.js` bundled beside this file with mocha, which is bundled into this
 * file (the unpacked .vsix has no node_modules).
 *
 * Test files may use the tdd UI (`suite`/`test`/`suiteSetup`) or the bdd UI
 * (`describe`/`it`/`before`); both sets of globals are installed.
 *
 * The runners bundle this into a folder of their own run (scripts/build-tests.mjs --outdir), so a
 * test must not find repository files relative to __dirname: use process.env.ISNAD_REPO_ROOT.
 *
 * Runs with: npm run test:host (code-server + Chromium, see scripts/host/run-host-tests.mjs)
 * or npm run test:electron (desktop VS Code via @vscode/test-electron).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as util from 'util';
import Mocha from 'mocha';

/** The line the runners parse; printed once when the suite ends. */
export const RESULT_MARKER = 'ISNAD_HOST_RESULT';
/**
 * Every line of mocha's report carries this prefix, so the runner can tell it from the workbench's
 * own log. (The extension host owns `console.*`: assigning them is ignored, so this is a function.)
 * Other console output of tests and of the extension reaches the runner unprefixed.
 */
export const LINE_PREFIX = 'isnad-test| ';
/** Printed when mocha starts: from there on the runner shows the extension host's console too. */
export const START_MARKER = 'ISNAD_HOST_START';

function out(...args: unknown[]): void {
  console.log(util.format(...args).split('\n').map((l) => LINE_PREFIX + l).join('\n'));
}

/** Print the result line, and write it to $ISNAD_TEST_RESULT_FILE when set (the electron launcher). */
function report(r: { passed: number; failed: number; pending: number; error?: string }): void {
  out(`${RESULT_MARKER} ${JSON.stringify(r)}`);
  const file = process.env.ISNAD_TEST_RESULT_FILE;
  if (file) {
    try { fs.writeFileSync(file, JSON.stringify(r)); } catch (e) { console.error(e); }
  }
}

export function run(): Promise<void> {
  // Mocha writes through process.stdout by default, which the extension host does not forward.
  Mocha.reporters.Base.consoleLog = out;

  const grep = process.env.ISNAD_TEST_GREP;
  const mocha = new Mocha({
    ui: 'tdd',
    color: false,
    timeout: Number(process.env.ISNAD_TEST_TIMEOUT) || 30_000,
    slow: 5_000,
    reporter: 'spec',
    ...(grep ? { grep } : {}),
  });
  // Also offer the bdd globals (describe/it/before/...).
  Mocha.interfaces.bdd(mocha.suite);

  const suiteDir = path.join(__dirname, 'suite');
  const files = fs.existsSync(suiteDir)
    ? fs.readdirSync(suiteDir).filter((f) => f.endsWith('.test.js')).sort()
    : [];
  if (files.length === 0) {
    report({ passed: 0, failed: 1, pending: 0, error: 'no test files' });
    return Promise.reject(new Error(`no *.test.js files in ${suiteDir}`));
  }
  for (const f of files) mocha.addFile(path.join(suiteDir, f));

  return new Promise<void>((resolve, reject) => {
    const done = (err?: Error) => { if (err) reject(err); else resolve(); };
    out(`${START_MARKER} ${files.length} file(s)`);
    try {
      const runner = mocha.run((failures) => {
        const s = runner.stats ?? { passes: 0, failures, pending: 0 };
        report({ passed: s.passes, failed: s.failures, pending: s.pending });
        done(failures > 0 ? new Error(`${failures} test(s) failed.`) : undefined);
      });
    } catch (err) {
      console.error(err);
      report({ passed: 0, failed: 1, pending: 0, error: String(err) });
      done(err as Error);
    }
  });
}
