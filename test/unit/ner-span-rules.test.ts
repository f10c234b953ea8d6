import { describe, expect, it } from 'vitest';
import { Corpus } from '../../src/core/corpus/corpus';
import { endBeforeBreak } from '../../src/core/actors/tagger';
import { isPeople, personConnectorEnd, personEnd, personTrimmedEnd } from '../../src/core/actors/tagger/spanRules';
import type { TaggedSpan } from '../../src/core/actors/tagger/tag';
import { normalizeWithMap } from '../../src/core/text/normalize';
import { tokenize } from '../../src/core/text/tokens';

/**
 * Boundaries of the names the tagger finds (src/core/actors/tagger/spanRules.ts),
 * on newswire sentences (ANERcorp's development documents, CC BY-SA 4.0, and
 * news wording of the same kind).
 */

/** The discovered persons' mention texts of a one-article corpus. */
function persons(text: string): string[] {
  const c = new Corpus();
  c.setArticle('a.txt', text);
  const ids = new Set(c.discoveredActors().filter((a) => a.type === 'person').map((a) => a.id));
  return c.getArticle('a.txt')!.mentions.filter((m) => ids.has(m.actorId)).map((m) => m.text);
}

/** personEnd on a sentence where the tagger is said to have found `word` alone as a person: the name's words. */
function extended(sentence: string, word: string): string {
  const norm = normalizeWithMap(sentence);
  const tokens = tokenize(norm.text);
  const first = tokens.findIndex((t) => t.text === word);
  const span: TaggedSpan = { first, last: first + 1, type: 'person', confidence: 0.9, prefixLength: 0 };
  const last = personEnd(span, tokens, norm.text, new Uint8Array(tokens.length), [span]);
  return tokens.slice(first, last).map((t) => t.text).join(' ');
}

describe('a given name alone takes the family name after it', () => {
  it('in the engine: «المخرج محمد فاضل», «عثمان نافع», where the model stopped after the given name', () => {
    expect(persons('ـ تقابلت مع المخرج محمد فاضل مصادفة في منزل الفنان سمير غانم')).toContain('محمد فاضل');
    expect(persons('وقال مدير الإدارة السياسية برئاسة الجمهورية عثمان نافع للجزيرة نت أن هذه التهديدات لن تخيفنا')).toContain('عثمان نافع');
  });
  it('the next word must be able to be a family name', () => {
    expect(extended('وسافر محمد فاضل إلى القاهرة', 'محمد')).toBe('محمد فاضل');
    // The article, a conjunction, a stopword, a preposition on the article, a pronoun suffix, punctuation.
    expect(extended('وقال محمد الصغير إن', 'محمد')).toBe('محمد');
    expect(extended('انضمام بلال عبدالرحمن وعزت جدوع', 'بلال')).toBe('بلال عبدالرحمن');
    expect(extended('انضمام بلال وعزت جدوع', 'بلال')).toBe('بلال');
    expect(extended('وقال محمد إن المحادثات جادة', 'محمد')).toBe('محمد');
    expect(extended('وأوصى علي بالتحدث الى الوفد', 'علي')).toBe('علي');
    expect(extended('وذهب علي معهم الى السوق', 'علي')).toBe('علي');
    expect(extended('ووصل محمد ، فاضل في الطريق', 'محمد')).toBe('محمد');
    // A verb of saying, a title: never a name.
    expect(extended('وكان محمد قال إن', 'محمد')).toBe('محمد');
    expect(extended('والتقى محمد وزير الخارجية', 'محمد')).toBe('محمد');
    // A verb or a verbal noun after its subject, a feminine noun behind a preposition (ANERcorp training text).
    expect(extended('بدأ نزار يكتب الشعر وعمره 16 سنة', 'نزار')).toBe('نزار');
    expect(extended('وأشار إلي أن قمته مع الرئيس مبارك تناولت التعاون بين البلدين', 'مبارك')).toBe('مبارك');
    expect(extended('وتوقع فارس تزايد الأضرار الاقتصادية', 'فارس')).toBe('فارس');
    expect(extended('الانتخابات الرئاسية التي أسفرت عن فوز صالح بنسبة 77% من أصوات الناخبين', 'صالح')).toBe('صالح');
    // Foreign family names that open with the same letters stay.
    expect(extended('وقال جون يانغ إن', 'جون')).toBe('جون يانغ');
    expect(extended('وصل توني بلير إلى بيروت', 'توني')).toBe('توني بلير');
  });
  it('only a given name, only a person, only one word', () => {
    expect(extended('وقال كاكبيرن فاضل إن', 'كاكبيرن')).toBe('كاكبيرن');
    const norm = normalizeWithMap('وسافر محمد فاضل إلى القاهرة');
    const tokens = tokenize(norm.text);
    const org: TaggedSpan = { first: 1, last: 2, type: 'organization', confidence: 0.9, prefixLength: 0 };
    expect(personEnd(org, tokens, norm.text, new Uint8Array(tokens.length), [org])).toBe(2);
  });
});

