import { css } from 'lit';
import { tokens } from '../base/tokens.styles.js';

const impact = css`
  .impact {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 1.5);
  }

  /* The organisation: logo, name, period, and the download button at the inline end. */
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.75) var(--_space);
    padding-block-end: var(--_space);
    border-block-end: 2px solid var(--_accent);
  }
  .logo {
    flex: none;
    block-size: var(--ishraqat-logo-size, 3.5em);
    inline-size: auto;
    max-inline-size: 10em;
    object-fit: contain;
  }
  .title {
    flex: 1 1 14em;
    min-inline-size: 0;
  }
  .kicker {
    margin: 0;
    color: var(--_muted);
    font-size: 0.8125em;
    font-weight: 600;
    letter-spacing: 0.02em;
  }
  .name {
    margin: 0;
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .name a {
    color: inherit;
    text-decoration-color: var(--_accent);
  }
  .period {
    margin: 0.15em 0 0;
    color: var(--_muted);
  }
  .actions {
    flex: none;
  }
  .download svg {
    inline-size: 1em;
    block-size: 1em;
  }
  .download-error {
    max-inline-size: 20em;
    margin: 0.5em 0 0;
    font-size: 0.875em;
  }

  .section {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
    min-inline-size: 0;
  }
  .heading {
    margin: 0;
    font-size: 1.15em;
    font-weight: 700;
    line-height: 1.4;
  }
  .all {
    margin: 0;
  }
  .all a {
    font-weight: 600;
  }

  .print-only {
    display: none;
  }

  /* Problems are reported once, by the summary. */
  ishraqat-counts::part(problems),
  ishraqat-chart::part(problems),
  ishraqat-timeline::part(problems),
  ishraqat-partners::part(problems) {
    display: none;
  }

  /* The source line is for paper; the screen has the organisation at the top. */
  .footer {
    display: none;
    color: var(--_muted);
    font-size: 0.8125em;
    border-block-start: 1px solid var(--_border);
    padding-block-start: 0.5em;
  }
  .footer p {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.5em;
    margin: 0;
  }
  .footer .url {
    overflow-wrap: anywhere;
  }

  /* Wide: the chart and the recent activities side by side, the rest across. */
  @container (min-width: 52em) {
    .impact {
      display: grid;
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      column-gap: calc(var(--_space) * 2);
      align-items: start;
    }
    .impact > :not(.chart):not(.recent) {
      grid-column: 1 / -1;
    }
  }

  /* Loading: the header, four tiles and a chart of the ready sizes. */
  /*
   * The summary fills the first screen at least once ready: loading, it reserves that, so what
   * follows it on the page (a timeline) does not move when the feed arrives.
   */
  [part~='loading'] {
    min-block-size: 100vh;
    min-block-size: 100svh;
  }
  .header.skeleton {
    display: flex;
    flex-direction: column;
    align-items: stretch;
    gap: 0.5em;
  }
  .kicker-bar {
    inline-size: 8em;
  }
  .name-bar {
    inline-size: min(22em, 80%);
    block-size: 1.5em;
  }
  .period-bar {
    inline-size: 10em;
  }
  .skeleton-tiles {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 9em), 1fr));
    gap: calc(var(--_space) * 0.75);
  }
  .skeleton-tile {
    display: block;
    min-block-size: 6.5em;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    animation: pulse 1.4s ease-in-out infinite;
  }
  .skeleton-chart {
    aspect-ratio: 16 / 9;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    animation: pulse 1.4s ease-in-out infinite;
  }
  @container (max-width: 30em) {
    .skeleton-chart {
      aspect-ratio: 4 / 3;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton-tile,
    .skeleton-chart {
      animation: none;
    }
  }

  /* Server-rendered and no JavaScript (see src/ssr/): the download needs script. */
  @media (scripting: none) {
    .actions {
      display: none;
    }
  }

  /* Paper: a light, static, complete report. */
  @media print {
    :host,
    :host([theme]),
    ishraqat-counts,
    ishraqat-chart,
    ishraqat-timeline,
    ishraqat-partners {
      color-scheme: light;
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    .impact {
      display: block;
    }
    .section {
      display: block;
      margin-block-start: calc(var(--_space) * 1.5);
      break-inside: avoid;
    }
    .heading {
      margin-block-end: calc(var(--_space) * 0.75);
      break-after: avoid;
    }
    /* Page one is the summary (organisation, figures, chart); the full list of activities
       starts the next page, and the partners follow it, on a new page if they do not fit. */
    .recent {
      break-before: page;
      break-inside: auto;
    }
    .actions,
    .all,
    .screen-only {
      display: none;
    }
    .print-only {
      display: inline;
    }
    .footer {
      display: block;
      margin-block-start: calc(var(--_space) * 2);
      break-inside: avoid;
    }
    .name a {
      text-decoration: none;
    }
    details::details-content {
      content-visibility: visible;
      display: block;
    }
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
    /* The recent list shows whole summaries on paper, not two clamped lines. */
    ishraqat-timeline::part(summary) {
      display: block;
      -webkit-line-clamp: none;
      overflow: visible;
    }
    /* A flatter chart leaves room on page one; neither it nor its table is cut in two. */
    .chart {
      break-inside: auto;
    }
    ishraqat-chart {
      --ishraqat-chart-aspect-ratio: 2 / 1;
    }
    ishraqat-chart::part(frame),
    ishraqat-chart::part(table) {
      break-inside: avoid;
    }
    ishraqat-chart::part(canvas) {
      inline-size: 100% !important;
      block-size: 100% !important;
    }
  }
`;

export const impactStyles = [tokens, impact];
