/**
 * The benchmark's one table: a row per figure, median and p95 where they apply, the target
 * beside it and whether it is met.
 */

export interface BenchRow {
  section: string;
  metric: string;
  p50: number | null;
  p95: number | null;
  unit: string;
  /** The target as written for the reader ("<= 30"), when the figure has one. */
  target?: string;
  /** Met (true), missed (false); undefined when there is no target. */
  pass?: boolean;
  note?: string;
}

/** A row whose target is an upper (`<=`) or lower (`>=`) bound on its median. */
export function targetRow(row: Omit<BenchRow, 'target' | 'pass'>, bound: '<=' | '>=', limit: number): BenchRow {
  const v = row.p50;
  const pass = v === null || Number.isNaN(v) ? false : bound === '<=' ? v <= limit : v >= limit;
  return { ...row, target: `${bound} ${limit}`, pass };
}

export function formatNumber(x: number | null): string {
  if (x === null) return '';
  if (Number.isNaN(x)) return 'n/a';
  const a = Math.abs(x);
  if (a >= 1000) return Math.round(x).toLocaleString('en-US');
  if (a >= 100) return x.toFixed(0);
  if (a >= 10) return x.toFixed(1);
  if (a >= 1) return x.toFixed(2);
  return x.toFixed(3);
}

/** The rows as an aligned plain-text table, one header line per section. */
export function formatTable(rows: readonly BenchRow[]): string {
  const cells = rows.map((r) => [
    r.metric,
    formatNumber(r.p50),
    formatNumber(r.p95),
    r.unit,
    r.target ?? '',
    r.pass === undefined ? '' : r.pass ? 'pass' : 'MISS',
    r.note ?? '',
  ]);
  const header = ['figure', 'p50', 'p95', 'unit', 'target', 'result', 'note'];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) =>
    c.map((x, i) => (i === 1 || i === 2 ? x.padStart(widths[i]) : x.padEnd(widths[i]))).join('  ').trimEnd();
  const out = [line(header), line(widths.map((w) => '-'.repeat(w)))];
  let section = '';
  rows.forEach((r, i) => {
    if (r.section !== section) {
      section = r.section;
      out.push(`[${section}]`);
    }
    out.push(line(cells[i]));
  });
  return `${out.join('\n')}\n`;
}