/** personConnectorEnd where the tagger is said to have found `name` (its words) as a person: the name's words. */
function connected(sentence: string, name: string, covered: string[] = []): string {
  const norm = normalizeWithMap(sentence);
  const tokens = tokenize(norm.text);
  const words = normalizeWithMap(name).text.split(' ');
  const first = tokens.findIndex((t, i) => words.every((w, k) => tokens[i + k]?.text === w));
  const span: TaggedSpan = { first, last: first + words.length, type: 'person', confidence: 0.9, prefixLength: 0 };
  const mask = new Uint8Array(tokens.length);
  for (const c of covered) mask[tokens.findIndex((t) => t.text === normalizeWithMap(c).text)] = 1;
  return tokens.slice(first, personConnectorEnd(span, tokens, norm.text, mask, span.last)).map((t) => t.text).join(' ');
}

describe('the preposition «على» is no person', () => {
  it('an article about «علي» does not name him at every «على» (ANERcorp training text)', () => {
    const text = [
      'ولكن الفتنة انتقلت من المدينة إلى خارجها ، فقد طالب بعض الصحابة ـ وعلى رأسهم عائشة بنت أبي بكر ـ بالقصاص من القتلة .',
      'ورفض معاوية بن أبي سفيان بيعة علي ورد واليه على الشام ورفع شعار الثأر لعثمان .',
      'فاضطر علي للخروج بمن تطوع معه لوقف انتشار الفتنة .',
    ].join('\n');
    const found = persons(text);
    expect(found.filter((t) => t === 'علي')).toHaveLength(2);
    expect(found).not.toContain('على');
  });
});

describe('a person does not end on a word that joins the parts of a name', () => {
  it('«أبو», «بن», «عبد» take the word after them (Wojood development text)', () => {
    expect(connected('عن الشاعر الفلسطيني سليم أبو الإقبال اليعقوبي ( حسان فلسطين )', 'سليم أبو')).toBe(normalizeWithMap('سليم أبو الإقبال').text);
    expect(connected('وقال الشيخ محمد بن راشد إن', 'محمد بن')).toBe(normalizeWithMap('محمد بن راشد').text);
    expect(connected('وصرح أحمد عبد الله للصحفيين', 'أحمد عبد')).toBe(normalizeWithMap('أحمد عبد الله').text);
    // «علي» folds onto the preposition «على», a stopword: after a connector it is the name.
    expect(connected('وتنازل الحسن بن علي عن الخلافة', 'الحسن بن')).toBe(normalizeWithMap('الحسن بن علي').text);
    // «أبو عبد الله»: one connector after another.
    expect(connected('وكان صالح أبو عبد الله قد وصل', 'صالح أبو')).toBe(normalizeWithMap('صالح أبو عبد الله').text);
  });
  it('not over punctuation, a stopword, a word another name holds, or where the name does not end on one', () => {
    expect(connected('وقال سليم أبو ، ثم غادر', 'سليم أبو')).toBe(normalizeWithMap('سليم أبو').text);
    expect(connected('وقال سليم أبو في كلمته', 'سليم أبو')).toBe(normalizeWithMap('سليم أبو').text);
    expect(connected('التقى سليم بن سلمان في الرياض', 'سليم بن', ['سلمان'])).toBe(normalizeWithMap('سليم بن').text);
    expect(connected('وقال سليم الحص إن', 'سليم')).toBe(normalizeWithMap('سليم').text);
  });
  it('in the engine', () => {
    expect(persons('من فلسطين عن الشاعر الفلسطيني سليم أبو الإقبال اليعقوبي ( حسان فلسطين ) تم إذاعته على الهواء.')).toContain('سليم أبو الإقبال');
  });
});

