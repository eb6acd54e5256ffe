/**
 * Synthetic news for the in-browser performance test: a seeded generator of distinct articles that
 * read like wire copy (narrative sentences, direct quotes with named speakers and speech verbs),
 * built from a small vocabulary and sentence templates written here. No real article text.
 *
 * One "story" (a set of speakers and quotes) is shared: the article under test carries all of its
 * quotes, and a few library articles carry some of them, verbatim, with a word changed, cut short
 * or credited to someone else, so a check has real matches to align and classify. Everything
 * else in the library is unrelated coverage that still holds quotes for the index to consider.
 */
import type { ExportedArticle } from '@/utils/storage/export-format';
import type { Article } from '@/utils/types';
import { joinParagraphs } from '@/utils/article/article-text';
import { seededRandom } from '@/bin/eval/seeded-random';


type Rng = () => number;
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
const words = (s: string) => s.trim().split(/\s+/);
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const FIRST = words(`Amara Bogdan Celine Dario Elif Farid Greta Hamish Ines Jonas Kaveh Lena Marek Nadia Oren Priya
  Quentin Rosa Selim Talia Ugo Vera Wendell Ximena Yusuf Zora Anselm Brigid Cosmin Delphine Emeka Fenna Gideon Halima`);
const LAST = words(`Okafor Lindqvist Moreau Castellano Haddad Novak Brennan Achterberg Saito Ferreira Kowalczyk Mensah
  Albescu Thornbury Vasquez Oyelaran Dunmore Pellegrini Rahimi Stroud Quillfeather Marchetti Ekwueme Halvorsen Tanaka`);
const ROLES = words(`minister mayor spokesperson director economist chairwoman chairman negotiator analyst governor
  commissioner researcher treasurer inspector ambassador professor organiser`);
const BODIES = [
  'the port authority', 'the regional council', 'the transport ministry', 'the teachers’ union', 'the central bank',
  'the water board', 'the health agency', 'the farmers’ cooperative', 'the energy regulator', 'the housing trust',
  'the chamber of commerce', 'the coastal guard', 'the rail operator', 'the statistics office', 'the city hall',
];
const PLACES = words(`Harrowgate Velmora Brackenford Ostrava Lindenport Castelmar Eastbrook Tavira Norwick Saltmarsh
  Kelderhaven Rivenshire Aldermoor Pellucid Greyhaven Marrowby Sunfield Dunmere Westerly Caldera`);
const TOPICS = [
  { noun: 'budget', things: ['spending plan', 'tax rebate', 'deficit target', 'pension reform', 'grant scheme'] },
  { noun: 'strike', things: ['pay offer', 'walkout', 'picket line', 'wage settlement', 'shift pattern'] },
  { noun: 'flood', things: ['sea wall', 'drainage project', 'evacuation order', 'relief fund', 'river barrier'] },
  { noun: 'railway', things: ['timetable', 'fare increase', 'signal upgrade', 'freight corridor', 'station closure'] },
  { noun: 'election', things: ['ballot count', 'coalition deal', 'turnout figure', 'campaign pledge', 'recount'] },
  { noun: 'hospital', things: ['waiting list', 'ward closure', 'staffing plan', 'vaccine rollout', 'emergency wing'] },
  { noun: 'harvest', things: ['grain price', 'export quota', 'irrigation plan', 'drought subsidy', 'seed bank'] },
  { noun: 'housing', things: ['rent cap', 'building permit', 'social housing quota', 'eviction ban', 'mortgage rule'] },
] as const;
const OUTLETS = [
  'The Meridian Post', 'Harbour Gazette', 'Daily Lantern', 'Northern Courier', 'Evening Ledger', 'Civic Wire',
  'The Atlas Herald', 'Morning Signal', 'Valley Chronicle', 'Coastline News',
];
const ADJ = words(`difficult necessary fair reckless overdue sensible costly urgent modest bold cautious unfinished realistic
  dangerous welcome disappointing ambitious temporary fragile generous rushed patchy credible clumsy shortsighted
  affordable lopsided bewildering sturdy unpopular symbolic
  brittle lavish meagre prudent hasty opaque dubious overdue sluggish nimble wasteful frugal belated
  decisive tepid hollow messy sober vague rigid lenient punitive crude tidy murky steady erratic timid candid
  hurried drawn-out piecemeal sweeping narrow modest-looking inflated deflated stalled overdrawn underfunded
  oversubscribed half-built unworkable workable divisive cosmetic`);
const TIME = ['before the winter', 'by the end of the year', 'within weeks', 'next spring', 'this month', 'after the summer',
  'before the next session', 'in the coming days'];
