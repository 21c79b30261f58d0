// A host page that configured @lit/localize BEFORE the widgets' modules load, with its own
// catalogue for the very same message ids. Our msg must neither throw nor answer with the
// host's strings; the host's msg must keep answering with them. (format.test.ts covers the
// other order: widgets first, host second.) Each test file runs in its own page.
import { expect } from '@open-wc/testing';
import { configureLocalization, msg as hostMsg, str as hostStr } from '@lit/localize';
// Types only: erased at compile time, so these modules still load after the host's set-up.
import type * as Localize from '../../src/i18n/localize.js';
import type * as Regions from '../../src/i18n/regions.js';

const TRY_AGAIN_ID = 'scd1dd6ff53d0d01a'; // generated id of the source text 'Try again'

const host = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['ar'],
  loadLocale: () =>
    Promise.resolve({
      templates: {
        [TRY_AGAIN_ID]: 'HOST: try again',
        'region.IQ-MU': 'HOST: Muthanna',
      },
    }),
});

describe('widgets loaded after a host configured @lit/localize', () => {
  let localize: typeof Localize;
  let regions: typeof Regions;

  before(async () => {
    await host.setLocale('ar');
    // Loaded only now, so that the host really came first.
    localize = await import('../../src/i18n/localize.js');
    regions = await import('../../src/i18n/regions.js');
    await localize.loadCatalogue('ar');
  });

  it('the host keeps its own locale and catalogue', () => {
    expect(host.getLocale()).to.equal('ar');
    expect(hostMsg('Try again')).to.equal('HOST: try again');
    expect(hostMsg('Al-Muthanna', { id: 'region.IQ-MU' })).to.equal('HOST: Muthanna');
    expect(hostMsg(hostStr`${3} items`)).to.equal('3 items');
  });

  it('our msg answers from our catalogues, per withLocale', () => {
    const { msg, withLocale } = localize;
    const tryAgain = () => msg('Try again');
    expect(withLocale('ar', tryAgain)).to.equal('أعد المحاولة');
    expect(withLocale('en', tryAgain)).to.equal('Try again');
    expect(tryAgain()).to.equal('Try again');
    expect(withLocale('ar', () => regions.regionName('IQ-MU'))).to.equal('المثنى');
    expect(withLocale('en', () => regions.regionName('IQ-MU'))).to.equal('Al-Muthanna');
  });

  it('switching the host locale changes nothing for us', async () => {
    const { msg, withLocale } = localize;
    await host.setLocale('en');
    expect(hostMsg('Try again')).to.equal('Try again');
    expect(withLocale('ar', () => msg('Try again'))).to.equal('أعد المحاولة');
    await host.setLocale('ar');
    expect(withLocale('en', () => msg('Try again'))).to.equal('Try again');
    expect(hostMsg('Try again')).to.equal('HOST: try again');
  });
});
