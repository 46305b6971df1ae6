import { NUMBER_WORDS } from './number-words';
import { CAPTION_STAMP, CUE_TIMING, hyphenWrapEnd, isScaleStop, isSuperscriptDigit } from './tokenize';

/** A sentence's bounds in the document text: [start, end). */
export interface Span {
  start: number;
  end: number;
}

/** A sentence never grows past this; keeps every look-around bounded so scanning stays linear. */
const MAX_SENTENCE = 1200;

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'adm', 'cmdr', 'gov', 'sen', 'rep', 'pres',
  'st', 'no', 'nos', 'vs', 'approx', 'est', 'ca', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov',
  'dec', 'e.g', 'i.e', 'etc', 'fig', 'inc', 'co', 'corp', 'ltd', 'u.s', 'u.k', 'u.n', 'mt', 'ft', 'p', 'pp', 'al',
  'incl', 'excl', 'esp', 'cf', 'para', 'vol', 'ibid', 'resp', 'appr',
  // Translated bulletins' shorthand: "up to 140 pers. of the AFU".
  'pers',
]);

/** Whether `word` (lower case, without its full stop) is an abbreviation whose stop ends no sentence: "incl.". */
export const isAbbreviation = (word: string) => ABBREVIATIONS.has(word);

// Char codes, not one-character strings: these run over every character of a sentence around every figure.
const isSpace = (c: number) => c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009;
/**
 * Line breaks, and the marks that part the items of a ticker, a byline or a list run into one line ("▸ 09:30
 * Typhoon: 2 dead", "By Jane Roe · 7 min read", "Russia • Ukraine"): no sentence runs across them.
 */
const isBreak = (c: number) => c === 10 || c === 13 || c === 0x2029 || c === 0x25b8 || c === 0x25ba || c === 0x25b6 || c === 0x2022 || c === 0xb7;
const isLowerAscii = (c: number) => c >= 97 && c <= 122;
const isAsciiLetterOrDigit = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || isLowerAscii(c);

/** A line shorter than this is a heading, a label or a list item, whatever follows it; wrapped prose runs longer. */
const MIN_WRAPPED_LINE = 40;

/**
 * Whether the line break at text[i] only wraps a sentence: one break after a line of prose that ends in a word or
 * a comma, and a lower-case word after it ("Russia launched thirteen\n  ballistic missiles"). Source HTML and
 * plain text wrap lines so; a new line that starts a list item, a heading or a ticker's next entry starts
 * otherwise, and the short lines of a list or a menu ("troops sent\ncasualties: 4,000") stay apart.
 */
function isSoftWrap(text: string, i: number): boolean {
  // A word hyphenated across the break wraps the line however short it is.
  if (hyphenWrapEnd(text, text.charCodeAt(i) === 10 && text.charCodeAt(i - 1) === 13 ? i - 2 : i - 1, text.length) > 0) return true;
  let p = i - 1;
  while (p >= 0 && isSpace(text.charCodeAt(p))) p--;
  if (text.charCodeAt(p) === 13 && text.charCodeAt(i) === 10 && p === i - 1) p--;
  let n = i + 1;
  if (text.charCodeAt(i) === 13 && text.charCodeAt(n) === 10) n++;
  while (n < text.length && isSpace(text.charCodeAt(n))) n++;
  const before = text.charCodeAt(p);
  // "spoke of 'more than" ⏎ "5,000' North Korean casualties": a count cut after its qualifier goes on in digits.
  const next = text.charCodeAt(n);
  const countGoesOn = next >= 48 && next <= 57 && COUNT_ENDS.has(/([a-z]+)$/.exec(text.slice(Math.max(0, p - 15), p + 1))?.[1] ?? '');
  if (p < 0 || !(isLowerAscii(next) || countGoesOn) || !(isAsciiLetterOrDigit(before) || before === 44)) return false;
  if (opensListItem(text, n)) return false;
  let lineStart = p;
  while (lineStart > 0 && p - lineStart < MIN_WRAPPED_LINE && !isBreak(text.charCodeAt(lineStart - 1))) lineStart--;
  while (lineStart < p && isSpace(text.charCodeAt(lineStart))) lineStart++;
  return p - lineStart >= MIN_WRAPPED_LINE - 1;
}

/** How far into a line a list item's label runs before its dash or colon: "personnel ‒ about 1,050,120". */
const MAX_ITEM_LABEL = 30;

/**
 * Whether the line at text[n] is an item of a list: a short label, then a spaced dash ("tanks — 11,030 (+2)",
 * "personnel ‒ about 1,050,120") or a colon before a number ("casualties: 4,000").
 */
