import type { Mention, MentionKind } from '../types';
import type { ArticleText } from './articleText';

/** The numbers of a mention, in this order; -1 for an optional one it lacks. */
const NUMBERS = ['start', 'end', 'line', 'character', 'endLine', 'endCharacter', 'nameStart', 'nameEnd', 'titleStart', 'titleEnd'] as const;
const WIDTH = NUMBERS.length;
const REQUIRED = 6;
/** How each number moves with its line: by the line's offset in the article, by its line number, or not at all (a character within the line). */
const OFFSET = 1;
const LINE = 2;
const SHIFT = [OFFSET, OFFSET, LINE, 0, LINE, 0, OFFSET, OFFSET, OFFSET, OFFSET];
const KINDS: readonly MentionKind[] = ['name', 'title', 'title+name'];
const NESTED = 1;
const DISCOVERED = 2;
const ABSENT = -1;
let NO_MENTIONS: MentionRecords | undefined;
/** Every field a mention may have (types.ts): what a record keeps. */
const KNOWN = new Set<string>([...NUMBERS, 'actorId', 'text', 'kind', 'nested', 'discovered']);

/** An article's actor ids and key orders, each numbered as first met (a shape's number must fit in a byte). */
class Numbering {
  readonly actors: string[] = [];
  readonly shapes: string[][] = [];
  private readonly actorIndex = new Map<string, number>();
  private readonly shapeIndex = new Map<string, number>();

  actor(id: string): number {
    let a = this.actorIndex.get(id);
    if (a === undefined) this.actorIndex.set(id, (a = this.actors.push(id) - 1));
    return a;
  }

  /** The number of the key order `keys` (joined: `key`), or -1 when 256 are taken. */
  shape(key: string, keys: string[]): number {
    let s = this.shapeIndex.get(key);
    if (s === undefined) {
      if (this.shapes.length === 256) return -1;
      this.shapeIndex.set(key, (s = this.shapes.push(keys) - 1));
    }
    return s;
  }
}

/** The columns of n mentions' records, zeroed (of, ofLine and join fill them). */
function columns(n: number): { numbers: Int32Array; actorOf: Uint32Array; kinds: Uint8Array; flags: Uint8Array; shapeOf: Uint8Array } {
  return { numbers: new Int32Array(n * WIDTH), actorOf: new Uint32Array(n), kinds: new Uint8Array(n), flags: new Uint8Array(n), shapeOf: new Uint8Array(n) };
}

/**
 * One article's mentions of known actors as flat records: a name-dense article
 * has a thousand or more, and an object for each held about a seventh of a MB
 * per article of 100 KB. Here a mention is an index: its offsets in one
 * Int32Array, its actor an index into the article's list of actor ids, its
 * text read from the article. Each mention's keys are kept as one of the
 * article's few key orders, so a mention made again (`at`, `all`) is the one
 * analyze.ts made, key for key: the report's JSON is written from it.
 */
export class MentionRecords {
  private constructor(
    /** The analysed text: a mention's text is its slice (the corpus holds the string anyway). */
    private readonly source: ArticleText,
    private readonly numbers: Int32Array,
    private readonly actorOf: Uint32Array,
    private readonly actors: string[],
    /** KIND index and NESTED | DISCOVERED, a byte each. */
    private readonly kinds: Uint8Array,
    private readonly flags: Uint8Array,
    private readonly shapeOf: Uint8Array,
    /** The key orders met, each a list of keys. */
    private readonly shapes: string[][],
    /** Texts that are not the slice of the article between the offsets (none from a fresh analysis). */
    private readonly oddTexts: Map<number, string> | undefined,
  ) {}

