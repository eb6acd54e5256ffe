import { test } from 'vitest';
import { readFileSync } from 'node:fs';
import { CoverageIndex } from '@/utils/index/coverage-index';
import { planComparison } from '@/utils/report/compare-article';
import { matchQuote } from '@/utils/matching/match-quote';
import { excerptWindows } from '@/utils/report/quoted-excerpts';
import { lineSpans } from '@/utils/article/article-text';
import { lexiconFor } from '@/utils/language/lexicons';
import { loadAllSidesEvents } from '../../bin/eval/judge-candidates';
import type { StoredArticle } from '@/utils/types';
test('pair', async () => {
  const ids = (process.env.PAIRS ?? '').split(',');
  const pairs = readFileSync('test/judged/pairs.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).filter((p) => ids.includes(p.id));
  for (const p of pairs) {
    if (p.split !== 'tune') { console.log('held-out refused'); continue; }
    const evs = await loadAllSidesEvents('../shared/corpus', new Set([p.event]));
    const arts = evs.get(p.event)!;
    const index = new CoverageIndex();
    const stored = new Map<string, StoredArticle>();
    for (const a of arts) { const e = { ...a, byline: null, lang: null, paragraphs: lineSpans(a.text), savedAt: 0 } as StoredArticle; stored.set(a.id, e); index.add(e); }
    const A = stored.get(`allsides:${p.fileA}`)!; const B = stored.get(`allsides:${p.fileB}`)!;
    const plan = planComparison(A, A.quotes, index, {});
    const qi = A.quotes.findIndex((q) => q.start < p.endA && p.startA < q.end);
    const q = A.quotes[qi];
    console.log(`== ${p.id} quote: ${JSON.stringify(q.text)} spk=${q.speaker}`);
    console.log('related:', plan.related.map((r) => r.articleId).join(' '), 'B=', B.id);
    console.log('candidates:', JSON.stringify(plan.candidates[qi].map((c) => [c.articleId, c.windows.map((w) => [w.start, w.end])])));
    const lex = lexiconFor(A);
    const ew = excerptWindows(q, B, lex);
    console.log('excerptWindows:', JSON.stringify(ew.map((w) => [w.start, w.end, B.text.slice(w.start, w.end)])));
    console.log('B quotes near:', JSON.stringify(B.quotes.filter((bq) => bq.start < p.endB + 50 && p.startB - 50 < bq.end).map((bq) => [bq.text, bq.speaker])));
    const m1 = ew.length ? matchQuote(q, B, ew, A.text, lex) : null;
    console.log('match via excerpts:', m1 && JSON.stringify({ kind: m1.kind, start: m1.start, end: m1.end, sim: m1.similarity }));
    const m2 = matchQuote(q, B);
    console.log('whole text:', m2 && JSON.stringify({ kind: m2.kind, start: m2.start, end: m2.end, sim: m2.similarity, t: B.text.slice(m2.start, m2.end) }));
  }
}, 120000);
