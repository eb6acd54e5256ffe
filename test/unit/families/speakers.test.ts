/** A person's page: its quotes in date order, then save order, then article and place. */
import fc from 'fast-check';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { speakerDirectory, speakerView, type ShownQuote } from '@/utils/families/speakers';

const IDS = ['https://a.example/1', 'https://B.example/2', 'https://b.example/3', 'https://é.example/4'];
const DATES = ['2026-03-01', '2026-03-02', null];

const shown = (id: number, date: number, savedAt: number, start: number): ShownQuote => ({
  article: { id: IDS[id], outlet: 'Harbour Post', title: `t${id}`, url: IDS[id], date: DATES[date], savedAt },
  quote: { text: `q${id}-${start}`, start, end: start + 5, speaker: 'Ines Barrow' } as ShownQuote['quote'],
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('speakerView', () => {
  test('property: quotes ordered by date (none last), save time, article id as the locale orders it, then place', () => {
    const quote = fc.record({ id: fc.nat(IDS.length - 1), date: fc.nat(DATES.length - 1), savedAt: fc.nat(2), start: fc.nat(50) });
    fc.assert(fc.property(fc.array(quote, { maxLength: 12 }), (qs) => {
      const view = speakerView({ name: 'Ines Barrow', aliases: ['Ines Barrow'], nodes: qs.map((q) => shown(q.id, q.date, q.savedAt, q.start)) }, () => 1);
      const order = (a: { date: string | null; savedAt: number; articleId: string; start: number }, b: typeof a) =>
        (a.date === b.date ? 0 : !a.date ? 1 : !b.date ? -1 : a.date < b.date ? -1 : 1) || a.savedAt - b.savedAt || a.articleId.localeCompare(b.articleId) || a.start - b.start;
      expect(view.quotes).toEqual([...view.quotes].sort(order));
    }));
  });

  test('property: a page of `limit` quotes is the first `limit` of the whole page, with the whole count and every outlet', () => {
    const quote = fc.record({ id: fc.nat(IDS.length - 1), date: fc.nat(DATES.length - 1), savedAt: fc.nat(2), start: fc.nat(50) });
    fc.assert(fc.property(fc.array(quote, { maxLength: 12 }), fc.integer({ min: 1, max: 14 }), (qs, limit) => {
      const nodes = qs.map((q, i) => ({ ...shown(q.id, q.date, q.savedAt, q.start), article: { ...shown(q.id, q.date, q.savedAt, q.start).article, outlet: `Outlet ${i % 3}` } }));
      const whole = speakerView({ name: 'Ines Barrow', aliases: ['Ines Barrow'], nodes }, () => 1);
      const page = speakerView({ name: 'Ines Barrow', aliases: ['Ines Barrow'], nodes }, () => 1, limit);
      expect(page.quotes).toEqual(whole.quotes.slice(0, limit));
      expect(page.total).toBe(qs.length);
      expect(whole.total).toBe(whole.quotes.length);
      expect(page.outlets).toEqual(whole.outlets);
    }));
  });

  test('quotes of one article are ordered without a locale comparison (its first call in a worker loads the collator)', () => {
    const compare = vi.spyOn(String.prototype, 'localeCompare');
    const view = speakerView({ name: 'Ines Barrow', aliases: ['Ines Barrow'], nodes: [shown(0, 0, 1, 40), shown(0, 0, 1, 3), shown(0, 0, 1, 20)] }, () => 1);
    expect(view.quotes.map((q) => q.start)).toEqual([3, 20, 40]);
    expect(compare).not.toHaveBeenCalled();
  });
});

describe('speakerDirectory: a person\'s names', () => {
  const credit = (speaker: string, outlet = 'Harbour Post') => ({ quote: { speaker }, article: { outlet } });
  test.each([
    ['the short form met first', ['Vell', 'Tomas Vell', 'Tomas Vell']],
    ['the full form met first', ['Tomas Vell', 'Vell', 'Tomas Vell']],
    ['a title form between', ['Mr. Vell', 'Tomas Vell', 'Vell', 'Tomas Vell']],
  ])('the canonical name first, the others in one order whatever order the quotes come in: %s', (_name, names) => {
    const forward = speakerDirectory(names.map((n) => credit(n)));
    const backward = speakerDirectory([...names].reverse().map((n) => credit(n)));
    expect(forward).toHaveLength(1);
    expect(forward[0].aliases[0]).toBe('Tomas Vell');
    expect(forward[0].aliases).toEqual(backward[0].aliases);
    expect(new Set(forward[0].aliases)).toEqual(new Set(names));
  });
});
