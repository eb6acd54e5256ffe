/**
 * A language's words and patterns, as the quote engine reads them: every word list the engine
 * consults lives in one Lexicon per language (utils/language/en.ts, fr.ts, de.ts, es.ts), chosen
 * per article (utils/language/detect-language.ts) and passed down, never held in a global. The
 * engine's rules (where a cue may stand, how a speaker phrase is read) stay language-neutral; a
 * lexicon says which words fill each slot. Word lists hold lowercase forms unless said otherwise.
 */

/** The languages with a lexicon (ISO 639-1). */
export type LanguageCode = 'en' | 'fr' | 'de' | 'es';

/** A word-by-word phrase, lowercase ("according to" → ['according', 'to']). */
export type Phrase = readonly string[];

export interface Lexicon {
  code: LanguageCode;
  /** Frequent short words counted to detect the language of an article without a `lang`. */
  functionWords: ReadonlySet<string>;

  // --- Speech cues
  /** Speech-verb forms in every position ("said", "says", "saying"), as written in running text. */
  speechVerbs: ReadonlySet<string>;
  /** Verbs that are cues only before one word: next word → verbs ("shot back", "put it"). */
  cuesBeforeWord: ReadonlyMap<string, ReadonlySet<string>>;
  /** Cues that put a question to someone: the answer after is the addressee's. */
  questionVerbs: ReadonlySet<string>;
  /** A cue fused with its subject pronoun ("dit-il", "a-t-elle"): the pronoun, else null. */
  invertedPronoun: (lower: string) => string | null;
  /** A cue with no subject of its own speaks for the person in view (Spanish "…», dijo."). */
  dropsSubject: boolean;
  /** A participle cue (", saying"): its subject opens the clause, not the words right before it. */
  isParticiple: (lower: string) => boolean;
  /** A past-tense verb ("started", "went"): `"…," Moss started.` attributes with any such verb. */
  isPastTense: (lower: string) => boolean;
  /** A finite verb after a clause's subject ("Trump attacked", "Lee says"); tested on the word as written. */
  isFiniteVerb: (word: string) => boolean;
  /** Phrases that credit a source, before or after a quote ("according to"). */
  sourcePhrases: readonly Phrase[];
  /** Source phrases valid only right after a quote's closing mark (German „…“, so Bellini). */
  sourcePhrasesAfterQuote: readonly Phrase[];
  /** After a cue, the word that introduces the one speaking in a passive ("was asked by"). */
  passiveAgents: ReadonlySet<string>;
  /** Words before a cue that make it the reporter's gloss, said by nobody ("as if to say"). */
  glossPhrases: readonly Phrase[];
  /** Words after which the name that follows is the speaker ("known as Bob"). */
  aliasPhrases: readonly Phrase[];
  /** Listeners that may follow a closing cue ("Lee said, told reporters."). */
  audienceWords: ReadonlySet<string>;
  /** Where an article introduces who an interview is with; group 1 is the name. Global flag. */
  interviewIntro: RegExp;
  /** After a quote closed by ! or ?, a name and a cue that continue its sentence. */
  attributionAfterExclamation: RegExp;

