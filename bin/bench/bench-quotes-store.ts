/**
 * The quotes store at library scale (issue 15, storage): deriving every row from N saved AllSides
 * articles (what the v3→v4 migration and a rebuild compute), and the library's speakers list read
 * from those rows beside the way it was computed before, from quote families built over the whole
 * library, in one run; plus a check that both lists name, merge and count people alike. The
 * families are built only up to `familiesUpTo` articles: at 10k the build alone took 1,596 s
 * (README, "Quote families at 10,000 saved articles").
 */
import { performance } from 'node:perf_hooks';
import { CoverageIndex } from '@/utils/index/coverage-index';
import { QuoteFamilies } from '@/utils/families/quote-families';
import { speakerDirectory, speakerSummary, type CreditedQuote } from '@/utils/families/speakers';
import { inSaveOrder, quoteRows } from '@/utils/storage/quote-rows';
import type { StoredArticle } from '@/utils/types';
import type { BenchArticle } from './bench-corpus';
import { median, seededRandom, shuffled } from './bench-stats';
import type { BenchRow } from './bench-table';

export interface QuotesStoreBenchOptions {
  size: number;
  /** Repetitions of the fast steps (median reported). */
  repeats: number;
  /** Largest library the families are built over for the comparison. */
  familiesUpTo: number;
  seed: number;
  log: (line: string) => void;
}

export function benchQuotesStore(all: readonly BenchArticle[], opts: QuotesStoreBenchOptions): BenchRow[] {
  const library = shuffled(all, seededRandom(opts.seed)).slice(0, opts.size).map((a, i) => ({ ...a, savedAt: i }));
  const n = library.length.toLocaleString('en-US');
  const section = `quotes store, ${n} saved AllSides articles`;
  const rows: BenchRow[] = [];

  opts.log(`quotes store: deriving rows from ${n} articles`);
  const deriveMs: number[] = [];
  let derived = library.flatMap(quoteRows);
  for (let i = 0; i < opts.repeats; i++) {
    const t = performance.now();
    derived = library.flatMap(quoteRows);
    deriveMs.push(performance.now() - t);
  }
  rows.push({ section, metric: 'derive every quote row (the migration\'s and a rebuild\'s work, IndexedDB writes aside)', p50: median(deriveMs), p95: null, unit: 'ms', note: `${derived.length.toLocaleString('en-US')} rows` });

  const listMs: number[] = [];
  const orderMs: number[] = [];
  let fromRows: ReturnType<typeof speakerSummary>[] = [];
  for (let i = 0; i < opts.repeats; i++) {
    const t = performance.now();
    const ordered = inSaveOrder(derived);
    orderMs.push(performance.now() - t);
    const credited = ordered.map((r): CreditedQuote => ({ quote: { speaker: r.speaker }, article: { outlet: r.outlet } }));
    fromRows = speakerDirectory(credited).map(speakerSummary);
    listMs.push(performance.now() - t);
  }
  rows.push({
    section, metric: 'speakers list from the quote rows (order, merge names, count)', p50: median(listMs), p95: null, unit: 'ms',
    note: `${fromRows.length.toLocaleString('en-US')} people; putting rows in save order ${median(orderMs).toFixed(0)} ms of it`,
  });

  if (library.length > opts.familiesUpTo) return rows;
  opts.log('quotes store: the speakers list as before, from families built over the library');
  const index = new CoverageIndex();
  for (const a of library) index.add(a);
  const stored = new Map<string, StoredArticle>(library.map((a) => [a.id, a]));
  const t = performance.now();
  const families = QuoteFamilies.build(index, library, (id) => stored.get(id));
  const fromFamilies = speakerDirectory(families.allNodes()).map(speakerSummary);
  const familiesMs = performance.now() - t;
  rows.push({ section, metric: 'speakers list as before: every family built, then the directory', p50: familiesMs, p95: null, unit: 'ms', note: `${(familiesMs / median(listMs)).toFixed(0)}× the rows' list, same run` });
  const same = JSON.stringify(fromRows) === JSON.stringify(fromFamilies);
  rows.push({ section, metric: 'both lists alike (names, aliases in order, quote and outlet counts)', p50: same ? 1 : 0, p95: null, unit: 'yes=1', note: `${fromRows.length} vs ${fromFamilies.length} people` });
  return rows;
}
