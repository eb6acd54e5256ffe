/**
 * `verbatim eval content <dir>`: every `<dir>/<name>/source.html` through the REAL extension in
 * Chromium (the e2e build, which may read 127.0.0.1): the page is served locally, opened, its
 * own text hashed, checked through the background exactly as the popup does (`check-tab`, which
 * injects the content script, extracts, compares and highlights), then hashed again.
 *
 * Counts uncaught errors from the extension (page errors, extension console errors, service
 * worker exceptions and console errors) and pages whose visible text changed. Every request that
 * would leave 127.0.0.1 is aborted, so what is measured is Verbatim alone and nothing leaves.
 *
 * Pages are served with `script-src 'none'` and a report-uri on the local server: the pages' own
 * scripts do not run (they would change the text themselves), and a CSP report whose source is
 * the extension is a request to the site that Verbatim caused (telling the site an extension read
 * its page), so it counts against the run like an error.
 * Exit status 1 when any error or extension-caused CSP report is seen, or any page's text changed.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import { UserError } from '../cli/load-article';
import { E2E_EXTENSION_DIR, launchExtension, tabIdOf, type PageGlobals } from '../browser/launch-extension';
import { attachWorkerSession } from '../browser/worker-session';
import type { CheckReport, ResponseOf } from '@/utils/protocol/messages';

const CHECK_TIMEOUT_MS = 30_000;
const CSP_REPORT_PATH = '/__csp-report';
const PAGE_CSP = `script-src 'none'; report-uri ${CSP_REPORT_PATH}`;

interface PageResult {
  name: string;
  status: CheckReport['status'] | 'harness';
  quotes: number;
  highlights: number;
  ms: number;
  errors: string[];
  /** CSP violations whose source was the extension (console messages and reports sent). */
  cspViolations: number;
  cspReports: number;
  textChanged: boolean;
}

