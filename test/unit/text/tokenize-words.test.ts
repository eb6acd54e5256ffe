import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { spanWords, splitContractions, startsWithNumber, tokenizeWords, wordsInSpan, wordsOf } from '@/utils/text/tokenize-words';
import { english } from '@/utils/language/en';
import { normalizeWord } from '@/utils/text/normalize';
import { french } from '@/utils/language/fr';
import { german } from '@/utils/language/de';

const PARAGRAPHS = ['The U.S. plan costs $3.5 billion, officials said.', 'He [the mayor] called it “long-term” thinking.', "Don't e-mail 1,000 voters.", ''];

describe('wordsInSpan', () => {
  test('equals the whole text’s words inside the span, also when asked again (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PARAGRAPHS), { minLength: 1, maxLength: 6 }), fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 4 }), (paras, spans) => {
        const text = paras.join('\n');
        const owner = {};
        for (const [a, b] of spans) {
          const [start, end] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y);
          const expected = tokenizeWords(text).filter((w) => w.start >= start && w.end <= end);
          expect(wordsInSpan(owner, text, { start, end })).toEqual(expected);
        }
      }),
    );
  });

  test.each([
    ['empty span', { start: 5, end: 5 }, []],
    ['span inside one word', { start: 1, end: 3 }, []],
    ['exact word', { start: 4, end: 9 }, ['plant']],
    ['across a line break', { start: 4, end: 21 }, ['plant', 'opens', 'Brine']],
  ])('%s', (_name, span, expected) => {
    expect(wordsInSpan({}, 'The plant opens\nBrine harms', span).map((w) => w.text)).toEqual(expected);
  });

  test('a changed text is tokenized again', () => {
    const owner = {};
    expect(wordsInSpan(owner, 'Brine harms oysters', { start: 0, end: 19 }).map((w) => w.text)).toEqual(['Brine', 'harms', 'oysters']);
    expect(wordsInSpan(owner, 'Brine harms clams', { start: 0, end: 17 }).map((w) => w.text)).toEqual(['Brine', 'harms', 'clams']);
  });
});

describe('spanWords', () => {
  test('equals the span’s words with contractions split, also when asked again (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PARAGRAPHS, "They've said it isn't over."), { minLength: 1, maxLength: 6 }), fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 40 }), (paras, spans) => {
        const text = paras.join('\n');
        const owner = {};
        for (const [a, b] of [...spans, ...spans]) {
          const [start, end] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y);
          const words = splitContractions(tokenizeWords(text).filter((w) => w.start >= start && w.end <= end), english);
          const got = spanWords(owner, text, { start, end }, english);
          expect(got).toEqual(words);
        }
      }),
    );
  });

  test('a changed text or language is read again', () => {
    const owner = {};
    expect(spanWords(owner, 'They’ve won', { start: 0, end: 11 }, english).map((w) => w.key)).toEqual(['they', 'have', 'won']);
    expect(spanWords(owner, 'They lost', { start: 0, end: 9 }, english).map((w) => w.key)).toEqual(['they', 'lost']);
    expect(spanWords(owner, 'They lost', { start: 0, end: 9 }, french).map((w) => w.text)).toEqual(['They', 'lost']);
  });
});

