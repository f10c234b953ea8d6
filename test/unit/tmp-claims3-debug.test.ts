import { it } from 'vitest';
import { Corpus } from '../../src/core/corpus/corpus';
import { buildReport } from '../../src/core/report/report';
it('dbg', () => {
  const A: Record<string, string> = {
    'rumour.txt': ['تأجيل امتحانات الثانوية العامة', 'تداولت مواقع التواصل الاجتماعي أن وزارة التربية والتعليم المصرية قررت تأجيل امتحانات الثانوية العامة إلى شهر يوليو المقبل.'].join('\n'),
    'rumour2.txt': ['أنباء عن تأجيل الامتحانات', 'وانتشرت على مواقع التواصل الاجتماعي أنباء عن قرار وزارة التربية والتعليم المصرية تأجيل امتحانات الثانوية العامة حتى يوليو المقبل.'].join('\n'),
    'official.txt': ['التعليم: لا تأجيل للامتحانات', 'نفت وزارة التربية والتعليم المصرية صحة ما تداولته مواقع التواصل الاجتماعي عن تأجيل امتحانات الثانوية العامة إلى شهر يوليو المقبل، مؤكدة أن الامتحانات ستعقد في موعدها.'].join('\n'),
  };
  const c = new Corpus();
  for (const [f, t] of Object.entries(A)) c.setArticle(f, t + '\n');
  for (const cl of buildReport(c).claims) console.log(JSON.stringify({ s: cl.sentences.map((s) => [s.file, s.line, s.text.slice(0, 40)]), d: cl.disagreements.map((d) => [d.kind, d.files, d.detail]) }));
});
