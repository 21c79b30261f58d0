import { safeDefine } from '../base/define.js';
import { IshraqatCounts } from './counts.js';

export * from './counts.js';

safeDefine('ishraqat-counts', IshraqatCounts);

declare global {
  interface HTMLElementTagNameMap {
    'ishraqat-counts': IshraqatCounts;
  }
}
