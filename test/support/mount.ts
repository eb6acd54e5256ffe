/**
 * Renders a Preact tree into a fresh element of the document for a component test; the element is
 * unmounted and removed after each test of the file that imports this.
 */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach } from 'vitest';

let host: HTMLElement | null = null;

export function mount(vnode: ComponentChild): HTMLElement {
  host = document.createElement('div');
  document.body.append(host);
  const el = host;
  act(() => render(vnode, el));
  return el;
}

afterEach(() => {
  if (!host) return;
  const el = host;
  act(() => render(null, el));
  el.remove();
  host = null;
});
