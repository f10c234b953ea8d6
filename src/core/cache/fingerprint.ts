import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import type { Registry } from '../actors/registry';
import { getModel } from '../actors/tagger/model';

/**
 * What an article's analysis depends on besides its text and name: the engine's
 * code, the name tagger's model and the registry. A cache entry made with any
 * other of them is not used.
 */

/** Bumped when the cache's file layout or the encoded state's shape changes. */
export const CACHE_FORMAT = 3;

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

let engine: string | undefined;

/**
 * The engine's version: the cache format and a hash of the running code. The
 * code is bundled (dist/cli.js, dist/extension.js, a worker's file): any change
 * to the engine changes the bundle, so no version number needs remembering to bump.
 */
export function engineFingerprint(): string {
  if (engine !== undefined) return engine;
  let code = '';
  try {
    code = sha256(fs.readFileSync(__filename)).slice(0, 32);
  } catch {
    code = 'unknown';
  }
  return (engine = `${CACHE_FORMAT}:${code}`);
}

let model: { weights: unknown; hash: string } | undefined;

/** The name tagger's model as the engine uses it ('none' when it is missing or damaged). */
export function modelFingerprint(): string {
  const m = getModel();
  if (!m) return 'none';
  if (model?.weights === m.weights) return model.hash;
  const h = createHash('sha256');
  h.update(`${m.bits}:${m.scale}:${m.temperature}:${m.threshold}:`);
  h.update(new Uint8Array(m.transitions.buffer, m.transitions.byteOffset, m.transitions.byteLength));
  h.update(new Uint8Array(m.weights.buffer, m.weights.byteOffset, m.weights.byteLength));
  model = { weights: m.weights, hash: h.digest('hex').slice(0, 32) };
  return model.hash;
}

const registries = new WeakMap<Registry, string>();

/** The registry's actors and office templates (built-in and the workspace's, merged): once per registry. */
export function registryFingerprint(registry: Registry): string {
  let h = registries.get(registry);
  if (h === undefined) {
    const hash = createHash('sha256');
    for (const a of registry.actors.values()) hash.update(JSON.stringify(a)).update('\n');
    hash.update(JSON.stringify(registry.offices));
    registries.set(registry, (h = hash.digest('hex').slice(0, 32)));
  }
  return h;
}
