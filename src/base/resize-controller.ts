import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The content-box width and height of an observed element, in CSS pixels (what a canvas needs). */
export interface Size {
  readonly width: number;
  readonly height: number;
}

export interface ResizeControllerOptions {
  /**
   * The element to watch, looked up after each update (it may be re-rendered); by default the
   * host itself.
   */
  target?: () => Element | null | undefined;
  /** Called with the new size once per animation frame at most, only when it changed. */
  onResize?: (size: Size) => void;
}

/**
 * Watches an element's size with a ResizeObserver while the host is connected, so an element
 * can redraw what CSS cannot lay out (a canvas chart) when its container changes size.
 * Sizes are batched to one callback per animation frame and repeated sizes are dropped;
 * observation stops when the host leaves the page, so nothing keeps a removed element alive.
 */
export class ResizeController implements ReactiveController {
  /** The last size seen, once the target has been measured. */
  size?: Size;

  private readonly _host: ReactiveControllerHost & Element;
  private readonly _options: ResizeControllerOptions;
  private _observer?: ResizeObserver;
  private _observed?: Element;
  private _frame = 0;
  private _pending?: Size;

  constructor(host: ReactiveControllerHost & Element, options: ResizeControllerOptions = {}) {
    this._host = host;
    this._options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this._observer ??= new ResizeObserver((entries) => this._onEntries(entries));
    this._observeTarget();
  }

  hostUpdated(): void {
    this._observeTarget();
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
    this._observer = undefined;
    this._observed = undefined;
    cancelAnimationFrame(this._frame);
    this._frame = 0;
    this._pending = undefined;
  }

  /**
   * The target's current content-box size, measured now (layout is flushed if needed). Like
   * the ResizeObserver's, it ignores CSS transforms: a scaled container does not shrink it.
   */
  measure(): Size | undefined {
    const target = this._target();
    if (!target) return undefined;
    const style = getComputedStyle(target);
    const px = (value: string) => parseFloat(value) || 0;
    return {
      width: Math.max(target.clientWidth - px(style.paddingLeft) - px(style.paddingRight), 0),
      height: Math.max(target.clientHeight - px(style.paddingTop) - px(style.paddingBottom), 0),
    };
  }

  private _target(): Element | null | undefined {
    return this._options.target ? this._options.target() : this._host;
  }

  private _observeTarget() {
    if (!this._observer) return;
    const target = this._target() ?? undefined;
    if (target === this._observed) return;
    if (this._observed) this._observer.unobserve(this._observed);
    this._observed = target;
    if (target) this._observer.observe(target);
  }

  private _onEntries(entries: ResizeObserverEntry[]) {
    const entry = entries.at(-1);
    if (!entry || entry.target !== this._observed) return;
    const { width, height } = entry.contentRect;
    this._pending = { width, height };
    if (this._frame) return;
    this._frame = requestAnimationFrame(() => {
      this._frame = 0;
      const size = this._pending;
      this._pending = undefined;
      if (!size || (size.width === this.size?.width && size.height === this.size?.height)) return;
      this.size = size;
      this._options.onResize?.(size);
    });
  }
}
