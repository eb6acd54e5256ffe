import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, hostMatches, originPatterns, parseHost, parseSettings, parseSettingsPatch } from '@/utils/storage/settings';

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
