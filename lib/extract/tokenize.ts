import { ABBREVIATED_SCALES, CJK_SCALES } from './number-words';
import { SLIP_LENGTHS, spelledAs } from './spelling';
/** One token of a sentence. Offsets are into the whole document text, so spans map straight back to the page. */
export interface Token {
  kind: 'num' | 'word' | 'punct';
  /** The token as written. */
  text: string;
  /** Lower-case word with a possessive 's stripped; for numbers, the digits without separators. */
  norm: string;
  start: number;
  end: number;
  /** Letters glued to the end of a number ("12m", "810th", "152mm"), lower-case; "" when none. */
  suffix: string;
  /** The word ended in a possessive 's / ’s. */
  possessive: boolean;
}

const GROUP_SPACES = new Set([' ', '\u00a0', '\u202f', '\u2009']);

const isDigit = (c: number) => c >= 48 && c <= 57;
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const LETTER = /\p{L}|\p{M}/u;
const isLetter = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return isAsciiLetter(c) || (c > 127 && LETTER.test(text[i]));
};
const isApostrophe = (ch: string) => ch === "'" || ch === '’';
/**
 * Characters a page hides inside words: a soft hyphen (U+00AD, where a line may break), zero-width joiners and
 * the word joiner. A word runs on through them; they are no part of its `norm`.
 */
const isHiddenInWord = (c: number) => c === 0xad || c === 0x200c || c === 0x200d || c === 0x2060;
const HIDDEN_IN_WORD = /[\u00ad\u200c\u200d\u2060]|-\r?\n/g;

/**
 * Of the scales abbreviated with a full stop (ABBREVIATED_SCALES), the ones only a word-for-word translation writes,
 * which never end a sentence: "70 thsd. Russian servicemen".
 */
const THOUSANDS = new Set(['thous', 'thou', 'thsd', 'ths']);

/**
 * Whether the full stop at text[i], after the word text[from, i), only abbreviates a scale: "thsd.", or another
 * scale when the sentence goes on in lower case ("about 12 mln. artillery rounds"); "worth 2 mln. The next day"
 * ends one.
 */
export function isScaleStop(text: string, from: number, i: number): boolean {
  if (text.charCodeAt(i) !== 46 || i - from > 5) return false;
  const word = text.slice(from, i).toLowerCase();
  if (!ABBREVIATED_SCALES.has(word)) return false;
  let j = i + 1;
  while (text.charCodeAt(j) === 32) j++;
  const c = text.charCodeAt(j);
  return j > i + 1 && ((c >= 97 && c <= 122) || (THOUSANDS.has(word) && ((c >= 65 && c <= 90) || c > 127)));
}

/**
 * Where a word broken across lines by a hyphen goes on ("kill-\ned", as text copied from a PDF or a printed page
 * holds it), or -1: a hyphen ending the line, then a lower-case letter opening the next.
 */
export function hyphenWrapEnd(text: string, i: number, end: number): number {
  if (text.charCodeAt(i) !== 45) return -1;
  let j = i + 1;
  if (text.charCodeAt(j) === 13) j++;
  if (text.charCodeAt(j) !== 10) return -1;
  j++;
  const c = text.charCodeAt(j);
  return j < end && c >= 97 && c <= 122 ? j : -1;
}
/** A zero-width space and a byte-order mark only separate, as a space does. */
const isInvisibleSpace = (c: number) => c === 0x200b || c === 0xfeff;
/** "☠️ 600 — soldiers killed": the selector that draws a symbol as an emoji (U+FE00–FE0F) is no word of its own. */
const isVariationSelector = (c: number) => c >= 0xfe00 && c <= 0xfe0f;
/** "KN‑23": a hyphen (U+2010) or a non-breaking hyphen (U+2011) is read as the plain one. */
const isHyphen = (c: number) => c === 0x2010 || c === 0x2011;

/** True when text[i..] is exactly three digits not followed by another digit. */
function threeDigitsAt(text: string, i: number, end: number): boolean {
  return (
    i + 3 <= end &&
    isDigit(text.charCodeAt(i)) &&
    isDigit(text.charCodeAt(i + 1)) &&
    isDigit(text.charCodeAt(i + 2)) &&
    !(i + 3 < end && isDigit(text.charCodeAt(i + 3)))
  );
}

/** Scales a decimal comma may stand before: "1,5 million", "2,3 mln", "1,28m", "4,7 thousand", "4,7 ths.". */
const COMMA_DECIMAL_SCALES = new Set([
  'million', 'millions', 'mln', 'mn', 'm', 'mio', 'billion', 'bn', 'bln', 'thousand', 'thousands', 'thous', 'thou', 'thsd', 'ths',
  'lakh', 'lakhs', 'crore', 'crores',
]);
/** The word right after a decimal comma's digits, glued or after one space. */
const WORD_AFTER = /^ ?([a-z]+)/i;

