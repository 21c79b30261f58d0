import { css } from 'lit';
import { tokens } from '../base/tokens.styles.js';

const counts = css`
  .counts {
    --_tile: var(--ishraqat-tile-size, 9em);
    --_gap: calc(var(--_space) * 0.75);
  }
  .tiles {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--_tile)), 1fr));
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .tile {
    display: flex;
    flex-direction: column;
    justify-content: space-between;
    gap: 0.75em;
    min-inline-size: 0;
    min-block-size: 6.5em;
    padding-block: 0.9em;
    padding-inline: 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: var(--_shadow);
  }
  .figure {
    display: flex;
    flex-direction: column;
    gap: 0.15em;
    margin: 0;
  }
  .value {
    color: var(--_accent);
    font-size: clamp(1.75em, 1.25em + 2.5cqi, 2.5em);
    font-weight: 700;
    line-height: 1.1;
    /* Every digit the same width: the count-up does not jitter. */
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .label {
    color: var(--_muted);
    font-size: 0.9375em;
    line-height: 1.35;
    overflow-wrap: anywhere;
  }
  .target {
    display: flex;
    flex-direction: column;
    gap: 0.3em;
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .target-text {
    display: flex;
    flex-direction: column;
    margin: 0;
    line-height: 1.35;
  }
  .target-numbers {
    color: var(--_text);
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .bar-row {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  .bar {
    flex: 1;
    block-size: 0.5em;
    border-radius: 999px;
    background: var(--_surface-alt);
    /* A visible edge where the track meets the surface (forced colours, dark mode). */
    outline: 1px solid var(--_border);
    outline-offset: -1px;
    overflow: hidden;
  }
  .fill {
    display: block;
    block-size: 100%;
    border-radius: inherit;
    background: var(--_accent);
  }
  .percent {
    min-inline-size: 3.5ch;
    color: var(--_text);
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    text-align: end;
  }
  @media (forced-colors: active) {
    .fill {
      background: Highlight;
    }
  }

  .skeleton {
    justify-content: center;
  }
  .skeleton .value-bar {
    inline-size: 55%;
    block-size: 2.2em;
  }
  .skeleton .label-bar {
    inline-size: 75%;
  }

  /* Narrow containers (a sidebar, a phone): two tiles a row, smaller figures. */
  @container (max-width: 24em) {
    .counts {
      --_tile: var(--ishraqat-tile-size, 7.5em);
      --_gap: calc(var(--_space) * 0.5);
    }
    .tile {
      padding-inline: 0.75em;
    }
  }
  @media print {
    .tile {
      box-shadow: none;
      break-inside: avoid;
    }
  }
`;

export const countsStyles = [tokens, counts];
