/**
 * The library database's generation counter (bumped by every article write, utils/storage/storage) and
 * the generation the cached coverage index was written at, read from an extension page without
 * loading any article: cheap enough to poll while waiting for the worker to re-cache its index.
 */
import type { Page } from 'playwright-core';
import { DB_NAME } from '@/utils/storage/storage';

export interface Generations {
  store: number;
  /** null when there is no cached index. */
  cache: number | null;
}

export async function libraryGenerations(extPage: Page): Promise<Generations> {
  return extPage.evaluate(async (name) => {
    const req = (r: IDBRequest) => new Promise<unknown>((ok, fail) => ((r.onsuccess = () => ok(r.result)), (r.onerror = () => fail(r.error))));
    const db = (await req(indexedDB.open(name))) as IDBDatabase;
    try {
      const meta = db.transaction('meta').objectStore('meta');
      const [store, cache] = await Promise.all([req(meta.get('generation')), req(meta.get('coverage-index'))]);
      return { store: (store as number | undefined) ?? 0, cache: (cache as { generation?: number } | undefined)?.generation ?? null };
    } finally {
      db.close();
    }
  }, DB_NAME);
}
