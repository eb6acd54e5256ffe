/**
 * English: the lexicon the engine was tuned on (news in US and British English). Every English
 * word list the quote engine, sentence splitter, term weights, meaning change and spelling fold
 * consult lives here; the engine keeps only rules.
 */
import { wordSet, type Lexicon } from '@/utils/language/lexicon';

// Each line: the forms of one verb. Past and present forms matter most in news; -ing forms cover
// "…, saying" and "Speaking at …" stays out on purpose (it introduces no quote by itself). Forms
// that are more often nouns ("notes", "report", "claims", "state") are left out.
const SPEECH_VERBS = wordSet(`
say says said saying
tell tells told telling
add adds added adding
noted noting
stress stresses stressed stressing
emphasise emphasises emphasised emphasising emphasize emphasizes emphasized emphasizing
highlighted highlighting
write writes wrote written writing
tweeted tweeting
posted
emailed e-mailed texted
argue argues argued arguing
warn warns warned
insist insists insisted insisting
explain explains explained explaining
ask asks asked asking
reply replies replied replying
respond responds responded responding
answered
continue continues continued continuing
declare declares declared declaring
recall recalls recalled recalling
stated stating
claimed claiming
announce announces announced announcing
admit admits admitted admitting
acknowledge acknowledges acknowledged acknowledging
assert asserts asserted asserting
observe observes observed
remarked
commented commenting
suggest suggests suggested suggesting
predict predicts predicted predicting
promised promising
vowed vowing
pledged pledging
urge urges urged urging
caution cautions cautioned cautioning
concede concedes conceded conceding
contend contends contended contending
maintain maintains maintained
quipped quipping
joked joking
boast boasts boasted boasting
complain complains complained complaining
lament laments lamented lamenting
exclaim exclaims exclaimed
exhort exhorts exhorted
shout shouts shouted shouting
yell yells yelled yelling
chant chants chanted chanting
scream screams screamed
whisper whispers whispered
mutter mutters muttered
proclaim proclaims proclaimed
testify testifies testified testifying
reported
conclude concludes concluded
counter counters countered
retort retorts retorted
interject interjects interjected
agree agrees agreed
confirm confirms confirmed
deny denies denied
recount recounts recounted
demanded demanding
reiterate reiterates reiterated reiterating
mention mentions mentioned
describe describes described
predict predicts predicted
sing sings sang
pleads pleaded
begged
pointed
echoed echoing
cried
jeer jeers jeered
beamed
boomed
barked
retaliated
gush gushes gushed
snapped
scoff scoffs scoffed
sighed
laughed
touts touted
charged
pressed
mused
opined
wondered wonders
`);

const IRREGULAR_PAST = wordSet(`went made took gave sent spoke came got held met left put ran saw struck hit told said wrote shot threw drew led brought began broke stood sat fought won lost kept
  did had knew thought became heard paid sought taught understood sold built spent bought caught chose flew grew forgot slept swore meant`);

// Things and places that never speak: the tail of a name that is no one ("Liberty Medal", "Rose Garden", "Getty Images").
const THING_TAILS = wordSet(`island islands act amendment medal award prize treaty accord memorial monument stadium
  arena airport station cathedral basilica hotel square avenue videos video photos images farm ranch lawn war wars
  plan plans program programs programme initiative strategy budget proposal resolution agreement doctrine manifesto`);

