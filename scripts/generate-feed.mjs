#!/usr/bin/env node
// Generates a large SYNTHETIC activity feed (feed format v1, see docs / spec) for demos,
// performance work and tests. Everything it writes is made up: the organisation, partners,
// people, places of work and counts are fictitious and labelled as generated data.
//
// Deterministic: the same --count and --seed always give byte-identical output
// (seeded PRNG, no Math.random, no clock).
//
//   node scripts/generate-feed.mjs --count 1000 --out demo/feeds/synthetic-1000.json
//   node scripts/generate-feed.mjs --count 10000 --seed 7 --out /tmp/feed.json
//   node scripts/generate-feed.mjs --count 5            # prints to stdout

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '20150101' },
    out: { type: 'string' },
    'if-missing': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (args.help) {
  console.log(
    'Usage: node scripts/generate-feed.mjs [--count N] [--seed S] [--out FILE] [--if-missing]\n' +
      'Writes a deterministic synthetic feed (format v1) with N activities to FILE (or stdout).',
  );
  process.exit(0);
}

// `npm start` makes the 10,000-activity feed (11 MB, not committed) only the first time.
if (args['if-missing'] && args.out && existsSync(args.out)) process.exit(0);

const COUNT = Number(args.count);
const SEED = Number(args.seed);
if (!Number.isInteger(COUNT) || COUNT < 0) {
  console.error(`--count must be a non-negative integer, got ${JSON.stringify(args.count)}`);
  process.exit(2);
}
if (!Number.isInteger(SEED)) {
  console.error(`--seed must be an integer, got ${JSON.stringify(args.seed)}`);
  process.exit(2);
}

// ---------------------------------------------------------------------------
// Seeded PRNG (mulberry32)

function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = mulberry32(SEED);
/** Integer in [min, max] inclusive. */
const int = (min, max) => min + Math.floor(random() * (max - min + 1));
const pick = (list) => list[Math.floor(random() * list.length)];
const chance = (p) => random() < p;
/** k distinct items of list (k <= list.length), in random order. */
function sample(list, k) {
  const copy = list.slice();
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, k);
}
const pad = (n, width) => String(n).padStart(width, '0');

// ---------------------------------------------------------------------------
// Word lists (Arabic + English)

// Iraq's governorates (ISO 3166-2:IQ) with an approximate centre of the governorate's
// capital, used (with jitter) for the optional lat/lon.
const GOVERNORATES = [
  { code: 'IQ-AN', en: 'Al Anbar', ar: 'الأنبار', lat: 33.42, lon: 43.3 },
  { code: 'IQ-AR', en: 'Erbil', ar: 'أربيل', lat: 36.19, lon: 44.01 },
  { code: 'IQ-BA', en: 'Basra', ar: 'البصرة', lat: 30.51, lon: 47.78 },
  { code: 'IQ-BB', en: 'Babil', ar: 'بابل', lat: 32.48, lon: 44.43 },
  { code: 'IQ-BG', en: 'Baghdad', ar: 'بغداد', lat: 33.31, lon: 44.36 },
  { code: 'IQ-DA', en: 'Duhok', ar: 'دهوك', lat: 36.87, lon: 42.99 },
  { code: 'IQ-DI', en: 'Diyala', ar: 'ديالى', lat: 33.75, lon: 44.64 },
  { code: 'IQ-DQ', en: 'Dhi Qar', ar: 'ذي قار', lat: 31.05, lon: 46.26 },
  { code: 'IQ-KA', en: 'Karbala', ar: 'كربلاء', lat: 32.61, lon: 44.02 },
  { code: 'IQ-KI', en: 'Kirkuk', ar: 'كركوك', lat: 35.47, lon: 44.39 },
  { code: 'IQ-MA', en: 'Maysan', ar: 'ميسان', lat: 31.84, lon: 47.14 },
  { code: 'IQ-MU', en: 'Al Muthanna', ar: 'المثنى', lat: 31.31, lon: 45.28 },
  { code: 'IQ-NA', en: 'Najaf', ar: 'النجف', lat: 32.0, lon: 44.34 },
  { code: 'IQ-NI', en: 'Nineveh', ar: 'نينوى', lat: 36.34, lon: 43.13 },
  { code: 'IQ-QA', en: 'Al-Qadisiyah', ar: 'القادسية', lat: 31.99, lon: 44.93 },
  { code: 'IQ-SD', en: 'Salah ad Din', ar: 'صلاح الدين', lat: 34.6, lon: 43.68 },
  { code: 'IQ-SU', en: 'Sulaymaniyah', ar: 'السليمانية', lat: 35.56, lon: 45.44 },
  { code: 'IQ-WA', en: 'Wasit', ar: 'واسط', lat: 32.51, lon: 45.82 },
];

