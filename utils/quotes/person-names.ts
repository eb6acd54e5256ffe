/**
 * Is this capitalized word, or this name, a person? Speaker attribution reads names as runs of
 * capitalized words, and some capitalized words are never people: sentence adverbs and
 * interjections that open a sentence ("Notably", "Wait"), time words ("Tonight"), places
 * ("New York") and platforms ("Twitter"). Kept as explicit lists so each decision is readable
 * in one place; an organisation ("the White House", "Reuters") is not listed: it may speak when a
 * cue credits it directly.
 */

// Words that open a sentence or clause and are never part of a name.
const NEVER_NAME_WORDS = new Set(`
notably strikingly interestingly importantly ironically meanwhile however instead indeed wait
similarly conversely additionally moreover furthermore finally tonight today yesterday tomorrow
earlier later separately specifically clearly obviously apparently surprisingly unsurprisingly
unfortunately fortunately frankly honestly actually basically ultimately eventually previously
recently currently overall look listen well oh yes okay ok sure hey please thanks again plus even
only just perhaps maybe probably certainly admittedly sadly luckily hopefully oddly curiously
predictably tellingly remarkably incredibly amazingly naturally although though despite since
because whether asked speaking discussing reprising nevertheless nonetheless otherwise thus hence
therefore still now then next first second third last lastly secondly thirdly ah wow alas whoa
sorry hello hi goodbye no nope yeah yep absolutely exactly right true both neither either such
another alongside amid among like unlike
`.split(/\s+/).filter(Boolean));

// Platforms: where words were posted ("on Twitter"), never a person; the company may still speak
// when a cue credits it directly ("a Twitter spokesman said").
const PLATFORMS: ReadonlySet<string> = new Set(
  'twitter|facebook|instagram|youtube|tiktok|snapchat|reddit|linkedin|whatsapp|telegram|periscope|tumblr|truth social'.split('|'),
);

// Places a careless reading credits with words ("New York said"). "White House" is not here: an
// organisation may speak when the cue credits it.
const PLACES: ReadonlySet<string> = new Set(`
america|united states|u.s.|usa|washington|new york|california|texas|florida|iowa|ohio|nevada
new hampshire|south carolina|north carolina|virginia|west virginia|pennsylvania|michigan|wisconsin
georgia|arizona|colorado|minnesota|illinois|indiana|kentucky|tennessee|alabama|mississippi|louisiana
arkansas|missouri|kansas|nebraska|oklahoma|oregon|utah|idaho|montana|wyoming|maine|vermont
massachusetts|connecticut|maryland|delaware|new jersey|new mexico|alaska|hawaii|rhode island
north dakota|south dakota|britain|england|london|paris|france|germany|berlin|russia|moscow|china
beijing|japan|tokyo|india|israel|iran|iraq|syria|mexico|canada|europe|africa|asia|libya|turkey
egypt|cuba|ukraine|chicago|boston|los angeles|san francisco|miami|houston|dallas|philadelphia
detroit|atlanta|cleveland|seattle|denver|orlando|las vegas|des moines|brooklyn|manhattan
capitol hill|wall street|silicon valley
`.trim().split(/[|\n]/));

/** True for a word that is never part of a person's name when it opens a run ("Notably", "Tonight"). */
export function isNeverNameWord(lower: string): boolean {
  return NEVER_NAME_WORDS.has(lower);
}

// Groups written with a capital: many people, not one speaker ("Republicans said" credits nobody).
const GROUPS: ReadonlySet<string> = new Set(
  'republicans|democrats|americans|pollsters|evangelicals|progressives|conservatives|liberals|independents|latinos|catholics|muslims|christians'.split('|'),
);

const bare = (name: string) => name.toLowerCase().replace(/['’]s$/, '').trim();

/** True for a whole name that is a place or a sentence word: never a speaker. */
export function isNonPersonName(name: string): boolean {
  const lower = bare(name);
  return PLACES.has(lower) || NEVER_NAME_WORDS.has(lower) || GROUPS.has(lower);
}

/** True for a place, platform or sentence word: never a person that a surname or pronoun refers to. */
export function isNeverPerson(name: string): boolean {
  return isNonPersonName(name) || PLATFORMS.has(bare(name));
}
