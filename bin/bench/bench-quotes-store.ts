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
import { SpeakerBook } from '@/utils/families/speaker-book';
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

  rows.push(...benchSpeakersKept(library, fromRows, section, opts));

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

/** Saves (and removals) the speakers list is kept current through: the last of the library's articles. */
const KEPT_SAVES = 30;

/**
 * The speakers list kept current (`SpeakerBook`): made whole from the rows, then each of the last
 * KEPT_SAVES articles saved (then removed) and the list asked after each, timed per update; the
 * first update of a book read back from the stored list (a restarted worker: every name's words
 * read once); and the lists at the end checked against the directory of every row.
 */
function benchSpeakersKept(library: readonly StoredArticle[], fromRows: ReturnType<typeof speakerSummary>[], section: string, opts: QuotesStoreBenchOptions): BenchRow[] {
  opts.log('quotes store: the speakers list kept current through saves and removals');
  const none = { merged: [], split: [] };
  const t = performance.now();
  const whole = SpeakerBook.of(library.flatMap(quoteRows), none).list();
  const wholeMs = performance.now() - t;
  const sameWhole = JSON.stringify(whole.people) === JSON.stringify(fromRows);
  const saves = library.slice(-KEPT_SAVES);
  const book = SpeakerBook.of(library.slice(0, -KEPT_SAVES).flatMap(quoteRows), none);
  book.list();
  const saveMs: number[] = [];
  for (const a of saves) {
    const s = performance.now();
    book.put(a.id, quoteRows(a));
    book.list();
    saveMs.push(performance.now() - s);
  }
  const sameAfterSaves = JSON.stringify(book.list().people) === JSON.stringify(fromRows);
  const restarted = SpeakerBook.from(structuredClone(book.list()), none);
  const r = performance.now();
  restarted.put(saves[0].id, []);
  restarted.list();
  const restartMs = performance.now() - r;
  const removeMs: number[] = [];
  for (const a of saves) {
    const s = performance.now();
    book.put(a.id, []);
    book.list();
    removeMs.push(performance.now() - s);
  }
  const left = library.slice(0, -KEPT_SAVES).flatMap(quoteRows);
  const expected = speakerDirectory(inSaveOrder(left).map((q): CreditedQuote => ({ quote: { speaker: q.speaker }, article: { outlet: q.outlet } }))).map(speakerSummary);
  const sameAfterRemovals = JSON.stringify(book.list().people) === JSON.stringify(expected);
  return [
    { section, metric: 'speakers list made whole by the kept list (SpeakerBook) from the rows', p50: wholeMs, p95: null, unit: 'ms', note: `same list as the rows' directory: ${sameWhole ? 'yes' : 'NO'}` },
    {
      section, metric: `speakers list kept current: a save, then the list asked (${KEPT_SAVES} saves)`, p50: median(saveMs), p95: Math.max(...saveMs), unit: 'ms',
      note: `p95 column: the slowest; same list as the directory of every row after them: ${sameAfterSaves ? 'yes' : 'NO'}`,
    },
    {
      section, metric: `speakers list kept current: a removal, then the list asked (${KEPT_SAVES} removals)`, p50: median(removeMs), p95: Math.max(...removeMs), unit: 'ms',
      note: `p95 column: the slowest; same list as the directory of every row left: ${sameAfterRemovals ? 'yes' : 'NO'}`,
    },
    { section, metric: 'the first update of a list read back from storage (a restarted worker: every name\'s words read once)', p50: restartMs, p95: null, unit: 'ms', note: '' },
  ];
}
