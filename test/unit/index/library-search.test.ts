import { describe, expect, test } from 'vitest';
import { LibrarySearch } from '@/utils/index/library-search';

const articles = [
  { id: 'a', title: 'Harbour bridge vote delayed', outlet: 'Coast Herald' },
  { id: 'b', title: 'Critical minerals pact near', outlet: 'IANS' },
  { id: 'c', title: 'Ferry timetable until the bridge opens', outlet: 'Coast Herald' },
];

function library() {
  const search = new LibrarySearch();
  for (const a of articles) search.add(a);
  return search;
}

describe('LibrarySearch (titles and outlets)', () => {
  test.each([
    ['a title word finds its articles', 'bridge', ['a', 'c']],
    ['every word must match', 'bridge ferry', ['c']],
    ['title and outlet words together', 'herald ferry', ['c']],
    ['prefixes match while typing', 'miner', ['b']],
    ['American spelling finds British text', 'harbor', ['a']],
    ['a small typo is forgiven', 'timetible', ['c']],
    ['outlet names are searchable', 'ians', ['b']],
    ['nothing matches', 'volcano', []],
    ['an exact word is not diluted by near-misses', 'ferry', ['c']],
  ])('%s', (_name, query, expected) => {
    expect(library().search(query)).toEqual(expected);
  });

  test('near-misses count only when nothing matches exactly', () => {
    const search = new LibrarySearch();
    search.add({ id: 'x', title: 'Plan kestrelab', outlet: 'A' });
    search.add({ id: 'y', title: 'Plan kestrelac', outlet: 'A' });
    expect(search.search('kestrelab')).toEqual(['x']);
    expect(search.search('kestrela').sort()).toEqual(['x', 'y']);
  });

  test('replacing an article re-indexes it; removing it drops it', () => {
    const search = library();
    search.add({ ...articles[1], title: 'Trade talks on tariffs' });
    expect(search.search('minerals')).toEqual([]);
    expect(search.search('tariffs')).toEqual(['b']);
    search.remove('b');
    search.remove('never-added');
    expect(search.search('tariffs')).toEqual([]);
  });
});
