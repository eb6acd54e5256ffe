/** Errors carry their module name for developers ("read-page: …"); the reader sees the sentence after it. */
export function readerMessage(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.replace(/^[a-z-]+: /, '');
}
