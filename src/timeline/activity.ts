// One timeline activity, light: about 43 DOM nodes for an activity with a title, date, summary,
// place, two partners and three counts (all node types counted, Lit's markers included).
//
// - Templates have no whitespace between tags (`.prettierrc.json` formats this file with
//   `htmlWhitespaceSensitivity: strict`, which never adds any), so no whitespace-only text nodes.
// - A text that is an element's whole content is a `.textContent` property binding (one text
//   node, no comment marker) instead of a child binding (a marker and a text node).
// - The small lists inside an activity (date, meta rows, partners, counts) are built by
//   `fill()` from data: no per-item markers. Text there is only ever text too.
// - Foreign-language titles and summaries carry `lang` and `dir="auto"` on their own block
//   instead of an inner `<bdi>`: a block is isolated from its neighbours already.
import { html, isServer, nothing, type TemplateResult } from 'lit';
import type { Formatter } from '../base/formatter.js';
import type { Activity, ActivityPartner, Feed, LocalizedText, Partner } from '../feed/types.js';
import { countLabel } from '../i18n/count-labels.js';
import { msg, withLocale, type UiLocale } from '../i18n/localize.js';
import { opensInNewTab } from '../i18n/messages.js';
import { regionName } from '../i18n/regions.js';
import { fill, tag, type Piece } from './fill.js';

/**
 * Activity ids are free text; DOM ids inside the shadow root get a safe prefix and are
 * percent-encoded, one to one. An unpaired surrogate (which `encodeURIComponent` refuses with
 * "URI malformed") becomes `%uXXXX`, which the encoding of any other text never produces.
 */
export const domId = (id: string) =>
  `activity-${id
    .split(/([\ud800-\udfff])/u)
    .map((part, i) => (i % 2 ? `%u${part.charCodeAt(0).toString(16)}` : encodeURIComponent(part)))
    .join('')}`;

/** What rendering one activity needs from its timeline, the same for every activity of a render. */
export interface ActivityContext {
  readonly feed: Feed;
  readonly fmt: Formatter;
  /** Every activity the timeline shows (the one array rendering is driven by). */
  readonly activities: readonly Activity[];
  readonly selected: string | undefined;
  readonly targeted: string | undefined;
  /** The activity that takes Tab (roving tabindex). */
  readonly focusId: string | undefined;
  readonly compact: boolean;
  /** Year headings: their aria-level, or undefined without grouping. */
  readonly yearLevel: string | undefined;
  readonly titleLevel: string;
}

/**
 * `fill()` builds its pieces when Lit commits, which for a windowed list is outside the
 * element's update (and its `withLocale`): they are built in the element's UI language.
 */
const inLocale =
  <T>(fmt: Formatter, build: () => T) =>
  () =>
    withLocale(fmt.ui as UiLocale, build);

/** The key under which built pieces stay valid: the language and formatting of a render. */
const fmtKey = (fmt: Formatter) => `${fmt.lang}|${fmt.ui}|${fmt.locale}|${fmt.calendar ?? ''}`;

/** Text as `lang`/`dir` attributes plus the string: for blocks that hold only that text. */
function block(fmt: Formatter, text: LocalizedText | undefined) {
  const resolved = fmt.resolve(text);
  const foreign = resolved && fmt.isForeign(resolved);
  return {
    text: resolved?.text ?? '',
    lang: foreign ? resolved.lang : undefined,
    dir: foreign ? 'auto' : undefined,
  };
}

/** A name isolated for bidi, marked with its language when it is not the element's. */
function name(fmt: Formatter, text: LocalizedText | undefined, element = 'bdi'): Piece {
  const resolved = fmt.resolve(text);
  if (!resolved) return '';
  return tag(element, { lang: fmt.isForeign(resolved) ? resolved.lang : undefined }, resolved.text);
}

const ROLES: Record<string, () => string> = {
  funding: () => msg('funding', { desc: 'IATI partner role, shown after a partner name.' }),
  accountable: () => msg('accountable', { desc: 'IATI partner role, shown after a partner name.' }),
  extending: () => msg('extending', { desc: 'IATI partner role, shown after a partner name.' }),
  implementing: () =>
    msg('implementing', { desc: 'IATI partner role, shown after a partner name.' }),
};

function partnerPieces(fmt: Formatter, ref: ActivityPartner, partner: Partner): Piece[] {
  const out: Piece[] = [];
  if (partner.logo) {
    out.push(
      tag('img', {
        class: 'partner-logo',
        src: partner.logo,
        alt: '',
        loading: 'lazy',
        width: '20',
        height: '20',
      }),
    );
  }
  // A short name is an abbreviation of the full one, which its title gives.
  const shown = partner.shortName
    ? tag('abbr', { title: fmt.plain(partner.name), dir: 'auto' }, fmt.plain(partner.shortName))
    : name(fmt, partner.name);
  out.push(
    partner.url
      ? tag(
          'a',
          // eslint-disable-next-line no-restricted-syntax -- a link target, not a member name
          { href: partner.url, target: '_blank', rel: 'noopener noreferrer' },
          shown,
          tag('span', { class: 'visually-hidden' }, ` ${opensInNewTab()}`),
        )
      : shown,
  );
  // The space is inside the span: a text node of only a space would be one more node.
  if (ref.role) out.push(tag('span', { class: 'role' }, ` (${ROLES[ref.role]!()})`));
  return out;
}

