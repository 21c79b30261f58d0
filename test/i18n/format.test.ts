// Language, direction, formatting locale, Intl formatting at each date's precision (with no
// time-zone shift, checked in a far-east and a far-west zone), plurals, and per-element `msg`.
import { expect, fixture, html } from '@open-wc/testing';
import { configureLocalization, msg as hostMsg } from '@lit/localize';
import { parseFeed, toFeedDate } from '../../src/feed/parse.js';
import { problem } from '../../src/feed/problem.js';
import {
  formatDate,
  formatDateRange,
  formatHijri,
  formatList,
  formatNumber,
  formatYear,
  isoDate,
  plural,
  pluralCategory,
  type PluralForms,
} from '../../src/i18n/format.js';
import { directionOf, formatLocale, languageOf } from '../../src/i18n/locale.js';
import {
  catalogueReady,
  loadCatalogue,
  msg,
  registerCatalogue,
  str,
  UI_LOCALES,
  uiLocaleFor,
  withLocale,
} from '../../src/i18n/localize.js';
import { countLabel, pluralForm } from '../../src/i18n/count-labels.js';
import { countName } from '../../src/i18n/messages.js';
import { problemText } from '../../src/i18n/problem-reasons.js';
import { regionName } from '../../src/i18n/regions.js';
import { setTimezone } from '../support/commands.js';

const d = toFeedDate;
const AR_IQ = formatLocale('ar', { country: 'IQ' });

describe('formatLocale', () => {
  it('completes a bare language with the feed’s country', () => {
    expect(formatLocale('ar', { country: 'IQ' })).to.equal('ar-IQ');
    expect(formatLocale('en', { country: 'IQ' })).to.equal('en-IQ');
    expect(formatLocale('ar', { country: 'iq' })).to.equal('ar-IQ');
  });

  it('leaves a bare language alone without a country', () => {
    expect(formatLocale('ar')).to.equal('ar');
    expect(formatLocale('en')).to.equal('en');
  });

  it('keeps the language’s own region', () => {
    expect(formatLocale('ar-EG', { country: 'IQ' })).to.equal('ar-EG');
    expect(formatLocale('en-GB', { country: 'IQ' })).to.equal('en-GB');
  });

  it('numerals override the locale’s digits', () => {
    expect(formatLocale('ar', { country: 'IQ', numerals: 'latn' })).to.equal('ar-IQ-u-nu-latn');
    expect(formatLocale('en', { numerals: 'arab' })).to.equal('en-u-nu-arab');
    expect(formatLocale('ar-IQ-u-nu-arab', { numerals: 'latn' })).to.equal('ar-IQ-u-nu-latn');
  });

  it('falls back to English for a tag Intl cannot read', () => {
    expect(formatLocale('not a tag', { country: 'IQ' })).to.equal('en-IQ');
  });
});

describe('directionOf', () => {
  for (const lang of ['ar', 'ar-IQ', 'AR', 'he', 'fa', 'ur', 'ckb', 'ku-Arab', 'ps', 'yi']) {
    it(`${lang} is right-to-left`, () => expect(directionOf(lang)).to.equal('rtl'));
  }
  for (const lang of ['en', 'en-IQ', 'fr', 'ku', 'tr', 'ar-Latn', 'zh-Hant']) {
    it(`${lang} is left-to-right`, () => expect(directionOf(lang)).to.equal('ltr'));
  }
  it('a tag Intl cannot read falls back on its first subtag', () => {
    expect(directionOf('ar-!!')).to.equal('rtl');
    expect(directionOf('x')).to.equal('ltr');
  });
});

