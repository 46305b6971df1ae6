// A table written as text, one row a line and its cells parted by "|" or tabs, names what a column counts once, in its
// header line ("Source | Artillery shells | Ballistic missiles"); the rows under it hold bare counts ("South Korean
// military (late 2024) | 9 million | 100+"). A page's own <table> gets the same from collect/text-index.ts, which
// writes a column's heading before each of its cells.
import { type Token, isCellBar, tokenize } from '../extract/tokenize';
import { type Caption, senseNamed, titleOwner } from './caption';

/** A table taller than this is read only as far up as this many lines for its header. */
const MAX_ROWS = 60;

/** Headings of a column that says who gives a row's figures: "Source", "According to", "Estimate by". */
const SOURCE_HEADING = /^(?:sources?|according to|estimates? by|estimated by|by|who|cited by|reported by)$/i;

/** The header line's cells over the row at `lineStart`, or null when that line is no row under a header. */
function headerCells(text: string, lineStart: number): Array<{ from: number; text: string }> | null {
  if (!hasBar(text, lineStart, lineEnd(text, lineStart))) return null;
  // The header is the first line of the run of lines with cells that this row ends; blank lines between rows (as
  // a page's table is collected) do not end the run. Lines are read in place, never copied.
  let header = -1;
  for (let start = lineStart, rows = 0; start > 0 && rows < MAX_ROWS; rows++) {
    const above = text.lastIndexOf('\n', start - 2) + 1;
    const end = start - 1;
    start = above;
    if (isBlank(text, above, end) || isRule(text, above, end)) continue;
    if (!hasBar(text, above, end)) break;
    header = above;
  }
  if (header < 0) return null;
  const cells = cellsOf(text, header);
  // A line of labelled counts ("Killed: 2,000 | Wounded: 2,700", a dashboard's) names its own cells and heads no
  // column: the lines under it label theirs too.
  return cells.some((c) => LABELLED_COUNT.test(c.text)) ? null : cells;
}

/** A cell that labels its own count: "Sappers: 1,000", "Deployed (initial, 2024): 11,000". */
const LABELLED_COUNT = /:\s*[~≈+]?\d/;

/** The first cell bar ("|" or a tab between cells) in text[from, to), or -1. */
function barIn(text: string, from: number, to: number): number {
  for (let k = from; k < to; k++) if (isCellBar(text, k)) return k;
  return -1;
}

const hasBar = (text: string, from: number, to: number) => barIn(text, from, to) >= 0;

/** A line that only rules the header off its rows: "----+-----", "|---|:--:|", "=====". */
function isRule(text: string, from: number, to: number): boolean {
  let marks = 0;
  for (let k = from; k < to; k++) {
    const c = text[k];
    if (c === '-' || c === '=' || c === '+' || c === ':' || c === '|') marks++;
    else if (c !== ' ' && c !== '\t' && c !== '\r') return false;
  }
  return marks >= 3;
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c > 32 && c !== 0xa0) return false;
  }
  return true;
}

function cellsOf(text: string, lineStart: number): Array<{ from: number; text: string }> {
  const cells: Array<{ from: number; text: string }> = [];
  const end = lineEnd(text, lineStart);
  for (let from = lineStart; ; ) {
    const bar = barIn(text, from, end);
    cells.push({ from, text: text.slice(from, bar < 0 ? end : bar) });
    if (bar < 0) return cells;
    from = bar + 1;
  }
}

/** The column `at` stands in on its line: how many cell bars come before it. */
function columnAt(text: string, lineStart: number, at: number): number {
  let column = 0;
  for (let k = barIn(text, lineStart, at); k >= 0; k = barIn(text, k + 1, at)) column++;
  return column;
}

/**
 * Whether `at` stands in a cell whose column's heading says who gives the row's figures ("Source | Shells" over
 * "South Korean military | 9 million"): an actor there is a source, not whose the figures are.
 */