function placePieces(fmt: Formatter, a: Activity): Piece[] {
  const location = a.location;
  const region = location?.region;
  const regionText = region?.code ? (regionName(region.code) ?? region.code) : undefined;
  const place = fmt.resolve(location?.name);
  const separator = msg(', ', { desc: 'Between a place name and its region.' });
  if (place && regionText && !fmt.isForeign(place)) {
    // One language: one isolated run.
    return [tag('bdi', 0, place.text + separator + regionText)];
  }
  const parts: Piece[] = [];
  if (place) parts.push(name(fmt, location!.name));
  if (regionText) parts.push(tag('bdi', 0, regionText));
  else if (region?.text) parts.push(name(fmt, region.text));
  return parts.flatMap((p, i) => (i ? [separator, p] : [p]));
}

/** The rows of an activity's `<dl>`: place, partners, people, topics. */
function metaPieces(ctx: ActivityContext, a: Activity): Piece[] {
  const { fmt, feed } = ctx;
  const rows: Piece[] = [];
  const row = (label: string, ...value: Piece[]) =>
    rows.push(tag('dt', 0, label), tag('dd', 0, ...value));
  const place = placePieces(fmt, a);
  if (place.length) row(msg('Place'), ...place);
  const partners = a.partners
    .map((ref) => ({ ref, partner: feed.partners.get(ref.id) }))
    .filter((x): x is { ref: ActivityPartner; partner: Partner } => !!x.partner);
  if (partners.length) {
    row(
      msg('Partners'),
      ...fmt
        .joinList(
          partners.map(({ ref, partner }) => partnerPieces(fmt, ref, partner)),
          partners.map(({ partner }) => fmt.plain(partner.shortName ?? partner.name)),
        )
        .flat(),
    );
  }
  if (a.people.length) {
    row(
      msg('People'),
      ...fmt
        .joinList(
          a.people.map((p): Piece[] => [
            name(fmt, p.name),
            ...(p.role ? [tag('span', { class: 'role' }, ` (${fmt.plain(p.role)})`)] : []),
          ]),
          a.people.map((p) => fmt.plain(p.name)),
        )
        .flat(),
    );
  }
  const program = a.program ? feed.programs.get(a.program) : undefined;
  if (program || a.tags.length) {
    row(
      msg('Topics'),
      tag(
        'ul',
        { class: 'inline-list chips' },
        ...(program ? [tag('li', { class: 'chip' }, name(fmt, program.name))] : []),
        ...a.tags.map((t) => tag('li', { class: 'chip' }, tag('bdi', 0, t))),
      ),
    );
  }
  return rows;
}

function countPieces(ctx: ActivityContext, a: Activity): Piece[] {
  const { fmt, feed } = ctx;
  return Object.entries(a.counts).map(([key, value]) =>
    tag(
      'li',
      {},
      tag('span', { class: 'count-value' }, fmt.number(value)),
      ` ${countLabel(key, value, fmt.locale, feed, fmt.lang)}`,
    ),
  );
}

function datePieces(fmt: Formatter, a: Activity): Piece[] {
  const hijri = fmt.hijri(a.date);
  return [
    tag('time', { datetime: a.date.text }, fmt.dateRange(a.date, a.endDate)),
    ...(hijri ? [tag('span', { class: 'hijri' }, ` (${hijri})`)] : []),
  ];
}

function renderExtras(fmt: Formatter, a: Activity): TemplateResult | typeof nothing {
  if (!a.images.length && !a.url) return nothing;
  return html`${
    a.images.length
      ? html`<div class="images" part="images"
          >${a.images
            .slice(0, 3)
            .map(
              (img) =>
                html`<figure
                  ><img
                    src=${img.src}
                    alt=${fmt.plain(img.alt)}
                    loading="lazy"
                    decoding="async"
                  />${
                    img.credit
                      ? html`<figcaption .textContent=${fmt.plain(img.credit)}></figcaption>`
                      : nothing
                  }</figure
                >`,
            )}</div
        >`
      : nothing
  }${
    a.url
      ? html`<p class="link"
          ><a part="link" href=${a.url} target="_blank" rel="noopener noreferrer"
            >${msg('Read more')}<span class="visually-hidden"
              >: ${fmt.plain(a.title)} ${opensInNewTab()}</span
            ></a
          ></p
        >`
      : nothing
  }`;
}

/**
 * The list item of the activity at `index` of `ctx.activities`: its year heading when it opens
 * a year, then the card. `aria-setsize`/`aria-posinset` say "item k of N" for the whole
 * timeline, however few of its items are in the DOM.
 */
