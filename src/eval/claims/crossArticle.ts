/**
 * A cross-article development figure (`npm run eval`): the news-stance dev
 * pairs (../shared/data/ans, see ans.ts) told the way a reviewer's folder
 * holds them. Each distinct sentence of the pairs becomes an article of its
 * own, as its lede or its second paragraph, padded with real newswire
 * sentences that tell something else (filler.ts); every article sits in ONE
 * corpus, so the competing sentences of an article and
 * the look-alike claims of other articles all play.
 *
 * Gold, from the pairs: sentences linked by «agree» tell one claim (their
 * connected components); two components linked by «disagree» contradict each
 * other; two components that both contradict a third are left unscored (they
 * may or may not agree); every other pair of articles tells different claims.
 * Two articles share a claim when a recurring claim holds the claim sentence
 * of each; a filler sentence in a group with another article's claim sentence
 * is a false positive too, and groups of filler alone are not scored.
 * - precision and recall over the pairs of articles that tell one claim, and
 *   over the pairs that tell different claims (a contradiction is scored in
 *   its own figure, not in these); recall split into reworded retellings
 *   (under half of their words shared) and near-verbatim ones;
 * - contradictions handled: kept apart, or grouped with a disagreement that
 *   names both files.
 * Deterministic: the layout comes from a fixed seed.
 */
import { Corpus, type CorpusOptions } from '../../core/corpus/corpus';
import { buildReport, type Report } from '../../core/report/report';
import { normalize } from '../../core/text/normalize';
import type { AnsPair } from '../ans';
import { Rng } from './rng';

export interface CrossArticle {
  /** file -> text. */
  articles: Map<string, string>;
  /** file -> the news-stance sentence it tells, its line and its component. */
  claimOf: Map<string, { text: string; line: number; component: number }>;
  /** Component pairs "a|b" (a < b) that contradict each other. */
  contradict: Set<string>;
  /** Component pairs left unscored: both contradict one component. */
  unscored: Set<string>;
}

const key = (a: number, b: number): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Connected components of the agreeing sentences, and the relations between them. */
function components(pairs: AnsPair[]): { texts: string[]; comp: Map<string, number>; contradict: Set<string>; unscored: Set<string> } {
  const texts: string[] = [];
  const id = new Map<string, number>();
  const idOf = (t: string): number => {
    let i = id.get(t);
    if (i === undefined) id.set(t, (i = texts.push(t) - 1));
    return i;
  };
  const parent: number[] = [];
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (const p of pairs) {
    for (const t of [p.s1, p.s2]) if (idOf(t) === parent.length) parent.push(parent.length);
  }
  for (const p of pairs) if (p.stance === 'agree') parent[find(idOf(p.s1))] = find(idOf(p.s2));
  const comp = new Map<string, number>();
  for (const t of texts) comp.set(t, find(id.get(t)!));
  const contradict = new Set<string>();
  const against = new Map<number, Set<number>>();
  for (const p of pairs) {
    if (p.stance !== 'disagree') continue;
    const a = comp.get(p.s1)!;
    const b = comp.get(p.s2)!;
    if (a === b) continue; // an annotator's pair that agrees elsewhere: left as one claim
    contradict.add(key(a, b));
    for (const [x, y] of [[a, b], [b, a]]) {
      if (!against.has(x)) against.set(x, new Set());
      against.get(x)!.add(y);
    }
  }
  const unscored = new Set<string>();
  for (const set of against.values()) {
    const list = [...set];
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) if (!contradict.has(key(list[i], list[j]))) unscored.add(key(list[i], list[j]));
  }
  return { texts, comp, contradict, unscored };
}

/**
 * The folder: one article per distinct sentence (a01234.txt), its sentence as
 * the lede (two in three) or after a first paragraph of filler, then two to
 * four filler sentences in paragraphs of one or two. Each filler sentence is
 * used once.
 */
