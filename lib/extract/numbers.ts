import type { Qualifier, Value } from '../claims/schema';
import { CJK_SCALES, MONTHS, SCALES, SMALL_NUMBERS, SUFFIX_SCALES, VAGUE_PLURALS } from './number-words';
import { type Token, touching } from './tokenize';

/** A count found in a sentence: its value as written, its hedge, and where it stands. */
export interface Quantity {
  value: Value;
  qualifier: Qualifier;
  /** Token indices [first, last) of the number, with a trailing "or more" / "-plus", without a leading qualifier. */
  first: number;
  last: number;
  /** Token index where the qualifier starts (=== first when there is none). */
  qualifierFirst: number;
  /** "a 10,000-strong force": the number names the size of a body of troops. */
  strong: boolean;
}

interface Simple {
  value: number;
  end: number;
  /** A scale word or suffix was applied (so "25 to 30 thousand" can lend it to 25). */
  scale: number;
  plus: boolean;
}

const RANGE_DASHES = new Set(['-', '–', '—', '‒']);
const RANGE_END_HEDGES = ['about', 'around', 'roughly', 'approximately', 'some', 'nearly', 'almost'];
const SPOKEN_HEDGES = ['perhaps', 'maybe', 'possibly', 'even', 'probably'];
/** Words after which a number is an age: "a monk aged 12", "children under the age of 5", "ages 18 to 60". */
const AGE_WORDS = ['aged', 'age', 'ages'];
/** People an age bound can follow: "men over 40", "anyone under 18". */
const AGED_PEOPLE = ['men', 'women', 'people', 'persons', 'adults', 'anyone', 'those', 'conscripts', 'volunteers', 'recruits'];
// The cedi's, naira's, rupee's, taka's and peso's signs too: "up to GH¢30,000 a month", "₦500,000".
const CURRENCY_SYMBOLS = new Set(['$', '€', '£', '¥', '₽', '₴', '₩', '¢', '₦', '₹', '৳', '₨', '₱', '₺', '₪']);
const CURRENCY_WORDS = new Set([
  'dollar', 'dollars', 'usd', 'euro', 'euros', 'eur', 'pound', 'pounds', 'sterling', 'gbp', 'ruble', 'rubles', 'rouble',
  'roubles', 'yuan', 'renminbi', 'won', 'yen', 'hryvnia', 'hryvnias', 'hryvnas', 'rupees', 'francs', 'shekels', 'us$',
  // "Rs 500 crore", "KSh 2 million", "N500,000", as South Asian and African papers write them.
  'rs', 'inr', 'pkr', 'ksh', 'kes', 'ngn', 'naira', 'cedis', 'rand', 'ringgit', 'rm', 'taka', 'pesos', 'shillings',
]);
const PERCENT_WORDS = new Set(['percent', 'pct', 'percentage']);
const CALIBRE_WORDS = new Set(['mm', 'millimetre', 'millimeter', 'millimetres', 'millimeters', 'cm', 'calibre', 'caliber', 'inch']);
/**
 * Words a number after them names rather than counts: "resolution 2270", "Article 5", "Photo 3 of 12", "Page 1 of
 * 2", "Share 640", a page's counters and a document's parts.
 */
const NAMING_WORDS = new Set([
  'resolution', 'resolutions', 'article', 'articles', 'section', 'sections', 'chapter', 'chapters', 'paragraph',
  'paragraphs', 'clause', 'clauses', 'annex', 'appendix', 'page', 'pages', 'photo', 'photos', 'image', 'images',
  'picture', 'slide', 'slides', 'part', 'episode', 'season', 'issue', 'vol', 'volume', 'share', 'shares', 'comments',
  'views', 'likes', 'table', 'figure', 'fig', 'exhibit', 'item', 'step', 'stage', 'level', 'gate', 'platform', 'route',
  'flight', 'room', 'highway', 'question', 'point', 'lot', 'block', 'building', 'line', 'verse', 'act', 'scene',
  'panel', 'panels', 'chart', 'map', 'graph', 'graphic', 'box', 'row', 'column', 'footnote', 'note', 'tab', 'para', 'paras',
]);
/** People whose age a number between commas after them gives. */
const PERSONS = new Set(['man', 'woman', 'boy', 'girl', 'soldier', 'father', 'mother', 'son', 'daughter', 'veteran', 'pensioner', 'grandmother', 'grandfather', 'teenager', 'child', 'resident']);
/** Words that introduce one person: the noun after them, between commas with a number, is given an age. */
const ONE_PERSON = ['a', 'an', 'the', 'his', 'her', 'their', 'our', 'my', 'whose'];
const BAD_SUFFIXES = /^(?:st|nd|rd|th|s|mm|cm|km|kg|g|kt|x|am|pm|h|hrs|d|yo|km\/h|mph|ft|m2|sq)$/;

/** Qualifiers, longest first so "no more than" wins over "more than". */
const QUALIFIERS: ReadonlyArray<[string[], NonNullable<Qualifier>]> = (
  [
    [['no', 'fewer', 'than'], 'at-least'],
    [['no', 'less', 'than'], 'at-least'],
    [['no', 'more', 'than'], 'up-to'],
    [['not', 'more', 'than'], 'up-to'],
    [['not', 'less', 'than'], 'at-least'],
    [['not', 'fewer', 'than'], 'at-least'],
    [['a', 'minimum', 'of'], 'at-least'],
    [['a', 'maximum', 'of'], 'up-to'],
    [['in', 'excess', 'of'], 'more-than'],
    [['as', 'many', 'as'], 'up-to'],
    [['as', 'high', 'as'], 'up-to'],
    [['as', 'much', 'as'], 'up-to'],
    [['an', 'estimated'], 'approx'],
    [['something', 'like'], 'approx'],
    [['in', 'the', 'region', 'of'], 'approx'],
    [['on', 'the', 'order', 'of'], 'approx'],
    [['more', 'than'], 'more-than'],
    // "more then 6000 kiled": "than" as fast or learner English types it.
    [['more', 'then'], 'more-than'],
    [['well', 'over'], 'more-than'],
    [['well', 'above'], 'more-than'],
    [['well', 'beyond'], 'more-than'],
    [['well', 'under'], 'fewer-than'],
    [['well', 'below'], 'fewer-than'],
    [['just', 'over'], 'more-than'],
    [['upwards', 'of'], 'more-than'],
    [['upward', 'of'], 'more-than'],
    [['just', 'above'], 'more-than'],
    [['south', 'of'], 'fewer-than'],
    [['just', 'short', 'of'], 'nearly'],
    [['just', 'shy', 'of'], 'nearly'],
    [['shy', 'of'], 'nearly'],
    [['just', 'below'], 'nearly'],
    [['a', 'little', 'under'], 'nearly'],
    [['slightly', 'under'], 'nearly'],
    [['slightly', 'below'], 'nearly'],
    [['nigh', 'on'], 'nearly'],
    [['getting', 'on', 'for'], 'nearly'],
    [['the', 'best', 'part', 'of'], 'nearly'],
    [['the', 'better', 'part', 'of'], 'nearly'],
    [['at', 'a', 'minimum'], 'at-least'],
    [['at', 'minimum'], 'at-least'],
    [['as', 'few', 'as'], 'at-least'],
    [['as', 'low', 'as'], 'at-least'],
    [['at', 'most'], 'up-to'],
    [['in', 'the', 'neighbourhood', 'of'], 'approx'],
    [['in', 'the', 'neighborhood', 'of'], 'approx'],
    [['of', 'the', 'order', 'of'], 'approx'],
    [['in', 'the', 'order', 'of'], 'approx'],
    [['perhaps'], 'approx'],
    // "only killed like 5 civilians": speech's and posts' approximation.
    [['like'], 'approx'],
    // "Wasn't it more like 20 dead?"
    [['more', 'like'], 'approx'],
    [['maybe'], 'approx'],
    [['possibly'], 'approx'],
    [['beyond'], 'more-than'],
    [['north', 'of'], 'more-than'],
    [['at', 'least'], 'at-least'],
    [['minimum', 'of'], 'at-least'],
    [['up', 'to'], 'up-to'],
    // South Asian English writes it as one word: "upto 5,000 military builders".
    [['upto'], 'up-to'],
    [['fewer', 'than'], 'fewer-than'],
    [['less', 'than'], 'fewer-than'],
    [['less', 'then'], 'fewer-than'],
    [['just', 'under'], 'nearly'],
    // "Nowhere near a million Russians are fighting in Ukraine": well below it.
    [['nowhere', 'near'], 'fewer-than'],
    [['not', 'anywhere', 'near'], 'fewer-than'],
    // Speech's small margins: "a shade under eleven thousand", "a touch over 6,000".
    [['a', 'shade', 'under'], 'nearly'],
    [['a', 'touch', 'under'], 'nearly'],
    [['a', 'tad', 'under'], 'nearly'],
    [['a', 'bit', 'under'], 'nearly'],
    [['a', 'shade', 'over'], 'more-than'],
    [['a', 'touch', 'over'], 'more-than'],
    [['a', 'tad', 'over'], 'more-than'],
    [['a', 'bit', 'over'], 'more-than'],
    [['close', 'to'], 'nearly'],
    // British "close on 4,000".
    [['close', 'on'], 'nearly'],
    [['closer', 'to'], 'approx'],
    [['nearer', 'to'], 'approx'],
    [['nearer'], 'approx'],
    [['about'], 'approx'],
    [['around'], 'approx'],
    [['approximately'], 'approx'],
    [['approx'], 'approx'],
    [['roughly'], 'approx'],
    [['some'], 'approx'],
    [['circa'], 'approx'],
    // Translated text's "near 640 thousand" (Russian "около", Ukrainian "близько").
    [['near'], 'approx'],
    [['estimated'], 'approx'],
    [['nearly'], 'nearly'],
    [['almost'], 'nearly'],
    [['over'], 'more-than'],
    [['above'], 'more-than'],
    [['exceeding'], 'more-than'],
    [['under'], 'fewer-than'],
    [['below'], 'fewer-than'],
  ] as Array<[string[], NonNullable<Qualifier>]>
).sort((a, b) => b[0].length - a[0].length);

