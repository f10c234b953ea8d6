// Hostile text reaching every surface outside the editor: tree labels, descriptions and tooltips
// (plain and Markdown), quick picks and notifications, the status bar, hover cards, the Markdown
// export. Nothing may render as active content (a link, an image, HTML, an icon) or run a command;
// very long words and emoji are cut cleanly; ranges never split a surrogate pair.
import { describe, expect, it, vi } from 'vitest';

vi.mock('vscode', () => ({
  Range: class {
    constructor(public startLine: number, public startCharacter: number, public endLine: number, public endCharacter: number) {}
  },
}));

import type { Report } from '../../src/core/report/report';
import { FSI, LRI, PDI, RLI } from '../../src/vscode/common/bidi';
import { HOVER_ENABLED_COMMANDS } from '../../src/vscode/common/commandLinks';
import { claimTooltipMarkdown, flatten, messageText, NAME_LENGTH, noIcons, noLinks, plainText, plainTooltip, treeLabel } from '../../src/vscode/common/displayText';
import { globMatch, globToRegExp } from '../../src/vscode/workspace/globMatch';
import { MAX_ORIGINS, NAME_EXCERPT, renderActorHover, renderClaimHover, SENTENCE_EXCERPT, type ActorHoverModel } from '../../src/vscode/features/hover/hoverMarkdown';
import { excerpt, splitsSurrogatePair } from '../../src/vscode/common/markdownText';
import { snapToCodePoints } from '../../src/vscode/common/positions';
import { relabelFiles, reportToMarkdown } from '../../src/vscode/features/report/reportMarkdown';
import { statusBarContent } from '../../src/vscode/features/status/statusBar';
import { assertInert, linkTargets } from './vscode-inert';

const t = (message: string, ...args: Array<string | number | boolean>) =>
  message.replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)]));

/** Everything an article, a registry or a file name could carry to make a surface act. */
const EVIL = [
  '[x](command:workbench.action.quit)',
  '[run](command:isnad.openLocation?%5B%7B%22file%22%3A%22command%3Axyz%22%7D%5D)',
  '[js](javascript:alert(1)) [f](file:///etc/passwd) <javascript:alert(1)>',
  '![img](https://evil.example/x.png) ![i](file:///etc/passwd)',
  '<script>alert(1)</script> <img src=x onerror=alert(1)> <a href="javascript:alert(1)">a</a>',
  '<!-- c --> <iframe src="command:workbench.action.quit"></iframe>',
  '`code` ``more`` ~~~',
  '*b* _i_ **b** __u__ ~~s~~',
  '| a | b |\n|---|---|\n# heading\n> quote\n1. list\n- item\n    indented code',
  'https://evil.example/x www.evil.example mail@evil.example',
  '&lt;b&gt; &amp; &#60;script&#62;',
  '$(zap) $(sync~spin) icon',
  '[ref]: command:workbench.action.quit\n[ref]',
  '\\[x](command:workbench.action.quit) [a] (command:workbench.action.quit)',
  'text\u202Ereversed\u2069\u2066 \u0000\u0007\u001b[31m \u0085\u2028\u2029',
  '😀𝕏🇸🇦',
].join(' ');

const LONG_WORD = 'ب'.repeat(100_000);
const EMOJI_RUN = '😀'.repeat(10_000);

const noLoneSurrogates = (s: string) => !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);

