import { describe, expect, it } from 'vitest';
import { disagreements } from '../../src/core/claims/disagreement';

describe('disagreements between versions of one claim', () => {
  it('finds nothing when the versions agree', () => {
    expect(
      disagreements([
        { file: 'a.txt', text: 'قتل 12 شخصا في انفجار سيارة مفخخة وسط بغداد يوم الأحد.' },
        { file: 'b.txt', text: 'أسفر انفجار سيارة مفخخة في بغداد الأحد عن مقتل اثني عشر شخصاً، بحسب الشرطة 12 قتيلا.' },
      ]),
    ).toEqual([]);
  });

  it('reports numbers that differ, in digits, Arabic-Indic digits or words', () => {
    const d = disagreements([
      { file: 'a.txt', text: 'قتل 12 شخصا في انفجار سيارة مفخخة وسط بغداد.' },
      { file: 'b.txt', text: 'أسفر انفجار سيارة مفخخة في بغداد عن مقتل ١٥ شخصاً.' },
      { file: 'c.txt', text: 'مقتل خمسة أشخاص في انفجار ببغداد.' },
    ]);
    expect(d).toHaveLength(1);
    expect(d[0].kind).toBe('number');
    expect(d[0].detail).toBe('12 | 15 | 5');
    expect(d[0].files).toEqual(['a.txt', 'b.txt', 'c.txt']);
  });

  it('reads a scale word with no figure as a number («مليار دولار» / «مليون دولار»), and not a plural or a form that may be two', () => {
    const d = disagreements([
      { file: 'a.txt', text: 'فيلم النمر الأسود يحصد مليار دولار منذ بداية عرضه' },
      { file: 'b.txt', text: 'فيلم النمر الأسود يحقق مليون دولار أرباح فقط منذ بداية عرضه' },
    ]);
    expect(d.map((x) => [x.kind, x.detail])).toEqual([['number', '1000000000 | 1000000']]);
    // «مليارا دولار» is two billion; «ملايين» says no value.
    expect(disagreements([
      { file: 'a.txt', text: 'مصر تحصل على 2 مليار دولار من صندوق النقد الدولي' },
      { file: 'b.txt', text: 'مليارا دولار لمصر من النقد الدولي' },
    ])).toEqual([]);
    expect(disagreements([
      { file: 'a.txt', text: 'خسائر بملايين الدولارات في حريق المصنع' },
      { file: 'b.txt', text: 'حريق المصنع يكبد أصحابه مليون دولار' },
    ])).toEqual([]);
  });

  it('does not flag a version that only adds a number', () => {
    const d = disagreements([
      { file: 'a.txt', text: 'قتل 12 شخصا وأصيب 30 آخرون في انفجار ببغداد.' },
      { file: 'b.txt', text: 'مقتل 12 شخصا في انفجار ببغداد.' },
      { file: 'c.txt', text: 'انفجار يهز بغداد ويوقع قتلى.' },
    ]);
    expect(d).toEqual([]);
  });

  it('reads multipliers, separators and percentages', () => {
    const d = disagreements([
      { file: 'a.txt', text: 'خصص البنك الدولي 1.5 مليار دولار لإعادة الإعمار.' },
      { file: 'b.txt', text: 'خصص البنك الدولي ١٬٥٠٠ مليون دولار لإعادة الإعمار.' },
    ]);
    expect(d).toEqual([]);
    const p = disagreements([
      { file: 'a.txt', text: 'ارتفع التضخم إلى 12% في أيلول.' },
      { file: 'b.txt', text: 'ارتفع التضخم إلى 13 في المئة.' },
    ]);
    expect(p.map((x) => [x.kind, x.detail])).toEqual([['number', '12% | 13%']]);
  });

  it('reports days and dates that differ, not a year told by one version only', () => {
    const d = disagreements([
      { file: 'a.txt', text: 'زار وزير الخارجية الفرنسي بيروت يوم السبت 3 آذار 2025.' },
      { file: 'b.txt', text: 'وصل وزير الخارجية الفرنسي إلى بيروت الأحد في زيارة رسمية.' },
      { file: 'c.txt', text: 'وزير الخارجية الفرنسي في بيروت في 4 مارس.' },
    ]);
    expect(d.map((x) => x.kind)).toEqual(['date', 'date']);
    expect(d[0].detail).toBe('2025-03-03 | -03-04');
    expect(d[1].detail).toBe('السبت | الاحد');
    expect(d[1].files).toEqual(['a.txt', 'b.txt']);
  });

  it('does not take «مارس» the verb for the month', () => {
    expect(
      disagreements([
        { file: 'a.txt', text: 'مارس الجيش ضغوطا على المحتجين.' },
        { file: 'b.txt', text: 'الجيش يضغط على المحتجين في 5 مايو.' },
      ]),
    ).toEqual([]);
  });

  it('reports a negation present in some versions only', () => {
    const d = disagreements([
      { file: 'a.txt', text: 'قال البيت الأبيض إن الرئيس لم يتخذ قرارا نهائيا بشأن الضربة.' },
      { file: 'b.txt', text: 'ذكر البيت الأبيض أن الرئيس اتخذ قرارا نهائيا بشأن الضربة.' },
    ]);
    expect(d.map(({ kind, detail, files }) => ({ kind, detail, files }))).toEqual([{ kind: 'negation', detail: 'لم | —', files: ['a.txt', 'b.txt'] }]);
    // The pair check names the two sentences.
    expect(d[0].sentences?.map((x) => x.file)).toEqual(['a.txt', 'b.txt']);
    const denial = disagreements([
      { file: 'a.txt', text: 'نفت الحكومة وجود مفاوضات سرية مع المعارضة.' },
      { file: 'b.txt', text: 'أكدت مصادر وجود مفاوضات سرية بين الحكومة والمعارضة.' },
    ]);
    expect(denial.map((x) => x.kind)).toEqual(['denial']);
  });

  it('does not take «لا يزال» or «لا سيما» for a negation', () => {
    expect(
      disagreements([
        { file: 'a.txt', text: 'لا يزال الرئيس منفتحا على الحل الدبلوماسي، لا سيما مع إيران.' },
        { file: 'b.txt', text: 'الرئيس منفتح على حل دبلوماسي مع إيران.' },
      ]),
    ).toEqual([]);
  });

  it('reports different speakers when the caller gives them', () => {
    const d = disagreements([
      { file: 'a.txt', text: 'الاتفاق بات قريبا.', speaker: 'مسؤول أمريكي' },
      { file: 'b.txt', text: 'الاتفاق أصبح قريبا.', speaker: 'وزير الخارجية القطري' },
      { file: 'c.txt', text: 'الاتفاق بات وشيكا.' },
    ]);
    expect(d.map((x) => [x.kind, x.files])).toEqual([['speaker', ['a.txt', 'b.txt']]]);
  });

  it('compares articles, not sentences: two sentences of one article are one version', () => {
    expect(
      disagreements([
        { file: 'a.txt', text: 'قتل 3 أشخاص.' },
        { file: 'a.txt', text: 'وأصيب 7 آخرون.' },
        { file: 'b.txt', text: 'أصيب 7 أشخاص بجروح.' },
      ]),
    ).toEqual([]);
    expect(disagreements([{ file: 'a.txt', text: 'قتل 3 أشخاص.' }])).toEqual([]);
  });
});
