/**
 * French: the press's « … » with its inverted cues (« … », a-t-il déclaré ; « … », explique-t-elle),
 * source phrases (selon X, d’après lui), titles and honorifics (M., Mme, le ministre de …, X),
 * elided articles written onto the next word (l’Élysée, d’après) and name particles (Anne de Valmont).
 */
import { wordSet, type Lexicon } from '@/utils/language/lexicon';

// -er speech verbs by stem: third person present, imperfect, simple past, past participle, present participle.
// Stems whose present form is mostly a noun ("note", "annonce", "demande") give that form only fused ("annonce-t-il").
const ER_STEMS = `déclar affirm ajout expliqu précis indiqu assur estim soulign confi racont insist gliss ironis pest
  relativis regrett déplor confirm justifi qualifi témoign résum comment avou observ jur interrog réclam répliqu
  rétorqu lâch tonn exclam cri alert tranch analys détaill nuanc plaid protest fustig raill salu félicit inquiét
  alarm accus énumér signal tweet poursuiv martel rappel lanc dénonc annonc avanc prononc complét considér
  résum exhort prôn certifi clam assén répét concéd suggér soupir souffl murmur chuchot hurl scand dédramatis
  minimis reconnaiss prévien constat`.split(/\s+/).filter(Boolean);
const NOUN_LIKE_PRESENT = wordSet('note remarque critique alerte réclame juge demande annonce constate signale');

/** Written forms of an -er stem, with the spelling changes before a, o (lanç-, mang-) and the è of martèle, complète. */
function erForms(stem: string): string[] {
  const soft = stem.endsWith('c') ? `${stem.slice(0, -1)}ç` : stem.endsWith('g') ? `${stem}e` : stem;
  const present = stem === 'martel' ? 'martèle' : stem === 'rappel' ? 'rappelle' : stem === 'complét' ? 'complète'
    : stem === 'considér' ? 'considère' : stem === 'répét' ? 'répète' : stem === 'concéd' ? 'concède' : stem === 'suggér' ? 'suggère'
      : stem === 'énumér' ? 'énumère' : stem === 'inquiét' ? 'inquiète' : stem === 'assén' ? 'assène' : `${stem}e`;
  return [present, `${present}nt`, `${soft}ait`, `${soft}aient`, `${soft}a`, `${stem}é`, `${stem}ée`, `${soft}ant`];
}

// Verbs that are not -er (or not regular), written out.
const OTHER_FORMS = wordSet(`dit dire disait disaient disant dira redit prédit contredit
  écrit écrivait écrivant décrit décrivait
  reconnaît reconnaissait reconnu reconnaissant admet admettait admis promet promettait promis
  répond répondait répondu répondant conclut concluait conclu concluant poursuit poursuivait poursuivi
  prévient prévenait prévenu avertit avertissait averti réagit réagissait réagi renchérit renchérissait renchéri
  reprend reprenait repris s'exclame sourit souriait souri maintient maintenait maintenu soutient soutenait soutenu
  admettent disent répondent expliquent`);

const PRESENT_OF = new Set(ER_STEMS.map((s) => erForms(s)[0]));
const SPEECH_VERBS: ReadonlySet<string> = new Set([
  ...ER_STEMS.flatMap(erForms).filter((f) => !NOUN_LIKE_PRESENT.has(f)),
  ...OTHER_FORMS,
]);
// "a-t-il", "dit-elle", "estime-t-on": a verb and its subject pronoun written as one word.
const INVERTED = /^(\p{L}+)(?:-t)?-(il|elle|ils|elles|on)$/u;

const PREPOSITIONS = wordSet("à de d' en dans par pour sur sous avec sans chez vers entre contre devant derrière après avant depuis pendant selon auprès au aux du des lors");
const CLAUSE_BREAKS = wordSet("que qu' qui et mais car lorsque quand alors tandis puisque comme si où dont donc ni");
/** Determiners of a description that names nobody in particular. */
const INDEFINITE_DETERMINERS = wordSet('un une des plusieurs certains certaines quelques');
const DETERMINERS = wordSet("le la les l' un une des du son sa ses leur leurs ce cet cette ces notre nos votre vos mon ma mes au aux");

