import countries from '../data/registry/countries.json';
import { normalize } from '../text/normalize';
import { isStopword } from '../text/stopwords';
import type { Token } from '../text/tokens';
import type { ActorType, Mention } from '../types';

/**
 * Discovery of actors the registries do not know, from the way Arabic news
 * introduces a name: after a title or office («المتحدث باسم البيت الأبيض أليكس
 * فايفر», «وزير الدفاع الأمريكي بيت هيغسيث»), or right after a verb of saying
 * («قال جون سميث إن ...»). Candidates are unconfirmed: the corpus keeps those
 * introduced by a title, or met in two articles, and the reviewer can promote them.
 *
 * A name is two to four words. It may end with one «ال» word, a family name
 * («حاتم الجبلي», «عبد الإله الخطيب»), when that word is not an adjective
 * («الأمريكي», «السابق») and the name ends right after it. Words that are
 * never names (verbs and nouns that follow a name in news, «محادثات», «قوله»,
 * «والسفير») stop it.
 */

const words = (s: string): string[] =>
  s
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => normalize(w));

/** Words that head a title or an office; a name may follow the title. */
const TITLE_HEADS = new Set(
  words(`وزير وزيرة رئيس رئيسة نائب نائبة مستشار مستشارة سفير سفيرة قائد زعيم زعيمة المتحدث المتحدثة الناطق الناطقة
  متحدث متحدثة ناطق ناطقة مدير مديرة الأمين أمين مبعوث المبعوث المبعوثة المندوب مندوب مندوبة عضو النائب السيناتور
  الجنرال اللواء العميد العقيد المقدم الرائد النقيب المشير الأميرال الأدميرال الشيخ الشيخة الدكتور الدكتورة السيد
  السيدة الأمير الأميرة الملك الملكة القاضي القاضية المدعي المدعية الحاكم حاكم محافظ عمدة منسق المنسق مفوض المفوض
  ممثل الممثل المقرر مقرر سكرتير السكرتير مساعد مساعدة المهندس الأستاذ البروفيسور الحاج
  معالي سعادة سمو فخامة جلالة سماحة`),
);

/**
 * Honorifics and royal titles: they also precede common nouns («صاحب السمو», «ثورة الملك والشعب»),
 * so the name after them must start with a known given name.
 */
const WEAK_HEADS = new Set(
  words(`الشيخ الشيخة الدكتور الدكتورة السيد السيدة الأمير الأميرة الملك الملكة المهندس الأستاذ البروفيسور الحاج
  معالي سعادة سمو فخامة جلالة سماحة`),
);

/**
 * Common given names (Arabic, and foreign ones as Arabic news spells them). A name whose first word is
 * one of these may end with a family name that has the article («حاتم الجبلي»), and may follow an honorific.
 */
