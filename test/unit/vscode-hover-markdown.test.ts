// Hover markdown: article text can never become active content (links, images, HTML, code,
// tables, headings), command links go only to the allow-list, and bidi isolates are in place.
import { describe, expect, it } from 'vitest';
import { LRI, PDI, RLI } from '../../src/vscode/common/bidi';
import { commandUri, HOVER_ENABLED_COMMANDS } from '../../src/vscode/common/commandLinks';
import { renderActorHover, renderClaimHover, sentenceMarkdown, type ActorHoverModel } from '../../src/vscode/features/hover/hoverMarkdown';
import { escapeMarkdown, excerpt } from '../../src/vscode/common/markdownText';
import { assertInert } from './vscode-inert';

const t = (message: string, ...args: Array<string | number | boolean>) =>
  message.replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)]));

const EVIL = [
  '[x](command:workbench.action.quit)',
  '<script>alert(1)</script>',
  '![i](file:///etc/passwd)',
  '`code` ``more``',
  '*bold* _it_ **b** __u__',
  '| a | b |\n|---|---|',
  '# heading',
  '> quote',
  '1. list',
  '<img src=x onerror=alert(1)>',
  'https://evil.example/x www.evil.example mail@evil.example',
  '&lt;b&gt; &amp; &#60;',
  '$(zap) icon',
  '[ref]: command:workbench.action.quit',
  '\\[x](command:workbench.action.quit)',
  'text\u202Ereversed\u2069\u2066',
].join(' ');

function model(over: Partial<ActorHoverModel> = {}): ActorHoverModel {
  return {
    actorId: 'trump',
    name: 'دونالد ترامب',
    nameEn: 'Donald Trump',
    typeLabel: 'Person',
    roles: ['الرئيس الأمريكي'],
    description: 'President of the United States',
    discovered: false,
    articleCount: 5,
    mentionCount: 17,
    others: [
      {
        fileLabel: '000_088bf622a7312beb.txt',
        date: '2026-02-07',
        sentence: 'وبحسب مسؤول أمريكي كبير، فإن إدارة الرئيس دونالد ترامب أبلغت طهران عبر CNN',
        focus: { start: 42, end: 54 },
        location: { file: 'file:///ws/000_088bf622a7312beb.txt', line: 1, character: 42, endLine: 1, endCharacter: 54 },
      },
    ],
    moreArticles: 2,
    claims: [{ id: 'claim:file:///ws/a.txt#0', text: 'ترامب لم يتخذ قرارًا نهائيًا', articleCount: 3, originCount: 2 }],
    sentenceClaims: [],
    ...over,
  };
}

describe('escapeMarkdown', () => {
  it('escapes every ASCII punctuation character', () => {
    expect(escapeMarkdown('[x](y)')).toBe('\\[x\\]\\(y\\)');
    expect(escapeMarkdown('<script>')).toBe('\\<script\\>');
    expect(escapeMarkdown('a_b*c`d|e')).toBe('a\\_b\\*c\\`d\\|e');
  });

  it('turns line breaks into spaces so text cannot open a block', () => {
    expect(escapeMarkdown('a\n# b\r\n> c')).toBe('a \\# b \\> c');
  });

  it('leaves Arabic text and isolates alone', () => {
    expect(escapeMarkdown(`${RLI}ترامب${PDI}`)).toBe(`${RLI}ترامب${PDI}`);
  });

  it('makes hostile text inert', () => {
    // Bidi controls are removed by the isolation step that always comes first (see bidi.ts).
    assertInert(escapeMarkdown(EVIL), { bidi: false });
  });
});