async function listPages(dir: string): Promise<string[]> {
  try {
    const names = (await readdir(dir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
    return names.filter((n) => existsSync(join(dir, n, 'source.html')));
  } catch {
    throw new UserError(`${dir}: not a readable folder of test pages`);
  }
}

/**
 * Serves `<dir>/<name>/source.html` at `/<name>/` under PAGE_CSP; anything else is a 404.
 * `extensionReports` counts, per page path, CSP reports whose source file is an extension.
 */
async function servePages(dir: string) {
  const extensionReports = new Map<string, number>();
  const server = createServer((req, res) => {
    if (req.url === CSP_REPORT_PATH) {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        const report = (JSON.parse(body || '{}') as { 'csp-report'?: Record<string, string> })['csp-report'];
        if (report?.['source-file']?.startsWith('chrome-extension')) {
          const path = new URL(report['document-uri']).pathname;
          extensionReports.set(path, (extensionReports.get(path) ?? 0) + 1);
        }
        res.writeHead(204).end();
      });
      return;
    }
    const name = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname).match(/^\/([^/]+)\/$/)?.[1];
    if (!name || name.includes('..')) return void res.writeHead(404).end();
    readFile(join(dir, name, 'source.html')).then(
      (body) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': PAGE_CSP, 'cache-control': 'no-store' });
        res.end(body);
      },
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return { origin, extensionReports, close: () => new Promise<void>((ok) => server.close(() => ok())) };
}

const pageTextHash = async (page: Page) =>
  createHash('sha256').update(await page.evaluate(() => document.body?.innerText ?? '')).digest('hex');

/** Asks the background to check a tab, as the popup does, from an extension page. */
async function checkTab(control: Page, tabId: number): Promise<ResponseOf<'check-tab'>> {
  return control.evaluate(
    ([id, timeout]) =>
      Promise.race([
        (globalThis as unknown as PageGlobals).chrome.runtime.sendMessage({ type: 'check-tab', tabId: id }),
        new Promise((ok) => setTimeout(() => ok({ ok: false, error: `no answer within ${timeout} ms` }), timeout)),
      ]) as Promise<ResponseOf<'check-tab'>>,
    [tabId, CHECK_TIMEOUT_MS] as const,
  );
}

function median(sorted: number[]): number {
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : 0;
}

export async function runContentEval(dir: string): Promise<number> {
  const names = await listPages(dir);
  if (names.length === 0) throw new UserError(`${dir}: no <name>/source.html pages found`);
  if (!existsSync(join(E2E_EXTENSION_DIR, 'manifest.json'))) {
    console.log('building the e2e extension (wxt build --mode e2e)…');
    execFileSync(process.execPath, [resolve('node_modules/wxt/bin/wxt.mjs'), 'build', '--mode', 'e2e'], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  // A private copy: the e2e test suite rebuilds the original while this runs.
  const build = await mkdtemp(join(tmpdir(), 'verbatim-eval-content-'));
  await cp(E2E_EXTENSION_DIR, build, { recursive: true });
  const server = await servePages(dir);
  const ext = await launchExtension(build);
  const results: PageResult[] = [];
  let blockedRequests = 0;
  try {
    const ownUrl = `chrome-extension://${ext.id}/`;
    await ext.context.route(
      (url) => !url.href.startsWith(`${server.origin}/`) && !url.href.startsWith(ownUrl),
      (route) => {
        blockedRequests++;
        return route.abort();
      },
    );
    const control = await ext.context.newPage();
    await control.goto(`${ownUrl}library.html`);
    let current: string[] = [];
    control.on('pageerror', (e) => current.push(`library page: ${e.message}`));
    const worker = await attachWorkerSession(ext.context, control, ext.id);
    worker.on('Runtime.exceptionThrown', (p) => current.push(`worker: ${JSON.stringify(p.exceptionDetails).slice(0, 300)}`));
    worker.on('Runtime.consoleAPICalled', (p) => {
      if (p.type === 'error') current.push(`worker console: ${JSON.stringify(p.args).slice(0, 300)}`);
    });
    await worker.send('Runtime.enable');

    for (const name of names) {
      const errors: string[] = (current = []);
      const url = `${server.origin}/${encodeURIComponent(name)}/`;
      const page = await ext.context.newPage();
      page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
      const result: PageResult = { name, status: 'harness', quotes: 0, highlights: 0, ms: 0, errors, cspViolations: 0, cspReports: 0, textChanged: false };
      page.on('console', (m) => {
        if (m.type() !== 'error' || !m.location().url.startsWith(ownUrl)) return;
        if (/Content Security Policy/.test(m.text())) result.cspViolations++;
        else errors.push(`console: ${m.text()}`);
      });
      try {
        await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
        const before = await pageTextHash(page);
        const t0 = performance.now();
        const res = await checkTab(control, await tabIdOf(ext.id, control, url));
        result.ms = performance.now() - t0;
        if (!res.ok) errors.push(`check failed: ${res.error}`);
        else {
          result.status = res.data.status;
          if (res.data.status === 'ok') result.quotes = res.data.reports.length;
          else if (res.data.status === 'error') errors.push(`check error: ${res.data.message}`);
        }
        result.highlights = await page.evaluate(() =>
          [...CSS.highlights.entries()].filter(([k]) => k.startsWith('verbatim-')).reduce((n, [, h]) => n + h.size, 0),
        );
        result.textChanged = (await pageTextHash(page)) !== before;
      } catch (err) {
        errors.push(`harness: ${(err as Error).message.split('\n')[0]}`);
      }
      results.push(result);
      await page.close();
    }
    await worker.detach();
    await new Promise((ok) => setTimeout(ok, 1000)); // reports are sent asynchronously
    for (const r of results) r.cspReports = server.extensionReports.get(`/${encodeURIComponent(r.name)}/`) ?? 0;
  } finally {
    await ext.close();
    await server.close();
    await rm(build, { recursive: true, force: true });
  }
  return report(results, blockedRequests);
}

function report(results: PageResult[], blockedRequests: number): number {
  const times = results.filter((r) => r.status !== 'harness').map((r) => r.ms).sort((a, b) => a - b);
  const withErrors = results.filter((r) => r.errors.length > 0);
  const changed = results.filter((r) => r.textChanged);
  const csp = results.filter((r) => r.cspViolations + r.cspReports > 0);
  const count = (s: PageResult['status']) => results.filter((r) => r.status === s).length;
  const rows: [string, string | number][] = [
    ['pages', results.length],
    ['articles', count('ok')],
    ['refused (not an article)', count('not-article')],
    ['restricted', count('restricted')],
    ['check errors', count('error')],
    ['uncaught errors', results.reduce((n, r) => n + r.errors.length, 0)],
    ['pages with errors', withErrors.length],
    ['text changed', changed.length],
    ['CSP violations (extension)', `${results.reduce((n, r) => n + r.cspViolations, 0)} on ${csp.length} pages, ${results.reduce((n, r) => n + r.cspReports, 0)} reports sent to the site`],
    ['quotes found', results.reduce((n, r) => n + r.quotes, 0)],
    ['highlight ranges placed', results.reduce((n, r) => n + r.highlights, 0)],
    ['ms per check', `median ${median(times).toFixed(0)}, max ${(times.at(-1) ?? 0).toFixed(0)}`],
    ['outside requests blocked', blockedRequests],
  ];
  for (const [label, value] of rows) console.log(`${label.padEnd(28)}${value}`);
  for (const r of withErrors) console.log(`  ${r.name}: ${r.errors.join(' | ')}`);
  for (const r of changed) console.log(`  ${r.name}: page text changed`);
  for (const r of csp) console.log(`  ${r.name}: ${r.cspViolations} CSP violations from the extension, ${r.cspReports} reports sent`);
  return withErrors.length === 0 && changed.length === 0 && csp.length === 0 ? 0 : 1;
}