/** South Asian grouping after the first one or two digits: ",10,000" in "1,10,000", ",50,00,000" in "2,50,00,000". */
const LAKH_GROUPS = /^(?:,\d\d)+,\d{3}(?!\d)/;

/** Fractions written as one character after the digits: "1½ million", "2¾". */
const VULGAR_FRACTIONS: ReadonlyMap<string, string> = new Map([['½', '5'], ['¼', '25'], ['¾', '75']]);

/** Whether the comma at `i` is a decimal one: one or two digits after it, then a scale ("1,5 million"). */
function decimalCommaAt(text: string, i: number, end: number): boolean {
  let j = i + 1;
  while (j < end && j <= i + 2 && isDigit(text.charCodeAt(j))) j++;
  if (j === i + 1 || (j < end && isDigit(text.charCodeAt(j)))) return false;
  const word = WORD_AFTER.exec(text.slice(j, Math.min(end, j + 14)))?.[1].toLowerCase();
  // A scale typed with a slip counts too: "8,7 milion".
  return !!word && (COMMA_DECIMAL_SCALES.has(word) || COMMA_DECIMAL_SCALES.has(spelledAs(word)));
}

function readNumber(text: string, i: number, end: number): Token {
  const start = i;
  while (i < end && isDigit(text.charCodeAt(i))) i++;
  const leadDigits = i - start;
  let grouped = false;
  let decimal = false;
  for (;;) {
    const ch = text[i];
    // Checked only where a second comma follows two digits: "11,000" never pays for the slice.
    const lakhs = ch === ',' && !decimal && !grouped && leadDigits <= 2 && text.charCodeAt(i + 3) === 44 ? LAKH_GROUPS.exec(text.slice(i, Math.min(end, i + 24))) : null;
    if (lakhs) {
      i += lakhs[0].length;
      grouped = true;
    } else if (ch === ',' && !decimal && threeDigitsAt(text, i + 1, end)) {
      i += 4;
      grouped = true;
    } else if (GROUP_SPACES.has(ch) && !decimal && (grouped || leadDigits <= 3) && threeDigitsAt(text, i + 1, end) && !(grouped && text[start + leadDigits] === ',')) {
      // "11 000": space-grouped thousands; only when the groups are exactly three digits long.
      i += 4;
      grouped = true;
    } else if ((ch === "'" || ch === '’') && !decimal && (grouped ? text[start + leadDigits] === ch : leadDigits <= 3) && threeDigitsAt(text, i + 1, end)) {
      // "11'000": Swiss grouping with an apostrophe.
      i += 4;
      grouped = true;
    } else if (ch === '.' && !decimal && (grouped ? text[start + leadDigits] === '.' : leadDigits <= 3) && threeDigitsAt(text, i + 1, end) && (grouped || (text[i + 4] === '.' && threeDigitsAt(text, i + 5, end)))) {
      // "1.280.000": full stops grouping thousands, two groups or more (one alone may be a decimal: "11.000").
      i += 4;
      grouped = true;
    } else if (ch === '.' && !decimal && !grouped && i + 1 < end && isDigit(text.charCodeAt(i + 1))) {
      i++;
      while (i < end && isDigit(text.charCodeAt(i))) i++;
      decimal = true;
    } else if (ch === ',' && !decimal && !grouped && leadDigits <= 3 && decimalCommaAt(text, i, end)) {
      // "1,5 million shells": a decimal comma, as much of Europe writes one, before a scale.
      i++;
      while (i < end && isDigit(text.charCodeAt(i))) i++;
      decimal = true;
    } else if (!decimal && !grouped && VULGAR_FRACTIONS.has(ch)) {
      i++;
      decimal = true;
    } else break;
  }
  const numEnd = i;
  while (i < end && isAsciiLetter(text.charCodeAt(i))) i++;
  if (i < end && text[i] === '+') i++;
  const raw = text.slice(start, numEnd);
  return {
    kind: 'num',
    text: text.slice(start, i),
    norm: grouped ? raw.replace(/\D/g, '') : raw.replace(',', '.').replace(/[½¼¾]/, (f) => `.${VULGAR_FRACTIONS.get(f)}`).replace(/[^\d.]/g, ''),
    start,
    end: i,
    suffix: text.slice(numEnd, i).toLowerCase(),
    possessive: false,
  };
}

/** Below this code point no character is a Korean or Chinese magnitude: most words skip the lookup. */
const CJK_FIRST = 0x3000;