describe('renderActorHover', () => {
  it('renders names, counts, other articles and claims with isolates', () => {
    const md = renderActorHover(model(), t);
    expect(md).toContain(`**${RLI}دونالد ترامب${PDI}**`);
    expect(md).toContain(`${LRI}Donald Trump${PDI}`);
    expect(md).toContain(`${LRI}000\\_088bf622a7312beb\\.txt${PDI}`); // file name in LRI..PDI
    expect(md).toContain(`${LRI}2026\\-02\\-07${PDI}`);
    expect(md).toContain('**دونالد ترامب**'); // the mention in bold inside its sentence
    expect(md).toContain(`${LRI}CNN${PDI}`); // Latin run inside the Arabic sentence
    expect(md).toMatch(new RegExp(`${RLI}وبحسب`)); // sentence opens an RTL isolate
    expect(md).toContain(`${LRI}5${PDI}`);
    expect(md).toContain('command:isnad.openLocation?');
    expect(md).toContain('command:isnad.showActorMentions?');
    expect(md).toContain('command:isnad.revealClaim?');
    assertInert(md);
  });

  it('keeps isolates balanced', () => {
    const md = renderActorHover(model(), t);
    const opens = [...md].filter((c) => c === LRI || c === RLI || c === '\u2068').length;
    const closes = [...md].filter((c) => c === PDI).length;
    expect(opens).toBe(closes);
  });

  it('never lets hostile article text, names or file names become active', () => {
    const md = renderActorHover(model({
      name: EVIL,
      nameEn: EVIL,
      roles: [EVIL],
      description: EVIL,
      others: [{
        fileLabel: '[x](command:workbench.action.quit).txt',
        date: '<b>2026</b>',
        sentence: EVIL,
        focus: { start: 0, end: 36 },
        location: { file: 'file:///ws/a).txt', line: 0, character: 0, endLine: 0, endCharacter: 3 },
      }],
      claims: [{ id: 'x)](command:workbench.action.quit', text: EVIL, articleCount: 2, originCount: 1 }],
      sentenceClaims: [{ id: 'c', text: EVIL, articleCount: 2, originCount: 1 }],
    }), t);
    assertInert(md);
  });

  it('says when no other article mentions the actor', () => {
    const md = renderActorHover(model({ others: [], moreArticles: 0, claims: [] }), t);
    expect(md).toContain('No other article mentions this actor\\.');
    expect(md).not.toContain('command:isnad.showActorMentions');
  });
});

describe('renderClaimHover', () => {
  it('lists how the other articles tell the claim, inert', () => {
    const md = renderClaimHover({
      claim: { id: 'claim:1', text: EVIL, articleCount: 3, originCount: 2 },
      origins: ['أكسيوس', EVIL],
      others: [{ fileLabel: '002.txt', date: null, sentence: EVIL, location: { file: 'file:///ws/002.txt', line: 2, character: 0, endLine: 2, endCharacter: 10 } }],
      moreArticles: 1,
    }, t);
    expect(md).toContain(`${RLI}أكسيوس${PDI}`);
    expect(md).toContain('undated');
    assertInert(md);
  });

  it('says which article stands on which side of a disagreement, each side isolated and inert', () => {
    const differ = { kind: 'contradiction', detail: 'ارتفع | انخفض', files: ['a.txt', 'b.txt', 'c.txt'] };
    const model = {
      claim: { id: 'claim:1', text: 'النفط يرتفع مع انخفاض المخزونات الأمريكية', articleCount: 3, originCount: 3 },
      origins: [],
      others: [],
      moreArticles: 0,
    };
    const sides = renderClaimHover({ ...model, differ: [{ ...differ, sides: [{ says: 'ارتفع', files: ['a.txt', 'c.txt'] }, { says: EVIL, files: ['b.txt'] }] }] }, t);
    // Markdown escapes the dots of the file names.
    const lines = sides.split('\n').map((l) => l.replace(/\\/g, '')).filter((l) => l.includes('.txt'));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain(`${RLI}ارتفع${PDI}`);
    expect(lines[0]).toMatch(/a\.txt.*c\.txt/);
    expect(lines[0]).not.toContain('b.txt');
    expect(lines[1]).toContain('b.txt');
    assertInert(sides);
    // Without sides, the files on one line as before.
    const flat = renderClaimHover({ ...model, differ: [differ] }, t);
    expect(flat.split('\n').filter((l) => l.includes('.txt') || l.includes('\\.txt'))).toHaveLength(1);
  });
});

describe('sentenceMarkdown and excerpt', () => {
  it('cuts long sentences around the focus at word boundaries', () => {
    const words = Array.from({ length: 80 }, (_, i) => `كلمة${i}`);
    const sentence = words.join(' ');
    const start = sentence.indexOf('كلمة60');
    const cut = excerpt(sentence, 100, start, start + 6);
    expect(cut.text).toContain('كلمة60');
    expect(cut.text.startsWith('… ')).toBe(true);
    expect(cut.text.length).toBeLessThanOrEqual(104);
    const md = sentenceMarkdown(sentence, { start, end: start + 6 }, 100);
    expect(md).toContain(`**كلمة${LRI}60${PDI}**`);
  });

  it('ignores an empty or out-of-range focus', () => {
    expect(sentenceMarkdown('نص قصير', { start: 50, end: 60 })).toBe(`${RLI}نص قصير${PDI}`);
  });
});

describe('commandUri', () => {
  it('encodes arguments so they cannot end the link target', () => {
    const uri = commandUri('isnad.openLocation', [{ file: 'file:///a(1).txt' }]);
    expect(uri).not.toMatch(/[()'!*\s]/);
    const query = uri.slice(uri.indexOf('?') + 1);
    expect(JSON.parse(decodeURIComponent(query))).toEqual([{ file: 'file:///a(1).txt' }]);
  });

  it('refuses commands outside the allow-list', () => {
    expect(() => commandUri('workbench.action.quit', [])).toThrow();
  });
});
