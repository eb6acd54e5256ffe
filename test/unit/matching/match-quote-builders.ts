/** Builders for matcher tests: quotes and other articles from short texts the tests write. */
import type { Quote } from '@/utils/types';
import type { OtherArticle } from '@/utils/matching/match-quote';

/** A quote whose text is `text` (as the finder would give it, without marks). */
export function quote(text: string, speaker: string | null = null, fragment = false): Quote {
  return {
    text, start: 0, end: text.length, parts: [{ start: 0, end: text.length }], speaker, cue: null,
    speakerMention: null, speakerNamedAt: null, fragment,
  };
}

/**
 * Another outlet's article. Every “…” or "…" span of `text` is one quote, credited to `speaker`;
 * the speaker's mention is the first place the text writes the speaker's last name, or `mention`.
 */
export function other(text: string, speaker: string | null = null, id = 'other', mention?: string): OtherArticle {
  const written = mention ?? speaker?.split(' ').pop() ?? '';
  const at = written ? text.search(new RegExp(`\\b${written}\\b`)) : -1;
  const speakerMention = at >= 0 ? { start: at, end: at + written.length } : null;
  const quotes: Quote[] = [...text.matchAll(/“([^“”]+)”|"([^"]+)"/g)].map((m) => {
    const inner = m[1] ?? m[2];
    const start = m.index + 1;
    const end = start + inner.length;
    return { ...quote(inner, speaker), start, end, parts: [{ start, end }], speakerMention };
  });
  return { id, outlet: 'Other Outlet', url: 'https://other.example/story', title: 'Story', date: '2026-01-01', text, quotes };
}

/** The diff as one readable line: [-deleted-] {+inserted+}. */
export function showDiff(ops: { op: string; text: string }[]): string {
  return ops.map((d) => (d.op === 'equal' ? d.text : d.op === 'delete' ? `[-${d.text}-]` : `{+${d.text}+}`)).join(' ');
}
