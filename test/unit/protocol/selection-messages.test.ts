/** The selected-text messages of the protocol (utils/protocol/messages.ts): shape-checked like every other. */
import { describe, expect, test } from 'vitest';
import { parsePanelEvent, parseRequest } from '@/utils/protocol/messages';
import { makeQuote } from '../../support/quote-report-builders';

const report = { quote: makeQuote('we are close', 0, null), matches: [] };

describe('selected-text requests and events', () => {
  test.each([
    [{ type: 'get-selection-check', tabId: 4 }, { type: 'get-selection-check', tabId: 4 }],
    [{ type: 'dismiss-selection-check', tabId: 0, extra: 1 }, { type: 'dismiss-selection-check', tabId: 0 }],
    [{ type: 'get-selection-check', tabId: -1 }, null],
    [{ type: 'dismiss-selection-check' }, null],
  ])('request %j', (input, expected) => {
    expect(parseRequest(input)).toEqual(expected);
  });

  test.each([
    [{ state: 'checking' }, true],
    [null, true],
    [{ state: 'refused', reason: 'too-long', words: 2400 }, true],
    [{ state: 'refused', reason: 'empty', words: 0 }, true],
    [{ state: 'refused', reason: 'bored', words: 0 }, false],
    [{ state: 'refused', reason: 'empty' }, false],
    [{ state: 'checked', report, words: 3, libraryCount: 2, pageSaved: false }, true],
    [{ state: 'checked', report: { quote: { text: 'x' }, matches: [] }, words: 3, libraryCount: 2, pageSaved: false }, false],
    [{ state: 'checked', report, libraryCount: 2 }, false],
    [{ state: 'failed', error: 'No.' }, true],
    [{ state: 'failed' }, false],
    [{ state: 'done' }, false],
  ])('event with check %j: accepted %s', (check, accepted) => {
    const event = { type: 'selection-check', tabId: 2, check };
    expect(parsePanelEvent(event)).toEqual(accepted ? event : null);
  });
});
