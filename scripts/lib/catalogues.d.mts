export function sourceKeys(xlf: string): Map<string, string>;
export const LOCAL_STR: string;
export function keyCatalogue(code: string, keys: Map<string, string>, name?: string): string;
