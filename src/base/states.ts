/**
 * The states every element shares, as templates: empty, error (with "Try again"), the note
 * over a last good copy, and the quiet count of feed problems (whose list is a module of its
 * own, problems-view.ts, fetched only for a feed with problems). The loading skeleton is each
 * element's own (`renderLoading`): it has the shape of the element's content.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Feed } from '../feed/types.js';
import { msg, str } from '../i18n/localize.js';
import { feedErrorText, type ErrorReason } from '../i18n/messages.js';
import type { Formatter } from './formatter.js';
import type * as ProblemsView from './problems-view.js';

/** True when something in the feed was dropped (not just warned about). */
export const hasErrors = (feed: Feed): boolean => feed.problems.some((p) => p.severity === 'error');

/** The problems list, once loaded; `null` when it could not be. */
let problemsView: typeof ProblemsView | null | undefined;
let problemsViewLoading: Promise<void> | undefined;

/** Loads the problems list (once); resolves when `problemsReady` is true. */
export function loadProblemsView(): Promise<void> {
  problemsViewLoading ??= import('./problems-view.js').then(
    (module) => void (problemsView = module),
    (error: unknown) => {
      problemsView = null;
      console.warn('[ishraqat] the list of feed problems could not be loaded', error);
    },
  );
  return problemsViewLoading;
}

/** True when `feed` can be announced: it has no errors, or their list has loaded (or failed). */
export function problemsReady(feed: Feed): boolean {
  return problemsView !== undefined || !hasErrors(feed);
}

/** Writes the feed's problems to the console once (when their list is loaded). */
export function logProblems(feed: Feed): void {
  if (hasErrors(feed)) problemsView?.logProblems(feed);
}

/**
 * "3 activities could not be shown", expandable; nothing for a feed without errors. Until the
 * list has loaded, nothing, and `onLoaded` is called once it has (to render again).
 */
export function renderProblems(
  feed: Feed | undefined,
  fmt: Formatter,
  onLoaded: () => void,
): TemplateResult | typeof nothing {
  if (!feed || !hasErrors(feed)) return nothing;
  if (problemsView) return problemsView.renderProblems(feed, fmt);
  if (problemsView === undefined) void loadProblemsView().then(onLoaded);
  return nothing;
}

/** "No activities to show.", with the feed's problems under it. */
export function renderEmpty(problems: TemplateResult | typeof nothing): TemplateResult {
  return html`<div class="state empty" part="state empty" role="status">
      ${msg('No activities to show.')}
    </div>
    ${problems}`;
}

/** The error state: why, in a sentence, and "Try again". */
export function renderError(
  code: ErrorReason,
  status: string | undefined,
  onRetry: () => void,
): TemplateResult {
  return html`<div class="state error" part="state error" role="alert">
    <p>${feedErrorText(code, status)}</p>
    <button class="button" part="retry" type="button" @click=${onRetry}>${msg('Try again')}</button>
  </div>`;
}

/** Over a last good copy: the quiet note saying from when it is. */
export function renderCopyNote(savedAt: number, fmt: Formatter): TemplateResult {
  const date = fmt.moment(savedAt);
  return html`<p class="copy-note" part="copy-note" role="status">
    ${msg(str`The activity feed could not be reached: showing the copy from ${date}.`, {
      desc: 'Shown over activities kept in the browser from an earlier visit, when the feed cannot be loaded now. The value is a date and time.',
    })}
  </p>`;
}
