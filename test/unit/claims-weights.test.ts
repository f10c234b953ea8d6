import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinActors, builtinOffices } from '../../src/core/actors/builtin';
import { Registry } from '../../src/core/actors/registry';
import { clusterUnits, BACKGROUND_THRESHOLD, type ClusterOptions, type Unit } from '../../src/core/claims/cluster';
import { featureIdf } from '../../src/core/claims/cluster/weights';
import { stemFeature } from '../../src/core/claims/features';
import { normalize } from '../../src/core/text/normalize';
import { tokenize } from '../../src/core/text/tokens';
import { backgroundTable } from '../../src/eval/claims/backgroundDf';

const root = join(__dirname, '..', '..');
const data = join(root, '..', 'shared', 'data');
const registry = new Registry(builtinActors(), builtinOffices);

/** A sentence's claim features, as the grouping sees a one-clause sentence (stems only: no mentions here). */
function features(sentence: string): string[] {
  return [...new Set(tokenize(normalize(sentence)).map((t) => stemFeature(registry, t.text)).filter((f) => f !== ''))];
}
const unit = (file: string, index: number, sentence: string): Unit => ({ file, index, clause: 0, features: features(sentence) });

// Two retellings of one claim (seeds 000 and 001), and sentences of other stories from the seeds.
const pair = [
  unit('a.txt', 0, 'وبحسب مسؤول أمريكي كبير، فإن إدارة الرئيس دونالد ترامب أبلغت طهران عبر قنوات متعددة انفتاحها على التفاوض لإبرام اتفاق جديد.'),
  unit('b.txt', 0, 'أبلغت إدارة ترامب إيران عبر قنوات متعددة بأنها منفتحة على عقد اجتماع للتفاوض على اتفاق، وفق ما صرّح به مسؤول أمريكي كبير.'),
];
const others = [
  unit('c.txt', 0, 'وتأتي هذه التحركات بالتزامن مع أوامر أصدرها ترامب بحشد عسكري واسع في منطقة الخليج.'),
  unit('d.txt', 0, 'وتأتي هذه الجهود الدبلوماسية في وقت أمر فيه ترامب بحشد عسكري واسع في منطقة الخليج.'),
  unit('e.txt', 0, 'تسعى الدول الثلاث التي نجحت سابقاً في تنسيق اتفاق غزة إلى دفع مسار التفاوض لمنع الصدام المسلح.'),
  unit('f.txt', 0, 'إدارة ترامب أبلغت الوسطاء انفتاحها على التفاوض عبر قنوات متعددة.'),
];
const background: ClusterOptions = { threshold: BACKGROUND_THRESHOLD, maxPostings: 400, weights: 'background' };
const corpusWeights: ClusterOptions = { threshold: 0.35, maxPostings: 400, weights: 'corpus' };

describe('background weights of the claim grouping', () => {
  it.skipIf(!existsSync(join(data, 'anercorp')))('ships the table the builder makes from the training text, byte for byte', () => {
    const built = backgroundTable(data);
    expect(built.text).toBe(readFileSync(join(root, 'src', 'core', 'data', 'claims', 'stem-df.json'), 'utf8'));
    expect(built.sentences).toBeGreaterThan(4000);
  });

  it('weighs a common stem below a rarer one, an unseen stem highest, and every actor alike', () => {
    expect(featureIdf('دول')).toBeLessThan(featureIdf('جمهور'));
    expect(featureIdf('جمهور')).toBeLessThan(featureIdf('قزحي'));
    expect(featureIdf('@iran')).toBe(featureIdf('@usa'));
    expect(featureIdf('@iran')).toBeLessThan(featureIdf('قزحي'));
  });

  it('gives two clauses the same similarity whatever the other articles, unlike weights from the corpus', () => {
    const alone = clusterUnits(pair, background);
    const among = clusterUnits([...pair, ...others], background);
    expect(alone.similarity(0, 1)).toBeGreaterThan(BACKGROUND_THRESHOLD);
    expect(among.similarity(0, 1)).toBeCloseTo(alone.similarity(0, 1), 12);
    // f.txt tells the same claim in fewer words: it joins; the other stories stay out.
    expect(among.groups.filter((g) => g.includes(0))).toEqual([[0, 1, 5]]);
    // With the corpus's own weights, other articles that share words change the pair's weights.
    const c1 = clusterUnits(pair, corpusWeights).similarity(0, 1);
    const c2 = clusterUnits([...pair, ...others], corpusWeights).similarity(0, 1);
    expect(Math.abs(c1 - c2)).toBeGreaterThan(1e-3);
  });
});