export function crossArticleCorpus(pairs: AnsPair[], filler: string[], seed = 20261206): CrossArticle {
  const { texts, comp, contradict, unscored } = components(pairs);
  const rng = new Rng(seed);
  let next = 0;
  const take = (): string | undefined => (next < filler.length ? filler[next++] : undefined);
  const articles = new Map<string, string>();
  const claimOf = new Map<string, { text: string; line: number; component: number }>();
  texts.forEach((text, i) => {
    const file = `a${String(i).padStart(5, '0')}.txt`;
    const n = 2 + rng.int(3);
    const sentences: string[] = [];
    for (let k = 0; k < n; k++) {
      const s = take();
      if (s) sentences.push(s);
    }
    const paragraphs: string[] = [];
    for (let k = 0; k < sentences.length; ) {
      const two = k + 1 < sentences.length && rng.int(2) === 0;
      paragraphs.push(sentences.slice(k, k + (two ? 2 : 1)).join(' '));
      k += two ? 2 : 1;
    }
    const line = paragraphs.length > 0 && rng.int(3) === 0 ? 1 : 0;
    paragraphs.splice(line, 0, text);
    articles.set(file, paragraphs.join('\n') + '\n');
    claimOf.set(file, { text, line, component: comp.get(text)! });
  });
  return { articles, claimOf, contradict, unscored };
}

export interface CrossArticleFigures {
  articles: number;
  /** Pairs of articles that tell one claim, and those of them grouped. */
  same: { total: number; found: number; reworded: number; rewordedFound: number };
  /** Grouped pairs that tell different claims (contradictions aside). */
  falsePositives: number;
  /** Of those, pairs where a filler sentence of one stands in a group with the other's claim sentence (and the two claim sentences in no group). */
  fillerPulled: number;
  /** Of those, pairs with a disagreement that names both files (a reviewer sees them as disagreeing). */
  falsePositivesFlagged: number;
  precision: number;
  recall: number;
  contradictions: { total: number; grouped: number; flagged: number; handled: number };
  /** The pairs behind the figures, for listing misses. */
  misses: { notFound: Array<[string, string]>; wrong: Array<[string, string]>; unflagged: Array<[string, string]> };
}

const words = (s: string): Set<string> => new Set(normalize(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean));

/** Under half of the two sentences' words shared (Jaccard of folded words). */
export function reworded(a: string, b: string): boolean {
  const A = words(a);
  const B = words(b);
  let shared = 0;
  for (const w of A) if (B.has(w)) shared++;
  return shared / (A.size + B.size - shared) < 0.5;
}

