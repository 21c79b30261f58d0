/**
 * The expandable list of what in a feed could not be shown, with a localized reason for each
 * problem, and the console report of them. Only a feed with problems needs it, so the elements
 * import this module on demand (see `IshraqatElement.renderProblems`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Feed } from '../feed/types.js';
import { plural } from '../i18n/format.js';
import { msg, str } from '../i18n/localize.js';
import { problemReason } from '../i18n/problem-reasons.js';
import type { Formatter } from './formatter.js';

/** Feeds whose problems were already written to the console. */
const logged = new WeakSet<Feed>();

/** Writes a feed's problems to the console, once per feed however many elements show it. */
export function logProblems(feed: Feed): void {
  if (logged.has(feed)) return;
  logged.add(feed);
  console.warn(
    `[ishraqat] ${feed.problems.length} problem(s) in the feed${feed.url ? ` ${feed.url}` : ''}:\n` +
      feed.problems.map((p) => `  ${p.severity}: ${p.message}`).join('\n'),
  );
}

/** "3 activities could not be shown", expandable to every error with its path and reason. */
export function renderProblems(feed: Feed, fmt: Formatter): TemplateResult | typeof nothing {
  const errors = feed.problems.filter((p) => p.severity === 'error');
  if (errors.length === 0) return nothing;
  const n = feed.skipped;
  const count = fmt.number(n || errors.length);
  const summary = n
    ? plural(n, fmt.locale, {
        zero: msg(str`${count} activities could not be shown`, { id: 'skipped.zero' }),
        one: msg(str`${count} activity could not be shown`, { id: 'skipped.one' }),
        two: msg(str`${count} activities could not be shown`, { id: 'skipped.two' }),
        few: msg(str`${count} activities could not be shown`, { id: 'skipped.few' }),
        many: msg(str`${count} activities could not be shown`, { id: 'skipped.many' }),
        other: msg(str`${count} activities could not be shown`, { id: 'skipped.other' }),
      })
    : plural(errors.length, fmt.locale, {
        zero: msg(str`${count} problems in the feed`, { id: 'problems.zero' }),
        one: msg(str`${count} problem in the feed`, { id: 'problems.one' }),
        two: msg(str`${count} problems in the feed`, { id: 'problems.two' }),
        few: msg(str`${count} problems in the feed`, { id: 'problems.few' }),
        many: msg(str`${count} problems in the feed`, { id: 'problems.many' }),
        other: msg(str`${count} problems in the feed`, { id: 'problems.other' }),
      });
  const shown = [...errors].sort((a, b) => Number(!!b.skipped) - Number(!!a.skipped));
  return html`<details class="problems" part="problems">
    <summary>${summary}</summary>
    <ul>
      ${shown.map(
        (p) =>
          html`<li>
            <code>${p.path}</code>:
            ${problemReason(p)}${
              p.skipped ? html` <strong>(${msg('activity skipped')})</strong>` : nothing
            }
          </li>`,
      )}
    </ul>
  </details>`;
}