describe('tokenizeWords: words and keys', () => {
  // Every word but a number, an initialism keyed as its capitals ("U.S.": "US") (and a date or a bracketed capital, not made here) is keyed by
  // normalizeWord of its text, a letter's hyphen dropped, in any language: the table that
  // remembers keys by the words' characters (word-keys.ts) must give the same on any text.
  test('each word is its text’s slice, keyed as normalizeWord keys it (property)', () => {
    const pieces = fc.oneof(fc.constantFrom('The', 'colour', 'e-mail', 'U.S.', 'don’t', 'l’accord', 'naïve', '3.5', '40%', '“', '—', ' ', '\n'), fc.string({ unit: 'binary', maxLength: 5 }));
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), fc.constantFrom(english, french, german), fc.nat(50), (parts, lex, offset) => {
        const text = parts.join(' ').replace(/[[\]]/g, ' ');
        for (const w of tokenizeWords(text, offset, lex)) {
          if (w.text === '%' || w.text === '&' || startsWithNumber(w.text) || w.key === w.text.replaceAll('.', '')) continue;
          expect(text.slice(w.start - offset, w.end - offset)).toBe(w.text);
          expect(w.key).toBe(normalizeWord(w.text.replace(/^(\p{L})-/u, '$1'), lex));
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('startsWithNumber', () => {
  test('agrees with /^\\p{N}/u on any text (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 4 }), (s) => {
      expect(startsWithNumber(s)).toBe(/^\p{N}/u.test(s));
    }), { numRuns: 2000 });
    for (const s of ['', '7a', 'a7', '٣', 'Ⅻ', '½', '𝟙', 'é', ' 1']) expect(startsWithNumber(s)).toBe(/^\p{N}/u.test(s));
  });
});

describe('tokenizeWords: square brackets', () => {
  test('"[N]o" spans its brackets and keys as "no"', () => {
    const [w] = tokenizeWords('“[N]o one', 5);
    expect([w.key, w.start, w.end]).toEqual(['no', 6, 10]);
  });

  test.each([
    ['an editor\'s insertion is marked', 'we lost, [and] nothing changed', [['we', false], ['lost', false], ['and', true], ['nothing', false], ['changed', false]]],
    ['a substitution of several words', '[Mr. Lee] said no', [['Mr', true], ['Lee', true], ['said', false], ['no', false]]],
    ['"[sic]" is no word of the quote', 'we was [sic] robbed', [['we', false], ['was', false], ['robbed', false]]],
    ['"[ SIC ]" neither', 'we was [ SIC ] robbed', [['we', false], ['was', false], ['robbed', false]]],
    ['"[Laughter]" neither', 'we won [Laughter] again', [['we', false], ['won', false], ['again', false]]],
    ['a word like a note inside a longer bracket is a word', 'we won [the applause vote]', [['we', false], ['won', false], ['the', true], ['applause', true], ['vote', true]]],
    ['an editor\'s capital letter is a case change, one word', '[N]o one lost', [['No', false], ['one', false], ['lost', false]]],
    ['a bracketed letter alone is still the editor\'s', 'plan [B] failed', [['plan', false], ['B', true], ['failed', false]]],
    ['parentheses are the speaker\'s own', 'we (all of us) lost', [['we', false], ['all', false], ['of', false], ['us', false], ['lost', false]]],
  ])('%s', (_name, text, expected) => {
    expect(tokenizeWords(text).map((w) => [w.text, w.bracket])).toEqual(expected);
  });
});

describe('tokenizeWords: a name\'s link card inlined by the page', () => {
  test.each([
    ['after the name, up to MORE', 'we never met Tom Moss Thomas (Tom) Ivo MossHarbour vote set for Friday MORE in many months', 'we never met Tom Moss in many months'],
    ['a card with no headline', 'said Ann Lee Ann Marie LeeMORE of the board', 'said Ann Lee of the board'],
    ['a card by a surname with no first name', 'asked Moss Thomas MossVoters head to polls MORE again', 'asked Moss again'],
    ['MORE as a word stays', 'We want MORE jobs for Dunmore', 'We want MORE jobs for Dunmore'],
    ['a repeated name without a glued headline stays', 'Lee Lee said MORE', 'Lee Lee said MORE'],
    ['a card never runs past its paragraph', 'met Tom Moss Thomas MossHarbour vote\nset MORE', 'met Tom Moss Thomas MossHarbour vote set MORE'],
    ['a card spaced from its headline, after the full name', 'Speaker Tom Moss Tom Ivo Moss Harbour vote set for Friday MORE (R-Ky.) said', 'Speaker Tom Moss R-Ky said'],
    ['a card whose surname is glued to a digit', 'met Ann Lee Ann Lee2026 candidates debate MORE on Friday', 'met Ann Lee on Friday'],
    ['a card whose surname is glued to a quote mark', 'met Ann Lee Ann Lee\'No deal\' vote looms MORE on Friday', 'met Ann Lee on Friday'],
    ['a full name written twice, then a sentence end, stays', 'met Ann Lee Ann Lee. MORE votes', 'met Ann Lee Ann Lee MORE votes'],
    // A surname with a capital inside it (McAllen, DeVos) is still the name the card repeats (12-07).
    ['a card after a surname with a capital inside', 'we never met Tom McAllen Thomas (Tom) Joseph McAllenHarbour vote set for Friday MORE in many months', 'we never met Tom McAllen in many months'],
    ['a card after a full name with capitals inside', 'Speaker Ana DeVos Ana Marie DeVos Harbour vote set for Friday MORE (R-Ky.) said', 'Speaker Ana DeVos R-Ky said'],
    // Three headlines run past 400 characters.
    ['a card of three headlines, 450 characters long', 'said Rep. Tom Moss Thomas (Tom) Ivo MossHarbour vote set for Friday — Paid for by the Norland Ferry Alliance — Judge blocks the board from closing the pier | Officials tie the ferry delays to the storm | Mayor to give a pier speech in Norland The Norland Morning Report — Harbour hearing gives the mayor a boost as the board weighs its next steps The Norland Noon Report: Ferry hearing dominates the town | Board members weigh fare rises and a new timetable for the winter months MORE (R-Nor.), who retires', 'said Rep Tom Moss R-Nor who retires'],
  ])('%s', (_name, text, expected) => {
    expect(tokenizeWords(text).map((w) => w.text).join(' ')).toBe(expected);
  });

  test('offsets still point into the text', () => {
    const text = 'met Tom Moss Thomas MossVote set MORE today';
    const words = tokenizeWords(text, 10);
    expect(words.map((w) => text.slice(w.start - 10, w.end - 10))).toEqual(['met', 'Tom', 'Moss', 'today']);
  });
});

describe('tokenizeWords: a percent sign is the word', () => {
  test.each([
    ['attached to the number', 'grew 40% in May', english, ['grew', '40', 'percent', 'in', 'may']],
    ['after a space', 'grew 40 % in May', english, ['grew', '40', 'percent', 'in', 'may']],
    ['after a decimal', 'rose 3.5%.', english, ['rose', '3.5', 'percent']],
    ['the word written out stays one word', 'grew 40 percent', english, ['grew', '40', 'percent']],
    ['a sign after no number is no word', 'a % sign', english, ['a', 'sign']],
    ['German reads it as Prozent', 'um 40 % gestiegen', german, ['um', '40', german.percentWord!.toLowerCase(), 'gestiegen']],
    ['French writes it in two words: left as it was', 'hausse de 40 %', french, ['hausse', 'de', '40']],
  ])('%s', (_name, text, lex, keys) => {
    expect(tokenizeWords(text, 0, lex).map((w) => w.key)).toEqual(keys);
  });

  test('the sign\'s word points at the sign', () => {
    const text = 'grew 40 % in May';
    const sign = tokenizeWords(text, 5).find((w) => w.key === 'percent')!;
    expect(text.slice(sign.start - 5, sign.end - 5)).toBe('%');
  });
});

describe('tokenizeWords: an ampersand apart from letters is the word "and"', () => {
  test.each([
    ['between words', 'jobs & growth', english, ['jobs', 'and', 'growth']],
    ['in a name it is no word', 'AT&T and A&E', english, ['at', 't', 'and', 'a', 'e']],
    ['after a dash', 'the court—& the senate', english, ['the', 'court', 'and', 'the', 'senate']],
    ['French reads it as et', 'emplois & croissance', french, ['emplois', 'et', 'croissance']],
    ['German reads it as und', 'Arbeit & Wachstum', german, ['arbeit', 'und', 'wachstum']],
  ])('%s', (_name, text, lex, keys) => {
    expect(tokenizeWords(text, 0, lex).map((w) => w.key)).toEqual(keys);
  });

  test('its word points at the sign, in text order', () => {
    const text = 'jobs & growth';
    const words = tokenizeWords(text, 7);
    expect(words.map((w) => text.slice(w.start - 7, w.end - 7))).toEqual(['jobs', '&', 'growth']);
  });
});

describe('tokenizeWords: an initialism spelling a function word names something', () => {
  test.each([
    ['with stops', 'the U.S. Congress', english, ['the', 'US', 'congress']],
    ['without stops, in a sentence', 'US troops and the WHO report', english, ['US', 'troops', 'and', 'the', 'WHO', 'report']],
    ['the pronoun', 'give us a break', english, ['give', 'us', 'a', 'break']],
    ['in a run of capitals it is the word', 'JOIN US TODAY', english, ['join', 'us', 'today']],
    ['a stressed word in capitals stays the word', 'we will NOT back down', english, ['we', 'will', 'not', 'back', 'down']],
    ['lower-case stops stay the word ("a.m." as "AM")', 'at 9 a.m. or 9 AM', english, ['at', '9', 'am', 'or', '9', 'am']],
    ['an initialism spelling no function word is unchanged', 'the U.K. and F.B.I.', english, ['the', 'uk', 'and', 'fbi']],
  ])('%s', (_name, text, lex, keys) => {
    expect(tokenizeWords(text, 0, lex).map((w) => w.key)).toEqual(keys);
  });
});

describe('wordsOf', () => {
  test('tokenizes once per owner and text, again when the text changes', () => {
    const owner = {};
    const first = wordsOf(owner, 'Brine harms oysters');
    expect(wordsOf(owner, 'Brine harms oysters')).toBe(first);
    expect(wordsOf(owner, 'Brine harms clams').map((w) => w.key)).toEqual(['brine', 'harms', 'clams']);
    expect(wordsOf({}, 'Brine harms oysters')).not.toBe(first);
  });
});

describe('tokenizeWords: dates in any house style', () => {
  const keys = (t: string) => tokenizeWords(t).map((w) => w.key);
  test.each([
    ['day before month', 'on 27 October I', ['on', 'october', '27', 'i']],
    ['month before day', 'on October 27 I', ['on', 'october', '27', 'i']],
    ['abbreviated month', 'on Oct. 27 I', ['on', 'october', '27', 'i']],
    ['a lowercase may stays a word', 'it may 27 times', ['it', 'may', '27', 'times']],
    ['a month without a day stays as written', 'in Oct I', ['in', 'oct', 'i']],
  ])('%s', (_name, text, expected) => {
    expect(keys(text)).toEqual(expected);
  });
  test('every day from 1 to 31 is read as one, before or after the month; 0, 32 and 01 are not (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.boolean(), fc.boolean(), (n, before, padded) => {
        const day = padded && n < 10 ? `0${n}` : String(n);
        const text = before ? `on ${day} October I` : `on October ${day} I`;
        const isDay = !(padded && n < 10) && n >= 1 && n <= 31;
        expect(keys(text)).toEqual(isDay ? ['on', 'october', day, 'i'] : ['on', ...(before ? [day, 'october'] : ['october', day]), 'i']);
      }),
    );
  });
});

