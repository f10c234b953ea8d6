/**
 * Members loosely held by a group leave it. The grouping merges two groups
 * when the average similarity across them is at the threshold (average
 * linkage): on a folder dense in one topic (forty gold-and-dollar headlines)
 * a merge of two large groups passes on their average while a version that
 * resembles a few members and not the rest rides in with it, and every
 * article of the group is then paired with it. A version of the claim is
 * close to the claim's versions, not to a few of them: each member's mean
 * similarity to the members of the other articles must reach the grouping's
 * threshold, and the member furthest below it leaves first (its leaving
 * changes the others' means), until every member holds. What leaves is tried
 * the same way as a group of its own (a few rounds at most); a part with one
 * article left is told by that article alone.
 *
 * Only versions of headline size (SHORT_WORDS) may leave, and only from a
 * group where they are most of the members: look-alikes chain there, while a
 * clause of a long body sentence retold in other words is often far from all
 * but one other telling (the seeds hold such claims), and a group of long
 * sentences with a headline is a retold passage, its headline close to one
 * of them and far from the rest.
 * A member may hold on its mean while the group is two claims of one topic
 * chained together, each member close to enough of the others: what stays is
 * then parted into cores of versions close to every other (cores below).
 * Before all this, a member sharing a single feature with every member of the
 * other articles leaves any group, and a headline-sized one sharing two a group
 * of three articles or more (MIN_SHARED, MIN_SHARED_SHORT below); then, in a
 * group of four articles or more, a headline-sized one whose words beyond the
 * group's topic no other article echoes (OFF_TOPIC below).
 * Groups of two articles are left whole (their link is the test), and so are
 * groups of more than MAX_MEMBERS (one story copied across a folder, every
 * copy close to every other; the test is quadratic in a group's members).
 */

/** Work (similarities) between two yields. */
const STEP_WORK = 2048;
const MAX_MEMBERS = 160;
const ROUNDS = 3;
/**
 * The parts (cores below), as multiples of the grouping's threshold: two versions of two
 * articles in one core are at least CORE_LINK apart, and a version no core holds joins the
 * one it is closest to on average at ATTACH_MEAN. On the news-stance development folder,
 * core / attach 1 / 1, 1.3 / 1.3, 1.5 / 1.3, 1.5 / 1.5 give cross-article precision 56.1 /
 * 69.7 / 73.2 / 75.8 at recall 90.0 / 87.8 / 87.0 / 81.1 (42.1 / 90.4 without cores).
 */
const CORE_LINK = 1.5;
/**
 * Groups of fewer articles are not parted: in a small folder the words weigh less (a rumour
 * and its denial, three embassies summoning one ambassador, stand under CORE_LINK there).
 * From 3 / 4 / 5 articles: development precision 73.2 / 70.9 / 63.8, recall 87.0 / 88.5 / 88.9.
 */
const CORE_FILES = 4;
const ATTACH_MEAN = 1.3;
/** A headline's or a short lede's words, as rivals.ts reads them. */
export const SHORT_WORDS = 20;

/** A sentence of at most SHORT_WORDS words (spaces plus one), counted only as far as needed: body sentences are long. */
export function isShort(text: string): boolean {
  let n = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32 && ++n > SHORT_WORDS) return false;
  return true;
}

export interface CohesionUnit {
  file: string;
  /** The unit's features (stems, actors), for the shared-word count of threadbare (below). */
  features: string[];
}

/**
 * A member that shares fewer than MIN_SHARED features with every member of the
 * other articles leaves its group, whatever its similarity: a short clause of two
 * or three features passes the cosine threshold on one word the folder seldom
 * uses («29 سنة (و هشام ل.)» with «29 قتيلا في هجوم ...», «بينما رأى آخرون أنها
 * أبرز أعماله» with «... أبرز التغييرات»), a thread no retelling hangs by. On the
 * news-stance folders: training precision 59.6 -> 61.3 (filler sentences pulled
 * into a claim 37 -> 14 pairs), development 73.1 -> 73.3, recall and the seeds
 * unchanged; three shared features cost the seeds F1 90.3 -> 89.1.
 */
const MIN_SHARED = 2;
/**
 * A headline-sized member of a group of three articles or more shares MIN_SHARED_SHORT: two
 * headlines of one topic share its two words and tell different events («هدوء الأوضاع فى إيران»,
 * «هدوء الأوضاع بين ترامب و روحانى», «توقف الغارات الجوية على درعا و هدوء الأوضاع»), and a third
 * article chains them. A clause whose every feature the other shares holds all the same (a
 * short clause retold whole: «في حين استضاف وزير خارجية تركيا، هاكان فيدان»). Groups of two
 * articles keep MIN_SHARED (their link is the test: the seeds hold two-article claims of short
 * versions sharing two words). Development precision 73.3 -> 74.8, recall 88.5 -> 88.1,
 * reworded 83.1 -> 82.6; training 61.3 -> 63.7, 84.1 -> 83.6, 75.9 -> 75.0; the seeds unchanged
 * (in every group they cost the seeds F1 90.3 -> 89.1).
 */
const MIN_SHARED_SHORT = 3;

