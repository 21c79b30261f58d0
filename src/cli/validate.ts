/**
 * The strict validator: the same `parseFeed` the widgets run (every error-severity problem
 * fails, warnings do not), then what only a command line can check. Every problem in one run:
 * when the feed is unshowable (no version, no organization …) it says so, then validates the rest
 * as if that one thing were fixed, so the author does not fix-and-rerun one problem at a time.
 */
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseFeed } from '../feed/parse.js';
import { FeedError, type Problem } from '../feed/problems.js';
import { showValue } from '../feed/problem.js';
import { isSafeImageUrl, isSafeUrl } from '../feed/schema.js';
import { isPlainObject, joinPath } from '../feed/walk.js';
import type { Feed } from '../feed/types.js';
import { englishCliReason, fromProblem, type CliCode, type Finding } from '../convert/findings.js';
import { JsonSyntaxError, LineIndex, scanJson, spanOf, type JsonScan } from './json-positions.js';

export interface FeedSource {
  /** As the user named it. */
  readonly name: string;
  /** The feed's own URL (file: for local files): relative links resolve against it. */
  readonly url?: string;
  /** Set for local files: relative logo, image and next-page files are checked. */
  readonly local?: boolean;
}

export interface FeedReport {
  readonly findings: Finding[];
  /** The parsed feed, when it can be shown. */
  readonly feed?: Feed;
}

