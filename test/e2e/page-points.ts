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

/**
 * Runs IN the page (`page.evaluate(selectBetween, { from, to })`, Playwright's or Puppeteer's):
 * selects the text from `from` to the end of `to` (both in one text node), as a reader's drag does,
 * and returns the selection's text.
 */
export function selectBetween({ from, to }: { from: string; to: string }): string {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    const start = text.indexOf(from);
    const end = text.indexOf(to, start);
    if (start < 0 || end < 0) continue;
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, end + to.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    return getSelection()!.toString();
  }
  throw new Error(`e2e: "${from}" … "${to}" is not in one text node of the page`);
}
