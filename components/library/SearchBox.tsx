/** The library's search field: searches titles, outlets, addresses and article text. */
export interface SearchBoxProps {
  query: string;
  onQuery: (query: string) => void;
}

export function SearchBox({ query, onQuery }: SearchBoxProps) {
  return (
    <div class="search-box" role="search">
      <label for="library-search">Search saved articles</label>
      <input
        id="library-search"
        type="search"
        data-testid="library-search"
        placeholder="Words, outlet or address"
        value={query}
        onInput={(e) => onQuery(e.currentTarget.value)}
      />
    </div>
  );
}
