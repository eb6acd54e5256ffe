/** How much the library holds and how much room it takes. */
export interface StorageUsageProps {
  stats: { articles: number; bytes: number } | null;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function StorageUsage({ stats }: StorageUsageProps) {
  if (!stats) return <p class="usage muted">Measuring storage…</p>;
  return (
    <p class="usage" data-testid="storage-usage">
      {stats.articles === 1 ? '1 saved article' : `${stats.articles} saved articles`} · {formatBytes(stats.bytes)} used on this computer
    </p>
  );
}
