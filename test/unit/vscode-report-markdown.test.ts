import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/report/report';
import { LRI, PDI, RLI } from '../../src/vscode/common/bidi';
import { assertInert } from './vscode-inert';
import { relabelFiles, reportToMarkdown } from '../../src/vscode/features/report/reportMarkdown';

const t = (message: string, ...args: Array<string | number | boolean>) =>
  message.replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)]));

const report: Report = {
  articles: [{ file: 'file:///ws/001.txt', date: '2026-02-07', title: 'عنوان [x](command:workbench.action.quit)', mentions: [] }],
  actors: [{ id: 'trump', type: 'person', name: 'دونالد ترامب', nameEn: 'Donald | Trump', discovered: false, roles: [], articles: ['file:///ws/001.txt'], mentions: 3 }],
  claims: [{
    id: 'c', text: '<script>x</script>', origins: ['أكسيوس'], originKinds: {}, date: null, actors: [], disagreements: [],
    chains: [{ origin: 'عباس عراقجي', kind: 'actor', retellings: [
      { file: 'file:///ws/001.txt', line: 6, medium: { kind: 'interview', label: 'سي إن إن' } },
      { file: 'file:///ws/002.txt', line: 2, outlet: { key: 'reuters', label: 'رويترز [x](command:y)' } },
    ] }],
    sentences: [{ file: 'file:///ws/001.txt', line: 6, start: 0, end: 10, text: '![i](file:///etc/passwd)' }],
  }],
  singleSourceClaims: [],
};

describe('reportToMarkdown', () => {
  it('escapes article text and isolates file names', () => {
    const md = reportToMarkdown(relabelFiles(report, (f) => f.replace('file:///ws/', '')), t);
    expect(md).toContain(`${LRI}001\\.txt\\:7${PDI}`);
    // Our own structure (headings, table pipes) removed, nothing unescaped may remain.
    const body = md
      .replace(/^#+ /gm, '')
      .replace(/^\| --- .*$/m, '')
      .replace(/^\|.*\|$/gm, (row) => row.replace(/^\| | \|$/g, '').replace(/ \| /g, ' '));
    assertInert(body);
    expect(md).toContain('Donald \\| Trump');
    expect(md).toContain(`${RLI}عنوان`);
  });

  it('writes the chain as an outline: origin, then each version with its medium or outlet down to file:line', () => {
    const md = reportToMarkdown(relabelFiles(report, (f) => f.replace('file:///ws/', '')), t);
    const lines = md.split('\n');
    const at = lines.findIndex((l) => l.includes('Chain of the claim'));
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toBe(`    - ${RLI}عباس عراقجي${PDI} (named source)`);
    expect(lines[at + 2]).toBe(`      - ↤ interview ${RLI}سي إن إن${PDI} ↤ ${LRI}001\\.txt\\:7${PDI}`);
    expect(lines[at + 3]).toContain(`${LRI}002\\.txt\\:3${PDI}`);
    expect(lines[at + 3]).not.toContain('](command');
  });
});