export function inSourceColumn(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const header = headerCells(text, lineStart);
  const cell = header?.[columnAt(text, lineStart, at)];
  return !!cell && SOURCE_HEADING.test(cell.text.trim());
}

/** What the header line above says the column at `at` counts, or null when `at` is in no row of a text table. */
export function columnHeading(text: string, at: number): Caption | null {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const header = headerCells(text, lineStart);
  const cell = header?.[columnAt(text, lineStart, at)];
  if (!header || !cell) return null;
  const tokens = tokenize(text, cell.from, cell.from + cell.text.length);
  // The table's title describes every cell, and the first side it names is whose the table's figures are.
  const title = titleOf(text, header[0].from);
  const words = [...(title ?? []), ...tokens].filter((t) => t.kind === 'word').map((t) => t.norm);
  const sense = senseNamed(tokens);
  if (sense) return { sense, owner: title ? titleOwner(title) : undefined, labelEnd: 0, words };
  // "Estimates of military casualties since February 2022" over "Source | Russia | Ukraine": a column headed by a
  // side counts what the title names, that side's.
  const side = titleOwner(tokens);
  const named = side && title ? senseNamed(title) : null;
  // A title that names whose its figures are ("North Korean forces in Kursk" over "| Seoul (NIS) | bloggers |")
  // leaves the columns' sides saying who estimates them.
  return named && title ? { sense: named, owner: titleOwner(title) ?? side, labelEnd: 0, words } : null;
}

/**
 * The title of the text table whose row holds `at` ("Estimated North Korean transfers to Russia" over its header
 * line), or null: what every row's figures are about, however far down the row stands.
 */
export function tableTitle(text: string, at: number): Token[] | null {
  const header = headerCells(text, text.lastIndexOf('\n', at - 1) + 1);
  return header ? titleOf(text, header[0].from) : null;
}

/** The short line over a table's header that titles it ("What North Korea has shipped to Russia: the estimates"). */
function titleOf(text: string, headerFrom: number): Token[] | null {
  const title = titleAbove(text, headerFrom);
  // A line that ends with a full stop is prose before the table (a live blog's previous post), not its title; a
  // question ("How much has Pyongyang shipped?") may be one.
  const titled = title.length > 0 && title.length <= MAX_TITLE && !title.some((t) => t.text === '|') && !/^[.!]$/.test(title[title.length - 1].text);
  return titled ? title : null;
}

/** A line over a table's header longer than this is prose, not the table's title. */
const MAX_TITLE = 20;

/** The tokens of the nearest line with text above `lineStart`, blank lines skipped. */
function titleAbove(text: string, lineStart: number): Token[] {
  for (let start = lineStart, lines = 0; start > 0 && lines < 3; lines++) {
    const above = text.lastIndexOf('\n', start - 2) + 1;
    const tokens = tokenize(text, above, start - 1);
    if (tokens.length > 0) return tokens;
    start = above;
  }
  return [];
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
}

/**
 * The cell right above `at`, in the same column of the row before ("| UN report | 9 million shells |" over "| South
 * Korean intelligence | 12 million+ |"), or null when the line above is no row of the same table.
 */
export function cellAbove(text: string, at: number): Token[] | null {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (!hasBar(text, lineStart, lineEnd(text, lineStart))) return null;
  for (let start = lineStart, lines = 0; start > 0 && lines < 3; lines++) {
    const above = text.lastIndexOf('\n', start - 2) + 1;
    const end = start - 1;
    start = above;
    if (isBlank(text, above, end)) continue;
    if (isRule(text, above, end) || !hasBar(text, above, end)) return null;
    const column = columnAt(text, lineStart, at);
    const cell = cellsOf(text, above)[column];
    // A dashboard's cells label their own counts ("Record night: 728 drones" over "In Ukraine: 640,000").
    const own = cellsOf(text, lineStart)[column];
    if (!cell || LABELLED_COUNT.test(cell.text) || (own && LABELLED_COUNT.test(own.text))) return null;
    return tokenize(text, cell.from, cell.from + cell.text.length);
  }
  return null;
}
