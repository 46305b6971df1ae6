import { describe, expect, it } from 'vitest';
import type { Qualifier } from '../../../lib/claims/schema';
import { compatible, intervalOf, roundingOf } from '../../../lib/match/compatible';

const fig = (low: number, high = low, qualifier: Qualifier = null) => ({ value: { low, high }, qualifier });

describe('roundingOf', () => {
  it.each([
    [11000, 500],
    [4700, 50],
    [4000, 400],
    [10000, 1000],
    [640000, 5000],
    [728, 0.5],
  ])('treats %d as rounded by ±%d', (v, r) => expect(roundingOf(v)).toBe(r));
});

describe('intervalOf', () => {
  it('opens "more than" and "at least" above', () => {
    expect(intervalOf(fig(6000, 6000, 'more-than'))).toEqual([6000, Infinity]);
    expect(intervalOf(fig(100, 100, 'at-least'))).toEqual([100, Infinity]);
  });
  it('opens "up to" and "fewer than" below', () => {
    expect(intervalOf(fig(5000, 5000, 'up-to'))).toEqual([0, 5000]);
    expect(intervalOf(fig(5000, 5000, 'fewer-than'))).toEqual([0, 5000]);
  });
  it('widens "about" by 10% each side', () => {
    expect(intervalOf(fig(4000, 4000, 'approx'))).toEqual([3600, 4400]);
  });
  it('reads "nearly X" as just under X', () => {
    expect(intervalOf(fig(1_000_000, 1_000_000, 'nearly'))).toEqual([900_000, 1_000_000]);
  });
});

describe('compatible', () => {
  it.each([
    ['a range and its upper end', fig(25000, 30000), fig(30000), true],
    ['overlapping ranges', fig(10000, 20000), fig(15000, 25000), true],
    ['disjoint ranges', fig(10000, 20000), fig(25000, 30000), false],
    ['"about 4,000" and 4,700', fig(4000, 4000, 'approx'), fig(4700), false],
    ['"at least 4,000" and 4,700', fig(4000, 4000, 'at-least'), fig(4700), true],
    ['"more than 6,000" and 4,000', fig(6000, 6000, 'more-than'), fig(4000), false],
    ['ten thousand and 11,000 (round figures)', fig(10000), fig(11000), true],
    ['"nearly one million" and "approximately 970,000"', fig(1_000_000, 1_000_000, 'nearly'), fig(970000, 970000, 'approx'), true],
    ['"up to 5,000" and 12,000', fig(5000, 5000, 'up-to'), fig(12000), false],
    ['728 and 539', fig(728), fig(539), false],
    ['5,000 and 6,000, which only touch when each is rounded', fig(5000), fig(6000), false],
    ['11,000 and 12,000', fig(11000), fig(12000), false],
    ['"up to 5,000" and 5,500 (a bound is the bound as said)', fig(5000, 5000, 'up-to'), fig(5500), false],
    ['"up to 5,000" and 5,000', fig(5000, 5000, 'up-to'), fig(5000), true],
    ['"more than 6,000" and "up to 6,000"', fig(6000, 6000, 'more-than'), fig(6000, 6000, 'up-to'), false],
    ['exactly 11 and 11', fig(11), fig(11), true],
  ])('%s: %s', (_name, a, b, expected) => {
    expect(compatible(a, b)).toBe(expected);
    expect(compatible(b, a)).toBe(expected);
  });
});
