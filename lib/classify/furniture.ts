// Page furniture: lines whose numbers count nothing, whatever the sentences around them count.
import { lineAround } from '../extract/tokenize';

/** The longest line read as a web address: a search result's breadcrumb or a pasted link. */
const MAX_ADDRESS_LINE = 300;
const ADDRESS = /^\s*(?:https?:\/\/|www\.)\S/i;

/**
 * Whether text[at] stands on a line that opens with a web address ("https://www.example.com › society › 3391207",
 * a search result's breadcrumb): its numbers are a page's id, a date or a path, never a count.
 */
export function onAddressLine(text: string, at: number): boolean {
  const bounds = lineAround(text, at, MAX_ADDRESS_LINE);
  return !!bounds && ADDRESS.test(text.slice(bounds[0], Math.min(bounds[1], bounds[0] + 16)));
}

/**
 * A footnote rule: a line of five or more underscores, as PDFs and plain text set above their notes; or of dashes
 * after a blank line (under a line of text, dashes underline a heading: "Losses ⏎ ------").
 */
const UNDERSCORE_RULE = /^[ \t]*_{5,}[ \t]*$/;
const DASH_RULE = /^[ \t]*[-–—]{5,}[ \t]*$/;
/** A footnote's line: its number, then the note, which opens with a capital ("22 See Chapter 2", "23 NIS briefing"). */
const NOTE_LINE = /^([ \t]*)\d{1,3}[ \t]+\p{Lu}/u;
/** How far above a note its rule may stand: a page's notes run a few lines. */
const MAX_NOTES_ABOVE = 1500;
const MAX_NOTE_LINE = 400;

/**
 * Whether text[at] is the number that opens a footnote: a line opened by a number, under a footnote rule with only
 * such lines (and their wrapped continuations) between ("_______________ ⏎ 22 See Chapter 2, pp. 31–44.").
 */
export function opensFootnote(text: string, at: number): boolean {
  const line = lineAround(text, at, MAX_NOTE_LINE);
  const note = line ? NOTE_LINE.exec(text.slice(line[0], line[1])) : null;
  if (!line || !note || line[0] + note[1].length !== at) return false;
  let end = line[0] - 1;
  while (end > 0 && line[0] - end < MAX_NOTES_ABOVE) {
    const above = lineAround(text, end - 1, MAX_NOTE_LINE);
    if (!above) return false;
    const body = text.slice(above[0], above[1]);
    if (UNDERSCORE_RULE.test(body)) return true;
    if (DASH_RULE.test(body)) return above[0] === 0 || /\n[ \t\r]*\n$/.test(text.slice(Math.max(0, above[0] - 8), above[0]));
    if (body.trim() === '') return false;
    end = above[0] - 1;
  }
  return false;
}
