/**
 * A one-line progress report on stderr for long batch runs, redrawn at most every 200 ms, and only
 * when stderr is a terminal: piped or redirected runs get no control characters.
 */
export interface Progress {
  tick(articles: number, errors: number): void;
  done(): void;
}

export function progressLine(label: string, stream: NodeJS.WriteStream = process.stderr, now: () => number = Date.now): Progress {
  if (!stream.isTTY) return { tick() {}, done() {} };
  const start = now();
  let last = 0;
  let shown = '';
  const draw = (articles: number, errors: number) => {
    const secs = Math.max(0.001, (now() - start) / 1000);
    shown = `${label}: ${articles.toLocaleString('en-US')} articles${errors ? `, ${errors} errors` : ''} · ${(articles / secs).toFixed(0)}/s`;
    stream.write(`\r${shown}\u001b[K`);
  };
  let counts: [number, number] = [0, 0];
  return {
    tick(articles, errors) {
      counts = [articles, errors];
      if (now() - last < 200) return;
      last = now();
      draw(articles, errors);
    },
    done() {
      draw(...counts);
      stream.write('\n');
    },
  };
}