const GIVEN_NAMES = new Set(
  words(`محمد أحمد محمود مصطفى علي حسن حسين عمر عثمان خالد سعيد سعد سعود سلمان سليمان إبراهيم ابراهيم إسماعيل اسماعيل
  يوسف يعقوب إسحاق اسحاق موسى عيسى داود هارون يحيى زكريا أيوب يونس إلياس الياس نوح آدم صالح طارق زياد زيد ياسر عمار
  بلال حمزة جعفر عباس حيدر كاظم جواد باقر صادق مهدي هادي رضا نوري فؤاد فيصل فهد تركي بندر نايف نواف مشعل متعب ماجد
  مازن ناصر نصر منصور منير منذر مروان معاذ معن ماهر مراد مالك مجدي محسن مختار مدحت مصعب مهند نبيل نادر نزار نعيم نجيب
  نضال هاني هشام هيثم وليد وائل وسام وصفي يزن ياسين يسري أيمن ايمن أنور أنس أسامة اسامة أشرف اشرف أكرم أمجد أمين
  إياد اياد إيهاب بسام بشار بشير بكر بهاء ثامر جمال جلال جمعة حاتم حازم حافظ حامد حسام حكمت حمد حمدان حمدي خليل خليفة
  رامي رائد راشد ربيع رشيد رفيق رياض زهير سالم سامي سامر سليم سمير سهيل شادي شريف شوقي صابر صبحي صلاح طلال طه عادل
  عاطف عاصم عامر عدنان عزت عصام علاء عماد عمرو عوض غازي غسان فادي فارس فاروق فتحي فراس فريد فوزي قاسم قيس كامل كريم
  كمال لؤي لطفي مأمون مجيد مسعود معتز مفيد ممدوح مؤمن ناجي نبيه نزيه نشأت نعمان هاشم هلال همام وجدي وحيد وديع وفيق
  يسار جبريل جبران زايد سيف راكان ثامر عبيد حميد مبارك سلطان مكتوم حشر نهيان منصور طحنون هزاع ذياب
  فاطمة عائشة خديجة مريم زينب سارة ليلى هدى منى نادية سميرة سعاد رانيا رنا لينا ريم دينا هند هيفاء نوال نجلاء أمل إيمان
  أسماء سلمى سهى عبير غادة فايزة لبنى ماجدة مها ميساء نهى هبة هالة وفاء ياسمين نسرين سوزان حنان جميلة شيرين
  جون جيمس جورج ديفيد دافيد مايكل مايك بيتر توني روبرت وليام ويليام ريتشارد توماس مارك بول ستيفن ستيف دانيال دان
  كريستوفر أندرو جوزيف فرانك هنري تيري باري جيفري كيفن براين برايان شون دونالد رونالد جاك جان بيير فرانسوا ميشال
  ميشيل فيليب نيكولا لوران آلان برنار دومينيك كلود ألكسندر الكسندر فلاديمير سيرغي سيرجي ديمتري دميتري إيغور ايغور
  أندريه ميخائيل يوري بوريس نيكولاي هانز هانس كلاوس فولفغانغ غيرهارد هيلموت أنغيلا ماريو ماسيمو جوزيبي سيلفيو رومانو
  خوسيه خوسي خوان كارلوس لويس ماريا آنا ماري إليزابيث هيلين هيلاري نانسي كاثرين كارولين إيهود ايهود بنيامين شمعون
  موشيه موشي أرييل أفيغدور يوسي داني عمير عامير شاؤول تسيبي يوآف غابي بيني إيلي افيف أفيف غادي رون يائير نفتالي
  حاييم مناحيم جدعون دوف عاموس طوني أنطوان انطوان بطرس حنا نقولا شربل إميل اميل سمعان`),
);

/** Is the word a given name, or a compound one written as one word («عبدالله», «عبدالرحمن»)? */
export function givenName(w: string): boolean {
  return GIVEN_NAMES.has(w) || (w.startsWith('عبد') && w.length > 4) || w === 'عبد' || w === 'ابو';
}

/** Article words that are titles themselves: a name that reaches one has ended («حاتم الجبلي وزير الصحة»). */
const TITLE_WORDS = new Set(
  words(`الرئيس الرئيسة الوزير الوزيرة المدير المديرة السفير القائد الزعيم المستشار المسؤول المسؤولة الأمين المبعوث
  المندوب المتحدث الناطق النائب المحافظ المساعد المسئول المسئولة رئيس وزير مدير مساعد`),
);

/** Nouns that name an institution inside a title; the title goes on after them («رئيس مجلس إدارة ...»). */
const INSTITUTION_NOUNS = new Set(
  words(`مجلس هيئة وزارة لجنة جهاز مكتب شؤون لشؤون إدارة ادارة دائرة مصلحة سلطة مفوضية بعثة منظمة جمعية اتحاد مؤسسة
  جامعة كلية معهد مركز قسم حركة حزب جبهة تيار كتلة قوات قيادة أركان اركان حكومة جمهورية مملكة إمارة محافظة ولاية
  بلدية نقابة غرفة صندوق بنك مصرف شركة مجموعة تحالف ائتلاف نادي منتخب اتحاد الاتحاد وكالة صحيفة قناة موقع إذاعة
  تلفزيون شبكة مجلة محكمة نيابة شرطة جيش أمن مخابرات استخبارات الأمم لجان مجالس وزراء الوزراء خارجية داخلية دفاع`),
);
/** Institution nouns whose own proper name usually follows as one word («شركة نوكيا», «جامعة بيرزيت»). */
const NAMED_INSTITUTIONS = new Set(words(`شركة مجموعة بنك مصرف صندوق جامعة كلية معهد نادي منتخب مؤسسة صحيفة قناة موقع وكالة مجلة إذاعة`));