describe('displayText: plain surfaces (tree rows, quick picks, notifications)', () => {
  it('makes one line of text: controls and line separators become spaces, one for one', () => {
    const s = 'a\nb\r\nc\u2028d\u0085e\u0000f\tg';
    expect(flatten(s)).toHaveLength(s.length);
    expect(flatten(s)).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
  });

  it('breaks icon and notification-link syntax', () => {
    expect(noIcons('$(zap) x')).not.toContain('$(');
    for (const link of ['[x](command:workbench.action.quit)', '[x] (command:a)', '[x]\t(https://e.example)']) {
      // VS Code's notification link syntax: \[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^\)\s]+)...
      expect(noLinks(flatten(link))).not.toMatch(/\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)/i);
    }
  });

  it('leaves nothing active in labels, tooltips and messages built from hostile text', () => {
    for (const out of [plainText(EVIL, 10_000), treeLabel(EVIL, 10_000), plainTooltip([EVIL, EVIL]), messageText(EVIL, 10_000)]) {
      expect(out).not.toMatch(/\]\s*\((?:command|https?|file|javascript):/i);
      expect(out).not.toContain('$(');
      expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/);
      expect(out).not.toContain('\u202E');
    }
    // A tooltip keeps one line per entry and no more.
    expect(plainTooltip([EVIL, EVIL]).split('\n')).toHaveLength(2);
  });

  it('cuts very long words and emoji runs to a sensible length, cleanly', () => {
    for (const text of [LONG_WORD, EMOJI_RUN, 'قال ' + EMOJI_RUN, EMOJI_RUN.slice(1)]) {
      const label = treeLabel(text);
      expect(label.length).toBeLessThanOrEqual(NAME_LENGTH + 8);
      expect(label.startsWith(FSI) && label.endsWith(PDI)).toBe(true);
      if (noLoneSurrogates(text)) expect(noLoneSurrogates(label)).toBe(true);
    }
    expect(plainTooltip([LONG_WORD]).length).toBeLessThan(700);
  });

  it('escapes the claim tooltip (a MarkdownString) like a hover and bounds it', () => {
    const md = claimTooltipMarkdown(EVIL + ' ' + LONG_WORD, 3, Array.from({ length: 500 }, () => EVIL), t);
    assertInert(md);
    expect(linkTargets(md)).toEqual([]);
    expect(md.length).toBeLessThan(20_000);
    expect(md).toContain(`${LRI}\\+492${PDI}`);
  });
});

describe('excerpt never splits a surrogate pair', () => {
  it('whatever the length and focus', () => {
    const texts = [EMOJI_RUN, 'a' + EMOJI_RUN, 'قال ' + '𝕏'.repeat(500) + ' ترامب ' + '😀'.repeat(500), '🇸🇦'.repeat(300)];
    let seed = 1;
    const rnd = (n: number) => { seed = (seed * 48271) % 2147483647; return seed % n; };
    for (let i = 0; i < 2000; i++) {
      const text = texts[i % texts.length];
      const max = 1 + rnd(300);
      const start = rnd(text.length);
      const end = start + rnd(Math.min(50, text.length - start));
      const cut = excerpt(text, max, start, end);
      expect(noLoneSurrogates(cut.text), `max ${max} focus ${start}-${end}`).toBe(true);
      // The offset still maps the excerpt back onto the text.
      const body = cut.text.replace(/^… /, '').replace(/ …$/, '');
      const from = cut.offset + (cut.text.startsWith('… ') ? 2 : 0);
      expect(text.slice(from, from + body.length)).toBe(body);
    }
  });

  it('knows where a pair is', () => {
    expect(splitsSurrogatePair('a😀b', 2)).toBe(true);
    expect(splitsSurrogatePair('a😀b', 1)).toBe(false);
    expect(splitsSurrogatePair('a😀b', 3)).toBe(false);
  });
});

describe('snapToCodePoints (decoration and hover ranges)', () => {
  it('widens a range that would cut an emoji in half, and leaves others alone', () => {
    const line = 'قال 😀ترامب😀 إن';
    const s = line.indexOf('😀');
    expect(snapToCodePoints(line, s + 1, s + 2)).toEqual([s, s + 2]);
    const m = line.indexOf('ترامب');
    expect(snapToCodePoints(line, m, m + 5)).toEqual([m, m + 5]);
    expect(snapToCodePoints(line, m, m + 6)).toEqual([m, m + 7]);
    expect(snapToCodePoints('', 0, 0)).toEqual([0, 0]);
  });
});