describe('plurals', () => {
  it('picks a form from a label written as forms separated by |', () => {
    const six = 'z|o|t|f|m|x';
    expect([0, 1, 2, 3, 11, 100].map((n) => pluralForm(six, n, 'ar'))).to.deep.equal([
      'z',
      'o',
      't',
      'f',
      'm',
      'x',
    ]);
    // English gives one|other; in a language whose translation is missing, `one` still picks
    // the first form and every other category the last.
    expect([1, 2].map((n) => pluralForm('activity|activities', n, 'en'))).to.deep.equal([
      'activity',
      'activities',
    ]);
    expect([0, 1, 2, 11].map((n) => pluralForm('activity|activities', n, 'ar'))).to.deep.equal([
      'activities',
      'activity',
      'activities',
      'activities',
    ]);
  });

  const forms: PluralForms = {
    zero: 'zero form',
    one: 'one form',
    two: 'two form',
    few: 'few form',
    many: 'many form',
    other: 'other form',
  };
  const arabic: [number, Intl.LDMLPluralRule][] = [
    [0, 'zero'],
    [1, 'one'],
    [2, 'two'],
    [3, 'few'],
    [10, 'few'],
    [11, 'many'],
    [99, 'many'],
    [100, 'other'],
    [102, 'other'],
    [103, 'few'],
  ];
  for (const [n, category] of arabic) {
    it(`Arabic ${n} → ${category}`, () => {
      expect(pluralCategory(n, 'ar')).to.equal(category);
      expect(pluralCategory(n, AR_IQ)).to.equal(category);
      expect(plural(n, 'ar', forms)).to.equal(`${category} form`);
    });
  }
  it('English has one and other only', () => {
    expect([0, 1, 2, 3, 11, 100].map((n) => plural(n, 'en', forms))).to.deep.equal([
      'other form',
      'one form',
      'other form',
      'other form',
      'other form',
      'other form',
    ]);
  });
});

/** The same expectations, whatever the visitor's time zone. */
function dateExpectations() {
  it('a year shows as a year', () => {
    expect(formatDate(d('2023'), 'en')).to.equal('2023');
    expect(formatDate(d('2024'), 'en')).to.equal('2024');
    expect(formatDate(d('2023'), AR_IQ)).to.equal('٢٠٢٣');
  });

  it('a month shows as a month, with Iraqi month names in ar-IQ', () => {
    expect(formatDate(d('2023-12'), 'en')).to.equal('December 2023');
    expect(formatDate(d('2024-03'), 'en')).to.equal('March 2024');
    expect(formatDate(d('2023-12'), AR_IQ)).to.equal('كانون الأول ٢٠٢٣');
    expect(formatDate(d('2024-01'), AR_IQ)).to.equal('كانون الثاني ٢٠٢٤');
    expect(formatDate(d('2024-02'), AR_IQ)).to.equal('شباط ٢٠٢٤');
  });

  it('a day shows as that day, even on the first and last of a year', () => {
    expect(formatDate(d('2023-12-18'), 'en')).to.equal('December 18, 2023');
    expect(formatDate(d('2024-01-01'), 'en')).to.equal('January 1, 2024');
    expect(formatDate(d('2023-12-31'), 'en')).to.equal('December 31, 2023');
    expect(formatDate(d('2023-12-18'), AR_IQ)).to.equal('١٨ كانون الأول ٢٠٢٣');
    expect(formatDate(d('2024-01-01'), AR_IQ)).to.equal('١ كانون الثاني ٢٠٢٤');
    expect(formatDate(d('2024-02-29'), AR_IQ)).to.equal('٢٩ شباط ٢٠٢٤');
  });

  it('Latin digits in Arabic with numerals="latn"', () => {
    const latn = formatLocale('ar', { country: 'IQ', numerals: 'latn' });
    expect(formatDate(d('2023-12-18'), latn)).to.equal('18 كانون الأول 2023');
    expect(formatYear(2023, latn)).to.equal('2023');
  });

  it('ranges at one precision, and across precisions', () => {
    expect(formatDateRange(d('2023-12-18'), d('2023-12-20'), 'en')).to.equal(
      'December 18 – 20, 2023',
    );
    expect(formatDateRange(d('2023-12-18'), d('2023-12-20'), AR_IQ)).to.equal(
      '١٨–٢٠ كانون الأول ٢٠٢٣',
    );
    expect(formatDateRange(d('2023-11'), d('2024-02'), 'en')).to.equal(
      'November 2023 – February 2024',
    );
    expect(formatDateRange(d('2023-11-05'), d('2024'), 'en')).to.equal('November 5, 2023 – 2024');
    expect(formatDateRange(d('2023-05'), undefined, 'en')).to.equal('May 2023');
    expect(formatDateRange(d('2023-05'), d('2023-05'), 'en')).to.equal('May 2023');
  });

  it('the Hijri date of a day, with its era', () => {
    expect(formatHijri(d('2023-12-18'), 'en')).to.equal('Jumada II 5, 1445 AH');
    expect(formatHijri(d('2023-12-18'), AR_IQ)).to.equal('٥ جمادى الآخرة ١٤٤٥ هـ');
    expect(formatHijri(d('2024-01-01'), 'en')).to.equal('Jumada II 19, 1445 AH');
    expect(formatHijri(d('2023-12'), AR_IQ)).to.equal(undefined);
    expect(formatHijri(d('2023'), AR_IQ)).to.equal(undefined);
  });

  it('the machine-readable date is the feed’s own text', () => {
    expect(isoDate(d('2023-12-18'))).to.equal('2023-12-18');
    expect(isoDate(d('2023-05'))).to.equal('2023-05');
  });
}

