import { css } from 'lit';
import { tokens } from '../base/tokens.styles.js';

const timeline = css`
  .timeline {
    --_line: 2px;
    --_gutter: 2em;
    --_marker: 0.875em;
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .year-heading {
    /* Above the line that runs through the list. */
    position: relative;
    z-index: 1;
    display: table;
    margin-inline-start: calc(var(--_gutter) * -1);
    margin-block: 0 calc(var(--_space) * 0.5);
    padding-block: 0.1em;
    padding-inline: 0.6em;
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_on-accent);
    font-size: 1.05em;
    font-weight: 700;
    line-height: 1.5;
  }

  /* Vertical (default): a line at the inline start, a marker per activity. */
  .item {
    position: relative;
    padding-inline-start: var(--_gutter);
    padding-block-end: var(--_space);
  }
  .item::before {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: calc(var(--_marker) / 2 + 0.25em - var(--_line) / 2);
    /* A border, not a background: forced colours (high contrast) keep borders and drop
       backgrounds, and the line would vanish. */
    border-inline-start: var(--_line) solid var(--_border);
  }
  .item.last::before {
    inset-block-end: auto;
    block-size: 1.5em;
  }
  /* In the card (1px border), where the line runs beside it. */
  .marker {
    position: absolute;
    inset-block-start: calc(1.05em - 1px);
    inset-inline-start: calc(0.25em - var(--_gutter) - 1px);
    inline-size: var(--_marker);
    block-size: var(--_marker);
    border-radius: 50%;
    background: var(--_surface);
    border: 3px solid var(--_accent);
    z-index: 1;
  }
  .card {
    position: relative;
    padding-block: 0.75em;
    padding-inline: 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: var(--_shadow);
    overflow-wrap: anywhere;
    cursor: default;
  }
  .card:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  /* Forced colours keep borders and outlines (in system colours) and drop backgrounds: the
     line and markers are borders; the selected card and the year pills say so with one. */
  @media (forced-colors: active) {
    .selected > .card {
      border-color: Highlight;
    }
    .year-heading {
      border: 1px solid;
    }
  }
  .selected > .card {
    border-color: var(--_accent);
    box-shadow: 0 0 0 1px var(--_accent);
  }
  .targeted > .card {
    animation: target 2.4s ease-out;
  }
  @keyframes target {
    from {
      background: color-mix(in srgb, var(--_accent) 22%, var(--_surface));
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .targeted > .card {
      animation: none;
      background: color-mix(in srgb, var(--_accent) 10%, var(--_surface));
    }
  }
  .date {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 600;
  }
  .hijri {
    font-weight: 400;
  }
  .title {
    margin-block: 0.15em 0.35em;
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.4;
  }
  .summary {
    margin-block: 0 0.5em;
    white-space: pre-line;
  }
  .meta {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25em 0.5em;
    margin: 0.5em 0 0;
    font-size: 0.9em;
  }
  .meta[hidden],
  .counts[hidden],
  .summary[hidden] {
    display: none;
  }
  .meta dt {
    color: var(--_muted);
    font-weight: 600;
  }
  .meta dt::after {
    content: ':';
  }
  .meta dd {
    margin: 0;
  }
  .inline-list {
    display: inline-flex;
    flex-wrap: wrap;
    column-gap: 0.3em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .chips {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.3em;
  }
  .chip {
    padding-inline: 0.55em;
    border-radius: 999px;
    background: var(--_surface-alt);
    font-size: 0.9em;
  }
  .partner-logo {
    inline-size: 1.25em;
    block-size: 1.25em;
    object-fit: contain;
    vertical-align: -0.25em;
    margin-inline-end: 0.25em;
  }
  .role {
    color: var(--_muted);
  }
  .counts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0.6em 0 0;
    padding: 0;
    list-style: none;
  }
  .counts li {
    display: inline-flex;
    align-items: baseline;
    gap: 0.3em;
    padding-block: 0.15em;
    padding-inline: 0.6em;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .count-value {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .images {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(8em, 1fr));
    gap: 0.5em;
    margin-block-start: 0.75em;
  }
  .images figure {
    margin: 0;
  }
  .images img {
    display: block;
    inline-size: 100%;
    aspect-ratio: 4 / 3;
    object-fit: cover;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface-alt);
  }
  .images figcaption {
    color: var(--_muted);
    font-size: 0.8em;
  }
  .link {
    margin-block: 0.6em 0;
  }
  /* Windowed (long timelines): the virtualizer positions each item. */
  .windowed > .item {
    inline-size: 100%;
  }
  .more {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em;
    padding-inline-start: var(--_gutter);
    margin-block-start: calc(var(--_space) * 0.25);
  }
  .more-count {
    font-weight: 400;
  }
  .page-error {
    margin: 0;
    color: var(--_danger);
  }
  .skeleton-bar.short {
    inline-size: 30%;
  }
  .skeleton-bar.title-bar {
    inline-size: 70%;
    block-size: 1.2em;
  }
  .skeleton-bar.long {
    inline-size: 90%;
  }
  .skeleton-bar.medium {
    inline-size: 60%;
  }
  /*
   * Loading without a limit: a feed fills the first screen at least, so the skeleton reserves
   * it and nothing below the timeline that is on screen moves when the feed arrives.
   */
  .timeline.fill {
    min-block-size: 100vh;
    min-block-size: 100svh;
  }
  .skeleton .card {
    display: grid;
    gap: 0.6em;
    min-block-size: 8em;
  }

  /* Wide containers: a roomier card. */
  @container (min-width: 40em) {
    .timeline {
      --_gutter: 2.5em;
    }
    .card {
      padding-block: 1em;
      padding-inline: 1.25em;
    }
  }

  /* Alternating: both sides of a central line, when there is room for two columns. */
  @container (min-width: 48em) {
    .alternating .item {
      inline-size: 50%;
      padding-inline-start: 0;
      padding-inline-end: var(--_gutter);
    }
    .alternating .item::before {
      inset-inline-start: auto;
      inset-inline-end: calc(var(--_line) / -2);
    }
    .alternating .marker {
      inset-inline-start: auto;
      inset-inline-end: calc(var(--_marker) / -2 - var(--_gutter) - 1px);
    }
    .alternating .item.odd {
      margin-inline-start: 50%;
      padding-inline-start: var(--_gutter);
      padding-inline-end: 0;
    }
    .alternating .item.odd::before {
      inset-inline-start: calc(var(--_line) / -2);
      inset-inline-end: auto;
    }
    .alternating .item.odd .marker {
      inset-inline-start: calc(var(--_marker) / -2 - var(--_gutter) - 1px);
      inset-inline-end: auto;
    }
    /* A year's heading sits on the central line, on its first activity's side. */
    .alternating .year-heading {
      margin-inline: auto calc(var(--_gutter) * -1);
    }
    .alternating .odd > .year-heading {
      margin-inline: calc(var(--_gutter) * -1) auto;
    }
    .alternating .more {
      justify-content: center;
      padding-inline-start: 0;
    }
  }

  /* Compact: one dense row per activity, no line or cards. */
  .compact .year-heading {
    margin-inline-start: 0;
  }
  .compact .item {
    padding-inline-start: 0;
    padding-block-end: 0;
  }
  .compact .item::before,
  .compact .marker {
    display: none;
  }
  .compact .card {
    border: 0;
    border-block-end: 1px solid var(--_border);
    border-radius: 0;
    box-shadow: none;
    padding-block: 0.5em;
    padding-inline: 0;
  }
  .compact .title {
    font-size: 1em;
    margin: 0;
  }
  .compact .summary {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
    white-space: normal;
  }
  .compact .more {
    padding-inline-start: 0;
    margin-block-start: 0.75em;
  }
  .compact .skeleton .card {
    min-block-size: 3.5em;
  }
  @container (min-width: 36em) {
    .compact .card {
      display: grid;
      grid-template-columns: 11em 1fr;
      column-gap: 1em;
    }
    .compact .date {
      grid-row: span 2;
    }
    .compact .summary {
      grid-column: 2;
    }
  }

  @media print {
    .item {
      break-inside: avoid;
    }
    .card {
      box-shadow: none;
    }
  }
  /* Paper, and a server-rendered page without JavaScript (src/ssr/): the buttons cannot work. */
  @media print, (scripting: none) {
    .more {
      display: none;
    }
  }
`;

export const timelineStyles = [tokens, timeline];
