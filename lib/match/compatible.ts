import type { Qualifier, Value } from '../claims/schema';

/** A stated figure: a value as written and how it is hedged. */
export interface Stated {
  value: Value;
  qualifier: Qualifier;
}

/** Share of the value an "about"/"around"/"some" widens a figure by on each side. */
export const APPROX_TOLERANCE = 0.1;

/**
 * Half a unit of the last significant digit, capped at 10%: "11,000" stands for 10,500–11,500, "4,700" for
 * 4,650–4,750, and a one-digit round figure such as "4,000" for 3,600–4,400.
 */
export function roundingOf(v: number): number {
  if (v <= 0 || !Number.isInteger(v)) return 0;
  let precision = 1;
  while (v % (precision * 10) === 0) precision *= 10;
  return Math.min(precision / 2, v * APPROX_TOLERANCE);
}

/** The interval of counts a stated figure allows. */
export function intervalOf({ value, qualifier }: Stated): [number, number] {
  const { low, high } = value;
  const lo = low - roundingOf(low);
  const hi = high + roundingOf(high);
  switch (qualifier) {
    case 'approx':
      return [Math.min(lo, low * (1 - APPROX_TOLERANCE)), Math.max(hi, high * (1 + APPROX_TOLERANCE))];
    case 'nearly':
      return [Math.min(lo, high * (1 - APPROX_TOLERANCE)), high];
    case 'more-than':
    case 'at-least':
      return [low, Infinity];
    // A bound is the bound as said, as "more than" is: "up to 5,000" allows no 5,500.
    case 'up-to':
    case 'fewer-than':
      return [0, high];
    case 'vague':
      return [low, high];
    default:
      return [lo, hi];
  }
}

/**
 * Two figures are compatible when the counts they allow overlap. Intervals that only touch do not: "5,000"
 * (4,500–5,500) and "6,000" (5,500–6,500) are each rounded to their own thousand and disagree, as "11,000" and
 * "12,000" do. A single point (a bound said exactly) still meets an interval at its end.
 */
export function compatible(a: Stated, b: Stated): boolean {
  const [aLo, aHi] = intervalOf(a);
  const [bLo, bHi] = intervalOf(b);
  if (aLo === aHi || bLo === bHi) return aLo <= bHi && bLo <= aHi;
  return aLo < bHi && bLo < aHi;
}
