/**
 * Quote families at library scale (issue 15): the full build over N saved AllSides articles, the
 * incremental update per save (each saved after its check, as a reader saves what they checked:
 * the check's lists and matches handed over) and per removal (targets: ≤ 50 ms a save), the library pages'
 * computations (a family page, a speaker page, the fidelity view) in Node, and a check that the
 * families agree with the pairwise matcher: every quote of a sample of saved articles compared
 * with the library as the check compares it (`compareArticle`, forward), each match found in the
 * quote's family, at the same place, with the same kind.
 *
 * Saves are articles of AllSides events the library already covers (another outlet's article on
 * the same story is saved), so each save has versions to find, as a reader's saves do.
 */
import { writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { CoverageIndex, passageTerms } from '@/utils/index/coverage-index';
import { QuoteFamilies, type QuoteNode } from '@/utils/families/quote-families';
import { familyView } from '@/utils/families/family-view';
import { SPEAKER_PAGE_QUOTES, speakerDirectory, speakerView } from '@/utils/families/speakers';
import { familyViewFromRows, speakerFromRows, type ListedQuote, type ReadFamilyGroups, type ReadQuotes } from '@/utils/families/family-from-rows';

import { familyGroupsWrite, keepRematches, rematchMemo, replacedPageIds } from '@/utils/families/family-pages';
import { FamilyRowsCache } from '@/utils/families/family-rows-cache';
import { quoteKey, type FamilyGroupRow, type FamilyPageRow } from '@/utils/storage/family-rows';
import { outletFidelity } from '@/utils/families/fidelity';
import { alignCandidates, planComparison } from '@/utils/report/compare-article';
import { planBasis, saveHandOver, usableHandOver, type SaveHandOver } from '@/utils/families/save-hand-over';
import { lexiconFor } from '@/utils/language/lexicons';
import type { StoredArticle } from '@/utils/types';
import type { BenchArticle } from './bench-corpus';
import { median, p95, sample, seededRandom, shuffled } from './bench-stats';
import { targetRow, type BenchRow } from './bench-table';
import { disagreementLines, familiesAgreement } from './bench-families-agreement';

/** No quote rows here: each person's quotes are read from their articles, as before schema v10 (what this bench has measured). */
const noQuoteRows: ReadQuotes = async (keys) => keys.map(() => undefined);

export interface FamiliesBenchOptions {
  size: number;
  /** Articles saved one by one after the build (then removed one by one). */
  saves: number;
  /** Saved articles whose quotes are checked against the pairwise matcher. */
  agreementSample: number;
  /** Family and speaker pages opened. */
  pages: number;
  seed: number;
  log: (line: string) => void;
  /** A file to write each disagreement with the pairwise matcher to (JSON lines, ids and offsets only). */
  disagreements?: string | null;
}

export async function benchFamilies(all: readonly BenchArticle[], opts: FamiliesBenchOptions): Promise<BenchRow[]> {
  const random = seededRandom(opts.seed);
  const order = shuffled(all, random);
  const library = order.slice(0, opts.size).map((a, i) => ({ ...a, savedAt: i }));
  const covered = new Set(library.map((a) => a.event));
  const saves = order.slice(opts.size).filter((a) => a.quotes.length > 0 && covered.has(a.event)).slice(0, opts.saves)
    .map((a, i) => ({ ...a, savedAt: opts.size + i }));
  const stored = new Map<string, StoredArticle>(library.map((a) => [a.id, a]));
  const resolve = (id: string) => stored.get(id);
  const n = opts.size.toLocaleString('en-US');
  const section = `quote families, ${n} saved AllSides articles`;
  const rows: BenchRow[] = [];

  opts.log(`families: indexing ${n} articles`);
  const index = new CoverageIndex();
  for (const a of library) index.add(a);
  opts.log('families: full build');
  let t = performance.now();
  const buildCpu = process.cpuUsage();
  const families = QuoteFamilies.build(index, library, resolve);
  const groups = families.families();
  const buildMs = performance.now() - t;
  const buildCpuS = cpuMs(buildCpu) / 1000;
  const multi = groups.filter((f) => f.nodes.length + f.passages.length > 1);
  rows.push({
    section, metric: 'full build (every saved quote planned and aligned, then grouped)', p50: buildMs / 1000, p95: null, unit: 's',
    note: `CPU ${buildCpuS.toFixed(0)} s; ${families.quoteCount.toLocaleString('en-US')} quotes, ${multi.length.toLocaleString('en-US')} families of 2+ versions (${multi.reduce((s, f) => s + f.passages.length, 0)} passages)`,
  });

  // The pages the library stores after the build (untimed, as its first write): a save's write
  // reads the pages it replaces and keeps their matches made again, as the library does.
  opts.log('families: the pages stored after the build');
  const storedPages = new Map<string, FamilyPageRow>();
  const writePages = (all = false) => {
    const changes = families.takeGroupChanges(all);
    const memo = rematchMemo(families);
    if (!changes.all) keepRematches(memo, replacedPageIds(changes).map((id) => storedPages.get(id)));
    const write = familyGroupsWrite(changes, resolve, memo);
    if (write.all) storedPages.clear();
    for (const id of write.remove) storedPages.delete(id);
    for (const page of write.pages) storedPages.set(page.id, page);
  };
  families.takeChanges();
  writePages(true);

  opts.log(`families: ${saves.length} incremental saves, then their removals`);
  const work = { screened: 0, asked: 0, alone: 0, changed: 0, aligned: 0, ownMs: 0, screenMs: 0, askMs: 0, alignMs: 0, groupMs: 0 };
  /** One save as the library makes it, timed from the families' plan on: wall and process CPU (ms). */
  const save = (a: StoredArticle, checked: boolean): { ms: number; cpuMs: number; handedOver: boolean } => {
    // A reader saves what they checked: the check (untimed, as the tab's check before the click on
    // Save) hands the save its lists and matches, as the library's save takes them (Library.save).
    // An import's or `library build`'s save has no check.
    let handOver: SaveHandOver | undefined;
    if (checked) {
      const plan = planComparison(a, a.quotes, index);
      handOver = saveHandOver(plan, planBasis(plan, index), alignCandidates(plan, resolve), resolve);
    }
    const stamp = index.stamp;
    const lexicon = lexiconFor(a);
    const read = passageTerms(a, lexicon);
    stored.set(a.id, a);
    index.add(a, lexicon, read);
    const usable = usableHandOver(handOver, a, stamp);
    const start = performance.now();
    const cpu = process.cpuUsage();
    const update = families.planSave(a, usable, read);
    families.apply(update, resolve);
    // What the library's save takes to write (its IndexedDB write aside): the changed rows and the changed groups and pages, grouping first.
    const grouping = performance.now();
    families.takeChanges();
    writePages();
    if (checked) {
      work.groupMs += performance.now() - grouping;
      for (const k of ['screened', 'asked', 'alone', 'changed', 'aligned', 'ownMs', 'screenMs', 'askMs', 'alignMs'] as const) work[k] += families.lastWork[k];
    }
    return { ms: performance.now() - start, cpuMs: cpuMs(cpu), handedOver: usable !== undefined };
  };
  const remove = (a: StoredArticle): { ms: number; cpuMs: number } => {
    stored.delete(a.id);
    index.remove(a.id);
    const start = performance.now();
    const cpu = process.cpuUsage();
    families.apply(families.planRemove(a.id), resolve);
    families.takeChanges();
    writePages();
    return { ms: performance.now() - start, cpuMs: cpuMs(cpu) };
  };
  // CPU time of the process alongside: the machine is shared, and waiting for a core is not the update's cost.
  const checkedSaves = saves.map((a) => save(a, true));
  const saveMs = checkedSaves.map((r) => r.ms);
  const saveCpuMs = checkedSaves.map((r) => r.cpuMs);
  const handedOver = checkedSaves.filter((r) => r.handedOver).length;
  const per = (x: number) => (saves.length ? (x / saves.length).toFixed(1) : '0');
  rows.push(targetRow({
    section, metric: 'incremental update per save after its check (plan, align, regroup; the changed rows and groups taken as the library writes them)', p50: median(saveMs), p95: p95(saveMs), unit: 'ms',
    note: `${saves.length} saves of covered stories, each checked first (${handedOver} took the check's lists and matches); CPU p50 ${median(saveCpuMs).toFixed(1)} ms, p95 ${p95(saveCpuMs).toFixed(1)} ms; per save ${per(work.screened)} quotes looked at (keyed by its terms), ${per(work.alone)} checked against the article alone, ${per(work.asked)} asked of the index, ${per(work.changed)} lists changed, ${per(work.aligned)} alignments; mean ms: own quotes' candidates ${per(work.ownMs)}, screen ${per(work.screenMs)}, lists followed ${per(work.askMs)}, aligning ${per(work.alignMs)}, rows and groups ${per(work.groupMs)}`,
  }, '<=', 50));

  // Agreement, while the saves are in: the check's forward matches of sampled saved articles.
  opts.log(`families: agreement with the pairwise matcher on ${opts.agreementSample} articles`);
  const sampled = sample([...stored.values()].filter((a) => a.quotes.length > 0), opts.agreementSample, random);
  const agreement = familiesAgreement(families, index, resolve, sampled);
  if (opts.disagreements) {
    await writeFile(opts.disagreements, disagreementLines(agreement.disagreements));
    opts.log(`families: ${agreement.disagreements.length} disagreements written to ${opts.disagreements}`);
  }
  const { matches, agreed } = agreement;
  const v = agreement.verdicts;
  const byCause = (verdict: string) => [...new Set(agreement.disagreements.filter((d) => d.verdict === verdict).map((d) => d.cause))]
    .map((c) => `${agreement.disagreements.filter((d) => d.verdict === verdict && d.cause === c).length} ${c}`).join(', ');
  rows.push({
    section, metric: 'families agree with the pairwise matcher (matches found in the family, same place and kind, the family at the place the quote\'s)', p50: matches ? agreed / matches : NaN, p95: null, unit: 'share',
    note: `${agreed}/${matches} matches of ${sampled.length} sampled articles' quotes; the others: ${v['by design']} by design (${byCause('by design') || 'none'}), ${v['excerpt not taken']} excerpt matches the family lacks, ${v['family wrong']} family wrong${v['family wrong'] ? ` (${byCause('family wrong')})` : ''}`,
  });
  rows.push({
    section, metric: 'matches the families lack or get wrong (excerpts not taken, family wrong), of those sampled', p50: matches ? (v['excerpt not taken'] + v['family wrong']) / matches : NaN, p95: null, unit: 'share',
    note: `${v['excerpt not taken'] + v['family wrong']}/${matches}; each written with its cause by --families-disagreements <file>`,
  });
  opts.log('families: pages');
  const pageMs: number[] = [];
  for (const f of sample(multi, opts.pages, random)) {
    t = performance.now();
    familyView(f, resolve);
    pageMs.push(performance.now() - t);
  }
  rows.push({ section, metric: 'family page model (reference, versions, diffs)', p50: median(pageMs), p95: p95(pageMs), unit: 'ms', note: `${pageMs.length} families of 2+ versions` });
  t = performance.now();
  const speakers = speakerDirectory(families.allNodes());
  const directoryMs = performance.now() - t;
  rows.push({ section, metric: 'speaker directory (every credited name merged across articles)', p50: directoryMs, p95: null, unit: 'ms', note: `${speakers.length.toLocaleString('en-US')} people` });
  t = performance.now();
  const fidelity = outletFidelity(families.families());
  rows.push({ section, metric: 'outlet fidelity (every family counted)', p50: performance.now() - t, p95: null, unit: 'ms', note: `${fidelity.length} outlets` });

  const removals = saves.map(remove);
  const removeMs = removals.map((r) => r.ms);
  const removeCpuMs = removals.map((r) => r.cpuMs);
  // The same saves with no check before them (an import's, `library build`'s), then removed again (untimed).
  const plainSaves = saves.map((a) => save(a, false));
  for (const a of saves) remove(a);
  // A worker restart: the rows the families store holds, cloned as IndexedDB clones them, read back.
  opts.log('families: stored rows, read back');
  t = performance.now();
  const storedRows = structuredClone(families.allRows());
  const cloneMs = performance.now() - t;
  const bytes = storedRows.reduce((sum, r) => sum + r.quotes.length + JSON.stringify(r.article).length, 0);
  rows.push({ section, metric: 'stored family rows (one per article): taken and structured-cloned', p50: cloneMs, p95: null, unit: 'ms', note: `${storedRows.length.toLocaleString('en-US')} rows, ${(bytes / 1e6).toFixed(1)} MB as JSON` });
  t = performance.now();
  const restoreCpu = process.cpuUsage();
  const restored = QuoteFamilies.restore(index, storedRows)!;
  const restoredGroups = restored.families();
  const restoreMs = performance.now() - t;
  const same = restored.quoteCount === families.quoteCount && restoredGroups.length === families.families().length &&
    restoredGroups.every((f, i) => f.nodes.length === families.families()[i].nodes.length && f.passages.length === families.families()[i].passages.length);
  rows.push({ section, metric: 'families read back from the rows (restore, then grouping): a worker restart', p50: restoreMs, p95: null, unit: 'ms', note: `CPU ${cpuMs(restoreCpu).toFixed(0)} ms; same families as built: ${same ? 'yes' : 'NO'}` });
  rows.push(...(await benchPagesFromRows(restored, stored, storedRows, { section, pages: opts.pages, random, log: opts.log })));
  rows.push(targetRow({ section, metric: 'incremental update per removal', p50: median(removeMs), p95: p95(removeMs), unit: 'ms', note: `${removeMs.length} removals; CPU p50 ${median(removeCpuMs).toFixed(1)} ms, p95 ${p95(removeCpuMs).toFixed(1)} ms` }, '<=', 50));
  rows.push({
    section, metric: 'incremental update per save with no check before it (an import, `library build`)', p50: median(plainSaves.map((r) => r.ms)), p95: p95(plainSaves.map((r) => r.ms)), unit: 'ms',
    note: `the same ${plainSaves.length} saves again after their removal; CPU p50 ${median(plainSaves.map((r) => r.cpuMs)).toFixed(1)} ms, p95 ${p95(plainSaves.map((r) => r.cpuMs)).toFixed(1)} ms`,
  });
  return rows;
}

/**
 * A page after a worker restart (schema v9): a family's page reads its article, the groups holding
 * it and its family's page row (the page whole), a person's page their quotes' articles and groups
 * (family-from-rows), each read structured-cloned as IndexedDB reads it. Each answer is checked
 * against the families read whole.
 */
async function benchPagesFromRows(
  whole: QuoteFamilies, stored: ReadonlyMap<string, StoredArticle>, familyRows: ReturnType<QuoteFamilies['allRows']>,
  opts: { section: string; pages: number; random: () => number; log: (line: string) => void },
): Promise<BenchRow[]> {
  // What the v6 page read instead: the family rows of its article and of its group's articles.
  const rowBytes = new Map(familyRows.map((r) => [r.articleId, JSON.stringify(r).length]));
  let v6Bytes = 0;
  opts.log('families: pages after a restart, from their groups and pages');
  const changes = familyGroupsWrite(whole.takeGroupChanges(true), (id) => stored.get(id));
  const pageById = new Map(changes.pages.map((p) => [p.id, p]));
  const byArticle = new Map<string, FamilyGroupRow[]>();
  for (const g of changes.put) for (const id of g.articles) byArticle.set(id, [...(byArticle.get(id) ?? []), g]);
  let read = 0;
  let bytes = 0;
  const readGroups: ReadFamilyGroups = async (ids, pageIds) => {
    read += ids.length + pageIds.length;
    const found = [...new Map(ids.flatMap((id) => byArticle.get(id) ?? []).map((g) => [g.id, g])).values()];
    const got = { current: true, groups: found, pages: pageIds.map((id) => pageById.get(id)) };
    bytes += JSON.stringify(got).length;
    return structuredClone(got);
  };
  const records = async (ids: readonly string[]) => {
    read += ids.length;
    const got = ids.map((id) => stored.get(id));
    bytes += JSON.stringify(got).length;
    return new Map(ids.map((id, i) => [id, structuredClone(got[i])]));
  };
  const familyMs: number[] = [];
  const familyCpu: number[] = [];
  let same = 0;
  const sampled = sample(whole.families().filter((f) => f.nodes.length + f.passages.length > 1), opts.pages, opts.random);
  for (const f of sampled) {
    const ref = { articleId: f.nodes[0].article.id, offset: f.nodes[0].quote.start };
    const t = performance.now();
    const cpu = process.cpuUsage();
    const found = await familyViewFromRows(ref, readGroups, records);
    familyMs.push(performance.now() - t);
    familyCpu.push(cpuMs(cpu));
    for (const id of new Set([ref.articleId, ...(byArticle.get(ref.articleId) ?? []).filter((g) => g.quotes.includes(quoteKey(ref.articleId, f.nodes[0].index))).flatMap((g) => g.articles)])) v6Bytes += rowBytes.get(id) ?? 0;
    const resolve = (id: string) => stored.get(id);
    if (JSON.stringify(found) === JSON.stringify(familyView(f, resolve))) same++;
  }
  const familyRowsRead = read / Math.max(1, sampled.length);
  const familyKb = bytes / 1e3 / Math.max(1, sampled.length);
  read = 0;
  bytes = 0;
  const people = speakerDirectory([...whole.allNodes()].map((n): ListedQuote & { node: QuoteNode } => ({ quote: n.quote, article: n.article, articleId: n.article.id, index: n.index, savedAt: n.article.savedAt, date: n.article.date, node: n })));
  // The most quoted people (the heaviest pages) and a sample of the rest.
  const chosen = [...people.slice(0, 5), ...sample(people.slice(5), Math.max(0, opts.pages - 5), opts.random)];
  const speakerMs: number[] = [];
  let sameSpeaker = 0;
  for (const person of chosen) {
    const t = performance.now();
    const view = await speakerFromRows(person, readGroups, noQuoteRows, records, SPEAKER_PAGE_QUOTES);
    speakerMs.push(performance.now() - t);
    const expected = speakerView({ ...person, nodes: person.nodes.map((n) => n.node) }, (n) => {
      const f = whole.familyOf(n);
      return f ? f.nodes.length + f.passages.length : 1;
    }, SPEAKER_PAGE_QUOTES);
    if (JSON.stringify(view) === JSON.stringify(expected)) sameSpeaker++;
  }
  const speakerRows = read / Math.max(1, chosen.length);
  const speakerKb = bytes / 1e3 / Math.max(1, chosen.length);
  // The same pages opened again in the worker that read them (family-rows-cache): the rows the first open read are kept.
  const kept = new FamilyRowsCache(0, readGroups, records);
  const againMs: number[] = [];
  let sameAgain = 0;
  for (const person of chosen) {
    const first = JSON.stringify(await speakerFromRows(person, kept.readFamilyGroups, noQuoteRows, kept.readRecords, SPEAKER_PAGE_QUOTES));
    read = 0;
    const t = performance.now();
    const view = await speakerFromRows(person, kept.readFamilyGroups, noQuoteRows, kept.readRecords, SPEAKER_PAGE_QUOTES);
    againMs.push(performance.now() - t);
    if (JSON.stringify(view) === first && read === 0) sameAgain++;
  }
  return [
    {
      section: opts.section, metric: 'a family page after a restart: its article, groups and page row read (family-from-rows)', p50: median(familyMs), p95: p95(familyMs), unit: 'ms',
      note: `${sampled.length} families of 2+ versions; CPU p50 ${median(familyCpu).toFixed(1)} ms; ${familyRowsRead.toFixed(1)} rows read a page, ${familyKb.toFixed(1)} kB (the v6 page's family rows: ${(v6Bytes / 1e3 / Math.max(1, sampled.length)).toFixed(1)} kB); same page as from the families read whole: ${same}/${sampled.length}`,
    },
    {
      section: opts.section, metric: `a person's page after a restart, its first ${SPEAKER_PAGE_QUOTES} quotes: their articles and groups (family-from-rows)`, p50: median(speakerMs), p95: p95(speakerMs), unit: 'ms',
      note: `${chosen.length} people (the 5 most quoted: ${chosen.slice(0, 5).map((p) => p.nodes.length).join(', ')} quotes); ${speakerRows.toFixed(0)} rows read a page, ${speakerKb.toFixed(0)} kB; same page as from the families read whole, cut at ${SPEAKER_PAGE_QUOTES}: ${sameSpeaker}/${chosen.length}`,
    },
    {
      section: opts.section, metric: 'a person\'s page opened again: the rows its first open read, kept (family-rows-cache)', p50: median(againMs), p95: p95(againMs), unit: 'ms',
      note: `${chosen.length} people; no row read again and the same page: ${sameAgain}/${chosen.length}`,
    },
  ];
}

/** CPU milliseconds (user and system) the process spent since `from`. */
function cpuMs(from: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
}
