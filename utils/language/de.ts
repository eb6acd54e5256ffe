/**
 * German: „…“, »…« and the inverted cue after a quote („…“, sagte er / sagte Müller / so Müller),
 * compound titles (Kultusministerin, Kreisbrandmeister), nouns written with a capital (so a
 * capitalized word after an article is a noun, not a name) and party tags in parentheses.
 */
import { wordSet, type Lexicon } from '@/utils/language/lexicon';

// Speech verbs, every form news uses: past (sagte), present (sagt), participle (gesagt), plural.
const SPEECH_VERBS = wordSet(`
sagte sagten sagt sagen gesagt
erklärte erklärten erklärt erklären
betonte betonten betont
meinte meinten meint gemeint
ergänzte ergänzt
fügte fügt
warnte warnt gewarnt
kritisierte kritisiert
rief ruft gerufen
fragte fragt gefragt
antwortete antwortet geantwortet
schrieb schreibt geschrieben
teilte teilt mitgeteilt
berichtete berichtet
erzählte erzählt
bestätigte bestätigt
räumte räumt eingeräumt
sprach spricht gesprochen
nannte nennt genannt
hieß heißt
bekräftigte bekräftigt
versicherte versichert
unterstrich unterstreicht
widersprach widerspricht
mahnte mahnt
appellierte appelliert
klagte klagt beklagte beklagt
kommentierte kommentiert
verkündete verkündet
kündigte kündigt
hält hielt
warf wirft
erwiderte erwidert
entgegnete entgegnet
beteuerte beteuert
gestand gesteht
schimpfte schimpft
scherzte
seufzte
forderte fordert
verwies verweist
versprach verspricht versprochen
erläuterte erläutert
schilderte schildert
erinnerte erinnert
bedauerte bedauert
monierte moniert
bemängelte bemängelt
lobte lobt
bilanzierte bilanziert
resümierte resümiert
spottete spottet
jubelte jubelt
drohte droht
bekannte
twitterte
`);

const IRREGULAR_PAST = wordSet('war waren hatte hatten wies warf rief hieß sprach schrieb nannte gab ging kam stand zog hielt fiel ließ blieb sah trat nahm traf fand bat lag saß wurde');
const PREPOSITIONS = wordSet('in an auf aus bei mit nach von vor zu zur zum über unter für gegen ohne um durch seit bis neben zwischen hinter im am vom beim ins ans wegen trotz während laut gegenüber');
/** Determiners of a description that names nobody in particular. */
const INDEFINITE_DETERMINERS = wordSet('ein eine einen einem einer eines');
const DETERMINERS = wordSet(`der die das den dem des ein eine einen einem einer eines kein keine keinen sein seine seinen seinem
  seiner ihr ihre ihren ihrem ihrer unser unsere unseren dieser diese dieses diesem diesen jeder jede jedes jedem jeden im am
  zum zur vom beim ins ans`);
const CLAUSE_BREAKS = wordSet('dass und aber oder denn weil wenn als ob während nachdem bevor obwohl da wie was wer wo welche welcher sondern');

// Places that never speak, among the tails of names that are no person.
const DE_THING_TAILS = wordSet('straße platz halle');

