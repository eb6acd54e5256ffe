/** What findQuotes credits in an article made of these paragraphs: the speaker tables' one reading. */
import { findQuotes } from '@/utils/quotes/find-quotes';
import { joinParagraphs } from '@/utils/article/article-text';

/** Each quote's speaker and cue, in text order. */
export const speakers = (...paragraphs: string[]) => findQuotes(joinParagraphs(paragraphs)).map((q) => [q.speaker, q.cue]);

/** The last quote's speaker (null when withheld or when there is no quote). */
export const lastSpeaker = (...paragraphs: string[]) => findQuotes(joinParagraphs(paragraphs)).at(-1)?.speaker ?? null;
