/**
 * Registers a custom element unless the tag is already taken: an embeddable widget is often
 * loaded twice on one page (a CDN script and a bundle), and the second copy must not throw.
 */
export function safeDefine(tag: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  customElements.define(tag, constructor);
}