const WEEKDAY = words('Monday Tuesday Wednesday Thursday Friday Saturday Sunday');
// Mostly 'said', as in wire copy.
const SPEECH_VERB = ['said', 'said', 'said', 'said', 'says', 'told reporters', 'added', 'warned', 'insisted', 'explained', 'argued'];

// Real coverage is full of rare words (names of people, places, firms and schemes), which is what
// lets an index find a quote's other versions quickly; a few hundred stock words alone would make
// every passage a candidate. So each story coins its own proper names from these syllables.
const SYLLABLES = words(`ka ro vel mar din sto bra len tor qui zan pel ost hav ber nik lus gor tam fen del wis cor bal
  rin mo sel tra van hul dre pra kes lom fir gan`);
const FACILITY = words(`bridge bypass reservoir depot terminal scheme accord tunnel estate clinic academy wharf corridor plant`);
// Ordered roughly by how often news uses them; drawn with a skew so the tail stays rare.
const NOUNS = words(`government plan people money jobs report council policy workers families costs budget deal
  prices schools services contract rules safety funding pressure support evidence process promise tax market
  inquiry delay investment timetable standards transparency consultation shortfall backlog overtime guarantee
  dividend subsidy tender pipeline levy surplus audit loophole ombudsman watchdog arrears moratorium tariff
  covenant easement tribunal referendum quorum ordinance stipend bursary annuity escrow
  ledger quota backlog surcharge permit licence waiver forecast mandate caseload rota roster shortfall
  headcount turnover pension allowance rebate voucher toll fare levy deposit bond warrant lease tenancy
  mortgage overdraft invoice payroll grant loan credit debt reserve kitty fund endowment charter statute bylaw
  clause amendment motion petition ballot hustings manifesto pledge veto recount inquest hearing verdict appeal
  injunction summons subpoena affidavit dossier memo briefing leak`);

/** A pronounceable invented name, e.g. "Kesvelmo"; different for every draw in practice. */
function coined(rng: Rng): string {
  const n = 2 + Math.floor(rng() * 2);
  return cap(Array.from({ length: n }, () => pick(rng, SYLLABLES)).join(''));
}

/** A noun with a Zipf-like skew: the first words are common, the last ones rare. */
const noun = (rng: Rng) => NOUNS[Math.floor(NOUNS.length * rng() ** 1.5)];

/** One speaker: a person with a role at a body. */
export interface Speaker {
  name: string;
  role: string;
}

/** A quote as a story carries it: who said it, and the words. */
export interface StoryQuote {
  speaker: Speaker;
  text: string;
}

export interface Story {
  place: string;
  topic: { noun: string; things: string[] };
  quotes: StoryQuote[];
}

function speaker(rng: Rng): Speaker {
  const last = rng() < 0.5 ? pick(rng, LAST) : coined(rng);
  return { name: `${pick(rng, FIRST)} ${last}`, role: `${pick(rng, ROLES)} at ${pick(rng, BODIES)}` };
}

// Sentence grammar: every content word comes from a slot with many choices, so two unrelated
// sentences rarely share more than a word or two (fixed template phrases would make every
// passage a search hit for every quote, which real coverage does not do).
const SUBJECT = ['We', 'They', 'Our members', 'The unions', 'My colleagues', 'Most residents', 'Local businesses',
  'Our engineers', 'Young families', 'Both parties', 'The councillors', 'Ordinary people', 'The trustees', 'Many voters',
  'Landlords', 'The auditors', 'Our volunteers', 'Parents', 'The suppliers', 'Small traders', 'The inspectors'];
// Mostly plain modals (stopwords); the longer stances are rarer, as in speech.
const STANCE = ['will', 'cannot', 'must', 'should not', 'would', 'could', 'may', 'might', 'will not', 'should', 'can',
  'must not', 'would not', 'could not', 'refuse to', 'have promised to', 'intend to', 'are trying to'];
const ACTION = words(`delay protect fund review cancel expand defend finish reconsider approve block rebuild reform extend
  question audit shelve rescue publish renegotiate scrap accelerate challenge postpone simplify tighten explain restore
  overhaul inspect downsize relocate subsidise monitor dismantle modernise insure underwrite
  ringfence means-test cap freeze reroute redesign repeal rewrite retender outsource insource merge split
  phase ration pilot trial`);
const GROUP = ['pensioners', 'shift workers', 'small farmers', 'commuters', 'tenants', 'nurses', 'fishing crews',
  'welders', 'florists', 'glaziers', 'ferrymen', 'caretakers', 'jockeys', 'beekeepers', 'stonemasons', 'optometrists',
  'paramedics', 'curators', 'roofers', 'tailors', 'cobblers', 'brewers', 'surveyors', 'locksmiths', 'cyclists',
  'first-time buyers', 'students', 'bus drivers', 'shop owners', 'carers', 'apprentices', 'night staff', 'midwives',
  'plumbers', 'lorry drivers', 'childminders', 'dockers', 'librarians', 'vintners', 'cleaners', 'miners', 'bakers'];