// Words that open a sentence or clause and are never part of a name.
// A verb that opens a question ("Was Lee right?") or a scene ("Enter Ann Lee, …", "Meet Ann Lee") opens no name either
// ("Do", "Will", "May", "Can" are given names or surnames), nor a speech verb opening an inverted attribution ("Added Lee:"),
// nor people described in the plural ("Others in the party say", "Critics contended").
const NEVER_NAME_WORDS = wordSet(`
others critics opponents supporters proponents
notably strikingly interestingly importantly ironically meanwhile however instead indeed wait
similarly conversely additionally moreover furthermore finally tonight today yesterday tomorrow
earlier later separately specifically clearly obviously apparently surprisingly unsurprisingly
unfortunately fortunately frankly honestly actually basically ultimately eventually previously
recently currently overall look listen well oh yes okay ok sure hey please thanks again plus even
only just perhaps maybe probably certainly admittedly sadly luckily hopefully oddly curiously
predictably tellingly remarkably incredibly amazingly naturally although though despite since
because whether unless until whereas whenever wherever whilst asked speaking discussing reprising
nevertheless nonetheless otherwise thus hence
throughout during retired file
therefore still now then next first second third last lastly secondly thirdly ah wow alas whoa oops yikes ouch ugh hmm
sorry hello hi goodbye no nope yeah yep absolutely exactly right true both neither either such
another alongside amid among like unlike each every all some many most several few any none
edt est cdt cst mdt mst pdt pst gmt utc bst cet et pt am pm updated update
watch watched must related advertisement highlights caption photo image video story presented sponsored
one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion
was were is are did does has have had would should could shall
added said wrote replied continued explained insisted argued noted tweeted recalled declared stated
claimed responded answered stressed warned
saying adding writing replying continuing explaining insisting arguing noting tweeting recalling
declaring stating claiming responding answering stressing warning telling asking
enter meet imagine consider remember
`);
// Days the calendar names ("On Christmas Eve, the pope …"): capitalized words side by side, never a person.
const NAMED_DAYS = ['christmas', 'christmas eve', 'christmas day', 'easter', 'easter sunday', 'thanksgiving', 'new year',
  "new year's day", "new year's eve", 'hanukkah', 'ramadan', 'passover', 'memorial day', 'labor day', 'independence day',
  'election day', 'veterans day', 'inauguration day', 'super tuesday', 'black friday'];

// "White House" is not a place here: an organisation may speak when the cue credits it. Countries
// whose names are also people's names ("Jordan", "Chad") are left out.
const PLACES: ReadonlySet<string> = new Set(`
america|united states|u.s.|usa|washington|new york|california|texas|florida|iowa|ohio|nevada
new hampshire|south carolina|north carolina|virginia|west virginia|pennsylvania|michigan|wisconsin
georgia|arizona|colorado|minnesota|illinois|indiana|kentucky|tennessee|alabama|mississippi|louisiana
arkansas|missouri|kansas|nebraska|oklahoma|oregon|utah|idaho|montana|wyoming|maine|vermont
massachusetts|connecticut|maryland|delaware|new jersey|new mexico|alaska|hawaii|rhode island
north dakota|south dakota|britain|england|london|paris|france|germany|berlin|russia|moscow|china
beijing|japan|tokyo|india|israel|iran|iraq|syria|mexico|canada|europe|africa|asia|libya|turkey
egypt|cuba|ukraine|chicago|boston|los angeles|san francisco|miami|houston|dallas|philadelphia
middle east|near east|far east|east asia|southeast asia|latin america|south america|north america|central america
persian gulf|balkans|caribbean|scandinavia|arctic|pacific|atlantic|midwest|new england
west|east|north|south|deep south|mideast|west coast|east coast|gulf coast|sun belt|rust belt|bible belt
detroit|atlanta|cleveland|seattle|denver|orlando|las vegas|des moines|brooklyn|manhattan
capitol hill|wall street|silicon valley
afghanistan|albania|algeria|andorra|angola|argentina|armenia|australia|austria|azerbaijan|bahamas
bahrain|bangladesh|barbados|belarus|belgium|belize|benin|bhutan|bolivia|bosnia|botswana|brazil
brunei|bulgaria|burkina faso|burundi|cambodia|cameroon|cape verde|chile|colombia|comoros|congo
costa rica|croatia|cyprus|czech republic|czechia|denmark|djibouti|dominican republic|ecuador
el salvador|eritrea|estonia|eswatini|ethiopia|fiji|finland|gabon|gambia|ghana|greece|grenada
guatemala|guinea|guyana|haiti|honduras|hungary|iceland|indonesia|ireland|italy|ivory coast|jamaica
kazakhstan|kenya|kosovo|kuwait|kyrgyzstan|laos|latvia|lebanon|lesotho|liberia|liechtenstein
lithuania|luxembourg|madagascar|malawi|malaysia|maldives|mali|malta|mauritania|mauritius|moldova
monaco|mongolia|montenegro|morocco|mozambique|myanmar|burma|namibia|nepal|netherlands|new zealand
nicaragua|niger|nigeria|north korea|south korea|korea|north macedonia|norway|oman|pakistan|palestine
panama|papua new guinea|paraguay|peru|philippines|poland|portugal|qatar|romania|rwanda|saudi arabia
senegal|serbia|seychelles|sierra leone|singapore|slovakia|slovenia|somalia|south africa|south sudan
spain|sri lanka|sudan|suriname|sweden|switzerland|taiwan|tajikistan|tanzania|thailand|togo|tunisia
turkmenistan|uganda|united arab emirates|uruguay|uzbekistan|venezuela|vietnam|yemen|zambia|zimbabwe
scotland|wales|northern ireland|gaza|west bank|crimea|hong kong|tehran|kabul|baghdad|damascus
jerusalem|tel aviv|kyiv|kiev|seoul|pyongyang|havana|caracas|mexico city|ottawa|toronto|brussels
rome|madrid|geneva|vienna|warsaw|istanbul|ankara|cairo|riyadh|dubai|doha|new delhi|islamabad
`.trim().split(/[|\n]/));

