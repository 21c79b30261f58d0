import { safeDefine } from '../base/define.js';
import { IshraqatChart } from './chart.js';

export * from './chart.js';

safeDefine('ishraqat-chart', IshraqatChart);

declare global {
  interface HTMLElementTagNameMap {
    'ishraqat-chart': IshraqatChart;
  }
}
