import { describe, expect, test } from 'vitest';
import { warmEngine, warmEngineInSteps } from '@/utils/report/engine-warm-up';

describe('warmEngine', () => {
  // The warm-up is worth its time only if it runs the code a real check runs: every kind of match
  // and both reverse sections. An engine change that stops the samples from reaching one fails here.
  test('goes through every kind of match and both reverse sections', () => {
    expect(warmEngine()).toEqual({ kinds: ['altered', 'paraphrase', 'partial', 'verbatim'], elsewhere: 1, paraphrasedHere: 1 });
  });

  test('in steps, it lets other work in between its stages and ends where the one-go run ends', async () => {
    let pauses = 0;
    const path = await warmEngineInSteps(async () => {
      pauses++;
    });
    expect(pauses).toBe(4);
    expect(path).toEqual(warmEngine());
  });
});
