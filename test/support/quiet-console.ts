/** Runs a command-line step with its console output held back; what it wrote to stderr and stdout comes back for the test to read. */
import { vi } from 'vitest';

export async function quietly<T>(run: () => Promise<T>): Promise<{ result: T; errors: string; logs: string }> {
  const err = vi.spyOn(console, 'error').mockImplementation(() => {});
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  try {
    const result = await run();
    return { result, errors: err.mock.calls.flat().join('\n'), logs: log.mock.calls.flat().join('\n') };
  } finally {
    err.mockRestore();
    log.mockRestore();
  }
}