function opensListItem(text: string, n: number): boolean {
  for (let j = n + 1; j < text.length && j - n <= MAX_ITEM_LABEL; j++) {
    const c = text.charCodeAt(j);
    if (c === 10 || c === 13) return false;
    const dash = c === 0x2014 || c === 0x2013 || c === 0x2012;
    // ...a number soon after the dash: "drones – Shahed-type strike drones" goes on with the sentence above.
    if (dash && text.charCodeAt(j - 1) === 32 && text.charCodeAt(j + 1) === 32) return digitSoonAfter(text, j + 2);
    if (c === 58) {
      let k = j + 1;
      while (text.charCodeAt(k) === 32) k++;
      const d = text.charCodeAt(k);
      return (d >= 48 && d <= 57) || d === 126 || d === 0x2248;
    }
  }
  return false;
}

/** How far after a list item's dash its number may start: "personnel ‒ about 1,050,120 (+1,130)". */
const MAX_BEFORE_ITEM_NUMBER = 20;

/** Whether a digit (or "~") stands within MAX_BEFORE_ITEM_NUMBER characters of text[from], on the same line. */
function digitSoonAfter(text: string, from: number): boolean {
  for (let k = from; k < text.length && k - from <= MAX_BEFORE_ITEM_NUMBER; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return false;
    if ((c >= 48 && c <= 57) || c === 126 || c === 0x2248) return true;
  }
  return false;
}

/** Words a line of speech can end on in the middle of a count: "more than six thousand", "losing roughly". */
const COUNT_ENDS: ReadonlySet<string> = new Set([
  ...NUMBER_WORDS.map((w) => w.toLowerCase()),
  'roughly', 'about', 'around', 'some', 'nearly', 'almost', 'approximately', 'than', 'over', 'under', 'least', 'to', 'like', 'of',
]);

/** A cue's number alone on its line, or a blank line. */
const CUE_FILLER = /^[ \t]*\d*[ \t]*\r?$/;

/** The line of text holding position p: [start, end), the end at its line break. */
function lineAt(text: string, p: number): [number, number] {
  const start = text.lastIndexOf('\n', p - 1) + 1;
  const end = text.indexOf('\n', p);
  return [start, end < 0 ? text.length : end];
}

/**
 * Whether the line break at text[i] lies between two cues of subtitles that one sentence runs across: "Pyongyang
 * quietly moved" ⏎⏎ "2" ⏎ "00:00:04,200 --> 00:00:08,000" ⏎ "about 11,000 soldiers into Kursk." The cue's number,
 * its timing and the blank lines are skipped; the text before must not end a sentence, and the text after must go
 * on in lower case.
 */
function acrossCue(text: string, i: number): boolean {
  // Cheap refusal for prose: a cue gap shows a digit or a blank line on one side of the break.
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(i + 1);
  const digitOrBreak = (c: number) => (c >= 48 && c <= 57) || c === 10 || c === 13;
  if (!digitOrBreak(before) && !digitOrBreak(after)) return false;
  // "00:12:43 update says more than six thousand" ⏎ "00:12:45 north korean soldiers have been killed": lines of an
  // auto-generated transcript, each opened by its time stamp and with no stop anywhere. A line goes on from the one
  // before only where a count is cut: the line before ends on a number or its qualifier, or this one opens with a
  // number ("losing roughly" ⏎ "1000 soldiers a day"). Elsewhere each line is read as a sentence, so that a run of
  // speech never becomes one sentence whose figures borrow each other's words.
  const stamp = CAPTION_STAMP.exec(text.slice(i + 1, i + 17));
  if (stamp) {
    const [start, end] = lineAt(text, i);
    if (!CAPTION_STAMP.test(text.slice(start, start + 16))) return false;
    const lastWord = /([a-z0-9]+)[ \t]*$/.exec(text.slice(Math.max(start, end - 24), end))?.[1] ?? '';
    const next = text.charCodeAt(i + 1 + stamp[0].length);
    return (next >= 48 && next <= 57) || /\d$/.test(lastWord) || COUNT_ENDS.has(lastWord);
  }
  let timed = false;
  // Only a line's opening is read: cue numbers and timings are short, a line of prose is long.
  const filler = (start: number, end: number) => {
    if (CUE_TIMING.test(text.slice(start, Math.min(end, start + 40)))) return (timed = true);
    return end - start <= 8 && CUE_FILLER.test(text.slice(start, end));
  };
  let [start, end] = lineAt(text, i);
  // The break ends the line [start, i): walk back over the gap to the last line of text.
  for (let guard = 0; guard < 6 && start > 0 && filler(start, end); guard++) [start, end] = lineAt(text, start - 1);
  if (start === 0 && filler(start, end)) return false;
  let p = end - 1;
  while (p > start && isSpace(text.charCodeAt(p))) p--;
  const last = text.charCodeAt(p);
  if (last === 46 || last === 33 || last === 63 || last === 0x2026 || isCloser(last)) return false;
  [start, end] = lineAt(text, i + 1);
  for (let guard = 0; guard < 6 && end < text.length && filler(start, end); guard++) [start, end] = lineAt(text, end + 1);
  if (!timed) return false;
  // WebVTT's voice tag and a dialogue dash open the line: "<v Anchor>as well as 13 missiles".
  let n = start;
  if (text.charCodeAt(n) === 60) n = text.indexOf('>', n) + 1 || start;
  while (n < end && (isSpace(text.charCodeAt(n)) || text.charCodeAt(n) === 45)) n++;
  const first = text.charCodeAt(n);
  return isLowerAscii(first) || (first >= 48 && first <= 57);
}

