/**
 * The family rows and groups pages read from the families store (family-from-rows), kept for the
 * next page while the articles stay at one generation: a page opened again, or another page of the
 * same articles, reads nothing from IndexedDB (docs/DESIGN.md "A page opened again reads no rows").
 * A cache serves one generation; the library drops it on any write. Bounded, least recently used.
 */
import type { ReadFamilyGroups } from '@/utils/families/family-from-rows';
import type { FamilyGroupRow, FamilyGroupsRead, FamilyRow } from '@/utils/storage/family-rows';
import { LruMap } from '@/utils/text/lru-map';

/** At about 15 kB a row at 10,000 AllSides articles, some 30 MB at most. */
export const FAMILY_ROWS_KEPT = 2_000;

export class FamilyRowsCache {
  /** A row read (null: the store had none for that article). */
  private readonly rows: LruMap<string, FamilyRow | null>;
  /** The groups holding an article, once read with its row. */
  private readonly groups: LruMap<string, FamilyGroupRow[]>;
  /** A read found the stored families current at this generation (until then, even a read of nothing asks the store). */
  private confirmed = false;

  constructor(readonly generation: number, private readonly read: ReadFamilyGroups, capacity = FAMILY_ROWS_KEPT) {
    this.rows = new LruMap(capacity);
    this.groups = new LruMap(capacity);
  }

  /** As `read`, from what earlier reads kept; the store is read for the rest only. Not current: nothing kept. */
  readonly readFamilyGroups: ReadFamilyGroups = async (ids, withGroups) => {
    const missing = [...new Set(ids)].filter((id) => this.rows.get(id) === undefined || (withGroups && this.groups.get(id) === undefined));
    if (missing.length > 0 || !this.confirmed) {
      const got = await this.read(missing, withGroups);
      if (!got.current) return got;
      this.confirmed = true;
      missing.forEach((id, i) => this.rows.set(id, got.rows[i] ?? null));
      // In key order, as the store's index gives an article's groups.
      if (withGroups) for (const id of missing) this.groups.set(id, got.groups.filter((g) => g.articles.includes(id)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
    }
    // Read back from the maps (what the store just gave is in them): a capacity below one page's ids reads on every ask.
    const rows = ids.map((id) => this.rows.get(id));
    const held = withGroups ? ids.map((id) => this.groups.get(id)) : [];
    if (rows.some((r) => r === undefined) || held.some((g) => g === undefined)) return this.read(ids, withGroups);
    const groups = new Map(held.flatMap((gs) => gs!.map((g) => [g.id, g] as const)));
    return { current: true, rows: rows.map((r) => r ?? undefined), groups: [...groups.values()] } satisfies FamilyGroupsRead;
  };
}