const CONSEQUENCE = ['pay the price', 'lose out', 'wait even longer', 'carry the cost', 'move away', 'stop trusting anyone',
  'feel it first', 'go without', 'take it to court', 'remember it at the ballot box', 'be left guessing',
  'fill the gap themselves', 'keep asking questions', 'lose their savings', 'walk out again'];
const COPULA = ['is', 'was', 'is', 'was', 'has been', 'will be'];
const LINK = ['and', 'but', 'so', 'because', 'while', 'and', 'but'];
const TAIL = [
  () => TIME,
  () => GROUP.map((g) => `for the sake of ${g}`),
  () => BODIES.map((b) => `if ${b} agrees`),
  () => ADJ.map((a) => `even if the timing looks ${a}`),
  () => PLACES.map((p) => `whatever ${p} decides`),
  () => WEEKDAY.map((d) => `before the talks resume on ${d}`),
];

/** One compositional sentence about a story (its `things` are what makes it specific). */
function sentence(rng: Rng, story: Story, speaking: boolean): string {
  const thing = () => pick(rng, story.topic.things);
  const object = () => (rng() < 0.5 ? `the ${thing()}` : `this ${pick(rng, ADJ)} ${thing()}`);
  const subject = speaking ? pick(rng, SUBJECT) : cap(pick(rng, [...BODIES, ...GROUP]));
  const shapes = [
    () => `${subject} ${pick(rng, STANCE)} ${pick(rng, ACTION)} ${object()}${rng() < 0.4 ? ` ${pick(rng, pick(rng, TAIL)())}` : ''}`,
    () => `${cap(object())} ${pick(rng, COPULA)} ${pick(rng, ADJ)}, ${pick(rng, LINK)} ${pick(rng, GROUP)} will ${pick(rng, CONSEQUENCE)}`,
    () => `${cap(pick(rng, GROUP))} in ${story.place} ${pick(rng, STANCE)} ${pick(rng, ACTION)} ${object()}, ${pick(rng, LINK)} ${noun(rng)} ${pick(rng, COPULA)} ${pick(rng, ADJ)}`,
  ];
  if (rng() < 0.03) return `${10 + Math.floor(rng() * 89)} percent of ${pick(rng, GROUP)} ${speaking ? 'told us' : 'say'} the ${noun(rng)} ${pick(rng, COPULA)} ${pick(rng, ADJ)}.`;
  return `${pick(rng, shapes)()}.`;
}

/** One quoted utterance of one to three sentences. */
function quoteText(rng: Rng, story: Story): string {
  return Array.from({ length: 1 + Math.floor(rng() * 3) }, () => sentence(rng, story, true)).join(' ');
}

/** Two or three reported sentences: who met, what was published, what happens next. */
function narrative(rng: Rng, story: Story): string {
  return Array.from({ length: 2 + Math.floor(rng() * 2) }, () => sentence(rng, story, false)).join(' ');
}

/** A paragraph that carries one quote, in one of the shapes news copy uses. */
function quoteParagraph(rng: Rng, q: StoryQuote, firstMention: boolean): string {
  const who = firstMention ? `${q.speaker.name}, ${q.speaker.role},` : q.speaker.name.split(' ')[1];
  const verb = pick(rng, SPEECH_VERB);
  const sentences = q.text.match(/[^.!?]+[.!?]/g) ?? [q.text];
  const shape = Math.floor(rng() * 3);
  if (shape === 0 || sentences.length < 2) return `“${q.text.replace(/\.$/, ',')}” ${who} ${verb}.`;
  if (shape === 1) return `${who} ${verb}: “${q.text}”`;
  const [head, ...rest] = sentences;
  return `“${head.trim().replace(/\.$/, ',')}” ${who} ${verb}. “${rest.join('').trim()}”`;
}

export function createStory(seed: number, quoteCount = 8): Story {
  const rng = seededRandom(seed);
  const place = rng() < 0.3 ? pick(rng, PLACES) : coined(rng);
  const base = pick(rng, TOPICS);
  // Stories on one broad subject still differ in what exactly is argued about.
  const things: string[] = [...base.things].sort(() => rng() - 0.5).slice(0, 3);
  for (let i = 0; i < 2; i++) things.push(`${coined(rng)} ${pick(rng, FACILITY)}`, `${pick(rng, ADJ)} ${noun(rng)}`);
  const story: Story = { place, topic: { noun: base.noun, things }, quotes: [] };
  const speakers = Array.from({ length: 4 }, () => speaker(rng));
  for (let i = 0; i < quoteCount; i++) story.quotes.push({ speaker: speakers[i % speakers.length], text: quoteText(rng, story) });
  return story;
}

