/**
 * What a user installs: the .vsix built from a copy of the project (so the
 * project's own dist/ is left alone while other tests read it) holds the
 * extension's files and nothing of the developers', with the reviewers' README,
 * a minified bundle without a source-map comment, and a small size.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const COPIED = ['package.json', 'package.nls.json', 'package.nls.ar.json', 'README.md', 'README.reviewers.md', 'CONTRIBUTING.md', 'ARCHITECTURE.md', 'CHANGELOG.md', 'LICENSE', 'NOTICE',
  '.vscodeignore', 'tsconfig.json', 'l10n', 'media', 'schemas', 'syntaxes', 'src', 'scripts', 'seeds', 'test/fixtures'];

let dir = '';
let files: string[] = [];
let bytes = 0;
const read = (name: string): string => spawnSync('unzip', ['-p', path.join(dir, 'isnad.vsix'), name], { encoding: 'utf8', maxBuffer: 32 << 20 }).stdout;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-vsix-test-'));
  const project = path.join(dir, 'project');
  for (const f of COPIED) fs.cpSync(path.join(root, f), path.join(project, f), { recursive: true });
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(project, 'node_modules'), 'dir');
  // A script of the build, not a typed module: its one function as the test uses it.
  const script: string = '../../scripts/host/package-vsix.mjs';
  const { packageVsix } = (await import(script)) as {
    packageVsix: (o: { root: string; out: string; unpackTo: null; build: boolean; log: (s: string) => void }) => { vsix: string; bytes: number };
  };
  // No build of our own: vsce runs the production build (vscode:prepublish) itself.
  const r = packageVsix({ root: project, out: path.join(dir, 'isnad.vsix'), unpackTo: null, build: false, log: () => {} });
  bytes = r.bytes;
  files = spawnSync('unzip', ['-Z1', r.vsix], { encoding: 'utf8' }).stdout.split('\n').filter((f) => f.startsWith('extension/') && !f.endsWith('/')).map((f) => f.slice('extension/'.length));
}, 180_000);

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the .vsix', () => {
  it('activates without loading the engine, which loads on first use and analyses an article', () => {
    const unpacked = path.join(dir, 'unpacked');
    expect(spawnSync('unzip', ['-q', path.join(dir, 'isnad.vsix'), 'extension/dist/*', '-d', unpacked]).status).toBe(0);
    const article = path.join(root, 'seeds', fs.readdirSync(path.join(root, 'seeds')).filter((f) => f.endsWith('.txt')).sort()[0]);
    // scripts/activation-probe.cjs: the bundle loaded and activate() called with a stand-in of VS Code (no timing asserted).
    const out = spawnSync(process.execPath, [path.join(root, 'scripts/activation-probe.cjs'), path.join(unpacked, 'extension/dist'), '--first-use', article], { cwd: root, encoding: 'utf8' });
    expect(out.stderr).toBe('');
    const probe = JSON.parse(out.stdout) as { engineAtActivation: boolean; engineMs: number; mentions: number };
    expect(probe.engineAtActivation).toBe(false);
    expect(probe.engineMs).toBeGreaterThan(0);
    // The engine of the package, with its registry and model beside it, finds the seed's actors.
    expect(probe.mentions).toBeGreaterThan(5);
  });

  it('holds the extension and its resources', () => {
    for (const f of ['package.json', 'package.nls.json', 'package.nls.ar.json', 'readme.md', 'changelog.md', 'dist/extension.js', 'dist/engine.js', 'dist/isnad-ner.bin', 'l10n/bundle.l10n.ar.json',
      'media/icon.png', 'media/isnad.svg', 'schemas/actors.schema.json', 'syntaxes/isnad-article.tmLanguage.json']) {
      expect(files, f).toContain(f);
    }
    expect(files.some((f) => /^LICENSE(\.txt)?$/.test(f))).toBe(true);
  });

  it('holds nothing of the developers: sources, tests, seeds, scripts, source maps, the CLI, their READMEs', () => {
    const bad = files.filter((f) => /^(src|test|seeds|scripts|bench|node_modules|\.host|test-results)\//.test(f) || /\.(ts|map|vsix)$/.test(f) ||
      ['dist/cli.js', 'dist/eval.js', 'CONTRIBUTING.md', 'ARCHITECTURE.md', 'README.reviewers.md', 'README.md', 'tsconfig.json', 'package-lock.json', '.vscodeignore'].includes(f));
    expect(bad).toEqual([]);
  });

  it("carries the reviewers' README, with its screenshots inside the package", () => {
    const readme = read('extension/readme.md');
    expect(readme).toContain('## Privacy');
    expect(readme).toContain('Nothing leaves your machine');
    expect(readme).not.toMatch(/npm (ci|test|run)/);
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]);
    expect(images.length).toBeGreaterThan(0);
    for (const img of images) expect(files, img).toContain(img);
  });

  it('has minified bundles with no dangling source-map comment, the editor small and the engine apart', () => {
    const js = read('extension/dist/extension.js');
    const engine = read('extension/dist/engine.js');
    for (const code of [js, engine]) {
      expect(code).not.toContain('sourceMappingURL');
      // Minified: few lines for its size.
      expect(code.split('\n').length).toBeLessThan(code.length / 400);
    }
    // What VS Code loads at activation is the editor layer (about 100 KB minified); the engine's code (about
    // 600 KB with the compact records) is in engine.js, loaded on first use. The engine's code in the
    // editor's bundle, a dependency's whole tree or an unminified build would be several times that.
    expect(js.length).toBeLessThan(200 * 1024);
    expect(engine.length).toBeLessThan(700 * 1024);
    // The engine is required from the editor's bundle, not bundled into it: its registry data is not there.
    expect(js).toContain('"./engine.js"');
    expect(js).not.toContain('"nameEn":"Egypt"');
    expect(engine).toContain('"nameEn":"Egypt"');
    // The bundle and three screenshots; a leaked folder (node_modules, seeds, tests) would be far more.
    expect(bytes).toBeLessThan(2 * 1024 * 1024);
    const pkg = JSON.parse(read('extension/package.json'));
    expect(pkg.repository?.url).toBeTruthy();
    expect(pkg.bugs?.url).toBeTruthy();
    expect(pkg.keywords?.length).toBeGreaterThan(0);
  });
});
