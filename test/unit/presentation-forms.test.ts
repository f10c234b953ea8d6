/**
 * Text copied from a PDF: Arabic written in presentation forms
 * (U+FB50-U+FDFF, U+FE70-U+FEFF). It must read exactly like the same article in
 * ordinary letters: the same actors, the same claims, counted as Arabic, and
 * every highlight on the original characters.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Corpus } from '../../src/core/corpus/corpus';
import { foldOf, normalize, normalizeWithMap, toOriginalRange } from '../../src/core/text/normalize';
import { arabicShare } from '../../src/core/text/tokens';
import { toPresentationForms } from '../presentationForms';

const seeds = path.join(__dirname, '../../seeds');
const files = fs.readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort();
const text = (f: string): string => fs.readFileSync(path.join(seeds, f), 'utf8');

describe('presentation forms', () => {
  it('the shaper gives real presentation forms (no ordinary Arabic letter left)', () => {
    const pdf = toPresentationForms(text(files[0]));
    expect(pdf).not.toMatch(/[\u0621-\u064a]/);
    expect(pdf).toMatch(/[\ufefb\ufefc]/); // lam-alef ligatures
  });

  it('fold to the ordinary letters, ligatures to several', () => {
    expect(normalize('ﻗﺎﻝ ﺗﺮﺍﻣﺐ')).toBe('قال ترامب');
    expect(normalize('ﻻ ﻟﻠﺄﻣﻢ')).toBe('لا للامم');
    expect(normalize('ﷲ')).toBe('الله');
    expect(normalize('ﷺ')).toBe('صلي الله عليه وسلم');
    // Isolated forms of marks are marks: dropped, never a space inside a word.
    expect(normalize('ﻗﺮﺍﺭﹰﺍ')).toBe('قرارا');
    expect(foldOf(0xfefb)).toBe('لا');
  });

  it('a range that ends inside a ligature maps back to the whole ligature', () => {
    const t = 'ﻗﺎﻝ ﻻﺭﻳﺠﺎﻧﻲ';
    const n = normalizeWithMap(t);
    expect(n.text).toBe('قال لاريجاني');
    const at = n.text.indexOf('لاريجاني');
    expect(toOriginalRange(n, at, at + 1)).toEqual({ start: 4, end: 5 });
    expect(t.slice(toOriginalRange(n, at, at + 8).start, toOriginalRange(n, at, at + 8).end)).toBe('ﻻﺭﻳﺠﺎﻧﻲ');
  });

  it('count as Arabic letters', () => {
    expect(arabicShare(toPresentationForms(text(files[0])))).toBeGreaterThan(0.9);
  });

  it('a PDF-copied article has the same actors and the same claims as in ordinary letters', () => {
    const plain = new Corpus();
    const pdf = new Corpus();
    for (const f of files) plain.setArticle(f, text(f));
    for (const f of files) pdf.setArticle(f, f === files[1] || f === files[3] ? toPresentationForms(text(f)) : text(f));
    for (const f of files) {
      const a = plain.getArticle(f)!;
      const b = pdf.getArticle(f)!;
      expect(b.mentions.map((m) => [m.actorId, m.line]), f).toEqual(a.mentions.map((m) => [m.actorId, m.line]));
      // The same words; a name after the proclitic «ل» starts inside the ligature «ﻹ» (lam + alef),
      // which cannot be split: its highlight takes the whole ligature («لإيران» for «إيران»).
      b.mentions.forEach((m, k) => {
        const want = normalize(a.mentions[k].text);
        const got = normalize(m.text);
        expect(got === want || (got === 'ل' + want && /^[\ufef5-\ufefc]/.test(m.text)), `${got} for ${want}`).toBe(true);
      });
      // Every highlight lies on the original characters: its text is the article's own slice.
      const src = f === files[1] || f === files[3] ? toPresentationForms(text(f)) : text(f);
      for (const m of b.mentions) expect(src.slice(m.start, m.end)).toBe(m.text);
      expect(b.date).toBe(a.date);
    }
    const groups = (c: Corpus): string[] => c.claimGroups().map((g) => g.sentences.map((s) => `${s.file}:${s.line}`).sort().join(' ')).sort();
    expect(groups(pdf)).toEqual(groups(plain));
    expect(groups(plain).length).toBeGreaterThan(3);
    const origins = (c: Corpus): string[] => c.claimGroups().map((g) => g.origins.map((o) => normalize(o.label)).sort().join('|')).sort();
    expect(origins(pdf)).toEqual(origins(plain));
  });
});