/** The qualifiers by their last word, the one right before a number: most words before a number end none. */
const QUALIFIERS_BY_LAST_WORD: ReadonlyMap<string, ReadonlyArray<[string[], NonNullable<Qualifier>]>> = (() => {
  const index = new Map<string, Array<[string[], NonNullable<Qualifier>]>>();
  for (const entry of QUALIFIERS) {
    const list = index.get(entry[0].at(-1)!) ?? [];
    list.push(entry);
    index.set(entry[0].at(-1)!, list);
  }
  return index;
})();

/** Quotation marks: around a figure alone they are the figure's ('"more than 4,000" North Koreans'), and around a
 * count they are no words of its sentence ('put the toll at "no fewer than 4,000"'). */
export const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“', '”', "'", '‘', '’', '«', '»']);

/**
 * Whether a text writes thousands with full stops, as translations from much of Europe keep them: some number
 * cannot be a decimal ("11.000", "1.200.000") and none is grouped with commas.
 */
export function documentGroupsWithStops(text: string): boolean {
  if (/\b\d{1,3},\d{3}\b/.test(text)) return false;
  // ...or it writes decimals with commas ("about 1,3 mln", "4,7 thousand") and groups some number with a stop.
  return /\b\d{1,3}(?:\.000\b|(?:\.\d{3}){2,}\b)/.test(text) || (/\b\d{1,3}\.\d{3}\b/.test(text) && /\b\d{1,3},\d{1,2} ?(?:mln|million|thousand|thous|ths|bn|billion)\b/i.test(text));
}

/** One to three digits, a full stop and three more: "1.500", "11.000". */
const STOP_GROUPED = /^\d{1,3}\.\d{3}$/;

const isWord = (t: Token | undefined, ...words: string[]) => !!t && t.kind === 'word' && words.includes(t.norm);

/** A calibre's unit, glued to a number ("170mm") or standing after it ("170 mm", "152 millimetre"). */
export const isCalibreUnit = (t: Token | undefined) => /^(mm|cm|millimetre|millimeter)$/.test(t?.kind === 'num' ? t.suffix : (t?.norm ?? ''));

function readDigits(tokens: Token[], i: number): Simple | null {
  const t = tokens[i];
  if (t.kind !== 'num') return null;
  let scale = 1;
  let plus = false;
  let suffix = t.suffix;
  if (suffix.endsWith('+')) {
    plus = true;
    suffix = suffix.slice(0, -1);
  }
  // "12,000ish", "11kish": about so many (the qualifier is read in findQuantities).
  if (suffix.endsWith('ish')) suffix = suffix.slice(0, -3);
  if (suffix) {
    const s = SUFFIX_SCALES.get(suffix);
    // "12m" is twelve million only when a count follows; "40m" before "wide" is metres, which the unit noun rejects later.
    if (s === undefined || BAD_SUFFIXES.test(suffix)) return null;
    scale = s;
  }
  let value = Number(t.norm);
  if (!Number.isFinite(value)) return null;
  let end = i + 1;
  if (scale === 1) {
    // "a 1.2-million-strong army": a hyphen may join the scale to its digits.
    if (tokens[end]?.text === '-' && touching(t, tokens[end]) && tokens[end + 1]?.kind === 'word' && SCALES.has(tokens[end + 1].norm) && touching(tokens[end], tokens[end + 1])) end++;
    const next = tokens[end];
    // "more of 12 millions of artillery shells": translated text puts the scale after digits in the plural.
    const plural = next?.kind === 'word' && value >= 2 && value < 1000 && Number.isInteger(value) ? PLURAL_SCALES.get(next.norm) : undefined;
    const s = next && next.kind === 'word' ? (SCALES.get(next.norm) ?? plural) : undefined;
    // "1.500 soldiers", "11.000 troops": thousands grouped by a full stop, as much of Europe writes them. Alone it
    // counts only before a counted noun (findQuantities); "1.500 million" stays one and a half million.
    if (s === undefined && STOP_GROUPED.test(t.text)) value = Number(t.norm.replace('.', ''));
    if (s !== undefined) {
      scale = s;
      end++;
      // "1.5 hundred thousand" is not how anyone writes; but "400 thousand" and "3 hundred thousand" are.
      const after = tokens[end];
      const s2 = after && after.kind === 'word' ? SCALES.get(after.norm) : undefined;
      if (s === 100 && s2 !== undefined && s2 > 100) {
        scale *= s2;
        end++;
      }
    }
  }
  value *= scale;
  // "4 thousand 700 persons", "1 million 200 thousand": the rest of the number after its scale, as Korean and
  // Russian reports translated word for word give it; never a calibre ("3 thousand 152-mm shells").
  const rest = scale >= 1000 && Number.isInteger(value) ? tokens[end] : undefined;
  if (rest?.kind === 'num' && rest.suffix === '' && /^\d{1,3}$/.test(rest.text) && !(tokens[end + 1]?.text === '-' && touching(rest, tokens[end + 1]))) {
    const restScale = tokens[end + 1]?.kind === 'word' ? SCALES.get(tokens[end + 1].norm) : undefined;
    const part = Number(rest.text) * (restScale !== undefined && restScale < scale ? restScale : 1);
    if (part < scale && !isCalibreUnit(tokens[end + 1])) {
      value += part;
      end += restScale !== undefined && restScale < scale ? 2 : 1;
    }
  }
  if (!Number.isInteger(Math.round(value * 1000) / 1000) || value !== Math.round(value)) {
    if (scale === 1) return null;
    value = Math.round(value);
  }
  // "12 million+ artillery shells": the plus after a scale word.
  if (scale > 1 && tokens[end]?.text === '+' && touching(tokens[end - 1], tokens[end])) {
    plus = true;
    end++;
  }
  return { value, end, scale, plus };
}

/** Scales in the plural, as a count in digits may take them: "12 millions". */
const PLURAL_SCALES: ReadonlyMap<string, number> = new Map([['thousands', 1e3], ['millions', 1e6], ['billions', 1e9]]);

const FRACTIONS: ReadonlyMap<string, number> = new Map([['half', 1 / 2], ['third', 1 / 3], ['quarter', 1 / 4]]);
const FRACTION_COUNTS: ReadonlyMap<string, number> = new Map([['a', 1], ['one', 1], ['two', 2], ['three', 3]]);

/**
 * A fraction of a scale: "half a million", "a quarter of a million", "three quarters of a million", "a third of a
 * billion", "a half million", "half a dozen".
 */
