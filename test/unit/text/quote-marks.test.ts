import { describe, expect, test } from 'vitest';
import { findMarkedSpans } from '@/utils/text/quote-marks';

/** The spans of a one-paragraph text: the quoted words, and the text right after each closing mark. */
function spans(text: string) {
  return findMarkedSpans(text, { start: 0, end: text.length }).map((s) => ({
    content: text.slice(s.content.start, s.content.end),
    after: s.close < 0 ? null : text.slice(s.close + s.closeLen),
  }));
}

describe('closing marks: where the text after a quote starts', () => {
  test.each([
    ['curly double', 'Lee said, “We will rebuild.” And she left.', 'We will rebuild.', ' And she left.'],
    ['straight double', 'Lee said, "We will rebuild." And she left.', 'We will rebuild.', ' And she left.'],
    // An archive's '' pair is one mark of two characters: the text after it starts past both.
    ['doubled apostrophes', "Lee said, ''We will rebuild.'' And she left.", 'We will rebuild.', ' And she left.'],
    ['doubled curly apostrophes', 'Lee said, ‘‘We will rebuild.’’ And she left.', 'We will rebuild.', ' And she left.'],
  ])('%s', (_name, text, content, after) => {
    expect(spans(text)).toEqual([{ content, after }]);
  });

  test('an unterminated quote has no closing mark', () => {
    const text = 'Lee said, “We will rebuild the bridge';
    const [s] = findMarkedSpans(text, { start: 0, end: text.length });
    expect([s.close, s.closeLen]).toEqual([-1, 0]);
  });
});
