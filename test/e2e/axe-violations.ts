/** axe (`@axe-core/playwright`) on a surface of the extension, as every end-to-end test runs it. */
import { AxeBuilder } from '@axe-core/playwright';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** axe's violations on `page` (or on the part `include` names), as "rule: targets" lines. */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  // Legacy mode: the default one finishes in a new blank tab, which would switch the active tab the panel follows.
  let builder = new AxeBuilder({ page }).setLegacyMode(true);
  if (include) builder = builder.include(include);
  const { violations, passes } = await builder.analyze();
  // Rules that passed prove axe read the surface: an `include` matching nothing would pass vacuously.
  expect(passes.length).toBeGreaterThan(5);
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
