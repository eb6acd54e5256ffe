/** `npm run eval -- judged <corpus-dir>`: placeholder until the judged-pair evaluation lands. */
export async function runJudgedEval(dir: string, flags: readonly string[]): Promise<number> {
  console.error(`eval judged: not built yet (${dir} ${flags.join(' ')})`);
  return 1;
}
