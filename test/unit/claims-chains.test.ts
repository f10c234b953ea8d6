import { describe, expect, it } from 'vitest';
import { sentenceOrigin } from '../../src/core/claims/chains';
import { Corpus } from '../../src/core/corpus/corpus';
import type { Actor, Attribution } from '../../src/core/types';
import { TEST_ACTORS, TEST_OFFICES } from './helpers';

/*
 * The chain of a claim on real sentences (newswire of ANERcorp, and retellings
 * written the way Arabic outlets retell): who first said it is the origin; the
 * medium and the outlet are links; the claim's subject is never its origin.
 */

const a = (x: Partial<Actor> & Pick<Actor, 'id' | 'type' | 'name'>): Actor => ({ nameEn: x.id, aliases: [], roles: [], source: 'builtin', ...x });
const ACTORS: Actor[] = [
  ...TEST_ACTORS,
  a({ id: 'andari', type: 'person', name: 'نادر الأنداري', aliases: ['الأنداري'] }),
  a({ id: 'sana', type: 'media', name: 'وكالة الأنباء السورية', aliases: ['سانا'] }),
  a({ id: 'haaretz', type: 'media', name: 'هآرتس' }),
  a({ id: 'cnn', type: 'media', name: 'سي إن إن', aliases: ['CNN'] }),
  a({ id: 'olmert', type: 'person', name: 'إيهود أولمرت', aliases: ['أولمرت'] }),
  a({ id: 'yedioth', type: 'media', name: 'يديعوت أحرونوت' }),
];
const corpus = (): Corpus => new Corpus({ actors: ACTORS, offices: TEST_OFFICES });
const name = (id: string): string => ACTORS.find((x) => x.id === id)?.name ?? id;
/** The attribution of each sentence of one article. */
const attributions = (text: string): Attribution[] => corpus().setArticle('a.txt', text).sentences.map((s) => s.attribution);

