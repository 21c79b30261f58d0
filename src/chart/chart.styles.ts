import { css } from 'lit';
import { tokens } from '../base/tokens.styles.js';

const chart = css`
  :host {
    /* Series colours (doughnut slices); the first is the accent. Light and dark variants. */
    --_chart-1: var(--ishraqat-chart-1, var(--_accent));
    --_chart-2: var(--ishraqat-chart-2, light-dark(#c2571a, #f29e5c));
    --_chart-3: var(--ishraqat-chart-3, light-dark(#6b4c9a, #b69ae0));
    --_chart-4: var(--ishraqat-chart-4, light-dark(#9a7400, #e6c25a));
    --_chart-5: var(--ishraqat-chart-5, light-dark(#2f6db3, #7fb2ee));
    --_chart-6: var(--ishraqat-chart-6, light-dark(#b03a6b, #f08ab4));
    --_chart-7: var(--ishraqat-chart-7, light-dark(#5d7a1f, #a9cc62));
    --_chart-8: var(--ishraqat-chart-8, light-dark(#5f6b76, #aab6c2));
    --_aspect: var(--ishraqat-chart-aspect-ratio, 16 / 9);
  }
  @container (max-width: 30em) {
    .frame {
      --_aspect: var(--ishraqat-chart-aspect-ratio-narrow, 4 / 3);
    }
  }

  .chart {
    margin: 0;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.5);
  }
  .caption {
    margin: 0;
    font-weight: 600;
    line-height: 1.6;
    color: var(--_text);
  }
  .caption .skeleton-bar {
    display: inline-block;
    vertical-align: middle;
    inline-size: min(16em, 60%);
  }

  /* The drawing area: its size comes from CSS alone (never from the canvas), so nothing
     moves when Chart.js arrives, and resizing it never feeds back into itself. */
  .frame {
    position: relative;
    inline-size: 100%;
    aspect-ratio: var(--_aspect);
  }
  /* Horizontal bars: at least a row per category. */
  .frame.rows {
    min-block-size: calc(var(--_rows, 3) * 1.75em + 3em);
  }
  canvas {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    display: block;
    inline-size: 100%;
    block-size: 100%;
    /* Chart.js lays out for a left-to-right canvas and does RTL itself (reversed axes, the
       rtl options of legend and tooltips); an inherited rtl would flip its text alignment. */
    direction: ltr;
  }

  /* Decorative bars while Chart.js loads (or the chart is still off screen). */
  .placeholder {
    position: absolute;
    inset: 0;
    display: flex;
    align-items: flex-end;
    justify-content: space-around;
    gap: 4%;
    padding-block: 8% 1.5em;
    padding-inline: 8% 4%;
    border-block-end: 1px solid var(--_border);
    pointer-events: none;
  }
  .placeholder span {
    flex: 1;
    max-inline-size: 3.5em;
    border-radius: 0.25em 0.25em 0 0;
    background: var(--_surface-alt);
    animation: pulse 1.4s ease-in-out infinite;
  }
  .placeholder span:nth-child(1) {
    block-size: 45%;
  }
  .placeholder span:nth-child(2) {
    block-size: 70%;
  }
  .placeholder span:nth-child(3) {
    block-size: 55%;
  }
  .placeholder span:nth-child(4) {
    block-size: 90%;
  }
  .placeholder span:nth-child(5) {
    block-size: 65%;
  }
  .placeholder.round {
    align-items: center;
    justify-content: center;
    border: none;
    padding: 0;
  }
  .placeholder.round span {
    flex: none;
    max-inline-size: none;
    block-size: 70%;
    aspect-ratio: 1;
    border-radius: 50%;
    background: transparent;
    border: 1.5em solid var(--_surface-alt);
  }
  @media (prefers-reduced-motion: reduce) {
    .placeholder span {
      animation: none;
    }
  }

  .frame > .state,
  .frame > .message {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    margin: 0;
    padding: var(--_space);
  }
  .frame > .message {
    color: var(--_muted);
    text-align: center;
  }

  .actions {
    display: flex;
    justify-content: flex-end;
    min-block-size: 2.5em;
  }
  .toggle-placeholder {
    display: block;
    inline-size: 8em;
    block-size: 2.5em;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .toggle {
    font-size: 0.875em;
  }
  .chevron {
    inline-size: 0.75em;
    block-size: 0.75em;
    transition: transform 0.15s ease;
  }
  .toggle[aria-expanded='true'] .chevron {
    transform: rotate(180deg);
  }
  @media (prefers-reduced-motion: reduce) {
    .chevron {
      transition: none;
    }
  }

  .table-wrap {
    overflow-x: auto;
  }
  .table-wrap[hidden] {
    display: none;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: 0.9375em;
  }
  table caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.4em;
  }
  th,
  td {
    padding-block: 0.35em;
    padding-inline: 0.6em;
    border-block-end: 1px solid var(--_border);
    text-align: start;
  }
  thead th {
    color: var(--_muted);
    font-weight: 600;
  }
  tbody th {
    font-weight: 400;
  }
  .number {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }

  /* Resolves the theme's custom properties (light-dark(), var()) to colours the canvas can use:
     each probe's colour is var(--_<token>), set by the element. */
  .probe {
    position: absolute;
    inline-size: 0;
    block-size: 0;
    overflow: hidden;
    visibility: hidden;
  }

  /* The chart's sentence, for a page without JavaScript (the canvas says it otherwise). */
  .summary {
    display: none;
  }
  /* Server-rendered and no JavaScript (see src/ssr/): no drawing will come, so the sentence
     and the table stand in for it, and the button that could not work is not shown. */
  @media (scripting: none) {
    .frame,
    .actions {
      display: none;
    }
    .summary,
    .table-wrap[hidden] {
      display: block;
    }
  }

  @media print {
    .placeholder span {
      animation: none;
    }
    .actions {
      display: none;
    }
    /* The page may be narrower on paper than on screen: scale the drawing, keep its ratio. */
    canvas {
      inline-size: 100% !important;
      block-size: auto !important;
    }
  }
`;

export const styles = [tokens, chart];
