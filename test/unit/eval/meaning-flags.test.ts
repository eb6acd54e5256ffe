/**
 * Reading the pipeline's meaning-change flags on judged pairs (bin/eval/meaning-flags.ts): which
 * flags are raised, how read verdicts are counted, and what an import keeps. No corpus is read.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { quietly } from '../../support/quiet-console';
import { importMeaningVerdicts, scoreFlags, type FlagScore, type FlagVerdict, type RaisedFlag } from '../../../bin/eval/meaning-flags';
import { meaningFlagsOf, type Outcome } from '../../../bin/eval/eval-judged';
import { pairsOfKind } from './judged-pair';

const pair = pairsOfKind('altered');
const flagged = (words: string[], start = 120): Outcome => ({ quoteFound: true, match: { start, end: start + 20, kind: 'altered', speakerConflict: false, meaningChanges: words } });

describe('meaningFlagsOf', () => {
  test.each([
    { name: 'a flag on the judged span is raised', p: pair('a'), o: flagged(['not']), want: [{ id: 'a', split: 'tune', words: ['not'], match: { start: 120, end: 140 } }] },
    { name: 'no words, no flag', p: pair('b'), o: flagged([]), want: [] },
    { name: 'a match elsewhere in B is no flag of this pair', p: pair('c'), o: flagged(['not'], 400), want: [] },
    { name: 'a pair judged different raises none', p: pair('d', { same: false, kind: null }), o: flagged(['not']), want: [] },
    { name: 'one page twice raises none', p: pair('e', { urlA: 'https://x.example/a', urlB: 'https://x.example/a' }), o: flagged(['not']), want: [] },
  ])('$name', ({ p, o, want }) => {
    expect(meaningFlagsOf([p], new Map([[p.id, o]]))).toEqual(want);
  });
});

describe('scoreFlags', () => {
  const raised = (id: string, words: string[], split: 'tune' | 'held-out' = 'tune'): RaisedFlag => ({ id, split, words, match: { start: 0, end: 1 } });
  const verdict = (id: string, words: string[], real: FlagVerdict['real']): FlagVerdict => ({ id, words, real });
  test.each([
    { name: 'read real', r: raised('a', ['not']), v: [verdict('a', ['not'], true)], want: { raised: 1, read: 1, real: 1, unsure: 0 } },
    { name: 'read false', r: raised('a', ['not']), v: [verdict('a', ['not'], false)], want: { raised: 1, read: 1, real: 0, unsure: 0 } },
    { name: 'unsure is apart', r: raised('a', ['not']), v: [verdict('a', ['not'], 'unsure')], want: { raised: 1, read: 0, real: 0, unsure: 1 } },
    { name: 'a flag whose words changed since it was read is not read', r: raised('a', ['not', 'will']), v: [verdict('a', ['not'], true)], want: { raised: 1, read: 0, real: 0, unsure: 0 } },
    { name: 'a flag never read', r: raised('a', ['not']), v: [], want: { raised: 1, read: 0, real: 0, unsure: 0 } },
  ])('$name', ({ r, v, want }: { r: RaisedFlag; v: FlagVerdict[]; want: FlagScore }) => {
    const s = scoreFlags([r], v);
    expect(s.tune).toEqual(want);
    expect(s.all).toEqual(want);
    expect(s['held-out'].raised).toBe(0);
  });
});

describe('importMeaningVerdicts', () => {
  test('keeps one verdict per flag in the batch, with the words flagged, and no note', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'meaning-'));
    await writeFile(join(dir, 'flags.jsonl'), [{ id: 'a2', words: ['not'] }, { id: 'a10', words: ['3', '4'] }].map((j) => JSON.stringify(j)).join('\n') + '\n');
    await writeFile(join(dir, 'labels-1.jsonl'), [
      '{"id":"a10","real":true,"note":"a judge\'s words"}',
      '{"id":"a10","real":false,"note":""}',
      '{"id":"a2","real":"maybe","note":""}',
      '{"id":"zz","real":true,"note":""}',
    ].join('\n'));
    const to = join(dir, 'verdicts.jsonl');
    const first = await quietly(() => importMeaningVerdicts(dir, to));
    expect(first.result).toBe(0);
    expect(first.errors).toMatch(/a10 read twice[\s\S]*a2 has no "real"[\s\S]*zz was not in the batch/);
    expect((await readFile(to, 'utf8')).trim().split('\n').map((l) => JSON.parse(l))).toEqual([{ id: 'a10', words: ['3', '4'], real: true }]);
    // A later reading of changed flags replaces their verdicts and keeps the others.
    await writeFile(join(dir, 'flags.jsonl'), JSON.stringify({ id: 'a2', words: ['never'] }) + '\n');
    await writeFile(join(dir, 'labels-1.jsonl'), '{"id":"a2","real":false,"note":""}\n');
    expect((await quietly(() => importMeaningVerdicts(dir, to))).result).toBe(0);
    expect((await readFile(to, 'utf8')).trim().split('\n').map((l) => JSON.parse(l))).toEqual([{ id: 'a2', words: ['never'], real: false }, { id: 'a10', words: ['3', '4'], real: true }]);
  });
});