describe('an institution named after a place the registry knows', () => {
  /** Mentions of a one-article corpus with the built-in registry: [text, type, nested]. */
  function mentions(text: string): Array<[string, string, boolean]> {
    const c = new Corpus();
    c.setArticle('a.txt', text);
    return c.getArticle('a.txt')!.mentions.map((m) => [m.text, c.getActor(m.actorId)?.type ?? '?', !!m.nested]);
  }
  it('the tagger’s organisation is the name, the place nested in it («بلدية نابلس», «إذاعة صوت فلسطين», «إتحاد طنجة»)', () => {
    expect(mentions('مضابط بلدية نابلس عام ( 1325 ) هجري عام 1907 ميلادي')).toEqual([
      ['بلدية نابلس', 'organization', false],
      ['نابلس', 'place', true],
    ]);
    expect(mentions('وبرامج إذاعية منوعة تم إذاعتها على إذاعة صوت فلسطين بتاريخ ( 1 / 6 / 1996 )')).toContainEqual(['إذاعة صوت فلسطين', 'media', false]);
    expect(mentions('جمهور إتحاد طنجة لن يرضى بديلا عن الفوز')).toEqual([
      ['إتحاد طنجة', 'organization', false],
      ['طنجة', 'place', true],
    ]);
  });
  it('without a noun that heads institutions, the registry’s place stands («موسى فلسطين»)', () => {
    expect(mentions('وظل معهم في أرض الشتات بسيناء ولم يدخل موسي فلسطين أرض الكنعانيين .')).toContainEqual(['فلسطين', 'country', false]);
    expect(mentions('وظل معهم في أرض الشتات بسيناء ولم يدخل موسي فلسطين أرض الكنعانيين .').some(([t]) => t.includes('موسي'))).toBe(false);
  });
});

describe('short forms of discovered persons', () => {
  it('the last word counts alone unless it is a common word («رضوان» of «إسماعيل رضوان», not «الأول» of «جيمس الأول»)', async () => {
    const { discoveredNames } = await import('../../src/core/corpus/discoveredSearch');
    const { normalize } = await import('../../src/core/text/normalize');
    const forms = (name: string): string[] => discoveredNames([normalize(name)])[0].lastForms;
    expect(forms('إسماعيل رضوان')).toEqual([normalize('رضوان')]);
    expect(forms('جيمس الأول')).toEqual([]);
    expect(forms('بيتر السابق')).toEqual([]);
  });
  it('in an article: «أمس الأول» is not the king «جيمس الأول»', () => {
    const c = new Corpus();
    c.setArticle('a.txt', 'وهو ابن الملك السابق جيمس الأول ستيوارت .\nوقال وزير الخارجية كولن باول أمس الأول انه من الواضح ان معظم أعضاء مجلس الامن يريدون قرارا');
    expect(c.getArticle('a.txt')!.mentions.map((m) => m.text)).not.toContain('الأول');
  });
});

