/**
 * Outlet fidelity: per outlet, how its versions of quotes read against other outlets' versions of
 * the same quotes. Each comparison is one popup row: another outlet's quote found in this outlet's
 * article (a family link, or a passage for indirect speech), counted for the outlet that renders
 * it, with its kind and flags. `n` is the number of such comparisons, so a small sample shows as
 * small; `families` is in how many families the outlet has a version beside another outlet's.
 */
import type { QuoteFamily } from '@/utils/families/quote-families';
import { MATCH_KINDS } from '@/utils/report/verdicts';
import type { MatchKind, QuoteMatch } from '@/utils/types';

export interface OutletFidelity {
  outlet: string;
  /** Comparisons counted. */
  n: number;
  kinds: Record<MatchKind, number>;
  meaningChanges: number;
  speakerConflicts: number;
  families: number;
}

/** Below this many comparisons the page says the sample is small. */
export const SMALL_SAMPLE = 20;

/** Every outlet with at least one comparison, most compared first. */
export function outletFidelity(families: Iterable<QuoteFamily>): OutletFidelity[] {
  const byOutlet = new Map<string, OutletFidelity & { seen: Set<number> }>();
  const count = (outlet: string, m: QuoteMatch, family: QuoteFamily) => {
    let f = byOutlet.get(outlet);
    if (!f) {
      const kinds = Object.fromEntries(MATCH_KINDS.map((k) => [k, 0])) as Record<MatchKind, number>;
      byOutlet.set(outlet, (f = { outlet, n: 0, kinds, meaningChanges: 0, speakerConflicts: 0, families: 0, seen: new Set() }));
    }
    f.n++;
    f.kinds[m.kind]++;
    if (m.meaningChanges.length) f.meaningChanges++;
    if (m.speakerConflict) f.speakerConflicts++;
    if (!f.seen.has(family.key)) {
      f.seen.add(family.key);
      f.families++;
    }
  };
  for (const family of families) {
    for (const l of family.links) count(l.to.article.outlet, l.match, family);
    for (const p of family.passages) for (const { match } of p.from) count(p.article.outlet, match, family);
  }
  return [...byOutlet.values()]
    .map(({ seen: _seen, ...f }) => f)
    .sort((a, b) => b.n - a.n || a.outlet.localeCompare(b.outlet));
}
