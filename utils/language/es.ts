/**
 * Spanish: «…», “…” and the cue after a quote with or without its subject («…», dijo García /
 * «…», añadió.), source phrases (según X, de acuerdo con X), honorifics (Sr., Sra., don, doña) and
 * compound surnames with particles (José Luis Arrabal de la Fuente).
 */
import { wordSet, type Lexicon } from '@/utils/language/lexicon';

// -ar and -er/-ir speech verbs by stem: preterite, present, imperfect, perfect participle, gerund, plural preterite.
const AR_STEMS = `declar afirm asegur señal explic indic subray destac apunt coment lament critic calific aclar precis
  contest replic pregunt ironiz sentenci expres opin anunci reclam grit relat confes avis remarc enfatiz zanj apostill
  matiz puntualiz brome lanz espet valor celebr reiter consider estim detall adelant argument justific remach desliz
  exclam clam vocifer susurr murmur acus tild insinu reproch cuestion resalt recalc manifest juzg confirm denunci narr
  inform comunic tuite alert`.split(/\s+/).filter(Boolean);
const ER_IR_STEMS = 'añad insist admit respond promet exig resum interrump defend sorprend agradec incid'.split(/\s+/);
// Present forms that are mostly nouns here: "la denuncia", "la cuenta", "la alerta".
const NOUN_LIKE = wordSet('denuncia alerta cuenta pedido escrito critica grita');

function arForms(stem: string): string[] {
  // Spelling before e/é: explicó but expliqué (not needed), lanzó, rezó: the preterite keeps the stem.
  return [`${stem}ó`, `${stem}a`, `${stem}aba`, `${stem}ado`, `${stem}ando`, `${stem}aron`, `${stem}an`];
}
function erIrForms(stem: string): string[] {
  return [`${stem}ió`, `${stem}e`, `${stem}ía`, `${stem}ido`, `${stem}iendo`, `${stem}ieron`, `${stem}en`];
}

const IRREGULAR = wordSet(`dijo dice decía dicho diciendo dijeron dicen
  sostuvo sostiene sostenía sostenido advirtió advierte advertía advertido recordó recuerda recordaba recordado
  reconoció reconoce reconocía reconocido concluyó concluye pidió pide pedía contó confesó confiesa escribió escribe
  sugirió sugiere manifestó manifiesta agregó agrega agregaba agregado negó niega afirmó expuso expone propuso
  respondió contestó preguntó insistió añadió explicó interrumpió`);

const SPEECH_VERBS: ReadonlySet<string> = new Set(
  [...AR_STEMS.flatMap(arForms), ...ER_IR_STEMS.flatMap(erIrForms), ...IRREGULAR].filter((f) => !NOUN_LIKE.has(f)),
);
const PREPOSITIONS = wordSet('a ante bajo con contra de desde en entre hacia hasta para por según sin sobre tras al del durante mediante');
/** Determiners of a description that names nobody in particular. */
const INDEFINITE_DETERMINERS = wordSet('un una unos unas uno');
const DETERMINERS = wordSet('el la los las un una unos unas su sus este esta estos estas ese esa esos esas al del lo aquel aquella');
const CLAUSE_BREAKS = wordSet('que y e pero porque cuando mientras si como donde aunque pues ni o u sino cual quien quienes cuyo cuya');