/** Article body: narrative paragraphs with the quotes woven in, one quote paragraph per quote. */
function storyParagraphs(rng: Rng, story: Story, quotes: readonly StoryQuote[]): string[] {
  const paragraphs = [narrative(rng, story)];
  const mentioned = new Set<string>();
  for (const q of quotes) {
    paragraphs.push(quoteParagraph(rng, q, !mentioned.has(q.speaker.name)));
    mentioned.add(q.speaker.name);
    if (rng() < 0.6) paragraphs.push(narrative(rng, story));
  }
  return paragraphs;
}

function articleOf(rng: Rng, story: Story, quotes: readonly StoryQuote[], outlet: string, url: string): Article {
  const { text, paragraphs } = joinParagraphs(storyParagraphs(rng, story, quotes));
  const day = 1 + Math.floor(rng() * 28);
  return {
    url,
    outlet,
    title: `${story.place} ${story.topic.noun}: ${cap(pick(rng, story.topic.things))} ${pick(rng, ['in doubt', 'approved', 'under fire', 'delayed', 'revisited'])}`,
    date: `2026-0${1 + Math.floor(rng() * 9)}-${String(day).padStart(2, '0')}`,
    byline: `${pick(rng, FIRST)} ${pick(rng, LAST)}`,
    lang: 'en',
    text,
    paragraphs,
  };
}

/** The article under test: all of the story's quotes, from an outlet the library never uses. */
export function storyArticle(story: Story, url: string, seed = 1): Article {
  return articleOf(seededRandom(seed), story, story.quotes, 'Test Outlet Daily', url);
}

/** How another outlet renders a story quote: as said, one word swapped, cut short, or another speaker. */
function retold(rng: Rng, q: StoryQuote): StoryQuote {
  const r = rng();
  if (r < 0.4) return q;
  const w = q.text.split(' ');
  if (r < 0.65) {
    const i = 2 + Math.floor(rng() * (w.length - 4));
    w[i] = pick(rng, ADJ);
    return { ...q, text: w.join(' ') };
  }
  if (r < 0.85) return { ...q, text: w.slice(0, Math.max(6, Math.ceil(w.length * 0.6))).join(' ').replace(/[,;]$/, '') + '.' };
  return { ...q, speaker: speaker(rng) };
}

export interface LibraryOptions {
  count: number;
  seed: number;
  /** The story some library articles also cover. */
  story: Story;
  /** How many library articles cover `story` (each carries some of its quotes). */
  coverage: number;
  /** savedAt of the first article; each next one is a minute later. */
  savedFrom?: number;
}

/** `count` distinct articles as an export file holds them; the first `coverage` cover `story`. */
export function syntheticLibrary(opts: LibraryOptions): ExportedArticle[] {
  const rng = seededRandom(opts.seed);
  const savedFrom = opts.savedFrom ?? Date.UTC(2026, 0, 1);
  const out: ExportedArticle[] = [];
  for (let i = 0; i < opts.count; i++) {
    const covers = i < opts.coverage;
    const story = covers ? opts.story : createStory(Math.floor(rng() * 2 ** 31), 3 + Math.floor(rng() * 6));
    const quotes = covers ? opts.story.quotes.filter(() => rng() < 0.6).map((q) => retold(rng, q)) : story.quotes;
    const outlet = OUTLETS[i % OUTLETS.length];
    const url = `https://${outlet.toLowerCase().replace(/^the /, '').replace(/\s+/g, '-')}.example/${story.topic.noun}/${i}`;
    out.push({ ...articleOf(rng, story, quotes, outlet, url), id: url, savedAt: savedFrom + i * 60_000 });
  }
  return out;
}

/** A long page (a live blog): many stories back to back until the text reaches `chars`. */
export function largeArticle(chars: number, url: string, seed = 7): Article {
  const rng = seededRandom(seed);
  const paragraphs: string[] = [];
  let length = 0;
  while (length < chars) {
    const story = createStory(Math.floor(rng() * 2 ** 31), 6);
    for (const p of storyParagraphs(rng, story, story.quotes)) {
      paragraphs.push(p);
      length += p.length + 2;
    }
  }
  const { text, paragraphs: spans } = joinParagraphs(paragraphs);
  return { url, outlet: 'Test Outlet Daily', title: 'Live: every council story of the day', date: '2026-03-13', byline: null, lang: 'en', text, paragraphs: spans };
}
