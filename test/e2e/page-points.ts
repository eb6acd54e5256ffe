/**
 * Runs IN the page (pass it to `page.evaluate`, Playwright's or Puppeteer's): scrolls the first text
 * node holding `needle` into view and returns the viewport point over its first word, or null.
 */
export function firstWordPoint(needle: string): { x: number; y: number } | null {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = n.textContent!.indexOf(needle);
    if (i < 0) continue;
    (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
    const range = document.createRange();
    range.setStart(n, i);
    range.setEnd(n, i + needle.indexOf(' '));
    const r = range.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }
  return null;
}