/** Verbs of saying directly followed by a speaker's name. */
const SAY = new Set(words(`قال قالت أكد أكدت أضاف أضافت أوضح أوضحت صرح صرحت أعلن أعلنت كتب كتبت غرد غردت حذر حذرت`));

/** Words inside a name that may start with ال or are particles («عبد الفتاح», «بن سلمان»). */
const NAME_LINKS = new Set(['بن', 'ابن', 'بنت', 'عبد', 'ابو', 'ابي', 'ال', 'اّل', 'دي', 'دو', 'فان', 'فون'].map(normalize));

/** Words that end a name when they follow it. */
const AFTER_NAME = new Set(['ان', 'انه', 'انها', 'في', 'الي', 'علي', 'من', 'عن', 'مع', 'خلال', 'الذي', 'التي', 'لـ', 'ل', 'بان', 'امس', 'اليوم', 'يوم'].map(normalize));

/** Common nouns that follow titles and verbs of saying but never start a name. */
const NOT_FIRST_NAMES = new Set(
  words(`مسؤول مسؤولين مسؤولون مسؤولة مسؤولو مصدر مصادر مصدران مصدرين دبلوماسي دبلوماسيين دبلوماسيون خبراء خبير محللون محللين
  محلل شهود شاهد وسائل تقارير تقرير بيان بيانا مصادرنا قوات عناصر مقاتلين مقاتلون جنود سكان مواطنين مواطنون أطراف اطراف
  دول حكومة إدارة ادارة وزارة مجلس لجنة حركة حزب جماعة منظمة شركة وكالة صحيفة موقع قناة شبكة بلاده بلادها نظيره نظيرته
  جيش شرطة مكتب مراسل مراسلة مراسلنا دراسة استطلاع أعضاء اعضاء قادة زعماء رؤساء وزراء نواب محققون مراقبون ناشطون ناشط
  طبيب أطباء فريق هيئة جهاز إذاعة تلفزيون التلفزيون سلطات السلطات عدد أنصار مؤيدو معارضو أهالي عائلة أسرة والد والدة
  شقيق شقيقه زوجة زوجته ابنه نجله نجل مجموعة مسلحون مسلحين متظاهرون متظاهرين محتجون لاجئون نازحون أسرى معتقلون ضحايا
  الاحتلال إسرائيل مصادرها مصادره مصدرا مسؤولا مسؤولان مسؤولي`),
);

/**
 * Words that are never part of a name: verbs and nouns that follow a name in news
 * («زار», «ستزور», «محادثات», «قوله», «منصبه»). Checked with و/ف stripped too.
 */