// Regions with no ISO 3166-2 code: exercises the free-text region path.
const FREE_REGIONS = [
  { en: 'Mesopotamian Marshes', ar: 'الأهوار' },
  { en: 'Nineveh Plains', ar: 'سهل نينوى' },
  { en: 'Western desert', ar: 'الصحراء الغربية' },
];

const VENUES = [
  { en: 'Youth centre', ar: 'مركز الشباب' },
  { en: 'Community centre', ar: 'المركز المجتمعي' },
  { en: 'Public library', ar: 'المكتبة العامة' },
  { en: 'Conference hall', ar: 'قاعة المؤتمرات' },
  { en: 'Secondary school', ar: 'المدرسة الثانوية' },
  { en: 'University campus', ar: 'الحرم الجامعي' },
];

// fem: whether the Arabic noun is feminine (verb agreement in the summary).
const ACTIVITY_TYPES = [
  { en: 'Training workshop', ar: 'ورشة تدريبية', fem: true },
  { en: 'Awareness session', ar: 'جلسة توعوية', fem: true },
  { en: 'Community dialogue', ar: 'حوار مجتمعي', fem: false },
  { en: 'Awareness campaign', ar: 'حملة توعية', fem: true },
  { en: 'Roundtable', ar: 'طاولة مستديرة', fem: true },
  { en: 'Conference', ar: 'مؤتمر', fem: false },
  { en: 'Seminar', ar: 'ندوة', fem: true },
  { en: 'Focus group discussion', ar: 'جلسة نقاش مركّزة', fem: true },
  { en: 'Field visit', ar: 'زيارة ميدانية', fem: true },
  { en: 'Training course', ar: 'دورة تدريبية', fem: true },
];

const PROGRAMS = [
  { id: 'civic-participation', name: { en: 'Civic participation', ar: 'المشاركة المدنية' } },
  { id: 'women-empowerment', name: { en: 'Women’s empowerment', ar: 'تمكين المرأة' } },
  { id: 'youth', name: { en: 'Youth', ar: 'الشباب' } },
  { id: 'water-climate', name: { en: 'Water and climate', ar: 'المياه والمناخ' } },
  { id: 'protection', name: { en: 'Protection', ar: 'الحماية' } },
  { id: 'social-cohesion', name: { en: 'Social cohesion', ar: 'التماسك الاجتماعي' } },
];

const TOPICS = [
  {
    en: 'voter registration',
    ar: 'تسجيل الناخبين',
    program: 'civic-participation',
    tag: 'elections',
    voters: true,
  },
  {
    en: 'civic education',
    ar: 'التربية المدنية',
    program: 'civic-participation',
    tag: 'civic-education',
  },
  { en: 'anti-corruption', ar: 'مكافحة الفساد', program: 'civic-participation', tag: 'governance' },
  {
    en: 'women’s political participation',
    ar: 'المشاركة السياسية للمرأة',
    program: 'women-empowerment',
    tag: 'elections',
  },
  {
    en: 'women’s economic empowerment',
    ar: 'التمكين الاقتصادي للمرأة',
    program: 'women-empowerment',
    tag: 'livelihoods',
  },
  { en: 'youth employment', ar: 'تشغيل الشباب', program: 'youth', tag: 'livelihoods' },
  { en: 'digital literacy', ar: 'محو الأمية الرقمية', program: 'youth', tag: 'education' },
  { en: 'volunteering', ar: 'العمل التطوعي', program: 'youth', tag: 'volunteering' },
  { en: 'water management', ar: 'إدارة المياه', program: 'water-climate', tag: 'water' },
  {
    en: 'climate change adaptation',
    ar: 'التكيف مع التغير المناخي',
    program: 'water-climate',
    tag: 'climate',
  },
  {
    en: 'sustainable agriculture',
    ar: 'الزراعة المستدامة',
    program: 'water-climate',
    tag: 'agriculture',
  },
  { en: 'child protection', ar: 'حماية الطفل', program: 'protection', tag: 'protection' },
  {
    en: 'preventing gender-based violence',
    ar: 'الوقاية من العنف القائم على النوع الاجتماعي',
    program: 'protection',
    tag: 'gbv',
  },
  {
    en: 'psychosocial support',
    ar: 'الدعم النفسي والاجتماعي',
    program: 'protection',
    tag: 'mental-health',
  },
  {
    en: 'peaceful coexistence',
    ar: 'التعايش السلمي',
    program: 'social-cohesion',
    tag: 'peacebuilding',
  },
  { en: 'human rights', ar: 'حقوق الإنسان', program: 'social-cohesion', tag: 'human-rights' },
];

