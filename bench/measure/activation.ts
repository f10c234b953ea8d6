import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { summarize, type Summary } from './stats';

/** What activating the bundled extension costs, and what its first analysis then adds. */
export interface ActivationResult {
  /** require('dist/extension.js'). */
  load: Summary;
  /** activate(context) with a stand-in of VS Code. */
  activate: Summary;
  /** Both: the activation VS Code waits for (the target). */
  total: Summary;
  /** Runs in which activation had loaded the engine's bundle (dist/engine.js): 0 when it waits for first use. */
  engineAtActivation: number;
  /** At first use: loading dist/engine.js (0 when activation did), then the first article analysed (registry and model read then). */
  engineLoad: Summary;
  firstAnalysis: Summary;
}

interface Probe {
  loadMs: number;
  activateMs: number;
  engineAtActivation: boolean;
  engineMs: number;
  analysisMs: number;
}

/**
 * Activation of the bundled extension, each run in a fresh Node process
 * (scripts/activation-probe.cjs: `vscode` resolved to a stand-in that has
 * the API's names): the cost of the bundle and of activate() without VS
 * Code's own work. `undefined` when the extension has not been built.
 */
export function activation(repoRoot: string, runs = 7): ActivationResult | undefined {
  const dist = join(repoRoot, 'dist');
  if (!existsSync(join(dist, 'extension.js'))) return undefined;
  const seeds = join(repoRoot, 'seeds');
  const article = join(seeds, readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort()[0]);
  const probes: Probe[] = [];
  for (let i = 0; i < runs; i++) {
    const out = spawnSync(process.execPath, ['--expose-gc', join(repoRoot, 'scripts/activation-probe.cjs'), dist, '--first-use', article], { cwd: repoRoot, encoding: 'utf8' });
    if (out.status !== 0) throw new Error(`activating dist/extension.js failed: ${out.stderr.slice(0, 500)}`);
    probes.push(JSON.parse(out.stdout) as Probe);
  }
  return {
    load: summarize(probes.map((p) => p.loadMs)),
    activate: summarize(probes.map((p) => p.activateMs)),
    total: summarize(probes.map((p) => p.loadMs + p.activateMs)),
    engineAtActivation: probes.filter((p) => p.engineAtActivation).length,
    engineLoad: summarize(probes.map((p) => p.engineMs)),
    firstAnalysis: summarize(probes.map((p) => p.analysisMs)),
  };
}
