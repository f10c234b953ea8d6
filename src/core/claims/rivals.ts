/**
 * Rival claims out of one group. Look-alike headlines share nearly every word
 * («الذهب يرتفع مع هبوط الدولار», «الذهب يتراجع مع صعود الدولار», «مزايدتان
 * للتنقيب عن غاز مصر» / «... الأردن»), so on a folder of market reports or of
 * one template the grouping chains them into one large group, where every
 * version disagrees with half the others and the count of sources means
 * nothing. Versions worded opposite to the claim in such a chain are another
 * claim: told by two articles or more they leave the group and form theirs
 * (where the same is done again, a few rounds at most), and a lone one leaves
 * too (LONE_RIVAL). Outside a chain a lone contradicting version stays in its
 * group as a disagreement row (the reviewer sees it next to the claim it
 * contradicts).
 *
 * What counts: the pair check's opposite wording («contradiction») and another
 * actor in the same slot («actor»), against the group's central version (the
 * one closest to the others).
 *
 * ACTOR_SLOT: another actor in the same slot is another claim in a group of any
 * size, even told by one article: one template told of another country or
 * town («تستدعي السفير الإيراني» / «التركي», «تسيطر على بلدة في ريف حماة» /
 * «إدلب») is another event, not a version of this one that disagrees. Such a
 * version leaves the group (with the others that name the same, a group of its
 * own) instead of standing in it as a disagreement row. Denials stay with what they deny, and numbers,
 * dates, negations and speakers are details on which retellings differ.
 * Linear in the members (each is compared with the centre once; the centre is
 * chosen among the first CENTRE_CANDIDATES), so the grouping's cost does not
 * grow with the square of a group; only groups of short versions are looked
 * into (SHORT_FEATURES).
 */
import { comparePrepared, prepareVersion, type PairVerdict, type PreparedVersion, type VersionActor } from './contradiction';
import { lex, stemOf } from './contradictionWords';
import { BoundedMap } from '../text/boundedMap';
import { normalize } from '../text/normalize';
import { marketsDiffer, movesApart } from './slotMoves';
import { periodsDiffer, periodsOf } from './period';
import { genderDiffers, namesPersonNoun } from './personGender';
import { hasCircumstance, toldApart } from './circumstance';

export interface RivalUnit {
  file: string;
  /** Sentence index in its article. */
  index: number;
  features: string[];
}

/** What the split needs of a unit's sentence: its text and the actors it names. */
export type VersionOf = (u: number) => { text: string; actors: VersionActor[] };

const CENTRE_CANDIDATES = 8;
/**
 * Look-alikes chain where versions are short: headlines and lede-sized claims.
 * A group whose versions mostly have more features than this (retold body
 * sentences, where the pair check leaves long rewordings alone anyway) is not
 * looked into, which keeps the step's cost small on a folder of long articles.
 */
const SHORT_FEATURES = 12;
/** The same for the sentences the pair check reads (it costs with their length): at most a headline's or a short lede's words. */
const SHORT_WORDS = 20;
const words = (text: string): number => {
  let n = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) n++;
  return n;
};
/**
 * Groups of fewer articles are left whole: a chain of look-alikes is a large
 * group (a market report of every day, one template told of every country),
 * and checking every small one would cost the grouping a pair check per member
 * (five when groups were chained by average linkage: the development figure was as good as
 * with three, at a fraction of the checks; once parted into cores, cohesion.ts, four and three
 * both take the precision 70.9 -> 72.0, nothing else changed).
 */
const MIN_FILES = 4;
/**
 * MARKET_FILES: a market report whose markets move the other way from the centre's
 * («الإسترليني يهبط والدولار يصعد» in a chain of «الذهب يرتفع مع تراجع الدولار»,
 * slotMoves.ts) is another day's or another market's report from three articles on:
 * the reading of which market moves which way is narrow enough for a group of three,
 * where the pair check's other signals flag retellings too often (from three articles
 * they cost the training recall 84.4 -> 82.9).
 */
