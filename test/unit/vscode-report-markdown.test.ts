import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/report/report';
import { LRI, PDI, RLI } from '../../src/vscode/bidi';
import { assertInert } from './vscode-inert';
import { relabelFiles, reportToMarkdown } from '../../src/vscode/reportMarkdown';

const t = (message: string, ...args: Array<string | number | boolean>) =>
  message.replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)]));

const report: Report = {
  articles: [{ file: 'file:///ws/001.txt', date: '2026-02-07', title: 'عنوان [x](command:workbench.action.quit)', mentions: [] }],
  actors: [{ id: 'trump', type: 'person', name: 'دونالد ترامب', nameEn: 'Donald | Trump', discovered: false, roles: [], articles: ['file:///ws/001.txt'], mentions: 3 }],
  claims: [{
    id: 'c', text: '<script>x</script>', origins: ['أكسيوس'], originKinds: {}, date: null, actors: [], disagreements: [], chains: [],
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
});