// -our words whose American form drops the u; a stem list because the bare rule would turn
// "four", "your", "hour", "tour" into other words.
const OUR_STEMS = [
  'labour', 'colour', 'honour', 'favour', 'harbour', 'flavour', 'rumour', 'humour', 'neighbour',
  'behaviour', 'endeavour', 'armour', 'odour', 'valour', 'savour', 'vapour', 'tumour', 'vigour',
  'parlour', 'clamour', 'candour', 'splendour', 'rancour', 'ardour', 'fervour', 'saviour',
  'demeanour', 'glamour', 'succour', 'harbour',
];
const OUR_RE = new RegExp(`^(${OUR_STEMS.map((s) => s.slice(0, -3)).join('|')})our`);

// A Map, not an object literal: words like "constructor" must not hit Object.prototype.
const SPELLINGS = new Map<string, string>(Object.entries({
  programme: 'program', programmes: 'programs', grey: 'gray', greys: 'grays', cheque: 'check',
  cheques: 'checks', tyre: 'tire', tyres: 'tires', kerb: 'curb', aluminium: 'aluminum',
  plough: 'plow', ploughs: 'plows', mould: 'mold', moulds: 'molds', sceptic: 'skeptic',
  sceptical: 'skeptical', scepticism: 'skepticism', manoeuvre: 'maneuver', manoeuvres: 'maneuvers',
  ageing: 'aging', judgement: 'judgment', judgements: 'judgments',
  acknowledgement: 'acknowledgment', focussed: 'focused', focusses: 'focuses',
  focussing: 'focusing', fulfil: 'fulfill', fulfils: 'fulfills', fulfilment: 'fulfillment',
  enrol: 'enroll', enrols: 'enrolls', enrolment: 'enrollment', skilful: 'skillful',
  wilful: 'willful', instalment: 'installment', jewellery: 'jewelry', pyjamas: 'pajamas',
  draught: 'draft', gaol: 'jail', storey: 'story', storeys: 'stories', whisky: 'whiskey',
  paediatric: 'pediatric', encyclopaedia: 'encyclopedia', oestrogen: 'estrogen',
  anaesthetic: 'anesthetic', diarrhoea: 'diarrhea', foetus: 'fetus', haemorrhage: 'hemorrhage',
  leukaemia: 'leukemia', orthopaedic: 'orthopedic', archaeology: 'archeology',
  catalogue: 'catalog', catalogues: 'catalogs', dialogue: 'dialog', dialogues: 'dialogs',
  analogue: 'analog', travellers: 'travelers',
  // -wards is the British form of -ward (judged tune: "towards" / "toward" is the same word).
  towards: 'toward', afterwards: 'afterward', backwards: 'backward', forwards: 'forward', upwards: 'upward',
  downwards: 'downward', onwards: 'onward', outwards: 'outward', inwards: 'inward',
}));

// Spelling rules in order: pattern, replacement, and letters every match of the pattern holds.
const SPELLING_RULES: ReadonlyArray<readonly [RegExp, string, string]> = [
  [OUR_RE, '$1or', 'our'],
  [/^(cent|theat|met|lit|fib|calib|sab|somb|spect|lust|meag|reconnoit)re(s|d)?$/, '$1er$2', 're'],
  [/^(def|off|lic|pret)ence(s|less)?$/, '$1ense$2', 'ence'],
  [/(anal|paral|catal|dial|electrol|hydrol)ys(e|ed|es|ing|er|ers)$/, '$1yz$2', 'ys'],
  [/^(.{3,}?)is(e|ed|es|ing|er|ers|ation|ations|ational)$/, '$1iz$2', 'is'],
  [/ell(ed|ing|er|ers|ous)$/, 'el$1', 'ell'],
];

/**
 * The spelling rules applied in turn. A rule is tried only on a word holding its letters (without
 * them it cannot match, so the answer is the same; `guarded` false tries every rule, for the test):
 * most words skip the unanchored patterns, which were 2 % of a compare.
 */