export function renderActivity(ctx: ActivityContext, a: Activity, index: number): TemplateResult {
  const { fmt, activities, feed } = ctx;
  const id = domId(a.id);
  const titleId = `title-${id}`;
  const year = a.date.year;
  const opensYear = ctx.yearLevel !== undefined && activities[index - 1]?.date.year !== year;
  const title = block(fmt, a.title);
  const summary = block(fmt, a.summary);
  const selected = a.id === ctx.selected;
  // The compact layout leaves the details out: their elements stay, empty and hidden, which
  // costs fewer nodes than a binding that adds them.
  const full = !ctx.compact;
  const key = [a, feed, fmtKey(fmt), full];
  const meta =
    full && !!(a.location || a.partners.length || a.people.length || a.program || a.tags.length);
  const counts = full && Object.keys(a.counts).length > 0;
  const extras = full ? renderExtras(fmt, a) : nothing;
  const classes = `item ${index % 2 ? 'odd' : 'even'}${selected ? ' selected' : ''}${
    a.id === ctx.targeted ? ' targeted' : ''
  }${index === activities.length - 1 ? ' last' : ''}`;
  if (isServer) {
    // A server runs no element directive and sets no property (@lit-labs/ssr): the same
    // markup with its text and pieces as children. The browser renders a server-rendered
    // timeline afresh rather than hydrating it (src/ssr/hydrate.ts).
    const pieces = (list: Piece[]) => list as unknown[];
    return html`<li
      class=${classes}
      part=${opensYear ? 'year' : nothing}
      aria-setsize=${activities.length}
      aria-posinset=${index + 1}
      >${
        opensYear
          ? html`<div
              class="year-heading"
              part="year-heading"
              role="heading"
              aria-level=${ctx.yearLevel!}
              >${fmt.year(year)}</div
            >`
          : nothing
      }<article
        class="card"
        part="item"
        id=${id}
        data-index=${index}
        aria-labelledby=${titleId}
        aria-current=${selected ? 'true' : 'false'}
        tabindex=${a.id === ctx.focusId ? '0' : '-1'}
        ><span class="marker" part="marker" aria-hidden="true"></span
        ><p class="date" part="date">${pieces(inLocale(fmt, () => datePieces(fmt, a))())}</p
        ><div
          class="title"
          part="title"
          role="heading"
          aria-level=${ctx.titleLevel}
          id=${titleId}
          lang=${title.lang ?? nothing}
          dir=${title.dir ?? nothing}
          >${title.text}</div
        ><p
          class="summary"
          part="summary"
          ?hidden=${!summary.text}
          lang=${summary.lang ?? nothing}
          dir=${summary.dir ?? nothing}
          >${summary.text}</p
        ><dl class="meta" part="meta" ?hidden=${!meta}>${pieces(meta ? metaPieces(ctx, a) : [])}</dl
        ><ul class="counts" part="counts" aria-label=${msg('Counts')} ?hidden=${!counts}
          >${pieces(counts ? countPieces(ctx, a) : [])}</ul
        >${extras}</article
      ></li
    >`;
  }
  return html`<li
    class=${classes}
    part=${opensYear ? 'year' : nothing}
    aria-setsize=${activities.length}
    aria-posinset=${index + 1}
    >${
      opensYear
        ? html`<div
            class="year-heading"
            part="year-heading"
            role="heading"
            aria-level=${ctx.yearLevel!}
            .textContent=${fmt.year(year)}
          ></div>`
        : nothing
    }<article
      class="card"
      part="item"
      id=${id}
      data-index=${index}
      aria-labelledby=${titleId}
      aria-current=${selected ? 'true' : 'false'}
      tabindex=${a.id === ctx.focusId ? '0' : '-1'}
      ><span class="marker" part="marker" aria-hidden="true"></span
      ><p
        class="date"
        part="date"
        ${fill(
          [a, fmtKey(fmt)],
          inLocale(fmt, () => datePieces(fmt, a)),
        )}
      ></p
      ><div
        class="title"
        part="title"
        role="heading"
        aria-level=${ctx.titleLevel}
        id=${titleId}
        lang=${title.lang ?? nothing}
        dir=${title.dir ?? nothing}
        .textContent=${title.text}
      ></div
      ><p
        class="summary"
        part="summary"
        ?hidden=${!summary.text}
        lang=${summary.lang ?? nothing}
        dir=${summary.dir ?? nothing}
        .textContent=${summary.text}
      ></p
      ><dl
        class="meta"
        part="meta"
        ?hidden=${!meta}
        ${fill(
          key,
          inLocale(fmt, () => (meta ? metaPieces(ctx, a) : [])),
        )}
      ></dl
      ><ul
        class="counts"
        part="counts"
        aria-label=${msg('Counts')}
        ?hidden=${!counts}
        ${fill(
          key,
          inLocale(fmt, () => (counts ? countPieces(ctx, a) : [])),
        )}
      ></ul
      >${extras}</article
    ></li
  >`;
}