/** The members of `group` that share MIN_SHARED features (MIN_SHARED_SHORT) with a member of another article, until none is left hanging by less. */
function threadbare(group: number[], units: CohesionUnit[], short: (u: number) => boolean): number[] {
  const sets = group.map((u) => new Set(units[u].features));
  const alive = new Uint8Array(group.length).fill(1);
  const wide = new Set(group.map((u) => units[u].file)).size >= 3;
  const holds = (a: number): boolean => {
    const need = wide && short(group[a]) ? MIN_SHARED_SHORT : MIN_SHARED;
    for (let b = 0; b < group.length; b++) {
      if (!alive[b] || units[group[a]].file === units[group[b]].file) continue;
      let n = 0;
      for (const f of sets[a]) if (sets[b].has(f) && (++n >= need || n === sets[a].size)) return true;
    }
    return false;
  };
  // A member leaving may leave another hanging: again until none leaves (at most the members' count of passes).
  for (let changed = true; changed; ) {
    changed = false;
    for (let a = 0; a < group.length; a++) if (alive[a] && !holds(a)) [alive[a], changed] = [0, true];
  }
  return group.filter((_, a) => alive[a]);
}

/**
 * OFF_TOPIC: in a group of CORE_FILES articles or more, the features every article has are the
 * group's topic («الذهب», «الدولار» in a chain of gold-and-dollar headlines); a headline-sized
 * member whose every feature beyond them is its article's alone tells something else of the
 * topic and leaves, as a threadbare one does (the London festival opened «من قبل بنات ستيف
 * ماكوين» among four tellings of its opening by his film «أرامل»). A member saying
 * nothing beyond the topic stays (it tells the claim in the fewest words), and so does a version
 * with a circumstance of its own (`circumstance.ts` hasCircumstance: «هبوط للذهب وسط صعود
 * للدولار وتجدد المخاوف» retells the claim and adds why, words no other article has). On the
 * news-stance folders: training false pairs 282 -> 280, contradictions handled +3, recall and
 * development unchanged; without sparing circumstances 282 -> 278, but such a retelling leaves.
 */
function offTopic(group: number[], units: CohesionUnit[], short: (u: number) => boolean, ownCircumstance: (u: number) => boolean): number[] {
  const perFile = new Map<string, Set<string>>();
  for (const u of group) {
    let set = perFile.get(units[u].file);
    if (!set) perFile.set(units[u].file, (set = new Set()));
    for (const f of units[u].features) set.add(f);
  }
  const n = perFile.size;
  if (n < CORE_FILES) return group;
  // In how many articles each feature stands: all of them is the topic, one only is no echo.
  const articles = new Map<string, number>();
  for (const set of perFile.values()) for (const f of set) articles.set(f, (articles.get(f) ?? 0) + 1);
  const leaves = (u: number): boolean => {
    let own = 0;
    for (const f of units[u].features) {
      const k = articles.get(f)!;
      if (k === n) continue;
      if (k >= 2) return false;
      own++;
    }
    return own > 0 && short(u) && !ownCircumstance(u);
  };
  return group.filter((u) => !leaves(u));
}

/**
 * Each group with its loosely held members taken out (see the top), in steps of bounded work; `short(u)`: u's sentence may leave;
 * `ownCircumstance(u)`: u's sentence tells a circumstance of its own (OFF_TOPIC above spares it).
 */
