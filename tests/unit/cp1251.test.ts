// The test-fixture cp1251 encoder must round-trip through the WHATWG decoder the browser uses.
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain .mjs test helper without types
import { encodeCp1251 } from '../fixtures/cp1251.mjs';

describe('encodeCp1251', () => {
  it('round-trips Russian headers and ASCII', () => {
    const s = 'ID клиента;Возраст;Ёлка ёж №5 «да» — 3,5\r\n';
    const bytes = (encodeCp1251 as (s: string) => Uint8Array)(s);
    expect(bytes.length).toBe(s.length);
    expect(new TextDecoder('windows-1251').decode(bytes)).toBe(s);
  });
  it('refuses characters cp1251 cannot hold', () => {
    expect(() => (encodeCp1251 as (s: string) => Uint8Array)('€😀')).toThrow(/cp1251/);
  });
});