const NOT_NAME = new Set(
  words(`زار زارت يزور تزور سيزور ستزور التقى التقت يلتقي تلتقي سيلتقي ستلتقي استقبل استقبلت يستقبل تستقبل بحث بحثت يبحث
  تبحث سيبحث ستبحث عقد عقدت يعقد تعقد أجرى أجرت اجرى اجرت يجري تجري دعا دعت يدعو تدعو طالب طالبت يطالب تطالب اتهم اتهمت
  يتهم تتهم نفى نفت ينفي تنفي رفض رفضت يرفض ترفض وصل وصلت يصل تصل سيصل ستصل غادر غادرت يغادر تغادر توجه توجهت يتوجه
  تتوجه سيتوجه ستتوجه شدد شددت يشدد تشدد أشار أشارت يشير تشير لفت لفتت اعتبر اعتبرت يعتبر تعتبر رأى رأت يرى ترى ذكر ذكرت
  نقل نقلت أبلغ أبلغت ابلغ ابلغت هدد هددت يهدد تهدد وقع وقعت يوقع توقع سيوقع ترأس ترأست يترأس افتتح افتتحت يفتتح ناقش
  ناقشت يناقش تلقى تلقت يتلقى تتلقى أصدر أصدرت اصدر اصدرت يصدر اتفق اتفقت يتفق أعرب أعربت اعرب اعربت يعرب عبر عبرت يعبر
  حث حثت يحث أدان أدانت ادان يدين تدين انتقد انتقدت ينتقد رحب رحبت يرحب ترحب قدم قدمت يقدم تقدم بعث بعثت أرسل أرسلت
  ارسل ارسلت يرسل وعد وعدت يعد استطاع استطاعت يستطيع يشغل تشغل شغل تولى تولت يتولى تسلم تسلمت خلف يرافقه ترافقه
  يرافق رافق رافقه أمر أمرت يأمر قرر قررت يقرر أكدت أعلنت شارك شاركت يشارك تشارك سيشارك جدد جددت يجدد أبدى أبدت
  أوعز طلب طلبت يطلب تطلب أعطى منح منحت يمنح سلم سلمت يسلم حضر حضرت يحضر ألقى ألقت القى يلقي أدلى يدلي تحدث تحدثت
  يتحدث تتحدث سيتحدث اجتمع اجتمعت يجتمع سيجتمع ودع ودعت أشاد أشادت يشيد أقر أقرت يقر حمل حملت يحمل لقي لقيت قتل
  قتلت اغتيل اعتقل اعتقلت أفرج أطلق أطلقت فاز فازت يفوز خسر خسرت سجل سجلت يسجل أحرز أحرزت يحرز انتخب انتخبت عين
  عينت يعين استقال استقالت يستقيل أجاب أجابت ارتكب يرتكب قضى أمضى يقوم تقوم سيقوم ستقوم قام قامت يبدأ تبدأ بدأ بدأت
  محادثات مباحثات مشاورات اتصالا اتصالات اتصال اتصالين هاتفيا هاتفية هاتفي هاتفيين مؤتمرا مؤتمر مؤتمرات بيان بيانا
  رسالة رسالته رسالتها زيارة زيارته زيارتها كلمة كلمته كلمتها خطابا خطاب خطابه تصريحات تصريح تصريحا تصريحه تصريحاته
  قوله قولها قولهم تأكيده تاكيده هجوما هجوم هجومه انتقادات انتقاده اجتماعا اجتماع اجتماعه لقاء لقاءه لقاءا مقابلة
  مقابلته حديث حديثه منصبه منصبها مهامه مهامها جولة جولته وفدا وفد ردا رده موقفه موقفها دعوته دعوة تعليمات تعليماته
  قرارا قرار قراره مرسوما مرسوم مشروع مشروعا خطة خطته اقتراح اقتراحا مبادرة مبادرته عرضا عرض رسميا رسمية رسمي
  شخصيا مجددا مجدداً مؤخرا مؤخراً سابقا حينها بنفسه بنفسها نيابة بالنيابة الجديد الجديدة السابق السابقة المنتهية
  ولايته ولايتها سيادته دولته سموه جلالته فخامته معاليه سعادته صاحب لصاحب وصاحب السمو الجلالة الفخامة المعالي
  السعادة الملكي الملكية منتخبنا لمدة بخصوص بمنع بموجب بهدف بغية بسبب لأجل لدعم لبحث لمناقشة لتعزيز لتمثيل لحضور
  لمتابعة لإجراء لتقديم لاستيراد لتصدير لتنفيذ لتطوير لإطلاق بدءا متعددة محلي كبار إعداد اعداد نتائج رجال صرف مقر
  تهمة فوز راديو قضائيا شخصيا علنا سرا فورا مباشرة نائبيه نائبه نائبها ثورة عملية تقويم حقوق الإنسان الانسان
  الخارجية الداخلية الدفاع المالية العدل الصحة التعليم الاقتصاد التجارة الزراعة الإعلام الاعلام الثقافة النفط
  الطاقة السياحة الأوقاف الاوقاف الدولة العالم المحاكمة التحقيقات الاجتماع الحدث حفظه برقية هيئات حفل حفلا
  متهم متهمة يعلن تعلن يهاجم تهاجم هاجم هاجمت يصف تصف يواجه تواجه واجه يكشف تكشف يحذر تحذر يأمر تأمر يستقيل تستقيل يفوز
  تفوز يخسر تخسر توفي يتوفى رحل يرحل يعود تعود عاد عادت يلغي تلغي ألغى ألغت يدعو يطالب ينتقد يهدد يتعهد تعهد تعهدت`),
);

