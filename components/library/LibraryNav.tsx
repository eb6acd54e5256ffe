import { libraryHash, type LibraryRoute } from '@/utils/ui/library-route';
import { useT } from '@/components/i18n';
import type { MessageKey } from '@/utils/i18n/translate';

export interface LibraryNavProps {
  route: LibraryRoute;
}

const VIEWS: Array<{ view: 'articles' | 'families' | 'speakers' | 'fidelity'; key: MessageKey; also: LibraryRoute['view'][] }> = [
  { view: 'articles', key: 'navArticles', also: [] },
  { view: 'families', key: 'navFamilies', also: ['family'] },
  { view: 'speakers', key: 'navSpeakers', also: ['speaker'] },
  { view: 'fidelity', key: 'navFidelity', also: [] },
];

/** The library's views as links (hash routes), the current one marked for screen readers too. */
export function LibraryNav({ route }: LibraryNavProps) {
  const t = useT();
  return (
    <nav class="library-nav" aria-label={t('libraryViews')}>
      <ul>
        {VIEWS.map(({ view, key, also }) => {
          const current = route.view === view || also.includes(route.view);
          return (
            <li key={view}>
              <a href={libraryHash({ view })} aria-current={current ? 'page' : undefined} data-testid={`nav-${view}`}>
                {t(key)}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
