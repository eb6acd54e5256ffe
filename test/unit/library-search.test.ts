import { describe, expect, test } from 'vitest';
import { LibrarySearch } from '@/utils/library-search';

const articles = [
  { id: 'a', title: 'Harbour bridge vote delayed', outlet: 'Coast Herald', text: 'The council postponed the vote on the harbour bridge.' },
  { id: 'b', title: 'Critical minerals pact near', outlet: 'IANS', text: 'Ambassador Gor said the agreement would secure supply chains.' },
  { id: 'c', title: 'Ferry timetable', outlet: 'Coast Herald', text: 'The ferry will run every hour until the bridge opens.' },
];

function library() {
  const search = new LibrarySearch();
  for (const a of articles) search.add(a);
  return search;
}

describe('LibrarySearch', () => {
  test.each([
    ['a title word ranks its article first', 'bridge', ['a', 'c']],
    ['every word must match', 'bridge ferry', ['c']],
    ['prefixes match while typing', 'miner', ['b']],
    ['American spelling finds British text', 'harbor', ['a']],
    ['a small typo is forgiven', 'ambasador', ['b']],
    ['outlet names are searchable', 'ians', ['b']],
    ['nothing matches', 'volcano', []],
  ])('%s', (_name, query, expected) => {
    expect(library().search(query)).toEqual(expected);
  });

  test('replacing an article re-indexes it; removing it drops it', () => {
    const search = library();
    search.add({ ...articles[1], id: 'b', title: 'Trade talks', text: 'Tariffs were discussed.' });
    expect(search.search('minerals')).toEqual([]);
    expect(search.search('tariffs')).toEqual(['b']);
    search.remove('b');
    search.remove('never-added');
    expect(search.search('tariffs')).toEqual([]);
  });
});
