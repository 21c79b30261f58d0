// Activities of the bench's shape (title, date, summary, place, two partners, three counts), as
// scripts/generate-feed.mjs makes them; made-up data, labelled as generated.
export function benchFeed(count: number) {
  return {
    version: 1,
    language: 'ar',
    country: 'IQ',
    organization: { id: 'org', name: { en: 'Test Organization', ar: 'منظمة الاختبار' } },
    partners: [
      {
        id: 'p1',
        name: { en: 'Partner 01 (synthetic)', ar: 'الشريك 01 (تجريبي)' },
        shortName: { en: 'P01', ar: 'ش01' },
      },
      {
        id: 'p2',
        name: { en: 'Partner 02 (synthetic)', ar: 'الشريك 02 (تجريبي)' },
        shortName: { en: 'P02', ar: 'ش02' },
      },
    ],
    activities: Array.from({ length: count }, (_, i) => ({
      id: `syn-${i + 1}`,
      // One day apart, newest first: activity k is the k-th shown.
      date: new Date(Date.UTC(2025, 11, 31) - i * 86_400_000).toISOString().slice(0, 10),
      title: { en: `Field visit ${i + 1} (synthetic)`, ar: `زيارة ميدانية ${i + 1} (تجريبي)` },
      summary: {
        en: `Generated demo data ${i + 1}, not a real event.`,
        ar: `بيانات مولّدة للعرض ${i + 1}، وليست نشاطاً حقيقياً.`,
      },
      location: {
        name: { en: 'Secondary school', ar: 'المدرسة الثانوية' },
        region: 'IQ-WA',
      },
      partners: ['p1', { id: 'p2', role: 'funding' }],
      counts: { participants: 100 + i, women: 60, men: 40 + i },
    })),
  };
}
