/** `verbatim compare <file> <others...> --format md|html|annotations|claimreview`, run in-process on the seeds. */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { runCliInProcess as run } from './run-cli';
import { parseHtml } from '@/bin/cli/node-dom';
import { seedComparison } from '../../support/evidence-fixtures';

const SEEDS = ['seeds/000_fa55279f4966502b.txt', 'seeds/001_172d88e8f7af0655.txt'];


afterEach(() => vi.restoreAllMocks());

describe('compare --format', () => {
  test.each<[string, string[], (out: string, quotes: number) => void]>([
    ['md', ['--format', 'md'], (out) => expect(out).toMatch(/^# Quote report: /)],
    ['html', ['--format', 'html'], (out, n) => {
      expect(out).toMatch(/^<!DOCTYPE html>/);
      expect(parseHtml(out, 'about:blank').querySelectorAll('article.quote')).toHaveLength(n);
    }],
    ['annotations', ['--format', 'annotations'], (out, n) => {
      const annotations = JSON.parse(out) as { type: string; created: string }[];
      expect(annotations).toHaveLength(n);
      expect(annotations.every((a) => a.type === 'Annotation' && !Number.isNaN(Date.parse(a.created)))).toBe(true);
    }],
    ['claimreview, the option before the files', ['--format', 'claimreview', 'FILES'], (out, n) => {
      const doc = JSON.parse(out) as { '@graph': { '@type': string }[] };
      expect(doc['@graph']).toHaveLength(n);
      expect(doc['@graph'].every((d) => d['@type'] === 'ClaimReview')).toBe(true);
    }],
  ])('%s', async (_name, flags, check) => {
    const args = flags.includes('FILES') ? ['compare', ...flags.filter((f) => f !== 'FILES'), ...SEEDS] : ['compare', ...SEEDS, ...flags];
    const result = await run(args);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const { reports } = await seedComparison();
    check(result.stdout, reports.length);
  });

  test.each([
    ['an unknown format', ['--format', 'pdf'], /--format takes one of md, html, annotations, claimreview \(not "pdf"\)/],
    ['a missing format', ['--format'], /--format takes one of/],
    ['--json with --format', ['--format', 'md', '--json'], /either --json or --format/],
  ])('%s is refused with one line', async (_name, flags, message) => {
    const result = await run(['compare', ...SEEDS, ...flags]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  test.each<[string, (out: string) => void]>([
    ['md', (out) => {
      expect(out).toMatch(/\n## Quoted elsewhere, not here\n[\s\S]*\n### Sergio Gor \(\d+\)\n/);
      expect(out).toMatch(/\n## Paraphrased here\n[\s\S]*crucial not only for/);
    }],
    ['html', (out) => {
      const doc = parseHtml(out, 'about:blank');
      expect(doc.querySelector('#quoted-elsewhere h3')?.textContent).toMatch(/^Sergio Gor \(\d+\)$/);
      expect(Array.from(doc.querySelectorAll('#paraphrased-here del')).map((d) => d.textContent).join(' ')).toContain('indispensable');
    }],
  ])('%s: the seed report\'s reverse sections, read against the other file', async (format, check) => {
    const result = await run(['compare', ...SEEDS, '--format', format]);
    expect(result.code).toBe(0);
    check(result.stdout);
  });

  test('--help names the formats', async () => {
    expect((await run(['--help'])).stdout).toContain('--format md|html|annotations|claimreview');
  });
});
