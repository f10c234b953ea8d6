import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { countEn, pluralCategory, PLURAL_CATEGORIES } from '../../src/core/text/plural';
import { formatReport, type Report } from '../../src/core/report/report';
import { COUNTED, count, setPluralLanguage, type Counted } from '../../src/vscode/common/plural';

const root = path.resolve(__dirname, '../..');
const arBundle: Record<string, string> = JSON.parse(fs.readFileSync(path.join(root, 'l10n/bundle.l10n.ar.json'), 'utf8'));

afterEach(() => setPluralLanguage(undefined, 'en'));

describe('plural categories (Intl.PluralRules)', () => {
  it('Arabic has six forms, English two', () => {
    expect([0, 1, 2, 3, 10, 11, 99, 100, 101, 102, 103, 111].map((n) => pluralCategory(n, 'ar')))
      .toEqual(['zero', 'one', 'two', 'few', 'few', 'many', 'many', 'other', 'other', 'other', 'few', 'many']);
    expect([0, 1, 2, 5].map((n) => pluralCategory(n, 'en'))).toEqual(['other', 'one', 'other', 'other']);
  });
});

describe('counts in English', () => {
  it('one and other, never «1 articles»', () => {
    setPluralLanguage(undefined, 'en');
    expect(count(1, '{0} articles')).toBe('1 article');
    expect(count(0, '{0} articles')).toBe('0 articles');
    expect(count(2, '{0} independent origins')).toBe('2 independent origins');
    expect(count(1, '{0} mentions', '\u20661\u2069')).toBe('\u20661\u2069 mention');
    expect(countEn(1, 'recurring claim', 'recurring claims')).toBe('1 recurring claim');
  });
  it('the terminal report says «1 article, 1 independent origin»', () => {
    const report: Report = {
      articles: [{ file: 'a.txt', date: null, title: 'عنوان', mentions: [] }],
      actors: [{ id: 'x', type: 'person', name: 'س', nameEn: 'X', discovered: false, roles: [], articles: ['a.txt'], mentions: 1 }],
      claims: [{ id: 'c', text: 'نص', origins: ['رويترز'], originKinds: {}, date: null, actors: [], disagreements: [], chains: [],
        sentences: [{ file: 'a.txt', line: 0, start: 0, end: 2, text: 'نص' }] }],
      singleSourceClaims: [],
    };
    const txt = formatReport(report);
    expect(txt).toContain('Isnad report: 1 article, 1 actor, 1 recurring claim, 0 single-source claims');
    expect(txt).toContain(': 1 mention in 1 article');
    expect(txt).toContain('1 article, 1 independent origin: رويترز');
    expect(txt).not.toMatch(/\b1 (articles|mentions|origins|actors)\b/);
  });
});

describe('counts in Arabic', () => {
  it('every counted phrase has all six forms in the Arabic bundle, each with the number where it belongs', () => {
    for (const phrase of Object.keys(COUNTED)) {
      for (const cat of PLURAL_CATEGORIES) {
        const form = arBundle[`${phrase}|${cat}`];
        expect(form, `${phrase}|${cat}`).toBeTruthy();
        // Zero, one and two say the number in words; few, many and other show it.
        expect(form.includes('{0}'), `${phrase}|${cat}: ${form}`).toBe(['few', 'many', 'other'].includes(cat));
      }
    }
  });
  it('chooses the form by the number: dual, plural of 3-10, singular accusative of 11-99, singular of 100', () => {
    setPluralLanguage(arBundle, 'ar');
    const forms = (phrase: Counted) => [0, 1, 2, 3, 11, 100].map((n) => count(n, phrase));
    expect(forms('{0} articles')).toEqual(['لا مقالات', 'مقال واحد', 'مقالان', '3 مقالات', '11 مقالًا', '100 مقال']);
    expect(forms('{0} independent origins')).toEqual(['لا مصادر مستقلة', 'مصدر مستقل واحد', 'مصدران مستقلان', '3 مصادر مستقلة', '11 مصدرًا مستقلًا', '100 مصدر مستقل']);
    expect(forms('{0} versions')).toEqual(['لا روايات', 'رواية واحدة', 'روايتان', '3 روايات', '11 روايةً', '100 رواية']);
  });
  it('a bundle without the phrase falls back to English', () => {
    setPluralLanguage({}, 'ar');
    expect(count(2, '{0} articles')).toBe('2 articles');
  });
});

describe('no count left outside the plural forms', () => {
  it('the editor layer has no «{0} articles»-style message of its own', () => {
    const dir = path.join(root, 'src/vscode');
    const files = fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.ts'));
    const offenders: string[] = [];
    for (const f of files) {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([^']*\{\d\} (?:articles|mentions|origins|independent origins|actors|recurring claims|files|versions)[^']*)'/g)) offenders.push(`${f}: ${m[1]}`);
    }
    expect(offenders).toEqual([]);
  });
  it('every message of the editor layer has its Arabic translation', () => {
    const dir = path.join(root, 'src/vscode');
    const missing: string[] = [];
    for (const f of fs.readdirSync(dir, { recursive: true }).map(String).filter((x) => x.endsWith('.ts'))) {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      for (const m of text.matchAll(/\b(?:t|l10n\.t)\(\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")/g)) {
        const key = (m[1] ?? m[2]).replace(/\\(.)/g, '$1');
        if (!(key in arBundle)) missing.push(`${f}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
