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

describe('a phrase nested in the other style of double marks', () => {
  test.each([
    ['curly inside straight', '"So shameful that the plans were “leaked” to the press. Nice!" Lee wrote.',
      ['So shameful that the plans were “leaked” to the press. Nice!']],
    ['straight inside curly', '“So shameful that the plans were "leaked" to the press. Nice!” Lee wrote.',
      ['So shameful that the plans were "leaked" to the press. Nice!']],
    // A longer quotation of its own in the other style is read as before: a quote of its own.
    ['a sentence in the other style', '"For example, the port did nothing. “They have not done anything close to a full review,” he quoted one analyst."',
      ['For example, the port did nothing.', 'They have not done anything close to a full review,']],
    // No closing mark of the outer style after it: the phrase is a quote of its own.
    ['no outer close', 'Lee said "the “harbour levy” is dead today.', ['harbour levy']],
  ])('%s', (_name, text, contents) => {
    expect(spans(text).map((s) => s.content)).toEqual(contents);
  });
});
