import { safeDefine } from '../base/define.js';
import { IshraqatPartners } from './partners.js';

export * from './partners.js';

safeDefine('ishraqat-partners', IshraqatPartners);

declare global {
  interface HTMLElementTagNameMap {
    'ishraqat-partners': IshraqatPartners;
  }
}
