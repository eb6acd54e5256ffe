import { describe, expect, test, vi } from 'vitest';
import fc from 'fast-check';
import { contentRequest, earlyOrResent, sendEarly, takeEarly } from '@/utils/ui/early-request';
import { libraryHash, type LibraryRoute } from '@/utils/ui/library-route';
import type { Request } from '@/utils/protocol/messages';

const holder = () => ({}) as Record<string, unknown>;

describe('a library page asks for its content early', () => {
  test.each<[LibraryRoute, Request | null]>([
    [{ view: 'family', articleId: 'https://a.example/x', offset: 120 }, { type: 'get-family', articleId: 'https://a.example/x', offset: 120 }],
    [{ view: 'speaker', name: 'Sergio Gor' }, { type: 'get-speaker', name: 'Sergio Gor' }],
    [{ view: 'speakers' }, { type: 'list-speakers', query: '' }],
    [{ view: 'articles' }, null],
    [{ view: 'families' }, null],
    [{ view: 'fidelity' }, null],
  ])('%o asks %o', (route, req) => {
    expect(contentRequest(route)).toEqual(req);
  });

  test('the view\'s first request of the same kind takes the reply sent early, once', async () => {
    const h = holder();
    const send = vi.fn((req: Request) => Promise.resolve({ ok: true, data: req.type }));
    sendEarly('#family/https%3A%2F%2Fa.example%2Fx/120', send, h);
    expect(send).toHaveBeenCalledWith({ type: 'get-family', articleId: 'https://a.example/x', offset: 120 });
    // The fields in another order are the same request.
    const early = takeEarly({ offset: 120, articleId: 'https://a.example/x', type: 'get-family' } as Request, h);
    await expect(early).resolves.toEqual({ ok: true, data: 'get-family' });
    expect(takeEarly({ type: 'get-family', articleId: 'https://a.example/x', offset: 120 }, h)).toBeUndefined();
  });

  test('another request takes nothing and empties the slot: an early reply never answers a later route', () => {
    const h = holder();
    sendEarly('#speaker/Ann', () => Promise.resolve({ ok: true }), h);
    expect(takeEarly({ type: 'get-speaker', name: 'Bob' }, h)).toBeUndefined();
    expect(takeEarly({ type: 'get-speaker', name: 'Ann' }, h)).toBeUndefined();
  });

  test.each(['', '#', '#families', '#fidelity', '#family/a', '#nonsense'])('%s sends nothing', (hash) => {
    const h = holder();
    const send = vi.fn(() => Promise.resolve(undefined));
    sendEarly(hash, send, h);
    expect(send).not.toHaveBeenCalled();
    expect(takeEarly({ type: 'list-speakers', query: '' }, h)).toBeUndefined();
  });

  test('a failed reply nobody takes is no unhandled rejection; one taken still fails for its taker', async () => {
    const untaken = holder();
    sendEarly('#speakers', () => Promise.reject(new Error('no receiver')), untaken);
    const taken = holder();
    sendEarly('#speakers', () => Promise.reject(new Error('no receiver')), taken);
    await expect(takeEarly({ type: 'list-speakers', query: '' }, taken)).rejects.toThrow('no receiver');
    // Vitest fails the run on an unhandled rejection: let the untaken one settle here.
    await new Promise((resolve) => setTimeout(resolve, 10));
  });

  test('property: every route asked early is taken by the request its view sends', () => {
    const route = fc.oneof(
      fc.record({ view: fc.constant('family' as const), articleId: fc.string({ minLength: 1 }), offset: fc.nat() }),
      fc.record({ view: fc.constant('speaker' as const), name: fc.string().filter((s) => s.trim() !== '') }),
      fc.constant({ view: 'speakers' as const }),
    );
    fc.assert(
      fc.property(route, (r) => {
        const h = holder();
        const reply = Promise.resolve({ ok: true });
        sendEarly(libraryHash(r), () => reply, h);
        return takeEarly(contentRequest(r)!, h) === reply;
      }),
    );
  });
});

describe('an early reply that fails or does not come is asked again', () => {
  type R = { ok: boolean; data?: string };
  const never = () => new Promise<R>(() => undefined);
  test.each<[string, () => Promise<R> | undefined, number, R, boolean]>([
    ['no early request: sent now', () => undefined, 0, { ok: true, data: 'sent' }, true],
    ['an ok early reply: nothing sent', () => Promise.resolve({ ok: true, data: 'early' }), 0, { ok: true, data: 'early' }, false],
    ['a refused early reply: sent at once', () => Promise.resolve({ ok: false }), 0, { ok: true, data: 'sent' }, true],
    ['a rejected early reply: sent at once', () => Promise.reject(new Error('no receiver')), 0, { ok: true, data: 'sent' }, true],
    ['an early reply that never comes: sent after the grace', never, 4000, { ok: true, data: 'sent' }, true],
    ['an early reply just inside the grace: nothing sent', () => new Promise<R>((r) => setTimeout(() => r({ ok: true, data: 'early' }), 3999)), 3999, { ok: true, data: 'early' }, false],
  ])('%s', async (_name, early, advance, expected, sent) => {
    vi.useFakeTimers();
    try {
      const send = vi.fn(() => Promise.resolve<R>({ ok: true, data: 'sent' }));
      const reply = earlyOrResent(early(), send, 4000);
      await vi.advanceTimersByTimeAsync(advance);
      await expect(reply).resolves.toEqual(expected);
      await vi.advanceTimersByTimeAsync(10_000);
      expect(send).toHaveBeenCalledTimes(sent ? 1 : 0);
    } finally {
      vi.useRealTimers();
    }
  });

  test('the early reply coming after the request was sent again: the first ok answer is taken, once', async () => {
    vi.useFakeTimers();
    try {
      let answerEarly!: (r: R) => void;
      const send = vi.fn(() => new Promise<R>(() => undefined));
      const reply = earlyOrResent(new Promise<R>((r) => { answerEarly = r; }), send, 4000);
      await vi.advanceTimersByTimeAsync(4000);
      expect(send).toHaveBeenCalledTimes(1);
      answerEarly({ ok: true, data: 'early' });
      await expect(reply).resolves.toEqual({ ok: true, data: 'early' });
    } finally {
      vi.useRealTimers();
    }
  });
});
