import { describe, expect, test } from 'vitest';
import { meaningChanges, meaningKey } from '@/utils/matching/meaning-change';
import { french } from '@/utils/language/fr';
import { german } from '@/utils/language/de';
import { spanish } from '@/utils/language/es';

const keys = (s: string) => s.toLowerCase().split(' ');

describe('meaningChanges in French, German and Spanish', () => {
  test.each([
    ['fr: ne … pas dropped', french, 'nous ne fermerons pas l usine', 'nous fermerons l usine', false, ['pas']],
    ['fr: ne alone is register, not meaning', french, 'on ne sait pas', 'on sait pas', false, []],
    ['fr: jamais / pas', french, 'je n ai jamais signé', 'je n ai pas signé', false, ['jamais', 'pas']],
    ['fr: conditional of indirect speech', french, 'ce sera prêt', 'ce serait prêt', true, []],
    ['de: nicht dropped', german, 'wir werden es nicht schließen', 'wir werden es schließen', false, ['nicht']],
    ['de: kein / ein', german, 'es gibt keinen plan', 'es gibt einen plan', false, ['keinen']],
    ['de: plural subjunctive of indirect speech', german, 'sie können kommen', 'sie könnten kommen', true, []],
    ['es: no dropped', spanish, 'el grupo no cerrará la fábrica', 'el grupo cerrará la fábrica', false, ['no']],
    ['es: nunca / no', spanish, 'yo nunca firmé', 'yo no firmé', false, ['nunca', 'no']],
    ['es: tres / 3 agree', spanish, 'tres institutos', '3 institutos', false, []],
    ['English words read in French are no negation', french, 'we will not close', 'we will close', false, []],
  ])('%s', (_name, lex, q, o, reported, expected) => {
    expect(meaningChanges(keys(q), keys(o), reported, lex)).toEqual(expected);
  });
});

describe('meaningChanges', () => {
  test.each([
    ['should / shouldn\'t', 'we should act', "we shouldn't act", false, ['should', "shouldn't"]],
    ['dropped not', 'this is not over', 'this is over', false, ['not']],
    ['never added', 'we will win', 'we will never win', false, ['never']],
    ['no / some', 'there is no evidence', 'there is some evidence', false, ['no', 'some']],
    ['digits changed', 'we hired 300 people', 'we hired 200 people', false, ['300', '200']],
    ['written numbers changed', 'three ships sank', 'four ships sank', false, ['three', 'four']],
    ['words and digits agree', 'three ships sank', '3 ships sank', false, []],
    ['decimal kept apart from integer', 'growth of 3.5 percent', 'growth of 35 percent', false, ['3.5', '35']],
    ['hedge changed', 'prices will fall', 'prices might fall', false, ['will', 'might']],
    ['quantifier changed', 'most voters agree', 'all voters agree', false, ['most', 'all']],
    ['"not only" is a connective', 'crucial to growth', 'crucial not only to growth', false, []],
    ['reordered, same words', 'not now and never', 'never and not now', false, []],
    ['tense backshift in indirect speech', 'we will build it', 'they would build it', true, []],
    ['backshift counts in a direct quote', 'we will build it', 'we would build it', false, ['will', 'would']],
    ['nothing to compare', 'the levee held', 'the dam held', false, []],
  ])('%s', (_name, q, o, reported, expected) => {
    expect(meaningChanges(keys(q), keys(o), reported)).toEqual(expected);
  });

  // Words in square brackets ("[x]") are the editor's: they count only as a negation or a number.
  const marked = (s: string) => s.toLowerCase().split(' ').map((w) => ({ key: w.replace(/[[\]]/g, ''), bracket: w.startsWith('[') }));
  test.each([
    ['a bracketed name', '[lee] said it', 'he said it', []],
    ['a bracketed link word', 'we lost [and] nothing changed', 'we lost nothing changed', []],
    ['a bracketed hedge', 'prices [will] fall', 'prices fall', []],
    ['a bracketed quantifier', '[all] voters agree', 'voters agree', []],
    ['a bracketed negation', 'this is [not] over', 'this is over', ['not']],
    ['a bracketed number', 'we hired [300] people', 'we hired them people', ['300']],
    ['a bracketed number against the same number', 'we hired [300] people', 'we hired 300 people', []],
    ['brackets on the other side', 'prices fall', 'prices [may] fall', []],
  ])('brackets: %s', (_name, q, o, expected) => {
    expect(meaningChanges(marked(q), marked(o))).toEqual(expected);
  });

  test.each([
    ["isn't", null, "neg:isn't"],
    ['not', 'only', null],
    ['twelve', null, 'num:12'],
    ['12', null, 'num:12'],
    ['1990s', null, 'num:1990s'],
    ['could', null, 'word:could'],
    ['levee', null, null],
  ])('meaningKey(%s)', (key, next, expected) => {
    expect(meaningKey(key, next ?? '')).toBe(expected);
  });
});
