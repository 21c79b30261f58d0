import type { Plugin } from 'vite';
export function manglePrivates(): Plugin;
