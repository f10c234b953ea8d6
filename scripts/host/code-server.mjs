// Start and stop a private code-server (VS Code 1.100.3 workbench + extension host) for tests.
// No dependencies beyond Node. code-server itself is installed by scripts/host/setup.sh into
// .host/code-server/ (see /work/shared/notes/real-vscode-host.md for why and how).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CODE_SERVER_ENTRY = path.join(
  REPO_ROOT, '.host/code-server/node_modules/code-server/out/node/entry.js');

export const DEFAULT_SETTINGS = {
  'workbench.startupEditor': 'none',
  // Tests edit seed copies and revert them: an autosave in between would change the corpus under them.
  'files.autoSave': 'off',
  'editor.hover.delay': 150,
  'editor.wordWrap': 'on',
  'security.workspace.trust.enabled': false,
  'window.commandCenter': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'chat.commandCenter.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
};

export function assertCodeServerInstalled() {
  if (!fs.existsSync(CODE_SERVER_ENTRY)) {
    throw new Error(`code-server is not installed in .host/code-server: run  bash scripts/host/setup.sh`);
  }
}

/** Folders of one run (TMPDIR, XDG_*) so nothing lands in the user's home. */
function runEnv(runDir) {
  const dirs = {
    TMPDIR: path.join(runDir, 'tmp'),
    XDG_CONFIG_HOME: path.join(runDir, 'xdg/config'),
    XDG_DATA_HOME: path.join(runDir, 'xdg/data'),
    XDG_CACHE_HOME: path.join(runDir, 'xdg/cache'),
    XDG_STATE_HOME: path.join(runDir, 'xdg/state'),
    XDG_RUNTIME_DIR: path.join(runDir, 'xdg/runtime'),
  };
  for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true, mode: 0o700 });
  const env = { ...process.env, ...dirs };
  // Do not let an outer VS Code / code-server session leak into ours.
  for (const k of Object.keys(env)) {
    if (/^(VSCODE_|ELECTRON_RUN_AS_NODE$|CODE_SERVER_)/.test(k)) delete env[k];
  }
  delete env.PASSWORD; delete env.HASHED_PASSWORD; delete env.PORT;
  // No extension marketplace: this host is offline and tests must not depend on one.
  env.EXTENSIONS_GALLERY = '{}';
  return env;
}

export async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function writeSettings(userDataDir, settings) {
  const userDir = path.join(userDataDir, 'User');
  fs.mkdirSync(userDir, { recursive: true });
  fs.writeFileSync(path.join(userDir, 'settings.json'),
    JSON.stringify({ ...DEFAULT_SETTINGS, ...(settings || {}) }, null, 2) + '\n');
}

/**
 * Install a .vsix into extensionsDir with code-server's CLI (the packaged artifact a user installs).
 * Synchronous; throws with code-server's output when it fails.
 */
export function installExtension({ vsix, extensionsDir, userDataDir, runDir }) {
  assertCodeServerInstalled();
  runDir = runDir || path.dirname(path.resolve(userDataDir));
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.mkdirSync(userDataDir, { recursive: true });
  const configFile = path.join(runDir, 'code-server-cli.yaml');
  fs.writeFileSync(configFile, 'auth: none\ncert: false\n');
  const r = spawnSync(process.execPath, [CODE_SERVER_ENTRY, '--config', configFile,
    '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
    '--disable-telemetry', '--force', '--install-extension', path.resolve(vsix)],
  { env: runEnv(runDir), encoding: 'utf8', timeout: 120_000 });
  const out = `${r.stdout || ''}${r.stderr || ''}`;
  if (r.status !== 0 || !/successfully installed|already installed/i.test(out)) {
    throw new Error(`code-server --install-extension ${vsix} failed (exit ${r.status ?? r.signal}):\n${out}`);
  }
  return out.trim();
}

const running = new Set();
let hooksInstalled = false;
function installExitHooks() {
  if (hooksInstalled) return;
  hooksInstalled = true;
  const killAll = () => { for (const s of running) s.killNow(); };
  process.on('exit', killAll);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(sig, () => { killAll(); process.exit(sig === 'SIGINT' ? 130 : 143); });
  }
}

