import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { IshraqatElement } from '../base/element.js';
import { toFeedDate } from '../feed/parse-core.js';
import { splitList } from '../feed/query.js';
import { isCalendarDate } from '../feed/vocabulary.js';
import type { Activity, Feed, FeedDate } from '../feed/types.js';
import { msg, str } from '../i18n/localize.js';
import { opensInNewTab } from '../i18n/messages.js';
import type { IshraqatChart, ChartBy, ChartType } from '../chart/chart.js';
import type { PartnerLayout } from '../partners/partners.js';
import { csvLoader, type CsvModule } from './csv-loader.js';
import { impactStyles } from './impact.styles.js';

/** The tiles shown when `metrics` is not set (counts the feed does not know are left out). */
export const IMPACT_METRICS = [
  'activities',
  'participants',
  'women',
  'youth',
  'partners',
  'regions',
] as const;

/** How many recent activities are listed when `timeline-limit` is not set. */
/** A logo that fails to load leaves no broken-image box: the name next to it says it all. */
const hideBrokenImage = (event: Event) => ((event.target as HTMLElement).hidden = true);

export const IMPACT_TIMELINE_LIMIT = 5;

/** The first and the last day the activities cover. */
function period(activities: readonly Activity[]): { first: FeedDate; last: FeedDate } | undefined {
  if (activities.length === 0) return undefined;
  let first = activities[0]!.date;
  let last = activities[0]!.endDate ?? first;
  for (const a of activities) {
    if (a.date.start < first.start) first = a.date;
    const end = a.endDate ?? a.date;
    if (end.end > last.end) last = end;
  }
  return { first, last };
}

/** A year as a feed date: years before 1000 are written with four digits ("0001"). */
const yearDate = (year: number) => toFeedDate(String(year).padStart(4, '0'));

/**
 * A donor's impact summary of an organisation, composed from the other elements: the
 * organisation (name, logo, link), headline figures with targets (`<ishraqat-counts>`), one
 * chart (`<ishraqat-chart>`), the most recent activities (a compact `<ishraqat-timeline>`, with
 * a link to the full timeline when `timeline-href` is given) and the partners by role
 * (`<ishraqat-partners group-by="role">`).
 *
 * The summary loads the feed once (from `src`, `feed` or inline JSON) and hands the same
 * parsed feed to every part, with its language, digits, calendar, theme and filters, so
 * nothing is fetched or parsed twice. Feed problems are shown once, by the summary.
 *
 * Paper: printing gives a clean report. Every activity is listed, the figures are final (no
 * count-up), the chart's numbers are printed as a table too, nothing moves, logos keep their
 * colours, sections start on a new page when they do not fit, and a footer names the
 * organisation, the feed's address and its `updated` date.
 *
 * "Download CSV" saves the activities that pass the filters: one row an activity (id, dates,
 * the title in each language, program, region, partners with their roles, tags, link) and a
 * column for each count, as UTF-8 with a byte order mark, with spreadsheet formulas
 * neutralised (see `csv.ts`). The export code is downloaded on the first click, not with the
 * summary; if it cannot be (offline), a message under the button says so.
 *
 * @summary The donor's impact summary: organisation, figures with targets, chart, recent activities, partners; prints and exports CSV.
 *
 * @fires ishraqat-load - The feed is ready. `detail`: `{ activities, shown, problems }`.
 * @fires ishraqat-error - The feed cannot be shown. `detail`: `{ reason, code, status? }`.
 * @fires ishraqat-select - An activity of the recent list was chosen. `detail`: `{ id }`.
 * @fires ishraqat-chart-render - The chart was drawn. `detail`: `{ type, points }`.
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - The organisation's name, logo, period and the download button.
 * @csspart logo - The organisation's logo.
 * @csspart name - The organisation's name (a link when the feed gives its URL).
 * @csspart period - The period the activities cover.
 * @csspart download - The "Download CSV" button.
 * @csspart section - Each section (figures, chart, recent activities, partners).
 * @csspart heading - The heading of a section.
 * @csspart counts - The `<ishraqat-counts>` element (style inside it with its own parts).
 * @csspart chart - The `<ishraqat-chart>` element.
 * @csspart timeline - The `<ishraqat-timeline>` element.
 * @csspart partners - The `<ishraqat-partners>` element.
 * @csspart timeline-link - The link to the full timeline.
 * @csspart footer - The source line: organisation, feed address, update date (printed).
 * @csspart problems - The expandable count of activities that could not be shown.
 * @csspart state - The loading, empty and error states.
 * @csspart retry - The retry button of the error state.
 *
 * @cssprop --ishraqat-accent - Accent colour (passed on to every part).
 * @cssprop --ishraqat-text - Text colour.
 * @cssprop --ishraqat-muted - Secondary text.
 * @cssprop --ishraqat-surface - Background.
 * @cssprop --ishraqat-surface-alt - Background of skeletons.
 * @cssprop --ishraqat-border - Lines between sections.
 * @cssprop --ishraqat-font - Font family.
 * @cssprop --ishraqat-font-size - Base font size (default: the reader's preferred size).
 * @cssprop --ishraqat-radius - Corner radius.
 * @cssprop --ishraqat-spacing - Base spacing unit.
 * @cssprop --ishraqat-logo-size - Block size of the organisation's logo (default 3.5em).
 */
