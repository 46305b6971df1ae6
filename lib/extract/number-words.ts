/** Values of spelled-out numbers up to ninety-nine. */
export const SMALL_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8],
  ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15],
  ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40],
  ['fourty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);

/**
 * Korean and Chinese magnitudes, which translated press summaries keep glued to the digits: "120만" is 1.2
 * million, "1만 1천" 11,000, "2천2백" 2,200, "3万" 30,000.
 */
export const CJK_SCALES: ReadonlyMap<string, number> = new Map([
  ['백', 100], ['천', 1e3], ['만', 1e4], ['억', 1e8], ['百', 100], ['千', 1e3], ['万', 1e4], ['萬', 1e4], ['亿', 1e8], ['億', 1e8],
]);

/** Multipliers written as words. "hundred" multiplies the group before it; the others close a group. */
export const SCALES: ReadonlyMap<string, number> = new Map([
  ['hundred', 100], ['thousand', 1e3], ['thous', 1e3], ['thou', 1e3], ['thsd', 1e3], ['ths', 1e3], ['million', 1e6], ['mln', 1e6], ['mn', 1e6], ['mil', 1e6],
  ['billion', 1e9], ['bln', 1e9], ['bn', 1e9], ['trillion', 1e12],
  // German and Dutch copy abbreviates a million "Mio."; South Asian English counts in lakhs and crores.
  ['mio', 1e6], ['lakh', 1e5], ['crore', 1e7],
  ...CJK_SCALES,
]);

/** Multipliers glued to digits: "11k", "12m", "1.5bn". */
export const SUFFIX_SCALES: ReadonlyMap<string, number> = new Map([
  ['k', 1e3], ['m', 1e6], ['mn', 1e6], ['mln', 1e6], ['b', 1e9], ['bn', 1e9],
]);

/** Plural words for an order of magnitude ("tens of thousands"), read as the interval [2×, 10×) the unit. */
export const VAGUE_PLURALS: ReadonlyMap<string, number> = new Map([
  ['dozens', 12], ['scores', 20], ['hundreds', 100], ['thousands', 1e3], ['lakhs', 1e5], ['millions', 1e6], ['crores', 1e7], ['billions', 1e9],
]);

export const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/**
 * Scales written short, which only follow digits ("12 mln", "70 thsd."): the digits find the spot, and translated
 * reports write them with a full stop ("12 mln. shells").
 */
export const ABBREVIATED_SCALES: ReadonlySet<string> = new Set(['thous', 'thou', 'thsd', 'ths', 'mln', 'mn', 'mil', 'bln', 'bn', 'mio']);

/**
 * Every word that can start or carry a spelled-out number; used to find candidate spots quickly. Korean and Chinese
 * magnitudes are left out: they stand glued to digits, which find the spot already.
 */
export const NUMBER_WORDS: readonly string[] = [
  ...SMALL_NUMBERS.keys(),
  ...[...SCALES.keys()].filter((w) => !CJK_SCALES.has(w) && !ABBREVIATED_SCALES.has(w)),
  ...VAGUE_PLURALS.keys(),
  'dozen',
  'tens',
];
