export const format: {
  ms(x: number | undefined): string;
  mib(x: number | undefined): string;
  count(x: number | undefined): string;
  ratio(ours: number | undefined, theirs: number | undefined): string;
};
export function table(header: string[], rows: (string | number)[][]): string;
export interface Figures {
  cpu?: number;
  nodes?: number;
  heap?: number;
  blink?: number;
  renderer?: number;
  /** After scrolling: whether the end was reached. */
  end?: boolean;
}
export function comparisonTable(
  results: Map<string, Figures & { after?: Figures }>,
  sizes: number[],
): string;
export function lighthouseTable(
  pages: { name: string; performance?: number; cls?: number; tbt?: number; lcp?: number }[],
): string;