describe('a person does not end on a conjunction or a stopword', () => {
  /** personTrimmedEnd on a sentence where the tagger is said to have found `words` as one name of `type`. */
  function trimmed(sentence: string, words: string, type: TaggedSpan['type'] = 'person'): string {
    const norm = normalizeWithMap(sentence);
    const tokens = tokenize(norm.text);
    const ws = normalizeWithMap(words).text.split(' ');
    const first = tokens.findIndex((t, i) => ws.every((w, k) => tokens[i + k]?.text === w));
    const last = personTrimmedEnd({ first, last: first + ws.length, type, confidence: 0.9, prefixLength: 0 }, tokens);
    return tokens.slice(first, last).map((t) => t.text).join(' ');
  }
  it('leaves out a trailing و-word or stopword («صالح عبد الغفور وبسام», «كيم كوك هي»)', () => {
    expect(trimmed('إن الشهداء الثلاثة هم صالح عبد الغفور وبسام شراب', 'صالح عبد الغفور وبسام')).toBe(normalizeWithMap('صالح عبد الغفور').text);
    expect(trimmed('ان كيم كوك هي السيدة الاولى في كوريا الشمالية', 'كيم كوك هي')).toBe('كيم كوك');
  });
  it('keeps a name that starts with the letter و, a one-word name, and organisations', () => {
    expect(trimmed('واستقبل الرئيس عماد وليد في مكتبه', 'عماد وليد')).toBe('عماد وليد');
    expect(trimmed('وقال رضوان إن', 'رضوان')).toBe('رضوان');
    expect(trimmed('تابع دراسته العليا بكلية الآداب والعلوم الانسانية', 'الآداب والعلوم', 'organization')).toBe(normalizeWithMap('الآداب والعلوم').text);
  });
});

describe('a people or a community is not an organisation', () => {
  /** The discovered actors' mention texts of a one-article corpus, with their type. */
  function discovered(text: string): string[] {
    const c = new Corpus();
    c.setArticle('a.txt', text);
    const ids = new Map(c.discoveredActors().map((a) => [a.id, a.type]));
    return c.getArticle('a.txt')!.mentions.filter((m) => ids.has(m.actorId)).map((m) => `${m.text} ${ids.get(m.actorId)}`);
  }
  it('one word, with a proclitic and the article or without', () => {
    for (const w of ['العرب', 'والعرب', 'المسلمين', 'المسلمون', 'الشيعة', 'اليهود', 'الاكراد', 'الأكراد', 'للرومان', 'للفرس', 'بنو', 'عرب'])
      expect(isPeople(normalizeWithMap(w).text), w).toBe(true);
    // Names that only start like one, and the bodies peoples name.
    for (const w of ['العربية', 'عربستان', 'الروماني', 'فرسان', 'يهودا', 'الشيعي', 'بنك', 'بنها'])
      expect(isPeople(normalizeWithMap(w).text), w).toBe(false);
  });
  it('in the engine: not highlighted as an organisation (ANERcorp training sentences, where the gold has no name)', () => {
    for (const text of [
      'وكانت الأحلاف بين العرب إما لرد عدوان أو للمسالمة أو للحفاظ',
      'إذن كان العرب هناك , بل كانوا هناك قبل ظهور',
      'الرضوي الشريف ذات أهمية بالغة لدى المسلمين ، وكان السلاطين يزورون المقام',
      'اتهامات بارتكاب ابادة جماعية ضد الاكراد ابان حملة الانفال التي اسفرت عن',
      '200 م. أصبحت هذه البلدان خاضعة للرومان .',
    ])
      expect(discovered(text).filter((m) => m.endsWith('organization')), text).toEqual([]);
  });
  it('names of more than one word stay («اتحاد صناعة السيارات»), and so do registry bodies («حزب الله»)', () => {
    expect(discovered('أعلن اتحاد صناعة السيارات في ألمانيا امس الاول أن شركات صناعة السيارات في ألمانيا تواجه عاما صعبا')).toContain('اتحاد صناعة السيارات organization');
    const c = new Corpus();
    c.setArticle('a.txt', 'وقال حزب الله إن مقاتليه أجبروا القوة على التراجع');
    expect(c.getArticle('a.txt')!.mentions.map((m) => m.text)).toContain('حزب الله');
  });
});

