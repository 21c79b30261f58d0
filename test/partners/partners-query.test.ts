// The pure helpers behind <ishraqat-partners>: which partners, grouped how, and the monogram
// that stands in for a logo. All organisations here are fictitious test data.
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse.js';
import { filterActivities } from '../../src/feed/query.js';
import { groupPartnersByRole, groupPartnersByType, partnersOf } from '../../src/partners/groups.js';
import type { Partner } from '../../src/feed/types.js';
import {
  contrastRatio,
  hashString,
  luminance,
  MONOGRAM_MIN_CONTRAST,
  monogramColor,
  monogramText,
} from '../../src/partners/monogram.js';

const feed = parseFeed({
  version: 1,
  language: 'en',
  organization: { id: 'org', name: 'Test Org (fictitious)' },
  partners: [
    { id: 'fund', name: 'Fictitious Fund', type: 'donor' },
    { id: 'gov', name: 'Test Ministry', type: 'government' },
    { id: 'agency', name: 'Test Agency', type: 'un' },
    { id: 'local', name: 'Local Test Group', type: 'ngo' },
    { id: 'unused', name: 'Unused Test Partner', type: 'other' },
  ],
  programs: [
    { id: 'p1', name: 'Program one' },
    { id: 'p2', name: 'Program two' },
  ],
  activities: [
    {
      id: 'a',
      date: '2022',
      title: 'A',
      program: 'p1',
      partners: [{ id: 'fund', role: 'funding' }, { id: 'local', role: 'implementing' }, 'gov'],
    },
    {
      id: 'b',
      date: '2023',
      title: 'B',
      program: 'p2',
      partners: [
        { id: 'fund', role: 'accountable' },
        { id: 'agency', role: 'extending' },
        { id: 'agency', role: 'funding' },
      ],
    },
    { id: 'c', date: '2023', title: 'C', program: 'p2', partners: ['local'] },
  ],
});

const ids = (partners: readonly Partner[]) => partners.map((p) => p.id);

describe('partner queries', () => {
  describe('partnersOf', () => {
    it('lists the partners the activities name, in feed order, without unused ones', () => {
      expect(ids(partnersOf(feed, feed.activities))).to.deep.equal([
        'fund',
        'gov',
        'agency',
        'local',
      ]);
    });

    it('follows the shared filters through the activities', () => {
      const p2 = filterActivities(feed.activities, { program: ['p2'] });
      expect(ids(partnersOf(feed, p2))).to.deep.equal(['fund', 'agency', 'local']);
      const in2022 = filterActivities(feed.activities, { to: '2022' });
      expect(ids(partnersOf(feed, in2022))).to.deep.equal(['fund', 'gov', 'local']);
    });

    it('narrows to the given types', () => {
      expect(ids(partnersOf(feed, feed.activities, ['un', 'donor']))).to.deep.equal([
        'fund',
        'agency',
      ]);
      expect(partnersOf(feed, feed.activities, ['media'])).to.deep.equal([]);
    });
  });

  describe('groupPartnersByRole', () => {
    it('groups in IATI order, a partner under every role it has, role-less last', () => {
      const groups = groupPartnersByRole(feed.activities, partnersOf(feed, feed.activities));
      expect(groups.map((g) => [g.role ?? null, ids(g.partners)])).to.deep.equal([
        ['funding', ['fund', 'agency']],
        ['accountable', ['fund']],
        ['extending', ['agency']],
        ['implementing', ['local']],
        [null, ['gov']],
      ]);
    });

    it('takes roles only from the activities given', () => {
      const a = filterActivities(feed.activities, { program: ['p1'] });
      const groups = groupPartnersByRole(a, partnersOf(feed, a));
      expect(groups.map((g) => [g.role ?? null, ids(g.partners)])).to.deep.equal([
        ['funding', ['fund']],
        ['implementing', ['local']],
        [null, ['gov']],
      ]);
    });

    it('leaves out empty groups', () => {
      expect(groupPartnersByRole(feed.activities, [])).to.deep.equal([]);
    });
  });

  describe('groupPartnersByType', () => {
    it('groups in the order of the partner types, empty ones left out', () => {
      const groups = groupPartnersByType([...feed.partners.values()]);
      expect(groups.map((g) => [g.type, ids(g.partners)])).to.deep.equal([
        ['donor', ['fund']],
        ['government', ['gov']],
        ['un', ['agency']],
        ['ngo', ['local']],
        ['other', ['unused']],
      ]);
    });
  });
});

const partner = (over: Partial<Partner>): Partner => ({
  id: 'x',
  name: { en: 'X' },
  type: 'other',
  ...over,
});

describe('monogram', () => {
  it('uses a compact short name whole', () => {
    expect(monogramText(partner({ shortName: { en: 'TFA' } }), 'en', 'en')).to.equal('TFA');
    expect(monogramText(partner({ shortName: { ar: 'ش01' } }), 'ar', 'ar')).to.equal('ش01');
  });

  it('borrows a compact short name from another language (an acronym is a mark)', () => {
    const p = partner({
      name: { en: 'Fictitious Electoral Body', ar: 'هيئة انتخابية تجريبية' },
      shortName: { ar: 'الهيئة التجريبية', en: 'FEB' },
    });
    expect(monogramText(p, 'ar', 'ar')).to.equal('FEB');
  });

  it('otherwise takes the initials of up to three words, skipping small words', () => {
    const p = partner({ name: { en: 'united fund for testing and trials' } });
    expect(monogramText(p, 'en', 'en')).to.equal('UFT');
    expect(monogramText(partner({ name: { en: 'Testers' } }), 'en', 'en')).to.equal('T');
  });

  it('drops the Arabic article and keeps Arabic initials from joining into a word', () => {
    const p = partner({ name: { ar: 'المنظمة العراقية للاختبار' } });
    expect(monogramText(p, 'ar', 'ar')).to.equal('م\u200cع\u200cا');
  });

  it('gives a stable colour per id, dark enough for white text', () => {
    expect(monogramColor('fund')).to.equal(monogramColor('fund'));
    expect(hashString('fund')).to.not.equal(hashString('gov'));
    const colours = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const colour = monogramColor(`partner-${i}`);
      colours.add(colour);
      const [r, g, b] = colour.match(/\d+/g)!.map(Number) as [number, number, number];
      expect(contrastRatio([r, g, b], [255, 255, 255]), colour).to.be.at.least(
        MONOGRAM_MIN_CONTRAST,
      );
    }
    expect(colours.size).to.be.greaterThan(50);
  });

  it('computes WCAG luminance and contrast', () => {
    expect(luminance([255, 255, 255])).to.be.closeTo(1, 1e-9);
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).to.be.closeTo(21, 1e-9);
  });
});