function actorModel(over: Partial<ActorHoverModel> = {}): ActorHoverModel {
  return {
    actorId: 'trump', name: 'دونالد ترامب', nameEn: 'Donald Trump', typeLabel: 'Person', roles: ['الرئيس الأمريكي'],
    description: 'President', discovered: false, articleCount: 2, mentionCount: 3,
    others: [{ fileLabel: '000.txt', date: '2026-02-07', sentence: 'قال ترامب', focus: { start: 4, end: 9 }, location: { file: 'file:///ws/000.txt', line: 0, character: 4, endLine: 0, endCharacter: 9 } }],
    moreArticles: 0, claims: [], sentenceClaims: [], ...over,
  };
}

describe('hover cards under hostile and huge input', () => {
  it('cut names, roles, descriptions, file names and dates, and stay inert', () => {
    const huge = EVIL + LONG_WORD;
    const md = renderActorHover(actorModel({
      name: huge, nameEn: huge, roles: [huge, huge, huge], description: huge,
      others: [{ fileLabel: huge + '.txt', date: huge, sentence: EVIL + ' ترامب ' + LONG_WORD, focus: { start: EVIL.length + 1, end: EVIL.length + 6 }, location: { file: 'file:///ws/a.txt', line: 0, character: 0, endLine: 0, endCharacter: 5 } }],
      claims: [{ id: 'c', text: huge, articleCount: 2, originCount: 1 }],
      sentenceClaims: [{ id: 'c', text: huge, articleCount: 2, originCount: 1 }],
    }), t);
    assertInert(md);
    expect(md.length).toBeLessThan(12 * (SENTENCE_EXCERPT + NAME_EXCERPT) * 2);
    // Only the links the card itself makes: the article, «see all», the claims.
    const targets = linkTargets(md);
    expect(targets.length).toBe(4);
    for (const target of targets) expect(HOVER_ENABLED_COMMANDS).toContain(/^command:([\w.]+)\?/.exec(target)?.[1]);
    expect(noLoneSurrogates(md)).toBe(true);
  });

  it('bounds the origins of a claim card', () => {
    const md = renderClaimHover({
      claim: { id: 'c', text: EVIL, articleCount: 3, originCount: 900 },
      origins: Array.from({ length: 900 }, (_, i) => `مصدر ${i} ${EVIL}`),
      others: [], moreArticles: 0,
    }, t);
    assertInert(md);
    expect(md).toContain(`${LRI}\\+${900 - MAX_ORIGINS}${PDI}`);
    expect(md.length).toBeLessThan(20_000);
  });

  // Its speed is a figure of `node scripts/bench.mjs --guards`; here, that megabyte inputs are cut:
  // the card does not grow with them.
  it('renders the same bounded card from megabyte inputs of any size', () => {
    const card = (copies: number): string => {
      const big = EVIL.repeat(copies);
      return renderActorHover(actorModel({ name: big, description: big, roles: [big], others: Array.from({ length: 50 }, () => actorModel().others[0]) }), t);
    };
    const md = card(2000);
    assertInert(md);
    expect(EVIL.length * 2000).toBeGreaterThan(100_000);
    expect(md.length).toBeLessThan(60_000);
    expect(card(4000)).toBe(md);
  });
});

describe('status bar', () => {
  it('shows only fixed icons, words and digits, never text from a file', () => {
    const states = [
      { kind: 'indexing' as const },
      { kind: 'tooLarge' as const, maxFileSizeKB: 1024 },
      { kind: 'article' as const, actors: 12, claims: 3 },
      { kind: 'article' as const, actors: Number.NaN, claims: -4 },
    ];
    for (const state of states) {
      const c = statusBarContent(state, t)!;
      expect(c.text).toMatch(/^(\$\([a-z~-]+\)\s*(Isnad|\d+)\s*)+$/);
      expect(c.tooltip).not.toContain('$(');
      expect(['isnad.showSidebar', 'workbench.action.openSettings']).toContain(c.command?.command);
    }
    expect(statusBarContent({ kind: 'hidden' }, t)).toBeUndefined();
    expect(statusBarContent({ kind: 'article', actors: 12, claims: 3 }, t)!.text).toBe('$(person) 12  $(comment-discussion) 3');
  });
});

