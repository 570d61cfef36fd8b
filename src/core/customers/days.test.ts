// parseDay's fast paths (YYYYMMDD, YYYY-MM-DD) agree with the general patterns, including impossible dates.
import { describe, expect, it } from 'vitest';
import { epochDay, parseDay } from './days';

describe('parseDay', () => {
  it('reads the order-file layouts and refuses impossible or malformed dates', () => {
    expect(parseDay('19970101')).toBe(epochDay(1997, 1, 1));
    expect(parseDay('2024-02-29')).toBe(epochDay(2024, 2, 29));
    expect(parseDay('2024/02/29')).toBe(epochDay(2024, 2, 29));
    expect(parseDay('2024-2-9')).toBe(epochDay(2024, 2, 9));
    expect(parseDay('2024-01-05T10:00')).toBe(epochDay(2024, 1, 5));
    expect(parseDay('31.12.1999')).toBe(epochDay(1999, 12, 31));
    for (const bad of ['2023-02-29', '20230229', '2024-13-01', '2024-0a-01', '2024_01_01', '1997010x', '']) expect(parseDay(bad)).toBeNaN();
  });
});