const MARKET_FILES = 3;
/*
 * PAIR_MARKETS: in a group of two articles the same reading parts them (each is then told by its
 * article alone): on the news-stance folders, training false pairs 307 -> 301 (gold up with the
 * dollar down against oil down with it up, a high of six months against one of five), recall and
 * reworded retellings unchanged; as two-article corpora contradictions handled 1430 -> 1435 (one kept
 * apart instead of flagged counts the same), paraphrases unchanged. The pair check's other signals
 * still flag a pair of two articles: they stay one group with a disagreement row.
 */
/**
 * The mean similarity to the centre of a chain of look-alikes, measured on the
 * news-stance development folder (0.4-0.8 when groups were chained by average
 * linkage; once a group holds only versions close to every other, cohesion.ts,
 * the gold-up and gold-down headlines stand at 0.80-0.85 to their centre); below
 * it loose groups, and none split. No ceiling: with the background weights
 * (cluster/weights.ts) the two sides of a market report can share every
 * feature («الذهب يصعد مع تراجع الدولار» / «الذهب يتراجع مع صعود للدولار»,
 * similarity 1: the words of direction are no features), and a ceiling at 0.95
 * left them one claim (no development figure moved either way).
 */
const LOOKALIKE_FLOOR = 0.4;
const ROUNDS = 3;
/*
 * LONE_RIVAL: a chain of look-alikes (MIN_FILES articles or more, close to their centre) is a
 * template told of many days or markets: a lone version worded opposite to its
 * centre there («صعود للذهب بانخفاض الدولار» among «هبوط الذهب بارتفاع الدولار»,
 * «تراجع في النفط تزامناً مع زيادة المخزون الأميركي» among «النفط يقفز بدعم من
 * هبوط في المخزونات الأميركية») reports another day, not a disagreement about
 * this one, and it leaves the group as rivals told by two articles do (it is then
 * told by its article alone). On the news-stance folders: development precision
 * 71.8 -> 73.1, training 57.1 -> 59.6, recall and contradictions handled unchanged
 * (a contradiction kept apart is handled as one flagged is).
 */
/** What a version must share with the centre for the headline signals to make it a rival (contradiction.ts, HEADLINE_OVERLAP). */
const RIVAL_OVERLAP = 0.3;
/** Work (similarities, pair checks) between two yields. */
const STEP_WORK = 512;

/** Does each side name an actor the other does not? (A swap of actors needs it: contradiction.ts swappedActors.) */
function swapPossible(a: VersionActor[], b: VersionActor[]): boolean {
  return a.some((x) => !b.some((y) => y.id === x.id)) && b.some((y) => !a.some((x) => x.id === y.id));
}

/**
 * Might the text name a commodity or currency, the pair check's other slot («الذهب» / «النفط»)?
 * The same words and stems the check reads (contradiction.ts side), without the rest of its reading.
 */
const slotNamed = new BoundedMap<string, boolean>(50_001);
function namesSlot(text: string): boolean {
  let b = slotNamed.get(text);
  if (b === undefined) {
    b = (normalize(text).match(/[\u0621-\u064a]+/g) ?? []).some((w) => w.length >= 3 && lex().SLOTS.has(stemOf(w)));
    slotNamed.set(text, b);
  }
  return b;
}

/** Do two of these versions name different sets of actors? */
function namesDiffer(lists: VersionActor[][]): boolean {
  const key = (l: VersionActor[]): string => l.map((a) => a.id).sort().join('\u0000');
  const first = key(lists[0]);
  return lists.some((l) => key(l) !== first);
}