describe('Markdown export', () => {
  // Asserted rather than typed: the engine's report grows fields this test does not need.
  const report = {
    articles: [
      { file: 'file:///ws/[x](command:workbench.action.quit).txt', date: '<b>2026</b>', title: EVIL, mentions: [] },
      { file: 'file:///ws/a|b\n# h.txt', date: null, title: 'عنوان', mentions: [] },
    ],
    actors: [{ id: 'x', type: 'person', name: EVIL, nameEn: EVIL, discovered: true, roles: [], articles: ['file:///ws/a.txt'], mentions: 3 }],
    claims: [{ id: 'c', text: EVIL, origins: [EVIL], originKinds: {}, date: null, actors: [], sentences: [{ file: 'file:///ws/a.txt', line: 0, start: 0, end: 3, text: EVIL }] }],
    singleSourceClaims: [{ id: 'd', text: EVIL, origins: [], originKinds: {}, date: null, actors: [], sentences: [{ file: 'file:///ws/[y](javascript:alert(1)).txt', line: 2, start: 0, end: 3, text: EVIL }] }],
  } as unknown as Report;

  it('has no link, image, HTML or table break from article text, names or file names', () => {
    const md = reportToMarkdown(relabelFiles(report, (f) => f.replace('file:///ws/', '')), t);
    // Our own structure removed (headings, the table's pipes), nothing unescaped may remain.
    const lines = md.split('\n');
    const body = lines
      .map((l) => l.replace(/^#+ /, ''))
      .filter((l) => !/^\| --- /.test(l))
      .map((l) => (/^\|.*\|$/.test(l) ? l.replace(/^\| | \|$/g, '').replace(/ \| /g, ' ') : l))
      .join('\n');
    assertInert(body);
    expect(linkTargets(md)).toEqual([]);
    // Every table row has exactly the table's columns: no `|` or line break from text got through.
    const rows = lines.filter((l) => l.startsWith('| '));
    for (const row of rows) expect(row.replace(/\\\|/g, '').split('|').length).toBe(7);
    // Every line is one of ours: a heading, a list item, a table row or empty.
    for (const l of lines) expect(l === '' || /^(#{1,2} |- |  - |\| )/.test(l) || /^\S/.test(l), l).toBe(true);
  });
});

describe('include globs from the workspace settings', () => {
  it('do not throw or hang on pathological patterns', () => {
    // What keeps them from backtracking without end, checked first (a regression would hang the
    // calls below): a run of `**/` becomes one (each would be one more nested `(?:.*/)?`), and an
    // overlong glob compiles to a short pattern.
    expect(globToRegExp('**/'.repeat(13) + '*.txt').source).toBe(globToRegExp('**/*.txt').source);
    expect(globToRegExp('**/**/**/*.txt').source.match(/\.\*/g)).toHaveLength(1);
    expect(globToRegExp('*'.repeat(5000)).source.length).toBeLessThan(50);
    const deep = Array.from({ length: 60 }, (_, i) => `d${i}`).join('/') + '/x.md';
    expect(globMatch('**/**/**/**/**/**/**/**/**/**/**/**/**/*.txt', deep)).toBe(false);
    expect(globMatch('**/**/**/*.txt', 'a/b/c.txt')).toBe(true);
    expect(globMatch('news/[z-a]*.txt', 'news/a.txt')).toBe(false);
    expect(globMatch('{a,b', 'a')).toBe(false);
    expect(globMatch('*'.repeat(5000), 'a.txt')).toBe(false);
  });
});
