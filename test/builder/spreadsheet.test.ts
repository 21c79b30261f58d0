// The embed builder's "Start from a spreadsheet" step (demo/builder.html), in Chromium: choose a
// file → the page converts it with the command line's converter → the previews show the
// activities in Arabic and English → the downloaded feed.json passes the feed's rules. Every
// skipped row is listed with its number and reason, in the language chosen. Fixtures are
// generated test data (scripts/make-sheet-fixtures.mjs); organisations are placeholders.
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse.js';

const LANGS = ['en', 'ar'] as const;

async function until<T>(
  what: string,
  fn: () => T | undefined | null | false,
  ms = 15_000,
): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = fn();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

interface Builder {
  readonly frame: HTMLIFrameElement;
  readonly doc: Document;
  readonly win: Window & typeof globalThis;
  $<E extends HTMLElement = HTMLElement>(id: string): E;
}

async function openBuilder(): Promise<Builder> {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '1280px';
  frame.style.blockSize = '1600px';
  frame.src = '/demo/builder.html';
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  const win = frame.contentWindow as Window & typeof globalThis;
  const $ = <E extends HTMLElement>(id: string) => doc.getElementById(id) as E;
  await until(
    'the element list',
    () => (doc.getElementById('element') as HTMLSelectElement).options.length > 0,
  );
  return { frame, doc, win, $ };
}

/** Chooses a file as a user would: the input's files change, then `change` fires. */
async function choose(b: Builder, id: string, name: string, content: BlobPart) {
  const input = b.$<HTMLInputElement>(id);
  const transfer = new b.win.DataTransfer();
  transfer.items.add(new b.win.File([content], name));
  input.files = transfer.files;
  input.dispatchEvent(new b.win.Event('change', { bubbles: true }));
}

function type(b: Builder, id: string, value: string) {
  const input = b.$<HTMLInputElement>(id);
  input.value = value;
  input.dispatchEvent(new b.win.Event('input', { bubbles: true }));
}

const fixture = async (name: string) =>
  (await fetch(`/test/fixtures/sheets/${name}`)).arrayBuffer();

/** The text a reader sees in a preview (the element's shadow DOM). */
function previewText(b: Builder, lang: 'ar' | 'en'): string {
  const widget = b.$(`preview-${lang}`).firstElementChild as HTMLElement | null;
  return widget?.shadowRoot?.textContent ?? '';
}

