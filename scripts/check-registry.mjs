#!/usr/bin/env node
// Checks the built-in actor registry (src/core/data/registry/*.json).
// No dependencies. Usage: node scripts/check-registry.mjs [registryDir]
// Prints each problem as `file: id: problem` and exits 1 if there is any.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// ---------------------------------------------------------------------------
// Homographs: normalised surface forms that may be shared by several actors,
// each with the reason. Any other shared form is an error.
export const HOMOGRAPHS = {
  'عمان': {
    actors: ['oman', 'amman'],
    reason: 'Oman («عمان») and Amman («عمّان») differ only by a shadda, which the engine strips; ' +
      'Amman otherwise has only unambiguous forms («العاصمة الأردنية عمان»).',
  },
};

// Offices (or literal titles) that several people legitimately hold at once.
export const CONCURRENT_OFFICES = {
  'vice_president/uae': 'The UAE has two vice presidents (Mohammed bin Rashid and, from 2023, Mansour bin Zayed).',
};

// Aliases that must never be used: function words and generic nouns that would
// match everywhere. Compared after normalisation.
export const STOP_WORDS = [
  'في', 'من', 'على', 'إلى', 'الى', 'عن', 'مع', 'هذا', 'هذه', 'ذلك', 'تلك', 'التي', 'الذي', 'الذين', 'اللذين',
  'هو', 'هي', 'هم', 'نحن', 'أنا', 'كان', 'كانت', 'قد', 'لقد', 'لا', 'لم', 'لن', 'ما', 'ماذا', 'كيف', 'أين',
  'متى', 'إن', 'أن', 'أو', 'ثم', 'بل', 'حتى', 'بين', 'عند', 'عبر', 'بعد', 'قبل', 'منذ', 'خلال', 'ضد', 'نحو',
  'كل', 'بعض', 'غير', 'أي', 'وفق', 'اليوم', 'أمس', 'غدا', 'العام', 'الشهر', 'الأسبوع', 'السنة',
  'رئيس', 'وزير', 'الرئيس', 'الوزير', 'رئيسة', 'وزيرة', 'الرئيسة', 'الوزيرة', 'نائب', 'النائب',
  'الحكومة', 'حكومة', 'الدولة', 'دولة', 'الدول', 'المنطقة', 'منطقة', 'العاصمة', 'عاصمة', 'المدينة', 'مدينة',
  'البلاد', 'البلد', 'بلد', 'الجيش', 'جيش', 'القوات', 'قوات', 'الوزارة', 'وزارة', 'المجلس', 'مجلس',
  'البرلمان', 'برلمان', 'الحركة', 'حركة', 'الجماعة', 'جماعة', 'الحزب', 'حزب', 'المنظمة', 'منظمة',
  'الوكالة', 'وكالة', 'الصحيفة', 'صحيفة', 'القناة', 'قناة', 'الموقع', 'موقع', 'الشبكة', 'شبكة', 'المنصة', 'منصة',
  'المرشد', 'مرشد', 'الأمير', 'أمير', 'الملك', 'ملك', 'الملكة', 'الشيخ', 'شيخ', 'السلطان', 'سلطان',
  'المبعوث', 'مبعوث', 'السفير', 'سفير', 'المندوب', 'الأمين', 'الأمين العام', 'المتحدث', 'متحدث', 'الناطق',
  'الجنرال', 'اللواء', 'الفريق', 'العميد', 'المستشار', 'مستشار', 'القائد', 'قائد', 'الزعيم', 'زعيم',
  'المسؤول', 'مسؤول', 'المسؤولين', 'مسؤولون', 'المصدر', 'مصدر', 'مصادر', 'الإدارة', 'إدارة',
  'العالم', 'الشرق', 'الغرب', 'الشمال', 'الجنوب', 'الوسط', 'العربي', 'العربية', 'الإسلامي', 'الإسلامية',
  'الدولي', 'الدولية', 'الوطني', 'الوطنية', 'القومي', 'الأمن', 'السلام', 'الحرب', 'الشعب', 'الثورة',
  'الأخبار', 'النهار', 'الحياة', 'الوطن', 'القاعدة', 'فتح', 'كان', 'أمل', 'سلام', 'عون', 'مالي', 'رئيسي',
  'الشرع', 'البرهان', 'العثماني', 'الأسد', 'مبارك', 'الصدر', 'الحكيم', 'المعلم', 'الشاهد', 'سعيد', 'كيف',
  'الأقصى', 'الجليل', 'مشهد', 'سيول', 'حماة', 'الميادين', 'الحوثي', 'المنفي', 'عارف', 'مخبر', 'ماي',
  'الجمعية العامة', 'مجلس النواب', 'مجلس الوزراء', 'الخارجية', 'الدفاع', 'الداخلية',
  // Surnames and place names that are also ordinary words once folded: «صدام» (clash), «مشرف»
  // (supervisor), «نظيف» (clean), «غول» (ghoul), «عنان» (reins), «خدام» (servants), «ماليه» (= «مالية»,
  // financial: Malé), «باول» (= «بأول», at the first: Powell), «طالباني»/«الطالباني» (of the Taliban),
  // «فياض» (overflowing), «بن علي», «كاسترو» (two Castros). «عرفات» is kept for Arafat: Mount Arafat is
  // its own place («جبل عرفات»).
  'صدام', 'مشرف', 'نظيف', 'غول', 'عنان', 'خدام', 'ماليه', 'مالية', 'باول', 'طالباني', 'الطالباني', 'فياض',
  'بن علي', 'كاسترو',
];