describe('dates at their precision, with no time-zone shift', () => {
  describe('in the machine’s time zone', dateExpectations);

  for (const [zone, hourOfUtcMidnight, dayOfUtcMidnight] of [
    ['Pacific/Kiritimati', 14, 1], // UTC+14
    ['Pacific/Pago_Pago', 13, 31], // UTC−11: UTC midnight of 1 January is 31 December here
  ] as const) {
    describe(`in ${zone}`, () => {
      beforeEach(() => setTimezone(zone));
      afterEach(() => setTimezone(''));

      it('the zone is really in effect', () => {
        expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(zone);
        const utcMidnight = new Date(Date.UTC(2024, 0, 1));
        expect(utcMidnight.getHours()).to.equal(hourOfUtcMidnight);
        expect(utcMidnight.getDate()).to.equal(dayOfUtcMidnight);
      });

      dateExpectations();
    });
  }
});

describe('numbers', () => {
  it('use the locale’s digits, or the numerals override', () => {
    expect(formatNumber(15000, 'en')).to.equal('15,000');
    expect(formatNumber(15000, AR_IQ)).to.equal('١٥٬٠٠٠');
    expect(formatNumber(15000, formatLocale('ar', { country: 'IQ', numerals: 'latn' }))).to.equal(
      '15,000',
    );
    expect(formatNumber(120, formatLocale('en', { numerals: 'arab' }))).to.equal('١٢٠');
  });

  it('years have no grouping separator', () => {
    expect(formatYear(2023, 'en')).to.equal('2023');
    expect(formatYear(2023, AR_IQ)).to.equal('٢٠٢٣');
  });

  it('lists join with the locale’s conjunction', () => {
    expect(formatList(['IHEC', 'UNAMI', 'UNDP'], 'en')).to.equal('IHEC, UNAMI, and UNDP');
    expect(formatList(['IHEC', 'UNAMI', 'UNDP'], AR_IQ)).to.equal('IHEC وUNAMI وUNDP');
  });
});

