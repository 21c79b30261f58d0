import type { Plugin } from 'vite';
export function minifyTemplateText(source: string, fileName?: string): string;
export function minifyTemplates(): Plugin;
export function minifyCssText(text: string, first?: boolean, last?: boolean): string;
