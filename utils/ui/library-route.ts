/**
 * The library page's views as hash routes, so other pages link straight to one: the panel's and
 * popup's "All versions" opens `library.html#family/<article id>/<offset>`.
 *
 * ```ts
 * parseLibraryRoute('#family/https%3A%2F%2Fa.example%2Fx/120') // → { view: 'family', articleId: 'https://a.example/x', offset: 120 }
 * libraryHash({ view: 'speaker', name: 'Sergio Gor' })          // → '#speaker/Sergio%20Gor'
 * ```
 */

export type LibraryRoute =
  | { view: 'articles' }
  | { view: 'families' }
  | { view: 'family'; articleId: string; offset: number }
  | { view: 'speakers' }
  | { view: 'speaker'; name: string }
  | { view: 'fidelity' };

/** The route a location hash names; anything unknown or malformed is the articles view. */
export function parseLibraryRoute(hash: string): LibraryRoute {
  const [head, ...rest] = hash.replace(/^#/, '').split('/');
  const decode = (s: string | undefined) => {
    try {
      return s === undefined ? null : decodeURIComponent(s);
    } catch {
      return null;
    }
  };
  switch (head) {
    case 'families':
    case 'speakers':
    case 'fidelity':
      return { view: head };
    case 'family': {
      const articleId = decode(rest[0]);
      const offset = Number(rest[1]);
      return articleId && rest.length === 2 && Number.isInteger(offset) && offset >= 0 ? { view: 'family', articleId, offset } : { view: 'articles' };
    }
    case 'speaker': {
      const name = decode(rest.join('/'));
      return name?.trim() ? { view: 'speaker', name } : { view: 'articles' };
    }
    default:
      return { view: 'articles' };
  }
}

/** The location hash of a route (ids and names percent-encoded: an article id is often a URL). */
export function libraryHash(route: LibraryRoute): string {
  switch (route.view) {
    case 'articles': return '#';
    case 'family': return `#family/${encodeURIComponent(route.articleId)}/${route.offset}`;
    case 'speaker': return `#speaker/${encodeURIComponent(route.name)}`;
    default: return `#${route.view}`;
  }
}

/** The library page's address (relative: the extension's pages sit side by side) for a family. */
export function familyPageHref(articleId: string, offset: number): string {
  return `library.html${libraryHash({ view: 'family', articleId, offset })}`;
}

/**
 * Where a checked quote's family page is: the quote itself when the checked article is saved as
 * checked, else its first version in another saved article (the family holds both); null when no
 * saved article carries it (a family of one).
 */
export function quoteFamilyHref(
  report: { quote: { start: number }; matches: ReadonlyArray<{ articleId: string; start: number }> },
  checked: { article: { id: string }; saved: 'no' | 'yes' | 'outdated' },
): string | null {
  const first = report.matches[0];
  if (!first) return null;
  return checked.saved === 'yes' ? familyPageHref(checked.article.id, report.quote.start) : familyPageHref(first.articleId, first.start);
}