// Ranks and honorifics («الشيخ», «الفريق», «آية الله» ...). The engine bridges them
// between a title and a name by itself («رئيس الأركان الفريق أول إيال زامير»), so a
// name or alias must not start with one: it would only widen the span wrongly.
export const HONORIFIC_PREFIXES = [
  'الشيخ', 'الشيخة', 'السيد', 'السيدة', 'الدكتور', 'الدكتورة', 'الجنرال', 'الفريق', 'اللواء', 'العميد', 'العقيد',
  'المقدم', 'الرائد', 'المشير', 'الأدميرال', 'الأميرال', 'الأمير', 'الأميرة', 'الحاج', 'المهندس', 'الأستاذ',
  'القاضي', 'الحاخام', 'آية الله', 'حجة الإسلام', 'سماحة', 'فخامة', 'معالي', 'سمو', 'السفير', 'العماد', 'المستشار', 'الرئيس',
];

// Media: words that introduce an outlet («موقع أكسيوس», «شبكة سي إن إن»). An alias
// "<word> X" is redundant when X itself is the name or an alias (the engine finds X
// inside it, and the annotated span is X alone).
export const MEDIA_GENERIC_WORDS = ['موقع', 'شبكة', 'قناة', 'صحيفة', 'وكالة', 'منصة', 'مجلة', 'تطبيق'];

// ---------------------------------------------------------------------------
const FILES = {
  'countries.json': ['country', 'place'],
  'people.json': ['person'],
  'organizations.json': ['organization'],
  'media.json': ['media'],
};
const TYPES = ['person', 'organization', 'country', 'place', 'media'];
const KEYS = new Set(['id', 'type', 'name', 'nameEn', 'aliases', 'roles', 'description', 'country', 'adjectives', 'capitalOf']);
const ROLE_KEYS = new Set(['title', 'office', 'country', 'from', 'to']);
const ID_RE = /^[a-z0-9_]+$/;

