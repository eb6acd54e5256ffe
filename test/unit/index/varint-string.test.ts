import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { decodeVarints, encodeVarints, VarintReader } from '@/utils/index/varint-string';

describe('varint-string', () => {
  test('any non-negative safe integers round-trip, also through JSON (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.nat(20000), fc.maxSafeNat())), (numbers) => {
        const encoded = encodeVarints(numbers);
        expect(decodeVarints(JSON.parse(JSON.stringify(encoded)))).toEqual(numbers);
        for (let i = 0; i < encoded.length; i++) expect(encoded.charCodeAt(i)).toBeLessThan(0xd800);
      }),
    );
  });

  test.each([
    ['one character below 2^14', [16383], 1],
    ['two characters from 2^14', [16384], 2],
    ['an empty list is an empty string', [], 0],
  ])('%s', (_name, numbers, length) => {
    expect(encodeVarints(numbers)).toHaveLength(length);
  });

  test.each([[-1], [1.5], [Number.NaN]])('refuses %s, naming the module', (n) => {
    expect(() => encodeVarints([n])).toThrow(/^varint-string:/);
  });

  test('a truncated number is an error, not a guess', () => {
    const r = new VarintReader(encodeVarints([70000]).slice(0, 1));
    expect(() => r.next()).toThrow(/^varint-string: truncated/);
  });
});
