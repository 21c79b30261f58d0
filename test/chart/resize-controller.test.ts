// ResizeController (src/base/resize-controller.ts), which redraws the chart on resize.
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ResizeController, type Size } from '../../src/base/resize-controller.js';

class ResizeProbe extends LitElement {
  sizes: Size[] = [];
  readonly resize = new ResizeController(this, {
    target: () => this.renderRoot?.querySelector('.box'),
    onResize: (size) => this.sizes.push(size),
  });
  override render() {
    return html`<div class="box" style="block-size: 50px; padding: 5px"></div>`;
  }
}
customElements.define('resize-probe', ResizeProbe);

const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

describe('ResizeController', () => {
  it('reports the content box of its target, and each new size once', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="inline-size: 300px"><resize-probe></resize-probe></div>`,
    );
    const probe = wrapper.querySelector<ResizeProbe>('resize-probe')!;
    await waitUntil(() => probe.sizes.length === 1, 'no first size');
    expect(probe.sizes[0]).to.deep.equal({ width: 290, height: 50 });
    expect(probe.resize.measure()).to.deep.include({ width: 290, height: 50 });

    wrapper.style.inlineSize = '200px';
    wrapper.style.inlineSize = '180px';
    await waitUntil(() => probe.sizes.length === 2, 'no second size');
    await frame();
    await frame();
    expect(probe.sizes.map((s) => s.width)).to.deep.equal([290, 170]);
  });

  it('ignores CSS transforms, as the ResizeObserver does', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="inline-size: 300px; transform: scale(0.5)">
        <resize-probe></resize-probe>
      </div>`,
    );
    const probe = wrapper.querySelector<ResizeProbe>('resize-probe')!;
    await waitUntil(() => probe.sizes.length === 1, 'no first size');
    expect(probe.resize.measure()!.width).to.equal(290);
  });

  it('stops observing when the host leaves the page', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="inline-size: 300px"><resize-probe></resize-probe></div>`,
    );
    const probe = wrapper.querySelector<ResizeProbe>('resize-probe')!;
    await waitUntil(() => probe.sizes.length === 1, 'no first size');
    probe.remove();
    wrapper.style.inlineSize = '100px';
    wrapper.append(probe);
    // Back on the page: observed again, with the new size.
    await waitUntil(() => probe.sizes.length === 2, 'not observed again');
    expect(probe.sizes[1]!.width).to.equal(90);
    probe.remove();
    wrapper.style.inlineSize = '50px';
    await aTimeout(100);
    expect(probe.sizes).to.have.length(2);
  });
});
