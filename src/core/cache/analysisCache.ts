import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Registry } from '../actors/registry';
import type { ArticleState } from '../corpus/analyze';
import { CACHE_FORMAT, engineFingerprint, modelFingerprint, registryFingerprint, sha256 } from './fingerprint';
import { decodeState, encodeState } from './stateCodec';
import type { AnalysisStore } from './store';

/**
 * A folder of article analyses, one file per article (named by a hash of the
 * article's name, so a changed article replaces its entry instead of adding one):
 *
 *   "ISNADAC" 0x01 · u32 header length · header (JSON) · u32 payload length ·
 *   payload (stateCodec's JSON) · SHA-256 of everything before it (32 bytes)
 *
 * The header names the cache format, the engine, the model and the registry the
 * analysis was made with, the article's name and the SHA-256 of its text. An
 * entry is used only when every one of them matches and the checksum holds; a
 * truncated, damaged, old or foreign entry, or one that cannot be read, is a
 * miss: the article is analysed again and its entry rewritten. Nothing in the
 * cache is ever fatal, writing included (a full disk, a read-only folder: the
 * analysis goes on without it).
 */

const MAGIC = Buffer.from('ISNADAC\u0001', 'latin1');
const SUM = 32;

export interface AnalysisCacheOptions {
  /** 'sync' writes each entry at once (the CLI); 'background' queues it and writes in later turns of the event loop (the editor). */
  write?: 'sync' | 'background';
  /** Engine and model versions (tests): by default those of the running code and the loaded model. */
  engine?: string;
  model?: string;
}

export interface AnalysisCacheStats {
  /** Entries used instead of analysing. */
  hits: number;
  /** No entry for the article. */
  misses: number;
  /** Entries there but not used: damaged, truncated, another version, registry, text or file. */
  rejected: number;
  written: number;
  /** Writes that failed (the cache goes on without them). */
  failed: number;
  /** Entries removed by prune: their articles are gone. */
  removed: number;
}

interface Header {
  format: number;
  engine: string;
  model: string;
  registry: string;
  file: string;
  content: string;
}

export class AnalysisCache implements AnalysisStore {
  readonly stats: AnalysisCacheStats = { hits: 0, misses: 0, rejected: 0, written: 0, failed: 0, removed: 0 };
  private readonly mode: 'sync' | 'background';
  private readonly engine: string | undefined;
  private readonly model: string | undefined;
  private ready: boolean | undefined;
  /** Background writes waiting, by entry path: a later analysis of the same article replaces an earlier one. */
  private readonly queue = new Map<string, () => Buffer>();
  private draining: Promise<void> | undefined;
  private tmp = 0;
  private pruning = 0;

  constructor(
    readonly dir: string,
    options: AnalysisCacheOptions = {},
  ) {
    this.mode = options.write ?? 'sync';
    this.engine = options.engine;
    this.model = options.model;
  }

  private header(file: string, text: string, registry: Registry): Header {
    return {
      format: CACHE_FORMAT,
      engine: this.engine ?? engineFingerprint(),
      model: this.model ?? modelFingerprint(),
      registry: registryFingerprint(registry),
      file,
      content: sha256(text),
    };
  }

  private entryPath(file: string): string {
    return path.join(this.dir, `${sha256(file).slice(0, 40)}.isc`);
  }