function readFraction(tokens: Token[], i: number): Simple | null {
  let j = i;
  const count = FRACTION_COUNTS.get(tokens[j]?.norm ?? '');
  if (count !== undefined) j++;
  // "two-thirds of a million".
  if (count !== undefined && tokens[j]?.text === '-' && touching(tokens[j - 1], tokens[j])) j++;
  const norm = tokens[j]?.kind === 'word' ? tokens[j].norm : '';
  const part = FRACTIONS.get(norm) ?? (norm.endsWith('s') ? FRACTIONS.get(norm.slice(0, -1)) : undefined);
  if (part === undefined || (count === undefined && tokens[j].norm !== 'half') || (count ?? 1) * part >= 1) return null;
  j++;
  if (isWord(tokens[j], 'of')) j++;
  if (isWord(tokens[j], 'a', 'an')) j++;
  const scale = tokens[j]?.kind === 'word' ? (tokens[j].norm === 'dozen' ? 12 : SCALES.get(tokens[j].norm)) : undefined;
  if (scale === undefined || scale === 100 || scale === 10 || j === i + 1) return null;
  return { value: Math.round((count ?? 1) * part * scale), end: j + 1, scale, plus: false };
}

/** Spelled-out numbers: "twelve million", "twenty-five thousand", "four hundred and ten", "a dozen". */
function readWords(tokens: Token[], i: number): Simple | null {
  // Most words of a sentence start no number: one look decides, before any of the reading below.
  const first = tokens[i].norm;
  if (!SMALL_NUMBERS.has(first) && !SCALES.has(first) && !FRACTION_COUNTS.has(first) && first !== 'an' && first !== 'half') return null;
  let total = 0;
  let group = 0;
  let seen = false;
  let lastScale = 1;
  let j = i;
  const fraction = readFraction(tokens, j);
  if (fraction) return fraction;
  if (isWord(tokens[j], 'a', 'an')) {
    const next = tokens[j + 1];
    if (isWord(next, 'dozen')) return { value: 12, end: j + 2, scale: 1, plus: false };
    if (!next || next.kind !== 'word' || !SCALES.has(next.norm)) return null;
    group = 1;
    seen = true;
    j++;
  }
  while (j < tokens.length) {
    const t = tokens[j];
    if (t.kind !== 'word') break;
    const small = SMALL_NUMBERS.get(t.norm);
    // "over ten thousands were killed": translated English may put a scale in the plural. With "of" after it
    // ("ten thousands of") it stays the vague count it reads as.
    const scale = SCALES.get(t.norm) ?? (seen && !isWord(tokens[j + 1], 'of') ? VAGUE_PLURALS.get(t.norm) : undefined);
    if (small !== undefined) {
      // A unit after a unit ("two three") is two numbers, not one.
      if (seen && group % 10 !== 0 && group < 100) break;
      if (seen && group % 100 !== 0 && small >= 10) break;
      group += small;
      seen = true;
      j++;
      // "twenty-five": a hyphen glued on both sides joins tens and units.
      if (small >= 20 && small % 10 === 0 && tokens[j]?.text === '-' && touching(t, tokens[j]) && touching(tokens[j], tokens[j + 1])) {
        const unit = tokens[j + 1].kind === 'word' ? SMALL_NUMBERS.get(tokens[j + 1].norm) : undefined;
        if (unit !== undefined && unit > 0 && unit < 10) {
          group += unit;
          j += 2;
        }
      }
    } else if (scale !== undefined && seen) {
      if (scale === 100) {
        group = (group || 1) * 100;
      } else {
        total += (group || 1) * scale;
        group = 0;
      }
      lastScale = scale;
      j++;
    } else if (t.norm === 'point' && seen && total === 0 && group < 100) {
      // "one point one million", as a speaker says 1.1 million: read only with a scale after the decimals.
      return spokenDecimal(tokens, j + 1, group);
    } else if (t.norm === 'dozen' && seen) {
      group *= 12;
      j++;
    } else if (t.norm === 'and' && seen && group >= 100 && group % 100 === 0 && tokens[j + 1]?.kind === 'word' && SMALL_NUMBERS.has(tokens[j + 1].norm)) {
      j++;
    } else if (t.norm === 'and' && seen && group === 0 && lastScale >= 1000 && andRest(tokens, j + 1, lastScale)) {
      // "one thousand and ninety", as a British speaker says 1,090; not "between one thousand and two thousand".
      j++;
    } else break;
  }
  if (!seen) return null;
  // "three and a half years", "two and a half million shells".
  if (isWord(tokens[j], 'and') && isWord(tokens[j + 1], 'a', 'one') && isWord(tokens[j + 2], 'half')) {
    const scale = tokens[j + 3]?.kind === 'word' ? SCALES.get(tokens[j + 3].norm) : undefined;
    if (scale !== undefined && scale >= 1000 && lastScale === 1) return { value: (total + group + 0.5) * scale, end: j + 4, scale, plus: false };
    return { value: total + group + 0.5 * lastScale, end: j + 3, scale: lastScale, plus: false };
  }
  return { value: total + group, end: j, scale: lastScale, plus: false };
}

/** Whether the number words from `i` add a smaller part to a count of `scale`: "ninety", "five hundred". */
function andRest(tokens: Token[], i: number, scale: number): boolean {
  let j = i;
  while (tokens[j]?.kind === 'word' && SMALL_NUMBERS.has(tokens[j].norm)) j++;
  if (j === i) return false;
  // "twenty-five": the hyphen and the unit after it.
  while (tokens[j]?.text === '-' && tokens[j + 1]?.kind === 'word' && SMALL_NUMBERS.has(tokens[j + 1].norm)) j += 2;
  const next = tokens[j]?.kind === 'word' ? SCALES.get(tokens[j].norm) : undefined;
  return next === undefined || next < scale;
}

/** The decimals after "point" and the scale that ends them: "(one point) one five million". */
function spokenDecimal(tokens: Token[], i: number, whole: number): Simple | null {
  let digits = '';
  let j = i;
  for (let d = SMALL_NUMBERS.get(tokens[j]?.norm ?? ''); d !== undefined && d < 10 && tokens[j].kind === 'word'; d = SMALL_NUMBERS.get(tokens[j]?.norm ?? '')) {
    digits += d;
    j++;
  }
  const scale = tokens[j]?.kind === 'word' ? SCALES.get(tokens[j].norm) : undefined;
  if (!digits || scale === undefined || scale < 1000) return null;
  return { value: Math.round(Number(`${whole}.${digits}`) * scale), end: j + 1, scale, plus: false };
}

function readSimple(tokens: Token[], i: number): Simple | null {
  return tokens[i].kind === 'num' ? readDigits(tokens, i) : readWords(tokens, i);
}

/** "the low thousands" and the like, as multiples of the vague plural's unit. */
const RANGE_PARTS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['low', [1, 3]],
  ['mid', [4, 6]],
  ['high', [7, 10]],
]);

