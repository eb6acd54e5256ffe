import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, hostMatches, originPatterns, parseHost, parseSettings, parseSettingsPatch, type Settings } from '@/utils/storage/settings';
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
