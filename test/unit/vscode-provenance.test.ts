import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Corpus } from '../../src/core/corpus/corpus';
import type { ClaimGroup } from '../../src/core/types';
import { claimKey } from '../../src/vscode/features/claims/claimsTreeModel';
import { provenanceHtml, provenanceSvg } from '../../src/vscode/features/provenance/provenanceHtml';
import { layoutProvenance } from '../../src/vscode/features/provenance/provenanceLayout';
import { provenanceModel } from '../../src/vscode/features/provenance/provenanceModel';

const root = path.resolve(__dirname, '../..');
const t = (m: string, ...a: Array<string | number | boolean>): string => m.replace(/\{(\d)\}/g, (_, i) => String(a[Number(i)]));

/** The seed articles with the built-in registry, as the extension sees them. */
function seeds(): Corpus {
  const c = new Corpus();
  for (const f of fs.readdirSync(path.join(root, 'seeds')).filter((x) => x.endsWith('.txt')).sort()) {
    c.setArticle(f, fs.readFileSync(path.join(root, 'seeds', f), 'utf8'));
  }
  return c;
}

describe('provenance model and picture on the seeds', () => {
  const corpus = seeds();
  const date = (f: string): string | null => corpus.getArticle(f)?.date ?? null;
  const cnn = corpus.claimGroups().find((g) => g.origins.some((o) => o.key === 'araghchi') && g.sentences.some((s) => s.text.includes('سي إن إن')))!;

  it("Araghchi's words to CNN: one origin, every version hanging from it, earliest first", () => {
    expect(cnn).toBeDefined();
    const m = provenanceModel(cnn, claimKey(cnn), date);
    expect(m.origins.map((o) => [o.label, o.kind])).toEqual([['عباس عراقجي', 'actor']]);
    expect(m.versions.length).toBe(new Set(cnn.sentences.map((s) => s.sentenceId)).size);
    expect(m.versions.every((v) => v.origin === 0)).toBe(true);
    const dates = m.versions.map((v) => v.date ?? '9999');
    expect(dates).toEqual([...dates].sort());
    // The CNN interview is a medium of the chain, not an origin.
    expect(m.versions.some((v) => v.medium?.kind === 'interview' && v.medium.label === 'سي إن إن')).toBe(true);
    for (const v of m.versions) expect(corpus.getArticle(v.file)!.sentences.some((s) => s.line === v.location.line && s.character === v.location.character)).toBe(true);
  });

  it('lays the picture out right to left: origins at the right, later versions further left, nothing overlapping', () => {
    const groups = corpus.claimGroups();
    for (const g of groups) {
      const m = provenanceModel(g, claimKey(g), date);
      const L = layoutProvenance(m);
      const originLeft = Math.min(...L.origins.map((o) => o.x));
      for (const [k, b] of L.versions.entries()) {
        expect(b.x + b.w).toBeLessThanOrEqual(originLeft);
        expect(b.x).toBeGreaterThanOrEqual(0);
        // Later dates further left; versions of one band never share a place.
        if (k > 0) expect(b.x).toBeLessThanOrEqual(L.versions[k - 1].x);
        if (k > 0 && m.versions[k].date !== m.versions[k - 1].date) expect(b.x).toBeLessThan(L.versions[k - 1].x);
        for (let j = 0; j < k; j++) if (m.versions[j].origin === m.versions[k].origin) expect(L.versions[j].x).not.toBe(b.x);
        const band = L.bands[m.versions[k].origin];
        expect(b.y).toBeGreaterThanOrEqual(band.y);
        expect(b.y + b.h).toBeLessThanOrEqual(band.y + band.h);
      }
      expect(L.edges).toHaveLength(m.versions.length);
      expect(L.axis.length).toBe(new Set(m.versions.map((v) => v.date)).size);
    }
  });

  it('draws every version and origin, each text escaped and isolated', () => {
    const m = provenanceModel(cnn, claimKey(cnn), date);
    const svg = provenanceSvg(m, t);
    expect(svg.match(/<g class="version[^"]*" tabindex="0" role="button" data-v="\d+"/g)).toHaveLength(m.versions.length);
    expect(svg.match(/<g class="origin"/g)).toHaveLength(1);
    expect(svg).toContain('\u2068عباس عراقجي\u2069');
    for (const v of m.versions) expect(svg).toContain(`\u2066${v.fileLabel}\u2069`);
  });

  it('shrinks the picture to a narrow panel, but not below four fifths of its size (then it scrolls)', () => {
    const m = provenanceModel(cnn, claimKey(cnn), date);
    const width = layoutProvenance(m).width;
    const css = /svg\.chain \{([^}]*)\}/.exec(provenanceHtml(m, { nonce: 'n', t, lang: 'en' }))![1];
    expect(css).toContain('max-width: 100%');
    expect(css).toContain('height: auto');
    expect(css).toContain(`min-width: ${Math.round(width * 0.8)}px`);
    expect(provenanceSvg(m, t)).toContain(`viewBox="0 0 ${width} `);
  });
});

