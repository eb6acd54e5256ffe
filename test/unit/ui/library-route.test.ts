import { describe, expect, test } from 'vitest';
import { familyPageHref, libraryHash, parseLibraryRoute, quoteFamilyHref, type LibraryRoute } from '@/utils/ui/library-route';

describe('library routes', () => {
  test.each<[string, LibraryRoute]>([
    ['', { view: 'articles' }],
    ['#', { view: 'articles' }],
    ['#families', { view: 'families' }],
    ['#family/https%3A%2F%2Fa.example%2Fx%3Fq%3D1/120', { view: 'family', articleId: 'https://a.example/x?q=1', offset: 120 }],
    ['#family/a/-3', { view: 'articles' }],
    ['#family/a/1.5', { view: 'articles' }],
    ['#family/a', { view: 'articles' }],
    ['#family/%E0%A4%A/1', { view: 'articles' }],
    ['#speakers', { view: 'speakers' }],
    ['#speaker/Sergio%20Gor', { view: 'speaker', name: 'Sergio Gor' }],
    ['#speaker/%20', { view: 'articles' }],
    ['#fidelity', { view: 'fidelity' }],
    ['#nonsense/1', { view: 'articles' }],
  ])('%s → %o', (hash, route) => {
    expect(parseLibraryRoute(hash)).toEqual(route);
  });

  test.each<LibraryRoute>([
    { view: 'family', articleId: 'https://a.example/x/y#z', offset: 0 },
    { view: 'speaker', name: 'Anne de la Fuente / Jr.' },
    { view: 'families' },
    { view: 'fidelity' },
  ])('%o survives its hash', (route) => {
    expect(parseLibraryRoute(libraryHash(route))).toEqual(route);
  });

  test('a checked quote opens its own family when the article is saved as checked, else its first version\'s', () => {
    const report = { quote: { start: 40 }, matches: [{ articleId: 'https://b.example/', start: 7 }] };
    expect(quoteFamilyHref(report, { article: { id: 'https://a.example/' }, saved: 'yes' })).toBe(familyPageHref('https://a.example/', 40));
    expect(quoteFamilyHref(report, { article: { id: 'https://a.example/' }, saved: 'no' })).toBe('library.html#family/https%3A%2F%2Fb.example%2F/7');
    expect(quoteFamilyHref(report, { article: { id: 'https://a.example/' }, saved: 'outdated' })).toBe(familyPageHref('https://b.example/', 7));
    expect(quoteFamilyHref({ quote: { start: 1 }, matches: [] }, { article: { id: 'x' }, saved: 'yes' })).toBeNull();
  });
});
