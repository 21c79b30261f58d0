/**
 * A standalone HTML page around server-rendered elements (`ishraqat-feed render --page`): an
 * impact report that opens anywhere (a file, any web server), prints, and can be archived.
 *
 * Everything it needs is in the file. Its Content-Security-Policy (a `<meta>`, so it holds from
 * `file://` too) allows exactly that: the `<style>` elements by their SHA-256 hashes, the
 * `style` attributes by theirs (`'unsafe-hashes'`), images from the origins the page shows,
 * scripts only from the hydrating script's origin when one is given (else none), and no
 * requests (`connect-src 'none'`): the feed is inline.
 */
import { createHash } from 'node:crypto';

export interface PageOptions {
  /** `lang` of the page (and the elements). */
  lang: string;
  dir: 'ltr' | 'rtl';
  title: string;
  /** The hydrating script (`cdn/ishraqat-hydrate.js`): its URL, relative to the page or absolute. */
  script?: string;
}

/** The page's own styles: a readable column, print margins; the elements style themselves. */
export const PAGE_STYLE = `:root{color-scheme:light dark}body{margin:0;font-family:system-ui,"Noto Sans Arabic","Noto Sans",sans-serif;line-height:1.5}main{box-sizing:border-box;max-inline-size:72rem;margin-inline:auto;padding:1.5rem 1rem}@media print{main{max-inline-size:none;padding:0}}`;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const decodeAttribute = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

const escapeText = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (value: string) => escapeText(value).replace(/"/g, '&quot;');

/** The policy for `body` (rendered HTML) with the page's own style and an optional script. */
export function pagePolicy(body: string, options: Pick<PageOptions, 'script'> = {}): string {
  const styles = new Set([PAGE_STYLE]);
  for (const match of body.matchAll(/<style>([\s\S]*?)<\/style>/g)) styles.add(match[1]!);
  const attributes = new Set<string>();
  for (const match of body.matchAll(/\sstyle="([^"]*)"/g)) {
    attributes.add(decodeAttribute(match[1]!));
  }
  const images = new Set<string>();
  for (const match of body.matchAll(/<img\b[^>]*?\ssrc="([^"]*)"/g)) {
    const src = decodeAttribute(match[1]!);
    if (src.startsWith('data:')) images.add('data:');
    else if (/^https?:\/\//i.test(src)) images.add(new URL(src).origin);
    else images.add("'self'");
  }
  let script = "'none'";
  if (options.script) {
    script = /^https?:\/\//i.test(options.script) ? new URL(options.script).origin : "'self'";
  }
  return [
    "default-src 'none'",
    `style-src ${[...styles].map(sha256).join(' ')}`,
    attributes.size
      ? `style-src-attr 'unsafe-hashes' ${[...attributes].map(sha256).join(' ')}`
      : '',
    `img-src ${images.size ? [...images].join(' ') : "'none'"}`,
    `script-src ${script}`,
    options.script ? "require-trusted-types-for 'script'" : '',
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ]
    .filter(Boolean)
    .join('; ');
}

/** The complete page: `<html lang dir>`, the policy, a title, the rendered elements. */
export function page(body: string, options: PageOptions): string {
  const script = options.script
    ? `\n<script type="module" src="${escapeAttribute(options.script)}"></script>`
    : '';
  return `<!doctype html>
<html lang="${escapeAttribute(options.lang)}" dir="${options.dir}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(pagePolicy(body, options))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="ishraqat-feed render">
<title>${escapeText(options.title)}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<main>
${body}
</main>${script}
</body>
</html>
`;
}
