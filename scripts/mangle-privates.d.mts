import type { Plugin } from 'vite';
export function manglePrivates(): Plugin;
export function nameTable(counts: Map<string, number>, taken: Set<string>): Record<string, string>;
export function propertyWords(code: string, id?: string): Set<string>;
