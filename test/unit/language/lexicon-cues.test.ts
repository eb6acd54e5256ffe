/**
 * Each lexicon's cue patterns through findQuotes, one made-up article per row: where the cue
 * stands (before, after, inverted, inside the marks), source phrases, honorifics and titles,
 * name particles, pronouns and roles, and who stays unnamed.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { findQuotes } from '@/utils/quotes/find-quotes';
import { isCueWord } from '@/utils/quotes/speech-cues';
import { joinParagraphs } from '@/utils/article/article-text';
import { english } from '@/utils/language/en';
import { french } from '@/utils/language/fr';
import { german } from '@/utils/language/de';
import { spanish } from '@/utils/language/es';
import type { Lexicon } from '@/utils/language/lexicon';
import { speakerOccursIn } from '@/bin/eval/speaker-in-text';

const LEX: Record<string, Lexicon> = { en: english, fr: french, de: german, es: spanish };

/** [quote's first three words, speaker] of each quote, read with the given language's lexicon. */
const read = (code: string, paragraphs: string[]) =>
  findQuotes(joinParagraphs(paragraphs), LEX[code]).map((q) => [q.text.split(' ').slice(0, 3).join(' '), q.speaker]);

describe('cue words', () => {
  test.each([
    ['fr', 'déclaré', true], ['fr', 'explique-t-elle', true], ['fr', 'annonce-t-il', true], ['fr', 'annonce', false],
    ['fr', 'a-t-il', false], ['fr', 'note', false],
    ['de', 'sagte', true], ['de', 'erklärte', true], ['de', 'gesagt', true], ['de', 'Sagte', false],
    ['es', 'dijo', true], ['es', 'añadió', true], ['es', 'señaló', true], ['es', 'denuncia', false],
    ['en', 'said', true], ['en', 'dit-il', false], ['en', 'sagte', false],
  ])('%s %s: %s', (code, word, expected) => {
    expect(isCueWord(LEX[code], word)).toBe(expected);
  });
});

describe.each([
  ['fr', [
    ['cue before with a colon, a role resolved to its named holder',
      ['Le ministre de la Culture, Paul Renard, était à Brissac.', 'Le ministre a déclaré : « Le musée rouvrira en mai. »'],
      [['Le musée rouvrira', 'Paul Renard']]],
    ['inverted pronoun after the quote', ['Paul Renard a visité le chantier.', '« Les travaux avancent bien », a-t-il assuré.'],
      [['Les travaux avancent', 'Paul Renard']]],
    ['verb fused with its pronoun', ['Aline Morin dirige le musée.', '« Nous attendons le public », explique-t-elle.'],
      [['Nous attendons le', 'Aline Morin']]],
    ['split quote around an inverted cue', ['Aline Morin dirige le musée.', '« Nous avons tout refait, a-t-elle dit, du sol au plafond. »'],
      [['Nous avons tout', 'Aline Morin']]],
    ['selon and an honorific', ['Aline Morin dirige le musée.', 'Selon Mme Morin, « la collection est intacte ».'],
      [['la collection est', 'Aline Morin']]],
    ['d’après and a stressed pronoun', ['Aline Morin dirige le musée.', '« Rien n’a été perdu », a dit Aline Morin. D’après elle, « tout sera prêt en mai ».'],
      [['Rien n’a été', 'Aline Morin'], ['tout sera prêt', 'Aline Morin']]],
    ['a name with a particle', ['« Le vote aura lieu jeudi », a précisé Anne de Valmont.'], [['Le vote aura', 'Anne de Valmont']]],
    ['an anonymous speaker', ['« Personne ne nous a prévenus », confie un habitant.'], [['Personne ne nous', null]]],
    ['elided article before an organisation', ['« La sécurité reste la priorité », a fait savoir l’Élysée.'], [['La sécurité reste', 'Élysée']]],
    ['an organisation whose name runs on in lowercase, cue after', ['« Nous suivons la situation », a déclaré la Commission européenne.'],
      [['Nous suivons la', 'Commission européenne']]],
    ['an organisation whose name runs on, cue before with a colon', ['La Commission européenne a déclaré : « Nous suivons la situation. »'],
      [['Nous suivons la', 'Commission européenne']]],
    ['a ministry: lowercase head, capitalized complement', ['« Les contrôles seront doublés », a indiqué le ministère de l’Intérieur dans un communiqué.'],
      [['Les contrôles seront', 'ministère de l’Intérieur']]],
    ['a complement with des, after a two-word cue', ['« Nous attendons les textes », a fait savoir l’Association des maires ruraux.'],
      [['Nous attendons les', 'Association des maires ruraux']]],
    ['a lone organisation word names nobody', ['« Nous attendons les textes », a fait savoir la commission.'], [['Nous attendons les', null]]],
    ['a lowercase body with a place complement stays unnamed', ['« L’enquête se poursuit », a indiqué la préfecture de Montrivel.'], [['L’enquête se poursuit', null]]],
  ]],
  ['de', [
    ['cue after the quote, subject after the verb', ['„Die Brücke wird im Mai fertig“, sagte Bürgermeisterin Anna Keller.'],
      [['Die Brücke wird', 'Anna Keller']]],
    ['pronoun after the verb', ['Anna Keller eröffnete die Halle.', '„Wir haben lange gewartet“, sagte sie.'], [['Wir haben lange', 'Anna Keller']]],
    ['so X', ['Trainer Marco Bellini lobte die Mannschaft.', '„Das war eine starke Leistung“, so Bellini.'],
      [['Das war eine', 'Marco Bellini']]],
    ['split quote', ['„Wir haben alles versucht“, sagte Jonas Brecht, „aber es hat nicht gereicht.“'], [['Wir haben alles', 'Jonas Brecht']]],
    ['a compound title resolves "die Ministerin"', ['Kultusministerin Hanna Roloff besuchte die Schule.', '„Hier wird gut gearbeitet“, erklärte die Ministerin.'],
      [['Hier wird gut', 'Hanna Roloff']]],
    ['an article and a noun are no name', ['„Das tut weh“, sagte ein älterer Anwohner.'], [['Das tut weh', null]]],
    ['a party tag in parentheses', ['Landrat Gerd Wiesner (DBU) sagte: „Ich danke allen Helfern.“'], [['Ich danke allen', 'Gerd Wiesner']]],
    ['impersonal "hieß es"', ['„Die Gespräche laufen“, hieß es aus dem Ministerium.'], [['Die Gespräche laufen', null]]],
  ]],
  ['es', [
    ['dropped subject after the quote', ['Carmen Ortiz inauguró el mercado.', '«Hemos esperado diez años», añadió.'], [['Hemos esperado diez', 'Carmen Ortiz']]],
    ['según and an apposition', ['Según el concejal de Obras, Luis Prieto, «el presupuesto se ha cumplido».'], [['el presupuesto se', 'Luis Prieto']]],
    ['de acuerdo con', ['Luis Prieto es concejal.', 'De acuerdo con Prieto, «no habrá retrasos».'], [['no habrá retrasos', 'Luis Prieto']]],
    ['a compound surname with a particle', ['José Luis Arrabal de la Fuente preside el comité.', '«Seguiremos en huelga», dijo Arrabal de la Fuente.'],
      [['Seguiremos en huelga', 'José Luis Arrabal de la Fuente']]],
    ['a role in apposition before the name', ['La alcaldesa de Villamar, Carmen Ortiz, visitó la obra.', '«Todo va bien», dijo la alcaldesa.'],
      [['Todo va bien', 'Carmen Ortiz']]],
    ['nested curly marks inside guillemets', ['«Cuando dicen “ajuste”, quieren decir recorte», afirmó Luis Prieto.'], [['Cuando dicen “ajuste”,', 'Luis Prieto']]],
    ['an anonymous speaker', ['«No nos escuchan», dijo un vecino.'], [['No nos escuchan', null]]],
    ['the listener before the speaker', ['«La planta no cierra», explicó a este diario Rocío Gallardo.'], [['La planta no', 'Rocío Gallardo']]],
  ]],
] as const)('%s cue patterns', (code, rows) => {
  test.each(rows.map(([name, paragraphs, expected]) => [name, paragraphs, expected] as const))('%s', (_name, paragraphs, expected) => {
    expect(read(code, [...paragraphs])).toEqual(expected);
  });
});

