// Forced colours (Windows High Contrast and the like): the timeline's line, markers and focus
// ring, the counts' progress bars and the chart's data table stay legible. Checked on computed
// styles (contrast of what paints each against the canvas); screenshots for a person to look
// at go to $ISHRAQAT_SHOTS when it is set. Made-up test data.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/timeline/define.js';
import '../../src/counts/define.js';
import '../../src/chart/define.js';
import { emulateMedia, screenshot, sendKeys, setViewport } from '../support/commands.js';

const feed = {
  version: 1,
  language: 'en',
  organization: { id: 'org', name: { en: 'Forced colours test organization', ar: 'منظمة اختبار' } },
  targets: [{ metric: 'participants', value: 200 }],
  activities: [
    { id: 'a', date: '2023-05', title: { en: 'First', ar: 'الأول' }, counts: { participants: 60 } },
    { id: 'b', date: '2022', title: { en: 'Second', ar: 'الثاني' }, counts: { participants: 40 } },
    { id: 'c', date: '2021', title: { en: 'Third', ar: 'الثالث' }, counts: { participants: 20 } },
  ],
};

/** [r, g, b, a] of a computed colour (rgb()/rgba()/color(srgb …)). */
function rgba(color: string): [number, number, number, number] {
  const ctx = document.createElement('canvas').getContext('2d')!;
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!, a! / 255];
}
const luminance = ([r, g, b]: number[]) => {
  const c = [r!, g!, b!].map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
};
function contrast(a: string, b: string): number {
  const [la, lb] = [luminance(rgba(a)), luminance(rgba(b))];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
/** The colour a box's 1-2px line is painted with: its inline-start border, else its background. */
function lineColor(style: CSSStyleDeclaration): string {
  if (parseFloat(style.borderInlineStartWidth) > 0 && style.borderInlineStartStyle !== 'none')
    return style.borderInlineStartColor;
  return style.backgroundColor;
}

for (const lang of ['en', 'ar']) {
  describe(`forced colours (${lang})`, function () {
    this.timeout(30_000);
    let canvas = '';
    before(async () => {
      await setViewport({ width: 900, height: 800 });
      await emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
      // The canvas colour the system gives pages in forced colours.
      const probe = document.body.appendChild(document.createElement('div'));
      probe.style.backgroundColor = 'Canvas';
      canvas = getComputedStyle(probe).backgroundColor;
      probe.remove();
    });
    after(() => emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference' }));

    it('the timeline keeps its line, markers and focus ring', async () => {
      const el = await fixture<HTMLElement>(
        html`<ishraqat-timeline lang=${lang} .feed=${feed}></ishraqat-timeline>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelectorAll('article').length === 3);
      const root = el.shadowRoot!;
      const item = root.querySelector('.item')!;
      const line = getComputedStyle(item, '::before');
      expect(contrast(lineColor(line), canvas), 'line against the canvas').to.be.at.least(3);
      const marker = getComputedStyle(root.querySelector('[part~="marker"]')!);
      expect(contrast(marker.borderTopColor, canvas), 'marker ring').to.be.at.least(3);
      expect(parseFloat(marker.borderTopWidth)).to.be.at.least(2);
      // Keyboard focus on the first activity.
      await sendKeys({ press: 'Tab' });
      const card = root.querySelector('article')!;
      await waitUntil(() => root.activeElement === card, 'focus did not reach the first activity');
      const focused = getComputedStyle(card);
      expect(focused.outlineStyle).to.not.equal('none');
      expect(parseFloat(focused.outlineWidth)).to.be.at.least(2);
      expect(contrast(focused.outlineColor, canvas), 'focus ring').to.be.at.least(3);
      await screenshot(`forced-colors-timeline-${lang}`);
    });

    it('the counts keep their progress bar', async () => {
      const el = await fixture<HTMLElement>(
        html`<ishraqat-counts lang=${lang} metrics="participants" .feed=${feed}></ishraqat-counts>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('[role="progressbar"] .fill'));
      const bar = el.shadowRoot!.querySelector('[role="progressbar"]')!;
      const fill = bar.querySelector('.fill')!;
      await waitUntil(() => fill.getBoundingClientRect().width > 0, 'bar never filled', {
        timeout: 5000,
      });
      const fillStyle = getComputedStyle(fill);
      expect(contrast(fillStyle.backgroundColor, canvas), 'fill against the canvas').to.be.at.least(
        3,
      );
      const track = getComputedStyle(bar);
      expect(track.outlineStyle, 'track edge').to.not.equal('none');
      expect(contrast(track.outlineColor, canvas), 'track edge').to.be.at.least(3);
      await screenshot(`forced-colors-counts-${lang}`);
    });

    it('the chart keeps its data table legible', async () => {
      const drawn = new Promise((resolve) =>
        document.addEventListener('ishraqat-chart-render', resolve, { once: true }),
      );
      const el = await fixture<HTMLElement>(
        html`<ishraqat-chart
          lang=${lang}
          metric="participants"
          by="year"
          .feed=${feed}
        ></ishraqat-chart>`,
      );
      await drawn;
      await waitUntil(() => el.shadowRoot!.querySelector('table'), 'no table', { timeout: 10_000 });
      const root = el.shadowRoot!;
      const toggle = root.querySelector<HTMLButtonElement>('[aria-expanded]');
      if (toggle?.getAttribute('aria-expanded') === 'false') toggle.click();
      await waitUntil(() => root.querySelector('table')!.getBoundingClientRect().height > 0);
      const cell = getComputedStyle(root.querySelector('tbody td')!);
      const head = getComputedStyle(root.querySelector('thead th')!);
      expect(contrast(cell.color, canvas), 'cell text').to.be.at.least(4.5);
      expect(contrast(head.color, canvas), 'header text').to.be.at.least(4.5);
      expect(contrast(cell.borderBottomColor, canvas), 'row rule').to.be.at.least(3);
      el.scrollIntoView();
      await screenshot(`forced-colors-chart-${lang}`);
    });
  });
}