describe('tokenizeWords: in the text\'s language', () => {
  const tokens = (text: string, lex = english) => tokenizeWords(text, 0, lex).map((w) => [text.slice(w.start, w.end), w.key, w.bracket]);
  test.each([
    ['English keeps an apostrophe inside a word', 'l’accord qu’il connaît', english, [['l’accord', "l'accord", false], ['qu’il', "qu'il", false], ['connaît', 'connaît', false]]],
    ['French: an elided word is a word of its own; the 1990 spelling folded', 'l’accord qu’il connaît', french,
      [['l’', 'l', false], ['accord', 'accord', false], ['qu’', 'qu', false], ['il', 'il', false], ['connaît', 'connait', false]]],
    ['French: an apostrophe after no elided word stays inside', 'aujourd’hui', french, [['aujourd’hui', "aujourd'hui", false]]],
    ['French: an elided word in brackets is the editor\'s too', 'il [l’a] dit', french, [['il', 'il', false], ['l’', 'l', true], ['a', 'a', true], ['dit', 'dit', false]]],
    ['German: ß folded to ss', 'Wir schließen', german, [['Wir', 'wir', false], ['schließen', 'schliessen', false]]],
  ])('%s', (_name, text, lex, expected) => {
    expect(tokens(text, lex)).toEqual(expected);
  });

  test('wordsOf tokenizes again when asked in another language', () => {
    const owner = {};
    expect(wordsOf(owner, 'l’accord', english).map((w) => w.key)).toEqual(["l'accord"]);
    expect(wordsOf(owner, 'l’accord', french).map((w) => w.key)).toEqual(['l', 'accord']);
  });
});

