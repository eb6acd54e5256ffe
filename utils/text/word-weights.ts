/**
 * How informative a word is for deciding that two texts carry the same quote. Function words and
 * the words of stock phrases ("our thoughts and prayers", "at the end of the day", "make America
 * great again") occur in countless unrelated stories, so they count little; longer content words,
 * names and numbers count most. A fixed list rather than corpus statistics: the reader's library
 * may hold only two articles, too few to estimate document frequencies.
 */

const STOPWORDS = new Set(
  `a about above after again against all almost also although am among an and any are aren't as at
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
  something anything everything nothing someone anyone everyone people`.split(/\s+/),
);

// Words of set phrases that politicians and spokespeople repeat in every story.
const STOCK = new Set(
  `thoughts prayers great again america american americans end day days time times today year years
  want wants know knows think thinks believe look looking forward work working continue continues
  important very good best better right new country nation world family families community support
  thank thanks proud happy committed commitment together sure fact clear need needs must able`.split(
    /\s+/,
  ),
);

export const STOPWORD_WEIGHT = 0.15;
export const STOCK_WEIGHT = 0.4;

/** True for a word that carries content: not a function word and not stock-phrase vocabulary. */
export function isContentWord(key: string): boolean {
  return key.length > 1 && !STOPWORDS.has(key) && !STOCK.has(key);
}

/** Informativeness of one normalized word, 0.15 (function word) .. 1.5 (long rare-looking word). */
export function wordWeight(key: string): number {
  if (STOPWORDS.has(key) || key.length <= 1) return STOPWORD_WEIGHT;
  if (STOCK.has(key)) return STOCK_WEIGHT;
  if (/\p{N}/u.test(key)) return 1.2;
  // Length as a cheap stand-in for rarity: "indispensable" says more than "plan".
  return key.length >= 8 ? 1.5 : key.length >= 5 ? 1.2 : 1;
}