export const spanish: Lexicon = {
  code: 'es',
  functionWords: wordSet('el los las del una por con para está fue pero más como sus su al lo ha han muy también entre sobre este esta hay desde ya'),

  speechVerbs: SPEECH_VERBS,
  cuesBeforeWord: new Map(),
  questionVerbs: wordSet('preguntó pregunta preguntaba preguntado'),
  askedClause: null,
  invertedPronoun: () => null,
  isFusedCue: () => false,
  // «…», añadió.: the verb carries its subject; the person in view said it.
  dropsSubject: true,
  freeWordOrder: true,
  incisesInQuotes: true,
  splitAfterFullStop: true,
  guillemetsNest: true,
  isParticiple: (w) => /(ando|iendo|yendo)$/.test(w),
  isPastTense: (w) => /(ó|aba|ía|aron|ieron)$/.test(w) || SPEECH_VERBS.has(w),
  isFiniteVerb: (w) => /^\p{Ll}/u.test(w) && !PREPOSITIONS.has(w) && !DETERMINERS.has(w) && !CLAUSE_BREAKS.has(w),
  sourcePhrases: [['según'], ['de', 'acuerdo', 'con'], ['a', 'juicio', 'de'], ['en', 'palabras', 'de']],
  weakSourcePhrases: [['para']],
  sourcePhrasesAfterQuote: [],
  reportCues: new Set(),
  outletTails: new Set(),
  passiveAgents: wordSet('por'),
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
  glossPhrases: [['como', 'para']],
  aliasPhrases: [['conocido', 'como'], ['conocida', 'como'], ['apodado'], ['apodada']],
  audienceWords: new Set(),
  utteranceNouns: new Set(),
  addresseeMarkers: wordSet('a al ante'),
  listenerCues: new Set(),
  interviewIntro: /\b(?:entrevista con|conversación con|habló con|conversó con)\s+((?:\p{Lu}[\p{L}.'’-]*)(?: \p{Lu}[\p{L}.'’-]*){0,4})/gu,
  interviewLead: /^(P|R|Pregunta|Respuesta)\s?[.:]$/u,
  interviewOpen: /^(P|R|Pregunta|Respuesta)\s?[.:]\s/u,
  questionLabels: wordSet('P Pregunta'),
  answersInView: true,
  attributionAfterExclamation: /^\s*,?\s+(?:dijo|gritó|preguntó|exclamó)\b/u,

  pronouns: wordSet('él ella yo nosotros nosotras ellos ellas usted'),
  personPronouns: wordSet('él ella'),
  selfPronouns: wordSet('yo'),
  appositivePronouns: new Set(),
  intensifiers: new Set(),
  pronounReach: 2,
  genders: new Map([
    ['él', 'm'], ['ella', 'f'], ['sr.', 'm'], ['sr', 'm'], ['señor', 'm'], ['don', 'm'], ['el', 'm'], ['sra.', 'f'], ['sra', 'f'],
    ['señora', 'f'], ['doña', 'f'], ['la', 'f'],
  ]),
  pronounsMarkGender: false,
  givenNameGenders: new Map(),
  auxiliaries: wordSet(`ha había han habían habría ya también además luego después entonces nuevamente posteriormente incluso
    le les se me nos no`),
  isAdverbForm: (w) => /mente$/.test(w),
  notName: wordSet(`el la los las un una unos unas y e o u pero ni que en de del al a con por para sin sobre según ante tras
    desde hasta entre yo él ella ellos ellas nosotros usted su sus este esta estos estas ese esa lunes martes miércoles
    jueves viernes sábado domingo enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
    cuando donde como qué quién cómo cuándo dónde sí no ya hoy ayer mañana también`),
  titles: wordSet(`sr. sra. srta. sr sra srta don doña dr. dra. dr dra señor señora señorita ministro ministra presidente
    presidenta alcalde alcaldesa exalcalde exalcaldesa concejal concejala consejero consejera diputado diputada senador
    senadora gobernador gobernadora fiscal juez jueza abogado abogada letrado letrada portavoz secretario secretaria
    director directora jefe jefa gerente delegado delegada comisario comisaria teniente capitán capitana general coronel
    sargento inspector inspectora profesor profesora doctor doctora rey reina príncipe princesa papa obispo cardenal
    vicepresidente vicepresidenta exministro exministra expresidente expresidenta regidor regidora exregidor edil titular
    líder economista analista entrenador entrenadora seleccionador técnico candidato candidata sindicalista enfermera
    enfermero operaria operario gobernador vocero vocera`),
  titleSuffixes: [],
  nameParticles: [['de'], ['del'], ['de', 'la'], ['de', 'los'], ['de', 'las']],
  elidedPrefixes: new Set(),
  contractions: new Map(),
  percentWord: null,
  ampersandWord: 'y',
  capitalInitialisms: new Set(),
  spellingVariants: new Map(),
  accentsAreSpelling: false,
  compoundSurnames: true,
  nounsCapitalized: false,
  parenthesesAside: true,
  titleLinks: wordSet('de del'),
  nameTailLinks: new Set(),
  groupNameLinks: new Set(),
  possessives: new Set(),
  honorifics: wordSet('sr. sra. srta. sr sra srta don doña dr. dra. señor señora'),
  orgTails: wordSet(`partido comité ministerio consejería departamento administración tribunal consejo comisión agencia
    asociación instituto fundación centro universidad servicio oficina sindicato grupo red fondo junta autoridad
    hermanos`),
  orgNamesRunOn: false,
  lowercaseOrgHeads: new Set(),
  notPersonTails: wordSet('ciudad provincia país diario periódico radio televisión noticias'),
  thingTails: new Set(),
  causeTails: new Set(),
  roleNouns: wordSet(`regidor regidora exregidor letrado letrada fiscal portavoz entidad empresa compañía banco organismo
    institución corporación firma consultora sindicato patronal gobernadora gobernador alcalde alcaldesa ministro ministra
    presidente presidenta consejero consejera abogado abogada`),
  kinNouns: new Set(),
  personNouns: new Set(),
  surnameTails: new Set(),
  documentNouns: new Set(),
  contrastOpeners: new Set(),
  prepositions: PREPOSITIONS,
  prepositionOpeners: wordSet('preguntado preguntada consultado consultada tras durante pese'),
  clauseBreaks: CLAUSE_BREAKS,
  relativePronouns: wordSet('que quien quienes cual cuales cuyo cuya'),
  thingRelativePronouns: new Set(),
  determiners: DETERMINERS,
  articles: new Set(),
  indefiniteDeterminers: INDEFINITE_DETERMINERS,
  // An indefinite subject is someone unnamed here too.
  unnamedSubjectDeterminers: INDEFINITE_DETERMINERS,
  rolesInContext: true,
  appositionNames: true,
  appositionOpeners: wordSet('el la los las un una que quien'),
  pastTitleMarks: wordSet('ex antiguo antigua antiguos antiguas ex-'),
  opensParticiplePhrase: () => true,
  speakerPhraseOpeners: wordSet('el la los las un una uno él ella su sus'),
  conjunctions: wordSet('y e'),
  sentenceConjunctions: wordSet('y pero'),
  listenerPrepositions: wordSet('a al ante'),
  sourcePrepositions: wordSet('de del por'),
  organisation: /^(?:el|la|los|las) ((?:\p{Lu}[\p{L}.'’-]* ?)+)$/u,
  isPartyTag: () => false,
  neverNameWords: wordSet(`sin embargo además asimismo luego después antes ayer hoy mañana entonces incluso también tampoco
    así pues finalmente ahora aquí allí mientras aunque sí no ya quizás preguntada preguntado consultado consultada
    interrogado interrogada desde tras según durante pese en al y`),
  platforms: new Set('twitter|x|facebook|instagram|youtube|tiktok|snapchat|linkedin|whatsapp|telegram'.split('|')),
  places: new Set('españa|madrid|barcelona|sevilla|valencia|méxico|argentina|chile|colombia|perú|venezuela|cuba|europa|américa|latinoamérica'.split('|')),
  groups: wordSet('españoles socialistas populares'),

  abbreviations: wordSet('sr sra srta dr dra ud uds etc pág núm av avda dña dn'),
  sentenceTitles: wordSet('sr sra srta dr dra ud uds dña dn'),
  sentenceAbbreviations: wordSet('etc pág núm av avda'),
  sentenceOpeners: wordSet('el la los las un una y pero en con por para según él ella este esta'),

  titleLead: /(?:\b(?:titulad[oa]s?|llamad[oa]s?|denominad[oa]s?|apodad[oa]s?|conocid[oa]s? como|programa|libro|novela|película|serie|canción|álbum|ley|plan|diario|periódico))\s*$/iu,
  titleGap: /(?!)/,
  titleSmallWords: wordSet('de del la el los las y en a al con por'),
  titleIntroducers: /\b(?:titulad[oa]s?|llamad[oa]s?|denominad[oa]s?|apodad[oa]s?|título)\s*$/iu,
  elisions: new Set(),

  negations: wordSet('no nunca jamás nada nadie ninguno ninguna ningún ni sin tampoco'),
  isNegationForm: () => false,
  notNegating: [['no', 'solo'], ['no', 'sólo']],
  hedges: wordSet('puede pueden podría podrían podrá debe deben debería deberían deberá hay será sería va van'),
  quantifiers: wordSet('todo todos toda todas algunos algunas muchos muchas pocos pocas cada siempre nunca a veces más menos'),
  numberWords: new Map(Object.entries({
    dos: '2', tres: '3', cuatro: '4', cinco: '5', seis: '6', siete: '7', ocho: '8', nueve: '9', diez: '10', once: '11',
    doce: '12', veinte: '20', treinta: '30', cuarenta: '40', cincuenta: '50', cien: '100', ciento: '100', mil: '1000',
    millón: '1000000', millones: '1000000', medio: '0.5', mitad: '0.5', docena: '12', primero: '1st', primera: '1st',
    segundo: '2nd', segunda: '2nd', tercero: '3rd', tercera: '3rd',
  })),
  // Reported speech puts the future in the conditional ("será" → "sería"): grammar, not meaning.
  backshift: new Map(Object.entries({ sería: 'será', podría: 'podrá', debería: 'deberá', habría: 'habrá', iría: 'irá' })),
  numberForm: /^\d[\d.,]*(?:º|ª|%)?$/,

  stopwords: wordSet(`el la los las un una unos unas y e o u pero ni que de del al a en con por para sin sobre según ante
    tras desde hasta entre yo tú él ella ellos ellas nosotros usted me te se nos le les lo su sus mi mis tu este esta
    estos estas ese esa eso es son fue era ser está están estar ha han había hay muy más menos ya también como cuando
    donde porque si no sí dijo dice afirmó aseguró todo todos`),
  stockWords: wordSet(`gracias juntos país españa gente hoy año años tiempo día días gran grande nuevo nueva bueno buena
    importante orgullosos felices compromiso futuro necesitamos trabajo trabajar`),

  // No spelling variants are folded: Spanish spelling is one standard everywhere it is written.
  foldSpelling: (w) => w,
};
