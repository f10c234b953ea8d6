import type { Sources } from '../data/sources';
import { Random } from './random';
import { clauses, retell, splice, swapWords, type Voice } from './rewrite';

/**
 * A corpus of Arabic news articles from real sentences, shaped like coverage:
 * a story is a report (a real headline and a few consecutive newswire
 * sentences, which name the same people and places) that several outlets
 * retell, each in its own words, with its own attribution, date and
 * background text. Articles are about 3.5 KB, like the seeds.
 */

export interface Article {
  file: string;
  text: string;
}

/** Outlets articles credit (real names, as Arabic news writes them). */
const OUTLETS = ['وكالة رويترز', 'وكالة الأنباء الفرنسية', 'وكالة أسوشيتد برس', 'قناة الجزيرة', 'شبكة سي إن إن', 'موقع أكسيوس', 'صحيفة نيويورك تايمز', 'قناة العربية', 'وكالة الأناضول'];
const MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
const BANNERS = ['عاجل', 'خبر عاجل', 'أخبار'];
const FOOTERS = ['شارك الخبر', 'تابعونا على: فيسبوك', 'اقرأ المزيد'];

const CLAIMS_PER_STORY = 4;
/** Stories of one topic share background sentences (as one outlet's follow-ups do). */
const STORIES_PER_TOPIC = 6;

interface Story {
  index: number;
  claims: string[];
  /** Two wordings of the lead (a headline and its paraphrase), or one headline. */
  headlines: string[];
  speaker: string;
  background: string[];
  day: number;
  size: number;
}