export const german: Lexicon = {
  code: 'de',
  functionWords: wordSet('der die das und ist nicht ein eine mit sich auf für dem den im auch er wir hat wird von zu sind nach bei aus noch wie werden einen'),

  speechVerbs: SPEECH_VERBS,
  cuesBeforeWord: new Map(),
  questionVerbs: wordSet('fragte fragt gefragt'),
  askedClause: null,
  invertedPronoun: () => null,
  isFusedCue: () => false,
  dropsSubject: false,
  freeWordOrder: true,
  incisesInQuotes: false,
  splitAfterFullStop: false,
  guillemetsNest: true,
  isParticiple: () => false,
  isPastTense: (w) => /(te|ten)$/.test(w) || IRREGULAR_PAST.has(w),
  isFiniteVerb: (w) => /^\p{Ll}/u.test(w) && !PREPOSITIONS.has(w) && !DETERMINERS.has(w) && !CLAUSE_BREAKS.has(w),
  sourcePhrases: [['laut']],
  weakSourcePhrases: [],
  // „…“, so Bellini: "so" credits a speaker only right after the closing mark.
  sourcePhrasesAfterQuote: [['so']],
  reportCues: new Set(),
  outletTails: new Set(),
  passiveAgents: wordSet('von'),
  passiveAuxiliaries: new Set(),
  placeHeads: new Set(),
  participleOnlyCues: new Set(),
  participleLinks: new Set(),
  negatedAuxiliary: /(?!)/,
  absoluteOpeners: new Set(),
  complementizers: new Set(),
  infinitiveMarkers: new Set(),
  requestVerbs: new Set(),
  requestLinks: new Set(),
  pairWords: new Set(),
  glossPhrases: [],
  aliasPhrases: [['genannt']],
  audienceWords: new Set(),
  utteranceNouns: new Set(),
  addresseeMarkers: new Set(),
  listenerCues: new Set(),
  interviewIntro: /\b(?:Interview mit|Gespräch mit|sprach mit|sprachen mit)\s+((?:\p{Lu}[\p{L}.'’-]*)(?: \p{Lu}[\p{L}.'’-]*){0,4})/gu,
  interviewLead: /^(Frage|Antwort|F|A)\s?:$/u,
  interviewOpen: /^(Frage|Antwort|F|A)\s?:\s/u,
  questionLabels: wordSet('Frage F'),
  answersInView: true,
  attributionAfterExclamation: /^\s*,?\s+(?:sagte|rief|fragte|erklärte)\b/u,

  pronouns: wordSet('er sie ich wir es man'),
  personPronouns: wordSet('er sie'),
  selfPronouns: wordSet('ich'),
  appositivePronouns: new Set(),
  intensifiers: new Set(),
  pronounReach: 2,
  genders: new Map([['er', 'm'], ['sie', 'f'], ['herr', 'm'], ['frau', 'f'], ['der', 'm'], ['die', 'f']]),
  pronounsMarkGender: false,
  givenNameGenders: new Map(),
  auxiliaries: wordSet(`auch noch bereits schon dann später zudem außerdem erneut nochmals wiederholt hat habe hatte wird würde
    soll sollte ebenfalls jedoch aber dagegen allerdings zunächst sich nur`),
  isAdverbForm: (w) => /(lich|weise)$/.test(w),
  notName: wordSet(`der die das den dem des ein eine einen einem einer eines er sie es ich wir ihr man und oder aber denn
    doch in an auf aus bei mit nach von vor zu zur zum über unter für gegen ohne um im am vom beim ins dass wie was wer wo
    montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz april mai juni juli august september
    oktober november dezember als wenn ob sein seine ihre ihr unser dieser diese dieses jeder jede alle`),
  titles: wordSet(`herr frau dr dr. prof prof. ing. dipl. professor professorin präsident präsidentin minister ministerin
    kanzler kanzlerin bürgermeister bürgermeisterin landrat landrätin kapitän kapitänin trainer trainerin richter richterin
    sprecher sprecherin pfarrer pfarrerin bischof papst könig königin prinz prinzessin chef chefin kämmerer verteidiger
    verteidigerin direktor direktorin vorsitzende vorsitzender abgeordnete abgeordneter senator senatorin`),
  // Compound titles end in a title: Kultusministerin, Kreisbrandmeister, Bezirksleiterin, DBU-Politiker.
  titleSuffixes: ['minister', 'ministerin', 'präsident', 'präsidentin', 'meister', 'meisterin', 'direktor', 'direktorin',
    'leiter', 'leiterin', 'chef', 'chefin', 'sprecher', 'sprecherin', 'kanzler', 'kanzlerin', 'trainer', 'trainerin',
    'anwalt', 'anwältin', 'richter', 'richterin', 'politiker', 'politikerin', 'vorsitzender', 'vorsitzende', 'sekretär',
    'sekretärin', 'beauftragter', 'beauftragte', 'rat', 'rätin', 'kommissar', 'kommissarin', 'experte', 'expertin',
    'verwalter', 'verwalterin', 'führer', 'führerin', 'professor', 'professorin', 'abgeordneter', 'abgeordnete',
    'verteidiger', 'verteidigerin', 'manager', 'managerin', 'ökonom', 'ökonomin', 'forscher', 'forscherin',
    // An age stands for the person: "der 31-Jährige", "die 27-Jährige".
    'jährige', 'jähriger'],
  nameParticles: [['von'], ['von', 'der'], ['von', 'dem'], ['zu'], ['von', 'und', 'zu'], ['van'], ['van', 'der'], ['de']],
  elidedPrefixes: new Set(),
  contractions: new Map(),
  percentWord: 'Prozent',
  ampersandWord: 'und',
  capitalInitialisms: new Set(),
  spellingVariants: new Map(),
  accentsAreSpelling: false,
  compoundSurnames: false,
  nounsCapitalized: true,
  parenthesesAside: true,
  titleLinks: wordSet('für von des der'),
  nameTailLinks: new Set(),
  groupNameLinks: new Set(),
  possessives: new Set(),
  honorifics: wordSet('herr frau dr dr. prof prof.'),
  orgTails: wordSet(`partei ausschuss ministerium verwaltung gericht rat kommission agentur verband institut stiftung zentrum
    universität amt büro fraktion kampagne kirche gewerkschaft koalition union gruppe netzwerk projekt fonds vorstand
    behörde landtag bundestag regierung polizei feuerwehr staatsanwaltschaft`),
  orgNamesRunOn: false,
  lowercaseOrgHeads: new Set(),
  notPersonTails: new Set([...wordSet('haus zeitung rundschau nachrichten post welt stadt land kreis'), ...DE_THING_TAILS]),
  thingTails: DE_THING_TAILS,
  causeTails: new Set(),
  roleNouns: wordSet(`politiker politikerin angeklagte angeklagter zeugin zeuge autorin autor ministerin minister
    bürgermeisterin bürgermeister kanzlerin kanzler trainerin trainer unternehmen firma konzern`),
  kinNouns: new Set(),
  personNouns: new Set(),
  surnameTails: new Set(),
  documentNouns: new Set(),
  contrastOpeners: new Set(),
  prepositions: PREPOSITIONS,
  prepositionOpeners: wordSet('trotz wegen während laut angesichts'),
  clauseBreaks: CLAUSE_BREAKS,
  relativePronouns: wordSet('welche welcher welches'),
  thingRelativePronouns: new Set(),
  determiners: DETERMINERS,
  articles: new Set(),
  indefiniteDeterminers: INDEFINITE_DETERMINERS,
  // An indefinite subject is someone unnamed here too.
  unnamedSubjectDeterminers: INDEFINITE_DETERMINERS,
  rolesInContext: true,
  appositionNames: true,
  appositionOpeners: wordSet('der die das ein eine'),
  pastTitleMarks: wordSet('ehemalige ehemaliger ehemaligen ehemaliges frühere früherer früheren ex ex-'),
  opensParticiplePhrase: () => true,
  speakerPhraseOpeners: wordSet('der die das den dem des ein eine einer er sie es man sein seine ihr ihre'),
  conjunctions: wordSet('und'),
  sentenceConjunctions: wordSet('und aber doch'),
  listenerPrepositions: wordSet('gegenüber'),
  sourcePrepositions: wordSet('von vom durch'),
  // Every noun is capitalized: "die Ministerin" names no organisation (one is credited by its name alone).
  organisation: /(?!)/,
  isPartyTag: () => false,
  neverNameWords: wordSet(`allerdings dennoch jedoch auch zudem außerdem trotzdem deshalb daher dann danach später zuvor bereits
    schon heute gestern inzwischen mittlerweile unterdessen derweil immerhin zunächst schließlich letztlich besonders nun
    jetzt hier dort so ja nein doch also gleichwohl ebenso ebenfalls bislang bisher damals einst künftig skeptisch
    vor zwar gerade eben sogar vielleicht wohl offenbar angeblich hingegen stattdessen`),
  platforms: new Set('twitter|x|facebook|instagram|youtube|tiktok|snapchat|linkedin|whatsapp|telegram'.split('|')),
  places: new Set('deutschland|österreich|schweiz|berlin|hamburg|münchen|köln|frankfurt|wien|zürich|europa|bayern|sachsen|hessen'.split('|')),
  groups: wordSet('deutsche grüne sozialdemokraten konservative'),

  abbreviations: wordSet('dr prof ing dipl mag st hr fr bzw usw z.b u.a ca nr str jan feb apr aug sept okt nov dez'),
  sentenceTitles: wordSet('dr prof ing dipl mag st hr fr nr str'),
  sentenceAbbreviations: wordSet('bzw usw ca jan feb apr aug sept okt nov dez'),
  sentenceOpeners: wordSet('der die das er sie es ich wir man und aber doch in im am auch dann so ein eine'),

  titleLead: /(?:\b(?:titel|namens|genannt|buch|roman|film|sendung|serie|programm|gesetz|zeitung|initiative|projekt|namen|den|der|das|dem))\s*$/iu,
  titleGap: /(?!)/,
  titleSmallWords: wordSet('der die das und von für im am in an zu den dem des'),
  titleIntroducers: /\b(?:titel|namens|genannt|namen|heißt|titelt)\s*$/iu,
  elisions: new Set(),

  negations: wordSet('nicht nie niemals kein keine keinen keinem keiner nichts niemand weder noch ohne'),
  isNegationForm: () => false,
  notNegating: [['nicht', 'nur']],
  hedges: wordSet('kann können könnte könnten muss müssen müsste sollte sollten soll sollen wird werden würde würden darf dürfen'),
  quantifiers: wordSet('alle alles einige manche viele wenige jeder jede jedes immer oft manchmal selten mehr weniger meisten'),
  numberWords: new Map(Object.entries({
    zwei: '2', drei: '3', vier: '4', fünf: '5', sechs: '6', sieben: '7', acht: '8', neun: '9', zehn: '10', elf: '11',
    zwölf: '12', zwanzig: '20', dreißig: '30', vierzig: '40', fünfzig: '50', hundert: '100', tausend: '1000',
    million: '1000000', millionen: '1000000', milliarde: '1000000000', milliarden: '1000000000', halb: '0.5',
    hälfte: '0.5', dutzend: '12', erste: '1st', ersten: '1st', zweite: '2nd', zweiten: '2nd', dritte: '3rd', dritten: '3rd',
  })),
  // Reported speech moves to the subjunctive ("wird" → "werde", "würde"; plural "werden" → "würden",
  // "können" → "könnten", where subjunctive I equals the indicative): grammar, not meaning.
  backshift: new Map(Object.entries({
    werde: 'wird', würde: 'wird', könne: 'kann', müsse: 'muss', solle: 'soll', sei: 'ist',
    würden: 'werden', könnten: 'können', müssten: 'müssen', seien: 'sind',
  })),
  numberForm: /^\d[\d.,]*\.?$/,

  stopwords: wordSet(`der die das den dem des ein eine einen einem einer eines und oder aber doch denn sondern ich du er sie es
    wir ihr man mich mir dich dir sich uns euch ihn ihm ihnen ist sind war waren bin bist sein hat haben hatte hatten
    wird werden wurde wurden kann können muss müssen soll sollen will wollen nicht kein keine in an auf aus bei mit nach
    von vor zu zur zum über unter für gegen ohne um durch im am vom beim ins dass wie was wer wo wenn als ob auch noch
    schon nur so sehr dann da hier dort mehr sagte sagt gesagt erklärte`),
  stockWords: wordSet(`danke gemeinsam land deutschland menschen heute jahr jahre zeit tag tage gut große großen wichtig neue
    neuen arbeit zukunft müssen brauchen stolz froh klar`),

  // ß and ss are one spelling (Swiss German writes ss, and the 1996 reform moved daß to dass).
  foldSpelling: (w) => w.replace(/ß/g, 'ss'),
};