describe('languageOf', () => {
  let pageLang: string;
  beforeEach(() => (pageLang = document.documentElement.lang));
  afterEach(() => (document.documentElement.lang = pageLang));

  it('an element’s own lang wins', async () => {
    const el = await fixture(html`<div lang="en"><p lang="ar-iq">x</p></div>`);
    expect(languageOf(el.querySelector('p')!)).to.equal('ar-IQ');
    expect(languageOf(el)).to.equal('en');
  });

  it('else the nearest ancestor’s', async () => {
    const el = await fixture(
      html`<section lang="fr">
        <div lang="ar">
          <div><span>x</span></div>
        </div>
      </section>`,
    );
    expect(languageOf(el.querySelector('span')!)).to.equal('ar');
  });

  it('crossing shadow roots to the host’s ancestors', async () => {
    const outer = await fixture(html`<div lang="ar"><div class="host"></div></div>`);
    const host = outer.querySelector('.host')!;
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    const wrapper = document.createElement('div');
    wrapper.append(inner);
    root.append(wrapper);
    expect(languageOf(inner)).to.equal('ar');
    wrapper.lang = 'en';
    expect(languageOf(inner)).to.equal('en');
  });

  it('else the page’s, else English', async () => {
    const el = await fixture(html`<div><span>x</span></div>`);
    const span = el.querySelector('span')!;
    document.documentElement.lang = 'ar';
    expect(languageOf(span)).to.equal('ar');
    document.documentElement.lang = 'en-GB';
    expect(languageOf(span)).to.equal('en-GB');
    document.documentElement.removeAttribute('lang');
    expect(languageOf(span)).to.equal('en');
  });

  it('an element not in the document takes the page’s language', () => {
    document.documentElement.lang = 'ar';
    expect(languageOf(document.createElement('span'))).to.equal('ar');
  });

  it('an empty lang attribute does not count', async () => {
    const el = await fixture(html`<div lang="ar"><span lang="  ">x</span></div>`);
    expect(languageOf(el.querySelector('span')!)).to.equal('ar');
  });
});