describe('a name does not run across a slash, a comma or a bracket', () => {
  it('cuts the words after the mark', () => {
    const cut = (sentence: string, from: string, to: string): string => {
      const norm = normalizeWithMap(sentence);
      const tokens = tokenize(norm.text);
      const at = (w: string): number => tokens.findIndex((t) => t.text === normalizeWithMap(w).text);
      const first = at(from);
      const last = at(to) + 1;
      return tokens.slice(first, endBeforeBreak(norm.text, tokens, first, last)).map((t) => t.text).join(' ');
    };
    expect(cut('بيان السكاكيني . جريدة فلسطين / آذار ( 8 / 3 / 1945 ) . بيانات', 'جريدة', 'آذار')).toBe(normalizeWithMap('جريدة فلسطين').text);
    expect(cut('وصل وزير الخارجية ، سامح شكري إلى عمان', 'الخارجية', 'شكري')).toBe(normalizeWithMap('الخارجية').text);
    // Spaces and a hyphen do not break a name.
    expect(cut('في القمة الأورو - متوسطية في برشلونة', 'الأورو', 'متوسطية')).toBe(normalizeWithMap('الأورو متوسطية').text);
    expect(cut('وقال سامح شكري إن', 'سامح', 'شكري')).toBe(normalizeWithMap('سامح شكري').text);
  });
  it('in the engine: the newspaper is found without the month after the slash', () => {
    const c = new Corpus();
    c.setArticle('a.txt', 'بيان من خليل السكاكيني : بتاريخ ( 4 / 9 / 1941 ) . جريدة فلسطين / آذار ( 8 / 3 / 1945 ) . بيانات وبرامج');
    const texts = c.getArticle('a.txt')!.mentions.map((m) => m.text);
    expect(texts.some((t) => t.includes('/'))).toBe(false);
  });
});

describe('a word counted by a number word is no name', () => {
  it('«8 ملايين كيلومتر مربع»: the unit is not an actor', () => {
    const c = new Corpus();
    c.setArticle('a.txt', 'ويبلغ عدد سكان هذه البلدان نحو 50 مليون نسمة ، بمساحة تصل إلى 8 ملايين كيلومتر مربع .');
    const texts = c.getArticle('a.txt')!.mentions.map((m) => m.text);
    expect(texts).not.toContain('كيلومتر');
    expect(texts).not.toContain('نسمة');
  });
});

describe('a person after a facility noun names the facility', () => {
  it('«مطار جون كنيدي», «بوابة فاطمة» are places, not persons', () => {
    const c = new Corpus();
    c.setArticle('a.txt', 'خوفا من هجوم ارهابي ، واغلق مطار جون كنيدي في نيويورك تماما .\nوصل اللواء العاشر في الجيش اللبناني أمس إلي بوابة فاطمة في بلدة كفر كلا علي الحدود مع اسرائيل .');
    const ids = new Map(c.discoveredActors().map((a) => [a.id, a.type]));
    const found = c.getArticle('a.txt')!.mentions.filter((m) => ids.has(m.actorId)).map((m) => `${m.text}/${ids.get(m.actorId)}`);
    expect(found).toContain('مطار جون كنيدي/place');
    expect(found).toContain('بوابة فاطمة/place');
    expect(found.some((f) => f.endsWith('/person'))).toBe(false);
  });
});

describe('a person takes a neighbouring word the model nearly took into the name', () => {
  it('a family name or a given name it has not seen («جيمس الأول ستيوارت», «زعل أحمد محارب»)', () => {
    expect(persons('وكان تشارلز الأول ملكا ، وابن الملك السابق جيمس الأول ستيوارت .')).toContain('جيمس الأول ستيوارت');
    expect(persons('المختار زعل أحمد محارب مع الملك حسين بن طلال .')).toContain('زعل أحمد محارب');
  });
  it('not a word with a preposition or a pronoun, nor an adjective before the name', () => {
    const found = persons('الذي وقعته الحكومة وحركة تحرير السودان بزعامة مني مناوي بدعوى أنه غير كاف .');
    expect(found.some((p) => p.includes('بدعوى'))).toBe(false);
  });
});
