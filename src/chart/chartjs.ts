/**
 * The part of Chart.js the chart element uses, registered once, with the code that builds its
 * configuration (config.ts). This module is only ever imported dynamically (see loader.ts), so
 * bundlers keep it, config.ts and Chart.js in a chunk of their own that a page without a chart
 * never downloads; importing the named pieces (not `chart.js/auto`) lets them drop the
 * controllers, scales and plugins the element never uses.
 *
 * Registration adds to Chart.js's own registry and changes no global default, so a host page
 * that uses the same Chart.js for its own charts is not affected.
 */
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Tooltip,
} from 'chart.js';

Chart.register(
  BarController,
  LineController,
  DoughnutController,
  BarElement,
  LineElement,
  PointElement,
  ArcElement,
  CategoryScale,
  LinearScale,
  Tooltip,
  Legend,
);

export { Chart };
export { chartConfig, readLook } from './config.js';
