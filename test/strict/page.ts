// The strict page's own script (see test/support/strict-pages.js): every element in every
// state under script-src 'self', style-src 'self' and Trusted Types. It records violations,
// uncaught errors and console errors on `window.strict` for the test that opened it.
const report = {
  /** Both probes were refused: the policy is in force. */
  enforced: { trustedTypes: false, styleAttribute: false, reported: 0 },
  violations: [] as string[],
  errors: [] as string[],
  ready: false,
  actions: {} as Record<string, unknown>,
};
(window as unknown as { strict: typeof report }).strict = report;

document.addEventListener('securitypolicyviolation', (e) =>
  report.violations.push(
    `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber} ${e.sample}`,
  ),
);
window.addEventListener('error', (e) => report.errors.push(`error: ${e.message}`));
window.addEventListener('unhandledrejection', (e) =>
  report.errors.push(`unhandledrejection: ${String(e.reason)}`),
);
const consoleError = console.error.bind(console);
console.error = (...args: unknown[]) => {
  report.errors.push(`console.error: ${args.map(String).join(' ')}`);
  consoleError(...args);
};

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function probe() {
  // Trusted Types: a string into innerHTML must be refused.
  try {
    document.createElement('div').innerHTML = '<b>probe</b>';
  } catch {
    report.enforced.trustedTypes = true;
  }
  // style-src 'self': a style attribute set at run time must be blocked.
  const p = document.body.appendChild(document.createElement('p'));
  p.setAttribute('style', 'color: rgb(1, 2, 3)');
  await tick(50);
  report.enforced.styleAttribute = getComputedStyle(p).color !== 'rgb(1, 2, 3)';
  p.remove();
  await tick(50);
  // The listener works: both probes were reported.
  report.enforced.reported = report.violations.length;
  report.violations.length = 0;
}

const org = { id: 'org', name: { en: 'Strict page test organization', ar: 'منظمة اختبار' } };
const feeds = {
  ready: {
    version: 1,
    language: 'en',
    organization: org,
    partners: [
      { id: 'p1', name: 'Test partner', type: 'ngo', logo: '/__feeds/logos/missing.svg' },
      { id: 'p2', name: 'Second test partner', type: 'donor' },
    ],
    targets: [{ metric: 'participants', value: 100 }],
    activities: [
      {
        id: 'a1',
        date: '2023-04-05',
        title: { en: 'Strict activity', ar: 'نشاط' },
        summary: 'Made-up test data.',
        partners: [{ id: 'p1', role: 'funding' }, 'p2'],
        counts: { participants: 40, women: 20 },
        url: 'https://example.org/story',
      },
      { id: 'a2', date: '2022', title: 'Older activity', counts: { participants: 10 } },
    ],
  },
  empty: { version: 1, organization: org, activities: [] },
  problems: {
    version: 1,
    organization: org,
    activities: [
      { id: 'ok', date: '2023', title: 'Kept', counts: { participants: 3 } },
      { id: 'bad', date: '2023-02-30', title: 'Skipped' },
    ],
  },
};

const TAGS: Record<string, Record<string, string>> = {
  'ishraqat-timeline': {},
  'ishraqat-partners': { layout: 'strip' },
  'ishraqat-counts': { metrics: 'activities participants' },
  'ishraqat-chart': { metric: 'participants', by: 'year' },
  'ishraqat-impact': {},
};

async function main() {
  await probe();
  await import('../../src/index.js');
  for (const [tag, attributes] of Object.entries(TAGS)) {
    for (const state of ['loading', 'empty', 'error', 'problems', 'ready'] as const) {
      const el = document.createElement(tag) as HTMLElement & { feed?: unknown };
      el.dataset.state = state;
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      if (state === 'loading') el.setAttribute('src', '/__feeds/never');
      else if (state === 'error') el.setAttribute('src', '/__feeds/404');
      else el.feed = feeds[state];
      document.body.append(el);
    }
  }
  // Everything that can settle has (the loading ones stay busy), Chart.js drawn, logos failed.
  const busy = () =>
    [...document.body.children].filter(
      (el) =>
        el.localName.startsWith('ishraqat-') &&
        (el as HTMLElement).dataset.state !== 'loading' &&
        el.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('aria-busy') !== 'false',
    );
  for (let i = 0; i < 200 && busy().length; i++) await tick(50);
  // What a reader does next: open the chart's data table, download the impact summary's CSV
  // (a blob: link, built by the lazily loaded export).
  const ready = (tag: string) => document.querySelector(`${tag}[data-state="ready"]`)!.shadowRoot!;
  ready('ishraqat-chart').querySelector<HTMLButtonElement>('[part~="toggle"]')!.click();
  ready('ishraqat-impact').querySelector<HTMLButtonElement>('[part~="download"]')!.click();
  await tick(800);
  report.actions = {
    tableOpen: !ready('ishraqat-chart').querySelector('.table-wrap')!.hasAttribute('hidden'),
    downloadError: ready('ishraqat-impact').querySelector('.download-error')?.textContent ?? null,
  };
  report.ready = true;
}
void main().catch((error: unknown) => report.errors.push(`main: ${String(error)}`));