function readWord(text: string, i: number, end: number): Token {
  const start = i;
  let hidden = false;
  // "1천1백", "3백만", "1만명": a Korean or Chinese magnitude glued to digits is a word of its own, as "thousand"
  // would be.
  const cjkScale = text.charCodeAt(i) >= CJK_FIRST && CJK_SCALES.has(text[i]) && i > 0 && (isDigit(text.charCodeAt(i - 1)) || CJK_SCALES.has(text[i - 1]));
  if (cjkScale) i++;
  while (i < end && !cjkScale) {
    if (isLetter(text, i) || isDigit(text.charCodeAt(i))) i++;
    else if (isHiddenInWord(text.charCodeAt(i)) && i + 1 < end && isLetter(text, i + 1)) {
      hidden = true;
      i++;
    }
    else if (isApostrophe(text[i]) && i + 1 < end && isLetter(text, i + 1)) i++;
    else if (text.charCodeAt(i) === 45 && hyphenWrapEnd(text, i, end) > 0) {
      // "kill-\ned": the hyphen and the line break are hidden as a soft hyphen is.
      hidden = true;
      i = hyphenWrapEnd(text, i, end);
    }
    else if (text[i] === '.' && i + 1 < end && isAsciiLetter(text.charCodeAt(i + 1)) && i + 2 <= end && text[i + 2] === '.') {
      // Dotted abbreviations such as "U.S." stay one word.
      i += 3;
    } else break;
  }
  const word = text.slice(start, i);
  const stop = text.charCodeAt(i) === 46 && isScaleStop(text, start, i);
  if (stop) i++;
  let norm = hidden ? word.replace(HIDDEN_IN_WORD, '').toLowerCase() : word.toLowerCase();
  let possessive = false;
  const last = norm.charCodeAt(norm.length - 1);
  // Only words ending in an apostrophe form or holding a dot need rewriting; most words are returned as read.
  if (last === 115 /* s */ || last === 39 || last === 0x2019 || norm.includes('.')) {
    norm = norm.replace(/’/g, "'");
    if (norm.endsWith("'s")) {
      norm = norm.slice(0, -2);
      possessive = true;
    } else if (norm.endsWith("s'")) {
      norm = norm.slice(0, -1);
      possessive = true;
    }
    norm = norm.replace(/\./g, '');
  }
  if (norm.length >= SLIP_LENGTHS.min && norm.length <= SLIP_LENGTHS.max) norm = spelledAs(norm);
  return { kind: 'word', text: stop ? `${word}.` : word, norm, start, end: i, suffix: '', possessive };
}

const isBlankAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return Number.isNaN(c) || c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
};

/** Spaces in a row that part two cells of a table laid out with spaces, as text copied from a PDF holds one. */
const MIN_SPACE_BAR = 3;
/** A line longer than this is prose, not a row of a table laid out with spaces. */
const MAX_SPACED_ROW = 200;

/** Whether a run of spaces at text[i] parts two cells' text on its line. */
function spaceRunAt(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 32 || isBlankAt(text, i - 1)) return false;
  let j = i + 1;
  while (text.charCodeAt(j) === 32) j++;
  return j - i >= MIN_SPACE_BAR && !isBlankAt(text, j);
}

/** The bounds of the line holding text[i], or null when it runs longer than `max`: the scan stops there. */
export function lineAround(text: string, i: number, max: number): [number, number] | null {
  let start = i;
  while (start > 0 && text.charCodeAt(start - 1) !== 10) {
    start--;
    if (i - start > max) return null;
  }
  let end = i;
  while (end < text.length && text.charCodeAt(end) !== 10) {
    end++;
    if (end - start > max) return null;
  }
  return [start, end];
}

/** The bounds of the line holding text[i], or null when it runs longer than a row of a table. */
const rowAround = (text: string, i: number) => lineAround(text, i, MAX_SPACED_ROW);

/**
 * Whether two spaces at text[i] part two cells of a row whose cell opens where a cell of the line above or below
 * opens after a wider gap: "Active personnel   1,280,000" over "Reserve personnel  600,000", a longer label
 * leaving its value two spaces. Two spaces after a full stop are a sentence's.
 */
function alignedRunAt(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 32 || text.charCodeAt(i + 1) !== 32 || isBlankAt(text, i - 1) || isBlankAt(text, i + 2)) return false;
  const before = text.charCodeAt(i - 1);
  if (before === 46 || before === 33 || before === 63) return false;
  knowText(text);
  let known = alignedRuns.get(i);
  if (known === undefined) alignedRuns.set(i, (known = cellsAlignAt(text, i)));
  return known;
}