export function foldBySpellingRules(w: string, guarded = true): string {
  let out = w;
  for (const [pattern, replacement, letters] of SPELLING_RULES) if (!guarded || out.includes(letters)) out = out.replace(pattern, replacement);
  return out;
}

/**
 * British and American spelling to one form. Rules may touch a word spelt alike on both sides
 * (both change alike); rules that would merge two common words ("four" → "for") use explicit stems.
 */
function foldSpelling(w: string): string {
  const mapped = SPELLINGS.get(w);
  if (mapped !== undefined) return mapped;
  if (w.length < 5) return w;
  return foldBySpellingRules(w);
}

// Dotted words, without their dot. Titles and name parts never end a sentence ("Dr. Singh");
// the rest may ("moved to the U.S. The next day"), so sentence splitting ends one there only
// before a typical sentence opener. One table for every reader of English abbreviations.
const TITLE_ABBREVIATIONS = wordSet(`mr mrs ms mx dr prof sen sens rep reps gov gen gens lt col capt cmdr sgt adm maj rev hon
  pres supt insp st mt ft messrs mme no nos vol art fig vs v approx dept est ave blvd rd`);
const ABBREVIATIONS: ReadonlySet<string> = new Set([...TITLE_ABBREVIATIONS, ...wordSet(`
  jan feb mar apr jun jul aug sep sept oct nov dec
  jr sr inc co corp ltd llc plc bros etc al e.g i.e a.m p.m ph.d b.a m.a
  u.s u.k u.n e.u u.s.a d.c n.y n.h n.c s.c n.j n.d s.d w.va r.i n.m
  calif fla ill mass mich minn penn tenn wash wis ariz colo conn ga ky la md mo nev okla ore pa va vt ala ark del ind
  kan miss neb wyo`)]);
// Reading attributions, "v." (versus) still ends a sentence: "Roe v. Wade" has been read so since the
// engine began, and this table's unification was to change no English result.
const ATTRIBUTION_ABBREVIATIONS: ReadonlySet<string> = new Set([...ABBREVIATIONS].filter((a) => a !== 'v'));