  /** The records of these mentions of `source`; throws when one does not have a mention's shape (a damaged cache entry). */
  static of(source: string, mentions: readonly Mention[]): MentionRecords {
    const n = mentions.length;
    const { numbers, actorOf, kinds, flags, shapeOf } = columns(n);
    numbers.fill(ABSENT);
    const numbering = new Numbering();
    let oddTexts: Map<number, string> | undefined;
    for (let i = 0; i < n; i++) {
      const m = mentions[i];
      if (typeof m !== 'object' || m === null) throw new Error(`mention ${i}: not an object`);
      const keys = Object.keys(m);
      if (!keys.every((k) => KNOWN.has(k))) throw new Error(`mention ${i}: fields`);
      for (let k = 0; k < WIDTH; k++) {
        const v = (m as unknown as Record<string, unknown>)[NUMBERS[k]];
        if (v === undefined && k >= REQUIRED) continue;
        if (!Number.isInteger(v) || (v as number) < 0 || (v as number) > 0x7fffffff) throw new Error(`mention ${i}: ${NUMBERS[k]}`);
        numbers[i * WIDTH + k] = v as number;
      }
      if (m.end < m.start || m.end > source.length) throw new Error(`mention ${i}: span`);
      if (typeof m.actorId !== 'string' || typeof m.text !== 'string') throw new Error(`mention ${i}: actor`);
      const kind = KINDS.indexOf(m.kind);
      if (kind < 0) throw new Error(`mention ${i}: kind`);
      kinds[i] = kind;
      if ((m.nested !== undefined && m.nested !== true) || (m.discovered !== undefined && m.discovered !== true)) throw new Error(`mention ${i}: flags`);
      flags[i] = (m.nested ? NESTED : 0) | (m.discovered ? DISCOVERED : 0);
      actorOf[i] = numbering.actor(m.actorId);
      const s = numbering.shape(keys.join(), keys);
      if (s < 0) throw new Error(`mention ${i}: too many shapes`);
      shapeOf[i] = s;
      if (m.text !== source.slice(m.start, m.end)) (oddTexts ??= new Map()).set(i, m.text);
    }
    return new MentionRecords(source, numbers, actorOf, numbering.actors, kinds, flags, shapeOf, numbering.shapes, oddTexts);
  }

  /**
   * A line's records, from the mentions its analysis just made (no checks:
   * they have a mention's shape, and their text is the line's slice); a line
   * without mentions (most) shares one empty record.
   */
  static ofLine(source: string, mentions: readonly Mention[]): MentionRecords {
    const n = mentions.length;
    if (!n) return (NO_MENTIONS ??= MentionRecords.of('', []));
    const { numbers, actorOf, kinds, flags, shapeOf } = columns(n);
    const actors: string[] = [];
    const shapes: string[][] = [];
    const shapeKeys: string[] = [];
    for (let i = 0; i < n; i++) {
      const m = mentions[i];
      const p = i * WIDTH;
      numbers[p] = m.start;
      numbers[p + 1] = m.end;
      numbers[p + 2] = m.line;
      numbers[p + 3] = m.character;
      numbers[p + 4] = m.endLine;
      numbers[p + 5] = m.endCharacter;
      numbers[p + 6] = m.nameStart ?? ABSENT;
      numbers[p + 7] = m.nameEnd ?? ABSENT;
      numbers[p + 8] = m.titleStart ?? ABSENT;
      numbers[p + 9] = m.titleEnd ?? ABSENT;
      kinds[i] = KINDS.indexOf(m.kind);
      flags[i] = (m.nested ? NESTED : 0) | (m.discovered ? DISCOVERED : 0);
      // A line names few actors and has one or two key orders: a scan beats a map.
      let a = actors.indexOf(m.actorId);
      if (a < 0) a = actors.push(m.actorId) - 1;
      actorOf[i] = a;
      const keys = Object.keys(m);
      const key = keys.join();
      let s = shapeKeys.indexOf(key);
      if (s < 0) {
        s = shapeKeys.push(key) - 1;
        shapes.push(keys);
      }
      shapeOf[i] = s;
    }
    const r = new MentionRecords(source, numbers, actorOf, actors, kinds, flags, shapeOf, shapes, undefined);
    r.shapeKeys = shapeKeys;
    return r;
  }