export interface ValidateOptions {
  /** Check that relative files exist next to a local feed (default true). */
  readonly files?: boolean;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function cliFinding(
  code: CliCode,
  path: string,
  init: { value?: string; detail?: string; severity?: 'error' | 'warning'; fatal?: boolean } = {},
): Finding {
  const f: Mutable<Finding> = {
    code,
    severity: init.severity ?? 'error',
    path,
    message: `${path || '(feed)'}: ${englishCliReason(code, init.value, init.detail)}`,
  };
  if (init.value !== undefined) f.value = init.value;
  if (init.detail !== undefined) f.detail = init.detail;
  if (init.fatal) f.fatal = true;
  return f;
}

/** Keys of the findings that are the same problem reported twice (by a retried parse). */
const keyOf = (f: Pick<Finding, 'path' | 'code' | 'value'>) =>
  `${f.path}\u0000${f.code}\u0000${f.value}`;

/**
 * Parses like the widgets, collecting fatal errors; after each fatal one that can be patched
 * over, parses again to report everything else.
 */
function parseAll(data: unknown, url: string | undefined): { findings: Finding[]; feed?: Feed } {
  const findings: Finding[] = [];
  const earlier: Problem[] = [];
  let current = data;
  // Without an activities list every partner would look unused: that is not news.
  let noActivities = false;
  for (let attempt = 0; attempt < 4; attempt++) {
    try {
      const feed = parseFeed(current, url ? { baseUrl: url } : {});
      const seen = new Set(feed.problems.map(keyOf));
      for (const p of earlier) if (!seen.has(keyOf(p))) findings.push(fromProblem(p));
      for (const p of feed.problems) {
        if (!(noActivities && p.code === 'unused-partner')) findings.push(fromProblem(p));
      }
      // A feed patched to get this far cannot be shown as it is.
      return attempt === 0 ? { findings, feed } : { findings };
    } catch (error) {
      if (!(error instanceof FeedError) || !isPlainObject(current)) {
        findings.push(cliFinding('not-object', '', { fatal: true }));
        return { findings };
      }
      earlier.push(...(error.details.problems ?? []));
      switch (error.code) {
        case 'version': {
          const version = current.version;
          findings.push(
            version === undefined
              ? { ...fromProblem(requiredProblem('version')), fatal: true }
              : cliFinding('version', 'version', { value: showValue(version)!, fatal: true }),
          );
          // A later version is another format: checking it against version 1 would mislead.
          if (typeof version === 'number' && version > 1) return { findings };
          current = { ...current, version: 1 };
          break;
        }
        case 'organization':
          findings.push(cliFinding('organization', 'organization', { fatal: true }));
          current = { ...current, organization: { id: 'organization', name: 'organization' } };
          break;
        case 'activities':
          findings.push(cliFinding('activities', 'activities', { fatal: true }));
          current = { ...current, activities: [] };
          noActivities = true;
          break;
        default:
          findings.push(cliFinding('not-object', '', { fatal: true }));
          return { findings };
      }
    }
  }
  return { findings };
}

function requiredProblem(path: string): Problem {
  return { path, code: 'required', severity: 'error', message: `${path}: is required` };
}

/** Relative links in a feed that name files: the organization's and partners' logos, images, next. */
function linkedFiles(data: Record<string, unknown>): { path: string; value: string }[] {
  const out: { path: string; value: string }[] = [];
  const add = (path: string, value: unknown, safe: (v: string) => boolean) => {
    if (typeof value === 'string' && safe(value) && isRelative(value)) out.push({ path, value });
  };
  const org = data.organization;
  if (isPlainObject(org)) add('organization.logo', org.logo, isSafeImageUrl);
  if (Array.isArray(data.partners)) {
    data.partners.forEach((p, i) => {
      if (isPlainObject(p)) add(joinPath(joinPath('partners', i), 'logo'), p.logo, isSafeImageUrl);
    });
  }
  if (Array.isArray(data.activities)) {
    data.activities.forEach((a, i) => {
      if (!isPlainObject(a) || !Array.isArray(a.images)) return;
      const images = joinPath(joinPath('activities', i), 'images');
      a.images.forEach((img, k) => {
        if (isPlainObject(img)) add(joinPath(joinPath(images, k), 'src'), img.src, isSafeImageUrl);
      });
    });
  }
  add('next', data.next, isSafeUrl);
  return out;
}

/** No scheme and not protocol-relative: a path next to the feed. */
const isRelative = (value: string) =>
  !/^\s*[A-Za-z][A-Za-z0-9+.-]*:/.test(value) && !/^\s*[/\\]{2}/.test(value);

function missingFiles(data: Record<string, unknown>, feedUrl: string): Finding[] {
  const out: Finding[] = [];
  for (const { path, value } of linkedFiles(data)) {
    let exists = false;
    try {
      exists = statSync(fileURLToPath(new URL(value.trim(), feedUrl))).isFile();
    } catch {
      exists = false;
    }
    if (!exists) out.push(cliFinding('missing-file', path, { value: showValue(value)! }));
  }
  return out;
}

/** Adds line and column to each finding, from where its path is in the text. */
function locate(findings: Finding[], scan: JsonScan | undefined, lines: LineIndex): Finding[] {
  if (!scan) return findings;
  return findings.map((f) => {
    if (f.path === undefined || f.line !== undefined) return f;
    const span = spanOf(scan, f.path);
    if (!span) return f;
    const atKey = f.code === 'unknown-field' || f.code === 'duplicate-key';
    const offset =
      atKey && span.keyStart !== undefined && scan.spans.has(f.path) ? span.keyStart : span.start;
    return { ...f, ...lines.at(offset) };
  });
}

/** Validates the text of a feed (already decoded, without a byte order mark). */
export function validateFeedText(
  text: string,
  source: FeedSource,
  options: ValidateOptions = {},
): FeedReport {
  const lines = new LineIndex(text);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    // JSON.parse says what is wrong but not reliably where: the scanner finds the place.
    try {
      scanJson(text);
    } catch (syntax) {
      if (syntax instanceof JsonSyntaxError) {
        const f = cliFinding('json-syntax', '', { detail: syntax.code, fatal: true });
        return { findings: [{ ...f, ...lines.at(syntax.offset) }] };
      }
    }
    const f = cliFinding('json-syntax', '', { detail: (error as Error).message, fatal: true });
    return { findings: [f] };
  }

  const { findings, feed } = parseAll(data, source.url);
  if (source.local && source.url && (options.files ?? true) && isPlainObject(data)) {
    findings.push(...missingFiles(data, source.url));
  }

  let scan: JsonScan | undefined;
  try {
    scan = scanJson(
      text,
      findings.map((f) => f.path ?? ''),
    );
  } catch {
    // Nesting too deep to follow (RangeError): report without positions.
  }
  for (const d of scan?.duplicates ?? []) {
    const f = cliFinding('duplicate-key', d.path, { severity: 'warning' });
    findings.push({ ...f, ...lines.at(d.keyStart) });
  }
  const located = locate(findings, scan, lines);
  // Document order (fatal errors first), so the list reads top to bottom like the file.
  const order = located.map((f, index) => ({ f, index }));
  order.sort(
    (a, b) =>
      Number(!!b.f.fatal) - Number(!!a.f.fatal) ||
      (a.f.line ?? 0) - (b.f.line ?? 0) ||
      (a.f.column ?? 0) - (b.f.column ?? 0) ||
      a.index - b.index,
  );
  const sorted = order.map((x) => x.f);
  return feed ? { findings: sorted, feed } : { findings: sorted };
}