export class IshraqatImpact extends IshraqatElement {
  static override styles = impactStyles;

  static override properties: PropertyDeclarations = {
    metrics: { reflect: true },
    chartMetric: { attribute: 'chart-metric', reflect: true },
    chartBy: { attribute: 'chart-by', reflect: true },
    chartType: { attribute: 'chart-type', reflect: true },
    timelineLimit: { attribute: 'timeline-limit', type: Number },
    timelineHref: { attribute: 'timeline-href' },
    partnersLayout: { attribute: 'partners-layout', reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    label: {},
    _csvFailed: { state: true },
  };

  /** The headline figures, space-separated (default `activities participants women youth partners regions`). */
  metrics?: string;

  /** The chart's count: a count key or `activities` (default). */
  chartMetric = 'activities';

  /** What the chart groups by: `year` (default), `program`, `region`, `partner` or `breakdown`. */
  chartBy: ChartBy = 'year';

  /** `bar` (default), `line` or `doughnut`. */
  chartType: ChartType = 'bar';

  /** How many recent activities to list before "Show more" (default 5). */
  timelineLimit = IMPACT_TIMELINE_LIMIT;

  /** URL of the page with the full timeline; adds an "All activities" link. */
  timelineHref?: string;

  /** `grid` (default) or `strip` (a moving row) for the partners. */
  partnersLayout: PartnerLayout = 'grid';

  /** Heading level (1–6) of the organisation's name; sections are one level below. */
  headingLevel = 2;

  /** Accessible name of the summary (default: "Impact summary: <organization>"). */
  label?: string;

  /** The chart's table state before printing, restored afterwards. */
  private _tableBeforePrint?: boolean;

  /** The CSV export code could not be loaded on the last "Download CSV". */
  private _csvFailed = false;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this._beforePrint);
    window.addEventListener('afterprint', this._afterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this._beforePrint);
    window.removeEventListener('afterprint', this._afterPrint);
  }

  private get _chart(): IshraqatChart | null {
    return this.renderRoot?.querySelector('ishraqat-chart') ?? null;
  }

  /** Paper gets the chart's numbers as a table too (the other parts expand themselves). */
  private _beforePrint = () => {
    const chart = this._chart;
    if (!chart) return;
    this._tableBeforePrint ??= chart.showTable;
    chart.showTable = true;
  };

  private _afterPrint = () => {
    const chart = this._chart;
    if (chart && this._tableBeforePrint !== undefined) chart.showTable = this._tableBeforePrint;
    this._tableBeforePrint = undefined;
  };

  /** The parts report to the summary, not past it: the summary fires its own events. */
  private _stop = (event: Event) => event.stopPropagation();

  /** The summary still shows the organisation when the filters leave no activities. */
  protected override get rendersWithoutActivities(): boolean {
    return true;
  }

  private get _metrics(): string {
    const list = splitList(this.metrics);
    return (list.length ? list : IMPACT_METRICS).join(' ');
  }

  private _level(offset: number): string {
    return this.headingAriaLevel(this.headingLevel, 2, offset);
  }

  /**
   * Saves the filtered activities as a CSV file. Resolves once the download has started (the
   * export code loads on first use); if that code cannot be loaded, the summary shows a message
   * under the button and the promise still resolves.
   */
  async downloadCsv(): Promise<void> {
    const feed = this.currentFeed;
    if (!feed) return;
    // What is shown now, not after the export code has arrived.
    const activities = this.activities;
    const lang = this.fmt?.lang ?? 'en';
    let csv: CsvModule;
    try {
      csv = await csvLoader.load();
    } catch (error) {
      console.warn('[ishraqat] the CSV export could not be loaded:', error);
      this._csvFailed = true;
      return;
    }
    this._csvFailed = false;
    const text = csv.activitiesCsv(feed, activities, { lang });
    // The await may outlast the click's user activation: a link with `download` needs none.
    const url = URL.createObjectURL(new Blob([text], { type: csv.CSV_TYPE }));
    const link = document.createElement('a');
    link.href = url;
    link.download = csv.csvFileName(feed.organization.id, activities);
    link.hidden = true;
    this.renderRoot.appendChild(link);
    try {
      link.click();
    } finally {
      link.remove();
      // The download has its own copy once started; give it a moment before letting go.
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    }
  }

  protected override renderLoading(): TemplateResult {
    const tile = html`<span class="skeleton-tile"></span>`;
    return html`<div class="impact" part="state loading" role="status">
      <span class="visually-hidden">${msg('Loading the impact summary…')}</span>
      <div class="header skeleton" aria-hidden="true">
        <span class="skeleton-bar kicker-bar"></span>
        <span class="skeleton-bar name-bar"></span>
        <span class="skeleton-bar period-bar"></span>
      </div>
      <div class="skeleton-tiles" aria-hidden="true">${tile}${tile}${tile}${tile}</div>
      <div class="skeleton-chart" aria-hidden="true"></div>
    </div>`;
  }

  protected override renderReady(feed: Feed, activities: readonly Activity[]): TemplateResult {
    const name = this.fmt.plain(feed.organization.name);
    const label =
      this.label ??
      msg(str`Impact summary: ${name}`, { desc: 'Accessible name of the impact summary.' });
    const stop = this._stop;
    return html`<article
      class="impact"
      aria-label=${label}
      @ishraqat-load=${stop}
      @ishraqat-error=${stop}
    >
      ${this.guard('organization', undefined, () => this.renderHeader(feed, activities), false)}
      ${
        activities.length === 0
          ? html`<div class="state empty" part="state empty" role="status">
              ${msg('No activities to show.')}
            </div>`
          : this.renderSections(feed)
      }
      ${this.renderProblems()} ${this.renderFooter(feed)}
    </article>`;
  }

  private renderHeader(feed: Feed, activities: readonly Activity[]): TemplateResult {
    const fmt = this.fmt;
    const org = feed.organization;
    const covered = period(activities);
    // The years covered: the header summarises, the list below has the exact dates.
    const range = covered
      ? fmt.dateRange(yearDate(covered.first.year), yearDate(covered.last.year))
      : undefined;
    const name = fmt.name(org.name);
    return html`<header class="header" part="header">
      ${
        org.logo
          ? html`<img
              class="logo"
              part="logo"
              src=${org.logo}
              alt=""
              decoding="async"
              @error=${hideBrokenImage}
            />`
          : nothing
      }
      <div class="title">
        <p class="kicker">${msg('Impact summary', { desc: 'Above the organisation name.' })}</p>
        <div class="name" part="name" role="heading" aria-level=${this._level(0)} id="organization">
          ${
            org.url
              ? html`<a href=${org.url} target="_blank" rel="noopener noreferrer"
                  >${name}<span class="visually-hidden"> ${opensInNewTab()}</span></a
                >`
              : name
          }
        </div>
        ${range ? html`<p class="period" part="period">${range}</p>` : nothing}
      </div>
      ${
        activities.length
          ? html`<div class="actions">
              <button
                class="button download"
                part="download"
                type="button"
                @click=${() => void this.downloadCsv()}
              >
                <svg
                  viewBox="0 0 16 16"
                  aria-hidden="true"
                  fill="none"
                  stroke="currentColor"
                  stroke-width="1.6"
                >
                  <path d="M8 2v8M4.5 6.5 8 10l3.5-3.5M2.5 13.5h11" />
                </svg>
                ${msg('Download CSV', { desc: 'Button: save the activities as a spreadsheet file.' })}
              </button>
              ${
                this._csvFailed
                  ? html`<p class="download-error" role="alert">
                      ${msg(
                        'The CSV file could not be prepared. Check the connection and try again.',
                        {
                          desc: 'Under the "Download CSV" button when the export code could not be downloaded.',
                        },
                      )}
                    </p>`
                  : nothing
              }
            </div>`
          : nothing
      }
    </header>`;
  }

  private renderSection(
    key: string,
    heading: string | TemplateResult | undefined,
    content: TemplateResult,
  ): TemplateResult {
    const id = `section-${key}`;
    return html`<section
      class="section ${key}"
      part="section"
      aria-labelledby=${ifDefined(heading ? id : undefined)}
    >
      ${
        heading
          ? html`<div
              class="heading"
              part="heading"
              role="heading"
              aria-level=${this._level(1)}
              id=${id}
            >
              ${heading}
            </div>`
          : nothing
      }
      ${content}
    </section>`;
  }

  private renderSections(feed: Feed): TemplateResult {
    const lang = this.fmt.lang;
    const level = Number(this._level(2));
    // The same parsed feed, language and filters for every part.
    const shared = {
      numerals: this.numerals,
      calendar: this.calendar,
      theme: this.theme,
      from: this.from,
      to: this.to,
      program: this.program,
      partner: this.partner,
      tag: this.tag,
      region: this.region,
    };
    return html`${this.renderSection(
      'figures',
      msg('Key figures', { desc: 'Heading of the headline counts of an impact summary.' }),
      html`<ishraqat-counts
        part="counts"
        .feed=${feed}
        lang=${lang}
        metrics=${this._metrics}
        .numerals=${shared.numerals}
        .calendar=${shared.calendar}
        .theme=${shared.theme}
        .from=${shared.from}
        .to=${shared.to}
        .program=${shared.program}
        .partner=${shared.partner}
        .tag=${shared.tag}
        .region=${shared.region}
      ></ishraqat-counts>`,
    )}
    ${this.renderSection(
      'chart',
      undefined,
      html`<ishraqat-chart
        part="chart"
        .feed=${feed}
        lang=${lang}
        metric=${this.chartMetric}
        by=${this.chartBy}
        type=${this.chartType}
        .numerals=${shared.numerals}
        .calendar=${shared.calendar}
        .theme=${shared.theme}
        .from=${shared.from}
        .to=${shared.to}
        .program=${shared.program}
        .partner=${shared.partner}
        .tag=${shared.tag}
        .region=${shared.region}
      ></ishraqat-chart>`,
    )}
    ${this.renderSection(
      'recent',
      // Paper lists every activity, so it says so.
      html`<span class="screen-only"
          >${msg('Recent activities', {
            desc: 'Heading of the latest activities in an impact summary.',
          })}</span
        ><span class="print-only"
          >${msg('All activities', {
            id: 'impact.heading.all',
            desc: 'Heading of the full list of activities in the printed impact summary.',
          })}</span
        >`,
      html`<ishraqat-timeline
          part="timeline"
          .feed=${feed}
          lang=${lang}
          layout="compact"
          group-by="none"
          limit=${Math.max(1, Math.floor(this.timelineLimit) || IMPACT_TIMELINE_LIMIT)}
          heading-level=${level}
          .numerals=${shared.numerals}
          .calendar=${shared.calendar}
          .theme=${shared.theme}
          .from=${shared.from}
          .to=${shared.to}
          .program=${shared.program}
          .partner=${shared.partner}
          .tag=${shared.tag}
          .region=${shared.region}
        ></ishraqat-timeline>
        ${
          this.timelineHref
            ? html`<p class="all">
                <a part="timeline-link" href=${this.timelineHref}
                  >${msg('All activities', { desc: 'Link to the full timeline.' })}</a
                >
              </p>`
            : nothing
        }`,
    )}
    ${this.renderSection(
      'partners',
      msg('Partners'),
      html`<ishraqat-partners
        part="partners"
        .feed=${feed}
        lang=${lang}
        group-by="role"
        layout=${this.partnersLayout}
        heading-level=${level}
        .numerals=${shared.numerals}
        .calendar=${shared.calendar}
        .theme=${shared.theme}
        .from=${shared.from}
        .to=${shared.to}
        .program=${shared.program}
        .partner=${shared.partner}
        .tag=${shared.tag}
        .region=${shared.region}
      ></ishraqat-partners>`,
    )}`;
  }

  /** The source of the figures: organisation, feed address, date of the feed. */
  private renderFooter(feed: Feed): TemplateResult {
    const fmt = this.fmt;
    const updated = this._updated(feed.updated);
    const updatedText = updated ? fmt.date(updated) : '';
    return html`<footer class="footer" part="footer">
      <p>
        <span class="footer-org">${fmt.name(feed.organization.name)}</span>
        ${
          feed.url
            ? html`<span class="footer-source"
                >${msg('Source:', { desc: 'Before the address of the activity feed.' })}
                <bdi class="url" dir="ltr">${feed.url}</bdi></span
              >`
            : nothing
        }
        ${
          updated
            ? html`<span class="footer-updated"
                >${msg(str`Updated ${updatedText}`, {
                  desc: 'When the activity feed was last updated, e.g. "Updated 1 December 2023".',
                })}</span
              >`
            : nothing
        }
      </p>
    </footer>`;
  }

  /** The calendar day of the feed's `updated` as its publisher wrote it (no time-zone shift). */
  private _updated(updated: string | undefined): FeedDate | undefined {
    const day = updated?.slice(0, 10);
    return day && isCalendarDate(day) ? toFeedDate(day) : undefined;
  }
}