const AUDIENCES = [
  { en: 'youth', ar: 'الشباب', tag: 'youth' },
  { en: 'women', ar: 'النساء', tag: 'women' },
  { en: 'university students', ar: 'طلبة الجامعات', tag: 'youth' },
  { en: 'teachers', ar: 'المعلمين', tag: 'education' },
  { en: 'local officials', ar: 'المسؤولين المحليين', tag: 'governance' },
  { en: 'civil society activists', ar: 'ناشطي المجتمع المدني', tag: 'civil-society' },
  { en: 'farmers', ar: 'المزارعين', tag: 'agriculture' },
  { en: 'journalists', ar: 'الصحفيين', tag: 'media' },
  { en: 'displaced families', ar: 'العائلات النازحة', tag: 'displacement' },
  { en: 'community leaders', ar: 'وجهاء المجتمع', tag: 'community' },
];

const FOLLOW_UPS = [
  {
    en: 'Participants discussed practical steps and agreed on follow-up actions.',
    ar: 'ناقش المشاركون خطوات عملية واتفقوا على إجراءات للمتابعة.',
  },
  {
    en: 'The activity combined short presentations with group exercises.',
    ar: 'جمع النشاط بين عروض قصيرة وتمارين جماعية.',
  },
  {
    en: 'Recommendations were collected and passed on to the relevant local authorities.',
    ar: 'جُمعت التوصيات وأُحيلت إلى الجهات المحلية المعنية.',
  },
  {
    en: 'A short survey was run before and after the activity.',
    ar: 'أُجري استبيان قصير قبل النشاط وبعده.',
  },
];

const GENERATED_NOTE = {
  en: 'Generated demo data, not a real event.',
  ar: 'بيانات مولّدة للعرض، وليست نشاطاً حقيقياً.',
};

const EXTRA_TAGS = ['training', 'awareness', 'outreach', 'capacity-building', 'research'];

// Fictitious people: first names x father's names, none taken from the seed article.
const FEMALE_NAMES = [
  { en: 'Zainab', ar: 'زينب' },
  { en: 'Fatima', ar: 'فاطمة' },
  { en: 'Maryam', ar: 'مريم' },
  { en: 'Noor', ar: 'نور' },
  { en: 'Sara', ar: 'سارة' },
  { en: 'Rana', ar: 'رنا' },
  { en: 'Shahad', ar: 'شهد' },
  { en: 'Hiba', ar: 'هبة' },
];
const MALE_NAMES = [
  { en: 'Ahmed', ar: 'أحمد' },
  { en: 'Mustafa', ar: 'مصطفى' },
  { en: 'Hussein', ar: 'حسين' },
  { en: 'Omar', ar: 'عمر' },
  { en: 'Yousif', ar: 'يوسف' },
  { en: 'Haider', ar: 'حيدر' },
  { en: 'Karrar', ar: 'كرار' },
  { en: 'Saif', ar: 'سيف' },
];
const FAMILY_NAMES = [
  { en: 'Ali', ar: 'علي' },
  { en: 'Hassan', ar: 'حسن' },
  { en: 'Jabbar', ar: 'جبار' },
  { en: 'Kareem', ar: 'كريم' },
  { en: 'Abbas', ar: 'عباس' },
  { en: 'Salman', ar: 'سلمان' },
  { en: 'Mahdi', ar: 'مهدي' },
  { en: 'Hameed', ar: 'حميد' },
];
const PEOPLE_ROLES = [
  { en: 'Trainer', f: 'مدرّبة', m: 'مدرّب' },
  { en: 'Facilitator', f: 'ميسّرة', m: 'ميسّر' },
  { en: 'Project coordinator', f: 'منسّقة المشروع', m: 'منسّق المشروع' },
  { en: 'Speaker', f: 'متحدثة', m: 'متحدث' },
  { en: 'Volunteer', f: 'متطوعة', m: 'متطوع' },
];

