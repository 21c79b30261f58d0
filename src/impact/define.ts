import { safeDefine } from '../base/define.js';
import '../counts/define.js';
import '../chart/define.js';
import '../timeline/define.js';
import '../partners/define.js';
import { IshraqatImpact } from './impact.js';

export * from './impact.js';

safeDefine('ishraqat-impact', IshraqatImpact);

declare global {
  interface HTMLElementTagNameMap {
    'ishraqat-impact': IshraqatImpact;
  }
}