describe('past titles in every language: "the minister" is no former one, and no one else is guessed', () => {
  test.each([
    ['de', ['Der ehemalige Bundesinnenminister Hans Weber sprach am Montag. Auch Bürgermeisterin Karla Lenz war anwesend.', '„Wir bauen die Brücke wieder auf“, sagte der frühere Minister.'], 'Hans Weber'],
    ['de', ['Der ehemalige Bundesinnenminister Hans Weber sprach am Montag. Auch Bürgermeisterin Karla Lenz war anwesend.', '„Wir bauen die Brücke wieder auf“, sagte der Minister.'], null],
    ['fr', ['L’ancien ministre Léon Mabille était présent lundi. La maire Claire Dubois était là aussi.', '« Le musée rouvrira en mai », a déclaré le ministre.'], null],
    ['es', ['El ex ministro Pablo Ruiz estuvo el lunes. La alcaldesa Ana Gómez también.', '«La planta no cierra», dijo el ministro.'], null],
  ] as const)('%s: %j → %s', (code, paragraphs, speaker) => {
    expect(read(code, [...paragraphs]).at(-1)?.[1]).toBe(speaker);
  });
});

// Pieces of made-up articles per language: names, titles, particles, cues, pronouns and quotes.
const PIECES: Record<string, string[]> = {
  fr: ['Anne de Valmont', 'M. Mabille', 'le ministre', 'a déclaré', 'a-t-il dit', 'explique-t-elle', 'selon', 'd’après lui', 'l’Élysée', 'un habitant', '« Nous irons jusqu’au bout »', '« Rien n’est joué. »'],
  de: ['Anna Keller', 'Frau Keller', 'die Ministerin', 'sagte', 'sagte er', 'so', 'der Angeklagte', '(DBU)', 'ein Anwohner', '„Wir machen weiter“', '»Das ist vorbei.«'],
  es: ['Arrabal de la Fuente', 'la Sra. Ortiz', 'el ministro', 'dijo', 'añadió', 'según', 'de acuerdo con', 'un vecino', '«No vamos a ceder»', '“Es el final.”'],
};
const GLUE = [' ', ', ', '. ', ': ', '\n'];

describe('speaker invariant in every language (property)', () => {
  test.each(Object.keys(PIECES))('%s: every speaker given is words the article writes side by side', (code) => {
    const piece = fc.tuple(fc.constantFrom(...PIECES[code]), fc.constantFrom(...GLUE)).map(([p, g]) => p + g);
    const paragraph = fc.array(piece, { minLength: 1, maxLength: 12 }).map((ps) => ps.join('').trim()).filter((p) => p !== '');
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 4 }), (paragraphs) => {
        const article = joinParagraphs(paragraphs);
        for (const q of findQuotes(article, LEX[code])) {
          if (q.speaker === null) continue;
          expect(speakerOccursIn(article.text, q.speaker), `${q.speaker} in ${JSON.stringify(article.text)}`).toBe(true);
          expect(LEX[code].pronouns.has(q.speaker.toLowerCase())).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });
});
