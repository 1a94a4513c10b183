import { describe, expect, it } from 'vitest';
import { formatCaseNumber, parseCaseNumber } from '../../server/cases/case-number';
import { generateTrackingCode, hashTrackingCode, normaliseTrackingCode, trackingCodeMatches } from '../../server/cases/tracking-code';

describe('case numbers', () => {
  it.each([
    [2026, 1, 'VLN-2026-000001'],
    [2026, 123, 'VLN-2026-000123'],
    [2027, 999999, 'VLN-2027-999999'],
    [2027, 1000000, 'VLN-2027-1000000'],
  ])('formats %i/%i as %s', (year, seq, expected) => {
    expect(formatCaseNumber(year, seq)).toBe(expected);
  });

  it.each([
    ['VLN-2026-000123', 'VLN-2026-000123'],
    ['  vln-2026-000123 ', 'VLN-2026-000123'],
    ['VLN–2026–000123', 'VLN-2026-000123'],
    ['VLN-2026-0123', null],
    ['VLN-2026-000000', null],
    ['ABC-2026-000123', null],
    ["VLN-2026-000123' OR 1=1", null],
  ])('parses %j', (input, expected) => {
    expect(parseCaseNumber(input)?.number ?? null).toBe(expected);
  });

  it('refuses impossible numbers', () => {
    expect(() => formatCaseNumber(2026, 0)).toThrow(RangeError);
    expect(() => formatCaseNumber(99, 1)).toThrow(RangeError);
  });
});

describe('tracking codes', () => {
  it('carries 80 random bits in four groups of Crockford base32', () => {
    const codes = new Set(Array.from({ length: 2000 }, generateTrackingCode));
    expect(codes.size).toBe(2000);
    for (const code of [...codes].slice(0, 50)) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
  });

  it('forgives what people mistype, and matches only with the right secret', () => {
    const code = '7K3M-Q9XD-2HTB-W4RE';
    expect(normaliseTrackingCode(' 7k3m q9xd 2htb w4re ')).toBe('7K3MQ9XD2HTBW4RE');
    expect(normaliseTrackingCode('O1IL')).toBe('0111');
    const stored = hashTrackingCode('secret-a', code);
    expect(stored).not.toContain('7K3M');
    expect(trackingCodeMatches('secret-a', '7k3mq9xd2htbw4re', stored)).toBe(true);
    expect(trackingCodeMatches('secret-b', code, stored)).toBe(false);
    expect(trackingCodeMatches('secret-a', '7K3M-Q9XD-2HTB-W4RF', stored)).toBe(false);
  });
});