/** Scores a report of the folder against the gold of the pairs. */
export function scoreCrossArticle(x: CrossArticle, report: Report): CrossArticleFigures {
  // Pairs of articles whose claim sentences stand in one group (linked), and pairs where
  // one article's claim sentence stands with the other's filler only (pulled). A group
  // that holds filler alone says nothing the gold knows of (two runs of one newswire
  // story may well retell each other): it is not scored.
  const linked = new Set<string>();
  const pulled = new Set<string>();
  const flagged = new Set<string>();
  const files = [...x.articles.keys()];
  const index = new Map(files.map((f, i) => [f, i]));
  const fk = (a: string, b: string): string => key(index.get(a)!, index.get(b)!);
  for (const c of report.claims) {
    const withClaim = new Set<string>();
    const all = new Set<string>();
    for (const s of c.sentences) {
      all.add(s.file);
      if (s.line === x.claimOf.get(s.file)?.line) withClaim.add(s.file);
    }
    const list = [...all];
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [withClaim.has(list[i]), withClaim.has(list[j])];
        if (a && b) linked.add(fk(list[i], list[j]));
        else if (a || b) pulled.add(fk(list[i], list[j]));
      }
    // A disagreement with sides sets two files against each other only when they stand on different
    // sides: two versions that both say «ارتفع» in a group where a third says «انخفض» are not flagged
    // against each other (counted so, a group's one flag read as flagging every pair in it).
    for (const d of c.disagreements)
      for (let i = 0; i < d.files.length; i++)
        for (let j = i + 1; j < d.files.length; j++)
          if (index.has(d.files[i]) && index.has(d.files[j]) && opposed(d, d.files[i], d.files[j])) flagged.add(fk(d.files[i], d.files[j]));
  }
  const f: CrossArticleFigures = {
    articles: files.length,
    same: { total: 0, found: 0, reworded: 0, rewordedFound: 0 },
    falsePositives: 0,
    fillerPulled: 0,
    falsePositivesFlagged: 0,
    precision: 0,
    recall: 0,
    contradictions: { total: 0, grouped: 0, flagged: 0, handled: 0 },
    misses: { notFound: [], wrong: [], unflagged: [] },
  };
  // Pairs within a component and across contradicting components are few: walk them by component.
  const byComp = new Map<number, string[]>();
  for (const [file, c] of x.claimOf) {
    if (!byComp.has(c.component)) byComp.set(c.component, []);
    byComp.get(c.component)!.push(file);
  }
  for (const members of byComp.values())
    for (let i = 0; i < members.length; i++)
      for (let j = i + 1; j < members.length; j++) {
        const [a, b] = [members[i], members[j]];
        const found = linked.has(fk(a, b));
        const r = reworded(x.claimOf.get(a)!.text, x.claimOf.get(b)!.text);
        f.same.total++;
        if (found) f.same.found++;
        else f.misses.notFound.push([a, b]);
        if (r) {
          f.same.reworded++;
          if (found) f.same.rewordedFound++;
        }
      }
  for (const k of x.contradict) {
    const [ca, cb] = k.split('|').map(Number);
    for (const a of byComp.get(ca) ?? [])
      for (const b of byComp.get(cb) ?? []) {
        const c = f.contradictions;
        const pk = fk(a, b);
        c.total++;
        const g = linked.has(pk);
        const fl = g && flagged.has(pk);
        if (g) c.grouped++;
        if (fl) c.flagged++;
        if (!g || fl) c.handled++;
        else f.misses.unflagged.push([a, b]);
      }
  }
  for (const k of linked) {
    const [i, j] = k.split('|').map(Number);
    const a = x.claimOf.get(files[i])!;
    const b = x.claimOf.get(files[j])!;
    if (a.component === b.component) continue;
    const ck = key(a.component, b.component);
    if (x.contradict.has(ck) || x.unscored.has(ck)) continue;
    f.falsePositives++;
    if (flagged.has(k)) f.falsePositivesFlagged++;
    f.misses.wrong.push([files[i], files[j]]);
  }
  // A filler sentence pulled into a claim's group: always wrong (filler tells something else).
  for (const k of pulled) {
    if (linked.has(k)) continue;
    const [i, j] = k.split('|').map(Number);
    f.falsePositives++;
    f.fillerPulled++;
    if (flagged.has(k)) f.falsePositivesFlagged++;
    f.misses.wrong.push([files[i], files[j]]);
  }
  f.precision = f.same.found + f.falsePositives ? f.same.found / (f.same.found + f.falsePositives) : 1;
  f.recall = f.same.total ? f.same.found / f.same.total : 1;
  return f;
}

/** Builds the folder in one corpus, analyses it as `isnad analyze` would and scores it. */
export function crossArticleFigures(pairs: AnsPair[], filler: string[], options: CorpusOptions = {}): CrossArticleFigures & { corpus: CrossArticle; report: Report } {
  const x = crossArticleCorpus(pairs, filler);
  const corpus = new Corpus(options);
  for (const [file, text] of x.articles) corpus.setArticle(file, text);
  const report = buildReport(corpus);
  return { ...scoreCrossArticle(x, report), corpus: x, report };
}

/** Do two files of a disagreement stand on different sides (always so when it has no sides)? */
function opposed(d: { sides?: Array<{ files: string[] }> }, a: string, b: string): boolean {
  if (!d.sides) return true;
  return d.sides.some((x) => x.files.includes(a) && d.sides!.some((y) => y !== x && y.files.includes(b)));
}