/** Whether the cell after the two spaces at text[i] opens where the line above's or below's does. */
function cellsAlignAt(text: string, i: number): boolean {
  const row = rowAround(text, i);
  if (!row) return false;
  const column = i + 2 - row[0];
  return (row[0] >= 2 && cellOpensAt(text, rowAround(text, row[0] - 2), column)) || (row[1] + 1 < text.length && cellOpensAt(text, rowAround(text, row[1] + 1), column));
}

/** Whether, on the row `line` (none when it runs too long), a cell opens at `column` after a gap of three spaces or more. */
function cellOpensAt(text: string, line: [number, number] | null, column: number): boolean {
  const at = line ? line[0] + column : -1;
  if (!line || at >= line[1] || isBlankAt(text, at) || text.charCodeAt(at - 1) !== 32) return false;
  let k = at - 1;
  while (text.charCodeAt(k - 1) === 32) k--;
  return at - k >= MIN_SPACE_BAR && k > line[0];
}

/**
 * What is known of the text last asked about: by a row's start, whether the row is laid out with spaces, and by a
 * position, whether two spaces there part aligned cells. A page's text is tokenized sentence by sentence, and each
 * sentence of a table asks this of its own rows and of the rows around it again.
 */
let knownText: string | null = null;
const spacedRows = new Map<number, boolean>();
const alignedRuns = new Map<number, boolean>();

/** Forgets what is known when another text is asked about. */
function knowText(text: string): void {
  if (text === knownText) return;
  knownText = text;
  spacedRows.clear();
  alignedRuns.clear();
}

/** Whether the line holding text[i] is a row laid out with spaces. */
function isSpacedRow(text: string, i: number): boolean {
  const row = rowAround(text, i);
  if (!row) return false;
  knowText(text);
  const known = spacedRows.get(row[0]);
  if (known !== undefined) return known;
  let spaced = false;
  for (let k = row[0]; k < row[1] && !spaced; k++) spaced = spaceRunAt(text, k) || alignedRunAt(text, k);
  spacedRows.set(row[0], spaced);
  return spaced;
}

/**
 * Whether a line next to the one holding text[i], across one blank line at most, is laid out with spaces too: one
 * line with a wide gap is a page's running header ("ANNEX C — MUNITIONS TRANSFERS        41"), two or more a table.
 */
function besideSpacedRow(text: string, i: number): boolean {
  const row = rowAround(text, i);
  if (!row) return false;
  const [start, end] = row;
  const above = start >= 2 && text.charCodeAt(start - 2) === 10 ? start - 3 : start - 2;
  const below = end + 1 < text.length && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
  return (above >= 0 && isSpacedRow(text, above)) || (below < text.length && isSpacedRow(text, below));
}

/**
 * Whether text[i] parts two cells of a row: a "|"; a tab between two cells' text ("Artillery systems\tmore than
 * 11,000"), as a spreadsheet's rows are pasted; or the first of three spaces or more between two cells' text
 * ("Artillery shells      9,000,000"), as a table laid out in plain text aligns its columns. A tab or spaces
 * that indent a line, follow a label's colon, or are the two some writers put after a full stop only separate words.
 */
export function isCellBar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 124) return true;
  // "Active KPA personnel:\t~1.28 million": after a label's colon, a tab or spaces only align its value.
  if (text.charCodeAt(i - 1) === 58) return false;
  if (c === 9) return !isBlankAt(text, i - 1) && !isBlankAt(text, i + 1);
  return (spaceRunAt(text, i) || alignedRunAt(text, i)) && besideSpacedRow(text, i);
}

/** A subtitle cue's timing line: "00:00:04,200 --> 00:00:08,000" (SRT), "00:03.600 --> 00:07.900" (WebVTT). */
export const CUE_TIMING = /^[ \t]*(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}[ \t]*-->/;
/**
 * An auto-generated transcript's time stamp opening a line of lower-case speech: "00:12:45 north korean soldiers have
 * been killed". Read as space, like a cue's timing, so that a phrase cut across lines reads as one.
 */
export const CAPTION_STAMP = /^(?:\d{1,2}:)?\d{1,2}:\d{2}[ \t]+(?=[a-z])/;
/** How much of a line's opening says whether it is a cue's timing. */
const CUE_PREFIX = 40;
/** A WebVTT voice tag opening a cue's line: "<v Anchor>". */
const VOICE_TAG = /^<v(?:\.[\w.-]+)?[ \t][^>\n]{1,40}>/;

