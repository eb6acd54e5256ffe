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

const PHASE_LABEL = { reading: 'Reading the file…', checking: 'Checking the file…', saving: 'Adding articles…' } as const;

export function ImportExport({ progress, exporting, onExport, onImportFile }: ImportExportProps) {
  const busy = progress.phase === 'reading' || progress.phase === 'checking' || progress.phase === 'saving';
  return (
    <section class="panel" aria-labelledby="io-title">
      <h2 id="io-title">Export and import</h2>
      <p class="muted">One JSON file with every saved article. Importing merges it into this library without duplicates.</p>
      <div class="row">
        <button type="button" data-testid="export" onClick={onExport} disabled={exporting || busy}>
          {exporting ? 'Exporting…' : 'Export library'}
        </button>
        <label class={`file-button${busy ? ' disabled' : ''}`}>
          Import a file…
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
          <label for="import-progress-bar">{PHASE_LABEL[progress.phase]}</label>
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
