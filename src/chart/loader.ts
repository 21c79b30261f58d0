import type { Chart } from 'chart.js';

let loading: Promise<typeof Chart> | undefined;

/**
 * Chart.js with the pieces the chart element uses, loaded on first call and shared by every
 * chart on the page. A failed load (offline, a missing chunk) is forgotten so that a later
 * call tries again.
 */
export function loadChartJs(): Promise<typeof Chart> {
  loading ??= import('./chartjs.js').then(
    (module) => module.Chart,
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
