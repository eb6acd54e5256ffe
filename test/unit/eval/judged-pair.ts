/** Judged pairs and further readings as the eval tests build them: labels only, no corpus. */
import type { JudgedPair } from '../../../bin/eval/judge-candidates';
import type { SecondLabel } from '../../../bin/eval/second-reading';
import type { MatchKind } from '@/utils/types';

/** A maker of judged-same, same-speaker pairs of this kind in one PAC event, each field overridable. */
export function pairsOfKind(kind: MatchKind) {
  return (id: string, over: Partial<JudgedPair> = {}): JudgedPair => ({
    id, corpus: 'pac', event: 'ev', split: 'tune', fileA: 'a.json', urlA: '', startA: 10, endA: 60,
    fileB: 'b.json', urlB: '', startB: 100, endB: 150, source: 'heuristic',
    same: true, kind, speakers: 'same', speakerA: 'Lee', speakerB: 'Lee', ...over,
  });
}

/** A further reading's label (second or third): the same utterance, partial, same speaker, unless overridden. */
export const readingLabel = (id: string, over: Partial<SecondLabel> = {}): SecondLabel => ({ id, same: true, kind: 'partial', speakers: 'same', ...over });
