// `npm run bench [-- --quick]`: bundles the benchmark (bench/main.ts, bench/run.ts)
// with esbuild into out/bench/ and runs it. See bench/README.md.
//
// --micro: per-stage microbenchmarks instead (bench/micro.ts).
// --guards: speed of the paths the unit tests guard by work counts (size bounds, early stops) (bench/guards.ts).
// --tagger: per-article analysis with and without the name tagger, same process (bench/tagger.ts).
// --cache: the persistent cache and the worker threads: engine warm start, CLI end to end next to rg (bench/cacheRun.ts).
// --memory: peak memory of `isnad analyze --json` on a name-dense and a many-copies corpus (bench/memory/run.ts).
// --heap [--dense N] [--snapshot]: what N analysed name-dense articles keep on the heap, and a heap snapshot's summary (bench/memory/heap.ts).
// --overlay DIR: bundle DIR/src/core/... in place of the repository's src/core/...
// wherever DIR has the file: measures a proposed change to files one cannot edit.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const overlayAt = args.indexOf('--overlay');
const overlay = overlayAt >= 0 ? resolve(args[overlayAt + 1]) : undefined;
const passOn = overlayAt >= 0 ? args.filter((_, i) => i !== overlayAt && i !== overlayAt + 1) : args;

// The built-in registry is data written separately: while a file of it is missing, bundle an empty one.
const missingRegistry = {
  name: 'missing-registry',
  setup(b) {
    b.onResolve({ filter: /data\/registry\/.*\.json$/ }, (a) => (existsSync(join(a.resolveDir, a.path)) ? undefined : { path: a.path, namespace: 'missing-registry' }));
    b.onLoad({ filter: /.*/, namespace: 'missing-registry' }, (a) => ({ contents: a.path.includes('offices') ? '{}' : '[]', loader: 'json' }));
  },
};

const overlayPlugin = {
  name: 'overlay',
  setup(b) {
    b.onResolve({ filter: /^\./ }, (a) => {
      // Imports inside an overlay file are resolved as if it were in the repository.
      const dir = a.resolveDir.startsWith(overlay + '/') ? join(root, relative(overlay, a.resolveDir)) : a.resolveDir;
      for (const ext of ['.ts', '/index.ts', '.json', '']) {
        const target = resolve(dir, a.path + ext);
        const rel = relative(root, target);
        if (!rel.startsWith('src/')) continue;
        const alt = join(overlay, rel);
        if (existsSync(alt)) return { path: alt };
        if (existsSync(target)) return { path: target };
      }
      return undefined;
    });
  },
};

await build({
  entryPoints: { main: join(root, 'bench/main.ts'), run: join(root, 'bench/run.ts'), micro: join(root, 'bench/micro.ts'), guards: join(root, 'bench/guards.ts'), memory: join(root, 'bench/memory/run.ts'), heap: join(root, 'bench/memory/heap.ts'), tagger: join(root, 'bench/tagger.ts'), cache: join(root, 'bench/cacheRun.ts'), cli: join(root, 'src/cli/isnad.ts') },
  outdir: join(root, 'out/bench'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  mainFields: ['module', 'main'],
  plugins: overlay ? [missingRegistry, overlayPlugin] : [missingRegistry],
  logLevel: 'warning',
});
// The name tagger's model beside the bundles, where the engine looks for it (as in dist/).
copyFileSync(join(root, 'src/core/data/ner/isnad-ner.bin'), join(root, 'out/bench/isnad-ner.bin'));
if (overlay) process.stderr.write(`overlay: ${overlay}\n`);
// --micro: per-stage cost of one article's analysis against the reference code (bench/micro.ts).
const entry = passOn.includes('--heap') ? 'out/bench/heap.js' : passOn.includes('--cache') ? 'out/bench/cache.js' : passOn.includes('--tagger') ? 'out/bench/tagger.js' : passOn.includes('--micro') ? 'out/bench/micro.js' : passOn.includes('--guards') ? 'out/bench/guards.js' : passOn.includes('--memory') ? 'out/bench/memory.js' : 'out/bench/main.js';
const env = overlay ? { ...process.env, ISNAD_BENCH_OVERLAY: overlay } : process.env;
const nodeFlags = passOn.includes('--heap') ? ['--expose-gc'] : [];
const r = spawnSync(process.execPath, [...nodeFlags, join(root, entry), '--root', root, ...passOn], { stdio: 'inherit', env });
process.exit(r.status ?? 1);