const PARTNER_TYPES = ['donor', 'government', 'un', 'ngo', 'private', 'academic', 'media', 'other'];
const PARTNER_ROLES = ['funding', 'accountable', 'extending', 'implementing'];
const PARTNER_COUNT = 24; // three of every type

const CUSTOM_METRIC = {
  id: 'voters_registered',
  label: { en: 'Voters registered', ar: 'الناخبون المسجّلون' },
};

const FIRST_YEAR = 2015;
const LAST_YEAR = 2025;

// ---------------------------------------------------------------------------
// Dates

const daysInMonth = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** "YYYY-MM-DD" of the UTC day `days` after y-m-d. */
function addDays(y, m, d, days) {
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

const fmtDay = ({ y, m, d }) => `${y}-${pad(m, 2)}-${pad(d, 2)}`;
const fmtMonth = ({ y, m }) => `${y}-${pad(m, 2)}`;

/** A date of random precision, plus sometimes an endDate that is never before it. */
function makeDates() {
  const y = int(FIRST_YEAR, LAST_YEAR);
  const m = int(1, 12);
  const d = int(1, daysInMonth(y, m));
  const r = random();
  const hasEnd = chance(0.18);
  if (r < 0.12) {
    // year precision
    const out = { date: String(y) };
    if (hasEnd && y < LAST_YEAR) out.endDate = String(int(y + 1, Math.min(LAST_YEAR, y + 2)));
    return out;
  }
  if (r < 0.35) {
    // month precision
    const out = { date: fmtMonth({ y, m }) };
    if (hasEnd) {
      const end = addDays(y, m, 1, 31 * int(1, 6)); // a later month
      if (end.y <= LAST_YEAR) out.endDate = fmtMonth(end);
    }
    return out;
  }
  // day precision
  const out = { date: fmtDay({ y, m, d }) };
  if (hasEnd) {
    const end = addDays(y, m, d, int(1, 60));
    if (end.y <= LAST_YEAR) out.endDate = chance(0.8) ? fmtDay(end) : fmtMonth(end);
  }
  return out;
}

// ---------------------------------------------------------------------------
// Feed parts

const partners = Array.from({ length: PARTNER_COUNT }, (_, i) => {
  const n = pad(i + 1, 2);
  const type = PARTNER_TYPES[i % PARTNER_TYPES.length];
  const partner = {
    id: `partner-${n}`,
    name: { en: `Partner ${n} (synthetic)`, ar: `الشريك ${n} (تجريبي)` },
    shortName: { en: `P${n}`, ar: `ش${n}` },
    type,
  };
  return partner;
});

function makePeople() {
  const people = [];
  for (let i = int(1, 3); i > 0; i--) {
    const female = chance(0.5);
    const first = pick(female ? FEMALE_NAMES : MALE_NAMES);
    const family = pick(FAMILY_NAMES);
    const role = pick(PEOPLE_ROLES);
    people.push({
      name: { ar: `${first.ar} ${family.ar}`, en: `${first.en} ${family.en}` },
      role: { ar: female ? role.f : role.m, en: role.en },
    });
  }
  return people;
}

function makeCounts(topic, audience) {
  if (chance(0.12)) return undefined; // some activities report no numbers
  const counts = {};
  const women = int(0, 120);
  const men = audience.en === 'women' ? 0 : int(0, 120);
  const participants = women + men + (chance(0.2) ? int(0, 15) : 0); // some unrecorded gender
  counts.participants = participants;
  if (chance(0.8)) {
    counts.women = women;
    counts.men = men;
  }
  if (audience.tag === 'youth' || chance(0.3)) counts.youth = int(0, participants);
  if (chance(0.15)) {
    counts.girls = int(0, 40);
    counts.boys = int(0, 40);
  }
  if (chance(0.5)) counts.sessions = int(1, 12);
  if (chance(0.25)) counts.volunteers = int(1, 25);
  if (chance(0.3)) counts.beneficiaries = participants + int(0, 2000);
  if (topic.voters) counts[CUSTOM_METRIC.id] = int(20, 3000);
  return counts;
}

function joinAr(items) {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(' و')} و${items.at(-1)}`;
}
function joinEn(items) {
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * One activity without id and title (they are numbered after sorting); `title(n)` builds
 * the title for number n.
 */
function makeActivity(forcedPartner) {
  const type = pick(ACTIVITY_TYPES);
  const topic = pick(TOPICS);
  let audience = pick(AUDIENCES);
  while (topic.program === 'youth' && audience.tag === 'youth') audience = pick(AUDIENCES);
  const activity = makeDates();
  const title = (n) => ({
    ar: `${type.ar} حول ${topic.ar} لفائدة ${audience.ar} (تجريبي رقم ${n})`,
    en: `${type.en} on ${topic.en} for ${audience.en} (synthetic #${n})`,
  });

  // Location: mostly a governorate code, sometimes free text, sometimes none.
  let place;
  const where = random();
  if (where < 0.85) {
    const gov = pick(GOVERNORATES);
    place = { en: gov.en, ar: gov.ar };
    activity.location = {};
    if (chance(0.5)) {
      const venue = pick(VENUES);
      activity.location.name = { ar: `${venue.ar}، ${gov.ar}`, en: `${venue.en}, ${gov.en}` };
    }
    activity.location.region = gov.code;
    if (chance(0.3)) {
      activity.location.lat = Math.round((gov.lat + (random() - 0.5) * 0.2) * 1e4) / 1e4;
      activity.location.lon = Math.round((gov.lon + (random() - 0.5) * 0.2) * 1e4) / 1e4;
    }
  } else if (where < 0.93) {
    const region = pick(FREE_REGIONS);
    place = region;
    activity.location = { region: { ...region } };
  }

  // Partners: 0-3 distinct, each with a random IATI role or none (bare id).
  let chosen = sample(partners, int(0, 3));
  if (forcedPartner && !chosen.includes(forcedPartner))
    chosen = [forcedPartner, ...chosen.slice(1)];
  const partnerRefs = chosen.map((p) =>
    chance(0.25) ? p.id : { id: p.id, role: pick(PARTNER_ROLES) },
  );

  // Summary (sometimes two paragraphs, to exercise kept line breaks).
  const verbAr = type.fem ? 'أُقيمت' : 'أُقيم';
  const withAr = chosen.length ? ` بالتعاون مع ${joinAr(chosen.map((p) => p.shortName.ar))}` : '';
  const withEn = chosen.length ? ` with ${joinEn(chosen.map((p) => p.shortName.en))}` : '';
  const inAr = place ? ` في ${place.ar}` : '';
  const inEn = place ? ` in ${place.en}` : '';
  const follow = pick(FOLLOW_UPS);
  const sep = chance(0.2) ? '\n' : ' ';
  activity.summary = {
    ar: `${type.ar} حول ${topic.ar} لفائدة ${audience.ar}، ${verbAr}${inAr}${withAr}. ${follow.ar}${sep}${GENERATED_NOTE.ar}`,
    en: `${type.en} on ${topic.en} for ${audience.en}, held${inEn}${withEn}. ${follow.en}${sep}${GENERATED_NOTE.en}`,
  };
  // A few summaries as plain strings (in the feed's language, Arabic).
  if (chance(0.03)) activity.summary = activity.summary.ar;

  if (chance(0.92)) activity.program = topic.program;
  const tags = new Set([topic.tag]);
  if (chance(0.6)) tags.add(audience.tag);
  if (chance(0.3)) tags.add(pick(EXTRA_TAGS));
  activity.tags = [...tags];

  if (partnerRefs.length) activity.partners = partnerRefs;
  if (chance(0.4)) activity.people = makePeople();
  const counts = makeCounts(topic, audience);
  if (counts) activity.counts = counts;
  return { activity, title };
}