/** Adjectives that follow a name or a title and are never a family name. */
const ADJECTIVES = new Set([
  ...words(`السابق السابقة الأسبق الاسبق الحالي الحالية الجديد الجديدة المستقيل المستقيلة الراحل الراحلة المخلوع المؤقت
  المنتهية المكلف المكلفة المنتخب المنتخبة الأول الأولى الثاني الثانية الثالث العام العامة الخاص الخاصة المساعد المساعدة
  التنفيذي التنفيذية الرسمي الرسمية الدائم الدائمة الأعلى الشهير الشهيرة البارز البارزة المعروف المعروفة الكبير الكبيرة
  الشاب الشابة العربي العربية الإسلامي الإسلامية الدولي الدولية الأممي الأممية الأوروبي الأوروبية الإقليمي الإقليمية
  الأمريكي الأمريكية الأميركي الأميركية الغربي الغربية الشرقي الشرقية الشمالي الشمالية الجنوبي الجنوبية المحلي المحلية
  الوطني الوطنية القومي القومية الشيعي الشيعية السني السنية المعارض المعارضة الموالي المستقل المستقلة المقرب المقربة
  الأصل المولد المقيم`),
  ...(countries as Array<{ adjectives?: string[] }>).flatMap((c) => c.adjectives ?? []).flatMap((a) => [normalize(a), normalize(a) + 'ه']),
]);

/** Nouns that start with the letter و and begin names of places and bodies («وادي عربة», «ولاية كسلا», «وحدة 8200»). */
const WAW_NOUNS = new Set(words(`وادي ولاية ولايه وحدة وحده وسط ورشة وكالة وكاله وزارة وزاره وزير وزيرة وفد`));

/** Foreign names that start with the letter و as news spells them («واشنطن», «وارسو», «ويلكس», «وينفري»). */
const FOREIGN_WAW = /^(?:واشنطن|وارسو|واين|ويلز|ويلكس|ويلسون|وينفري|ويست|ووتر|وول|ويكي|ويندوز|واتس|ويستمنستر|والاس|والش|ويليامز|ووهان|وهران)/;

/** Names that start with و (the letter, not the conjunction): the only و-words a name may start with. */
const WAW_NAMES = new Set(words(`وليد وائل وديع وسام وفاء وجدي وحيد وضاح وصفي وهبي ويليام وليام وارن والتر وانغ وانج ويل ونستون وزيري ولي وداد وفيق`));

export interface Candidate {
  /** Folded name, words joined by one space: the key. */
  key: string;
  /** The name as written the first time. */
  text: string;
  byTitle: boolean;
  /** Found by the name tagger: its type and confidence (rule-found names are persons). */
  type?: ActorType;
  confidence?: number;
  /** The tagger is sure enough of it to show it (its confidence reaches the threshold). */
  sure?: boolean;
  /** Found by the tagger alone, below the threshold: shown only where the corpus confirms it elsewhere. */
  weak?: boolean;
}

/** A word with a proclitic and the article («والسفير», «بالمواجهة», «للشرطة»): never inside a name. */
function cliticArticle(w: string): boolean {
  return w.length >= 6 && /^(?:[وف]?(?:[بكل]?ال|لل))/.test(w) && !w.startsWith('ال');
}

/** Is the word, or the word without a leading و/ف, in the set? */
function inSet(set: ReadonlySet<string>, w: string): boolean {
  return set.has(w) || set.has(plain(w));
}

function plain(w: string): string {
  return w.length > 3 && (w[0] === 'و' || w[0] === 'ف') ? w.slice(1) : w;
}

/** The word without a conjunction و («وتشكيل» -> «تشكيل»), unless it is a name that starts with و. */
function noWaw(w: string): string {
  return w.length > 3 && w[0] === 'و' && !WAW_NAMES.has(w) ? w.slice(1) : w;
}