describe('claim chains: who first said it', () => {
  it('a person speaking to an agency: the person is the origin, the agency the medium of an interview', () => {
    const [att] = attributions('وقال سفير كراكاس بدمشق نادر الأنداري لوكالة الأنباء السورية إن هذه الزيارة تهدف لتجديد مساندة فنزويلا لسوريا وموقفها العادل.');
    expect(att).toMatchObject({ speakerActorId: 'andari', outletActorId: 'sana', medium: { kind: 'interview', actorId: 'sana' } });
    const o = sentenceOrigin(att, 'a.txt', undefined, name);
    expect(o).toMatchObject({ key: 'andari', kind: 'actor', medium: { kind: 'interview', label: 'وكالة الأنباء السورية' } });
    expect(o.outlet).toBeUndefined(); // the agency is the medium already, not a second link or origin
  });

  it('an interview with a newspaper («في مقابلة مع») and a post on a platform are media, never origins', () => {
    const [interview] = attributions('يشار إلى أن أولمرت أشاد في مقابلة مع يديعوت أحرونوت الأسبوع الماضي بالعاهل السعودي بسبب حكمته وشعوره بالمسؤولية.');
    expect(sentenceOrigin(interview, 'a.txt', undefined, name)).toMatchObject({ key: 'olmert', kind: 'actor', medium: { kind: 'interview' } });
    const [post] = attributions('وبعد الاجتماع بوقت قصير، كتب ترامب على منصة “إكس” أن تشكيل إطار للمفاوضات يمضي قدما.');
    expect(post.outletActorId).toBeUndefined();
    expect(sentenceOrigin(post, 'a.txt', undefined, name)).toMatchObject({ key: 'trump', kind: 'actor', medium: { kind: 'post', label: 'إكس' } });
  });

  it('the subject of what was said is never its origin (after «أن», the speaker is found before the verb)', () => {
    const [speech] = attributions('وفي كلمة ألقاها أمس في طهران، تبنى خامنئي موقفا متشددا، وادعى أن الولايات المتحدة تريد السيطرة على نفط إيران.');
    expect(speech.speakerActorId).toBe('khamenei');
    // A coordinated verb shares the clause's subject, not the name nearest to it; after a relative, the nearest.
    const [coordinated] = attributions('هاجم ترامب تصريحات عباس عراقجي الأخيرة، وحذر من أن الولايات المتحدة لن تقبل بأي تصعيد.');
    expect(coordinated.speakerActorId).toBe('trump');
    const [relative] = attributions('والتقى السيسي وزير الخارجية الإيراني عباس عراقجي، الذي أكد أن بلاده تريد حلا دبلوماسيا.');
    expect(relative.speakerActorId).toBe('araghchi');
    const [said] = attributions('وقالت الصحيفة إن الولايات المتحدة رفضت اقتراحا تقدمت به فرنسا بأن تتعهد واشنطن بعدم القيام بأي مسعى لإسقاط النظام الإيراني.');
    expect(said.speakerActorId).toBeUndefined();
    expect(sentenceOrigin(said, 'a.txt', undefined, name).key).not.toBe('usa');
  });

  it('a retelling that credits a report hangs from that report («وبحسب الصحيفة», «نقلت ... عن»)', () => {
    const atts = attributions('ذكرت صحيفة هآرتس أن لقاء سريا جمع مسؤولين إسرائيليين وسعوديين. وبحسب الصحيفة الإسرائيلية فقد تصدرت تفاصيل المبادرة المحادثات الإسرائيلية السعودية التي لم يكشف عن مكان عقدها.');
    expect(atts.map((x) => sentenceOrigin(x, 'a.txt', undefined, name).key)).toEqual(['haaretz', 'haaretz']);
    const [quoted] = attributions('ونقلت وكالة رويترز عن السفير نادر الأنداري قوله إن الزيارة تهدف لتجديد المساندة.');
    expect(sentenceOrigin(quoted, 'a.txt', undefined, name)).toMatchObject({ key: 'andari', outlet: { key: 'reuters' } });
  });

  it('an unnamed official: an origin of its own with no outlet, a link under the outlet that quotes it', () => {
    const [alone] = attributions('وقامت الجرافات العسكرية بأعمال تجريف واقتلاع خصوصا لأشجار الزيتون في بساتين في نفس المنطقة وفقا لما قال مصدر أمني محلي.');
    expect(sentenceOrigin(alone, 'a.txt', undefined, name)).toMatchObject({ kind: 'unnamed', label: 'مصدر أمني محلي' });
    const [glued] = attributions('وزار رئيس الوزراء القطري واشنطن يومي الجمعة والسبت لإجراء محادثات مع ترامب بشأن غزة، وفقا لمصادر مطلعة.');
    expect(glued).toMatchObject({ speakerPhrase: 'مصادر مطلعة' });
    expect(glued.speakerActorId).toBeUndefined();
    const [viaOutlet] = attributions('وأكد مسؤول أمريكي رفيع لوكالة رويترز أن التفكير جار بالفعل لعقد اجتماع هذا الأسبوع.');
    expect(sentenceOrigin(viaOutlet, 'a.txt', undefined, name)).toMatchObject({ key: 'reuters', kind: 'outlet', quoted: 'مسؤول أمريكي رفيع' });
  });

  it('an outlet the registry does not know is named by the text («ذكرت صحيفة لانس», «صرح ... لصحيفة صن»)', () => {
    const c = corpus();
    const a1 = c.setArticle('a.txt', "وذكرت صحيفة ' لانس ' البرازيلية امس ان ميلان الايطالي دخل على الخط لضم تيفيز ايضا. وقالت الصحيفة ان النادي قدم عرضا رسميا.");
    expect(a1.sentences[0].attribution.outletText).toBe('صحيفة لانس');
    // «وقالت الصحيفة» points back at it: one origin for both sentences.
    expect(a1.sentences[1].attribution.outletActorId).toBe(a1.sentences[0].attribution.outletActorId);
    const [told] = attributions('وصرح عباس عراقجي لصحيفة صن البريطانية في عددها الصادر امس بأن المباريات الخارجية ستكون اكثر تعقيدا.');
    expect(told).toMatchObject({ speakerActorId: 'araghchi', outletText: 'صحيفة صن البريطانية', medium: { kind: 'interview' } });
    // «موقع الانفجار» is a place, not an outlet.
    const [place] = attributions('وانتشرت قوات الأمن في موقع الانفجار وسط العاصمة.');
    expect(place.outletActorId).toBeUndefined();
  });

  it('a verb of saying without its subject («وأضاف:») speaks with the voice of the sentence before', () => {
    const atts = attributions('وقال عباس عراقجي لشبكة سي إن إن إن الدول الصديقة تحاول بناء الثقة. وأضاف: “أرى إمكانية لإجراء محادثات جديدة مع ترامب”.');
    expect(atts[1]).toMatchObject({ speakerActorId: 'araghchi', medium: { kind: 'interview', actorId: 'cnn' } });
  });
});

describe('claim chains: independent origins across articles', () => {
  const claim = 'إن المحادثات النووية مع الوفد الإيراني في مسقط كانت مثمرة وستستأنف الأسبوع المقبل';
  it('two speakers are two origins; an agency retelling one of them adds a version, not an origin', () => {
    const c = corpus();
    c.setArticle('a.txt', `وقال ترامب في خطاب أمام أنصاره ${claim}.`);
    c.setArticle('b.txt', `وقال عباس عراقجي لشبكة سي إن إن ${claim}.`);
    c.setArticle('c.txt', `ونقلت وكالة رويترز عن عراقجي قوله ${claim}.`);
    const g = c.claimGroups().find((x) => x.files.length === 3);
    expect(g).toBeDefined();
    const origins = Object.fromEntries(g!.origins.map((o) => [o.key, o]));
    expect(Object.keys(origins).sort()).toEqual(['araghchi', 'trump']);
    expect(origins.trump.retellings).toEqual([expect.objectContaining({ file: 'a.txt', medium: { kind: 'speech' } })]);
    const fromAraghchi = origins.araghchi.retellings.map((r) => [r.file, r.medium?.label ?? '', r.outlet?.label ?? '']).sort();
    expect(fromAraghchi).toEqual([['b.txt', 'سي إن إن', ''], ['c.txt', '', 'رويترز']]);
  });
});
