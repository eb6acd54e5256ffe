/**
 * What makes an evidence HTML report self-contained and inert, checked on its parsed document
 * (linkedom): no script, no event handler, no element that loads anything, no stylesheet that
 * fetches, links only to the allowed hosts, a default-src 'none' policy. Shared by the article,
 * family and speaker export tests.
 */
import { parseHtml } from '@/bin/cli/node-dom';

/** Elements a report needs; anything else (img, link, iframe, object, svg, form, base…) could load or run something. */
const ALLOWED_TAGS = new Set(['HTML', 'HEAD', 'META', 'TITLE', 'STYLE', 'BODY', 'HEADER', 'MAIN', 'H1', 'H2', 'H3', 'H4', 'UL', 'LI', 'P', 'SPAN', 'A', 'TIME', 'ARTICLE', 'SECTION', 'BLOCKQUOTE', 'Q', 'STRONG', 'DEL', 'INS']);
const URL_ATTRS = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'data', 'background', 'xlink:href', 'ping', 'style']);

/** Every way the report could run code or reach the network; empty when it cannot. */
export function htmlProblems(html: string, allowedHosts: ReadonlySet<string>): string[] {
  const doc = parseHtml(html, 'about:blank');
  const problems: string[] = [];
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    if (!ALLOWED_TAGS.has(el.tagName)) problems.push(`element <${el.tagName.toLowerCase()}>`);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`handler ${name} on <${el.tagName.toLowerCase()}>`);
      if (!URL_ATTRS.has(name)) continue;
      if (el.tagName !== 'A' || name !== 'href') {
        problems.push(`${name} on <${el.tagName.toLowerCase()}>`);
        continue;
      }
      const url = new URL(attr.value);
      if (!/^https?:$/.test(url.protocol) || !allowedHosts.has(url.host)) problems.push(`link to ${attr.value}`);
    }
  }
  const css = Array.from(doc.querySelectorAll('style')).map((s) => s.textContent ?? '').join('\n');
  if (/url\(|@import|@font-face/i.test(css)) problems.push('a stylesheet that loads something');
  const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
  if (!csp.includes("default-src 'none'")) problems.push('no default-src none policy');
  return problems;
}

