import { useT } from '@/components/i18n';
import type { MessageKey } from '@/utils/i18n/translate';

/** Export the library to one JSON file, import one back (with progress and a reason when refused). */
export type ImportProgress =
  | { phase: 'idle' }
  | { phase: 'reading' | 'checking' | 'saving'; fraction: number | null }
  | { phase: 'done' | 'error'; message: string };

export interface ImportExportProps {
  progress: ImportProgress;
  exporting: boolean;
  onExport: () => void;
  onImportFile: (file: File) => void;
}

const PHASE_LABEL: Record<'reading' | 'checking' | 'saving', MessageKey> = { reading: 'importReading', checking: 'importChecking', saving: 'importSaving' };

export function ImportExport({ progress, exporting, onExport, onImportFile }: ImportExportProps) {
  const t = useT();
  const busy = progress.phase === 'reading' || progress.phase === 'checking' || progress.phase === 'saving';
  return (
    <section class="panel" aria-labelledby="io-title">
      <h2 id="io-title">{t('exportImportTitle')}</h2>
      <p class="muted">{t('exportImportHelp')}</p>
      <div class="row">
        <button type="button" data-testid="export" onClick={onExport} disabled={exporting || busy}>
          {t(exporting ? 'exporting' : 'exportLibrary')}
        </button>
        <label class={`file-button${busy ? ' disabled' : ''}`}>
          {t('importFile')}
          <input
            type="file"
            accept="application/json,.json"
            data-testid="import-file"
            disabled={busy}
            class="sr-only"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = ''; // picking the same file again fires change again
              if (file) onImportFile(file);
            }}
          />
        </label>
      </div>
      {busy && (
        <div class="progress" data-testid="import-progress">
          <label for="import-progress-bar">{t(PHASE_LABEL[progress.phase])}</label>
          <progress id="import-progress-bar" max={1} value={progress.fraction ?? undefined} />
        </div>
      )}
      {progress.phase === 'done' && (
        <p role="status" data-testid="import-result">
          {progress.message}
        </p>
      )}
      {progress.phase === 'error' && (
        <p role="alert" class="error" data-testid="import-error">
          {progress.message}
        </p>
      )}
    </section>
  );
}
