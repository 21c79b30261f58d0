// Shared by the isolation tests: fictitious test data, and waiting for a widget to be ready.
import { waitUntil } from '@open-wc/testing';

export const LANGS = ['en', 'ar'] as const;
export type Lang = (typeof LANGS)[number];

const logo = '/__feeds/logos/test-logo.svg';

/** A small feed of made-up data in both languages, with an image and a partner logo. */
export function testFeed() {
  return {
    version: 1,
    language: 'en',
    country: 'IQ',
    organization: { id: 'org', name: { en: 'Test Organization', ar: 'منظمة الاختبار' } },
    partners: [
      { id: 'p1', name: { en: 'Partner One', ar: 'الشريك الأول' }, type: 'ngo', logo },
      { id: 'p2', name: { en: 'Partner Two', ar: 'الشريك الثاني' }, type: 'donor' },
    ],
    activities: [
      {
        id: 'a-2023',
        date: '2023-12-18',
        title: { en: 'Day activity', ar: 'نشاط اليوم' },
        summary: { en: 'What happened that day.', ar: 'ما جرى في ذلك اليوم.' },
        partners: [{ id: 'p1', role: 'funding' }],
        counts: { participants: 120, women: 70 },
        images: [{ src: logo, alt: { en: 'Test image', ar: 'صورة تجريبية' } }],
        url: 'https://example.org/story',
      },
      {
        id: 'a-2021',
        date: '2021',
        title: { en: 'Year activity', ar: 'نشاط السنة' },
        partners: ['p2'],
        counts: { participants: 40 },
      },
    ],
  };
}

/** The shadow root of a widget once it shows `selector` (and is no longer busy). */
export async function ready(element: HTMLElement, selector: string): Promise<ShadowRoot> {
  await waitUntil(
    () =>
      element.shadowRoot?.querySelector(selector) &&
      element.shadowRoot.querySelector('[part~="base"]')?.getAttribute('aria-busy') === 'false',
    `${element.localName} never showed ${selector}`,
    { timeout: 10_000 },
  );
  await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return element.shadowRoot!;
}

/** The one element in `root` matching `selector`; fails the test when there is none. */
export function part<E extends Element = HTMLElement>(root: ParentNode, selector: string): E {
  const found = root.querySelector<E>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}
