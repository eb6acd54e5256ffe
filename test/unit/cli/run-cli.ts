/** Runs the CLI's `main` in this process with stdout/stderr captured (cheap; for table tests), from the repository root. */
import { join } from 'node:path';
import { vi } from 'vitest';
import { main } from '../../../bin/cli/cli';

export const ROOT = join(__dirname, '../../..');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCliInProcess(args: string[], cwd = ROOT): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const before = process.cwd();
  process.chdir(cwd);
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    const code = await main(args);
    return { code, stdout, stderr };
  } finally {
    vi.restoreAllMocks();
    process.chdir(before);
  }
}