const PLACES = new Set(`france|paris|lyon|marseille|toulouse|bordeaux|lille|nantes|strasbourg|bruxelles|belgique|suisse
genève|québec|canada|europe|allemagne|espagne|italie|royaume-uni|londres|berlin|madrid|rome|washington|moscou|pékin
afrique|algérie|maroc|tunisie|sénégal|bretagne|normandie|alsace|corse|île-de-france|provence`.split(/[|\n]/));

export const french: Lexicon = {
  code: 'fr',
  functionWords: wordSet('le les des du est et une dans pour pas sur au aux avec cette il elle ont sont mais plus ses qui ne nous vous leur était été aussi comme'),

  speechVerbs: SPEECH_VERBS,
  // "a fait savoir l’Élysée": "fait" is a cue before "savoir".
  cuesBeforeWord: new Map([['savoir', wordSet('fait')]]),
  questionVerbs: wordSet('demande demandé demandait interroge interrogé interrogeait'),
  askedClause: null,
  invertedPronoun: (w) => INVERTED.exec(w)?.[2] ?? null,
  isFusedCue: (w) => {
    const m = INVERTED.exec(w);
    return m !== null && (SPEECH_VERBS.has(m[1]) || PRESENT_OF.has(m[1]) || NOUN_LIKE_PRESENT.has(m[1]));
  },
  dropsSubject: false,
  freeWordOrder: true,
  incisesInQuotes: true,
  splitAfterFullStop: false,
  guillemetsNest: true,
  isParticiple: (w) => w.endsWith('ant'),
  isPastTense: (w) => /(é|ée|it|is|u)$/.test(w) || SPEECH_VERBS.has(w),
  isFiniteVerb: (w) => /^\p{Ll}/u.test(w) && !PREPOSITIONS.has(w) && !DETERMINERS.has(w) && !CLAUSE_BREAKS.has(w),
  sourcePhrases: [['selon'], ["d'", 'après']],
  weakSourcePhrases: [['pour']],
  sourcePhrasesAfterQuote: [],
  reportCues: new Set(),
  outletTails: new Set(),
  passiveAgents: wordSet('par'),
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
  glossPhrases: [['comme', 'pour']],
  aliasPhrases: [['surnommé'], ['surnommée'], ['dit']],
  audienceWords: new Set(),
  utteranceNouns: new Set(),
  addresseeMarkers: wordSet('à au aux auprès'),
  listenerCues: new Set(),
  interviewIntro: /\b(?:entretien avec|interview avec|rencontre avec|a répondu aux questions de|interrogée? par nos soins,?)\s+((?:\p{Lu}[\p{L}.'’-]*)(?: \p{Lu}[\p{L}.'’-]*){0,4})/gu,
  interviewLead: /^(Q|R|Question|Réponse)\s?:$/u,
  interviewOpen: /^(Q|R|Question|Réponse)\s?:\s/u,
  questionLabels: wordSet('Q Question'),
  answersInView: true,
  attributionAfterExclamation: /^\s*,?\s+(?:a-t-(?:il|elle)|lance|s'exclame|s’exclame)\b/u,

  pronouns: wordSet('il elle ils elles on je nous lui'),
  personPronouns: wordSet('il elle lui'),
  selfPronouns: wordSet('je'),
  appositivePronouns: wordSet('lui elle eux elles'),
  intensifiers: new Set(),
  pronounReach: 2,
  genders: new Map([
    ['il', 'm'], ['lui', 'm'], ['elle', 'f'], ['m.', 'm'], ['monsieur', 'm'], ['le', 'm'], ['mme', 'f'], ['madame', 'f'],
    ['mlle', 'f'], ['la', 'f'], ['sénatrice', 'f'], ['directrice', 'f'], ['présidente', 'f'], ['députée', 'f'], ['avocate', 'f'],
  ]),
  pronounsMarkGender: false,
  givenNameGenders: new Map(),
  // Clitics, auxiliaries and adverbs between a subject and its verb ("Castagné ne cachait pas", "se dit").
  auxiliaries: wordSet(`a avait aura aurait ont avaient est était sera serait se s' ne n' lui leur y en pas encore déjà aussi
    également alors ensuite enfin ainsi même toujours bien jamais d'ailleurs pourtant cependant`),
  isAdverbForm: (w) => /ment$/.test(w),
  notName: wordSet(`le la les l' un une des du de d' et ou mais donc or ni car en dans sur pour par avec sans chez ce cet
    cette ces il elle ils elles on je tu nous vous son sa ses leur leurs mon ma mes notre nos votre qui que qu' quoi où
    quand comment pourquoi lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet
    août septembre octobre novembre décembre selon après avant depuis pendant devant derrière lors tout tous toute toutes
    aucun aucune chaque plusieurs y à au aux face`),
  titles: wordSet(`m. mme mmes mlle mlles me dr pr mgr monsieur madame mademoiselle maître docteur docteure professeur professeure
    président présidente ministre sénateur sénatrice député députée maire adjoint adjointe préfet préfète lieutenant
    lieutenante capitaine commandant colonel général générale juge procureur procureure avocat avocate secrétaire
    porte-parole directeur directrice chef cheffe délégué déléguée conseiller conseillère premier première vice-président
    vice-présidente ancien ancienne pdg patron patronne rapporteur rapporteure gouverneur commissaire abbé père sœur
    monseigneur cardinal évêque pape roi reine prince princesse chirurgien médecin infirmier infirmière entraîneur
    entraîneuse sélectionneur candidat candidate fondateur fondatrice économiste chercheur chercheuse historien
    historienne sociologue politologue écrivain écrivaine romancier romancière auteur autrice journaliste éditorialiste
    syndicaliste militant militante responsable dirigeant dirigeante sapeur édile élu élue chancelier chancelière`),
  titleSuffixes: [],
  nameParticles: [['de'], ['du'], ['des'], ["d'"], ['de', 'la']],
  elidedPrefixes: wordSet('l d qu j n s c m t jusqu lorsqu puisqu quoiqu'),
  contractions: new Map(),
  percentWord: null,
  ampersandWord: 'et',
  capitalInitialisms: new Set(),
  spellingVariants: new Map(),
  accentsAreSpelling: false,
  compoundSurnames: false,
  nounsCapitalized: false,
  parenthesesAside: true,
  titleLinks: wordSet("de du des d' d’ à"),
  nameTailLinks: new Set(),
  groupNameLinks: new Set(),
  possessives: new Set(),
  honorifics: wordSet('m. mme mmes mlle mlles me dr pr monsieur madame'),
  orgTails: wordSet(`parti comité ministère conseil commission agence association institut fondation centre université
    service office syndicat groupe réseau fonds tribunal cour préfecture mairie assemblée sénat fédération confédération
    union banque autorité`),
  orgNamesRunOn: true,
  lowercaseOrgHeads: wordSet('ministère secrétariat'),
  notPersonTails: wordSet('ville région département république nation monde presse journal radio télévision info infos'),
  thingTails: new Set(),
  causeTails: new Set(),
  roleNouns: wordSet(`technicien technicienne prévenu prévenue accusé accusée adjoint adjointe élu élue gendarme policier
    policière patron patronne édile ministre maire préfet préfète entreprise société groupe enseigne`),
  kinNouns: new Set(),
  personNouns: new Set(),
  surnameTails: new Set(),
  documentNouns: new Set(),
  contrastOpeners: new Set(),
  prepositions: PREPOSITIONS,
  prepositionOpeners: wordSet('malgré face outre parmi durant hormis'),
  clauseBreaks: CLAUSE_BREAKS,
  relativePronouns: wordSet('qui dont lequel laquelle'),
  thingRelativePronouns: new Set(),
  determiners: DETERMINERS,
  articles: new Set(),
  indefiniteDeterminers: INDEFINITE_DETERMINERS,
  // An indefinite subject is someone unnamed here too.
  unnamedSubjectDeterminers: INDEFINITE_DETERMINERS,
  rolesInContext: true,
  appositionNames: true,
  appositionOpeners: wordSet("le la l' les un une qui dont"),
  pastTitleMarks: wordSet('ancien ancienne anciens anciennes ex ex-'),
  opensParticiplePhrase: () => true,
  speakerPhraseOpeners: wordSet("le la l' les un une il elle lui son sa ses leur"),
  conjunctions: wordSet('et'),
  sentenceConjunctions: wordSet('et mais'),
  listenerPrepositions: wordSet('à au aux auprès'),
  sourcePrepositions: wordSet('de d par'),
  organisation: /^(?:le|la|les|l['’]) ?((?:\p{Lu}[\p{L}.'’-]* ?)+)$/u,
  isPartyTag: () => false,
  neverNameWords: wordSet(`pourtant ensuite enfin puis alors ainsi cependant toutefois néanmoins également aussi désormais
    aujourd'hui hier demain mais or devant lors face oui non certes bref bien voilà seulement notamment surtout depuis dès
    hélas encore déjà sinon outre parallèlement interrogé interrogée selon après avant pendant côté quant sur dans pour
    mieux même reste vers malgré certes évidemment finalement heureusement malheureusement visiblement clairement`),
  platforms: new Set('twitter|x|facebook|instagram|youtube|tiktok|snapchat|linkedin|whatsapp|telegram'.split('|')),
  places: PLACES,
  groups: wordSet('français françaises européens républicains socialistes écologistes insoumis'),

  abbreviations: wordSet('m mme mlle me dr pr mgr st ste janv févr avr juil sept oct nov déc etc env av bd cf'),
  sentenceTitles: wordSet('m mme mmes mlle me dr pr mgr st ste'),
  sentenceAbbreviations: wordSet('janv févr avr juil sept oct nov déc etc env av bd cf'),
  sentenceOpeners: wordSet('le la les il elle ils elles on je nous vous ce cette ces mais et puis alors en dans pour selon un une des'),

  titleLead: /(?:\b(?:intitulée?s?|baptisée?s?|surnommée?s?|appelée?s?|émission|livre|roman|film|festival|journal|quotidien|magazine|série|chanson|album|programme|opération|plan|loi|dans|sur|de))\s*$/iu,
  titleGap: /(?!)/,
  titleSmallWords: wordSet("de du des la le les l' et à en d' au aux"),
  titleIntroducers: /\b(?:intitulée?s?|baptisée?s?|nommée?s?|appelée?s?|titre)\s*$/iu,
  elisions: new Set(),

  // "ne" / "n'" alone is register, not meaning (spoken French drops it: "on sait pas"); the second word negates.
  negations: wordSet('pas plus jamais rien personne aucun aucune nul nulle ni sans guère'),
  isNegationForm: () => false,
  notNegating: [],
  hedges: wordSet('pourrait pourraient peut peuvent pourra devrait devraient doit doivent devra faut faudrait sera serait va vont'),
  quantifiers: wordSet('tous tout toute toutes certains certaines plusieurs quelques beaucoup peu chaque toujours souvent parfois rarement moins'),
  numberWords: new Map(Object.entries({
    deux: '2', trois: '3', quatre: '4', cinq: '5', six: '6', sept: '7', huit: '8', neuf: '9', dix: '10', onze: '11',
    douze: '12', treize: '13', quatorze: '14', quinze: '15', seize: '16', vingt: '20', trente: '30', quarante: '40',
    cinquante: '50', soixante: '60', cent: '100', mille: '1000', million: '1000000', millions: '1000000',
    milliard: '1000000000', milliards: '1000000000', demi: '0.5', moitié: '0.5', douzaine: '12', premier: '1st',
    première: '1st', deuxième: '2nd', second: '2nd', seconde: '2nd', troisième: '3rd',
  })),
  // Indirect speech puts the future in the conditional ("sera" → "serait"): grammar, not meaning.
  backshift: new Map(Object.entries({ pourrait: 'pourra', devrait: 'devra', serait: 'sera', aurait: 'aura', faudrait: 'faudra' })),
  numberForm: /^\d[\d.,]*(?:e|er|ère|es)?$/,

  stopwords: wordSet(`a à au aux avec ce ces cet cette dans de des du elle elles en et est été être il ils je la le les leur
    leurs lui ma mais me même mes moi mon ne nos notre nous on ou où par pas pour qu que qui sa se ses son sur ta te tes
    toi ton tu un une vos votre vous y c d j l m n s t jusqu lorsqu puisqu quoiqu ont sont était étaient sera serait avait avaient fait faire plus
    très aussi comme si tout tous toute toutes cela ça ceci celui celle ceux dont donc or ni car dit déclaré affirmé
    ajouté selon entre sans sous chez vers depuis pendant avant après encore déjà bien rien personne chaque quand comment
    pourquoi alors ainsi`),
  stockWords: wordSet(`merci ensemble pays france français nation monde travail gens aujourd'hui année années ans temps jour
    jours grand grande nouveau nouvelle bon bonne important importante fiers fier heureux engagement avenir besoin
    vraiment faut veut voulons savons pensons croyons`),

  // The 1990 spelling reform drops the circumflex on i and u (connaître / connaitre); œ and æ are two letters.
  foldSpelling: (w) => w.replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/î/g, 'i').replace(/û/g, 'u'),
};