/** "tens of thousands", "hundreds", "several thousand", "a few hundred": an order of magnitude, not a count. */
function readVague(tokens: Token[], i: number): { value: Value; end: number } | null {
  const t = tokens[i];
  // "1,000s of troops", "100s of drones": "thousands" and "hundreds" in digits; never a decade ("the 1990s").
  if (t.kind === 'num' && t.suffix === 's') {
    const unit = Number(t.norm);
    return unit >= 100 && /^10+$/.test(t.norm) ? { value: { low: 2 * unit, high: 10 * unit }, end: i + 1 } : null;
  }
  if (t.kind !== 'word') return null;
  // "in the low thousands", "the high tens of thousands": the part of the vague range a word names.
  const part = RANGE_PARTS.get(t.norm);
  if (part && tokens[i + 1]?.kind === 'word') {
    const rest = readVague(tokens, i + 1);
    if (rest && rest.value.low * 5 === rest.value.high) {
      const unit = rest.value.low / 2;
      return { value: { low: part[0] * unit, high: part[1] * unit }, end: rest.end };
    }
  }
  if ((t.norm === 'tens' || t.norm === 'hundreds') && isWord(tokens[i + 1], 'of')) {
    const unit = tokens[i + 2]?.kind === 'word' ? VAGUE_PLURALS.get(tokens[i + 2].norm) : undefined;
    if (unit !== undefined && unit >= 1000) {
      const base = (t.norm === 'tens' ? 10 : 100) * unit;
      return { value: { low: 2 * base, high: 10 * base }, end: i + 3 };
    }
  }
  // "a couple of thousand", "a couple thousand": two or three of the scale.
  if (t.norm === 'couple' || (t.norm === 'a' && isWord(tokens[i + 1], 'couple'))) {
    const of = t.norm === 'a' ? i + 2 : i + 1;
    const at = isWord(tokens[of], 'of') ? of + 1 : of;
    const scale = tokens[at]?.kind === 'word' ? SCALES.get(tokens[at].norm) : undefined;
    if (scale !== undefined && scale >= 100) return { value: { low: 2 * scale, high: 3 * scale }, end: at + 1 };
  }
  if ((t.norm === 'several' || t.norm === 'many' || t.norm === 'few') && tokens[i + 1]?.kind === 'word') {
    // "several dozen used against Ukrainian cities".
    const scale = tokens[i + 1].norm === 'dozen' ? 12 : SCALES.get(tokens[i + 1].norm);
    if (scale !== undefined) return { value: { low: 2 * scale, high: 10 * scale }, end: i + 2 };
  }
  const unit = VAGUE_PLURALS.get(t.norm);
  if (unit !== undefined) {
    // "thousands" alone is vague only as a count: "thousands of troops", "thousands were killed", not "in the 1990s".
    return { value: { low: 2 * unit, high: 10 * unit }, end: i + 1 };
  }
  return null;
}

const SIGNS = new Map<string, NonNullable<Qualifier>>([['>', 'more-than'], ['<', 'fewer-than'], ['≥', 'at-least'], ['≤', 'up-to'], ['⩾', 'at-least'], ['⩽', 'up-to']]);