/**
 * SWAP_AMONG: the centre may name neither actor of a swap («هبوط لليرة التركية لمستوى جديد» at the
 * centre of «انخفاض جديد لليرة قبل اجتماع تركيا مع أمريكا» and «... مع روسيا»), so the swap is read
 * between the members too: among the first SWAP_CANDIDATES short members naming an actor the
 * centre lacks, two the pair check finds with another actor in the same slot tell two events, and
 * each whose swapped actor no other article of the group names leaves (the other side may be the
 * centre's own actor: «رئيس الوزراء الإسرائيلي يهدد حماس» stays, «رئيس الوزراء الأمريكي» leaves).
 * On the news-stance folders: training false pairs 289 -> 283, one pair of retellings lost (a
 * version naming Gaza and Israel's prime minister, read as swapping Gaza for the United States);
 * development unchanged. At most SWAP_CANDIDATES x (SWAP_CANDIDATES - 1) / 2 checks a group, and
 * only in groups the split looks into.
 */
const SWAP_CANDIDATES = 6;

/** The members of `keep` that leave by SWAP_AMONG (above): alone in the group in naming an actor another member swaps with theirs. */
function* swappedAmong(rest: number[], keep: number[], c: number, units: RivalUnit[], versionOf: VersionOf, prep: (text: string) => PreparedVersion, tick: (n: number) => boolean): Generator<void, number[], void> {
  const centre = versionOf(c).actors;
  const extra = keep.filter((u) => units[u].file !== units[c].file && words(versionOf(u).text) <= SHORT_WORDS && versionOf(u).actors.some((a) => !centre.some((b) => b.id === a.id))).slice(0, SWAP_CANDIDATES);
  if (extra.length < 2) return [];
  // The articles naming each actor: a swapped actor another article names too is the group's own.
  const namers = new Map<string, Set<string>>();
  for (const u of rest)
    for (const a of versionOf(u).actors) {
      let files = namers.get(a.id);
      if (!files) namers.set(a.id, (files = new Set()));
      files.add(units[u].file);
    }
  const alone = (id: string | undefined): boolean => id !== undefined && namers.get(id)?.size === 1;
  const out = new Set<number>();
  for (let i = 0; i < extra.length; i++)
    for (let j = i + 1; j < extra.length; j++) {
      const [a, b] = [versionOf(extra[i]), versionOf(extra[j])];
      if (units[extra[i]].file === units[extra[j]].file || !swapPossible(a.actors, b.actors)) continue;
      const verdict = comparePrepared(prep(a.text), prep(b.text), a.actors, b.actors, RIVAL_OVERLAP);
      if (tick(8)) yield;
      if (!verdict.contradicts || verdict.kind !== 'actor') continue;
      // The detail names the two actors swapped, «usa | russia» (contradiction.ts).
      const [x, y] = (verdict.detail ?? '').split(' | ');
      if (a.actors.some((v) => v.id === x) && alone(x)) out.add(extra[i]);
      if (b.actors.some((v) => v.id === y) && alone(y)) out.add(extra[j]);
    }
  return [...out];
}

/**
 * A slot of words the pair check found filled apart, where each version names an actor the other
 * lacks: a swap of actors the check read as words, names of several words or of two kinds («الأمم
 * المتحدة | روسيا تدعو لإيقاف أعمال العنف», «الحكومة المصرية | أرامكو ترفع أسعار الوقود»), another
 * event as ACTOR_SLOT. Only where the slot is all the check found: an opposite, a contrary word, a
 * negation or a denial beside it is a disagreement about one event, and a slot with an empty side
 * («رغم | —») a word added. On the news-stance folders: training false pairs 283 -> 282, contradictions
 * handled 1,694 -> 1,695, recall and development unchanged; with no actor asked of the versions,
 * false pairs 283 -> 279 but a retelling lost («كوريا الجنوبية تتوقف» / «سيؤول توقف»).
 */
function actorsInSlot(verdict: PairVerdict, a: VersionActor[], b: VersionActor[]): boolean {
  const f = verdict.features;
  // Not beside another number or date either: the verdict's detail is then theirs, not the slot's.
  return f.slot > 0 && !f.antonym && !f.contrary && !f.negation && !f.denial && !f.contrast && !f.number && !f.date && !(verdict.detail ?? '—').includes('—') && swapPossible(a, b);
}

