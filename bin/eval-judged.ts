/** `npm run eval -- judged <corpus-dir>`: the judged cross-outlet pairs (work in progress). */
export async function runJudgedEval(dir: string, flags: readonly string[]): Promise<number> {
  const after = (name: string) => {
    const i = flags.indexOf(name);
    return i >= 0 ? flags[i + 1] : undefined;
  };
  const candidates = after('--candidates');
  if (candidates) return (await import('./judge-candidates')).writeCandidates(dir, candidates);
  const from = after('--import');
  if (from) return (await import('./judge-candidates')).importLabels(from, after('--to') ?? 'test/judged/pairs.jsonl');
  console.error(`eval judged: not built yet (${dir} ${flags.join(' ')})`);
  return 1;
}
