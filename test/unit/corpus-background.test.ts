import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedCorpus } from '../../bench/corpus/seedCorpus';
import { Corpus } from '../../src/core/corpus/corpus';

/**
 * Background grouping (what the editor uses): claim queries never regroup on
 * the caller's path, settleClaims() regroups a slice at a time, and what it
 * lands is exactly what a synchronous query computes.
 */

const ROOT = resolve(__dirname, '../..');
const ARTICLES = seedCorpus(ROOT, 30);

function load(corpus: Corpus): Corpus {
  for (const a of ARTICLES) corpus.setArticle(a.file, a.text);
  return corpus;
}

/** The groups as plain data (the lazy disagreements read too). */
const plain = (c: Corpus) => JSON.parse(JSON.stringify({ groups: c.claimGroups(), single: c.singleSourceClaims() }));

describe('background grouping', () => {
  it('settles on exactly the groups a synchronous query computes, in many slices', async () => {
    const sync = load(new Corpus());
    const bg = load(new Corpus());
    bg.backgroundGrouping = true;
    let settled = 0;
    bg.onClaimsSettled = () => settled++;
    const settling = bg.settleClaims(0);
    expect(bg.claimsState()).toBe('none');
    expect(bg.claimGroups()).toEqual([]); // answers at once, from no grouping yet
    // Count the event-loop turns the regrouping leaves to others.
    let turns = 0;
    let done = false;
    const tick = (): void => {
      if (done) return;
      turns++;
      setImmediate(tick);
    };
    setImmediate(tick);
    await settling;
    done = true;
    expect(bg.claimsState()).toBe('current');
    expect(settled).toBe(1);
    expect(turns).toBeGreaterThan(10);
    expect(plain(bg)).toEqual(plain(sync));
    expect(bg.claimGroups().length).toBeGreaterThan(5);
  });

  it('after a change, queries answer from the last grouping at once; the changed file answers nothing until it settles', async () => {
    const bg = load(new Corpus());
    bg.backgroundGrouping = true;
    await bg.settleClaims();
    const file = ARTICLES[0].file;
    const s = bg.getArticle(file)!.sentences.find((x) => bg.groupsOfSentence(file, x.id).length > 0)!;
    const other = ARTICLES.find((a) => a.file !== file && bg.getArticle(a.file)!.sentences.some((x) => bg.groupsOfSentence(a.file, x.id).length))!;
    const otherSentence = bg.getArticle(other.file)!.sentences.find((x) => bg.groupsOfSentence(other.file, x.id).length)!;
    const before = bg.claimGroups();

    bg.setArticle(file, ARTICLES[0].text + '\nوقال مسؤول إن المحادثات ستستأنف الأسبوع المقبل.\n');
    expect(bg.claimsState()).toBe('stale');
    expect(bg.claimGroups()).toBe(before);
    // The sentence still stands where it stood, with the same text: the older grouping speaks for it.
    expect(bg.groupsOfSentence(file, s.id)).toEqual(bg.groupsOfSentence(file, s.id));
    expect(bg.groupsOfSentence(file, s.id).length).toBeGreaterThan(0);
    expect(bg.groupsOfSentence(other.file, otherSentence.id).length).toBeGreaterThan(0);

    await bg.settleClaims();
    expect(bg.claimsState()).toBe('current');
    expect(bg.groupsOfSentence(file, s.id).length).toBeGreaterThan(0);
    const sync = load(new Corpus());
    sync.setArticle(file, ARTICLES[0].text + '\nوقال مسؤول إن المحادثات ستستأنف الأسبوع المقبل.\n');
    expect(plain(bg)).toEqual(plain(sync));
  });

  it('a change while it regroups starts it again: what lands is of the corpus as it is', async () => {
    const bg = load(new Corpus());
    bg.backgroundGrouping = true;
    const settling = bg.settleClaims(0);
    // Let a few slices run, then change two articles and remove a third.
    for (let k = 0; k < 3; k++) await new Promise((r) => setImmediate(r));
    expect(bg.claimsState()).toBe('none'); // still regrouping
    bg.setArticle(ARTICLES[1].file, ARTICLES[2].text);
    bg.removeArticle(ARTICLES[3].file);
    await settling;
    expect(bg.claimsState()).toBe('current');
    const sync = load(new Corpus());
    sync.setArticle(ARTICLES[1].file, ARTICLES[2].text);
    sync.removeArticle(ARTICLES[3].file);
    expect(plain(bg)).toEqual(plain(sync));
  });

  it('without background grouping, queries stay exact after every change', () => {
    const c = load(new Corpus());
    const before = c.claimGroups();
    c.setArticle(ARTICLES[1].file, ARTICLES[2].text);
    expect(c.claimsState()).toBe('stale');
    const after = c.claimGroups();
    expect(after).not.toBe(before);
    expect(c.claimsState()).toBe('current');
  });

  it('a sentence that moved or changed answers nothing from an older grouping', async () => {
    const bg = load(new Corpus());
    bg.backgroundGrouping = true;
    await bg.settleClaims();
    const file = ARTICLES[0].file;
    const s = bg.getArticle(file)!.sentences.find((x) => bg.groupsOfSentence(file, x.id).length > 0)!;
    // A word typed before the sentence: every later sentence moves.
    const text = ARTICLES[0].text;
    bg.setArticle(file, text.slice(0, s.start) + 'عاجل ' + text.slice(s.start));
    expect(bg.claimsState()).toBe('stale');
    expect(bg.groupsOfSentence(file, s.id)).toEqual([]);
    const moved = bg.getArticle(file)!.sentences.find((x) => x.start >= s.start + 5 && x.text === s.text);
    if (moved) expect(bg.groupsOfSentence(file, moved.id)).toEqual([]);
    await bg.settleClaims();
  });

  it('changes faster than a regrouping: runs still finish and answer, the last one is current', async () => {
    const bg = load(new Corpus());
    bg.backgroundGrouping = true;
    let landed = 0;
    bg.onClaimsSettled = () => landed++;
    const settling = bg.settleClaims(0);
    // A change every few turns of the event loop, far more often than a regrouping ends.
    let changes = 0;
    for (let k = 0; k < 5000 && landed === 0; k++) {
      for (let t = 0; t < 3; t++) await new Promise((r) => setImmediate(r));
      bg.setArticle(ARTICLES[1].file, k % 2 ? ARTICLES[1].text : ARTICLES[1].text + `\nوقال مسؤول إن الجولة ${k} ستعقد قريبا.\n`);
      changes++;
    }
    // Runs overtaken by a change still land (as older groupings): queries have something to answer.
    expect(changes).toBeGreaterThan(5);
    expect(landed).toBeGreaterThan(0);
    expect(bg.claimsState()).toBe('stale');
    expect(bg.claimGroups().length).toBeGreaterThan(0);
    if (changes % 2 === 1) bg.setArticle(ARTICLES[1].file, ARTICLES[1].text);
    await settling;
    await bg.settleClaims();
    expect(bg.claimsState()).toBe('current');
    const sync = load(new Corpus());
    sync.setArticle(ARTICLES[1].file, ARTICLES[1].text);
    expect(plain(bg)).toEqual(plain(sync));
  });

  it('a disposed corpus stops regrouping', async () => {
    const bg = load(new Corpus());
    bg.backgroundGrouping = true;
    const settling = bg.settleClaims(0);
    await new Promise((r) => setImmediate(r));
    bg.dispose();
    await settling;
    expect(bg.claimsState()).toBe('none');
  });

  it('an older grouping never names a deleted article, nor an edited one\'s sentences that moved', async () => {
    const bg = load(new Corpus());
    bg.backgroundGrouping = true;
    await bg.settleClaims();
    const gone = ARTICLES[2].file;
    const edited = ARTICLES[3].file;
    const named = (gs: ReturnType<Corpus['claimGroups']>, f: string) => gs.some((g) => g.files.includes(f) || g.sentences.some((r) => r.file === f));
    expect(named(bg.claimGroups(), gone)).toBe(true);
    bg.removeArticle(gone);
    bg.setArticle(edited, 'عاجل\n' + ARTICLES[3].text); // every sentence moves
    expect(bg.claimsState()).toBe('stale');
    expect(named(bg.claimGroups(), gone)).toBe(false);
    expect(named(bg.claimGroups(), edited)).toBe(false);
    for (const a of bg.actorUsage()) expect(named(bg.groupsOfActor(a.actor.id), gone)).toBe(false);
    expect(bg.claimGroups().length).toBeGreaterThan(0);
    await bg.settleClaims();
    expect(named(bg.claimGroups(), edited)).toBe(true);
  });
});
