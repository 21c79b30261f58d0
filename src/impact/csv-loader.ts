/**
 * The CSV export (csv.ts), loaded when a reader first asks for a download: a page that shows
 * an impact summary never downloads it otherwise. Only impact.ts imports this module, and it
 * is not exported from the package.
 */
import type * as Csv from './csv.js';

export type CsvModule = typeof Csv;

export const csvLoader = {
  /** The dynamic import itself (a test replaces it to see a failed download handled). */
  load: (): Promise<CsvModule> => import('./csv.js'),
};
