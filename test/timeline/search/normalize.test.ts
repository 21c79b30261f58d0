// The search's canonical form of text (src/timeline/search/normalize.ts): every rule on its own,
// then mixed scripts and queries as people type them. All words are everyday vocabulary.
import { expect } from '@open-wc/testing';
import { matchesAll, normalize, searchTerms } from '../../../src/timeline/search/normalize.js';

/** Both spellings reduce to the same canonical form. */
const same = (a: string, b: string) => expect(normalize(a), `${a} ≠ ${b}`).to.equal(normalize(b));

describe('search normalisation', () => {
  describe('Arabic letter forms', () => {
    it('makes every alef form a plain alef: أ إ آ ٱ ا', () => {
      expect(normalize('أ')).to.equal('ا');
      expect(normalize('إ')).to.equal('ا');
      expect(normalize('آ')).to.equal('ا');
      expect(normalize('ٱ')).to.equal('ا');
      same('أحمد', 'احمد');
      same('إدارة', 'ادارة');
      same('آمال', 'امال');
      same('ٱلمدرسة', 'المدرسة');
    });

    it('takes decomposed alef forms (alef + madda / hamza mark) the same way', () => {
      same('\u0627\u0653', 'آ');
      same('\u0627\u0654', 'أ');
      same('\u0627\u0655', 'إ');
    });

    it('makes the hamza on waw and on yaa the bare hamza: ؤ ئ ء', () => {
      expect(normalize('ؤ')).to.equal('ء');
      expect(normalize('ئ')).to.equal('ء');
      expect(normalize('ء')).to.equal('ء');
      same('مسؤول', 'مسئول');
      same('مسؤول', 'مسءول');
      same('شؤون', 'شئون');
      // Decomposed (waw / yaa + hamza above), as some keyboards and copied text give them.
      same('\u0645\u0633\u0648\u0654\u0648\u0644', 'مسؤول');
      same('\u0628\u064a\u064a\u0654\u0629', 'بيئة');
    });

    it('does not take a waw or yaa without hamza for one with', () => {
      expect(normalize('مسوول')).not.to.equal(normalize('مسؤول'));
      expect(normalize('ي')).to.equal('ي');
      expect(normalize('و')).to.equal('و');
    });

    it('makes taa marbuta haa: ة → ه', () => {
      expect(normalize('ة')).to.equal('ه');
      same('مدرسة', 'مدرسه');
      same('التوعية', 'التوعيه');
    });

    it('makes alef maqsura yaa: ى → ي', () => {
      expect(normalize('ى')).to.equal('ي');
      same('المثنى', 'المثني');
      same('مستشفى', 'مستشفي');
    });

    it('reads the Persian/Kurdish keheh and yeh as kaf and yaa: ک ی', () => {
      same('کتاب', 'كتاب');
      same('ی', 'ي');
    });

    it('drops tatweel', () => {
      same('بـــغداد', 'بغداد');
      same('ـمـركـز', 'مركز');
    });
  });

  describe('Arabic diacritics', () => {
    const base = 'ب';
    const marks: [string, string][] = [
      ['fatha', '\u064e'],
      ['damma', '\u064f'],
      ['kasra', '\u0650'],
      ['fathatan', '\u064b'],
      ['dammatan', '\u064c'],
      ['kasratan', '\u064d'],
      ['shadda', '\u0651'],
      ['sukun', '\u0652'],
      ['superscript alef', '\u0670'],
      ['maddah above', '\u0653'],
      ['hamza below', '\u0655'],
      ['small high meem (Quranic)', '\u06e2'],
    ];
    for (const [name, mark] of marks) {
      it(`drops the ${name}`, () => {
        expect(normalize(base + mark)).to.equal(base);
      });
    }

    it('finds a fully vowelled word by its bare letters and the reverse', () => {
      same('مُحَمَّدٌ', 'محمد');
      same('الْمَدْرَسَةُ', 'المدرسة');
      same('هٰذا', 'هذا');
      same('رَحْمٰن', 'رحمن');
    });
  });

  describe('digits', () => {
    it('makes Arabic-Indic, Extended Arabic-Indic and Latin digits one', () => {
      expect(normalize('٠١٢٣٤٥٦٧٨٩')).to.equal('0123456789');
      expect(normalize('۰۱۲۳۴۵۶۷۸۹')).to.equal('0123456789');
      expect(normalize('0123456789')).to.equal('0123456789');
      same('٢٠٢٣', '2023');
      same('۲۰۲۳', '2023');
      same('٢٠٢٣', '۲۰۲۳');
    });

    it('keeps digits within a word together', () => {
      expect(normalize('COVID-19')).to.equal('covid 19');
      expect(normalize('ورشة٣')).to.equal('ورشه3');
    });
  });

  describe('Latin and other scripts', () => {
    it('ignores case', () => {
      same('YOUTH', 'youth');
      same('Youth Centre', 'youth centre');
    });

    it('ignores accents, precomposed or combining', () => {
      same('Café', 'cafe');
      same('cafe\u0301', 'cafe');
      same('Éducation', 'education');
      same('naïve façade', 'naive facade');
      same('São Tomé', 'sao tome');
      same('İstanbul', 'istanbul');
    });

    it('spells out ligatures, full-width and presentation forms', () => {
      same('ﬁeld', 'field');
      same('ＡＢＣ', 'abc');
      same('ﻻ', 'لا');
      same('ﺑﻐﺪﺍﺩ', 'بغداد');
    });

    it('takes characters beyond the BMP (mathematical letters, emoji) in stride', () => {
      same('𝐘𝐨𝐮𝐭𝐡', 'youth');
      expect(normalize('youth 🌱 centre')).to.equal('youth centre');
    });
  });

  describe('words', () => {
    it('separates words at anything that is not a letter or a digit, once', () => {
      expect(normalize('  al-Muthanna,  Iraq!  ')).to.equal('al muthanna iraq');
      expect(normalize('المثنى، العراق؟')).to.equal('المثني العراق');
      expect(normalize('a\u00a0b\u2013c\u2019d')).to.equal('a b c d');
      expect(normalize('line one\nline two')).to.equal('line one line two');
    });

    it('keeps words apart around a character that spells out as punctuation (⑴ is "(1)")', () => {
      expect(normalize('a⑴b')).to.equal('a 1 b');
      expect(normalize('½')).to.equal('1 2');
    });

    it('gives nothing for text without letters or digits', () => {
      expect(normalize('')).to.equal('');
      expect(normalize(' \u064e ، - ')).to.equal('');
    });

    it('normalises mixed Arabic and English text in one go', () => {
      expect(normalize('ورشة «Youth Café» في المُثَنّى ٢٠٢٣')).to.equal(
        'ورشه youth cafe في المثني 2023',
      );
    });

    it('handles a long text (beyond its working buffer)', () => {
      const long = 'أ'.repeat(5000) + ' Café '.repeat(2000);
      const out = normalize(long);
      expect(out.startsWith('ا'.repeat(5000) + ' cafe cafe')).to.equal(true);
      expect(out.endsWith('cafe')).to.equal(true);
    });
  });

  describe('queries', () => {
    it('splits a query into distinct canonical words', () => {
      expect(searchTerms('  Youth  youth CENTRE ')).to.deep.equal(['youth', 'centre']);
      expect(searchTerms('المُثنّى ٢٠٢٣')).to.deep.equal(['المثني', '2023']);
    });

    it('drops a word that another word of the query contains', () => {
      expect(searchTerms('re report')).to.deep.equal(['report']);
    });

    it('has no words for an empty query or one of only marks and punctuation', () => {
      expect(searchTerms('')).to.deep.equal([]);
      expect(searchTerms('   ')).to.deep.equal([]);
      expect(searchTerms('ً ، !')).to.deep.equal([]);
    });

    it('matches when every word occurs, in any order, also inside words', () => {
      const text = normalize('ورشة تدريبية في مركز الشباب، المثنى — Youth centre workshop');
      expect(matchesAll(text, searchTerms('مثنى ورشه'))).to.equal(true);
      expect(matchesAll(text, searchTerms('WORKSHOP youth'))).to.equal(true);
      expect(matchesAll(text, searchTerms('الشباب centre'))).to.equal(true);
      expect(matchesAll(text, searchTerms('youth basra'))).to.equal(false);
      expect(matchesAll(text, searchTerms('بغداد'))).to.equal(false);
    });
  });
});