function isNotName(w: string): boolean {
  const v = noWaw(w);
  for (const x of [w, v]) if (NOT_NAME.has(x) || TITLE_HEADS.has(x) || SAY.has(x) || INSTITUTION_NOUNS.has(x)) return true;
  // Behind a preposition («بمقر», «لراديو», «بوزارة»): the rest is a common word.
  const p = v.length > 3 && (v[0] === 'ب' || v[0] === 'ل') ? v.slice(1) : '';
  return !!p && (NOT_NAME.has(p) || INSTITUTION_NOUNS.has(p) || NOT_FIRST_NAMES.has(p));
}

/**
 * `article` says whether the word starts with the definite article: «ال» written
 * with a bare alef in the original («أليكس» folds to the same letters but is a name).
 */
function isNameWord(t: Token, first: boolean, article: boolean, prev?: Token): boolean {
  const w = t.text;
  if (w.length < 2 || /\d/.test(w) || isStopword(w) || TITLE_HEADS.has(w) || SAY.has(w) || isNotName(w) || cliticArticle(w)) return false;
  if (w === 'ال') return !first;
  if (article && first) return false;
  // After the first word, an «ال» word belongs to the name only behind a link («عبد الفتاح»).
  if (article && prev && !NAME_LINKS.has(prev.text)) return false;
  // Nouns with a pronoun suffix («أكثرهم», «خارجيتها») are not names.
  if (w.length >= 5 && /(?:ها|هم|هما)$/.test(w)) return false;
  if (first) {
    if (NOT_FIRST_NAMES.has(w) || NOT_FIRST_NAMES.has(noWaw(w))) return false;
    // Plurals and nouns with a pronoun suffix («محادثات», «خارجيتها») do not start names.
    if ((w.length >= 5 && /(?:ات|ها|هم|هما)$/.test(w)) || (w.length >= 7 && w.endsWith('نا'))) return false;
    // A word starting with و is the conjunction unless it is a name that starts with the letter.
    if (w[0] === 'و' && !WAW_NAMES.has(w)) return false;
  }
  return /^[\u0621-\u064a]+$/.test(w) || /^[a-z]+$/.test(w);
}

/**
 * Candidate names in one text. `covered(i)` says whether token i is already part
 * of a known mention (known names are never rediscovered).
 */
