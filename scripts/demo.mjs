// npm run demo: the extension working on the seed articles.
//   1. builds and packages the extension (.host/isnad.vsix), prints the command-line report's summary;
//   2. opens a copy of seeds/ (in the temp folder, outside any git repository, so VS Code does not
//      offer the clone's repository) with the packaged extension installed: in VS Code when the `code`
//      command exists, otherwise in a private code-server (VS Code 1.100.3 in the browser) on
//      127.0.0.1, until Ctrl+C. Everything it put in the temp folder is removed when it stops
//      (also on an error); with `code`, the copy stays for the window that shows it, and is replaced
//      by the next run.
// Options: --port N (code-server port), --no-open (package and report only).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { packageVsix } from './host/package-vsix.mjs';
import { REPO_ROOT, installExtension, removeRunDir, startCodeServer, workbenchUrl } from './host/code-server.mjs';

const args = process.argv.slice(2);
const portArg = args.includes('--port') ? Number(args[args.indexOf('--port') + 1]) : undefined;
const seeds = path.join(REPO_ROOT, 'seeds');

console.log('[demo] building and packaging the extension…');
packageVsix({});
const vsix = path.join(REPO_ROOT, '.host/isnad.vsix');

const report = spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist/cli.js'), 'analyze', seeds], { encoding: 'utf8' });
const lines = report.stdout.split('\n');
console.log('\n' + lines.slice(0, lines.indexOf('== Actors')).join('\n'));
console.log('(full report: node dist/cli.js analyze seeds)\n');
if (args.includes('--no-open')) process.exit(report.status ?? 0);

/** A copy of the seed articles in `dir`: a folder outside the clone's git repository. */
function copySeeds(dir) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(seeds, dir, { recursive: true });
  return dir;
}

const hasCode = spawnSync('code', ['--version'], { encoding: 'utf8' }).status === 0;
if (hasCode) {
  // One fixed folder, replaced by each run: VS Code keeps using it after this script ends.
  const folder = copySeeds(path.join(os.tmpdir(), 'isnad-demo-seeds'));
  spawnSync('code', ['--install-extension', vsix, '--force'], { stdio: 'inherit' });
  spawnSync('code', [folder], { stdio: 'inherit' });
  console.log(`[demo] opened a copy of seeds/ (${folder}) in VS Code with Isnad installed.`);
  process.exit(0);
}

console.log('[demo] no `code` command: starting VS Code in the browser (code-server)…');
const setup = spawnSync('bash', [path.join(REPO_ROOT, 'scripts/host/setup.sh')], { stdio: 'inherit' });
if (setup.status !== 0) process.exit(setup.status ?? 1);
const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-demo-'));
let server;
// Ctrl+C: code-server's exit hook (code-server.mjs) stops the server and exits; the folder goes then.
const removeOnExit = () => removeRunDir(runDir, { prefix: 'demo' });
const stop = async (code) => {
  await server?.stop().catch(() => {});
  process.exit(code);
};
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
try {
  const folder = copySeeds(path.join(runDir, 'seeds'));
  const userDataDir = path.join(runDir, 'user-data');
  const extensionsDir = path.join(runDir, 'extensions');
  installExtension({ vsix, extensionsDir, userDataDir, runDir });
  server = await startCodeServer({ folder, userDataDir, extensionsDir, runDir, port: portArg, settings: { 'workbench.startupEditor': 'none' } });
  process.on('exit', removeOnExit); // after code-server's own exit hook, which kills it
  const url = workbenchUrl({ url: server.url, port: server.port, folder });
  console.log(`\n[demo] Isnad on a copy of the seed articles: open ${url}\n[demo] open a seed file, hover a highlighted name, and open the Isnad view in the activity bar. Ctrl+C stops the server.`);
} catch (e) {
  console.error(`[demo] ${e.stack || e.message}`);
  await server?.stop().catch(() => {});
  removeOnExit();
  process.exit(1);
}
setInterval(() => {}, 1 << 30);