function qualifierBefore(tokens: Token[], first: number): { qualifier: Qualifier; start: number } {
  // "~11k", "≈ 4,000": the tilde of tables and headlines.
  const prev = tokens[first - 1];
  if (prev && (prev.text === '~' || prev.text === '≈' || prev.text === '±')) return { qualifier: 'approx', start: first - 1 };
  // ">10k troops", "≥ 4,000", "<500 KIA": the comparison signs of posts and tables.
  if (prev?.text === '=') {
    const sign = tokens[first - 2]?.text;
    if (sign === '>' && touching(tokens[first - 2], prev)) return { qualifier: 'at-least', start: first - 2 };
    if (sign === '<' && touching(tokens[first - 2], prev)) return { qualifier: 'up-to', start: first - 2 };
  }
  // A sign glued to what stands before it is arithmetic ("x<5"), not a bound.
  const sign = prev && !(tokens[first - 2] && touching(tokens[first - 2], prev)) ? SIGNS.get(prev.text) : undefined;
  if (sign) return { qualifier: sign, start: first - 1 };
  // "+/- 600.000": about, as Dutch and German reporting write it.
  if (prev?.text === '-' && tokens[first - 2]?.text === '/' && tokens[first - 3]?.text === '+') return { qualifier: 'approx', start: first - 3 };
  // "approx. 9 million", "c. 11,000", "ca. 4,000", "est. 600": an abbreviation with its full stop.
  if (prev?.text === '.' && isWord(tokens[first - 2], 'approx', 'c', 'ca', 'circa', 'est')) return { qualifier: 'approx', start: first - 2 };
  const candidates = prev?.kind === 'word' ? QUALIFIERS_BY_LAST_WORD.get(prev.norm) : undefined;
  for (const [words, qualifier] of candidates ?? []) {
    const start = first - words.length;
    if (start < 0) continue;
    let ok = true;
    for (let k = 0; k < words.length; k++) {
      if (tokens[start + k].kind !== 'word' || tokens[start + k].norm !== words[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return { qualifier, start };
  }
  // "losses now exceed 860,000": the verb bounds the count from below, but stays the clause's verb, outside the
  // figure, where the words before a count are read for what it measures.
  if (prev?.kind === 'word' && (EXCEEDING.has(prev.norm) || toppedBy(tokens, first - 1))) return { qualifier: 'more-than', start: first };
  if (prev?.kind === 'word' && NEARING.has(prev.norm)) return { qualifier: 'nearly', start: first };
  return { qualifier: null, start: first };
}

/** Words before "top" that make it an adjective, as in "the top 10" or "Ukraine's top 3 generals", not a verb. */
const BEFORE_TOP_ADJECTIVE = new Set(['the', 'a', 'our', 'its', 'their', 'his', 'her', 'my', 'your', 'in', 'of', 'to', 'for', 'from', 'among', 'with', 'at', 'and', 'or', 'all', 'these', 'those', 'new']);

/** "Pyongyang's shell deliveries to Russia top 6M": a headline's present tense of "topped". */
function toppedBy(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1];
  return tokens[at].norm === 'top' && before?.kind === 'word' && !before.possessive && !BEFORE_TOP_ADJECTIVE.has(before.norm);
}

const NEARING = new Set(['approaching', 'approach', 'approaches', 'nearing', 'neared']);

const EXCEEDING = new Set(['exceed', 'exceeds', 'exceeded', 'surpass', 'surpasses', 'surpassed', 'topped', 'topping', 'tops', 'pass', 'passes', 'passed', 'crossed', 'crosses']);

/** Verbs of launching, after which "one" counts what was launched. */
const LAUNCH_VERBS = ['fired', 'launched', 'fires', 'launches', 'test-fired'];

/** Marks a speaker breaks off with: "thirty -- no, twenty-five", "eleven — sorry, twelve", "ten... I mean eleven". */
const BREAKS = new Set(['-', '—', '–', ',', '…', '.']);
/** Words after "no" or "rather" that go on with the count rather than take it back: "4,000, no fewer", "3 — no one else". */
const GOES_ON = new Set(['more', 'fewer', 'less', 'doubt', 'than', 'matter', 'one', 'other', 'others', 'further', 'longer']);

/** Whether the number ending before tokens[end] is one its speaker takes back at once. */
function selfCorrected(tokens: Token[], end: number): boolean {
  let k = end;
  while (k < end + 3 && BREAKS.has(tokens[k]?.text ?? '')) k++;
  if (k === end) return false;
  const t = tokens[k];
  const next = tokens[k + 1];
  if (isWord(t, 'no', 'rather')) return !GOES_ON.has(next?.norm ?? '') && next?.kind !== 'num';
  return isWord(t, 'sorry', 'correction') || (isWord(t, 'i') && isWord(next, 'mean')) || (isWord(t, 'make') && isWord(next, 'that'));
}

const isNumberToken = (t: Token | undefined) => !!t && (t.kind === 'num' || (t.kind === 'word' && (SMALL_NUMBERS.has(t.norm) || SCALES.has(t.norm))));

/**
 * Where the slip a count corrects begins ("thirty" in "another thirty -- no, twenty-five to thirty thousand troops"),
 * or `first` when none stands before it: the slip is read as part of the figure, so what comes before it ("another",
 * "lost") is the corrected count's.
 */
function slipBefore(tokens: Token[], first: number): number {
  let k = first - 1;
  if (isWord(tokens[k], 'the')) k--;
  if (tokens[k]?.text === ',') k--;
  if (isWord(tokens[k], 'mean') && isWord(tokens[k - 1], 'i')) k -= 2;
  else if (isWord(tokens[k], 'that') && isWord(tokens[k - 1], 'make')) k -= 2;
  else if (isWord(tokens[k], 'no', 'sorry', 'correction', 'rather')) k--;
  else return first;
  const marks = k;
  while (k > marks - 3 && BREAKS.has(tokens[k]?.text ?? '')) k--;
  if (k === marks || !isNumberToken(tokens[k])) return first;
  while (isNumberToken(tokens[k - 1]) || (tokens[k - 1]?.text === '-' && isNumberToken(tokens[k - 2]))) k -= tokens[k - 1].text === '-' ? 2 : 1;
  return k;
}

/** Money, percentages, calibres, model numbers, dates, times: numbers that are not counts. */
/** Minutes a time told in words counts to or past the hour. */
const CLOCK_MINUTES = new Set(['five', 'ten', 'twenty', 'quarter', 'half']);

/**
 * Whether tokens[first] opens a time told in words, or is its hour: "It's twenty to ten.", "at ten past six", never a
 * range of counts ("five to ten soldiers", "about ten to twelve thousand").
 */
function isClockTime(tokens: Token[], first: number, isCountNoun: (word: string) => boolean): boolean {
  if (!isWord(tokens[first - 1], 'to', 'past') && !isWord(tokens[first + 1], 'to', 'past')) return false;
  const timeAt = (k: number) => {
    if (!isWord(tokens[k - 1], 'to', 'past') || !isWord(tokens[k - 2], ...CLOCK_MINUTES) || (SMALL_NUMBERS.get(tokens[k]?.norm ?? '') ?? 13) > 12) return false;
    const before = tokens[k - 3];
    const after = tokens[k + 1];
    const told = /^it['’]s$/i.test(before?.text ?? '') || isWord(before, 'at', 'by', 'until', 'till', 'before', 'after', 'about') || (isWord(before, 'is', 'was') && isWord(tokens[k - 4], 'it', 'time'));
    return told && !(after?.kind === 'word' && (isCountNoun(after.norm) || SCALES.has(after.norm)));
  };
  return timeAt(first) || (isWord(tokens[first], ...CLOCK_MINUTES) && timeAt(first + 2));
}

/** Words a year cut to two digits follows: "since '22", "the winter of '44". */
const YEAR_LEADS = ['since', 'in', 'of', 'from', 'until', 'till', 'by', 'before', 'after', 'spring', 'summer', 'autumn', 'fall', 'winter', 'class'];

function isExcluded(tokens: Token[], first: number, end: number, value: Value, isCountNoun: (word: string) => boolean): boolean {
  const prev = tokens[first - 1];
  const prev2 = tokens[first - 2];
  const next = tokens[end];
  const start = tokens[first];
  if (prev && CURRENCY_SYMBOLS.has(prev.text)) return true;
  if (prev && prev.kind === 'word' && CURRENCY_WORDS.has(prev.norm) && prev.norm !== 'won') return true;
  // "It's twenty to ten", "at quarter past six": the time told in words, a number of minutes to or past an hour.
  if (isClockTime(tokens, first, isCountNoun)) return true;
  // "Y-axis: casualties, thousands.", "(thousands)", "losses in thousands": the unit of a chart's or a table's
  // numbers, not a count.
  const unitEnds = !next || next.text === '.' || next.text === ';' || next.text === ')';
  if (end - first === 1 && start.kind === 'word' && VAGUE_PLURALS.has(start.norm) && unitEnds && (prev?.text === '(' || prev?.text === ',' || isWord(prev, 'in'))) return true;
  // "Rs. 500 crore".
  if (prev?.text === '.' && isWord(prev2, 'rs')) return true;
  if (prev && touching(prev, start) && prev.text === '#') return true;
  // A score: "losing 4-0", "a 2-2 draw" (a range runs upward: "2-3 divisions").
  const after = tokens[end + 1];
  if (end - first === 1 && next?.text === '-' && touching(start, next) && after?.kind === 'num' && touching(next, after) && /^\d{1,2}$/.test(start.text) && /^\d{1,2}$/.test(after.text) && Number(after.text) <= Number(start.text)) return true;
  // A year as it is spoken: "the summer of twenty twenty-three", "nineteen ninety-one".
  if (isWord(prev, 'nineteen', 'twenty') && start.kind === 'word' && end - first <= 3 && value.low === value.high && value.low >= 10 && value.low <= 99) return true;
  if (isWord(start, 'nineteen', 'twenty') && end - first === 1 && next?.kind === 'word' && (SMALL_NUMBERS.get(next.norm) ?? 0) >= 10) return true;
  // Phone numbers and codes: "Tel: 02-555-0190", "0800 555 0193": a count never opens with a zero.
  if (start.kind === 'num' && /^0\d/.test(start.text)) return true;
  // Model numbers and designations: KN-23, Su-34, S-400, F-16.
  if (prev && prev.text === '-' && touching(prev, start) && prev2 && prev2.kind !== 'punct' && touching(prev2, prev)) return true;
  // "c.1.28mn", "ca.4,000": the approximate's abbreviation, glued; otherwise "v.2", "10:30", "1/2" are no counts.
  const glued = prev && (prev.text === '/' || prev.text === ':' || prev.text === '.') && touching(prev, start);
  if (glued && !(prev.text === '.' && isWord(prev2, 'c', 'ca', 'approx', 'est'))) return true;
  // "2. 28,000", "3) 500 soldiers": a list item's number before the count that opens its line; alone on its line
  // ("2."), a small number is an item's too.
  const marker = first === 0 && end - first === 1 && start.suffix === '' && (next?.text === '.' || next?.text === ')') && touching(start, next);
  if (marker && (tokens[end + 1]?.kind === 'num' || (tokens.length === end + 1 && /^\d{1,2}$/.test(start.text)))) return true;
  if (selfCorrected(tokens, end)) return true;
  // "2  Kim's army by the numbers": a rank opening a list's line, before a name's possessive, counts no army.
  if (first === 0 && end - first === 1 && /^\d{1,2}$/.test(start.text) && next?.kind === 'word' && next.possessive && /^[A-Z]/.test(next.text)) return true;
  // "3/ That is a brutal rate.": a thread's post number opens its line, glued to a slash with no number after it.
  if (first === 0 && end - first === 1 && next?.text === '/' && touching(start, next) && !(tokens[end + 1]?.kind === 'num' && touching(next, tokens[end + 1]))) return true;
  // "the January 2024 missile strike": a year before a singular noun names when, not how many.
  if (end - first === 1 && isYearLike(start) && next?.kind === 'word' && !next.norm.endsWith('s') && isCountNoun(next.norm)) return true;
  // "2,5 days": a decimal comma before no scale; neither side of it is a count.
  if (next?.text === ',' && touching(start, next) && tokens[end + 1]?.kind === 'num' && touching(next, tokens[end + 1]) && /^\d{1,2}$/.test(tokens[end + 1].text) && end - first === 1 && /^\d+$/.test(start.text)) return true;
  if (prev?.text === ',' && touching(prev, start) && prev2?.kind === 'num' && touching(prev2, prev) && /^\d{1,2}$/.test(start.text) && /^\d+$/.test(prev2.text)) return true;
  // Designations written without a hyphen: "2S19", "Su34", "M777A2": digits glued to letters on either side.
  if (prev && touching(prev, start) && (prev.kind === 'word' || (prev.kind === 'num' && prev.suffix !== ''))) return true;
  if (next?.kind === 'num' && touching(tokens[end - 1], next)) return true;
  // "No. 5" is a number's label; "No. Five thousand military builders" answers "no" and then counts.
  if (prev && prev.text === '.' && isWord(prev2, 'no') && start.kind === 'num') return true;
  if (prev?.kind === 'word' && NAMING_WORDS.has(prev.norm)) return true;
  // An age between commas after a person: "Man, 84, wins lottery", "Olena Kovalenko, 47, a nurse".
  // A person a determiner introduces is one person too: "said a medic, 34, adding", "her husband, 52, was".
  if (prev?.text === ',' && next?.text === ',' && prev2?.kind === 'word' && (/^[A-Z]/.test(prev2.text) || PERSONS.has(prev2.norm) || (isWord(tokens[first - 3], ...ONE_PERSON) && !/[^s]s$/.test(prev2.norm))) && end - first === 1 && value.high <= 120) return true;
  if (isWord(prev, ...AGE_WORDS) || (isWord(prev, 'between', 'from', 'under', 'over') && isWord(prev2, ...AGE_WORDS))) return true;
  // "a man of 70 who had broken his hip", "a woman of 45": one person's age.
  if (isWord(prev, 'of') && isWord(prev2, 'man', 'woman', 'boy', 'girl', 'person', 'widow', 'widower', 'veteran', 'soldier') && value.high <= 120) return true;
  // "She is 44, trained as a geologist", "he was 19.": a person's age, said with a copula and nothing after it.
  if (isWord(prev, 'is', 'was') && isWord(prev2, 'he', 'she', 'i') && end - first === 1 && value.high <= 120 && (!next || /^[,.;]$/.test(next.text) || isWord(next, 'and', 'when'))) return true;
  // "aged 20 and 26", "ages 18 to 60": the second of two ages.
  if ((isWord(prev, 'and', 'to', 'or') || prev?.text === ',' || (prev && RANGE_DASHES.has(prev.text))) && prev2?.kind === 'num' && isWord(tokens[first - 3], ...AGE_WORDS)) return true;
  // "mobilised men over 40", "women under 25": an age bound after people, not a count.
  if (isWord(prev, 'over', 'under') && isWord(prev2, ...AGED_PEOPLE) && end - first === 1 && value.high <= 100) return true;
  // "since February '22", "in Nov ’24": a year cut to two digits; a figure in quotes ('22') closes them after it, and
  // so does a quote's count and its noun ("said '82 missiles delivered'").
  const quotedCount = (next && QUOTE_MARKS.has(next.text) && touching(start, next)) || (next?.kind === 'word' && isCountNoun(next.norm) && !(isWord(prev2, ...YEAR_LEADS) || (prev2?.kind === 'word' && MONTHS.has(prev2.norm))));
  if ((prev?.text === "'" || prev?.text === '’') && touching(prev, start) && /^\d{2}$/.test(start.text) && end - first === 1 && !quotedCount) return true;
  // "better than three to one", "outnumbered five to one": the first term of a ratio against one.
  if (isWord(next, 'to') && (isWord(tokens[end + 1], 'one') || tokens[end + 1]?.text === '1') && !(tokens[end + 2]?.kind === 'word' && (SCALES.has(tokens[end + 2].norm) || isCountNoun(tokens[end + 2].norm)))) return true;
  // "a ratio of roughly 2.5 to 1", "three to one": the second term of a ratio, smaller than the first.
  if (isWord(prev, 'to') && value.high <= 10 && prev2?.kind === 'num' && Number(prev2.norm) > value.high && Number(prev2.norm) <= 100 && !isChange(tokens, first - 2)) return true;
  // "Photo 3 of 12", "Page 1 of 2": the total of what a named item is one of.
  if (isWord(prev, 'of') && prev2?.kind === 'num' && tokens[first - 3]?.kind === 'word' && NAMING_WORDS.has(tokens[first - 3].norm)) return true;
  // "resolutions 1718 (2006), 1874 (2009) and 2270 (2016)": a designation dated in brackets.
  if (end - first === 1 && start.kind === 'num' && /^\d{3,4}$/.test(start.text) && next?.text === '(' && tokens[end + 1] && isYearLike(tokens[end + 1]) && tokens[end + 2]?.text === ')') return true;
  // "the Tigray war of 2020–22": the end of a span of years.
  if (prev && RANGE_DASHES.has(prev.text) && touching(prev, start) && prev2 && isYearLike(prev2) && touching(prev2, prev) && /^\d{2}$/.test(start.text)) return true;
  // A page in a citation: "(Park 2024, 112)", "(IISS 2025: 34)", "p. 112"; never a count with a scale, as a
  // chart's "2024: 5 million; 2025: 12 million" gives its bars.
  if ((prev?.text === ',' || prev?.text === ':') && prev2 && isYearLike(prev2) && (next?.text === ')' || next?.text === ';') && end - first === 1 && start.suffix === '') return true;
  // "(para. 22)", "(paras. 14–19)", "ch. 22", "Art. 5": a document's parts by their abbreviations.
  if (prev?.text === '.' && isWord(prev2, 'p', 'pp', 'para', 'paras', 'sec', 'secs', 'ch', 'chs', 'art', 'arts', 'fig', 'figs', 'vol', 'vols', 'nos')) return true;
  // ...and the pages after the first: "(pp. 14 and 19)", "pp. 12, 15–17".
  if (isWord(prev, 'and') || prev?.text === ',' || (prev && RANGE_DASHES.has(prev.text))) {
    for (let k = first - 2; k >= Math.max(1, first - 8) && (tokens[k].kind === 'num' || isWord(tokens[k], 'and') || /^[,–-]$/.test(tokens[k].text)); k--) {
      if (tokens[k - 1]?.text === '.' && isWord(tokens[k - 2], 'p', 'pp')) return true;
    }
  }
  // A footnote mark printed after a word's comma, as reports copied from PDFs show them: "via the Tumangang
  // crossing,22 carrying" (a stop's is above). Prose leaves a space after a comma; "300 soldiers,40 tanks" is a slip.
  const countedNext = next?.kind === 'word' && isCountNoun(next.norm);
  if (prev && (prev.text === ',' || prev.text === ';') && touching(prev, start) && prev2?.kind === 'word' && touching(prev2, prev) && /^\d{1,3}$/.test(start.text) && end - first === 1 && !countedNext) return true;
  // A footnote mark, as reference works and reports print them: "were sent.[12]".
  if (prev?.text === '[' && next?.text === ']' && touching(prev, start) && touching(tokens[end - 1], next)) return true;
  if (next) {
    if (next.text === '%' || (next.kind === 'word' && PERCENT_WORDS.has(next.norm))) return true;
    if (isWord(next, 'per') && isWord(tokens[end + 1], 'cent')) return true;
    if (next.kind === 'word' && CURRENCY_WORDS.has(next.norm)) return true;
    if (next.kind === 'word' && CALIBRE_WORDS.has(next.norm)) return true;
    // "152 and 122 mm", "122/152-mm": the first of two calibres written with one unit.
    // ("12 million — 152mm rounds": a count with a scale is no calibre.)
    if (end - first === 1 && (isWord(next, 'and', 'or', 'to') || next.text === '/' || next.text === ',' || RANGE_DASHES.has(next.text)) && isCalibre(tokens, end + 1)) return true;
    if ((next.text === ':' || next.text === '/' || next.text === '.') && touching(tokens[end - 1], next) && tokens[end + 1]?.kind === 'num' && touching(next, tokens[end + 1])) return true;
    // "152-mm", "three-day", "20-year-old": a number glued by a hyphen to a word is an adjective, not a count.
    if (next.text === '-' && touching(tokens[end - 1], next) && tokens[end + 1]?.kind === 'word' && touching(next, tokens[end + 1])) {
      const w = tokens[end + 1].norm;
      // ...unless the word is what is counted: "a 30,000-man force", "a 30 million-shell stockpile".
      if (w !== 'strong' && w !== 'plus' && w !== 'odd' && w !== 'ish' && !isCountNoun(w)) return true;
    }
  }
  const single = end - first === 1 && start.kind === 'num' && start.suffix === '';
  // "the night of Nov. 9–10", "9 to 10 July": a range of days.
  const days = value.low < value.high && start.kind === 'num' && start.suffix === '' && tokens[end - 1]?.kind === 'num' && tokens[end - 1].suffix === '' && end - first <= 3;
  if ((single && value.low === value.high) || days) {
    // Day of month: "17 June", "June 17", "Nov. 4".
    const month = prev?.text === '.' ? prev2 : prev;
    if (value.low >= 1 && value.high <= 31 && ((next && next.kind === 'word' && MONTHS.has(next.norm) && /^[A-Z]/.test(next.text)) || (month && month.kind === 'word' && MONTHS.has(month.norm) && /^[A-Z]/.test(month.text)))) {
      return true;
    }
  }
  return false;
}

/** Whether tokens[k] is a number with a calibre's unit: "122 mm", "122-mm", "122mm". */
function isCalibre(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t?.kind !== 'num') return false;
  if (CALIBRE_WORDS.has(t.suffix)) return true;
  const unit = tokens[k + 1]?.text === '-' ? tokens[k + 2] : tokens[k + 1];
  return unit?.kind === 'word' && CALIBRE_WORDS.has(unit.norm);
}

/** Verbs of a count that changed: "rose from 11,000 to 14,000" gives the count before and after, not a range. */
const CHANGE_VERBS = new Set([
  'rose', 'risen', 'rising', 'increased', 'increasing', 'grew', 'grown', 'growing', 'climbed', 'jumped', 'swelled',
  'surged', 'soared', 'fell', 'fallen', 'falling', 'dropped', 'declined', 'shrank', 'doubled', 'tripled', 'went',
  'raised', 'cut', 'reduced', 'boosted', 'expanded', 'revised', 'upped',
]);

/** Whether the count at `first` follows "from" after a verb of change, within a few words. */
/**
 * Whether the count at `first` is a change "by" it ("raising its strength by 180,000 to 1.5 million", "by about
 * 180,000"): a much larger count after its "to" is the level reached, not the top of a range.
 */
function changeBy(tokens: Token[], first: number): boolean {
  const k = QUALIFIERS_BY_LAST_WORD.has(tokens[first - 1]?.norm ?? '') ? first - 2 : first - 1;
  return isWord(tokens[k], 'by');
}

function isChange(tokens: Token[], first: number): boolean {
  if (!isWord(tokens[first - 1], 'from')) return false;
  for (let i = first - 2; i >= Math.max(0, first - 8); i--) {
    const t = tokens[i];
    if (t.kind === 'punct' && t.text !== ',') return false;
    if (t.kind === 'word' && CHANGE_VERBS.has(t.norm)) return true;
  }
  return false;
}

/** "in January 2024 killed eleven": a year before a participle is still a year. */
const PARTICIPLES = new Set(['killed', 'wounded', 'injured', 'dead', 'missing']);

/** Words before a year that say it is one: "in 2000", "since 1991", "summer of 2022". */
const BEFORE_A_YEAR = new Set(['in', 'since', 'until', 'till', 'by', 'from', 'of', 'before', 'after', 'during', 'early', 'late', 'mid', 'spring', 'summer', 'autumn', 'fall', 'winter', 'year', 'the']);

/**
 * Whether a year-like number counts the noun after it: "2000 soldiers", "like 2000 north koreans got killed", across
 * up to two words that qualify the noun, but never after words that make it a year ("in 2000 North Korean troops").
 */
function countNounAhead(tokens: Token[], first: number, end: number, isCountNoun: (word: string) => boolean): boolean {
  const counted = (t: Token | undefined) => t?.kind === 'word' && isCountNoun(t.norm) && !PARTICIPLES.has(t.norm);
  if (counted(tokens[end])) return true;
  const prev = tokens[first - 1];
  if ((prev?.kind === 'word' && (BEFORE_A_YEAR.has(prev.norm) || MONTHS.has(prev.norm))) || tokens[end]?.kind !== 'word') return false;
  for (let k = end + 1; k <= end + 2 && tokens[k - 1]?.kind === 'word' && !counted(tokens[k - 1]); k++) if (counted(tokens[k])) return true;
  return false;
}

export const isYearLike = (t: Token) => t.kind === 'num' && /^\d{4}$/.test(t.text) && Number(t.text) >= 1800 && Number(t.text) <= 2100;

/**
 * "1.5–2 million": a decimal low end whose scale is said only after the high one. Alone, "1.5" is no count; it is
 * read so only when a range with a scale follows.
 */
function decimalLow(tokens: Token[], i: number): Simple | null {
  const t = tokens[i];
  if (t.kind !== 'num' || t.suffix !== '' || !/^\d+\.\d+$/.test(t.norm)) return null;
  const join = tokens[i + 1];
  if (!join || !(RANGE_DASHES.has(join.text) || isWord(join, 'to', 'or') || (isWord(join, 'and') && isWord(tokens[i - 1], 'between')))) return null;
  const b = tokens[i + 2] ? readSimple(tokens, i + 2) : null;
  if (!b || b.scale <= 1 || Number(t.norm) >= b.value / b.scale) return null;
  return { value: Number(t.norm), end: i + 1, scale: 1, plus: false };
}

/**
 * Every count in a sentence's tokens, left to right. `isCountNoun` says whether a word names something counted
 * (troops, shells), so "2000 troops" is a count while "in 2000" is a year. `stopsGroupThousands` says the document
 * writes thousands with full stops (see documentGroupsWithStops): a lone "4.700" is then four thousand seven
 * hundred, as "11.000 soldiers" is anywhere.
 */
export function findQuantities(tokens: Token[], isCountNoun: (word: string) => boolean, stopsGroupThousands = false): Quantity[] {
  const found: Quantity[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (t.kind === 'punct') {
      i++;
      continue;
    }
    const first = i;
    let value: Value | null = null;
    let end = i + 1;
    let plus = false;
    let qualifier: Qualifier = null;

    const vague = readVague(tokens, i);
    if (vague) {
      value = vague.value;
      end = vague.end;
      qualifier = 'vague';
    } else {
      const a = readSimple(tokens, i) ?? decimalLow(tokens, i);
      if (a) {
        value = { low: a.value, high: a.value };
        end = a.end;
        plus = a.plus;
        // "one hundred (100) ballistic missiles": treaties and legal letters write a number twice, in words and
        // in digits; the two are one count.
        if (tokens[first].kind === 'word' && tokens[end]?.text === '(' && tokens[end + 2]?.text === ')' && tokens[end + 1].kind === 'num' && readSimple(tokens, end + 1)?.value === a.value) end += 3;
        // "25- to 30,000 troops": the first end's thousands held over by a hyphen, as in "two- to three-year".
        const hyphenAt = tokens[end]?.text === '-' && isWord(tokens[end + 1], 'to', 'or') && tokens[end + 2]?.kind === 'num' ? end : -1;
        if (hyphenAt >= 0) end++;
        const join = tokens[end];
        const between = isWord(tokens[first - 1], 'between');
        // "eleven, twelve thousand": speech gives a range as two numbers in words, the scale said once.
        const spoken = join?.text === ',' && tokens[first].kind === 'word' && tokens[end + 1]?.kind === 'word' && a.scale === 1;
        const isJoin =
          join &&
          ((RANGE_DASHES.has(join.text) && (join.text !== '-' || tokens[end + 1]?.kind === 'num' || tokens[first].kind === 'word')) ||
            (isWord(join, 'to', 'or') && !(isWord(join, 'to') && isChange(tokens, first))) ||
            (between && isWord(join, 'and')) ||
            spoken);
        if (isJoin && tokens[end + 1]) {
          let bStart = end + 1;
          if (CURRENCY_SYMBOLS.has(tokens[bStart].text)) bStart++;
          // "from about 9 million to around 12 million": each end hedged on its own; the range keeps the first's.
          else if (join.kind === 'word' && isWord(tokens[bStart], ...RANGE_END_HEDGES) && tokens[bStart + 1]) bStart++;
          // "from 1,000 to as many as 4,000": the top end stressed, still the top end.
          else if (join.kind === 'word' && isWord(tokens[bStart], 'as') && isWord(tokens[bStart + 1], 'many', 'much', 'high') && isWord(tokens[bStart + 2], 'as') && tokens[bStart + 3]) bStart += 3;
          // "from 4,000 to more than 6,000": a top end left open is still the range's top.
          else if (join.kind === 'word' && isWord(tokens[bStart], 'more', 'over', 'upwards') && isWord(tokens[bStart + 1], 'than', 'of') && tokens[bStart + 2]) bStart += 2;
          else if (join.kind === 'word' && isWord(tokens[bStart], 'over', 'above') && tokens[bStart + 1]?.kind === 'num') bStart++;
          // "four, perhaps five thousand men": the spoken second number hedged.
          const hedged = spoken && isWord(tokens[bStart], ...SPOKEN_HEDGES) && tokens[bStart + 1]?.kind === 'word';
          if (hedged) bStart++;
          const b = tokens[bStart] ? readSimple(tokens, bStart) : null;
          // "since February 2022 to 1,007,540": a year is not the low end of a count's range.
          const yearToCount = end - first === 1 && isYearLike(tokens[first]) && !(tokens[bStart] && isYearLike(tokens[bStart]));
          // Spoken, the second number is the next step up: "thirty, forty thousand", never "two, 300 thousand";
          // without a scale, the next ten: "thirty, forty men".
          // Hedged, a small count's next: "two, perhaps three, more divisions".
          const stepUp = (n: number, scale: number) =>
            (scale > 1 && a.value < n / scale && n / scale <= a.value * 2) ||
            (scale === 1 && a.value >= 20 && a.value % 10 === 0 && n === a.value + 10 && n < 100) ||
            (scale === 1 && hedged && a.value >= 2 && a.value < 12 && n === a.value + 1);
          if (b && !yearToCount && (!spoken || stepUp(b.value, b.scale))) {
            let low = a.value;
            if (a.scale === 1 && b.scale > 1 && low * b.scale <= b.value * 10 && low < b.value) low *= b.scale;
            // "10-12,000 troops": the thousands written once, on the top end, as a scale word would be.
            const grouped = b.scale === 1 && /^\d{1,3}(?:,\d{3})+$/.test(tokens[bStart].text) && /^\d{1,3}$/.test(tokens[first].text);
            const implied = grouped ? 10 ** (3 * (tokens[bStart].text.split(',').length - 1)) : 1;
            if (implied > 1 && low * implied < b.value && low * implied * 10 >= b.value) low *= implied;
            if (low < b.value && !(changeBy(tokens, first) && b.value >= 3 * low)) {
              value = { low, high: b.value };
              end = b.end;
            }
          }
        }
        if (hyphenAt >= 0 && end === hyphenAt + 1) end = hyphenAt;
      }
    }
    if (!value) {
      i++;
      continue;
    }

    // Ratios: "one in three", "two of every five", "3 out of 10".
    const r = tokens[end];
    const ratioAt = isWord(r, 'in') ? end + 1 : isWord(r, 'out') && isWord(tokens[end + 1], 'of') ? end + 2 : isWord(r, 'of') && isWord(tokens[end + 1], 'every') ? end + 2 : -1;
    if (ratioAt > 0 && tokens[ratioAt] && tokens[ratioAt].kind !== 'punct') {
      const denominator = readSimple(tokens, ratioAt);
      if (denominator && denominator.value <= 100 && denominator.value > value.high) {
        i = denominator.end;
        continue;
      }
    }

    const isSingleToken = end - first === 1;
    const year = isSingleToken && isYearLike(tokens[first]) && !countNounAhead(tokens, first, end, isCountNoun);
    const yearRange = !isSingleToken && isYearLike(tokens[first]) && isYearLike(tokens[end - 1]);
    // A lone decimal is no count, unless it is thousands grouped by a full stop before a counted noun (readDigits).
    // "roughly 880.000" is thousands however it ends: nobody writes a decimal's three zeros.
    const decimalOnly =
      tokens[first].kind === 'num' && tokens[first].norm.includes('.') && isSingleToken && tokens[first].suffix === '' &&
      !(STOP_GROUPED.test(tokens[first].text) && (stopsGroupThousands || (tokens[end]?.kind === 'word' && isCountNoun(tokens[end].norm)) || tokens[first].text.endsWith('.000')));
    // "one" is most often a pronoun or "a"; but "fired one short-range ballistic missile" counts a launch.
    const launchedOne = tokens[first].norm === 'one' && isWord(tokens[first - 1], ...LAUNCH_VERBS) && !isWord(tokens[first + 1], 'of');
    const loneOne = tokens[first].kind === 'word' && isSingleToken && (tokens[first].norm === 'one' || tokens[first].norm === 'zero') && !launchedOne;
    const ratioX = isWord(tokens[end], 'x', 'times', 'fold');
    if (year || yearRange || decimalOnly || loneOne || ratioX || isExcluded(tokens, first, end, value, isCountNoun)) {
      i = end;
      continue;
    }

    let qualifierFirst = first;
    if (qualifier !== 'vague') {
      const q = qualifierBefore(tokens, first);
      qualifier = q.qualifier;
      qualifierFirst = q.start;
    }
    qualifierFirst = slipBefore(tokens, qualifierFirst);
    let last = end;
    // '"more than 4,000" North Koreans were killed': quotes around a figure alone belong to it, and its noun
    // stands after them.
    const open = tokens[qualifierFirst - 1];
    const close = tokens[last];
    if (open && close && QUOTE_MARKS.has(open.text) && QUOTE_MARKS.has(close.text) && touching(open, tokens[qualifierFirst]) && touching(tokens[last - 1], close)) {
      qualifierFirst--;
      last++;
    }
    let strong = false;
    const next = tokens[last];
    if (next?.text === '-' && touching(tokens[last - 1], next) && tokens[last + 1]?.kind === 'word' && touching(next, tokens[last + 1])) {
      const w = tokens[last + 1].norm;
      if (w === 'strong') strong = true;
      if (w === 'plus') qualifier = 'more-than';
      // "200-ish rounds", "11k-ish".
      if (w === 'ish') qualifier = 'approx';
      // "-shell", "-man" is the counted noun itself and is left for the noun search.
      if (w === 'strong' || w === 'plus' || w === 'odd' || w === 'ish') last += 2;
    } else if (isWord(next, 'plus') && tokens[last + 1]?.kind !== 'num') {
      qualifier = 'more-than';
      last += 1;
    } else if (isWord(next, 'or') && isWord(tokens[last + 1], 'more')) {
      qualifier = 'at-least';
      last += 2;
    } else if (isWord(next, 'or') && isWord(tokens[last + 1], 'so')) {
      qualifier = 'approx';
      last += 2;
    } else if (isWord(next, 'at') && isWord(tokens[last + 1], 'most', 'least') && qualifier === null) {
      // "reckons 15,000 at most", "4,000 at least".
      qualifier = tokens[last + 1].norm === 'most' ? 'up-to' : 'at-least';
      last += 2;
    } else if (isWord(next, 'max', 'maximum', 'tops') && qualifier === null && !isCountNoun(tokens[last + 1]?.norm ?? '')) {
      // "8k max", "15,000 tops": a ceiling said after the count.
      qualifier = 'up-to';
      last += 1;
    } else if (next && QUOTE_MARKS.has(next.text) && touching(tokens[last - 1], next) && nounAfterQuote(tokens, last + 1, isCountNoun) && quoteOpensAt(tokens, qualifierFirst) >= 0) {
      // "'just 1,500' reinforcements": the quote closes on the count, its noun stands after it; the figure reads from
      // the quote's opening.
      last += 1;
      qualifierFirst = quoteOpensAt(tokens, qualifierFirst);
    }
    if (plus) qualifier = 'more-than';
    else if (tokens[end - 1]?.kind === 'num' && tokens[end - 1].suffix.endsWith('ish')) qualifier = 'approx';
    found.push({ value, qualifier, first, last, qualifierFirst, strong });
    i = end;
  }
  return withoutGlosses(tokens, found);
}

/** Words that may stand in a quotation before the count it quotes: "'just 1,500'", "'a mere 50'". */
const QUOTED_HEDGES = new Set(['just', 'only', 'barely', 'merely', 'scarcely', 'a', 'mere']);

/** Where a quotation opens right before a count or its hedge ("'just 1,500'", "“only 50”"), or -1. */
function quoteOpensAt(tokens: Token[], qualifierFirst: number): number {
  for (let k = qualifierFirst - 1; k >= Math.max(0, qualifierFirst - 3); k--) {
    if (QUOTE_MARKS.has(tokens[k].text)) return touching(tokens[k], tokens[k + 1]) ? k : -1;
    if (!isWord(tokens[k], ...QUOTED_HEDGES)) return -1;
  }
  return -1;
}

/** Whether a counted noun follows at tokens[k], after up to two names ("North Korean", "Russian"). */
function nounAfterQuote(tokens: Token[], k: number, isCountNoun: (word: string) => boolean): boolean {
  for (const end = k + 2; k < end && tokens[k]?.kind === 'word' && /^[A-Z]/.test(tokens[k].text) && !isCountNoun(tokens[k].norm); k++);
  return tokens[k]?.kind === 'word' && isCountNoun(tokens[k].norm);
}


/** Whether a quantity is written with a Korean or Chinese magnitude ("120만", "3万"). */
function inCjkNotation(tokens: Token[], q: Quantity): boolean {
  for (let k = q.first; k < q.last; k++) if (tokens[k].kind === 'word' && CJK_SCALES.has(tokens[k].text)) return true;
  return false;
}

/**
 * "around 1,100 casualties (1천1백 명)", "1만 1천 명 (11,000) soldiers": a translated summary repeats a count in
 * the original's notation, in brackets beside the English one. The repeat is no second figure.
 */
function withoutGlosses(tokens: Token[], found: Quantity[]): Quantity[] {
  const twins = (a: Quantity | undefined, b: Quantity) => !!a && a.value.low === b.value.low && a.value.high === b.value.high && !inCjkNotation(tokens, a);
  const bracketBetween = (from: number, to: number) => to - from <= 3 && tokens.slice(from, to).some((t) => t.text === '(' || t.text === ')');
  if (!found.some((q) => inCjkNotation(tokens, q))) return found;
  return found.filter((q, i) => {
    if (!inCjkNotation(tokens, q)) return true;
    const before = found[i - 1];
    const after = found[i + 1];
    return !((twins(before, q) && bracketBetween(before!.last, q.qualifierFirst)) || (twins(after, q) && bracketBetween(q.last, after!.qualifierFirst)));
  });
}
