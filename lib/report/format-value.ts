import type { Qualifier, Value } from '../claims/schema';

const QUALIFIER_WORDS: Record<NonNullable<Qualifier>, string> = {
  approx: 'about',
  nearly: 'nearly',
  'more-than': 'more than',
  'at-least': 'at least',
  'up-to': 'up to',
  'fewer-than': 'fewer than',
  vague: '',
};

const number = (n: number) => n.toLocaleString('en-US');

/** "about 4,000", "25,000–30,000", "20,000–100,000 (order of magnitude)". */
export function formatValue(value: Value, qualifier: Qualifier): string {
  const core = value.low === value.high ? number(value.low) : `${number(value.low)}–${number(value.high)}`;
  if (qualifier === 'vague') return `${core} (order of magnitude)`;
  const word = qualifier ? QUALIFIER_WORDS[qualifier] : '';
  return word ? `${word} ${core}` : core;
}
