/**
 * Two corpora that once made memory grow far beyond the text (see bench/README.md, "Memory"):
 * - `dense`: long articles (100,000 characters) whose every sentence names someone
 *   new, so the discovered names never repeat;
 * - `copies`: many retellings of one 100 KB article (the seeds, joined), each with
 *   its own date line.
 * Deterministic; written as .txt files into a folder.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const FIRST = ['أليكس', 'مارك', 'سامي', 'كريم', 'يوسف', 'داود', 'بيتر', 'جون', 'سالم', 'فادي', 'رامي', 'نبيل', 'هشام', 'وليد', 'طارق', 'ماهر', 'زياد', 'باسل', 'عادل', 'منير'];
const SYLLABLES = ['بر', 'تن', 'سك', 'مو', 'ري', 'دا', 'لو', 'فا', 'كي', 'نو', 'غا', 'زو', 'شي', 'حا', 'جو', 'طي', 'قا', 'صو', 'ثا', 'خو'];
const VERBS = ['وقال', 'وأكد', 'وأضاف', 'وصرح', 'وأوضح'];
const ROLES = ['المحلل السياسي', 'الخبير الاقتصادي', 'المسؤول الحكومي', 'الباحث', 'الدبلوماسي'];
const CLAIMS = [
  'إن المفاوضات بين إيران والولايات المتحدة ستستمر خلال الأسابيع المقبلة',
  'إن الحكومة اللبنانية تدرس مقترحا جديدا لإعادة الإعمار في الجنوب',
  'إن أسعار النفط قد ترتفع إذا تعثرت المحادثات في مسقط',
  'إن مجلس الأمن سيعقد جلسة طارئة لبحث الوضع في غزة',
];

/** The n-th new family name: syllables written in base 20, so no two are alike. */
function familyName(n: number): string {
  let s = 'ال';
  let k = n;
  do {
    s += SYLLABLES[k % SYLLABLES.length];
    k = Math.floor(k / SYLLABLES.length);
  } while (k > 0);
  return s + 'ي';
}

export function writeDense(dir: string, articles: number, chars = 100_000): number {
  fs.mkdirSync(dir, { recursive: true });
  let n = 0;
  let bytes = 0;
  for (let a = 0; a < articles; a++) {
    const lines = ['2026-02-07', `تقرير رقم ${a + 1} عن المحادثات`];
    let len = 0;
    while (len < chars) {
      const s = `${VERBS[n % VERBS.length]} ${ROLES[n % ROLES.length]} ${FIRST[n % FIRST.length]} ${familyName(n)} ${CLAIMS[n % CLAIMS.length]}.`;
      n++;
      lines.push(s);
      len += s.length + 1;
    }
    const text = lines.join('\n');
    bytes += Buffer.byteLength(text);
    fs.writeFileSync(path.join(dir, `dense-${String(a).padStart(4, '0')}.txt`), text);
  }
  return bytes;
}

export function writeCopies(dir: string, seedsDir: string, copies: number, chars = 100_000): number {
  fs.mkdirSync(dir, { recursive: true });
  const seeds = fs.readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(seedsDir, f), 'utf8').replace(/^\d{4}-\d{2}-\d{2}\s*\n/, ''));
  let body = '';
  for (let i = 0; body.length < chars; i++) body += seeds[i % seeds.length] + '\n';
  body = body.slice(0, chars);
  let bytes = 0;
  for (let c = 0; c < copies; c++) {
    const day = String(1 + (c % 28)).padStart(2, '0');
    const text = `2026-02-${day}\n${body}`;
    bytes += Buffer.byteLength(text);
    fs.writeFileSync(path.join(dir, `copy-${String(c).padStart(4, '0')}.txt`), text);
  }
  return bytes;
}