export const english: Lexicon = {
  code: 'en',
  // None shared with French, German or Spanish function words ("in", "on", "a", "so" are).
  functionWords: wordSet('the and of to that is was for with it at by from his her this but are have not be said has they who which would'),

  speechVerbs: SPEECH_VERBS,
  // "Trump shot back", "fired back"; "as Lee put it".
  cuesBeforeWord: new Map([
    ['back', wordSet('shot fired hit pushed struck snapped')],
    ['it', wordSet('put')],
  ]),
  questionVerbs: wordSet('asked asks asking pressed questioned'),
  askedClause: /^(?:(?:when|after|once|while|if)\s+)?(?:asked|pressed|questioned)\b/iu,
  invertedPronoun: () => null,
  isFusedCue: () => false,
  dropsSubject: false,
  freeWordOrder: false,
  incisesInQuotes: false,
  splitAfterFullStop: true,
  guillemetsNest: false,
  isParticiple: (w) => w.endsWith('ing'),
  isPastTense: (w) => /ed$/.test(w) || IRREGULAR_PAST.has(w),
  isFiniteVerb: (w) => /(ed|s)$/.test(w) || IRREGULAR_PAST.has(w),
  sourcePhrases: [['according', 'to']],
  weakSourcePhrases: [],
  sourcePhrasesAfterQuote: [],
  reportCues: wordSet('reported reports'),
  outletTails: wordSet(`times news post journal tribune herald dispatch gazette chronicle inquirer examiner courier
    telegraph review press wire magazine observer bulletin register`),
  passiveAgents: wordSet('by'),
  passiveAuxiliaries: wordSet('be is are was were been being'),
  placeHeads: wordSet('san santa los las fort port mount lake'),
  participleOnlyCues: wordSet('written'),
  participleLinks: wordSet('by'),
  negatedAuxiliary: /n['’]t$/,
  absoluteOpeners: wordSet('with'),
  complementizers: wordSet('that'),
  infinitiveMarkers: wordSet('to'),
  requestVerbs: wordSet('ask asks asked asking urge urges urged urging call calls called calling invite invites invited inviting pressed pressing challenged challenging subpoena subpoenaed'),
  requestLinks: wordSet('on upon'),
  pairWords: wordSet('both either'),
  glossPhrases: [['as', 'if', 'to'], ['as', 'though', 'to']],
  aliasPhrases: [['known', 'as']],
  audienceWords: wordSet('reporters'),
  // Not "line" (a product line) or "slogan" (a campaign's): only what one person said.
  utteranceNouns: wordSet(`promise promises pledge pledges vow vows claim claims remark remarks comment comments quip quips
    statement assertion declaration warning boast retort admission apology charge charges accusation accusations
    allegation allegations argument suggestion contention insistence description`),
  addresseeMarkers: new Set(),
  listenerCues: wordSet('tell tells told telling informed assured'),
  interviewLead: /^([QA]):$/,
  interviewOpen: /^([QA]):\s/,
  questionLabels: wordSet('Q'),
  answersInView: false,
  interviewIntro: /\b(?:interview(?:ed)? with|interviewed|asked|spoke with|spoke to|sat down with)\s+((?:\p{Lu}[\p{L}.'’-]*)(?: \p{Lu}[\p{L}.'’-]*){0,4})/gu,
  attributionAfterExclamation: /^\s+(?:\p{Lu}[\p{L}.'-]*\s+){1,4}(?:said|says|added|asked|told|wrote|replied|shouted|insisted|explained)\b/u,

  pronouns: wordSet('he she i we they'),
  personPronouns: wordSet('he she'),
  selfPronouns: wordSet('i my'),
  appositivePronouns: new Set(),
  intensifiers: wordSet('himself herself'),
  pronounReach: 1,
  // Honorifics and gendered titles before a name mark a person's gender for "he" / "she".
  genders: new Map([['he', 'm'], ['she', 'f'], ['mr', 'm'], ['mr.', 'm'], ['mrs', 'f'], ['mrs.', 'f'], ['ms', 'f'], ['ms.', 'f'],
    ['congressman', 'm'], ['congresswoman', 'f'], ['spokesman', 'm'], ['spokeswoman', 'f'], ['councilman', 'm'], ['councilwoman', 'f'],
    ['chairwoman', 'f'], ['businessman', 'm'], ['businesswoman', 'f'], ['actress', 'f'], ['king', 'm'], ['queen', 'f'], ['prince', 'm'], ['princess', 'f']]),
  pronounsMarkGender: true,
  // Common given names that news prose gives to one gender; names borne by both (Kelly, Jordan, Lee) and a surname read first (Kim) left out.
  givenNameGenders: new Map([
    ...[...wordSet(`
    aaron abraham adam al alan albert alberto alexander alfred andrew andy anthony antonio arnold
    arthur barack barney barry ben benjamin bernard bernie beto bill billy bob bobby boris brad
    bradley brandon brent brett brian bruce bryan carl carlos chad charles charlie chuck clarence
    claude clint clyde colin cory craig curtis dale dan daniel danny darrell dave david dean dennis
    devin dick don donald doug douglas duncan dwight earl ed eddie edward elijah elon emmanuel eric
    ernest eugene evan frank franklin fred frederick gary gavin gene geoffrey george gerald gordon
    graham greg gregory hakeem harold harry harvey henry herbert howard hugh ivan jack jacob jake
    james jared jason javier jay jeb jeff jeffrey jeremy jerome jerry jim jimmy joe joel john
    johnny jon jonathan jose joseph josh joshua juan julian justin keith ken kenneth kevin kurt
    kyle lamar larry lawrence leon leonard lloyd louis luis luke lyndon marco mario mark martin
    marvin matt matthew max merrick michael miguel mike mitch mitt mohammed muhammad nathan ned
    neil newt nicholas nick norman oliver orrin oscar patrick paul pedro pete peter phil philip
    rahm ralph rand randy ray raymond reince rex richard rick ricky rob robert rod roger roland ron
    ronald ross roy rudy rupert russell ryan scott sean sergio seth sheldon sherrod stanley stephen
    steve steven stuart ted theodore thomas tim timothy todd tom tommy tony trey troy victor vince
    vincent vladimir wade walter warren wayne wesley william willie`)].map((n) => [n, 'm'] as const),
    ...[...wordSet(`
    abigail alexandria alice alicia allison amanda amber amy andrea angela angelina ann anna anne
    annie ashley ayanna barbara beth betsy betty beverly brenda carla carol caroline carolyn
    catherine cathy cheryl christina christine cindy claire claudia condoleezza cynthia deborah
    debbie debra denise diana diane donna doris dorothy elaine elena elise elizabeth ellen emily
    emma erin eve evelyn frances gina gloria hannah heather heidi helen hillary ilhan irene ivanka
    jane janet janice jeanine jennifer jessica jill joan joanna jodi joni josephine joyce judith
    judy julia julie karen kamala kate katherine kathleen kathryn kathy katie kayleigh kellyanne
    kirsten kirstjen kristen kristi laura lauren linda lisa liz lois loretta lori louise lucy
    maggie margaret maria marianne marie marjorie marsha martha mary maxine megan meghan melania
    melissa michelle mika nancy natalie nicole nikki olivia pam pamela patricia patty paula penny
    rachel rashida rebecca rita rosa rose ruth samantha sandra sara sarah sharon sheila sheryl
    shirley sonia stacey stephanie susan suzanne tammy tara teresa theresa tiffany tina tulsi
    ursula valerie vanessa victoria virginia wendy whitney yvonne`)].map((n) => [n, 'f'] as const),
  ]),
  // "Gor also said", "she has repeatedly said".
  auxiliaries: wordSet(`also later then again once recently previously further finally has had have was is were would will
    often repeatedly simply flatly reportedly earlier still just quickly frequently publicly privately bluntly angrily
    sarcastically jokingly firmly may might could should must can`),
  isAdverbForm: (w) => /ly$/.test(w),
  notName: wordSet(`the a an but and or in on at for it this that he she they we i his her their our my its when while as
    after before if so yet still speaking asked later then there here monday tuesday wednesday thursday friday
    saturday sunday january february march april june july august september october november december jan. feb.
    aug. sept. oct. nov. dec. according with by from of to during about last this one some many most other both
    all every no not what who how why where which you me`),
  titles: wordSet(`mr. mrs. ms. dr. sen. rep. gov. gen. lt. col. sgt. capt. prof. rev. mr mrs ms dr sir dame lord lady
    president vice secretary ambassador minister prime senator representative governor speaker chairman chairwoman
    judge justice mayor attorney general chief director professor king queen pope cardinal bishop rabbi commissioner
    sheriff former deputy press democrat spokesman spokeswoman spokesperson candidate democratic republican gop u.s.
    us uk u.n. sens. reps. state foreign house senate majority minority leader whip councilman councilwoman pastor
    father sister brother chancellor premier nominee presidential ceo founder adviser advisor strategist pollster
    host anchor commander admiral officer reverend councillor councilor councilmember delegate md emir sheikh prince
    undersecretary assistant acting interim member chair congressman congresswoman assemblyman assemblywoman adm. cmdr. maj.
    colonel captain superintendent chaplain historian
    princess coach
    comedian actress actor singer rapper billionaire businessman businesswoman activist author novelist journalist
    columnist economist filmmaker evangelist administrator correspondent editor publisher
    senators representatives governors congressmen congresswomen mayors ambassadors ministers`),
  titleSuffixes: [],
  // "Bill de Blasio", "Ursula von der Leyen": foreign names keep their particles in English text.
  nameParticles: [['de'], ['del'], ['della'], ['da'], ['di'], ['du'], ['von'], ['van', 'der'], ['von', 'der'], ['van', 'den'], ['bin'], ['ibn'], ['dos'], ['das']],
  elidedPrefixes: new Set(),
  contractions: englishContractions(),
  percentWord: 'percent',
  ampersandWord: 'and',
  capitalInitialisms: new Set(['US', 'WHO']),
  spellingVariants: new Map([['okay', 'ok']]),
  accentsAreSpelling: true,
  compoundSurnames: false,
  nounsCapitalized: false,
  parenthesesAside: false,
  titleLinks: wordSet('to of for'),
  nameTailLinks: wordSet('of for'),
  groupNameLinks: wordSet('for'),
  possessives: wordSet('his her their its our my'),
  honorifics: wordSet('mr. mrs. ms. dr. mr mrs ms dr'),
  orgTails: wordSet(`party committee department administration court council commission agency association institute
    foundation center centre university service office bureau caucus campaign church prevention means law reform
    friends constitution coalition union group network project fund board authority ministry`),
  orgNamesRunOn: false,
  lowercaseOrgHeads: new Set(),
  // Street, Bridge, Fleet, Garden are surnames too: not things that never speak ("Jane Street said").
  notPersonTails: new Set([...wordSet(`house times news post journal street world state states security court congress senate city
    county care tower tribune herald channel media press wire magazine review hill museum hospital bridge fleet garden gardens
    register dispatch gazette chronicle inquirer examiner courier telegraph radio`), ...THING_TAILS]),
  thingTails: THING_TAILS,
  causeTails: wordSet('rights liberties'),
  roleNouns: wordSet(`aide official lawmaker congressman congresswoman mogul tycoon billionaire businessman businesswoman
    front-runner frontrunner incumbent challenger manager lawyer executive economist analyst consultant operative
    donor star nominee democrat republican employee staffer worker`),
  // "lady": "first lady Ann Lee", the spouse of a Lee the article may name by surname alone.
  kinNouns: wordSet(`son sons daughter daughters wife husband spouse widow widower brother brothers sister sisters
    father mother dad mom mum parents stepson stepdaughter stepfather stepmother grandson granddaughter grandfather
    grandmother nephew niece uncle aunt cousin twin son-in-law daughter-in-law brother-in-law sister-in-law
    father-in-law mother-in-law lady`),
  personNouns: wordSet(`witness resident neighbor neighbour man woman boy girl nurse doctor teacher student voter protester
    protestor demonstrator passenger bystander customer patient victim survivor soldier veteran firefighter officer owner
    farmer parent friend teenager driver shopper worker employee volunteer organizer organiser attendee participant
    spokesman spokeswoman spokesperson photographer cameraman journalist reporter activist priest pastor guard detective
    investigator prosecutor juror gunman suspect attacker jihadist militant fighter policeman policewoman cop trooper gi marine
    sailor pilot inmate prisoner refugee migrant immigrant caller viewer listener reader fan commentator blogger user child kid`),
  surnameTails: wordSet('hill'),
  contrastOpeners: wordSet('but yet while whereas although though'),
  // "statement" is an utterance noun, read beside these.
  documentNouns: wordSet('statements report reports story release memo letter editorial analysis study poll survey filing brief tweet website'),
  prepositions: wordSet('in at on from of for to with by about into near against than under over before after'),
  prepositionOpeners: wordSet('alongside amid among despite during following like unlike without within beyond besides throughout across through'),
  clauseBreaks: wordSet('that and but which who when after before because while as if so where though although since what how why'),
  relativePronouns: wordSet('who which whose'),
  thingRelativePronouns: wordSet('that'),
  determiners: wordSet('a an the his her their its our one another'),
  articles: wordSet('the a an'),
  indefiniteDeterminers: new Set(),
  unnamedSubjectDeterminers: wordSet('a an another'),
  rolesInContext: false,
  appositionNames: false,
  appositionOpeners: wordSet('a an the who whose which'),
  pastTitleMarks: wordSet('former onetime one-time erstwhile ex- then- former-'),
  opensParticiplePhrase: (w) => /(ing|ed)$/.test(w),
  speakerPhraseOpeners: wordSet('the a an he she i we they his her their its our my'),
  conjunctions: wordSet('and'),
  sentenceConjunctions: wordSet('and but yet so'),
  listenerPrepositions: wordSet('to at with on in'),
  sourcePrepositions: wordSet('from by'),
  organisation: /^the ((?:\p{Lu}[\p{L}.'’-]* ?)+)$/u,
  isPartyTag: (w) => /^[RDI]-/i.test(w),
  neverNameWords: new Set([...NEVER_NAME_WORDS, ...NAMED_DAYS]),
  platforms: new Set('twitter|facebook|instagram|youtube|tiktok|snapchat|reddit|linkedin|whatsapp|telegram|periscope|tumblr|truth social'.split('|')),
  places: PLACES,
  // A people's adjective alone ("Russian", "Chinese") is no one's name.
  groups: new Set(('republicans|democrats|americans|pollsters|evangelicals|progressives|conservatives|liberals|independents|latinos|catholics|muslims|christians'
    + '|russian|chinese|american|british|french|german|israeli|palestinian|iranian|ukrainian|mexican|canadian|japanese|korean|syrian|iraqi'
    + '|afghan|european|african|asian|arab|saudi|turkish|egyptian|indian|pakistani|cuban|venezuelan').split('|')),

  abbreviations: ATTRIBUTION_ABBREVIATIONS,
  sentenceTitles: TITLE_ABBREVIATIONS,
  sentenceAbbreviations: new Set([...ABBREVIATIONS].filter((a) => !TITLE_ABBREVIATIONS.has(a))),
  sentenceOpeners: wordSet(`the a an he she it they we i you this that these those his her their its our but and so yet in
    on at for after before when while as if there then however meanwhile also earlier later officials some many most
    one what who why how`),

  // On "Meet the Press", NBC's "Today", the author of "Salt Roads", starred in "Parks and Recreation";
  // during or after "Morning Hour", watching or hosting "Harbour Nights" (a show, whoever speaks beside it);
  // his memoir "Salt Roads", in his book, "Salt Roads" (a work named after a comma).
  titleLead: /(?:['’]s|\b(?:told|on|of|in|at|for|from|by|with|and|to|called|titled|named|dubbed|show|program|film|book|song|movie|album|series|during|after|watching|hosting|memoir|documentary|podcast|novel)|\b(?:show|program|film|book|song|movie|album|series|memoir|documentary|podcast|novel),)\s*$/iu,
  // `he told "Today."`, `told ABC's "This Week."`; a gap ending in a full stop ends a sentence, not a title's lead.
  titleGap: /\b(?:told|on|in|to)(?:\s+\p{Lu}[\p{L}&]*(?:\.\p{L}+)*(?:['’]s?)?){0,3}\s*$/u,
  titleSmallWords: wordSet('a an the and or of to in on for with at by from as is'),
  titleIntroducers: /(?!)/,
  elisions: wordSet('em n til tis twas cause bout nuff cuz im er'),

  negations: wordSet('not no never none nothing nobody neither nor cannot without'),
  isNegationForm: (w) => w.endsWith("n't"),
  notNegating: [['not', 'only']],
  hedges: wordSet('may might could would should must will shall can ought'),
  quantifiers: wordSet('some all most many few every any always sometimes often rarely more less fewer'),
  numberWords: new Map(Object.entries({
    zero: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8',
    nine: '9', ten: '10', eleven: '11', twelve: '12', thirteen: '13', fourteen: '14', fifteen: '15',
    sixteen: '16', seventeen: '17', eighteen: '18', nineteen: '19', twenty: '20', thirty: '30',
    forty: '40', fifty: '50', sixty: '60', seventy: '70', eighty: '80', ninety: '90', hundred: '100',
    thousand: '1000', million: '1000000', billion: '1000000000', trillion: '1000000000000',
    dozen: '12', half: '0.5', first: '1st', second: '2nd', third: '3rd',
  })),
  // Indirect speech shifts tense ("will" becomes "would"): grammar, not a change of meaning.
  backshift: new Map(Object.entries({ would: 'will', could: 'can', might: 'may', should: 'shall' })),
  numberForm: /^\d[\d.]*(?:st|nd|rd|th|s)?$/,

  stopwords: wordSet(`a about above after again against all almost also although am among an and any are aren't as at
  be because been before being below between both but by can can't cannot could couldn't did didn't
  do does doesn't doing don't down during each either else even ever every few for from further had
  hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself him himself
  his how how's however i i'd i'll i'm i've if in into is isn't it it's its itself just let's like
  many may me might more most much must mustn't my myself neither no nor not now of off on once only
  or other others ought our ours ourselves out over own per quite rather same shall shan't she she'd
  she'll she's should shouldn't since so some such than that that's the their theirs them themselves
  then there there's these they they'd they'll they're they've this those though through to too
  toward towards under until up upon us very was wasn't we we'd we'll we're we've were weren't what
  what's when when's where where's whether which while who who's whom whose why why's will with
  within without won't would wouldn't yes yet you you'd you'll you're you've your yours yourself
  yourselves said says say saying told tell get got gets getting go goes going gone went come comes
  came make makes made take takes took one two also well back way lot lots really thing things
  something anything everything nothing someone anyone everyone people`),
  stockWords: wordSet(`thoughts prayers great again america american americans end day days time times today year years
  want wants know knows think thinks believe look looking forward work working continue continues
  important very good best better right new country nation world family families community support
  thank thanks proud happy committed commitment together sure fact clear need needs must able`),

  foldSpelling,
};

/** "we're" → we are, "don't" → do not: the regular endings, and the negations whose stem changes. */
function englishContractions(): Map<string, readonly [string, string]> {
  const out = new Map<string, readonly [string, string]>();
  const endings: Array<[string, string, string]> = [
    ['ve', 'have', 'i you we they would could should might must who'],
    ['re', 'are', 'you we they who what there'],
    ['ll', 'will', 'i you he she it we they that there who what'],
    ['m', 'am', 'i'],
    ["n't", 'not', 'do does did is are was were have has had would could should must need might'],
  ];
  for (const [ending, full, stems] of endings) {
    for (const stem of stems.split(' ')) out.set(ending === "n't" ? `${stem}n't` : `${stem}'${ending}`, [stem, full]);
  }
  for (const [word, stem] of [["won't", 'will'], ["can't", 'can'], ["shan't", 'shall']] as const) out.set(word, [stem, 'not']);
  return out;
}
