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
  /** A sentence opening with the question put ("Asked whether …", "When asked if …"): a quote inside it is the asker's words; null where not read. */
  askedClause: RegExp | null;
  /** The subject pronoun fused onto a verb ("a-t-il" → "il", "dit-elle" → "elle"), else null. */
  invertedPronoun: (lower: string) => string | null;
  /** A speech verb fused with its subject pronoun ("dit-il", "explique-t-elle", "annonce-t-il"). */
  isFusedCue: (lower: string) => boolean;
  /** A cue with no subject of its own speaks for the person in view (Spanish "…», dijo."). */
  dropsSubject: boolean;
  /**
   * The speaker often follows the cue, and a sentence may open with any phrase before its subject
   * ("…, sagte Brunner." closing a sentence; "En declaraciones a La Voz, dijo:"; "Preguntada por
   * las críticas, Sotomayor…"): the reading after the cue wins over a phrase that names nobody.
   */
  freeWordOrder: boolean;
  /** A cue inside the marks ("« A, a-t-il reconnu. B »") attributes the quote around it. */
  incisesInQuotes: boolean;
  /** `"A," he said. "B."` is one split quote (a full stop may end the attribution between its halves). */
  splitAfterFullStop: boolean;
  /** Guillemets and low marks hold curly or straight double marks as a nested quote (« … “…” … »). */
  guillemetsNest: boolean;
  /** A participle cue (", saying"): its subject opens the clause, not the words right before it. */
  isParticiple: (lower: string) => boolean;
  /** A past-tense verb ("started", "went"): `"…," Moss started.` attributes with any such verb. */
  isPastTense: (lower: string) => boolean;
  /** A finite verb after a clause's subject ("Trump attacked", "Lee says"); tested on the word as written. */
  isFiniteVerb: (word: string) => boolean;
  /** Phrases that credit a source, before or after a quote ("according to"). */
  sourcePhrases: readonly Phrase[];
  /** Source phrases that count only before a name or pronoun ("pour la sénatrice X, « … »"). */
  weakSourcePhrases: readonly Phrase[];
  /** Source phrases valid only right after a quote's closing mark (German „…“, so Bellini). */
  sourcePhrasesAfterQuote: readonly Phrase[];
  /** Verbs after a quote that cite a report of it, not its speaking ("the Associated Press reported"): a source, like a source phrase. */
  reportCues: ReadonlySet<string>;
  /** Last words of a news outlet's name ("Ledger-Journal", "Dispatch"): an outlet that reports a quote cites it, it does not say it. */
  outletTails: ReadonlySet<string>;
  /** After a cue, the word that introduces the one speaking in a passive ("was asked by"). */
  passiveAgents: ReadonlySet<string>;
  /** Forms of "be" right before a cue's past participle make it passive ("was declared", "be confirmed"): its subject is spoken to or of, not speaking. */
  passiveAuxiliaries: ReadonlySet<string>;
  /** First words of a place's name of two or more words ("San Antonio", "Fort Worth"): such a name is no one. */
  placeHeads: ReadonlySet<string>;
  /** Cue forms that are only a participle ("written"): with no auxiliary before them ("has written") they describe the thing before, no speaker ("apps written using"). */
  participleOnlyCues: ReadonlySet<string>;
  /** Prepositions that join a participle cue to its clause, whose subject speaks ("ended by saying"). */
  participleLinks: ReadonlySet<string>;
  /** A negated auxiliary written as one word ("didn't"): after a named subject, its verb. */
  negatedAuxiliary: RegExp;
  /** A preposition opening an absolute phrase whose name is the participle's subject ("with Ann Lee saying"). */
  absoluteOpeners: ReadonlySet<string>;
  /** Words opening a reported clause ("told NPR that …"): a speaker named right after one reports inside another's words. */
  complementizers: ReadonlySet<string>;
  /** The word before an infinitive ("asked Lee to testify"): the name before it is asked to speak, it has not spoken. */
  infinitiveMarkers: ReadonlySet<string>;
  /** Verbs whose object is asked to speak before an infinitive ("urged Lee to say"), the word that may join them ("called on"), and the words of a pair ("both"). */
  requestVerbs: ReadonlySet<string>;
  requestLinks: ReadonlySet<string>;
  pairWords: ReadonlySet<string>;
  /** Words before a cue that make it the reporter's gloss, said by nobody ("as if to say"). */
  glossPhrases: readonly Phrase[];
  /** Words after which the name that follows is the speaker ("known as Bob"). */
  aliasPhrases: readonly Phrase[];
  /** Listeners that may follow a closing cue ("Lee said, told reporters."). */
  audienceWords: ReadonlySet<string>;
  /**
   * Nouns naming something said, that make a quote between a possessive name and them that
   * name's words (`Lee's "no new taxes" pledge`); empty where that order is not written.
   */
  utteranceNouns: ReadonlySet<string>;
  /** Right after a cue, these open the listener, and the speaker follows it ("explicó a este diario Marta Ruiz"). */
  addresseeMarkers: ReadonlySet<string>;
  /** Cues whose object is the listener ("told ABC News"): the words right after them never name the speaker. */
  listenerCues: ReadonlySet<string>;
  /** An interview label standing alone before a quote ("Q:"); group 1 is the label. */
  interviewLead: RegExp;
  /** An interview label opening a quote's text ("Q: …"); group 1 is the label. */
  interviewOpen: RegExp;
  /** Labels that mark the interviewer's question (the rest are answers). */
  questionLabels: ReadonlySet<string>;
  /**
   * With no introduction phrase naming the interviewee, an interview's answers are the person's
   * the article names before its first question; an unlabelled quote after a question answers it.
   */
  answersInView: boolean;
  /** Where an article introduces who an interview is with; group 1 is the name. Global flag. */
  interviewIntro: RegExp;
  /** After a quote closed by ! or ?, a name and a cue that continue its sentence. */
  attributionAfterExclamation: RegExp;

  // --- Speaker phrases
  /** Pronouns that end a speaker phrase ("he", "we"). */
  pronouns: ReadonlySet<string>;
  /** Pronouns for one third person, resolved to the person in view ("he", "she"). */
  personPronouns: ReadonlySet<string>;
  /** The writer's own pronoun and possessive outside quote marks ("I", "my"): no one the article names. */
  selfPronouns: ReadonlySet<string>;
  /** A stressed pronoun set off by commas after its subject: "Un étudiant, lui, relativise". */
  appositivePronouns: ReadonlySet<string>;
  /** A reflexive right after its subject that only stresses it: "Lee herself admitted". */
  intensifiers: ReadonlySet<string>;
  /** Sentences before a pronoun read for its antecedent when the nearer one names nobody. */
  pronounReach: number;
  /** Grammatical gender of person pronouns ("elle" → f) and of the words that mark a person's ("Mme", "la"). */
  genders: ReadonlyMap<string, 'm' | 'f'>;
  /** A sentence a person pronoun opens marks the gender of the sentence before's subject (not where "il"/"sie" are also impersonal or plural). */
  pronounsMarkGender: boolean;
  /** Given names read as one gender wherever they are met (names borne by both left out): a person the article marks no way. */
  givenNameGenders: ReadonlyMap<string, 'm' | 'f'>;
  /** Words that may stand between a speaker and the cue ("also", "has"). */
  auxiliaries: ReadonlySet<string>;
  /** An adverb by its form, between a subject and its verb ("Lee hardly clarified"). */
  isAdverbForm: (lower: string) => boolean;
  /** Capitalized words that are never part of a name (articles, days, months, pronouns). */
  notName: ReadonlySet<string>;
  /** Titles and functions dropped from the front of a name ("Sen.", "ambassador"). */
  titles: ReadonlySet<string>;
  /** Endings that make a compound word a title ("Kultusministerin" ends in "ministerin"). */
  titleSuffixes: readonly string[];
  /** Lowercase words inside a name ("Anne de Valmont", "Ursula von der Leyen"); one capitalized word follows. */
  nameParticles: readonly Phrase[];
  /** Elided words written onto the next one ("l’Élysée", "d’après"): split off, as "l'" and "d'". */
  elidedPrefixes: ReadonlySet<string>;
  /**
   * Contractions a transcriber may write out ("they've" / "they have"), keyed by the contracted
   * word's key, with the keys of its two words; ambiguous ones ("'s", "'d") are left out.
   */
  contractions: ReadonlyMap<string, readonly [string, string]>;
  /** The one word a "%" after a number is read as ("40%" / "40 percent"); null when the language writes it in two. */
  percentWord: string | null;
  /** The word an "&" standing apart from letters is read as ("jobs & growth" / "jobs and growth"). */
  ampersandWord: string;
  /**
   * Function words that, written in capitals without stops outside a run of capitals, are an
   * initialism ("US" the country, "WHO" the organisation), as the same letters with stops always are.
   */
  capitalInitialisms: ReadonlySet<string>;
  /**
   * One word in two house styles, key to key ("okay" → "ok"): the same word for the kind, never for
   * the index or the alignment's score (docs/DESIGN.md, the twenty-third reading: kinds).
   */
  spellingVariants: ReadonlyMap<string, string>;
  /** A letter's accent is spelling ("éminence" / "eminence": a loanword in English), not another word as in French "où" / "ou". */
  accentsAreSpelling: boolean;
  /** A person may be named by any of their surnames ("Garrido" for Fermín Garrido Lasheras). */
  compoundSurnames: boolean;
  /** Nouns are capitalized (German): after a determiner a capitalized word is a noun, and a lone unknown one names nobody. */
  nounsCapitalized: boolean;
  /** Words in parentheses are an aside to a name ("Jochen Adler (DBU)", "Ana Ruiz (parteilos)"). */
  parenthesesAside: boolean;
  /** After a title, these link it to a place or office that is dropped too ("minister of"). */
  titleLinks: ReadonlySet<string>;
  /** Words that join a name's tail to its head: the tail is no person ("Department of Homeland Security"). */
  nameTailLinks: ReadonlySet<string>;
  /** Of those, the ones whose head names a group, not a person, before a tail of two names ("Deferred Action for Childhood Arrivals"). */
  groupNameLinks: ReadonlySet<string>;
  /** Possessive determiners: "who lost his mother, Frances," sets the name against that noun, not the subject. */
  possessives: ReadonlySet<string>;
  /** Honorifics after which the next word is a name even if it looks like a title ("Mr. King"). */
  honorifics: ReadonlySet<string>;
  /** Last words of an organisation's name, meaningless alone ("Party"). */
  orgTails: ReadonlySet<string>;
  /**
   * An organisation's name runs on after its head noun (one of `orgTails`, capitalized) in lowercase
   * words and "de" complements: "la Commission européenne", "l'Agence régionale de santé".
   */
  orgNamesRunOn: boolean;
  /** Heads written lowercase whose name runs on into a capitalized complement ("le ministère de l'Intérieur"). */
  lowercaseOrgHeads: ReadonlySet<string>;
  /** Last words of names that are places, outlets or things, never "he" or "she". */
  notPersonTails: ReadonlySet<string>;
  /** Last words of things and places that never speak ("Liberty Medal", "Rose Garden", "Getty Images"), not even as organisations; among `notPersonTails`. */
  thingTails: ReadonlySet<string>;
  /** Last words of a cause's name ("Human Rights", "Civil Liberties"): a run cut from an organisation's name, never a speaker. */
  causeTails: ReadonlySet<string>;
  /** Heads of a description that point to one person named nearby ("the tycoon"). */
  roleNouns: ReadonlySet<string>;
  /** Family words right before a name ("his daughter, Ann Lee"): a relative, so a bare surname may be another of the family. */
  kinNouns: ReadonlySet<string>;
  /** People described by what they are or do, not by office ("a witness", "one resident"): an unnamed subject so described may be the "she" after it. */
  personNouns: ReadonlySet<string>;
  /** Words opening a clause that sets another subject against the one before ("…," but Beck said): a cue past one is that subject's. */
  contrastOpeners: ReadonlySet<string>;
  /** What an organisation publishes, which speaks for it ("a White House statement said", "a CRS report says"). */
  documentNouns: ReadonlySet<string>;
  /** Words that end a place's or an organisation's name and are common surnames too ("Capitol Hill", "Fiona Hill"): no sign of an organisation. */
  surnameTails: ReadonlySet<string>;
  prepositions: ReadonlySet<string>;
  /** Prepositions that open a sentence, besides `prepositions`. */
  prepositionOpeners: ReadonlySet<string>;
  /** Words that end a speaker phrase when walking back from the cue ("that", "and"). */
  clauseBreaks: ReadonlySet<string>;
  /** Clause breaks that open a relative clause pointing back past itself ("who"). */
  relativePronouns: ReadonlySet<string>;
  /** Relative pronouns that stand for a thing, not a person ("a letter that said"): a thing's words credit no one. */
  thingRelativePronouns: ReadonlySet<string>;
  determiners: ReadonlySet<string>;
  /** Articles: a lone capitalized word right before one is a verb or adverb opening the sentence ("Remember the …"), no name. */
  articles: ReadonlySet<string>;
  /** Determiners of a description that names nobody in particular ("un éleveur", "ein Anwohner"). */
  indefiniteDeterminers: ReadonlySet<string>;
  /**
   * Determiners of a subject that is someone unnamed ("while a company lawyer threatened", "Added
   * another employee:"): a quote after it, with no cue of its own, continues no earlier speaker.
   */
  unnamedSubjectDeterminers: ReadonlySet<string>;
  /**
   * A definite description headed by a role noun that no nearby name carries ("aseguró la
   * letrada", "sagte der DBU-Politiker") is read like a pronoun: the person in view.
   */
  rolesInContext: boolean;
  /**
   * Before a cue, a name inside an apposition is not the phrase's head ("Léon Mabille, chef de file du
   * groupe Alternative, a dénoncé"). After a cue every language reads "said the spokesman, Ann Lee" alike.
   */
  appositionNames: boolean;
  /** First words of an insertion about a name ("Lee, a former ranger, said"). */
  appositionOpeners: ReadonlySet<string>;
  /** Words that make a title a past one ("former Attorney General Ann Lee"), and prefixes with their hyphen ("then-", "ex-"): "the attorney general" is someone else. */
  pastTitleMarks: ReadonlySet<string>;
  /** A participle that opens an insertion about a name ("Lee, speaking after…, said"). */
  opensParticiplePhrase: (lower: string) => boolean;
  /** Not-name words that may still open the speaker phrase after a cue ("said the ambassador"). */
  speakerPhraseOpeners: ReadonlySet<string>;
  /** Conjunctions that join two speakers after a cue ("said Lee and Moss"); as written. */
  conjunctions: ReadonlySet<string>;
  /** Conjunctions that may open a sentence before its subject ("But he stressed …"); lowercase. */
  sentenceConjunctions: ReadonlySet<string>;
  /** Before a name and a colon, these make it a listener, not a speaker ("told CNN:"); lowercase. */
  listenerPrepositions: ReadonlySet<string>;
  /** Prepositions whose object is the source of what follows ("More from Jones:", "a statement by Lee:"), not a listener or a topic. */
  sourcePrepositions: ReadonlySet<string>;
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
  /** Words that introduce a title written in sentence case ("intitulé", "titulado"). */
  titleIntroducers: RegExp;
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
