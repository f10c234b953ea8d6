import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { builtinActors, builtinOffices } from '../src/core/actors/builtin';
import { Registry } from '../src/core/actors/registry';
import { decodeArticle } from '../src/core/text/decode';
import { Corpus } from '../src/core/corpus/corpus';
import { analyzeArticle } from '../src/core/corpus/analyze';
import { newNamesWriter } from './corpus/newNames';
import { renderActorHover } from '../src/vscode/features/hover/hoverMarkdown';
import { judgeText, maxBytesOf, utf8Length } from '../src/vscode/workspace/articleFiles';
import { globMatch } from '../src/vscode/workspace/globMatch';
import { CoalescingQueue } from '../src/vscode/workspace/indexQueue';
import { now } from './measure/stats';

/**
 * Speed of the paths the unit tests guard by work counts and result structure
 * (size bounds, early stops, coalescing): `node scripts/bench.mjs --guards`.
 * Each line: best wall-clock and CPU milliseconds of 5 runs, and the figure the
 * path is expected to stay under on one laptop core (a target, not a test).
 */

const RUNS = 5;
const rootAt = process.argv.indexOf('--root');
const root = rootAt >= 0 ? resolve(process.argv[rootAt + 1]) : process.cwd();
const seed = (name: string): string => readFileSync(join(root, 'seeds', name), 'utf8');

function measure(label: string, targetMs: number, per: number, setup: () => () => unknown): void {
  let wall = Infinity;
  let cpu = Infinity;
  for (let r = 0; r < RUNS; r++) {
    const run = setup();
    const c = process.cpuUsage();
    const t = now();
    run();
    wall = Math.min(wall, (now() - t) / per);
    const used = process.cpuUsage(c);
    cpu = Math.min(cpu, (used.user + used.system) / 1000 / per);
  }
  const flag = wall > targetMs ? '  over target' : '';
  console.log(`${label.padEnd(52)} ${wall.toFixed(2).padStart(9)} ms  cpu ${cpu.toFixed(2).padStart(9)} ms  target < ${targetMs} ms${flag}`);
}

const t = (message: string, ...args: Array<string | number | boolean>) => message.replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)]));
const HOSTILE = '[x](command:workbench.action.quit) <script>alert(1)</script> *b* | a | `c` قال ترامب\n# h ';

console.log(`guards: best of ${RUNS}, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);

const limit = maxBytesOf(1024);
let atLimit = '';
const article = seed('001_69304f80c3eb9147.txt');
while (utf8Length(atLimit) < limit) atLimit += article;
measure('judgeText, a document at the 1 MB limit (per call)', 20, 20, () => () => {
  for (let i = 0; i < 20; i++) judgeText(atLimit, limit);
});

const big = HOSTILE.repeat(20_000);
const other = { fileLabel: '000.txt', date: '2026-02-07', sentence: 'قال ترامب', focus: { start: 4, end: 9 }, location: { file: 'file:///ws/000.txt', line: 0, character: 4, endLine: 0, endCharacter: 9 } };
measure('actor hover from megabyte inputs (per card)', 25, 20, () => () => {
  for (let i = 0; i < 20; i++) {
    renderActorHover({ actorId: 'x', name: big, nameEn: big, typeLabel: 'Person', roles: [big], description: big, discovered: false, articleCount: 2, mentionCount: 3, others: Array(50).fill(other), moreArticles: 0, claims: [], sentenceClaims: [] }, t);
  }
});

measure('index queue, 100,000 events on 2,000 files', 500, 1, () => () => {
  const q = new CoalescingQueue<string, string>(5000);
  for (let i = 0; i < 100_000; i++) q.push(`file:///ws/f${i % 2000}.txt`, i % 7 === 0 ? 'delete' : 'sync');
  while (q.size) q.take(64);
});

const deep = Array.from({ length: 60 }, (_, i) => `d${i}`).join('/') + '/x.md';
measure('include globs, pathological patterns', 200, 1, () => () => {
  globMatch('**/**/**/**/**/**/**/**/**/**/**/**/**/*.txt', deep);
  globMatch('*'.repeat(5000), 'a.txt');
});

const utf8 = Buffer.from('قال الرئيس الأمريكي دونالد ترامب إن المحادثات مع إيران «مثمرة».\nوأضاف: "سنرى".'.repeat(20_000), 'utf8');
measure('decode a 2.4 MB UTF-8 article', 2000, 1, () => () => decodeArticle(utf8));

const oneLine = seed('000_088bf622a7312beb.txt').replace(/\r?\n/g, ' ');
const fiveMB = oneLine.repeat(Math.ceil((5 * 1024 * 1024) / oneLine.length));
measure('5 MB single line: analysis, actor usage, claims', 8000, 1, () => {
  const c = new Corpus();
  return () => {
    c.setArticle('big.txt', fiveMB);
    c.actorUsage();
    c.claimGroups();
  };
});
for (const [label, text] of [['50 MB single line', 'ترامب '.repeat(9 * 1024 * 1024)], ['50 MB of short lines', 'قال ترامب إن إيران مهمة.\n'.repeat(2 * 1024 * 1024)]]) {
  measure(`${label}: analysis`, 8000, 1, () => {
    const c = new Corpus();
    return () => c.setArticle('huge.txt', text);
  });
}

const mentions = 'قال ترامب إن إيران ولبنان ومصر '.repeat(3000);
measure('12,000 mentions on one line: analysis', 5000, 1, () => {
  const c = new Corpus();
  return () => c.setArticle('a.txt', mentions);
});

// An article that names someone new in every sentence: twice the text should take about twice the time.
const registry = new Registry(builtinActors(), builtinOffices);
const newNames = newNamesWriter();
for (const size of [50_000, 100_000]) {
  measure(`${size / 1000}k characters of new names: analysis`, size / 50, 1, () => {
    const text = newNames(size); // other names each run: nothing is reused
    return () => analyzeArticle('x.txt', text, registry);
  });
}
