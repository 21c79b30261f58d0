// demo/impact.html: ?lang=ar|en (default ar) and ?feed=ishraqat|synthetic-1000 (default ishraqat).
// Runs before the elements are defined, so the summary's first request is the right feed.
const params = new URLSearchParams(location.search);
const lang = params.get('lang') === 'en' ? 'en' : 'ar';
const synthetic = params.get('feed') === 'synthetic-1000';

const texts = {
  ar: {
    title: 'ملخص الأثر',
    nav: 'صفحات العرض',
    note: synthetic
      ? 'موجز مولّد من ١٠٠٠ نشاط وهمي لاختبار الأداء والعرض: ليست بيانات حقيقية.'
      : 'ملخص أنشطة منظمة اشراقات للتنمية كما وردت في الموجز. اطبع الصفحة للحصول على تقرير ورقي.',
  },
  en: {
    title: 'Impact summary',
    nav: 'Demo pages',
    note: synthetic
      ? 'A generated feed of 1,000 made-up activities, to exercise the layout: not real data.'
      : "Ishraqat Organization for Development's activities as its feed reports them. Print the page for a paper report.",
  },
}[lang];

document.documentElement.lang = lang;
document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
document.title = `${texts.title} — ${synthetic ? 'synthetic-1000' : 'Ishraqat'}`;
document.getElementById('page-title').textContent = texts.title;
document.getElementById('demo-nav').setAttribute('aria-label', texts.nav);
document.getElementById('note').textContent = texts.note;
for (const link of document.querySelectorAll('#demo-nav a')) {
  if (new URL(link.href).search === location.search) link.setAttribute('aria-current', 'page');
}

const impact = document.getElementById('impact');
impact.setAttribute('src', `feeds/${synthetic ? 'synthetic-1000' : 'ishraqat'}.json`);
impact.setAttribute('timeline-href', lang === 'en' ? './en.html' : './index.html');
