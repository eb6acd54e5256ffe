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
    ['an exact word is not diluted by near-misses', 'ferry', ['c']],
  ])('%s', (_name, query, expected) => {
    expect(library().search(query)).toEqual(expected);
  });

  test('near-misses count only when nothing matches exactly', () => {
    const search = new LibrarySearch();
    search.add({ id: 'x', title: 'Plan kestrelab', outlet: 'A', text: '' });
    search.add({ id: 'y', title: 'Plan kestrelac', outlet: 'A', text: '' });
    expect(search.search('kestrelab')).toEqual(['x']);
    expect(search.search('kestrela').sort()).toEqual(['x', 'y']);
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
