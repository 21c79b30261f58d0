// The tables scripts/bench.mjs prints (apart, so a Node test keeps them from rotting).

const MiB = 1024 * 1024;

/** Figures as people read them. */
export const format = {
  ms: (x) => (x === undefined ? '-' : `${x < 10 ? x.toFixed(1) : Math.round(x)} ms`),
  mib: (x) => (x === undefined ? '-' : `${(x / MiB).toFixed(1)} MiB`),
  count: (x) => (x === undefined ? '-' : Math.round(x).toLocaleString('en-US')),
  /** `theirs` / `ours` ("51×"; under 1× when ours is the bigger), for figures where less is better. */
  ratio(ours, theirs) {
    if (ours === undefined || theirs === undefined || ours <= 0 || theirs <= 0) return '-';
    const r = theirs / ours;
    return `${r >= 10 ? Math.round(r) : r >= 1 ? r.toFixed(1) : r.toPrecision(2)}×`;
  },
};

/** A Markdown table (GitHub style) of `rows` under `header`, columns padded to line up. */
export function table(header, rows) {
  const all = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, i) => Math.max(3, ...all.map((row) => row[i].length)));
  const line = (row) =>
    `| ${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(' | ')} |`;
  return [
    line(all[0]),
    `| ${widths.map((w, i) => (i === 0 ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`)).join(' | ')} |`,
    ...all.slice(1).map(line),
  ].join('\n');
}

/**
 * The comparison table: one row per size, ours and vis-timeline side by side. `results` maps
 * `${library}:${size}` to { cpu, nodes, heap, blink, renderer, after: { cpu (of the scroll), nodes, heap,
 * blink, renderer } }.
 */
export function comparisonTable(results, sizes) {
  const header = [
    'activities',
    'CPU ours',
    'CPU vis',
    'ratio',
    'DOM ours',
    'DOM vis',
    'JS heap ours',
    'JS heap vis',
    'Blink ours',
    'Blink vis',
    'renderer ours',
    'renderer vis',
  ];
  const rows = [];
  for (const size of sizes) {
    for (const phase of ['render', 'after scrolling to the end']) {
      const pick = (library) => {
        const r = results.get(`${library}:${size}`);
        return phase === 'render' ? r : r?.after;
      };
      const ours = pick('ours');
      const vis = pick('vis');
      // A scroll that gave up before the end (see demo/bench.js) is marked with its side.
      const short = [ours, vis].some((r) => r?.end === false)
        ? ` (stopped early: ${[ours?.end === false && 'ours', vis?.end === false && 'vis'].filter(Boolean).join(', ')})`
        : '';
      rows.push([
        `${format.count(size)}${phase === 'render' ? '' : `, scrolled${short}`}`,
        format.ms(ours?.cpu),
        format.ms(vis?.cpu),
        format.ratio(ours?.cpu, vis?.cpu),
        format.count(ours?.nodes),
        format.count(vis?.nodes),
        format.mib(ours?.heap),
        format.mib(vis?.heap),
        format.mib(ours?.blink),
        format.mib(vis?.blink),
        format.mib(ours?.renderer),
        format.mib(vis?.renderer),
      ]);
    }
  }
  return table(header, rows);
}

/** The Lighthouse table: one row per page. */
export function lighthouseTable(pages) {
  return table(
    ['page', 'performance', 'CLS', 'TBT', 'LCP'],
    pages.map((p) => [
      p.name,
      p.performance === undefined ? '-' : String(Math.round(p.performance)),
      p.cls === undefined ? '-' : p.cls.toFixed(3),
      format.ms(p.tbt),
      format.ms(p.lcp),
    ]),
  );
}
