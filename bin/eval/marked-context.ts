/** A span of text marked ⟦like this⟧ with `context` characters either side, paragraphs as ¶: what a judging batch shows. */
import type { Span } from '@/utils/types';

export function markedContext(text: string, span: Span, context: number): string {
  const s = Math.max(0, span.start - context);
  const e = Math.min(text.length, span.end + context);
  return `${s > 0 ? '…' : ''}${text.slice(s, span.start)}⟦${text.slice(span.start, span.end)}⟧${text.slice(span.end, e)}${e < text.length ? '…' : ''}`.replace(/\n+/g, ' ¶ ');
}
