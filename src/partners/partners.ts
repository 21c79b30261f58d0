import {
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { IshraqatElement } from '../base/element.js';
import { styleProps } from '../base/style-props.js';
import { splitList } from '../feed/query.js';
import { groupPartnersByRole, groupPartnersByType, partnersOf } from './groups.js';
import { PARTNER_TYPES } from '../feed/vocabulary.js';
import type { Activity, Feed, Partner, PartnerRole, PartnerType } from '../feed/types.js';
import { msg, str } from '../i18n/localize.js';
import { opensInNewTab } from '../i18n/messages.js';
import { monogramColor, monogramText } from './monogram.js';
import { partnersStyles } from './partners.styles.js';
import { encodeComponent } from '../feed/unicode.js';

export const PARTNER_LAYOUTS = ['grid', 'strip'] as const;
export type PartnerLayout = (typeof PARTNER_LAYOUTS)[number];

export const PARTNER_GROUPINGS = ['none', 'role', 'type'] as const;
export type PartnerGrouping = (typeof PARTNER_GROUPINGS)[number];

/** Captions of the role groups, as donors read them. */
export function roleCaption(role: PartnerRole | undefined): string {
  switch (role) {
    case 'funding':
      return msg('Funded by', {
        id: 'partners.role.funding',
        desc: 'Caption above the logos of partners with the IATI role "funding".',
      });
    case 'accountable':
      return msg('Accountable', {
        id: 'partners.role.accountable',
        desc: 'Caption above the logos of partners with the IATI role "accountable" (responsible for the activity).',
      });
    case 'extending':
      return msg('Extending', {
        id: 'partners.role.extending',
        desc: 'Caption above the logos of partners with the IATI role "extending" (manages funds on behalf of the funder).',
      });
    case 'implementing':
      return msg('Implemented with', {
        id: 'partners.role.implementing',
        desc: 'Caption above the logos of partners with the IATI role "implementing".',
      });
    case undefined:
      return msg('Other partners', {
        id: 'partners.role.none',
        desc: 'Caption above the logos of partners named without a role, after the role groups.',
      });
  }
}

/** Captions of the type groups. */
export function typeCaption(type: PartnerType): string {
  switch (type) {
    case 'donor':
      return msg('Donors', { id: 'partners.type.donor', desc: 'Caption: partners of type donor.' });
    case 'government':
      return msg('Government', {
        id: 'partners.type.government',
        desc: 'Caption: partners that are government bodies.',
      });
    case 'un':
      return msg('United Nations', {
        id: 'partners.type.un',
        desc: 'Caption: partners that are UN agencies.',
      });
    case 'ngo':
      return msg('Non-governmental organisations', {
        id: 'partners.type.ngo',
        desc: 'Caption: partners that are NGOs.',
      });
    case 'private':
      return msg('Private sector', {
        id: 'partners.type.private',
        desc: 'Caption: partners that are companies.',
      });
    case 'academic':
      return msg('Academic institutions', {
        id: 'partners.type.academic',
        desc: 'Caption: partners that are universities or research institutes.',
      });
    case 'media':
      return msg('Media', { id: 'partners.type.media', desc: 'Caption: partners that are media.' });
    case 'other':
      return msg('Other partners', {
        id: 'partners.type.other',
        desc: 'Caption: partners of no other type.',
      });
  }
}

interface Group {
  readonly key: string;
  readonly caption?: string;
  readonly partners: readonly Partner[];
}

/** Pixels per second the strip moves: slow enough to read a name. */
const STRIP_SPEED = 40;

/** Shadow-DOM ids must be valid and unique: derive them from a group key. */
const groupId = (key: string) => `group-${encodeComponent(key)}`;

/**
 * Partner logos with their names and links, as a grid or a moving strip, optionally grouped
 * by the roles the activities give them ("Funded by", "Implemented with" …) or by type.
 *
 * Which partners: those named by the activities that pass the shared filters (`from`, `to`,
 * `program`, `partner`, `tag`, `region`), in the feed's partner order, then narrowed by
 * `type`. A partner listed in the feed but named by no activity is not shown (the validator
 * warns about it). Under `group-by="role"` a partner sits under every role the matching
 * activities give it; partners never given a role come last, as "Other partners" (with no
 * caption when no partner has a role).
 *
 * A partner without a logo, or whose logo fails to load, shows a monogram tile: its compact
 * short name (an acronym such as "UNDP") or the initials of its name, on a colour derived
 * from its id, so it looks the same on every page. Logos load lazily into a box of fixed size
 * and are never stretched.
 *
 * `layout="strip"` moves the logos sideways when they do not fit (reading direction: right to
 * left in Arabic), with a Pause / Play button; it stops while the pointer is over it or focus
 * is inside it, and does not move at all under `prefers-reduced-motion` (the logos wrap
 * instead). The duplicate copy that makes the loop seamless is hidden from assistive
 * technology and inert.
 *
 * @summary Partner logos with names and links, grouped by role or type, in a grid or a strip.
 *
 * @fires ishraqat-load - The feed is ready. `detail`: `{ activities, shown, problems }`.
 * @fires ishraqat-error - The feed cannot be shown. `detail`: `{ reason, code, status? }`.
 *
 * @csspart base - The wrapper of everything.
 * @csspart group - A group of partners (one per role or type; one in all without grouping).
 * @csspart caption - The heading of a group ("Funded by" …).
 * @csspart list - A list of partners.
 * @csspart item - One partner tile (the link when the partner has a URL).
 * @csspart logo - A partner's logo image.
 * @csspart monogram - The monogram shown in place of a missing or broken logo.
 * @csspart name - A partner's name.
 * @csspart strip - The moving viewport of `layout="strip"`.
 * @csspart pause - The Pause / Play button of the strip.
 * @csspart problems - The expandable count of activities that could not be shown.
 * @csspart state - The loading, empty and error states.
 * @csspart retry - The retry button of the error state.
 *
 * @cssprop --ishraqat-accent - Accent colour: links, buttons, focus.
 * @cssprop --ishraqat-text - Text colour.
 * @cssprop --ishraqat-muted - Captions.
 * @cssprop --ishraqat-surface - Background of the tiles.
 * @cssprop --ishraqat-surface-alt - Background behind logos and of skeletons.
 * @cssprop --ishraqat-border - Tile borders.
 * @cssprop --ishraqat-font - Font family.
 * @cssprop --ishraqat-font-size - Base font size (default: the reader's preferred size).
 * @cssprop --ishraqat-radius - Corner radius.
 * @cssprop --ishraqat-spacing - Base spacing unit.
 * @cssprop --ishraqat-logo-size - Block size of the logo box (default 4.5em).
 * @cssprop --ishraqat-tile-size - Minimum inline size of a tile (default 9.5em).
 */
export class IshraqatPartners extends IshraqatElement {
  static override styles = partnersStyles;

  static override properties: PropertyDeclarations = {
    groupBy: { attribute: 'group-by', reflect: true },
    layout: { reflect: true },
    type: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    label: {},
    _paused: { state: true },
    _failed: { state: true },
    _moving: { state: true },
    _reducedMotion: { state: true },
  };

  /** `none` (default), `role` (captions from the activities' IATI roles) or `type`. */
  groupBy: PartnerGrouping = 'none';

  /** `grid` (default: wrapped, even tiles) or `strip` (one moving row). */
  layout: PartnerLayout = 'grid';

  /** Show only partners of these types (space-separated: `donor government un ngo …`). */
  type?: string;

  /** Heading level (1–6) of the group captions. */
  headingLevel = 3;

  /** Accessible name of the partners region (default: "Partners of <organization>"). */
  label?: string;

  /** Whether the strip is paused by its button. */
  private _paused = false;

  /** Logo URLs that failed to load: their partners show a monogram. */
  private _failed: ReadonlySet<string> = new Set();

  /** Strip groups whose logos do not fit, by group key → width of one copy in pixels. */
  private _moving: ReadonlyMap<string, number> = new Map();

  private _reducedMotion = false;

  private _motionQuery?: MediaQueryList;
  private _resizeObserver?: ResizeObserver;
  private _observed = new WeakSet<Element>();
  private _measureFrame?: number;

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof matchMedia === 'function') {
      this._motionQuery = matchMedia('(prefers-reduced-motion: reduce)');
      this._reducedMotion = this._motionQuery.matches;
      this._motionQuery.addEventListener('change', this._onMotionChange);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._motionQuery?.removeEventListener('change', this._onMotionChange);
    this._resizeObserver?.disconnect();
    this._resizeObserver = undefined;
    this._observed = new WeakSet();
    if (this._measureFrame !== undefined) cancelAnimationFrame(this._measureFrame);
    this._measureFrame = undefined;
  }

  private _onMotionChange = (event: MediaQueryListEvent) => {
    this._reducedMotion = event.matches;
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if ((this.layout !== 'strip' || this._reducedMotion) && this._moving.size) {
      this._moving = new Map();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.layout === 'strip' && !this._reducedMotion) this._observeStrips();
  }

  private _observeStrips() {
    if (typeof ResizeObserver === 'undefined') return;
    // Measured in the next frame: starting the movement resizes what is observed, which
    // inside the observer's own callback would be a resize loop.
    this._resizeObserver ??= new ResizeObserver(() => {
      if (this._measureFrame !== undefined) return;
      this._measureFrame = requestAnimationFrame(() => {
        this._measureFrame = undefined;
        this._measure();
      });
    });
    // A strip changes size with its container, its first copy with its logos: either may
    // start or stop the movement. The observer reports each new element once on its own.
    for (const el of this.renderRoot.querySelectorAll('.strip, .strip .copy:not(.duplicate)')) {
      if (this._observed.has(el)) continue;
      this._observed.add(el);
      this._resizeObserver.observe(el);
    }
  }

  /** Which strips overflow (and so move), and how wide one copy of their logos is. */
  private _measure() {
    const moving = new Map<string, number>();
    for (const strip of this.renderRoot.querySelectorAll<HTMLElement>('.strip')) {
      const copy = strip.querySelector<HTMLElement>('.copy');
      const key = strip.dataset.key;
      if (!copy || key === undefined) continue;
      const width = copy.getBoundingClientRect().width;
      if (width > strip.clientWidth + 1) moving.set(key, width);
    }
    const same =
      moving.size === this._moving.size &&
      [...moving].every(([k, w]) => Math.abs((this._moving.get(k) ?? -1) - w) < 1);
    if (!same) this._moving = moving;
  }

  private _onLogoError(url: string) {
    if (this._failed.has(url)) return;
    this._failed = new Set([...this._failed, url]);
  }

  private _togglePause() {
    this._paused = !this._paused;
  }

  private get _types(): PartnerType[] {
    return splitList(this.type).filter((t): t is PartnerType =>
      (PARTNER_TYPES as readonly string[]).includes(t),
    );
  }

  private _groups(feed: Feed, activities: readonly Activity[]): Group[] {
    const partners = partnersOf(feed, activities, this._types);
    if (partners.length === 0) return [];
    switch (this.groupBy) {
      case 'role': {
        const groups = groupPartnersByRole(activities, partners);
        // Partners that no activity gives a role need no caption of their own when they are
        // all there is: the element's heading already says "Partners".
        return groups.map((g) => ({
          key: g.role ?? 'none',
          ...(g.role || groups.length > 1 ? { caption: roleCaption(g.role) } : {}),
          partners: g.partners,
        }));
      }
      case 'type':
        return groupPartnersByType(partners).map((g) => ({
          key: g.type,
          caption: typeCaption(g.type),
          partners: g.partners,
        }));
      default:
        return [{ key: 'all', partners }];
    }
  }

  private get _level(): string {
    return this.headingAriaLevel(this.headingLevel, 3);
  }

  protected override renderLoading(): TemplateResult {
    const tile = html`<li class="tile skeleton" aria-hidden="true">
      <div class="card">
        <span class="logo-box"></span>
        <span class="skeleton-bar name-bar"></span>
      </div>
    </li>`;
    return html`<div class="partners" part="state loading" role="status">
      <span class="visually-hidden">${msg('Loading partners…')}</span>
      <div class="group">
        <ul class="list ${this.layout === 'strip' ? 'row' : 'grid'}">
          ${tile}${tile}${tile}${tile}
        </ul>
      </div>
    </div>`;
  }

  protected override renderReady(feed: Feed, activities: readonly Activity[]): TemplateResult {
    const groups = this._groups(feed, activities);
    const orgName = this.fmt.plain(feed.organization.name);
    const label =
      this.label ??
      msg(str`Partners of ${orgName}`, { desc: 'Accessible name of the partner logos.' });
    if (groups.length === 0) {
      return html`<div class="state empty" part="state empty" role="status">
          ${msg('No partners to show.')}
        </div>
        ${this.renderProblems()}`;
    }
    const strip = this.layout === 'strip';
    const moves = strip && !this._reducedMotion && this._moving.size > 0;
    return html`<section class="partners ${this._paused ? 'paused' : ''}" aria-label=${label}>
      ${
        moves
          ? html`<div class="controls">
              <button class="button pause" part="pause" type="button" @click=${this._togglePause}>
                ${this._paused ? playIcon : pauseIcon}
                ${
                  this._paused
                    ? msg('Play', {
                        desc: 'Button: start the moving strip of partner logos again.',
                      })
                    : msg('Pause', { desc: 'Button: stop the moving strip of partner logos.' })
                }
              </button>
            </div>`
          : nothing
      }
      ${groups.map((group) => this.renderGroup(group, strip))} ${this.renderProblems()}
    </section>`;
  }

  private renderGroup(group: Group, strip: boolean): TemplateResult {
    const id = groupId(group.key);
    const caption = group.caption
      ? html`<div class="caption" part="caption" role="heading" aria-level=${this._level} id=${id}>
          ${group.caption}
        </div>`
      : nothing;
    const tiles = group.partners.map((p) => this.renderTile(p));
    if (!strip) {
      return html`<div class="group" part="group">
        ${caption}
        <ul class="list grid" part="list" aria-labelledby=${group.caption ? id : nothing}>
          ${tiles}
        </ul>
      </div>`;
    }
    const width = this._reducedMotion ? undefined : this._moving.get(group.key);
    const moving = width !== undefined;
    const track = styleProps(
      moving ? { '--_duration': `${Math.max(10, Math.round(width / STRIP_SPEED))}s` } : {},
    );
    return html`<div class="group" part="group">
      ${caption}
      <div
        class="strip ${moving ? 'moving' : ''} ${this._reducedMotion ? 'still' : ''}"
        part="strip"
        data-key=${group.key}
      >
        <div class="track" style=${track}>
          <ul class="list row copy" part="list" aria-labelledby=${group.caption ? id : nothing}>
            ${tiles}
          </ul>
          ${
            moving
              ? html`<ul class="list row copy duplicate" aria-hidden="true" inert>
                  ${group.partners.map((p) => this.renderTile(p))}
                </ul>`
              : nothing
          }
        </div>
      </div>
    </div>`;
  }

  /** One partner's tile; a fault in it leaves that tile out and is reported on `problems`. */
  private renderTile(partner: Partner): TemplateResult | typeof nothing {
    return this.guard('partners', partner.id, () => this._tile(partner), false);
  }

  private _tile(partner: Partner): TemplateResult {
    const fmt = this.fmt;
    const inner = html`<span class="logo-box">${this.renderLogo(partner)}</span>
      <span class="name" part="name">${fmt.text(partner.name)}</span>`;
    return html`<li class="tile">
      ${
        partner.url
          ? html`<a
              class="card link"
              part="item"
              href=${partner.url}
              target="_blank"
              rel="noopener noreferrer"
              >${inner}<span class="visually-hidden"> ${opensInNewTab()}</span></a
            >`
          : html`<div class="card" part="item">${inner}</div>`
      }
    </li>`;
  }

  private renderLogo(partner: Partner): TemplateResult {
    const logo = partner.logo;
    if (logo && !this._failed.has(logo)) {
      return html`<img
        class="logo"
        part="logo"
        src=${logo}
        alt=""
        loading="lazy"
        decoding="async"
        width="160"
        height="72"
        @error=${() => this._onLogoError(logo)}
      />`;
    }
    const text = monogramText(partner, this.fmt.lang, this.fmt.feedLanguage);
    const size = [...text].length > 3 ? 'long' : 'short';
    return html`<span
      class="monogram ${size}"
      part="monogram"
      aria-hidden="true"
      style=${styleProps({ '--_monogram': monogramColor(partner.id) })}
      ><bdi>${text}</bdi></span
    >`;
  }
}

const pauseIcon = html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
  <rect x="3" y="2" width="3.5" height="12" rx="1" />
  <rect x="9.5" y="2" width="3.5" height="12" rx="1" />
</svg>`;

const playIcon = html`<svg
  class="icon play"
  viewBox="0 0 16 16"
  aria-hidden="true"
  focusable="false"
>
  <path d="M4 2.5v11a1 1 0 0 0 1.5.86l9-5.5a1 1 0 0 0 0-1.72l-9-5.5A1 1 0 0 0 4 2.5z" />
</svg>`;