export function normalize(s) {
  return s
    .replace(/[\u064B-\u0652\u0670\u0640]/g, '')
    .replace(/[أإآ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
const letters = (s) => (s.match(/\p{L}/gu) || []).length;
const isLatinOnly = (s) => /\p{L}/u.test(s) && !/[\u0600-\u06FF]/.test(s);
const hasArabic = (s) => /[\u0600-\u06FF]/.test(s);

/** A date bound as [earliest, latest] ISO days, or null if malformed. Accepts 2025, "2025", "2025-08", "2025-08-05". */
export function bounds(v) {
  if (typeof v === 'number') {
    if (!Number.isInteger(v) || v < 1900 || v > 2100) return null;
    return [`${v}-01-01`, `${v}-12-31`];
  }
  if (typeof v !== 'string') return null;
  let m = /^(\d{4})$/.exec(v);
  if (m) return [`${m[1]}-01-01`, `${m[1]}-12-31`];
  m = /^(\d{4})-(\d{2})$/.exec(v);
  if (m) {
    const mo = +m[2];
    if (mo < 1 || mo > 12) return null;
    const last = new Date(Date.UTC(+m[1], mo, 0)).getUTCDate();
    return [`${v}-01`, `${v}-${String(last).padStart(2, '0')}`];
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (m) {
    const d = new Date(`${v}T00:00:00Z`);
    if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v) return null;
    return [v, v];
  }
  return null;
}

export function checkRegistry(dir) {
  const problems = [];
  const report = (file, id, msg) => problems.push(`${file}: ${id}: ${msg}`);
  const stop = new Set(STOP_WORDS.map(normalize));
  const honorifics = new Set(HONORIFIC_PREFIXES.map(normalize));
  const mediaWords = new Set(MEDIA_GENERIC_WORDS.map(normalize));

  // ---- load ----
  const data = {};
  for (const file of [...Object.keys(FILES), 'offices.json']) {
    const p = path.join(dir, file);
    let text;
    try { text = fs.readFileSync(p, 'utf8'); } catch (e) { report(file, '-', `cannot read: ${e.message}`); continue; }
    try { data[file] = JSON.parse(text); } catch (e) { report(file, '-', `invalid JSON: ${e.message}`); }
  }

  // ---- offices ----
  const offices = data['offices.json'] ?? {};
  if (typeof offices !== 'object' || Array.isArray(offices)) report('offices.json', '-', 'must be an object');
  for (const [key, o] of Object.entries(offices)) {
    if (!ID_RE.test(key)) report('offices.json', key, 'office key must match ^[a-z0-9_]+$');
    if (!o || typeof o.en !== 'string' || !o.en.trim()) report('offices.json', key, 'missing "en"');
    if (!o || !Array.isArray(o.forms) || o.forms.length === 0) { report('offices.json', key, 'missing "forms"'); continue; }
    for (const k of Object.keys(o)) if (k !== 'en' && k !== 'forms') report('offices.json', key, `unknown key "${k}"`);
    const seen = new Set();
    for (const f of o.forms) {
      if (typeof f !== 'string' || !f.trim()) { report('offices.json', key, 'empty form'); continue; }
      if (!f.includes('{adj}') && !f.includes('{country}')) report('offices.json', key, `form «${f}» has neither {adj} nor {country}`);
      const bad = (f.match(/\{[^}]*\}/g) || []).filter((x) => x !== '{adj}' && x !== '{country}');
      if (bad.length) report('offices.json', key, `form «${f}» has unknown placeholder ${bad.join(' ')}`);
      if (seen.has(f)) report('offices.json', key, `form «${f}» repeated`);
      seen.add(f);
    }
  }

  // ---- actors: shape ----
  const all = []; // [file, actor]
  for (const [file, types] of Object.entries(FILES)) {
    const arr = data[file];
    if (arr === undefined) continue;
    if (!Array.isArray(arr)) { report(file, '-', 'must be a JSON array'); continue; }
    arr.forEach((a, i) => {
      const id = a && typeof a.id === 'string' ? a.id : `#${i}`;
      if (!a || typeof a !== 'object' || Array.isArray(a)) { report(file, id, 'not an object'); return; }
      for (const k of Object.keys(a)) if (!KEYS.has(k)) report(file, id, `unknown key "${k}"`);
      if (typeof a.id !== 'string' || !ID_RE.test(a.id)) report(file, id, 'id must match ^[a-z0-9_]+$');
      if (!TYPES.includes(a.type)) report(file, id, `bad type "${a.type}"`);
      else if (!types.includes(a.type)) report(file, id, `type "${a.type}" does not belong in ${file}`);
      if (typeof a.name !== 'string' || !a.name.trim()) report(file, id, 'missing name');
      else if (!hasArabic(a.name)) report(file, id, 'name must be Arabic');
      if (typeof a.nameEn !== 'string' || !a.nameEn.trim()) report(file, id, 'missing nameEn');
      if (!Array.isArray(a.aliases) || a.aliases.some((x) => typeof x !== 'string')) report(file, id, 'aliases must be an array of strings');
      if (!Array.isArray(a.roles)) report(file, id, 'roles must be an array');
      if (a.description !== undefined && (typeof a.description !== 'string' || !a.description.trim())) report(file, id, 'description must be a non-empty string');
      if (a.country !== undefined && typeof a.country !== 'string') report(file, id, 'country must be a string');
      if (a.type === 'country') {
        if (a.country !== undefined) report(file, id, 'a country has no "country"');
        if (!Array.isArray(a.adjectives) || a.adjectives.some((x) => typeof x !== 'string' || !x.trim())) report(file, id, 'adjectives must be an array of strings');
        else for (const adj of a.adjectives) if (!adj.startsWith('ال')) report(file, id, `adjective «${adj}» is not definite (must start with ال)`);
      } else if (a.adjectives !== undefined) report(file, id, 'only countries have adjectives');
      if (a.capitalOf !== undefined && a.type !== 'place') report(file, id, 'only places have capitalOf');
      all.push([file, a]);
    });
  }

  // ---- ids ----
  const byId = new Map();
  for (const [file, a] of all) {
    if (typeof a.id !== 'string') continue;
    if (byId.has(a.id)) report(file, a.id, `duplicate id (also in ${byId.get(a.id)[0]})`);
    else byId.set(a.id, [file, a]);
  }
  const isCountry = (id) => byId.has(id) && byId.get(id)[1].type === 'country';

  // ---- references, roles, dates ----
  const holders = new Map(); // office/country or title -> [{id, from, to}]
  const capitals = new Map();
  for (const [file, a] of all) {
    const id = a.id;
    if (a.country !== undefined && !isCountry(a.country)) report(file, id, `country "${a.country}" is not a country id`);
    if (a.capitalOf !== undefined) {
      if (!isCountry(a.capitalOf)) report(file, id, `capitalOf "${a.capitalOf}" is not a country id`);
      if (a.country !== undefined && a.country !== a.capitalOf) report(file, id, 'capitalOf differs from country');
      if (capitals.has(a.capitalOf)) report(file, id, `second capital of ${a.capitalOf} (also ${capitals.get(a.capitalOf)})`);
      capitals.set(a.capitalOf, id);
    }
    if (!Array.isArray(a.roles)) continue;
    a.roles.forEach((r, i) => {
      const where = `role ${i + 1}`;
      if (!r || typeof r !== 'object') { report(file, id, `${where}: not an object`); return; }
      for (const k of Object.keys(r)) if (!ROLE_KEYS.has(k)) report(file, id, `${where}: unknown key "${k}"`);
      let key = null;
      if (r.title !== undefined) {
        if (r.office !== undefined || r.country !== undefined) report(file, id, `${where}: a literal title has no office/country`);
        if (typeof r.title !== 'string' || letters(r.title) < 2) report(file, id, `${where}: empty title`);
        else if (stop.has(normalize(r.title))) report(file, id, `${where}: title «${r.title}» is a generic word`);
        else key = `title:${normalize(r.title)}`;
      } else if (r.office !== undefined) {
        if (!Object.prototype.hasOwnProperty.call(offices, r.office)) report(file, id, `${where}: unknown office "${r.office}"`);
        if (!isCountry(r.country)) report(file, id, `${where}: country "${r.country}" is not a country id`);
        key = `${r.office}/${r.country}`;
      } else report(file, id, `${where}: needs "title" or "office"`);
      let from = null;
      let to = null;
      if (r.from !== undefined) { from = bounds(r.from); if (!from) report(file, id, `${where}: bad from ${JSON.stringify(r.from)}`); }
      if (r.to !== undefined && r.to !== null) { to = bounds(r.to); if (!to) report(file, id, `${where}: bad to ${JSON.stringify(r.to)}`); }
      if (from && to && from[0] > to[1]) report(file, id, `${where}: from ${r.from} is after to ${r.to}`);
      if (key) {
        if (!holders.has(key)) holders.set(key, []);
        holders.get(key).push({ id, file, from, to, current: r.to === null || r.to === undefined });
      }
    });
  }

  // Two different people holding the same office (or literal title) at the same
  // time: only when the overlap is certain (latest possible start of one before
  // the earliest possible end of the other).
  for (const [key, list] of holders) {
    if (CONCURRENT_OFFICES[key]) continue;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const A = list[i];
        const B = list[j];
        if (A.id === B.id) continue;
        const aStart = A.from ? A.from[1] : '0000-00-00';
        const bStart = B.from ? B.from[1] : '0000-00-00';
        const aEnd = A.current ? '9999-12-31' : A.to ? A.to[0] : null;
        const bEnd = B.current ? '9999-12-31' : B.to ? B.to[0] : null;
        if (!aEnd || !bEnd) continue;
        if (!A.from && !B.from) continue; // undated literal titles: nothing to compare
        if (aStart < bEnd && bStart < aEnd) {
          report(B.file, B.id, `holds ${key.replace(/^title:/, 'title «') + (key.startsWith('title:') ? '»' : '')} at the same time as ${A.id}`);
        }
      }
    }
  }

  // ---- aliases ----
  const adjectiveOwners = new Map();
  for (const [, a] of all) {
    if (a.type !== 'country' || !Array.isArray(a.adjectives)) continue;
    for (const adj of a.adjectives) {
      const n = normalize(adj);
      if (adjectiveOwners.has(n) && adjectiveOwners.get(n) !== a.id) report('countries.json', a.id, `adjective «${adj}» also belongs to ${adjectiveOwners.get(n)}`);
      adjectiveOwners.set(n, a.id);
    }
  }
  const formOwners = new Map(); // normalised form -> Set(ids)
  for (const [file, a] of all) {
    if (!Array.isArray(a.aliases) || typeof a.name !== 'string') continue;
    const id = a.id;
    const raw = new Set();
    const forms = [a.name, ...a.aliases];
    forms.forEach((s, i) => {
      if (typeof s !== 'string') return;
      const label = i === 0 ? 'name' : 'alias';
      if (s !== s.trim() || /\s{2,}/.test(s)) report(file, id, `${label} «${s}» has stray spaces`);
      if (raw.has(s)) report(file, id, `${label} «${s}» duplicated`);
      raw.add(s);
      const n = normalize(s);
      if (letters(n) < 2) report(file, id, `${label} «${s}» is shorter than 2 letters`);
      if (stop.has(n)) report(file, id, `${label} «${s}» is a function word or generic noun`);
      if (adjectiveOwners.has(n)) report(file, id, `${label} «${s}» is a country adjective (adjectives belong in "adjectives" only)`);
      if (isLatinOnly(s) && a.type !== 'media' && a.type !== 'organization') report(file, id, `${label} «${s}» is Latin-only (allowed for media and organisations only)`);
      const words = n.split(' ');
      const lead = [words[0], words.slice(0, 2).join(' ')].find((w, k) => words.length > k + 1 && honorifics.has(w));
      if (lead) report(file, id, `${label} «${s}» starts with the rank/honorific «${lead}» (the engine bridges those itself)`);
      if (a.type === 'media' && words.length > 1 && mediaWords.has(words[0])) {
        const rest = words.slice(1).join(' ');
        if (forms.some((o) => typeof o === 'string' && normalize(o) === rest)) report(file, id, `${label} «${s}» is redundant: «${rest}» is already a form of this outlet`);
      }
      if (!formOwners.has(n)) formOwners.set(n, new Set());
      formOwners.get(n).add(id);
    });
  }
  for (const [n, ids] of formOwners) {
    if (ids.size < 2) continue;
    const allowed = HOMOGRAPHS[n];
    const list = [...ids];
    if (allowed && list.every((x) => allowed.actors.includes(x))) continue;
    const [file] = byId.get(list[1]) ?? ['?'];
    report(file, list.slice(1).join(','), `form «${n}» is shared with ${list[0]} (add it to HOMOGRAPHS with a reason if intended)`);
  }
  for (const [n, h] of Object.entries(HOMOGRAPHS)) {
    if (!h.reason) report('check-registry.mjs', n, 'homograph without a reason');
    for (const x of h.actors) if (!byId.has(x)) report('check-registry.mjs', n, `homograph actor "${x}" does not exist`);
  }

  // ---- totals ----
  const counts = Object.fromEntries(TYPES.map((t) => [t, 0]));
  for (const [, a] of all) if (counts[a.type] !== undefined) counts[a.type]++;
  if (all.length < 400) report('-', '-', `only ${all.length} actors (at least 400 expected)`);
  return { problems, counts, total: all.length, offices: Object.keys(offices).length };
}

// ---------------------------------------------------------------------------
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const dir = process.argv[2] ?? path.join(here, '..', 'src', 'core', 'data', 'registry');
  const { problems, counts, total, offices } = checkRegistry(dir);
  for (const p of problems) console.log(p);
  console.log(`\n${Object.entries(counts).map(([t, n]) => `${t}: ${n}`).join(', ')}; total: ${total} actors, ${offices} offices`);
  if (problems.length) {
    console.log(`${problems.length} problem(s)`);
    process.exit(1);
  }
  console.log('registry OK');
}
