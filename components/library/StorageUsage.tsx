import { useT } from '@/components/i18n';
import { ENGLISH, formatNumber, type Translate } from '@/utils/i18n/translate';

/** How much the library holds and how much room it takes. */
export interface StorageUsageProps {
  stats: { articles: number; bytes: number } | null;
}

/** A size in the language's units and decimal mark ("2.0 KB", "2,0 Ko"); English by default. */
export function formatBytes(bytes: number, t: Translate = ENGLISH): string {
  // Fixed decimals and no grouping, as toFixed wrote them before the interface had languages.
  const n = (value: number, digits: number) =>
    formatNumber(t.locale, value, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false });
  if (bytes < 1024) return t('sizeBytes', n(bytes, 0));
  if (bytes < 1024 * 1024) return t('sizeKilobytes', n(bytes / 1024, bytes < 10 * 1024 ? 1 : 0));
  return t('sizeMegabytes', n(bytes / 1024 / 1024, 1));
}

export function StorageUsage({ stats }: StorageUsageProps) {
  const t = useT();
  if (!stats) return <p class="usage muted">{t('measuringStorage')}</p>;
  const size = formatBytes(stats.bytes, t);
  return (
    <p class="usage" data-testid="storage-usage">
      {stats.articles === 1 ? t('storageUsageOne', size) : t('storageUsageMany', stats.articles, size)}
    </p>
  );
}
