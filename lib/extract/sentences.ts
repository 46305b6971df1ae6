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
]);

const isSpace = (ch: string | undefined) =>
  ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\u202f' || ch === '\u2009';
const isBreak = (ch: string | undefined) => ch === '\n' || ch === '\r' || ch === '\u2029';

const isAsciiLetterOrDot = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;

/** Whether the period/!/? at text[i] ends a sentence (not "U.S.", "Gen.", "1.28"). */
function endsSentence(text: string, i: number): boolean {
  const ch = text[i];
  if (ch !== '.' && ch !== '!' && ch !== '?') return false;
  let j = i + 1;
  while (j < text.length && (text[j] === '"' || text[j] === '”' || text[j] === '’' || text[j] === "'" || text[j] === ')')) j++;
  if (j < text.length && !isSpace(text[j]) && !isBreak(text[j])) return false;
  if (ch !== '.') return true;
  let k = i;
  while (k > 0 && isAsciiLetterOrDot(text.charCodeAt(k - 1)) && i - k < 8) k--;
  const word = text.slice(k, i).toLowerCase();
  if (word.length === 1 && word !== '.') return false;
  if (ABBREVIATIONS.has(word)) return false;
  return true;
}

/** The sentence holding position `at`, never reaching before `floor`. */
export function sentenceAround(text: string, at: number, floor = 0): Span {
  let start = at;
  const minStart = Math.max(floor, at - MAX_SENTENCE);
  while (start > minStart) {
    const prev = text[start - 1];
    if (isBreak(prev)) break;
    if (isSpace(prev) && start - 2 >= minStart && endsSentence(text, start - 2)) break;
    start--;
  }
  let end = at;
  const maxEnd = Math.min(text.length, at + MAX_SENTENCE);
  while (end < maxEnd) {
    if (isBreak(text[end])) break;
    if (endsSentence(text, end)) {
      end++;
      while (end < maxEnd && /["”’')]/.test(text[end])) end++;
      break;
    }
    end++;
  }
  while (start < end && (isSpace(text[start]) || isBreak(text[start]))) start++;
  return { start, end };
}

/** The sentence before `sentence`, or null at the start of the text. */
export function previousSentence(text: string, sentence: Span): Span | null {
  let i = sentence.start - 1;
  while (i >= 0 && (isSpace(text[i]) || isBreak(text[i]))) i--;
  if (i < 0) return null;
  return sentenceAround(text, i);
}

/** The sentence after `sentence`, or null at the end of the text. */
export function nextSentence(text: string, sentence: Span): Span | null {
  let i = sentence.end;
  while (i < text.length && (isSpace(text[i]) || isBreak(text[i]))) i++;
  if (i >= text.length) return null;
  return sentenceAround(text, i);
}