describe('provenance page safety', () => {
  const hostile: ClaimGroup = {
    id: 'claim:x',
    text: '<script>alert(1)</script> \u202eقال',
    label: '<b>x</b> \u202eقال',
    sentences: [
      { file: 'file:///ws/a%22.txt', sentenceId: 'a#0', line: 0, character: 0, endLine: 0, endCharacter: 5, start: 0, end: 5, text: '<img src=x onerror=alert(1)>' },
      { file: 'file:///ws/b.txt', sentenceId: 'b#0', line: 2, character: 1, endLine: 2, endCharacter: 9, start: 9, end: 17, text: '"><svg onload=alert(2)>' },
    ],
    files: ['file:///ws/a%22.txt', 'file:///ws/b.txt'],
    actorIds: [],
    origins: [
      { key: 'u', label: '</text><script>x</script>', kind: 'unnamed', files: ['file:///ws/a%22.txt'], retellings: [{ file: 'file:///ws/a%22.txt', sentenceId: 'a#0', line: 0, quoted: "' onclick='x" }] },
      { key: 'v', label: 'رويترز', kind: 'outlet', files: ['file:///ws/b.txt'], retellings: [{ file: 'file:///ws/b.txt', sentenceId: 'b#0', line: 2, medium: { kind: 'statement' } }] },
    ],
    date: null,
    disagreements: [{ kind: 'number', detail: '20 | <b>25</b>', files: ['file:///ws/a%22.txt', 'file:///ws/b.txt'] }],
  };
  const m = provenanceModel(hostile, 'k', (f) => (f.includes('b.txt') ? '2026-02-01' : '2026-01-31'));
  const html = provenanceHtml(m, { nonce: 'N0nce123', t, lang: 'en' });

  it('has a strict policy: nothing but its own nonce', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1];
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'nonce-N0nce123'");
    expect(csp).toContain("style-src 'nonce-N0nce123'");
    expect(csp).not.toMatch(/unsafe|https?:|\*/);
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).toContain('<script nonce="N0nce123">');
    // No inline handler in any tag (article text is escaped, so every tag is the page's own).
    const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
    expect(tags.filter((tag) => /\son[a-z]+\s*=/i.test(tag.replace(/"[^"]*"/g, '""')))).toEqual([]);
    expect(html).not.toMatch(/(src|href)=["']?(https?:|\/\/)/);
  });

  it('escapes every text from the articles and strips their bidi controls', () => {
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<svg onload');
    expect(html).not.toContain('<b>25');
    expect(html).not.toContain('</text><script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&#39; onclick=&#39;x');
    expect(html).not.toContain('\u202e');
  });

  it('orders versions by date and marks the disagreeing ones', () => {
    expect(m.versions.map((v) => v.fileLabel)).toEqual(['a".txt', 'b.txt']);
    expect(m.versions.every((v) => v.differ.includes('number'))).toBe(true);
    expect(html.match(/class="version differ"/g)).toHaveLength(2);
  });
});
