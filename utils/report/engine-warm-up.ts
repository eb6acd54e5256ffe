/**
 * A page check's code made ready before the reader asks for one. A freshly started worker runs a
 * check's functions for the first time: it compiles them and their patterns, and runs them
 * unoptimised, so its first check at 10k took over 100 ms more CPU than the next (docs/DESIGN.md
 * "The engine warmed before the check"). Checking three short made-up reports against one another
 * goes through the same code (quote finding, the index built and loaded as from its cache, the
 * candidate search, alignment, the reverse sections) on a library of two.
 *
 * ```ts
 * warmEngine(); // { kinds: ['altered', 'paraphrase', 'partial', 'verbatim'], elsewhere: 1, paraphrasedHere: 1 }
 * ```
 */
import { CoverageIndex } from '@/utils/index/coverage-index';
import { findQuotes } from '@/utils/quotes/find-quotes';
import { alignCandidates, planComparison, reverseOf, runComparison } from '@/utils/report/compare-article';
import type { Article, StoredArticle } from '@/utils/types';

/** Three renderings of one made-up story (ours; no outlet printed them): verbatim, cut, altered, paraphrased. */
const SAMPLE_PARAGRAPHS: readonly (readonly string[])[] = [
  [
    'The harbour bridge in Eastwick will close for six weeks of repairs from March, the town council said on Tuesday.',
    '"We cannot keep patching a deck that was built for half the traffic it carries today," said Mara Lind, who chairs the works committee.',
    'Engineer Ida Moss said an inspection last autumn had found corrosion in three of the bridge\'s twelve supports. "Six weeks of detours is a price worth paying for another forty years of safe crossings," Lind said.',
    'Tomas Reyes, a council member, voted against the schedule. "Nobody asked the traders whether March suits them," he said, "and March is when the ferries stop for their own overhaul."',
  ],
  [
    'Eastwick\'s harbour bridge is to shut for six weeks from March while its deck and supports are repaired.',
    '"We cannot keep patching a deck that was built for half the traffic it carries today," works committee chair Mara Lind told the meeting.',
    'Tomas Reyes objected. "Nobody asked the traders whether March suits them," Reyes said. He added: "The ferries will be out of service at the same time, so the east bank will be cut off."',
    '"Our inspection last autumn found corrosion in three of the twelve supports," said Ida Moss, the engineer in charge. "Six weeks of detours is a price worth paying for forty years of safe crossings," Lind said.',
  ],
  [
    'Repairs will close the Eastwick harbour bridge for six weeks starting in March.',
    'Mara Lind, who chairs the works committee, said the council could not keep patching a deck built for half the traffic it carries today.',
    '"Nobody asked the traders if March suits them," said council member Tomas Reyes.',
    'Lind added: "Six weeks of detours is a price worth paying."',
  ],
];

const OUTLETS = ['Eastwick Courier', 'Harbour Times', 'Valley Post'];

function sampleArticle(paragraphs: readonly string[], i: number): Article & { id: string } {
  const spans: Article['paragraphs'] = [];
  let at = 0;
  for (const p of paragraphs) {
    spans.push({ start: at, end: at + p.length });
    at += p.length + 2;
  }
  const url = `https://warm-up.invalid/${i}`;
  return { id: url, url, outlet: OUTLETS[i], title: 'Harbour bridge to close for repairs', date: '2026-03-01', byline: null, lang: 'en', text: paragraphs.join('\n\n'), paragraphs: spans };
}

/** What the warm-up went through: every kind of match and both reverse sections, when the engine still finds them in the samples. */
export interface WarmUpPath {
  kinds: string[];
  elsewhere: number;
  paraphrasedHere: number;
}

/**
 * Checks the first sample against the other two, as the library checks a page, pausing (`yield`)
 * between stages so a caller can let other work in: none of them takes long, even cold. Pure:
 * reads no storage.
 */
export function* warmEngineSteps(): Generator<void, WarmUpPath> {
  const [article, ...others] = SAMPLE_PARAGRAPHS.map(sampleArticle);
  const saved: StoredArticle[] = others.map((a, i) => ({ ...a, quotes: findQuotes(a), savedAt: i + 1 }));
  const quotes = findQuotes(article);
  yield;
  const built = new CoverageIndex();
  for (const a of saved) built.add(a);
  // Loaded from its serialized form, as the worker loads its cached index.
  const index = CoverageIndex.load(built.toJSON())!;
  yield;
  const resolve = (id: string) => saved.find((a) => a.id === id);
  const plan = planComparison(article, quotes, index);
  yield;
  const forward = runComparison(plan, resolve, { reverse: false }, alignCandidates(plan, resolve));
  yield;
  const reverse = reverseOf(plan, forward.quotes, resolve);
  const kinds = new Set(forward.quotes.flatMap((r) => r.matches.map((m) => m.kind)));
  return { kinds: [...kinds].sort(), elsewhere: reverse.elsewhere.length, paraphrasedHere: reverse.paraphrasedHere.length };
}

/** The warm-up in one go. */
export function warmEngine(): WarmUpPath {
  const steps = warmEngineSteps();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The warm-up a stage per task: a check or request that arrives meanwhile waits for one stage at most. */
export async function warmEngineInSteps(pause: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0))): Promise<WarmUpPath> {
  const steps = warmEngineSteps();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}