describe('msg and withLocale', () => {
  const tryAgain = () => msg('Try again');
  const notADate = (value: string) =>
    msg(str`${value} is not a valid date`, { desc: 'Problem in a feed.' });

  // Catalogues load on first use (elements await this before their first update).
  before(() => loadCatalogue('ar'));

  it('ships English (source) and Arabic', () => {
    expect(UI_LOCALES).to.deep.equal(['en', 'ar']);
  });

  it('picks the UI locale from a language tag', () => {
    expect(uiLocaleFor('ar')).to.equal('ar');
    expect(uiLocaleFor('ar-IQ')).to.equal('ar');
    expect(uiLocaleFor('AR-iq')).to.equal('ar');
    expect(uiLocaleFor('en-GB')).to.equal('en');
    expect(uiLocaleFor('ku')).to.equal('en');
  });

  it('answers in the locale of withLocale, and in English outside it', () => {
    expect(withLocale('ar', tryAgain)).to.equal('أعد المحاولة');
    expect(withLocale('en', tryAgain)).to.equal('Try again');
    expect(tryAgain()).to.equal('Try again');
  });

  it('fills str placeholders in the translation', () => {
    expect(withLocale('ar', () => notADate('"2023-13-40"'))).to.equal(
      '"2023-13-40" ليس تاريخًا صحيحًا',
    );
    expect(withLocale('en', () => notADate('"2023-13-40"'))).to.equal(
      '"2023-13-40" is not a valid date',
    );
  });

  it('looks up messages by explicit id', () => {
    expect(withLocale('ar', () => regionName('IQ-MU'))).to.equal('المثنى');
    expect(withLocale('en', () => regionName('iq-mu'))).to.equal('Al-Muthanna');
    expect(withLocale('ar', () => regionName('XX-YY'))).to.equal(undefined);
  });

  it('localizes problem reasons', () => {
    const p = problem({ path: 'activities[3].date', code: 'date', value: '2023-13-40' });
    expect(withLocale('en', () => problemText(p))).to.equal(
      'activities[3].date: "2023-13-40" is not a valid date',
    );
    expect(withLocale('ar', () => problemText(p))).to.equal(
      'activities[3].date: "2023-13-40" ليس تاريخًا صحيحًا',
    );
  });

  it('nested withLocale restores the outer locale, also after a throw', () => {
    const seen = withLocale('ar', () => {
      const before = tryAgain();
      const inner = withLocale('en', tryAgain);
      try {
        withLocale('en', () => {
          throw new Error('boom');
        });
      } catch {
        // expected
      }
      return [before, inner, tryAgain()];
    });
    expect(seen).to.deep.equal(['أعد المحاولة', 'Try again', 'أعد المحاولة']);
    expect(tryAgain()).to.equal('Try again');
  });

  it('two widgets in two languages interleave without mixing', () => {
    const out: string[] = [];
    for (const locale of ['ar', 'en', 'ar', 'en']) out.push(withLocale(locale, tryAgain));
    expect(out).to.deep.equal(['أعد المحاولة', 'Try again', 'أعد المحاولة', 'Try again']);
  });

  it('registerCatalogue adds a UI language at run time, keyed as lit-localize builds it', async () => {
    // `qaa` is a private-use language code, so no real catalogue is touched. Its catalogue
    // lacks the second message, which then falls back to the English source. Its keys are
    // lit-localize's hashes ("Try again" → scd1dd6ff53d0d01a), so the hashing code loads first.
    registerCatalogue('QAA', { scd1dd6ff53d0d01a: 'TRY AGAIN (test catalogue)' });
    expect(uiLocaleFor('qaa-IQ')).to.equal('qaa');
    expect(catalogueReady('qaa')).to.equal(false);
    await loadCatalogue('qaa');
    expect(catalogueReady('qaa')).to.equal(true);
    expect(withLocale('qaa', tryAgain)).to.equal('TRY AGAIN (test catalogue)');
    expect(withLocale('qaa', () => notADate('x'))).to.equal('x is not a valid date');
  });

  describe('a host page that configures @lit/localize itself', () => {
    let setLocale: (locale: string) => Promise<void>;
    let getLocale: () => string;

    before(() => {
      // Throws if anything (our modules included) had already configured @lit/localize.
      ({ setLocale, getLocale } = configureLocalization({
        sourceLocale: 'en',
        targetLocales: ['ar'],
        loadLocale: () => Promise.resolve({ templates: {} }),
      }));
    });

    it('can configure it, switch it, and use its own msg', async () => {
      expect(getLocale()).to.equal('en');
      await setLocale('ar');
      expect(getLocale()).to.equal('ar');
      // The host's catalogue is empty, so its msg answers in its source language.
      expect(hostMsg('Try again')).to.equal('Try again');
    });

    it('does not change what our msg answers', async () => {
      await setLocale('ar');
      expect(withLocale('en', tryAgain)).to.equal('Try again');
      expect(withLocale('ar', tryAgain)).to.equal('أعد المحاولة');
      expect(withLocale('ar', () => notADate('"2023-13-40"'))).to.equal(
        '"2023-13-40" ليس تاريخًا صحيحًا',
      );
      await setLocale('en');
      expect(withLocale('ar', tryAgain)).to.equal('أعد المحاولة');
      expect(tryAgain()).to.equal('Try again');
    });
  });
});

for (const lang of ['en', 'ar'] as const) {
  describe(`count labels of keys named like Object.prototype members (${lang})`, () => {
    const keys = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__'];
    const feed = parseFeed({
      version: 1,
      organization: { id: 'test-org', name: 'Test Org (fictitious)' },
      metrics: keys.map((id) => ({ id, label: { en: `${id} units`, ar: `وحدات ${id}` } })),
      activities: [],
    });
    const label = (key: string) => (lang === 'en' ? `${key} units` : `وحدات ${key}`);

    before(() => loadCatalogue(lang));

    for (const key of keys) {
      it(`"${key}" takes the feed’s label, as any custom key`, () => {
        withLocale(lang, () => {
          expect(countLabel(key, 3, lang, feed, lang)).to.equal(label(key));
          expect(countName(key, lang, feed)).to.equal(label(key));
          expect(countName(key, lang)).to.equal(key);
        });
      });
    }
  });
}
