/**
 * `node scripts/bench.mjs --heap [--dense N] [--snapshot]`: what an analysed
 * name-dense corpus keeps on the heap. N articles of corpora.ts's dense kind
 * go through a Corpus as `isnad analyze` puts them (setArticle, then the
 * claims), and the heap after a full collection is printed. With --snapshot a
 * heap snapshot is written and summarised: the kinds of object that take most
 * of it (by V8's constructor name), how many hidden classes (object shapes)
 * there are, and how many closures. Keep N small with --snapshot (the file is
 * read whole: 5 articles give about 45 MB of it).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import { getModel, modelProblem } from '../../src/core/actors/tagger/model';
import { Corpus } from '../../src/core/corpus/corpus';
import { releaseWordTables } from '../../src/core/corpus/wordTables';
import { writeDense } from './corpora';

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : def;
}

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const heapMB = (): number => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1048576;
};

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
  strings: string[];
}

/** Self sizes and counts by node type and name; the number of hidden classes ("system / Map") and closures. */
function summarise(file: string): string {
  const s = JSON.parse(fs.readFileSync(file, 'utf8')) as Snapshot;
  const fields = s.snapshot.meta.node_fields;
  const types = s.snapshot.meta.node_types[0];
  const width = fields.length;
  const [ti, ni, si] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const by = new Map<string, { count: number; bytes: number }>();
  let maps = 0;
  let closures = 0;
  let total = 0;
  for (let i = 0; i < s.nodes.length; i += width) {
    const type = types[s.nodes[i + ti]];
    const name = s.strings[s.nodes[i + ni]];
    const size = s.nodes[i + si];
    total += size;
    if (name === 'system / Map') maps++;
    if (type === 'closure') closures++;
    const key = type === 'object' || type === 'closure' || type === 'hidden' || type === 'native' ? `${type} ${name.slice(0, 40)}` : type;
    const e = by.get(key) ?? { count: 0, bytes: 0 };
    e.count++;
    e.bytes += size;
    by.set(key, e);
  }
  const rows = [...by].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, 25);
  return [
    `snapshot: ${(total / 1048576).toFixed(1)} MB in ${s.nodes.length / width} objects; hidden classes ${maps}, closures ${closures}`,
    ...rows.map(([k, v]) => `  ${(v.bytes / 1048576).toFixed(2).padStart(8)} MB ${String(v.count).padStart(9)}  ${k}`),
  ].join('\n');
}

const n = Number(arg('dense', '20'));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-bench-heap-'));
try {
  writeDense(tmp, n);
  const files = fs.readdirSync(tmp).sort();
  // The tagger's model is loaded first: its weights are not the analyses'.
  if (!getModel()) console.log(`no name tagger: ${modelProblem()}`);
  const before = heapMB();
  const corpus = new Corpus();
  for (const f of files) corpus.setArticle(f, fs.readFileSync(path.join(tmp, f), 'utf8'));
  const analysed = heapMB();
  // As the CLI does: the word tables emptied after the last article, the single-source claims and the actors' entries made as they are read.
  releaseWordTables();
  corpus.claimGroups();
  for (const c of corpus.eachSingleSourceClaim()) void c;
  for (const u of corpus.eachActorUsage()) void u;
  const grouped = heapMB();
  const chars = files.reduce((sum, f) => sum + fs.statSync(path.join(tmp, f)).size, 0) / 1.8;
  console.log(`${n} dense articles: heap before ${before.toFixed(1)} MB, analysed +${(analysed - before).toFixed(1)} MB (${(((analysed - before) / n) * 1).toFixed(2)} MB per article), with claims and actors +${(grouped - before).toFixed(1)} MB; about ${(chars / n / 1000).toFixed(0)}k characters each`);
  if (process.argv.includes('--snapshot')) {
    const file = v8.writeHeapSnapshot(path.join(tmp, 'heap.heapsnapshot'));
    console.log(summarise(file));
    if (process.env.KEEP_SNAPSHOT) fs.copyFileSync(file, process.env.KEEP_SNAPSHOT);
  }
  // Keep the corpus alive until here.
  if (corpus.files().length !== n) throw new Error('lost articles');
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
