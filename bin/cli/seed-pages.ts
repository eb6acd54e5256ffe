/**
 * The two seed articles served as local news pages on 127.0.0.1 (for `npm start` and the
 * end-to-end tests): one HTML page per seed, with the outlet, title and date from
 * seeds/metadata.json as the page's own metadata (og:site_name, article:published_time).
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { PROJECT_ROOT } from './project-root';
import { articleFromPlainText } from '@/utils/article/article-text';
import type { ArticleRef } from '@/utils/types';

export const SEEDS_DIR = path.join(PROJECT_ROOT, 'seeds');

/** A seed served as a page; its `url` is the page's address on the local server. */
export interface SeedPage extends Omit<ArticleRef, 'id'> {
  /** Seed file name, e.g. 000_fa55279f4966502b.txt. */
  file: string;
}

export interface SeedServer {
  origin: string;
  pages: SeedPage[];
  close(): Promise<void>;
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A plain news page: headline, dateline, one <p> per paragraph of the seed text (its "date" prefix dropped). */
export function seedPageHtml(meta: Pick<ArticleRef, 'outlet' | 'title' | 'date'>, text: string): string {
  const article = articleFromPlainText(text);
  const paragraphs = article.paragraphs.map((p) => article.text.slice(p.start, p.end));
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>${escapeHtml(meta.title)} | ${escapeHtml(meta.outlet)}</title>
<meta property="og:site_name" content="${escapeHtml(meta.outlet)}">
<meta property="og:title" content="${escapeHtml(meta.title)}">
<meta property="og:type" content="article">
${meta.date ? `<meta property="article:published_time" content="${meta.date}T09:00:00Z">` : ''}
<style>body{font:18px/1.6 Georgia,serif;max-width:680px;margin:2em auto;padding:0 1em;color:#222;background:#fff}
header.site{font:600 14px system-ui,sans-serif;text-transform:uppercase;letter-spacing:.08em;border-bottom:2px solid #222;margin-bottom:1em}</style>
</head><body>
<header class="site">${escapeHtml(meta.outlet)}</header>
<article>
<h1>${escapeHtml(meta.title)}</h1>
${meta.date ? `<p class="dateline"><time datetime="${meta.date}">${meta.date}</time></p>` : ''}
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</article>
</body></html>`;
}

/** Starts the server on 127.0.0.1 (a free port unless given); pages are /seed/<file>.html. */
export async function serveSeedPages(port = 0): Promise<SeedServer> {
  const metadata = JSON.parse(await readFile(path.join(SEEDS_DIR, 'metadata.json'), 'utf8')) as Record<
    string,
    Pick<ArticleRef, 'outlet' | 'title' | 'date'>
  >;
  const bodies = new Map<string, string>();
  for (const [file, meta] of Object.entries(metadata)) {
    bodies.set(`/seed/${file.replace(/\.txt$/, '')}.html`, seedPageHtml(meta, await readFile(path.join(SEEDS_DIR, file), 'utf8')));
  }
  const server: Server = createServer((req, res) => {
    const body = bodies.get(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(body ?? 'Not found');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
  const pages = Object.entries(metadata).map(([file, meta]) => ({
    file,
    url: `${origin}/seed/${file.replace(/\.txt$/, '')}.html`,
    ...meta,
  }));
  return {
    origin,
    pages,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
