import type { Chart } from 'chart.js';
import type { chartConfig, readLook } from './config.js';

/** What the chart element draws with: Chart.js, and the configuration it gives it. */
export interface ChartJs {
  readonly Chart: typeof Chart;
  readonly chartConfig: typeof chartConfig;
  readonly readLook: typeof readLook;
}

let loading: Promise<ChartJs> | undefined;

/**
 * Chart.js with the pieces the chart element uses, and the code that configures it, loaded on
 * first call and shared by every chart on the page. A failed load (offline, a missing chunk) is
 * forgotten so that a later call tries again.
 */
export function loadChartJs(): Promise<ChartJs> {
  loading ??= import('./chartjs.js').then(
    (module): ChartJs => module,
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