// ---------------------------------------------------------------------------
// Build

const drafts = Array.from({ length: COUNT }, (_, i) =>
  // The first activities each use one partner, so no partner goes unused in small feeds.
  makeActivity(i < partners.length ? partners[i] : undefined),
);

// Newest first (stable sort), then number them in that order: ids and titles stay in step.
drafts.sort((a, b) =>
  a.activity.date < b.activity.date ? 1 : a.activity.date > b.activity.date ? -1 : 0,
);
const activities = drafts.map(({ activity, title }, i) => {
  const out = { id: `syn-${pad(i + 1, 5)}`, date: activity.date };
  if (activity.endDate) out.endDate = activity.endDate;
  out.title = title(i + 1);
  // Fixed key order, for readable output.
  for (const key of ['summary', 'program', 'tags', 'location', 'partners', 'people', 'counts']) {
    if (activity[key] !== undefined) out[key] = activity[key];
  }
  return out;
});

// Targets: derived from what was generated, so widgets show a mix of under- and over-achieved.
const year = (d) => Number(d.slice(0, 4));
function achieved(metric, from, to, program) {
  let sum = 0;
  for (const a of activities) {
    const y = year(a.date);
    if (y < from || y > to) continue;
    if (program && a.program !== program) continue;
    sum += metric === 'activities' ? 1 : (a.counts?.[metric] ?? 0);
  }
  return sum;
}
const targets = [];
function addTarget(metric, from, to, program) {
  const got = achieved(metric, from, to, program);
  if (got === 0) return;
  // Somewhere between 70% and 140% of what was achieved, rounded to tens.
  const value = Math.max(10, Math.round((got * (0.7 + random() * 0.7)) / 10) * 10);
  const target = { metric, value, from: String(from), to: String(to) };
  if (program) target.program = program;
  targets.push(target);
}
for (let y = LAST_YEAR - 2; y <= LAST_YEAR; y++) addTarget('participants', y, y);
for (const p of PROGRAMS) addTarget('participants', LAST_YEAR, LAST_YEAR, p.id);
addTarget('women', FIRST_YEAR, LAST_YEAR, 'women-empowerment');
addTarget('youth', LAST_YEAR - 4, LAST_YEAR, 'youth');
addTarget('activities', LAST_YEAR, LAST_YEAR);
addTarget(CUSTOM_METRIC.id, LAST_YEAR - 2, LAST_YEAR, 'civic-participation');

