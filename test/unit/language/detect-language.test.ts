import { describe, expect, test } from 'vitest';
import { detectLanguage, languageOf, primaryLanguage } from '@/utils/language/detect-language';
import { LEXICONS, lexiconFor } from '@/utils/language/lexicons';

// Made-up running text, long enough to count function words.
const TEXTS = {
  en: 'The council said on Monday that the bridge would be closed for repairs, and the mayor has asked residents to be patient while the work is done.',
  fr: 'Le conseil a annoncé lundi que le pont sera fermé pour des travaux, et le maire demande aux habitants de rester patients pendant que les ouvriers sont sur place.',
  de: 'Der Rat hat am Montag mitgeteilt, dass die Brücke für Reparaturen gesperrt wird, und die Bürgermeisterin bittet die Anwohner um Geduld, solange die Arbeiten dauern.',
  es: 'El consejo anunció el lunes que el puente estará cerrado por obras, y la alcaldesa pidió a los vecinos paciencia mientras los trabajos sigan en marcha.',
};

describe('primaryLanguage', () => {
  test.each([
    ['fr-FR', 'fr'], ['en_GB', 'en'], ['DE', 'de'], ['es-419', 'es'], [' it ', 'it'], ['', null], [null, null], [undefined, null],
  ])('%j → %j', (tag, expected) => {
    expect(primaryLanguage(tag)).toBe(expected);
  });
});

describe('languageOf', () => {
  test.each([
    // The page's lang wins over the words when it names a lexicon.
    ['fr-FR', TEXTS.en, 'fr'],
    ['de-AT', TEXTS.es, 'de'],
    ['es', TEXTS.fr, 'es'],
    ['en-US', TEXTS.de, 'en'],
    // A language without a lexicon reads as English, whatever the words.
    ['it', TEXTS.fr, 'en'],
    ['pt-BR', TEXTS.es, 'en'],
    // No lang: the function words decide.
    [null, TEXTS.en, 'en'],
    [null, TEXTS.fr, 'fr'],
    [undefined, TEXTS.de, 'de'],
    ['', TEXTS.es, 'es'],
    // Too few words to tell: English.
    [null, 'Le pont.', 'en'],
    [null, '', 'en'],
  ])('lang %j, %#', (lang, text, expected) => {
    expect(languageOf({ lang, text }, LEXICONS)).toBe(expected);
    expect(lexiconFor({ lang, text }).code).toBe(expected);
  });
});

describe('detectLanguage', () => {
  test.each(Object.entries(TEXTS))('%s text', (code, text) => {
    expect(detectLanguage(text, LEXICONS)).toBe(code);
  });

  test.each([
    ['French and Spanish, six function words each', 'le les des du est et el los las del una por'],
    ['German and English, five each', 'der die das und ist the and of to that'],
  ])('an even mix is not decided: %s', (_name, text) => {
    expect(detectLanguage(text, LEXICONS)).toBeNull();
  });

  test('a clear majority decides even with the other language present', () => {
    expect(detectLanguage(`${TEXTS.fr} ${TEXTS.fr} el los`, LEXICONS)).toBe('fr');
  });

  test('names and numbers alone decide nothing', () => {
    expect(detectLanguage('Ana Ruiz 2024 Tom Hale 17 Mara Velde', LEXICONS)).toBeNull();
  });

  test('no two lexicons share a function word (each counted word points one way)', () => {
    const seen = new Map<string, string>();
    for (const l of LEXICONS) {
      for (const w of l.functionWords) {
        expect(seen.get(w), `${w} in ${l.code} and ${seen.get(w)}`).toBeUndefined();
        seen.set(w, l.code);
      }
    }
  });
});
