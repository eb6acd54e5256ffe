/**
 * Whether the "meaning change" flags the pipeline raises on judged pairs are real, judged by
 * reading (a false flag costs the reader's trust as a false speaker conflict does):
 *   `npm run eval -- judged <corpus-dir> --meaning-flags <out-dir>` writes a batch of every judged-same
 *     pair whose match carries a meaning change: A's quote and B's matched version in context, and
 *     the flagged words (what is judged is that claim, so it is shown);
 *   `npm run eval -- judged <corpus-dir> --import-meaning <out-dir>` writes the verdicts (id, the
 *     flagged words, real) to test/judged/meaning-flags.jsonl.
 * `eval judged` then reports, per split, how many flags read are real; a flag whose words changed
 * since it was read counts as not read.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Span } from '@/utils/types';
import type { CorpusArticle, JudgedPair, Split } from './judge-candidates';
import { labelFiles, readJsonLines } from './json-lines';
import { markedContext } from './marked-context';

/** A flag raised on one judged pair: its match in B and the words flagged. */
export interface RaisedFlag {
  id: string;
  split: Split;
  words: string[];
  /** The match's span in B. */
  match: Span;
}

/** One line of test/judged/meaning-flags.jsonl. */
export interface FlagVerdict {
  id: string;
  words: string[];
  real: true | false | 'unsure';
}

const INSTRUCTIONS = `# Meaning-change flags: batch {N}

Each entry shows a direct quote in article A (marked ⟦like this⟧) and the version of it that a tool
found in article B, another outlet on the same story (marked ⟦like this⟧). The tool says the two
versions differ in MEANING through the listed words: a negation (not, never, no), a number, a
hedge (will / may / could / should …) or a quantifier (some / all / any / many …).

For each entry decide whether that claim is true, by reading both versions:
- real = true: where the two versions carry the same passage, B's version says something different
  from A's because of those words (a negation added or dropped, another number, a firmer or weaker
  modal, another quantifier).
- real = false: the listed words do not change what is said: a spelling or compound ("cannot" /
  "can not"), a word moved within the sentence, the grammar of indirect speech, a word that belongs
  to a part only one version carries, or the versions are not the same passage at all.
- real = "unsure": the context cannot tell.

Output exactly ONE line of JSON per entry, in the order given, nothing else (no code fences):
{"id":"a123","real":true,"note":""}
The note is optional, at most 12 words of your own.

---
`;

/** About this many characters of context on each side of a marked span. */
const CONTEXT = 220;

const around = (text: string, span: Span) => markedContext(text, span, CONTEXT);

export async function writeMeaningBatch(outDir: string, raised: readonly RaisedFlag[], pairs: ReadonlyMap<string, JudgedPair>, articleOf: (p: JudgedPair, side: 'A' | 'B') => CorpusArticle, read: readonly FlagVerdict[]): Promise<number> {
  await mkdir(outDir, { recursive: true });
  // A flag read already with the same words is not read again.
  const flags = raised.filter((f) => !read.some((v) => v.id === f.id && sameWords(v.words, f.words)));
  const entries = flags.map((f) => {
    const p = pairs.get(f.id)!;
    return `## ${f.id}\n\nA — ${articleOf(p, 'A').outlet}:\n\n> ${around(articleOf(p, 'A').text, { start: p.startA, end: p.endA })}\n\n` +
      `B — ${articleOf(p, 'B').outlet}:\n\n> ${around(articleOf(p, 'B').text, f.match)}\n\nWords flagged: ${f.words.join(', ')}\n\n`;
  });
  await writeFile(join(outDir, 'flags.jsonl'), flags.map((f) => JSON.stringify({ id: f.id, words: f.words })).join('\n') + '\n');
  await writeFile(join(outDir, 'batch-1.md'), INSTRUCTIONS.replace('{N}', '1') + `\n${flags.length} entries.\n\n` + entries.join('---\n\n'));
  console.log(`meaning flags: ${flags.length} flags to read of ${raised.length} on judged-same pairs (${flags.filter((f) => f.split === 'tune').length} tune) -> ${outDir}/batch-1.md`);
  return 0;
}

export async function importMeaningVerdicts(fromDir: string, toFile: string): Promise<number> {
  const raised = new Map((await readFile(join(fromDir, 'flags.jsonl'), 'utf8')).split('\n').filter(Boolean).map((l) => {
    const j = JSON.parse(l) as { id: string; words: string[] };
    return [j.id, j.words] as const;
  }));
  const verdicts = new Map<string, FlagVerdict>();
  const problems: string[] = [];
  for (const { file: f, lines } of await labelFiles(fromDir)) {
    for (const line of lines) {
      let j: { id?: unknown; real?: unknown };
      try {
        j = JSON.parse(line);
      } catch {
        problems.push(`${f}: not JSON`);
        continue;
      }
      const id = String(j.id);
      const real = j.real === true || j.real === false || j.real === 'unsure' ? j.real : null;
      if (!raised.has(id)) problems.push(`${f}: ${id} was not in the batch`);
      else if (real === null) problems.push(`${f}: ${id} has no "real"`);
      else if (verdicts.has(id)) problems.push(`${f}: ${id} read twice (first kept)`);
      else verdicts.set(id, { id, words: raised.get(id)!, real });
    }
  }
  // Earlier verdicts are kept, but for a pair read again (its flag's words changed since).
  const kept = (await readFlagVerdicts(toFile) ?? []).filter((v) => !verdicts.has(v.id));
  const sorted = [...kept, ...verdicts.values()].sort((x, y) => x.id.localeCompare(y.id, 'en', { numeric: true }));
  await writeFile(toFile, sorted.map((v) => JSON.stringify(v)).join('\n') + '\n');
  for (const p of problems.slice(0, 20)) console.error(`  ${p}`);
  console.log(`meaning flags import: ${verdicts.size} of ${raised.size} flags read (${problems.length} problems); ${kept.length} earlier verdicts kept -> ${toFile}`);
  return verdicts.size ? 0 : 1;
}

export interface FlagScore {
  raised: number;
  read: number;
  real: number;
  unsure: number;
}

/** Per split: flags raised, read with the same words, and read real (unsure ones apart). */
export function scoreFlags(raised: readonly RaisedFlag[], verdicts: readonly FlagVerdict[]): Record<Split | 'all', FlagScore> {
  const scores = { tune: { raised: 0, read: 0, real: 0, unsure: 0 }, 'held-out': { raised: 0, read: 0, real: 0, unsure: 0 }, all: { raised: 0, read: 0, real: 0, unsure: 0 } };
  const byId = new Map(verdicts.map((v) => [v.id, v]));
  for (const f of raised) {
    const v = byId.get(f.id);
    const same = v !== undefined && sameWords(v.words, f.words);
    for (const s of [scores[f.split], scores.all]) {
      s.raised++;
      if (!same) continue;
      if (v!.real === 'unsure') {
        s.unsure++;
        continue;
      }
      s.read++;
      if (v!.real) s.real++;
    }
  }
  return scores;
}

const sameWords = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((w, i) => w === y[i]);

export const readFlagVerdicts = (file: string): Promise<FlagVerdict[] | null> => readJsonLines<FlagVerdict>(file);
