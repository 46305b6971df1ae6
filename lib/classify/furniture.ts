// Page furniture: lines whose numbers count nothing, whatever the sentences around them count: web addresses,
// footnotes, crossword clues.
import { lineAround } from '../extract/tokenize';

/** Lines that open with a web address: a search result's breadcrumb or a pasted link. */
const ADDRESS_LINES = /^[ \t]*(?:https?:\/\/|www\.)\S.*$/gim;

/**
 * `read` remembered for the last text it was asked about: a page's figures ask, one after another, about the same
 * text, which is read once, not once for each of them.
 */
function forLastText<T>(read: (text: string) => T): (text: string) => T {
  let last: { text: string; value: T } | undefined;
  return (text) => {
    if (last?.text !== text) last = { text, value: read(text) };
    return last.value;
  };
}

/** A text's address lines, as [start, end] pairs in order. */
const addressLines = forLastText((text) => {
  const bounds: number[] = [];
  for (const m of text.matchAll(ADDRESS_LINES)) bounds.push(m.index, m.index + m[0].length);
  return bounds;
});

/**
 * Whether text[at] stands on a line that opens with a web address ("https://www.example.com › society › 3391207",
 * a search result's breadcrumb): its numbers are a page's id, a date or a path, never a count.
 */
export function onAddressLine(text: string, at: number): boolean {
  const bounds = addressLines(text);
  let low = 0;
  let high = bounds.length / 2;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (bounds[2 * mid + 1] < at) low = mid + 1;
    else high = mid;
  }
  return low < bounds.length / 2 && bounds[2 * low] <= at;
}

/**
 * A footnote rule: a line of five or more underscores, as PDFs and plain text set above their notes; or of dashes
 * after a blank line (under a line of text, dashes underline a heading: "Losses ⏎ ------").
 */
const UNDERSCORE_RULE = /^[ \t]*_{5,}[ \t]*$/;
const DASH_RULE = /^[ \t]*[-–—]{5,}[ \t]*$/;
/** A footnote's opening: its number, then the note, opening with a capital ("22 See Chapter 2", "23 NIS briefing"). */
const NOTE_OPENING = /^\d{1,3}[ \t]+\p{Lu}/u;
/** A line of the notes: another note, or a note's wrapped line, indented. */
const NOTE_OR_CONTINUATION = /^(?:[ \t]*\d{1,3}[ \t]+\S|[ \t]+\S)/;
/** How far above a note its rule may stand: a page's notes run a few lines. */
const MAX_NOTES_ABOVE = 1500;
const MAX_NOTE_LINE = 400;

/**
 * Whether text[at] is the number that opens a footnote: a line opened by a number, under a footnote rule with only
 * such lines (and their wrapped continuations) between ("_______________ ⏎ 22 See Chapter 2, pp. 31–44.").
 */
export function opensFootnote(text: string, at: number): boolean {
  let start = at;
  while (start > 0 && start > at - 8 && (text.charCodeAt(start - 1) === 32 || text.charCodeAt(start - 1) === 9)) start--;
  if ((start > 0 && text.charCodeAt(start - 1) !== 10) || !NOTE_OPENING.test(text.slice(at, at + 8))) return false;
  let end = start - 1;
  while (end > 0 && start - end < MAX_NOTES_ABOVE) {
    const above = lineAround(text, end - 1, MAX_NOTE_LINE);
    if (!above) return false;
    const body = text.slice(above[0], above[1]);
    if (UNDERSCORE_RULE.test(body)) return true;
    if (DASH_RULE.test(body)) return above[0] === 0 || /\n[ \t\r]*\n$/.test(text.slice(Math.max(0, above[0] - 8), above[0]));
    // Only notes and their indented continuations stand between a note and its rule.
    if (!NOTE_OR_CONTINUATION.test(body)) return false;
    end = above[0] - 1;
  }
  return false;
}

/** A crossword's clue line: its number, the clue, and the answer's letters in brackets ("9 Order to retreat (7)"). */
const CLUE_LINE = /^[ \t]*\d{1,2}[ \t]+\p{L}.*\([ \t]*\d{1,2}(?:[,-][ \t]*\d{1,2})*[ \t]*\)[ \t]*$/u;
/** The heading a crossword's clues stand under. */
const CLUE_HEADING = /^[ \t]*(?:across|down)[ \t]*:?[ \t]*$/im;
/** The longest line read as a clue. */
const MAX_CLUE = 200;
const hasClueHeading = forLastText((text) => CLUE_HEADING.test(text));

/**
 * Whether the line holding text[at] is a crossword clue under an "Across" or "Down" heading: "3 A thousand troops
 * on the march? Just a minute! (6)" counts letters, and its troops are wordplay.
 */
export function inCrosswordClue(text: string, at: number): boolean {
  if (!hasClueHeading(text)) return false;
  const bounds = lineAround(text, at, MAX_CLUE);
  const line = bounds ? text.slice(bounds[0], bounds[1]).trimEnd() : '';
  return line.endsWith(')') && CLUE_LINE.test(line);
}