describe('splitContractions', () => {
  test('equals each word replaced by its two words, in order (property)', () => {
    const WORDS = ['They’ve', "we're", 'said', "can't", "won't", "She's", 'here', "I'm", 'and'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }), (words) => {
        const tokens = tokenizeWords(words.join(' '), 0, english);
        const expected = tokens.flatMap((w) => english.contractions.get(w.key)?.map((key) => ({ ...w, key, contracted: true })) ?? [w]);
        const got = splitContractions(tokens, english);
        expect(got).toEqual(expected);
        if (!tokens.some((w) => english.contractions.has(w.key))) expect(got).toBe(tokens);
      }),
    );
  });
  const keys = (text: string, lex = english) => splitContractions(tokenizeWords(text, 0, lex), lex).map((w) => `${w.key}${w.contracted ? '*' : ''}`).join(' ');
  test.each([
    ['regular endings', "They’ve said we're here and I'm sure you'll see", 'they* have* said we* are* here and i* am* sure you* will* see'],
    ['negations', "It doesn't matter and we won't wait, we can't", 'it does* not* matter and we will* not* wait we can* not*'],
    ['ambiguous endings stay one word', "She's here and he'd go, the senator's view", "she's here and he'd go the senator's view"],
    ['nothing to split', 'They have been asking', 'they have been asking'],
  ])('%s', (_name, text, expected) => {
    expect(keys(text)).toBe(expected);
  });

  test('both words span the contraction as written', () => {
    const [a, b] = splitContractions(tokenizeWords("they've"), english);
    expect([a.start, a.end, a.text, b.start, b.end, b.text]).toEqual([0, 7, "they've", 0, 7, "they've"]);
  });

  test('a language without contractions keeps the words', () => {
    const words = tokenizeWords("l'accord d'aujourd'hui", 0, french);
    expect(splitContractions(words, french)).toBe(words);
  });
});
