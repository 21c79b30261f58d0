import { css } from 'lit';
import { tokens } from '../base/tokens.styles.js';

const partners = css`
  .partners {
    --_logo: var(--ishraqat-logo-size, 4.5em);
    --_tile: var(--ishraqat-tile-size, 9.5em);
    --_gap: calc(var(--_space) * 0.75);
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .group + .group {
    margin-block-start: var(--_space);
  }
  .caption {
    margin-block: 0 calc(var(--_space) * 0.5);
    color: var(--_muted);
    font-size: 0.8125em;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  .base:lang(ar) .caption {
    /* Arabic has no letter case, and spacing breaks its joined letters. */
    letter-spacing: normal;
    font-size: 0.9375em;
  }

  /* Grid: wrapped rows of even tiles. */
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_tile)), 1fr));
    gap: var(--_gap);
  }
  .tile {
    display: flex;
    min-inline-size: 0;
  }
  .card {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.5em;
    inline-size: 100%;
    padding: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    text-align: center;
    text-decoration: none;
    overflow-wrap: anywhere;
  }
  a.card:hover {
    border-color: var(--_accent);
  }
  a.card:hover .name {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .logo-box {
    display: grid;
    place-items: center;
    inline-size: 100%;
    block-size: var(--_logo);
    flex: none;
  }
  .logo {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    /* Logos come in every shape: fit, never stretch or crop. */
    object-fit: contain;
  }
  .monogram {
    display: grid;
    place-items: center;
    block-size: 100%;
    aspect-ratio: 1;
    max-inline-size: 100%;
    border-radius: 50%;
    background: var(--_monogram, #3b5560);
    color: #ffffff;
    font-weight: 700;
    font-size: calc(var(--_logo) * 0.3);
    line-height: 1;
    letter-spacing: 0.02em;
    font-variant-numeric: lining-nums;
    overflow: hidden;
    white-space: nowrap;
    user-select: none;
  }
  .monogram.long {
    font-size: calc(var(--_logo) * 0.22);
  }
  .name {
    font-size: 0.875em;
    line-height: 1.35;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    line-clamp: 3;
    overflow: hidden;
  }

  /* Strip: one row; it moves only when it overflows (see .moving). */
  .controls {
    display: flex;
    justify-content: flex-end;
    margin-block-end: calc(var(--_space) * 0.5);
  }
  /* Server-rendered, no JavaScript (src/ssr/): the strip stands still, no Pause needed. */
  @media (scripting: none) {
    .controls {
      display: none;
    }
  }
  .pause {
    min-block-size: 2.25em;
    padding-inline: 0.8em;
    font-size: 0.875em;
  }
  .icon {
    inline-size: 1em;
    block-size: 1em;
    fill: currentColor;
  }
  .strip {
    overflow: hidden;
    /* Room for focus outlines of the tiles. */
    padding-block: 3px;
  }
  .track {
    display: flex;
    inline-size: max-content;
    min-inline-size: 100%;
    justify-content: center;
  }
  .row {
    display: flex;
    flex-wrap: nowrap;
    gap: var(--_gap);
  }
  .row .tile {
    flex: none;
    inline-size: var(--_tile);
  }
  .strip.moving .track {
    justify-content: flex-start;
    animation: marquee-ltr var(--_duration, 30s) linear infinite;
  }
  .strip.moving {
    /* Logos fade in and out at the edges instead of being cut. */
    mask-image: linear-gradient(
      to right,
      transparent,
      #000 1.5em,
      #000 calc(100% - 1.5em),
      transparent
    );
  }
  .strip.moving .row {
    /* The gap after the last tile, so the second copy follows at the same distance. */
    padding-inline-end: var(--_gap);
  }
  .rtl .strip.moving .track {
    animation-name: marquee-rtl;
  }
  .strip.moving:hover .track,
  .strip.moving:focus-within .track,
  .paused .strip.moving .track {
    animation-play-state: paused;
  }
  @keyframes marquee-ltr {
    to {
      transform: translateX(-50%);
    }
  }
  @keyframes marquee-rtl {
    to {
      transform: translateX(50%);
    }
  }
  /* No motion wanted: the logos wrap like a compact grid instead. */
  .strip.still .track {
    inline-size: auto;
  }
  .strip.still .row {
    flex-wrap: wrap;
    justify-content: center;
  }
  @media (prefers-reduced-motion: reduce) {
    .strip .track {
      animation: none !important;
    }
    .strip .duplicate {
      display: none;
    }
  }
  @media print {
    .strip .track {
      animation: none !important;
      inline-size: auto;
    }
    .strip .row {
      flex-wrap: wrap;
    }
    .strip .duplicate,
    .controls {
      display: none;
    }
  }

  /* Loading skeleton: tiles of the ready size. */
  .skeleton .logo-box {
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .skeleton .name-bar {
    inline-size: 70%;
    margin-block: 0.2em;
  }

  /* Narrow containers (a sidebar, a phone): smaller tiles, still even. */
  @container (max-width: 24em) {
    .partners {
      --_logo: var(--ishraqat-logo-size, 3.5em);
      --_tile: var(--ishraqat-tile-size, 7.5em);
      --_gap: calc(var(--_space) * 0.5);
    }
    .card {
      padding: 0.5em;
    }
  }
`;

export const partnersStyles = [tokens, partners];