  /**
   * An article's records from its lines' (each analysed as line 0 at offset 0):
   * offsets moved to where each line starts, actors and key orders renumbered
   * for the article. What analyze.ts's mentions moved into place would give.
   */
  static join(source: string, lines: ReadonlyArray<{ records: MentionRecords; offset: number; line: number }>): MentionRecords {
    let n = 0;
    for (const l of lines) n += l.records.length;
    const { numbers, actorOf, kinds, flags, shapeOf } = columns(n);
    const numbering = new Numbering();
    let oddTexts: Map<number, string> | undefined;
    let at = 0;
    for (const { records: r, offset, line } of lines) {
      const m = r.length;
      if (!m) continue;
      const actorMap = r.actors.map((id) => numbering.actor(id));
      const shapeMap = r.shapes.map((keys, j) => {
        const k = numbering.shape(r.shapeKey(j), keys);
        if (k < 0) throw new Error('mentions: too many shapes');
        return k;
      });
      const src = r.numbers;
      const base = at * WIDTH;
      for (let p = 0; p < m * WIDTH; p += WIDTH) {
        for (let k = 0; k < WIDTH; k++) {
          const v = src[p + k];
          numbers[base + p + k] = v === ABSENT ? ABSENT : v + (SHIFT[k] === OFFSET ? offset : SHIFT[k] === LINE ? line : 0);
        }
      }
      for (let i = 0; i < m; i++) {
        actorOf[at + i] = actorMap[r.actorOf[i]];
        shapeOf[at + i] = shapeMap[r.shapeOf[i]];
      }
      kinds.set(r.kinds, at);
      flags.set(r.flags, at);
      if (r.oddTexts) for (const [i, t] of r.oddTexts) (oddTexts ??= new Map()).set(at + i, t);
      at += m;
    }
    return new MentionRecords(source, numbers, actorOf, numbering.actors, kinds, flags, shapeOf, numbering.shapes, oddTexts);
  }

  private shapeKeys: string[] | undefined;

  /** The same records reading their text from `source` (the same text, kept otherwise: articleText.ts). */
  withSource(source: ArticleText): MentionRecords {
    return this.length ? new MentionRecords(source, this.numbers, this.actorOf, this.actors, this.kinds, this.flags, this.shapeOf, this.shapes, this.oddTexts) : this;
  }

  /** Key order j as one string (worked out once: a line's records are joined at every keystroke). */
  private shapeKey(j: number): string {
    return (this.shapeKeys ??= this.shapes.map((keys) => keys.join()))[j];
  }

  get length(): number {
    return this.actorOf.length;
  }

  actorId(i: number): string {
    return this.actors[this.actorOf[i]];
  }

  /** Mention i as an object of its own, its keys in the order it had. */
  at(i: number): Mention {
    const m: Record<string, unknown> = {};
    const p = i * WIDTH;
    for (const key of this.shapes[this.shapeOf[i]]) {
      switch (key) {
        case 'actorId':
          m.actorId = this.actors[this.actorOf[i]];
          break;
        case 'text':
          m.text = this.oddTexts?.get(i) ?? this.source.slice(this.numbers[p], this.numbers[p + 1]);
          break;
        case 'kind':
          m.kind = KINDS[this.kinds[i]];
          break;
        // A key kept with no value (undefined) comes back so.
        case 'nested':
          m.nested = this.flags[i] & NESTED ? true : undefined;
          break;
        case 'discovered':
          m.discovered = this.flags[i] & DISCOVERED ? true : undefined;
          break;
        default: {
          const v = this.numbers[p + NUMBERS.indexOf(key as (typeof NUMBERS)[number])];
          m[key] = v === ABSENT ? undefined : v;
        }
      }
    }
    return m as unknown as Mention;
  }

  all(): Mention[] {
    const out = new Array<Mention>(this.length);
    for (let i = 0; i < out.length; i++) out[i] = this.at(i);
    return out;
  }
}
