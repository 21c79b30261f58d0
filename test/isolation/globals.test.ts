// What importing the package does to a page, seen from a fresh frame (a realm of its own, with
// its own module map, so every module evaluates afresh there): it defines the custom elements and
// nothing else: no globals beyond Lit's own, no style sheet, no attribute. And registering twice,
// as two copies of the widgets on one page do (a CDN script and a bundle), never throws.
import { expect } from '@open-wc/testing';
import { safeDefine } from '../../src/base/define.js';
import { IshraqatTimeline } from '../../src/timeline/timeline.js';
import '../../src/timeline/define.js';

const TAGS = [
  'ishraqat-timeline',
  'ishraqat-partners',
  'ishraqat-counts',
  'ishraqat-chart',
  'ishraqat-impact',
];

/**
 * The globals Lit itself keeps (one per page, shared by every Lit library: versions, property
 * metadata, and dev-mode warnings already issued). The widgets must add none of their own.
 */
const LIT_GLOBALS = [
  'litPropertyMetadata',
  'reactiveElementVersions',
  'litHtmlVersions',
  'litElementVersions',
  'litIssuedWarnings',
];

type FrameWindow = Window & typeof globalThis;

/** A new same-origin frame, empty. */
async function freshFrame(): Promise<FrameWindow> {
  const iframe = document.createElement('iframe');
  iframe.title = 'import test';
  document.body.append(iframe);
  await new Promise((resolve) => setTimeout(resolve));
  return iframe.contentWindow as FrameWindow;
}

/**
 * Runs the module at `url` as a module script of the frame; resolves once it has evaluated,
 * rejects with the first error the frame reports. Nothing is put on the frame's window to do it.
 */
function importInFrame(win: FrameWindow, url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
    win.addEventListener('error', onError);
    const script = win.document.createElement('script');
    script.type = 'module';
    // An external module script: its load event comes once it (and its imports) have run.
    script.src = new URL(url, location.href).href;
    script.addEventListener('load', () => {
      win.removeEventListener('error', onError);
      if (errors.length) reject(errors[0]);
      else resolve();
    });
    script.addEventListener('error', () => reject(new Error(`could not load ${url}`)));
    win.document.head.append(script);
  });
}

/** Tags whose source exists: the root entry must define each of them. */
async function existingTags(): Promise<string[]> {
  const found: string[] = [];
  for (const tag of TAGS) {
    const response = await fetch(`/src/${tag.slice('ishraqat-'.length)}/define.ts`, {
      method: 'HEAD',
    });
    if (response.ok) found.push(tag);
  }
  return found;
}

describe('importing the package', () => {
  it('defines every element and adds no global of its own', async () => {
    const win = await freshFrame();
    const before = new Set(Object.getOwnPropertyNames(win));
    const sheets = win.document.styleSheets.length;
    await importInFrame(win, '/src/index.ts');

    const added = Object.getOwnPropertyNames(win).filter((name) => !before.has(name));
    expect(added.filter((name) => !LIT_GLOBALS.includes(name))).to.deep.equal([]);
    // Seen from the page's enumerable globals too (what `Object.keys(window)` shows).
    expect(Object.keys(win).filter((name) => !before.has(name) && !LIT_GLOBALS.includes(name))).to
      .be.empty;
    expect(TAGS.filter((tag) => win.customElements.get(tag))).to.deep.equal(await existingTags());
    expect(win.document.styleSheets.length, 'style sheets').to.equal(sheets);
    expect(win.document.adoptedStyleSheets, 'adopted style sheets').to.be.empty;
    expect(win.document.documentElement.getAttributeNames(), '<html> attributes').to.be.empty;
  });

  it('an element entry defines its element only', async () => {
    const win = await freshFrame();
    await importInFrame(win, '/src/counts/define.ts');
    expect(TAGS.filter((tag) => win.customElements.get(tag))).to.deep.equal(['ishraqat-counts']);
  });
});

describe('registering twice', () => {
  it('skips a tag another copy has defined, without an error, and defines the others', async () => {
    const win = await freshFrame();
    // An older copy of the widgets (another class) got to the timeline's tag first.
    class OtherCopy extends win.HTMLElement {}
    win.customElements.define('ishraqat-timeline', OtherCopy);
    await importInFrame(win, '/src/index.ts');
    expect(win.customElements.get('ishraqat-timeline')).to.equal(OtherCopy);
    const others = (await existingTags()).filter((tag) => tag !== 'ishraqat-timeline');
    expect(others.filter((tag) => !win.customElements.get(tag))).to.be.empty;
  });

  it('importing the same entries again changes nothing', async () => {
    const win = await freshFrame();
    await importInFrame(win, '/src/index.ts');
    const defined = TAGS.map((tag) => win.customElements.get(tag));
    // A second module instance (another URL) runs the registrations again.
    await importInFrame(win, '/src/timeline/define.ts?copy=2');
    await importInFrame(win, '/src/index.ts?copy=2');
    expect(TAGS.map((tag) => win.customElements.get(tag))).to.deep.equal(defined);
  });

  it('a second class for a defined tag is ignored, where customElements.define would throw', () => {
    class SecondCopy extends IshraqatTimeline {}
    expect(() => customElements.define('ishraqat-timeline', SecondCopy)).to.throw();
    expect(() => safeDefine('ishraqat-timeline', SecondCopy)).not.to.throw();
    expect(customElements.get('ishraqat-timeline')).to.equal(IshraqatTimeline);
  });
});