  // --- Speaker phrases
  /** Pronouns that end a speaker phrase ("he", "we"). */
  pronouns: ReadonlySet<string>;
  /** Pronouns for one third person, resolved to the person in view ("he", "she"). */
  personPronouns: ReadonlySet<string>;
  /** The speaker's own pronoun, resolved like a person pronoun ("I"). */
  selfPronouns: ReadonlySet<string>;
  /** Words that may stand between a speaker and the cue ("also", "has"). */
  auxiliaries: ReadonlySet<string>;
  /** An adverb by its form, between a subject and its verb ("Lee hardly clarified"). */
  isAdverbForm: (lower: string) => boolean;
  /** Capitalized words that are never part of a name (articles, days, months, pronouns). */
  notName: ReadonlySet<string>;
  /** Titles and functions dropped from the front of a name ("Sen.", "ambassador"). */
  titles: ReadonlySet<string>;
  /** After a title, these link it to a place or office that is dropped too ("minister of"). */
  titleLinks: ReadonlySet<string>;
  /** Honorifics after which the next word is a name even if it looks like a title ("Mr. King"). */
  honorifics: ReadonlySet<string>;
  /** Last words of an organisation's name, meaningless alone ("Party"). */
  orgTails: ReadonlySet<string>;
  /** Last words of names that are places, outlets or things, never "he" or "she". */
  notPersonTails: ReadonlySet<string>;
  /** Heads of a description that point to one person named nearby ("the tycoon"). */
  roleNouns: ReadonlySet<string>;
  prepositions: ReadonlySet<string>;
  /** Prepositions that open a sentence, besides `prepositions`. */
  prepositionOpeners: ReadonlySet<string>;
  /** Words that end a speaker phrase when walking back from the cue ("that", "and"). */
  clauseBreaks: ReadonlySet<string>;
  /** Clause breaks that open a relative clause pointing back past itself ("who"). */
  relativePronouns: ReadonlySet<string>;
  determiners: ReadonlySet<string>;
  /** First words of an insertion about a name ("Lee, a former ranger, said"). */
  appositionOpeners: ReadonlySet<string>;
  /** A participle that opens an insertion about a name ("Lee, speaking after…, said"). */
  opensParticiplePhrase: (lower: string) => boolean;
  /** Not-name words that may still open the speaker phrase after a cue ("said the ambassador"). */
  speakerPhraseOpeners: ReadonlySet<string>;
  /** Conjunctions that join two speakers after a cue ("said Lee and Moss"); as written. */
  conjunctions: ReadonlySet<string>;
  /** Before a name and a colon, these make it a listener, not a speaker ("told CNN:"); lowercase. */
  listenerPrepositions: ReadonlySet<string>;
  /** A description that names an organisation: the determiner, then capitalized words; group 1 is the name. */
  organisation: RegExp;
  /** A party tag run into a name ("R-Texas"), as written. */
  isPartyTag: (word: string) => boolean;
  /** Words that open a sentence or clause and are never part of a name ("Notably", "Tonight"). */
  neverNameWords: ReadonlySet<string>;
  /** Platforms where words were posted ("Twitter"), never a person. */
  platforms: ReadonlySet<string>;
  /** Places a careless reading credits with words ("New York said"). */
  places: ReadonlySet<string>;
  /** Groups written with a capital: many people, not one speaker ("Republicans"). */
  groups: ReadonlySet<string>;

  // --- Sentences
  /** Dotted words that never end a sentence while reading attributions (no trailing dot). */
  abbreviations: ReadonlySet<string>;
  /** Sentence splitting: dotted words that never end a sentence ("Dr."). */
  sentenceTitles: ReadonlySet<string>;
  /** Sentence splitting: dotted words that end one only before a sentence opener ("Jan.", "U.S."). */
  sentenceAbbreviations: ReadonlySet<string>;
  /** Words that typically open a sentence. */
  sentenceOpeners: ReadonlySet<string>;

  // --- Quoted titles and apostrophes
  /** Words right before a short capitalized quote that make it a title ("on", "the book"). */
  titleLead: RegExp;
  /** The end of a split quote's gap that introduces a title ("he told"). */
  titleGap: RegExp;
  /** Lowercase words allowed inside a title-case title ("of", "the"). */
  titleSmallWords: ReadonlySet<string>;
  /** Words that begin with an elided letter, so their leading apostrophe is no mark ("'em"). */
  elisions: ReadonlySet<string>;

  // --- Meaning change
  negations: ReadonlySet<string>;
  /** A contracted or fused negation ("don't"). */
  isNegationForm: (key: string) => boolean;
  /** Negation + next word that is a connective, not a negation ("not only"). */
  notNegating: readonly Phrase[];
  hedges: ReadonlySet<string>;
  quantifiers: ReadonlySet<string>;
  /** Number words to their value ("three" → "3"). */
  numberWords: ReadonlyMap<string, string>;
  /** Modal tense shifts of indirect speech that do not change meaning ("would" → "will"). */
  backshift: ReadonlyMap<string, string>;
  /** A written number with its suffix ("3rd", "1990s"). */
  numberForm: RegExp;

  // --- Term weights
  /** Function words: count little for matching. */
  stopwords: ReadonlySet<string>;
  /** Words of stock phrases politicians repeat ("thoughts and prayers"). */
  stockWords: ReadonlySet<string>;

  // --- Spelling
  /** One lowercase word to its canonical spelling (British and American land on one form). */
  foldSpelling: (word: string) => string;
}

/** A set of the words of a whitespace-separated list. */
export const wordSet = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/** True when `words[at..]` starts with `phrase` (compared lowercase). */
export function phraseAt(words: ReadonlyArray<{ lower: string }>, at: number, phrase: Phrase): boolean {
  return phrase.every((p, k) => words[at + k]?.lower === p);
}
