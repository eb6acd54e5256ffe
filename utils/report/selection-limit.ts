/**
 * How long a selection may be to be checked as a quote. Its own module so that the pages that
 * only word the refusal (the side panel) do not load the selection reader and its lexicon.
 */

/** A longer selection is a passage, not a quote: it is refused with its length. */
export const MAX_SELECTION_WORDS = 2_000;
