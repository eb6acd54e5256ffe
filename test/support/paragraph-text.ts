import type { Span } from '@/utils/types';

/** Paragraphs joined by a blank line, as articles store them, with each paragraph's span. */
export function paragraphText(paragraphs: readonly string[]): { text: string; paragraphs: Span[] } {
  let at = 0;
  const spans = paragraphs.map((p) => {
    const span = { start: at, end: at + p.length };
    at += p.length + 2;
    return span;
  });
  return { text: paragraphs.join('\n\n'), paragraphs: spans };
}