export function* trimLooseSteps(groups: number[][], units: CohesionUnit[], similarity: (i: number, j: number) => number, minMean: number, short: (u: number) => boolean, ownCircumstance: (u: number) => boolean): Generator<void, number[][], void> {
  const out: number[][] = [];
  let work = 0;
  const files = (g: number[]): number => new Set(g.map((u) => units[u].file)).size;
  for (const whole of groups) {
    // Members hanging by one shared word leave first (MIN_SHARED above); a copied story's group is left whole.
    // Then, in a group of many articles, headlines whose own words no other article echoes (OFF_TOPIC above).
    const group = whole.length > MAX_MEMBERS ? whole : offTopic(threadbare(whole, units, short), units, short, ownCircumstance);
    if ((work += group.length * group.length) >= STEP_WORK) {
      work = 0;
      yield;
    }
    if (files(group) < 2) continue;
    const todo: Array<{ part: number[]; round: number }> = [{ part: group, round: 0 }];
    while (todo.length > 0) {
      const { part: rest, round } = todo.pop()!;
      const n = files(rest);
      // A group as the grouping made it: two articles' link is its own test, and a large group is a copied story.
      if (round === 0 && (n < 3 || rest.length > MAX_MEMBERS)) {
        out.push(rest);
        continue;
      }
      if (n < 2) continue;
      const m = rest.length;
      const mayLeave = Uint8Array.from(rest, (u) => (short(u) ? 1 : 0));
      // A group of long sentences with a headline or two is a retold passage, not a chain of
      // look-alikes: its members are far from one another, and a headline far from most of them
      // may still tell one of them («اكسيوس: مصر وتركيا وقطر تعمل على ترتيب اجتماع ...»).
      let shortOnes = 0;
      for (let a = 0; a < m; a++) shortOnes += mayLeave[a];
      if (shortOnes * 2 <= m) {
        out.push(rest);
        continue;
      }
      // Similarities across articles, kept: the means change as members leave.
      const sim = new Float64Array(m * m);
      const sum = new Float64Array(m);
      const pairs = new Int32Array(m);
      for (let a = 0; a < m; a++)
        for (let b = a + 1; b < m; b++) {
          if (units[rest[a]].file === units[rest[b]].file) continue;
          const s = similarity(rest[a], rest[b]);
          sim[a * m + b] = sim[b * m + a] = s;
          sum[a] += s;
          sum[b] += s;
          pairs[a]++;
          pairs[b]++;
        }
      if ((work += (m * m) / 2) >= STEP_WORK) {
        work = 0;
        yield;
      }
      const gone = new Uint8Array(m);
      for (;;) {
        let worst = -1;
        let worstMean = minMean;
        for (let a = 0; a < m; a++) {
          if (gone[a] || pairs[a] === 0 || !mayLeave[a]) continue;
          const mean = sum[a] / pairs[a];
          if (mean < worstMean) [worst, worstMean] = [a, mean];
        }
        if (worst < 0) break;
        gone[worst] = 1;
        for (let b = 0; b < m; b++) {
          if (gone[b] || units[rest[b]].file === units[rest[worst]].file) continue;
          sum[b] -= sim[worst * m + b];
          pairs[b]--;
        }
        work += m;
      }
      const left = rest.filter((_, a) => gone[a]);
      const sameFile = (a: number, b: number): boolean => units[rest[a]].file === units[rest[b]].file;
      const parts = files(rest) >= CORE_FILES ? cores(m, sim, gone, sameFile, minMean) : [rest.map((_, a) => a).filter((a) => !gone[a])];
      for (const core of parts) {
        const kept = core.map((a) => rest[a]);
        if (files(kept) >= 2) out.push(kept);
      }
      work += m * m;
      // What left may tell a claim of its own: the same test, on it.
      if (left.length > 0 && round < ROUNDS) todo.push({ part: left, round: round + 1 });
    }
  }
  return out;
}


/**
 * The members that stay, in parts where every two versions of two articles
 * are close (complete linkage at CORE_LINK x `min`): on a folder dense in one topic each
 * headline is close to enough of the others for the means to hold, while two
 * claims of the topic («النفط يرتفع مع انخفاض مخزونات الخام الأميركية», «النفط
 * يرتفع مع عقوبات أمريكا ضد إيران») share the topic's words and not each
 * other's. Two versions of one article (two clauses of a sentence) set no
 * bound. Cubic in the members at worst; a group holds at most MAX_MEMBERS.
 */
function cores(m: number, sim: Float64Array, gone: Uint8Array, sameFile: (a: number, b: number) => boolean, min: number): number[][] {
  const parts: number[][] = [];
  for (let a = 0; a < m; a++) if (!gone[a]) parts.push([a]);
  // link[i][j]: the least similarity across parts i and j (their complete linkage).
  const k = parts.length;
  const link = new Float64Array(k * k);
  for (let i = 0; i < k; i++)
    for (let j = i + 1; j < k; j++) {
      const [a, b] = [parts[i][0], parts[j][0]];
      link[i * k + j] = link[j * k + i] = sameFile(a, b) ? Infinity : sim[a * m + b];
    }
  const alive = new Uint8Array(k).fill(1);
  for (;;) {
    let bi = -1;
    let bj = -1;
    let best = min * CORE_LINK;
    for (let i = 0; i < k; i++) {
      if (!alive[i]) continue;
      for (let j = i + 1; j < k; j++) if (alive[j] && link[i * k + j] >= best && (bi < 0 || link[i * k + j] > best)) [bi, bj, best] = [i, j, link[i * k + j]];
    }
    if (bi < 0) break;
    parts[bi].push(...parts[bj]);
    alive[bj] = 0;
    for (let x = 0; x < k; x++) if (alive[x] && x !== bi) link[bi * k + x] = link[x * k + bi] = Math.min(link[bi * k + x], link[bj * k + x]);
  }
  const all = parts.filter((_, i) => alive[i]);
  // A part of one article is a version no other holds that close: it joins the part it is closest to
  // on average (across articles), if close enough, as a retelling with a circumstance of its own does.
  const lone = (p: number[]): boolean => p.every((a) => sameFile(a, p[0]));
  const cores = all.filter((p) => !lone(p));
  for (const p of all.filter(lone)) {
    let best = -1;
    let bestMean = min * ATTACH_MEAN;
    for (let c = 0; c < cores.length; c++) {
      let sum = 0;
      let n = 0;
      for (const a of p)
        for (const b of cores[c]) {
          if (sameFile(a, b)) continue;
          sum += sim[a * m + b];
          n++;
        }
      const mean = n > 0 ? sum / n : 0;
      if (mean >= bestMean) [best, bestMean] = [c, mean];
    }
    if (best >= 0) cores[best].push(...p);
  }
  return cores.map((p) => p.sort((x, y) => x - y));
}
