import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_SETTINGS, hostMatches, isSpeakerOverrides, mergeSpeakerOverrides, originPatterns, parseHost, parseSettings, parseSettingsPatch, type Settings,
} from '@/utils/storage/settings';
import v2Fixture from '../../golden/storage/v2.json';

describe('parseHost', () => {
  test.each([
    ['example.com', 'example.com'],
    ['  https://www.Example.com/news?x=1 ', 'www.example.com'],
    ['http://127.0.0.1:8000/a', '127.0.0.1'],
    ['', null],
    ['not a host!', null],
    ['-bad-.com', null],
  ])('%j → %j', (input, host) => expect(parseHost(input)).toBe(host));
});

describe('hostMatches', () => {
  test.each([
    ['example.com', 'example.com', true],
    ['news.example.com', 'example.com', true],
    ['www.example.com', 'www.example.com', true],
    ['example.com', 'www.example.com', true],
    ['badexample.com', 'example.com', false],
    ['example.co', 'example.com', false],
  ])('%s in %s → %s', (host, site, expected) => expect(hostMatches(host, site)).toBe(expected));
});

test.each([
  [[], ['http://*/*', 'https://*/*']],
  [['www.example.com'], ['http://example.com/*', 'https://example.com/*', 'http://*.example.com/*', 'https://*.example.com/*']],
])('originPatterns(%j)', (sites, patterns) => expect(originPatterns({ sites })).toEqual(patterns));

describe('parseSettings', () => {
  test.each([
    [null, {}],
    [[], {}],
    [{ automatic: 'yes', highlights: false }, { highlights: false }],
    [{ sites: ['Example.com', 'example.com', '??'] }, { sites: ['example.com'] }],
    [{ sites: [1] }, {}],
    [{ excludedSites: ['https://a.example/x'], rememberRead: false }, { excludedSites: ['a.example'], rememberRead: false }],
  ])('patch of %j is %j', (input, patch) => {
    expect(parseSettingsPatch(input)).toEqual(patch);
    expect(parseSettings(input)).toEqual({ ...DEFAULT_SETTINGS, ...patch });
  });
});

describe('speaker overrides (added after schema v2)', () => {
  test.each<[string, unknown, Settings['speakers']]>([
    ['absent (settings stored before them)', undefined, { merged: [], split: [] }],
    ['valid', { merged: [['Gor', 'Sergio Gor']], split: ['Trump'] }, { merged: [['Gor', 'Sergio Gor']], split: ['Trump'] }],
    ['bad entries dropped', { merged: [['a'], ['a', 'a'], [1, 'b'], ['x', 'y'], ['x', 'y']], split: ['', 3, 'Lee', 'Lee'] }, { merged: [['x', 'y']], split: ['Lee'] }],
    ['not an object', ['Gor'], { merged: [], split: [] }],
  ])('%s', (_label, speakers, expected) => {
    expect(parseSettings(speakers === undefined ? { automatic: true } : { speakers }).speakers).toEqual(expected);
  });

  test('the v2 fixture\'s settings read with no overrides and everything else kept', () => {
    const stored = v2Fixture.settings as Record<string, unknown>;
    expect(stored.speakers).toBeUndefined();
    expect(parseSettings(stored)).toEqual({ ...stored, speakers: { merged: [], split: [] } });
  });
});

describe('mergeSpeakerOverrides: an imported file’s overrides added to the reader’s own', () => {
  type O = Settings['speakers'];
  test.each<[string, O, O, O]>([
    ['nothing to add', { merged: [['Gor', 'Sergio Gor']], split: ['Lee'] }, { merged: [], split: [] }, { merged: [['Gor', 'Sergio Gor']], split: ['Lee'] }],
    ['new entries join, the file’s first', { merged: [['Gor', 'Sergio Gor']], split: [] }, { merged: [['Ng', 'Ann Ng']], split: ['Dr. Lee'] }, { merged: [['Ng', 'Ann Ng'], ['Gor', 'Sergio Gor']], split: ['Dr. Lee'] }],
    ['the same entry once', { merged: [['Gor', 'Sergio Gor']], split: ['Lee'] }, { merged: [['Gor', 'Sergio Gor']], split: ['Lee'] }, { merged: [['Gor', 'Sergio Gor']], split: ['Lee'] }],
    ['the file merges a name the reader split: the reader’s split stands', { merged: [], split: ['Gor'] }, { merged: [['Gor', 'Sergio Gor']], split: [] }, { merged: [], split: ['Gor'] }],
    ['the file splits a name the reader merged: the reader’s merge stands', { merged: [['Gor', 'Sergio Gor']], split: [] }, { merged: [], split: ['Gor'] }, { merged: [['Gor', 'Sergio Gor']], split: [] }],
    ['both merge one name elsewhere: the reader’s comes last, so it is the one followed', { merged: [['Gor', 'Sergio Gor']], split: [] }, { merged: [['Gor', 'Ed Gor']], split: [] }, { merged: [['Gor', 'Ed Gor'], ['Gor', 'Sergio Gor']], split: [] }],
  ])('%s', (_label, own, incoming, expected) => {
    expect(mergeSpeakerOverrides(own, incoming)).toEqual(expected);
  });

  test('property: the reader’s own are never dropped, the result is valid, and importing twice adds nothing more', () => {
    const name = fc.constantFrom('Gor', 'Sergio Gor', 'Ed Gor', 'Lee', 'Dr. Lee', 'Ann Ng');
    const overrides = fc.record({
      merged: fc.uniqueArray(fc.tuple(name, name).filter(([a, b]) => a !== b), { maxLength: 4, selector: (m) => m.join('\t') }),
      split: fc.uniqueArray(name, { maxLength: 3 }),
    });
    fc.assert(
      fc.property(overrides, overrides, (own, incoming) => {
        const once = mergeSpeakerOverrides(own, incoming);
        expect(isSpeakerOverrides(once)).toBe(true);
        for (const m of own.merged) expect(once.merged).toContainEqual(m);
        for (const n of own.split) expect(once.split).toContain(n);
        // The reader's entries stay in their order, after the file's.
        if (own.merged.length > 0) expect(once.merged.slice(-own.merged.length)).toEqual(own.merged);
        expect(mergeSpeakerOverrides(once, incoming)).toEqual(once);
      }),
    );
  });
});