describe('builder: start from a spreadsheet', () => {
  let b: Builder;
  afterEach(() => b?.frame.remove());

  for (const lang of LANGS) {
    it(`an .xlsx file: asks for the organization, then previews it in both languages and downloads a valid feed [${lang}]`, async () => {
      b = await openBuilder();
      const select = b.$<HTMLSelectElement>('sheet-lang');
      select.value = lang;
      await choose(b, 'sheet-file', 'activities.xlsx', await fixture('activities.xlsx'));
      const status = b.$('sheet-status');
      await until('the question', () => status.textContent);
      expect(status.textContent).to.match(lang === 'ar' ? /منظمتك/ : /fill in your organization/);
      expect(b.$('sheet-download').hidden).to.equal(true);

      type(b, 'org-id', 'test-org');
      type(b, 'org-name-en', 'Test Org (fictitious)');
      await until('the conversion', () => !b.$('sheet-download').hidden);
      expect(status.textContent).to.match(lang === 'ar' ? /حُوِّل 4 نشاطًا/ : /4 activities converted/);
      expect(b.$<HTMLInputElement>('feed-sheet').checked).to.equal(true);

      await until('the Arabic preview', () => previewText(b, 'ar').includes('ورشة تدريبية للشباب'));
      await until('the English preview', () =>
        previewText(b, 'en').includes('Youth training workshop'),
      );
      expect(b.$('preview-ar').firstElementChild!.tagName).to.equal('ISHRAQAT-TIMELINE');
      expect(b.$('preview-ar').firstElementChild!.getAttribute('lang')).to.equal('ar');
      expect(b.$<HTMLTextAreaElement>('snippet').value).to.contain('src="feed.json"');

      const link = b.$<HTMLAnchorElement>('sheet-download');
      expect(link.download).to.equal('feed.json');
      const json = await (await fetch(link.href)).json();
      expect(json.$schema).to.match(/schema\/feed-v1\.schema\.json$/);
      expect(json.organization).to.deep.equal({
        id: 'test-org',
        name: { en: 'Test Org (fictitious)' },
      });
      const feed = parseFeed(json);
      expect(feed.problems).to.deep.equal([]);
      expect(feed.activities.map((a) => a.date.text)).to.deep.equal([
        '2021-02-01',
        '2008-10-16',
        '2023-12-31',
        '2022-06',
      ]);
    });

    it(`lists every skipped row with its number and reason [${lang}]`, async () => {
      b = await openBuilder();
      b.$<HTMLSelectElement>('sheet-lang').value = lang;
      type(b, 'org-id', 'test-org');
      type(b, 'org-name-ar', 'منظمة الاختبار');
      const sheet = [
        'title_ar,title_en,date',
        'أولى,First,16/10/2008',
        'ثانية,Second,1/2/21',
        'ثالثة,Third,2023-02-30',
        'رابعة,Fourth,كانون الثاني 2021',
      ].join('\r\n');
      await choose(b, 'sheet-file', 'activities.csv', `\uFEFF${sheet}`);
      await until('the conversion', () => !b.$('sheet-download').hidden);
      const items = [...b.$('sheet-findings').querySelectorAll('li')];
      // Sheet values come bidi-isolated (U+2068 … U+2069); a reader sees only the text.
      const shown = (li: HTMLElement) => li.textContent!.replace(/[\u2068\u2069]/g, '');
      const skipped = items.filter((li) => li.dataset.severity === 'error');
      expect(skipped.map((li) => li.dataset.row)).to.deep.equal(['3', '4']);
      for (const li of skipped) expect(li.lang).to.equal(lang);
      if (lang === 'ar') {
        expect(shown(skipped[0]!)).to.contain('الصف 3');
        expect(shown(skipped[0]!)).to.contain('سنة من رقمين');
        expect(shown(skipped[1]!)).to.contain('الصف 4');
        expect(shown(skipped[0]!)).to.contain('لم يُحوَّل الصف');
      } else {
        expect(shown(skipped[0]!)).to.contain('row 3, column date');
        expect(shown(skipped[0]!)).to.contain('two-digit year');
        expect(shown(skipped[1]!)).to.contain('row 4, column date');
        expect(shown(skipped[1]!)).to.contain('is not a valid date (row skipped)');
      }
      // The guesses are said once for the column.
      const notes = items.filter((li) => li.dataset.severity === 'warning');
      expect(notes).to.have.length(1);
      const json = await (await fetch(b.$<HTMLAnchorElement>('sheet-download').href)).json();
      expect(json.language).to.equal('ar');
      expect(parseFeed(json).problems).to.deep.equal([]);
      expect(json.activities.map((a: { date: string }) => a.date)).to.deep.equal([
        '2008-10-16',
        '2021-01',
      ]);
    });
  }

  it('loads the converter only when a file is chosen', async () => {
    b = await openBuilder();
    const loaded = () =>
      b.win.performance.getEntriesByType('resource').some((e) => e.name.includes('/src/convert/'));
    expect(loaded(), 'before a file is chosen').to.equal(false);
    type(b, 'org-id', 'test-org');
    type(b, 'org-name-en', 'Test Org (fictitious)');
    await choose(b, 'sheet-file', 'a.csv', 'title,date\nOne,2021\n');
    await until('the conversion', () => !b.$('sheet-download').hidden);
    expect(loaded(), 'after').to.equal(true);
  });

  it('the step passes axe', async () => {
    b = await openBuilder();
    type(b, 'org-id', 'test-org');
    type(b, 'org-name-en', 'Test Org (fictitious)');
    await choose(b, 'sheet-file', 'a.csv', 'title,date\nOne,2021\nTwo,1/2/21\n');
    await until('the conversion', () => !b.$('sheet-download').hidden);
    // axe-core runs inside the builder's own page (its CSP allows scripts from the same origin).
    const script = b.doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const ready = new Promise((r) => script.addEventListener('load', r, { once: true }));
    b.doc.head.append(script);
    await ready;
    type Axe = { run: (n: Node) => Promise<{ violations: { id: string }[] }> };
    const { axe } = b.win as unknown as { axe: Axe };
    const { violations } = await axe.run(b.$('sheet-step'));
    expect(violations.map((v) => v.id)).to.deep.equal([]);
  });
});