/**
 * Where the header of a subtitle cue that starts at text[i] ends: its number, its timing line, or the voice tag that
 * opens its text. They are read as space, so a sentence across two cues reads as one and no cue's number is a count.
 * `i` itself when no header starts there.
 */
function cueHeaderEnd(text: string, i: number, to: number): number {
  const lineEnd = (p: number) => {
    const n = text.indexOf('\n', p);
    return n < 0 || n > to ? to : n;
  };
  if (text.charCodeAt(i) === 60) {
    const tag = VOICE_TAG.exec(text.slice(i, i + 48));
    return tag ? i + tag[0].length : i;
  }
  // Only a line's opening is read: a timing line is short, and a long line of prose is none.
  const end = lineEnd(i);
  if (CUE_TIMING.test(text.slice(i, Math.min(end, i + CUE_PREFIX)))) return end;
  const stamp = CAPTION_STAMP.exec(text.slice(i, Math.min(end, i + 16)));
  if (stamp) return i + stamp[0].length;
  // The cue's number alone on its line, then its timing.
  if (end - i <= 6 && /^\d{1,5}\r?$/.test(text.slice(i, end)) && end < to && CUE_TIMING.test(text.slice(end + 1, Math.min(to, end + 1 + CUE_PREFIX)))) return lineEnd(end + 1);
  return i;
}

/**
 * Superscript digits: the footnote marks reports print after a figure ("some 4,700⁵ are thought …"). They are read
 * as space, so a count keeps its verb and no mark is a count.
 */
export const isSuperscriptDigit = (c: number) => c === 0xb9 || c === 0xb2 || c === 0xb3 || c === 0x2070 || (c >= 0x2074 && c <= 0x2079);

/** Splits text[from, to) into words, numbers and punctuation; whitespace only separates. Linear in the length. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  let cueEnd = from;
  let insertionEnd = 0;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 32 && text.charCodeAt(i + 1) !== 32) {
      // Most spaces part two words, and nothing more needs asking of them.
      i++;
    } else if ((c === 9 || c === 32) && isCellBar(text, i)) {
      // A tab or a run of spaces between cells reads as the "|" a table written as text uses.
      tokens.push({ kind: 'punct', text: '|', norm: '|', start: i, end: i + 1, suffix: '', possessive: false });
      i++;
    } else if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2029 || isInvisibleSpace(c) || isVariationSelector(c) || isSuperscriptDigit(c)) {
      i++;
    } else if (isHyphen(c)) {
      tokens.push({ kind: 'punct', text: '-', norm: '-', start: i, end: i + 1, suffix: '', possessive: false });
      i++;
    } else if ((c === 60 || isDigit(c)) && (i === 0 || text.charCodeAt(i - 1) === 10) && (cueEnd = cueHeaderEnd(text, i, to)) > i) {
      i = cueEnd;
    } else if (isDigit(c)) {
      const t = readNumber(text, i, to);
      tokens.push(t);
      i = t.end;
    } else if (isLetter(text, i)) {
      const t = readWord(text, i, to);
      tokens.push(t);
      i = t.end;
    } else if (c === 91 && (insertionEnd = editorialInsertionEnd(text, i, to)) > 0) {
      // "several hundred [North Korean] casualties", "nearer 80,000 [men]": an editor's words read as the text's own.
      tokens.push(...tokenize(text, i + 1, insertionEnd));
      i = insertionEnd + 1;
    } else {
      // A figure dash or a horizontal bar ("personnel ‒ 1,050,120") reads as the en dash lists and ranges use.
      const mark = c === 0x2012 || c === 0x2015 ? '–' : text[i];
      tokens.push({ kind: 'punct', text: mark, norm: mark, start: i, end: i + 1, suffix: '', possessive: false });
      i++;
    }
  }
  return tokens;
}

/** The longest editor's insertion in square brackets read as words of the text: "[the North Korean soldiers]". */
const MAX_INSERTION = 40;

/**
 * Where the editor's insertion opened by the "[" at text[open] closes, or 0: words in square brackets, two letters or
 * more, never a citation mark ("[12]", "[a]") or a number ("[23 killed]").
 */
function editorialInsertionEnd(text: string, open: number, to: number): number {
  const limit = Math.min(to, open + MAX_INSERTION);
  let letters = 0;
  for (let k = open + 1; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (c === 93) return letters >= 2 ? k : 0;
    if (isLetter(text, k)) letters++;
    else if (c !== 32 && c !== 45 && c !== 39 && c !== 0x2019) return 0;
  }
  return 0;
}

/** Two tokens touch when nothing, not even a space, stands between them ("KN" "-" "23"). */
export const touching = (a: Token | undefined, b: Token | undefined) => !!a && !!b && a.end === b.start;
