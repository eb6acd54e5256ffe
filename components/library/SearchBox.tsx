import { useT } from '@/components/i18n';

/** The library's search field: searches titles, outlets, addresses and article text. */
export interface SearchBoxProps {
  query: string;
  onQuery: (query: string) => void;
}

export function SearchBox({ query, onQuery }: SearchBoxProps) {
  const t = useT();
  return (
    <div class="search-box" role="search">
      <label for="library-search">{t('searchLabel')}</label>
      <input
        id="library-search"
        type="search"
        data-testid="library-search"
        placeholder={t('searchPlaceholder')}
        value={query}
        onInput={(e) => onQuery(e.currentTarget.value)}
      />
    </div>
  );
}