export function findCandidates(folded: string, original: string, toOrig: Uint32Array, tokens: Token[], covered: (i: number) => boolean): Candidate[] {
  const out: Candidate[] = [];
  // Anything but spaces between two words breaks a name: punctuation, and a line break too.
  // Two words with nothing between them («أليكسdate»: an Arabic and a Latin run) are not one name.
  const breaks = (a: Token, b: Token): boolean => a.end === b.start || /[^ \t\u00a0]/.test(folded.slice(a.end, b.start));
  const article = (k: number): boolean => tokens[k].text.startsWith('ال') && original.charCodeAt(toOrig[tokens[k].start]) === 0x0627;
  // Tanween («رفضاً», «ترجمةً») and damma («يُسجن») mark common words and verbs: names do not take them.
  const tanween = (k: number): boolean => /[\u064b-\u064d\u064f]/.test(original.slice(toOrig[tokens[k].start], toOrig[tokens[k].end - 1] + 2));
  /** Does the name end before token k (a particle, a verb of saying, a title, punctuation or the end)? */
  const endsBefore = (k: number): boolean =>
    k >= tokens.length ||
    breaks(tokens[k - 1], tokens[k]) ||
    AFTER_NAME.has(tokens[k].text) ||
    inSet(SAY, tokens[k].text) ||
    inSet(TITLE_HEADS, tokens[k].text) ||
    inSet(TITLE_WORDS, tokens[k].text) ||
    covered(k) ||
    isStopword(tokens[k].text) ||
    isNotName(tokens[k].text);
  const nameWord = (k: number, first: boolean): boolean => {
    if (tanween(k) || !isNameWord(tokens[k], first, article(k), first ? undefined : tokens[k - 1])) return false;
    const w = tokens[k].text;
    // Inside a name, a word starting with و is the conjunction («عمير بيرتس ودان حالوتس»).
    return first || w[0] !== 'و' || WAW_NAMES.has(w);
  };
  /** Tokens before this index belong to a name already taken. */
  let taken = 0;
  const push = (from: number, to: number, byTitle: boolean): void => {
    const ws = tokens.slice(from, to);
    const key = ws.map((t) => t.text).join(' ');
    const text = original.slice(toOrig[ws[0].start], toOrig[ws[ws.length - 1].end - 1] + 1);
    out.push({ key, text, byTitle });
    taken = to;
  };
  for (let i = 0; i < tokens.length; i++) {
    // A name in apposition before a title («حاتم الجبلي، وزير الصحة», «كارل فينتر رئيس الاتحاد»):
    // up to four name words back from the title, from the first given name; a comma may stand between.
    if (i > taken && inSet(TITLE_HEADS, tokens[i].text) && !inSet(WEAK_HEADS, tokens[i].text) && !/^[وف]/.test(tokens[i].text)) {
      const gap = folded.slice(tokens[i - 1].end, tokens[i].start);
      if (/^[ \t]*[،,]?[ \t]*$/.test(gap) && !covered(i - 1)) {
        let j = i - 1;
        const last = j;
        // The last word may be a family name with the article.
        const famOk = (k: number): boolean => article(k) && !tanween(k) && tokens[k].text.length >= 4 && !ADJECTIVES.has(tokens[k].text) && !TITLE_WORDS.has(tokens[k].text) && !isStopword(tokens[k].text) && !isNotName(tokens[k].text);
        let from = -1;
        if (famOk(j)) j--;
        while (j >= taken && last - j < 5 && !covered(j) && (j === last || !breaks(tokens[j], tokens[j + 1])) && (nameWord(j, false) || (NAME_LINKS.has(tokens[j].text) && j < last))) {
          if (givenName(tokens[j].text) && !NAME_LINKS.has(tokens[j].text)) from = j;
          j--;
        }
        if (from >= 0 && last - from >= 1 && nameWord(from, true) && !NAME_LINKS.has(tokens[last].text)) push(from, last + 1, true);
      }
    }
    const head = plain(tokens[i].text);
    let start = -1;
    let byTitle = false;
    let weak = false;
    if (inSet(TITLE_HEADS, tokens[i].text)) {
      // Honorifics and royal titles («الشيخ», «سمو», «الملك») take only more of the same or «ال» words
      // («صاحب السمو الملكي الأمير»), and the name after them must start with a given name.
      weak = inSet(WEAK_HEADS, tokens[i].text);
      // Skip the rest of the title: «ال» words (with a proclitic too: «والسكان», «للشرطة»), «باسم»,
      // institutions and the one-word name that follows some («شركة نوكيا»), known names, at most six tokens.
      let k = i + 1;
      while (k < tokens.length && k <= i + 6 && !breaks(tokens[k - 1], tokens[k]) && !isStopword(tokens[k].text)) {
        const w = tokens[k].text;
        if (weak) {
          if (inSet(WEAK_HEADS, w) || article(k)) k++;
          else break;
        } else if (article(k) || cliticArticle(w) || w === 'باسم' || TITLE_HEADS.has(w) || (covered(k) && /^(ال|لل)/.test(w))) k++;
        else if (inSet(INSTITUTION_NOUNS, w)) {
          k++;
          if (inSet(NAMED_INSTITUTIONS, w) && k + 1 < tokens.length && !covered(k) && !article(k) && !breaks(tokens[k - 1], tokens[k])) k++;
        } else break;
      }
      if ((k > i + 1 || weak) && k < tokens.length && !breaks(tokens[k - 1], tokens[k])) {
        start = k;
        byTitle = true;
      }
    } else if (inSet(SAY, tokens[i].text) && i + 1 < tokens.length && !breaks(tokens[i], tokens[i + 1])) start = i + 1;
    if (start < 0 || start < taken || covered(start) || !nameWord(start, true)) continue;
    const first = tokens[start].text;
    if (weak && !givenName(first)) continue;
    let end = start + 1;
    let links = NAME_LINKS.has(first) ? 1 : 0;
    while (end < tokens.length && end - start < (links ? 6 : 4) && !breaks(tokens[end - 1], tokens[end]) && !covered(end) && !AFTER_NAME.has(tokens[end].text) && nameWord(end, false)) {
      if (NAME_LINKS.has(tokens[end].text)) links++;
      end++;
      // The family after «آل» ends the name («آل ثاني»).
      if (end - start >= 3 && tokens[end - 2].text === 'ال') break;
    }
    // A family name with the article closes a name that starts with a given name («حاتم الجبلي»),
    // when the name ends right after it.
    if (
      end < tokens.length &&
      end - start < 4 &&
      (givenName(first) || links > 0) &&
      !breaks(tokens[end - 1], tokens[end]) &&
      !covered(end) &&
      article(end) &&
      !tanween(end) &&
      tokens[end].text.length >= 4 &&
      !ADJECTIVES.has(tokens[end].text) &&
      !TITLE_WORDS.has(tokens[end].text) &&
      !isStopword(tokens[end].text) &&
      !isNotName(tokens[end].text) &&
      (endsBefore(end + 1) || article(end + 1))
    )
      end++;
    // A single word is too weak a name; a name never ends on a link («أحمد بن») nor runs into a known name.
    if (end - start < 2 || NAME_LINKS.has(tokens[end - 1].text)) continue;
    if (end < tokens.length && !breaks(tokens[end - 1], tokens[end]) && covered(end)) continue;
    // A name that stops on a given name before an «ال» word goes on with a family name we could not take.
    if (end < tokens.length && !breaks(tokens[end - 1], tokens[end]) && article(end) && GIVEN_NAMES.has(tokens[end - 1].text) && !ADJECTIVES.has(tokens[end].text)) continue;
    // A name must end where the phrase does (after a title, a following word may be the verb).
    if (!endsBefore(end) && !byTitle) continue;
    push(start, end, byTitle);
    i = end - 1;
  }
  return out;
}