const feed = {
  $schema: '../../schema/feed-v1.schema.json',
  version: 1,
  language: 'ar',
  country: 'IQ',
  organization: {
    id: 'synthetic-demo',
    name: {
      ar: 'منظمة تجريبية (بيانات مولدة)',
      en: 'Synthetic demo organisation (generated data)',
    },
  },
  partners,
  programs: PROGRAMS,
  metrics: [CUSTOM_METRIC],
  targets,
  activities,
};

// ---------------------------------------------------------------------------
// Serialise: top level indented, one array element per line (compact, diff-friendly).

function serialise(obj) {
  const lines = ['{'];
  const keys = Object.keys(obj);
  keys.forEach((key, i) => {
    const value = obj[key];
    const comma = i < keys.length - 1 ? ',' : '';
    if (Array.isArray(value) && value.length) {
      lines.push(`  ${JSON.stringify(key)}: [`);
      value.forEach((item, j) => {
        lines.push(`    ${JSON.stringify(item)}${j < value.length - 1 ? ',' : ''}`);
      });
      lines.push(`  ]${comma}`);
    } else {
      const json = JSON.stringify(value, null, 2).replaceAll('\n', '\n  ');
      lines.push(`  ${JSON.stringify(key)}: ${json}${comma}`);
    }
  });
  lines.push('}');
  return lines.join('\n') + '\n';
}

const text = serialise(feed);
if (args.out) {
  mkdirSync(dirname(args.out), { recursive: true });
  writeFileSync(args.out, text);
  console.error(
    `wrote ${args.out}: ${activities.length} activities, ${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB`,
  );
} else {
  process.stdout.write(text);
}