/**
 * Start code-server in its own process group.
 * @param {object} o
 * @param {string} o.folder          workspace folder (opened by default; also what ?folder= should name)
 * @param {string} o.extensionsDir
 * @param {string} o.userDataDir
 * @param {number} [o.port]          default: a free port
 * @param {object} [o.settings]      extra User settings
 * @param {string} [o.runDir]        where config, logs, TMPDIR, XDG_* go (default: parent of userDataDir)
 * @param {number} [o.readyTimeoutMs]
 * @returns {Promise<{url: string, port: number, pid: number, logFile: string, stop: () => Promise<void>}>}
 */
export async function startCodeServer({ folder, extensionsDir, userDataDir, port, settings, runDir, readyTimeoutMs = 60_000 }) {
  assertCodeServerInstalled();
  folder = path.resolve(folder);
  extensionsDir = path.resolve(extensionsDir);
  userDataDir = path.resolve(userDataDir);
  runDir = path.resolve(runDir || path.dirname(userDataDir));
  port = port || await freePort();
  for (const d of [runDir, extensionsDir, userDataDir]) fs.mkdirSync(d, { recursive: true });
  writeSettings(userDataDir, settings);

  const configFile = path.join(runDir, 'code-server.yaml');
  fs.writeFileSync(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const logFile = path.join(runDir, 'code-server.log');
  const logFd = fs.openSync(logFile, 'a');

  const child = spawn(process.execPath, [CODE_SERVER_ENTRY,
    '--config', configFile,
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened',
    folder,
  ], {
    cwd: runDir,
    env: runEnv(runDir),
    detached: true, // setsid(): leader of a new process group, so stop() reaches every child
    stdio: ['ignore', logFd, logFd],
  });
  fs.closeSync(logFd);
  const pid = child.pid;
  let exited = false;
  let exitInfo = null;
  const exitPromise = new Promise((resolve) => child.on('exit', (code, signal) => {
    exited = true; exitInfo = { code, signal }; resolve();
  }));
  child.unref();

  const killGroup = (sig) => { try { process.kill(-pid, sig); } catch { /* already gone */ } };
  const server = {
    killNow() { killGroup('SIGKILL'); running.delete(server); },
  };
  running.add(server);
  installExitHooks();

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    killGroup('SIGTERM');
    const t = setTimeout(() => killGroup('SIGKILL'), 3000);
    await Promise.race([exitPromise, new Promise((r) => setTimeout(r, 3500))]);
    clearTimeout(t);
    killGroup('SIGKILL'); // the file watcher / extension host may outlive the main process
    running.delete(server);
  };

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + readyTimeoutMs;
  for (;;) {
    if (exited) {
      const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n');
      running.delete(server);
      throw new Error(`code-server exited early (${JSON.stringify(exitInfo)}); log ${logFile}:\n${tail}`);
    }
    try {
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) break;
    } catch { /* not up yet */ }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server not ready after ${readyTimeoutMs} ms; log ${logFile}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, port, pid, logFile, stop };
}

/** Workbench URL opening `folder`, optionally with a development payload (extension tests). */
export function workbenchUrl({ url, port, folder, extensionDevelopmentPath, extensionTestsPath }) {
  let u = `${url}/?folder=${encodeURIComponent(path.resolve(folder))}`;
  const payload = [];
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${path.resolve(p)}`;
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  if (payload.length) u += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return u;
}

/** Chromium launch options for playwright-core with Debian's chromium. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage', '--lang=en-US',
];

export function assertChromium() {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} not found: run  bash scripts/host/setup.sh`);
  }
}

/**
 * Removes a test run's folder (it lives in the temp folder), also when the run failed: a failed
 * run first copies its code-server log (and any screenshot it left) to `keepDir` as
 * `<prefix>-<name>`. With `keep` the folder stays, and its path is printed.
 */
export function removeRunDir(runDir, { keep = false, failed = false, keepDir, prefix, log = console.log } = {}) {
  if (!runDir || !fs.existsSync(runDir)) return;
  if (keep) {
    log(`[${prefix}] kept ${runDir} (code-server.log, workspace)`);
    return;
  }
  if (failed && keepDir) {
    fs.mkdirSync(keepDir, { recursive: true });
    for (const name of ['code-server.log', 'timeout.png']) {
      const from = path.join(runDir, name);
      if (fs.existsSync(from)) fs.copyFileSync(from, path.join(keepDir, `${prefix}-${name}`));
    }
    log(`[${prefix}] run folder removed; its log is in ${path.relative(process.cwd(), keepDir) || '.'}/${prefix}-code-server.log (--keep keeps the folder)`);
  }
  // Retries: a code-server just killed may still be closing files in it.
  fs.rmSync(runDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
}
