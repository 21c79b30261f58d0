import type { Plugin } from 'vite';
export function minifyTemplateText(source: string): string;
export function minifyTemplates(): Plugin;