  get(file: string, text: string, registry: Registry): ArticleState | undefined {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(this.entryPath(file));
    } catch {
      this.stats.misses++;
      return undefined;
    }
    const state = this.read(bytes, this.header(file, text, registry), text);
    if (state) this.stats.hits++;
    else this.stats.rejected++;
    return state;
  }

  /** The entry's state when it is whole and made for exactly `want`; undefined otherwise. */
  private read(bytes: Buffer, want: Header, text: string): ArticleState | undefined {
    try {
      if (bytes.length < MAGIC.length + 8 + SUM || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
      const body = bytes.subarray(0, bytes.length - SUM);
      if (sha256(body) !== bytes.subarray(bytes.length - SUM).toString('hex')) return undefined;
      let at = MAGIC.length;
      const hlen = body.readUInt32LE(at);
      at += 4;
      if (at + hlen + 4 > body.length) return undefined;
      const header = JSON.parse(body.toString('utf8', at, at + hlen)) as Header;
      at += hlen;
      for (const k of Object.keys(want) as Array<keyof Header>) if (header?.[k] !== want[k]) return undefined;
      const plen = body.readUInt32LE(at);
      at += 4;
      if (at + plen !== body.length) return undefined;
      return decodeState(body.toString('utf8', at), want.file, text);
    } catch {
      return undefined;
    }
  }

  put(file: string, text: string, registry: Registry, state: ArticleState): void {
    const target = this.entryPath(file);
    // The header is computed now (the registry may change before a background write).
    const header = this.header(file, text, registry);
    const encode = (): Buffer => {
      const h = Buffer.from(JSON.stringify(header), 'utf8');
      const p = Buffer.from(encodeState(state, text), 'utf8');
      const body = Buffer.alloc(MAGIC.length + 4 + h.length + 4 + p.length);
      MAGIC.copy(body, 0);
      body.writeUInt32LE(h.length, MAGIC.length);
      h.copy(body, MAGIC.length + 4);
      body.writeUInt32LE(p.length, MAGIC.length + 4 + h.length);
      p.copy(body, MAGIC.length + 8 + h.length);
      return Buffer.concat([body, Buffer.from(sha256(body), 'hex')]);
    };
    if (this.mode === 'sync') {
      this.writeSync(target, encode);
      return;
    }
    this.queue.delete(target);
    this.queue.set(target, encode);
    this.draining ??= this.drain();
  }

  private ensureDir(): boolean {
    if (this.ready === undefined) {
      try {
        fs.mkdirSync(this.dir, { recursive: true });
        this.ready = true;
      } catch {
        this.ready = false;
      }
    }
    return this.ready;
  }

  /** Written beside the entry, then renamed over it: a reader never sees half an entry from a write that stopped. */
  private writeSync(target: string, encode: () => Buffer): void {
    if (!this.ensureDir()) return void this.stats.failed++;
    const tmp = `${target}.${process.pid}.${this.tmp++}.tmp`;
    try {
      fs.writeFileSync(tmp, encode());
      fs.renameSync(tmp, target);
      this.stats.written++;
    } catch {
      this.stats.failed++;
      fs.rmSync(tmp, { force: true });
    }
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.size) {
        // One entry per turn of the event loop: encoding an article takes well under a millisecond.
        await new Promise((r) => setImmediate(r));
        const [target, encode] = this.queue.entries().next().value!;
        this.queue.delete(target);
        if (!this.ensureDir()) {
          this.stats.failed++;
          continue;
        }
        const tmp = `${target}.${process.pid}.${this.tmp++}.tmp`;
        try {
          await fs.promises.writeFile(tmp, encode());
          await fs.promises.rename(tmp, target);
          this.stats.written++;
        } catch {
          this.stats.failed++;
          await fs.promises.rm(tmp, { force: true }).catch(() => undefined);
        }
      }
    } finally {
      this.draining = undefined;
    }
  }

  /** Background writes queued or under way, or a prune (tests and troubleshooting: has everything reached the disk?). */
  get writing(): boolean {
    return this.queue.size > 0 || this.draining !== undefined || this.pruning > 0;
  }

  /**
   * Removes the entries of articles not among `files` (deleted, renamed, no
   * longer matched: a workspace's storage would otherwise only grow), and the
   * temporary files of writes that stopped. Only what is older than the call:
   * an entry written meanwhile belongs to an article that just came. Never fatal.
   */
  async prune(files: Iterable<string>): Promise<number> {
    this.pruning++;
    try {
      return await this.pruneNow(files);
    } finally {
      this.pruning--;
    }
  }

  private async pruneNow(files: Iterable<string>): Promise<number> {
    const since = Date.now();
    const keep = new Set<string>();
    for (const f of files) keep.add(path.basename(this.entryPath(f)));
    let names: string[];
    try {
      names = await fs.promises.readdir(this.dir);
    } catch {
      return 0;
    }
    let removed = 0;
    for (const name of names) {
      if (!(name.endsWith('.isc') && !keep.has(name)) && !name.endsWith('.tmp')) continue;
      const file = path.join(this.dir, name);
      try {
        const { mtimeMs } = await fs.promises.stat(file);
        // A temporary file is a write under way unless it is an hour old.
        if (mtimeMs >= since - (name.endsWith('.tmp') ? 3_600_000 : 0)) continue;
        await fs.promises.rm(file, { force: true });
        if (name.endsWith('.isc')) removed++;
      } catch {
        // Gone already, or not ours to remove: the next prune tries again.
      }
    }
    this.stats.removed += removed;
    return removed;
  }

  /** Resolves when every queued write is done (or has failed). */
  async flush(): Promise<void> {
    while (this.draining) await this.draining;
  }
}
