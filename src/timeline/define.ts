import { safeDefine } from '../base/define.js';
import { IshraqatTimeline } from './timeline.js';

export * from './timeline.js';

safeDefine('ishraqat-timeline', IshraqatTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'ishraqat-timeline': IshraqatTimeline;
  }
}