function isoDay(day: number): [number, number, number] {
  const d = new Date(Date.UTC(2024, 0, 1) + day * 86400000);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

function dateLine(day: number, r: Random): string {
  const [y, m, d] = isoDay(day);
  const p = (n: number): string => String(n).padStart(2, '0');
  switch (r.int(3)) {
    case 0:
      return `${y}-${p(m)}-${p(d)}`;
    case 1:
      return `${p(d)} - ${p(m)} - ${y}`;
    default:
      return `${d} ${MONTHS[m - 1]} ${y}`;
  }
}

function utf8Length(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

export class CorpusGenerator {
  private readonly speakers: string[];
  private stories: Story[] = [];

  constructor(private readonly src: Sources, private readonly seed = 'isnad-bench-1') {
    // People the newswire names with a full name: who the stories quote.
    const people = new Set<string>();
    for (const s of src.sentences) for (const e of s.entities) if (e.type === 'person' && e.text.includes(' ')) people.add(e.text);
    this.speakers = [...people].sort();
  }

  private pool(i: number): string {
    const list = this.src.sentences;
    return list[((i % list.length) + list.length) % list.length].text;
  }

  private story(k: number): Story {
    while (this.stories.length <= k) this.stories.push(this.makeStory(this.stories.length));
    return this.stories[k];
  }

  private makeStory(k: number): Story {
    const r = new Random(`${this.seed}:story:${k}`);
    const n = this.src.sentences.length;
    const start = (k * CLAIMS_PER_STORY) % n;
    const window = Array.from({ length: CLAIMS_PER_STORY }, (_, i) => this.src.sentences[(start + i) % n]);
    const named = window.flatMap((s) => s.entities).find((e) => e.type === 'person')?.text;
    const pairs = this.src.paraphrases;
    const headlines = pairs.length && k % 3 !== 2 ? [...pairs[k % pairs.length]] : [this.src.headlines[k % Math.max(1, this.src.headlines.length)] ?? window[0].text];
    const topic = Math.floor(k / STORIES_PER_TOPIC);
    const tr = new Random(`${this.seed}:topic:${topic}`);
    const background = Array.from({ length: 3 }, () => splice([tr.pick(clauses(this.pool(tr.int(n)))), tr.pick(clauses(this.pool(tr.int(n))))]));
    // One report in two of ten stands alone; the others are retold by two to ten outlets.
    const size = r.chance(0.2) ? 1 : Math.min(10, 2 + Math.floor(-Math.log(1 - r.next()) * 1.5));
    return {
      index: k,
      claims: window.map((s) => s.text),
      headlines,
      speaker: named ?? r.pick(this.speakers.length ? this.speakers : ['مسؤول كبير']),
      background,
      day: Math.floor(k / 5),
      size,
    };
  }

  /**
   * Other news in the article: clauses of three different newswire sentences,
   * some words varied; one in ten is a whole sentence (wire copy recurs).
   *
   * The newswire is small next to 10,000 articles (2 MB of sentences for 37 MB), so its
   * clauses recur about fifteen times each across unrelated articles, which
   * real coverage does less: the grouping finds more recurring text here than
   * in a real corpus of the same size (pessimistic for claim grouping).
   */
  private filler(r: Random): string {
    const n = this.src.sentences.length;
    if (r.chance(0.1)) return this.pool(r.int(n));
    const parts = [0, 1, 2].map(() => r.pick(clauses(this.pool(r.int(n)))));
    const s = splice(parts);
    return r.chance(0.5) ? swapWords(s, r) : s;
  }

  /** The j-th retelling of story `s`. */
  private article(s: Story, j: number, r: Random): string {
    const voice: Voice = { outlet: r.pick(OUTLETS), speaker: s.speaker };
    const target = 3500 * (0.75 + 0.5 * r.next());
    const lines: string[] = [];
    if (r.chance(0.1)) lines.push(r.pick(BANNERS));
    const headline = s.headlines[j % s.headlines.length].replace(/[.]$/, '');
    lines.push(headline);
    if (r.chance(0.08)) lines.push(headline); // scraped pages often print the headline twice
    if (r.chance(0.85)) lines.push(dateLine(s.day + r.int(3), r));

    const body: string[] = [];
    const lead = s.headlines.length > 1 ? s.headlines[(j + 1) % 2] : s.claims[0];
    body.push(retell(lead.endsWith('.') ? lead : lead + '.', voice, r));
    const claims = s.claims.filter(() => r.chance(0.8));
    let bytes = utf8Length(lines.join('\n')) + utf8Length(body[0]);
    let paragraph: string[] = [];
    let ci = 0;
    while (bytes < target) {
      let next: string;
      if (ci < claims.length && r.chance(0.6)) next = retell(claims[ci++], voice, r);
      else if (r.chance(0.12)) next = r.pick(s.background);
      else next = this.filler(r);
      paragraph.push(next);
      bytes += utf8Length(next) + 1;
      if (paragraph.length >= 2 + r.int(3)) {
        body.push(paragraph.join(' '));
        paragraph = [];
      }
    }
    if (paragraph.length) body.push(paragraph.join(' '));
    lines.push(...body);
    if (r.chance(0.25)) lines.push(r.pick(FOOTERS));
    return lines.join(r.chance(0.5) ? '\n\n' : '\n') + '\n';
  }

  /** The first `count` articles: the seeds, then retellings story by story. */
  articles(count: number): Article[] {
    const out: Article[] = this.src.seeds.slice(0, count).map((s) => ({ file: `seeds/${s.file}`, text: s.text }));
    for (let k = 0; out.length < count; k++) {
      const s = this.story(k);
      for (let j = 0; j < s.size && out.length < count; j++) {
        const r = new Random(`${this.seed}:article:${k}:${j}`);
        out.push({ file: `news/${String(k).padStart(5, '0')}-${j}.txt`, text: this.article(s, j, r) });
      }
    }
    return out;
  }

  /** A long live-coverage page (about `bytes` UTF-8 bytes) retelling many stories in turn. */
  longArticle(bytes: number): Article {
    const r = new Random(`${this.seed}:live`);
    const lines = ['تغطية مباشرة: آخر التطورات لحظة بلحظة', dateLine(60, r)];
    let size = utf8Length(lines.join('\n'));
    for (let k = 0; size < bytes; k++) {
      const s = this.story(k);
      const voice: Voice = { outlet: r.pick(OUTLETS), speaker: s.speaker };
      for (const c of [s.headlines[0].replace(/[.]?$/, '.'), ...s.claims, this.filler(r)]) {
        const line = retell(c, voice, r);
        lines.push(line);
        size += utf8Length(line) + 1;
      }
    }
    return { file: 'live/live-coverage.txt', text: lines.join('\n') + '\n' };
  }
}
