import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { summarize, type Summary } from './stats';

/**
 * Load time of the bundled extension (dist/extension.js) in a fresh Node
 * process, with `vscode` resolved to a stub that answers any property with a
 * harmless function: the cost of the bundle itself at activation, without VS
 * Code. `undefined` when the extension has not been built.
 */
const STUB = `
const handler = { get: (t, p) => (p === '__esModule' ? false : p === 'then' ? undefined : (t[p] ??= new Proxy(function () {}, handler))), apply: () => new Proxy(function () {}, handler), construct: () => new Proxy({}, handler) };
module.exports = new Proxy(function () {}, handler);
`;

const PROBE = `
const Module = require('module');
const stub = process.argv[1];
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) { return request === 'vscode' ? stub : resolve.call(this, request, ...rest); };
const t = performance.now();
require(process.argv[2]);
process.stdout.write(String(performance.now() - t));
`;

export function activation(repoRoot: string, runs = 7): Summary | undefined {
  const bundle = join(repoRoot, 'dist/extension.js');
  if (!existsSync(bundle)) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'isnad-activation-'));
  try {
    const stub = join(dir, 'vscode-stub.js');
    writeFileSync(stub, STUB);
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const out = spawnSync(process.execPath, ['-e', PROBE, stub, bundle], { encoding: 'utf8' });
      if (out.status !== 0) throw new Error(`loading dist/extension.js failed: ${out.stderr.slice(0, 500)}`);
      samples.push(Number(out.stdout));
    }
    return summarize(samples);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
