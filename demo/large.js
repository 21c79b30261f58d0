// Large synthetic feeds (scripts/generate-feed.mjs): ?size=1000|10000, ?lang=en|ar, ?limit=N,
// ?q=<search>.
const params = new URLSearchParams(location.search);
const size = params.get('size') === '10000' ? 10000 : 1000;
const lang = params.get('lang') === 'en' ? 'en' : 'ar';
document.documentElement.lang = lang;
document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
const timeline = document.getElementById('large');
if (params.has('limit')) timeline.setAttribute('limit', params.get('limit'));
if (params.has('q')) timeline.setAttribute('query', params.get('q'));
const started = performance.now();
timeline.addEventListener('ishraqat-load', (event) => {
  requestAnimationFrame(() => {
    const ms = Math.round(performance.now() - started);
    document.getElementById('stats').textContent =
      `${event.detail.activities} activities (generated data) — ready in ${ms} ms`;
  });
});
timeline.src = `feeds/synthetic-${size}.json`;
