/**
 * Local pages for the end-to-end tests: a tiny 127.0.0.1 server for fixed HTML bodies, and the
 * hostile pair of articles (issue 6, "Hostile content stays inert"). Every hostile string is page
 * TEXT (HTML-escaped in the source), so the page itself runs nothing; if Verbatim ever turned that
 * text back into markup, the payloads would create elements or fire a dialog.
 */
import { createServer, type Server } from 'node:http';
import type { ExportedArticle } from '@/utils/storage/export-format';

export interface PageServer {
  origin: string;
  /** Bodies of the POST requests received (CSP violation reports, for one). */
  posts: string[];
  url(path: string): string;
  close(): Promise<void>;
}

/** Serves `bodies` (path → HTML, with `headers`) on 127.0.0.1; records POSTs; everything else is a 404. */
export async function servePages(bodies: ReadonlyMap<string, string>, headers: Record<string, string> = {}): Promise<PageServer> {
  const posts: string[] = [];
  const server: Server = createServer((req, res) => {
    if (req.method === 'POST') {
      let data = '';
      req.on('data', (chunk: Buffer) => (data += chunk.toString()));
      req.on('end', () => posts.push(data));
      res.writeHead(204).end();
      return;
    }
    const body = bodies.get(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...(body ? headers : {}) });
    res.end(body ?? 'Not found');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    origin,
    posts,
    url: (p) => `${origin}${p}`,
    // Keep-alive connections from a browser still running would hold close() open.
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A news page whose paragraphs are given as text (escaped here); `extraHtml` is trusted markup. */
export function newsPageHtml(meta: { outlet: string; title: string; date: string }, paragraphs: string[], extraHtml = ''): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>${escapeHtml(meta.title)}</title>
<meta property="og:site_name" content="${escapeHtml(meta.outlet)}">
<meta property="og:title" content="${escapeHtml(meta.title)}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="${meta.date}T08:00:00Z">
</head><body>
<article>
<h1>${escapeHtml(meta.title)}</h1>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
${extraHtml}
</article>
</body></html>`;
}

// Look-alikes and invisible controls: Cyrillic а (U+0430) and Т (U+0422), RTL override, zero-width joiner.
const CYR_A = '\u0430';
const CYR_T = '\u0422';
const RLO = '\u202E';
const PDF = '\u202C';
const ZWJ = '\u200D';

/** Strings that would run or create elements if rendered as markup; each fires a dialog if it ever runs. */
export const PAYLOADS = {
  bold: '<b>half measures</b>',
  img: `<img src=x onerror=alert('img')>`,
  script: `<script>alert('script')</script>`,
  svg: `<svg onload=alert('svg')>`,
  title: `<img src=x onerror=alert('title')>`,
  outlet: `<img src=x onerror=alert('outlet')>`,
} as const;

export const HOSTILE_SAVED = {
  path: '/hostile/saved.html',
  meta: { outlet: `${CYR_T}he Co${CYR_A}st Gazette`, title: `Harbour council ${PAYLOADS.title} keeps the night ferry`, date: '2026-02-03' },
  paragraphs: [
    'The harbour council voted on Tuesday to keep the night ferry running through the winter, after a debate that lasted well past midnight.',
    `“We will not accept ${PAYLOADS.bold} on the ferry, not this winter and not next winter,” said M${CYR_A}ria Ivanova, the council’s chair.`,
    `Ivanova said the service carried more than four thousand people a month. “Cutting it would leave ${PAYLOADS.img} whole streets without a way home at night,” she said.`,
    `Opponents had argued that the cost was too high. “The budget ${PAYLOADS.script} simply does not stretch that far this year,” said councillor Tom ${RLO}rekaB${PDF} Baker.`,
    `“No${ZWJ}body wants to be remembered as the person who ended the night ferry,” Ivanova added.`,
  ],
  // Real links in the page: Readability sees them, Verbatim must never turn them into its own links.
  extraHtml: `<p>Read <a href="javascript:alert('page-link')">the full minutes</a> or <a href="data:text/html,&lt;script&gt;alert('data-link')&lt;/script&gt;">the vote table</a>.</p>`,
};

export const HOSTILE_CHECKED = {
  path: '/hostile/checked.html',
  meta: { outlet: 'Harbour Post', title: 'Night ferry saved after long council debate', date: '2026-02-04' },
  paragraphs: [
    'The night ferry will keep running this winter after the harbour council backed it in a late vote on Tuesday.',
    `“We will not accept ${PAYLOADS.bold} on the ferry,” council chair Maria Ivanova told reporters after the meeting.`,
    `“Cutting it would leave ${PAYLOADS.img} entire streets without a way home at night,” Ivanova said.`,
    `“The budget ${PAYLOADS.script} simply does not stretch that far this year,” said Tom Baker, a councillor who voted against.`,
    `A ferry worker, Ana Lopes, said she first heard about the vote on the radio. “We only learned ${PAYLOADS.svg} about it from the news,” she said.`,
  ],
  extraHtml: `<p><a href="javascript:alert('page-link-2')">Share</a></p>`,
};

/** Other coverage in an import file whose article URLs are script and data URLs (never to become links). */
export function hostileImportFile(): { format: 'verbatim-library'; version: 1; exportedAt: string; articles: ExportedArticle[] } {
  const art = (id: string, url: string, outlet: string, text: string): ExportedArticle => ({
    id, url, outlet, title: `${PAYLOADS.title} ${outlet}`, date: '2026-02-04', byline: null, lang: 'en', text,
    paragraphs: [{ start: 0, end: text.length }], savedAt: 1_770_000_000_000,
  });
  return {
    format: 'verbatim-library',
    version: 1,
    exportedAt: '2026-02-05T10:00:00.000Z',
    articles: [
      art('hostile-javascript-url', "javascript:alert('article-url')", `${PAYLOADS.outlet} Evil Wire`,
        `“Cutting it would leave ${PAYLOADS.img} whole streets without a way home at night,” Ivanova told the wire service on Tuesday.`),
      art('hostile-data-url', "data:text/html,<script>alert('data-url')</script>", 'Data Wire',
        `Ivanova said: “We will not accept ${PAYLOADS.bold} on the ferry, not this winter and not next winter.” The vote was close.`),
    ],
  };
}
