import { css } from 'lit';

/**
 * Design tokens. Public `--ishraqat-*` custom properties are read once here into private
 * `--_*` variables; components only use the private ones. Light and dark come from
 * `light-dark()`, driven by `color-scheme` (the `theme` attribute overrides the OS choice).
 */
export const tokens = css`
  :host {
    /* Host page CSS must not reach in: reset inherited properties, then set our own. */
    all: initial;
    display: block;
    container-type: inline-size;
    color-scheme: light dark;

    --_accent: var(--ishraqat-accent, light-dark(#0f6e66, #5fd1c3));
    --_on-accent: var(--ishraqat-on-accent, light-dark(#ffffff, #062b27));
    --_text: var(--ishraqat-text, light-dark(#1b2430, #e6ebf0));
    --_muted: var(--ishraqat-muted, light-dark(#4f5d6c, #a7b3c0));
    --_surface: var(--ishraqat-surface, light-dark(#ffffff, #141b22));
    --_surface-alt: var(--ishraqat-surface-alt, light-dark(#f2f5f7, #1e2730));
    --_border: var(--ishraqat-border, light-dark(#d6dee6, #34414e));
    --_danger: var(--ishraqat-danger, light-dark(#a8251c, #ff8a80));
    --_focus: var(--ishraqat-focus, var(--_accent));
    --_font: var(
      --ishraqat-font,
      system-ui,
      -apple-system,
      'Segoe UI',
      'Noto Sans',
      'Noto Sans Arabic',
      'Noto Naskh Arabic',
      Tahoma,
      sans-serif
    );
    --_radius: var(--ishraqat-radius, 0.5em);
    --_space: var(--ishraqat-spacing, 1em);
    --_shadow: var(--ishraqat-shadow, 0 1px 2px light-dark(rgb(0 0 0 / 0.08), rgb(0 0 0 / 0.4)));

    /*
     * What the content inherits is !important: a page's rules beat :host's, and a page may reset
     * the host element itself (\`* { all: unset }\` makes it inherit the page's 9px italic caps).
     * Sizes, fonts and colours are set through the --ishraqat-* properties, which still apply.
     */
    font-family: var(--_font) !important;
    font-size: var(--ishraqat-font-size, medium) !important;
    font-style: normal !important;
    font-weight: normal !important;
    line-height: 1.6 !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-transform: none !important;
    text-indent: 0 !important;
    text-align: start !important;
    white-space: normal !important;
    color: var(--_text) !important;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .base {
    background: var(--_surface);
    color: var(--_text);
    border-radius: var(--_radius);
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.2em;
  }
  button {
    font: inherit;
    color: inherit;
  }
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: 2.5em;
    padding-block: 0.4em;
    padding-inline: 1em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
    font-weight: 600;
  }
  .button:hover {
    background: var(--_surface-alt);
  }
  .button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .state {
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
    text-align: center;
  }
  .state.error {
    border-style: solid;
    border-color: var(--_danger);
    color: var(--_text);
  }
  .state.error p {
    margin-block: 0 0.75em;
  }
  .skeleton-bar {
    display: block;
    block-size: 0.9em;
    border-radius: 0.25em;
    background: var(--_surface-alt);
    animation: pulse 1.4s ease-in-out infinite;
  }
  @keyframes pulse {
    50% {
      opacity: 0.55;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton-bar {
      animation: none;
    }
  }
  .copy-note {
    margin-block: 0 var(--_space);
    font-size: 0.875em;
    color: var(--_muted);
  }
  .problems {
    margin-block-start: var(--_space);
    font-size: 0.875em;
    color: var(--_muted);
  }
  .problems summary {
    cursor: pointer;
    inline-size: fit-content;
  }
  .problems ul {
    margin-block: 0.5em 0;
    padding-inline-start: 1.25em;
  }
  .problems code {
    font-family: ui-monospace, 'Cascadia Mono', Menlo, Consolas, monospace;
    unicode-bidi: isolate;
    direction: ltr;
  }
  @media print {
    .skeleton-bar {
      animation: none;
    }
  }
`;