/** Each group with its rival claims split off (see the top), in steps of bounded work (the editor regroups in slices). */
export function* splitRivalsSteps(groups: number[][], units: RivalUnit[], similarity: (i: number, j: number) => number, readVersion: VersionOf): Generator<void, number[][], void> {
  const out: number[][] = [];
  // A unit's version is read several times per round (early exit, centre, period, members); the
  // caller makes it afresh from the records each time, so it is read once per call here.
  const versions = new Map<number, ReturnType<VersionOf>>();
  const versionOf = (u: number): ReturnType<VersionOf> => {
    let v = versions.get(u);
    if (!v) versions.set(u, (v = readVersion(u)));
    return v;
  };
  const prepared = new Map<string, PreparedVersion>();
  const prep = (text: string): PreparedVersion => {
    let p = prepared.get(text);
    if (!p) prepared.set(text, (p = prepareVersion(text)));
    return p;
  };
  let work = 0;
  const tick = (n: number): boolean => (work += n) >= STEP_WORK && ((work = 0), true);
  const files = (g: number[]): number => new Set(g.map((u) => units[u].file)).size;
  for (const group of groups) {
    // Each part is split again (its own centre), a few rounds deep at most.
    const work: Array<{ part: number[]; round: number }> = [{ part: group, round: 0 }];
    while (work.length > 0) {
      const { part: rest, round } = work.pop()!;
      if (round === ROUNDS || files(rest) < 2 || rest.filter((u) => units[u].features.length > SHORT_FEATURES).length * 2 > rest.length) {
        out.push(rest);
        continue;
      }
      // Groups under MIN_FILES: only another actor in the same slot is looked for (ACTOR_SLOT above),
      // and there is none unless two members name different actors (most groups name the same).
      const chain = files(rest) >= MIN_FILES;
      const pair = files(rest) === 2;
      const market = files(rest) >= MARKET_FILES || pair;
      if (!chain && !namesDiffer(rest.map((u) => versionOf(u).actors)) && !rest.some((u) => namesSlot(versionOf(u).text) || namesPersonNoun(versionOf(u).text) || hasCircumstance(versionOf(u).text))) {
        out.push(rest);
        continue;
      }
      // The centre: the version closest on average to the others (among the first few).
      const n = Math.min(rest.length, CENTRE_CANDIDATES);
      let centre = 0;
      let best = -1;
      const sums: number[] = [];
      for (let i = 0; i < n; i++) {
        let sum = 0;
        for (let j = 0; j < n; j++) if (i !== j) sum += similarity(rest[i], rest[j]);
        sums.push(sum);
        if (sum > best) [best, centre] = [sum, i];
      }
      if (tick(n * n)) yield;
      const c = rest[centre];
      // Far from their centre on average, versions share little: no chain of look-alikes.
      let mean = 0;
      for (const u of rest) if (u !== c) mean += similarity(c, u);
      mean /= rest.length - 1;
      // Outside the window only the actor slot is looked for.
      const lookalike = chain && mean >= LOOKALIKE_FLOOR;
      const markets = market && mean >= LOOKALIKE_FLOOR;
      const cv = versionOf(c);
      if (words(cv.text) > SHORT_WORDS) {
        out.push(rest);
        continue;
      }
      // A period is read against the most central version (of the first CENTRE_CANDIDATES) that states one when the centre states none
      // («الدولار قرب أدنى مستوى» at the centre of «لأدنى مستوى في ٤ أشهر» and «في أسبوعين»).
      let pt = cv.text;
      if (market && periodsOf(pt).length === 0) {
        let bp = -1;
        for (let i = 0; i < n; i++) {
          const t = versionOf(rest[i]).text;
          if (sums[i] > bp && words(t) <= SHORT_WORDS && periodsOf(t).length > 0) [bp, pt] = [sums[i], t];
        }
      }
      let pc: PreparedVersion | undefined;
      const keep: number[] = [];
      const rival: number[] = [];
      const slot: number[] = [];
      const movedUnits: number[] = [];
      for (const u of rest) {
        if (units[u].file === units[c].file) {
          keep.push(u);
          continue;
        }
        const v = versionOf(u);
        // A long sentence is no look-alike of a short one: it stays.
        if (words(v.text) > SHORT_WORDS) {
          keep.push(u);
          continue;
        }
        // Markets moving the other way, a level of another period, or another market moving: another report (MARKET_FILES above), without a pair check.
        if (markets && (movesApart(cv.text, v.text) || periodsDiffer(pt, v.text) || marketsDiffer(cv.text, v.text))) {
          rival.push(u);
          movedUnits.push(u);
          continue;
        }
        // A person noun masculine in one and feminine in the other: two people (personGender.ts), as another actor in the slot.
        // One telling only the other's circumstance («تراجع التضخم في مصر» / «المركزي يخفض الفائدة مع انحسار التضخم»): another claim (circumstance.ts).
        if (genderDiffers(cv.text, v.text) || toldApart(cv.text, v.text)) {
          slot.push(u);
          continue;
        }
        // Outside a chain of look-alikes only a swap of actors counts: none without an actor on each side the other lacks.
        if (!lookalike && !swapPossible(cv.actors, v.actors) && !(namesSlot(cv.text) && namesSlot(v.text))) {
          keep.push(u);
          continue;
        }
        const verdict = comparePrepared((pc ??= prep(cv.text)), prep(v.text), cv.actors, v.actors, RIVAL_OVERLAP);
        if (verdict.contradicts && (verdict.kind === 'actor' || actorsInSlot(verdict, cv.actors, v.actors))) slot.push(u);
        else (lookalike && verdict.contradicts && verdict.kind === 'contradiction' ? rival : keep).push(u);
        if (tick(8)) yield;
      }
      // Two members swapping actors the centre does not name (SWAP_AMONG above): those alone in naming theirs leave.
      if (slot.length === 0)
        for (const u of yield* swappedAmong(rest, keep, c, units, versionOf, prep, tick)) {
          keep.splice(keep.indexOf(u), 1);
          slot.push(u);
        }
      // Another actor in the same slot tells another claim, even a lone version (ACTOR_SLOT above): it leaves.
      if (slot.length > 0) {
        if (files(slot) >= 2) work.push({ part: slot, round: round + 1 });
        const others = [...keep, ...rival].sort((x, y) => x - y);
        if (files(others) >= 2) work.push({ part: others, round: round + 1 });
        continue;
      }
      // Two articles, one moving the markets apart from the other: two reports (PAIR_MARKETS above), each alone.
      const moved = movedUnits.length;
      if (pair && moved > 0) {
        out.push(keep, rival);
        continue;
      }
      // The centre alone against versions that all move the markets the other way, told by two
      // articles or more: the centre is the odd report, and it leaves them.
      if (moved === rival.length && moved > 0 && files(keep) < 2 && files(rival) >= 2) {
        work.push({ part: rival, round: round + 1 });
        continue;
      }
      // The centre alone against rivals of both kinds: the pair check's rivals may be its retellings
      // («النفط يصعد رغم الزيادة في المخزونات» / «النفط يصعد بعد ارتفاع المخزون»), the moved ones are
      // another report: these leave, and the rest is split again.
      if (moved > 0 && moved < rival.length && files(keep) < 2) {
        const movedSet = new Set(movedUnits);
        const others = [...keep, ...rival.filter((u) => !movedSet.has(u))].sort((x, y) => x - y);
        if (files(movedUnits) >= 2) work.push({ part: movedUnits, round: round + 1 });
        if (files(others) >= 2) work.push({ part: others, round: round + 1 });
        continue;
      }
      if (rival.length === 0 || files(keep) < 2) {
        out.push(rest);
        continue;
      }
      // Rivals told by two articles or more are a claim of their own; a lone one leaves as well (LONE_RIVAL above).
      if (files(rival) >= 2) work.push({ part: rival, round: round + 1 });
      work.push({ part: keep, round: round + 1 });
    }
  }
  return out;
}
