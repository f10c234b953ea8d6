// Build the extension, package it with vsce and unpack the .vsix, so tests run against the files a
// user would install.
//
//   node scripts/host/package-vsix.mjs              -> .host/isnad.vsix + .host/vsix-unpacked/extension/
//   node scripts/host/package-vsix.mjs --release    -> isnad-<version>.vsix at the repo root (no unpack)
//   options: --no-build  --out FILE  --no-unpack  --root DIR (another extension folder, for harness checks)
//
// Whatever .vscodeignore says, the test host's own folders (.host/, test-results/, out/test/) never
// end up in the package.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const VSCE = path.join(REPO_ROOT, 'node_modules/@vscode/vsce/vsce');

// Never packaged, whatever the project's .vscodeignore says.
const FORCED_IGNORES = ['.host', '.host/**', '.dev/**', 'test-results/**', 'out/test/**', 'bench-results/**', '**/*.vsix', '.ci/**'];
// Used only while the project has neither a .vscodeignore nor a "files" list in package.json.
const DEFAULT_IGNORES = [
  '.git/**', '.github/**', '.vscode/**', '.vscode-test/**', '.dev/**', 'node_modules/**',
  'src/**', 'test/**', 'scripts/**', 'out/**', 'seeds/**', 'docs/**', 'coverage/**',
  '**/*.ts', '**/*.map', '**/tsconfig*.json', '**/vitest.config.*', '**/esbuild*.mjs',
  'package-lock.json', '.gitignore', '.npmrc',
];

function run(cmd, args, { cwd, label }) {
  const t = Date.now();
  const r = spawnSync(cmd, args, {
    cwd, encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false' },
  });
  const out = `${r.stdout || ''}${r.stderr || ''}`.trim();
  if (r.status !== 0) {
    const err = new Error(`${label} failed (exit ${r.status ?? r.signal}):\n${out.split('\n').slice(-40).join('\n')}`);
    err.output = out;
    throw err;
  }
  return { out, ms: Date.now() - t };
}

/**
 * @returns {{ vsix: string, unpacked: string|null, extensionPath: string|null, files: number, bytes: number }}
 */
export function packageVsix({
  root = REPO_ROOT, out = path.join(REPO_ROOT, '.host/isnad.vsix'),
  unpackTo = path.join(REPO_ROOT, '.host/vsix-unpacked'), build = true, log = console.log,
} = {}) {
  root = path.resolve(root);
  out = path.resolve(out);
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  if (build) {
    if (!pkg.scripts?.build) throw new Error(`no "build" script in ${root}/package.json`);
    const { ms } = run('npm', ['run', '--silent', 'build'], { cwd: root, label: 'npm run build' });
    log(`[package] build ok (${(ms / 1000).toFixed(1)}s)`);
  }

  fs.mkdirSync(path.join(REPO_ROOT, '.host'), { recursive: true });
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const args = [VSCE, 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license',
    '--allow-star-activation', '--no-rewrite-relative-links', '--no-update-package-json', '-o', out];
  let ignoreFile = null;
  if (!Array.isArray(pkg.files)) {
    // vsce refuses a .vscodeignore together with "files"; with "files" everything else is excluded anyway.
    const own = path.join(root, '.vscodeignore');
    const base = fs.existsSync(own) ? fs.readFileSync(own, 'utf8').split(/\r?\n/) : DEFAULT_IGNORES;
    ignoreFile = path.join(REPO_ROOT, `.host/vscodeignore.${process.pid}`);
    fs.writeFileSync(ignoreFile, [...base, '# added by scripts/host/package-vsix.mjs', ...FORCED_IGNORES].join('\n') + '\n');
    args.push('--ignoreFile', ignoreFile);
  }
  // Write beside the target and rename: other runs in the same checkout may be reading `out`.
  const tmpOut = `${out}.${process.pid}.tmp.vsix`;
  args[args.indexOf(out)] = tmpOut;
  let ms;
  try {
    ({ ms } = run(process.execPath, args, { cwd: root, label: 'vsce package' }));
    fs.renameSync(tmpOut, out);
  } finally {
    fs.rmSync(tmpOut, { force: true });
    if (ignoreFile) fs.rmSync(ignoreFile, { force: true });
  }
  const bytes = fs.statSync(out).size;

  const list = run('unzip', ['-Z1', out], { cwd: root, label: 'unzip -Z1' }).out.split('\n').filter(Boolean);
  const files = list.filter((f) => f.startsWith('extension/') && !f.endsWith('/'));
  const leaked = files.filter((f) => /^extension\/(\.host|node_modules|test-results|out\/test)\//.test(f));
  if (leaked.length) throw new Error(`the .vsix contains test-host files, e.g. ${leaked.slice(0, 3).join(', ')}`);
  log(`[package] ${path.relative(REPO_ROOT, out) || out}: ${files.length} files, ${(bytes / 1024).toFixed(0)} KB (${(ms / 1000).toFixed(1)}s)`);

  let unpacked = null;
  let extensionPath = null;
  if (unpackTo) {
    unpacked = path.resolve(unpackTo);
    extensionPath = unpackVsix(out, unpacked);
    log(`[package] unpacked to ${path.relative(REPO_ROOT, extensionPath)}`);
  }
  return { vsix: out, unpacked, extensionPath, files: files.length, bytes };
}

/** Unzip a .vsix into `dir` (replaced as a whole); returns the path of its extension/ folder. */
export function unpackVsix(vsix, dir) {
  const tmp = `${dir}.${process.pid}.tmp`;
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.mkdirSync(tmp, { recursive: true });
  run('unzip', ['-q', '-o', vsix, '-d', tmp], { cwd: path.dirname(tmp), label: 'unzip' });
  if (!fs.existsSync(path.join(tmp, 'extension/package.json'))) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw new Error(`no extension/package.json in ${vsix}`);
  }
  fs.rmSync(dir, { recursive: true, force: true });
  fs.renameSync(tmp, dir);
  return path.join(dir, 'extension');
}

function parseArgs(argv) {
  const o = { build: true, unpack: true, release: false, out: null, root: REPO_ROOT };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--no-build') o.build = false;
    else if (a === '--no-unpack') o.unpack = false;
    else if (a === '--release') o.release = true;
    else if (a === '--out') o.out = argv[++i];
    else if (a === '--root') o.root = path.resolve(argv[++i]);
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const o = parseArgs(process.argv.slice(2));
    if (o.release) {
      const pkg = JSON.parse(fs.readFileSync(path.join(o.root, 'package.json'), 'utf8'));
      packageVsix({ root: o.root, build: o.build, unpackTo: null,
        out: o.out || path.join(o.root, `${pkg.name}-${pkg.version}.vsix`) });
    } else {
      packageVsix({ root: o.root, build: o.build, unpackTo: o.unpack ? undefined : null,
        ...(o.out ? { out: o.out } : {}) });
    }
  } catch (e) {
    console.error(`[package] ${e.message}`);
    process.exit(1);
  }
}