/** Stable id for a discovered name. */
export function discoveredId(key: string): string {
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) >>> 0;
  return `discovered_${h.toString(36)}`;
}

/**
 * Which of discovery's word lists a folded word (or the word without a leading و/ف)
 * is in: 'g' given name, 't' title head, 's' verb of saying, 'i' institution noun,
 * 'a' adjective, 'n' never a name, '' none. The name tagger uses it as a feature.
 */
export function wordList(w: string): string {
  if (givenName(w) || givenName(plain(w))) return 'g';
  if (inSet(TITLE_HEADS, w) || inSet(TITLE_WORDS, w)) return 't';
  if (inSet(SAY, w)) return 's';
  if (inSet(INSTITUTION_NOUNS, w)) return 'i';
  if (ADJECTIVES.has(w)) return 'a';
  if (inSet(NOT_NAME, w) || inSet(NOT_FIRST_NAMES, w)) return 'n';
  return '';
}

/**
 * Letters of proclitics to leave out of a name's highlight: a conjunction و/ف
 * («وترامب»), and a preposition before the article («بالعراق», «والقاهرة» -> «القاهرة»).
 * A name that starts with the letter («وليد», «بغداد», «لبنان») keeps it.
 */
export function procliticLength(w: string): number {
  let n = 0;
  // Only و: names that start with ف are many («فرنسا», «فلسطين», «فيرغوسن»), a conjunction ف before a name rare.
  // Nouns that start with the letter («وزارة», «وكالة», «وزير») head names of institutions.
  const noun = INSTITUTION_NOUNS.has(w) || TITLE_HEADS.has(w) || NOT_NAME.has(w) || WAW_NOUNS.has(w);
  if (w.length > 3 && w[0] === 'و' && !noun && !WAW_NAMES.has(w) && !givenName(w) && !FOREIGN_WAW.test(w)) n = 1;
  const rest = w.slice(n);
  if (rest.length > 4 && (rest[0] === 'ب' || rest[0] === 'ك' || rest[0] === 'ل') && rest.startsWith('ال', 1)) n++;
  return n;
}

export function isDiscovered(m: Mention): boolean {
  return !!m.discovered;
}