/** Whether `c`, at text[i], is a line break or list mark that ends a sentence, not a line that only wraps one. */
const breaksAt = (c: number, text: string, i: number) => isBreak(c) && !((c === 10 || c === 13) && (isSoftWrap(text, i) || acrossCue(text, i)));

/** Closing quotes and brackets that may follow a sentence's full stop: " ” ’ ' ). */
const isCloser = (c: number) => c === 34 || c === 0x201d || c === 0x2019 || c === 39 || c === 41;

const isAsciiLetterOrDot = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;

/** Past footnote marks at text[j]: "[12]", "[a]", "[12][13]", "¹²", as reference works print them after a full stop. */
function skipFootnotes(text: string, j: number): number {
  while (isSuperscriptDigit(text.charCodeAt(j))) j++;
  while (text.charCodeAt(j) === 91) {
    let k = j + 1;
    while (k < text.length && k - j <= 4 && text.charCodeAt(k) !== 93 && !isSpace(text.charCodeAt(k)) && !isBreak(text.charCodeAt(k))) k++;
    if (text.charCodeAt(k) !== 93 || k === j + 1) return j;
    j = k + 1;
  }
  return j;
}

/** Where the stop before closers and footnote marks ending at text[k] stands: `sent.”[12]`, `sent.¹` → the full stop. */
function stopBefore(text: string, k: number, min: number): number {
  for (;;) {
    if (text.charCodeAt(k) === 93) {
      let open = k - 1;
      while (open > min && k - open <= 4 && text.charCodeAt(open) !== 91) open--;
      if (text.charCodeAt(open) !== 91 || open === k - 1) return k;
      k = open - 1;
    } else if (k > min && (isCloser(text.charCodeAt(k)) || isSuperscriptDigit(text.charCodeAt(k)))) k--;
    else return k;
  }
}

/** Whether the period/!/? at text[i] ends a sentence (not "U.S.", "Gen.", "1.28"). */
function endsSentence(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== 46 && c !== 33 && c !== 63) return false;
  let j = skipFootnotes(text, i + 1);
  while (j < text.length && isCloser(text.charCodeAt(j))) j++;
  j = skipFootnotes(text, j);
  if (j < text.length && !isSpace(text.charCodeAt(j)) && !isBreak(text.charCodeAt(j))) return false;
  if (c !== 46) return true;
  let k = i;
  while (k > 0 && isAsciiLetterOrDot(text.charCodeAt(k - 1)) && i - k < 8) k--;
  if (k === i) return true;
  // One letter before the stop is an initial ("N. Korea"), unless digits carry it as a scale ("Some say 9M.").
  const afterDigit = k > 0 && text.charCodeAt(k - 1) >= 48 && text.charCodeAt(k - 1) <= 57;
  if (i - k === 1 && text.charCodeAt(k) !== 46 && !afterDigit) return false;
  return !ABBREVIATIONS.has(text.slice(k, i).toLowerCase()) && !isScaleStop(text, k, i);
}

/** The sentence holding position `at`, never reaching before `floor`. */
export function sentenceAround(text: string, at: number, floor = 0): Span {
  let start = at;
  const minStart = Math.max(floor, at - MAX_SENTENCE);
  while (start > minStart) {
    const prev = text.charCodeAt(start - 1);
    if (breaksAt(prev, text, start - 1)) break;
    if (isSpace(prev) && start - 2 >= minStart && endsSentence(text, stopBefore(text, start - 2, minStart))) break;
    start--;
  }
  let end = at;
  const maxEnd = Math.min(text.length, at + MAX_SENTENCE);
  while (end < maxEnd) {
    const c = text.charCodeAt(end);
    if (breaksAt(c, text, end)) break;
    if ((c === 46 || c === 33 || c === 63) && endsSentence(text, end)) {
      end++;
      while (end < maxEnd && isCloser(text.charCodeAt(end))) end++;
      end = Math.min(maxEnd, skipFootnotes(text, end));
      break;
    }
    end++;
  }
  while (start < end && (isSpace(text.charCodeAt(start)) || isBreak(text.charCodeAt(start)))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/** The sentence before `sentence`, or null at the start of the text. */
export function previousSentence(text: string, sentence: Span): Span | null {
  let i = sentence.start - 1;
  while (i >= 0 && (isSpace(text.charCodeAt(i)) || isBreak(text.charCodeAt(i)))) i--;
  if (i < 0) return null;
  return sentenceAround(text, i);
}

/** The sentence after `sentence`, or null at the end of the text. */
export function nextSentence(text: string, sentence: Span): Span | null {
  let i = sentence.end;
  while (i < text.length && (isSpace(text.charCodeAt(i)) || isBreak(text.charCodeAt(i)))) i++;
  if (i >= text.length) return null;
  return sentenceAround(text, i);
}
