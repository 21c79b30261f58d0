// resolveText: the fallback order of feed-v1.md ("Localized text"): exact tag, then the primary
// language subtag, then the feed's language, then the first text present.
import { expect } from '@open-wc/testing';
import { resolveText, sameLanguage } from '../../src/feed/text.js';

describe('resolveText', () => {
  const both = { ar: 'نص عربي', en: 'English text' };

  it('returns undefined for missing or empty text', () => {
    expect(resolveText(undefined, 'en', 'en')).to.equal(undefined);
    expect(resolveText({}, 'en', 'en')).to.equal(undefined);
  });

  for (const lang of ['ar', 'en'] as const) {
    it(`picks the exact tag (${lang})`, () => {
      expect(resolveText(both, lang, 'ar')).to.deep.equal({ text: both[lang], lang });
      expect(resolveText(both, lang, 'en')).to.deep.equal({ text: both[lang], lang });
    });
  }

  it('prefers the exact regional tag over the bare language', () => {
    const text = { en: 'colour (en)', 'en-US': 'color (en-US)', 'en-GB': 'colour (en-GB)' };
    expect(resolveText(text, 'en-US', 'ar')).to.deep.equal({
      text: 'color (en-US)',
      lang: 'en-US',
    });
    expect(resolveText(text, 'en-GB', 'ar')).to.deep.equal({
      text: 'colour (en-GB)',
      lang: 'en-GB',
    });
  });

  it('matches tags case-insensitively and reports the tag as written in the feed', () => {
    expect(resolveText({ 'ar-iq': 'عراقي', en: 'x' }, 'ar-IQ', 'en')).to.deep.equal({
      text: 'عراقي',
      lang: 'ar-iq',
    });
  });

  it('falls back to the primary subtag: ar-IQ → ar', () => {
    expect(resolveText(both, 'ar-IQ', 'en')).to.deep.equal({ text: 'نص عربي', lang: 'ar' });
  });

  it('falls back to another region of the same language: en-US → en-GB', () => {
    expect(resolveText({ ar: 'عربي', 'en-GB': 'British' }, 'en-US', 'ar')).to.deep.equal({
      text: 'British',
      lang: 'en-GB',
    });
  });

  it('prefers the bare primary tag over another region of it', () => {
    const text = { 'ar-EG': 'مصري', ar: 'عربي', en: 'English' };
    expect(resolveText(text, 'ar-IQ', 'en')).to.deep.equal({ text: 'عربي', lang: 'ar' });
  });

  it('falls back to the feed language when the UI language is absent', () => {
    const text = { en: 'English', ar: 'عربي' };
    expect(resolveText(text, 'ku', 'ar')).to.deep.equal({ text: 'عربي', lang: 'ar' });
    expect(resolveText(text, 'ku', 'en')).to.deep.equal({ text: 'English', lang: 'en' });
  });

  it('the feed language matches by primary subtag too', () => {
    expect(resolveText({ fr: 'Français', 'ar-IQ': 'عراقي' }, 'ku', 'ar')).to.deep.equal({
      text: 'عراقي',
      lang: 'ar-IQ',
    });
  });

  it('falls back to the first text present when nothing else matches', () => {
    const text = { fr: 'Français', de: 'Deutsch' };
    expect(resolveText(text, 'en', 'ar')).to.deep.equal({ text: 'Français', lang: 'fr' });
  });

  it('each step wins over the next one', () => {
    const text = { fr: 'first', ar: 'feed', en: 'primary', 'en-GB': 'exact' };
    expect(resolveText(text, 'en-GB', 'ar')!.text).to.equal('exact');
    expect(resolveText(text, 'en-US', 'ar')!.text).to.equal('primary');
    expect(resolveText(text, 'ku', 'ar')!.text).to.equal('feed');
    expect(resolveText(text, 'ku', 'tr')!.text).to.equal('first');
  });

  it('returns the language it used, so callers can mark text in another language', () => {
    const picked = resolveText({ en: 'Only English' }, 'ar', 'ar')!;
    expect(picked.lang).to.equal('en');
    expect(sameLanguage(picked.lang, 'ar')).to.equal(false);
  });
});

describe('sameLanguage', () => {
  it('compares primary subtags, ignoring case and region', () => {
    expect(sameLanguage('ar', 'ar-IQ')).to.equal(true);
    expect(sameLanguage('EN-gb', 'en-US')).to.equal(true);
    expect(sameLanguage('ar', 'en')).to.equal(false);
  });
});
