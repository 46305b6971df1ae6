/** The readable text of a DOM subtree, and the way back from text offsets to the text nodes holding them. */
export interface TextIndex {
  text: string;
  nodes: Text[];
  /** starts[i] is the offset in `text` where nodes[i] begins. */
  starts: number[];
}

export interface CollectOptions {
  /** Lower-case names of elements to leave out with everything inside (the extension's own UI). */
  skipTags?: readonly string[];
}

const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'SVG', 'CANVAS', 'IFRAME',
  'OBJECT', 'EMBED', 'VIDEO', 'AUDIO', 'HEAD', 'TITLE', 'META', 'LINK',
]);

/** Elements that break a line: their text never runs into a neighbour's sentence. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV',
  'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TFOOT', 'THEAD', 'TR', 'UL', 'CAPTION', 'BODY',
]);

/**
 * Table cells: a row reads as one line, its cells a " | " apart ("Troops first deployed | 11,000 | NIS"), so a
 * figure in one cell is read with the label in the cell before it, as a "label | number" line is.
 */
const CELL_TAGS = new Set(['TD', 'TH']);

/** What stands between two cells of a row in the collected text; it belongs to no node, like a line break. */
const CELL_SEPARATOR = ' | ';

/** A column heading longer than this is prose, not a label: it is not repeated before the column's cells. */
const MAX_HEADING = 40;

/** Whether an element breaks the text into its own block: sentences never run across it. */
export const isBlock = (el: Element) => BLOCK_TAGS.has(el.tagName.toUpperCase());

const INLINE = 0;
const BLOCK = 1;
const SKIPPED = 2;
const CELL = 3;
const TABLE = 4;
const ROW = 5;

/** Tags of a table's parts that a rescan may start from: they still read their table's column headings. */
const TABLE_PARTS = new Set(['TR', 'TBODY', 'THEAD', 'TFOOT']);

const HAS_LETTER = /\p{L}/u;

/**
 * A table's column headings, one per column (a heading spanning columns is each of theirs): from its header row,
 * the first row when all its cells are TH. A cell of numbers under "Troops" is read as "Troops: 11,000", as a
 * labelled line would be; a table without such a row has no headings.
 */
function columnHeadings(table: Element): { row: Element | null; headings: string[] } {
  const row = table.querySelector('tr');
  if (!row || row.closest('table') !== table) return { row: null, headings: [] };
  const cells = [...row.children].filter((c) => CELL_TAGS.has(c.tagName.toUpperCase()));
  if (cells.length < 2 || cells.some((c) => c.tagName.toUpperCase() !== 'TH')) return { row: null, headings: [] };
  const headings: string[] = [];
  for (const cell of cells) {
    const text = (cell.textContent ?? '').replace(/\s+/g, ' ').trim();
    const heading = text.length <= MAX_HEADING && HAS_LETTER.test(text) ? text : '';
    for (let k = 0; k < spanOf(cell); k++) headings.push(heading);
  }
  return { row, headings };
}

const spanOf = (cell: Element) => Math.max(1, Math.min(100, Number(cell.getAttribute('colspan')) || 1));

/** A table the walk is inside: its headings, and the column the walk has reached in the current row. */
interface TableState {
  headerRow: Element | null;
  headings: string[];
  column: number;
  inHeader: boolean;
}

/**
 * What each tag name means to the walk, decided once per name: a page has a handful of tag names and a hundred
 * thousand elements, and every `tagName` read crosses into the DOM and allocates.
 */
function tagKinds(skipTags: readonly string[] = []): (tag: string) => number {
  const kinds = new Map<string, number>();
  return (tag) => {
    let kind = kinds.get(tag);
    if (kind === undefined) {
      const upper = tag.toUpperCase();
      kind =
        SKIPPED_TAGS.has(upper) || skipTags.includes(tag.toLowerCase()) ? SKIPPED
        : upper === 'TABLE' ? TABLE
        : upper === 'TR' ? ROW
        : BLOCK_TAGS.has(upper) ? BLOCK
        : CELL_TAGS.has(upper) ? CELL
        : INLINE;
      kinds.set(tag, kind);
    }
    return kind;
  };
}

/** Whether `s` holds anything but white space (as /\S/ would say, without a regular expression per node). */
function hasInk(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c !== 0xa0 && c !== 0x1680 && !(c >= 0x2000 && c <= 0x200a) && c !== 0x2028 && c !== 0x2029 && c !== 0x202f && c !== 0x205f && c !== 0x3000 && c !== 0xfeff) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13) return true;
  }
  return false;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Whether an element of a tag the walk reads is left out with its subtree all the same: hidden or editable. */
function isHiddenElement(el: Element): boolean {
  // Most elements of an article carry no attribute at all: one call instead of three lookups.
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden')) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const style = el.getAttribute('style');
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Decides when a long walk hands the main thread back to the page. */
export interface Pacer {
  overBudget(): boolean;
  pause(): Promise<void>;
}

/** Nodes visited between two looks at the clock. */
const NODES_PER_STEP = 2048;

/**
 * Walks `root` in document order and concatenates its visible text, yielding every few thousand nodes so a
 * caller can pause between steps. Block elements add a line break that belongs to no node, so offsets inside
 * a paragraph map to exactly one text node.
 */
function* walkText(root: Node, options: CollectOptions): Generator<void, TextIndex> {
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  const kindOf = tagKinds(options.skipTags);
  let length = 0;
  let lastWasBreak = true;
  let visited = 0;
  const lineBreak = () => {
    if (lastWasBreak) return;
    parts.push('\n');
    length += 1;
    lastWasBreak = true;
  };
  const cellBreak = () => {
    if (lastWasBreak) return;
    parts.push(CELL_SEPARATOR);
    length += CELL_SEPARATOR.length;
  };
  // Text that belongs to no node, as a separator does: a column's heading before a cell.
  const label = (text: string) => {
    parts.push(text);
    length += text.length;
    lastWasBreak = false;
  };
  const tables: TableState[] = [];
  const enterTable = (table: Element) => {
    const { row, headings } = columnHeadings(table);
    tables.push({ headerRow: row, headings, column: 0, inHeader: false });
  };
  // A rescan of a row still reads its table's headings.
  if (root.nodeType === ELEMENT_NODE && TABLE_PARTS.has((root as Element).tagName.toUpperCase())) {
    const table = (root as Element).closest('table');
    if (table) enterTable(table);
  }
  // The kind of each element the walk has entered, innermost last: leaving it needs no second look.
  const entered: number[] = [];

  let node: Node | null = root;
  // Iterative walk: a page nested thousands of levels deep must not overflow the stack.
  // Every property read below crosses from script into the DOM, which costs far more than plain JavaScript on
  // a page of 100,000 nodes: each is read once per node and kept.
  while (node) {
    if (++visited % NODES_PER_STEP === 0) yield;
    const type = node.nodeType;
    let child: Node | null = null;
    let kind = INLINE;
    if (type === TEXT_NODE) {
      const value = (node as Text).data;
      if (value.length > 0) {
        nodes.push(node as Text);
        starts.push(length);
        parts.push(value);
        length += value.length;
        if (lastWasBreak && hasInk(value)) lastWasBreak = false;
      }
    } else if (type === ELEMENT_NODE) {
      const element = node as Element;
      kind = kindOf(element.tagName);
      if (node === root || (kind !== SKIPPED && !isHiddenElement(element))) {
        if (kind === BLOCK || kind === TABLE || kind === ROW) lineBreak();
        if (kind === TABLE) enterTable(element);
        else if (kind === ROW && tables.length > 0) {
          const table = tables[tables.length - 1];
          table.column = 0;
          table.inHeader = element === table.headerRow;
        } else if (kind === CELL) {
          cellBreak();
          const table = tables[tables.length - 1];
          if (table && table.headings.length > 0) {
            const heading = table.inHeader || element.tagName.toUpperCase() !== 'TD' ? '' : table.headings[table.column];
            if (heading) label(`${heading}: `);
            table.column += element.hasAttributes() ? spanOf(element) : 1;
          }
        }
        child = node.firstChild;
        // An empty table is left at once: it must not stay on the stack.
        if (!child && kind === TABLE) tables.pop();
      }
    } else if (node === root || type === 9 || type === 11) {
      child = node.firstChild;
    }
    if (child) {
      entered.push(kind);
      node = child;
      continue;
    }
    let next: Node | null = node === root ? null : node.nextSibling;
    while (!next && node && node !== root) {
      node = node.parentNode;
      const left = entered.pop();
      if (left === BLOCK || left === TABLE || left === ROW) lineBreak();
      if (left === TABLE) tables.pop();
      next = node && node !== root ? node.nextSibling : null;
    }
    if (!next) break;
    node = next;
  }
  return { text: parts.join(''), nodes, starts };
}

/** The readable text of `root` in one go (the CLI, tests, small blocks). */
export function collectText(root: Node, options: CollectOptions = {}): TextIndex {
  const walk = walkText(root, options);
  for (let step = walk.next(); ; step = walk.next()) if (step.done) return step.value;
}

/** The readable text of `root`, pausing between steps whenever `pacer` says the task has run long enough. */
export async function collectTextPaced(root: Node, options: CollectOptions, pacer: Pacer): Promise<TextIndex> {
  const walk = walkText(root, options);
  for (let step = walk.next(); ; step = walk.next()) {
    if (step.done) return step.value;
    if (pacer.overBudget()) await pacer.pause();
  }
}

/** The text node holding `offset` and the offset inside it; the end of a node wins when `offset` sits on a boundary and `preferEnd` is set. */
export function locate(index: TextIndex, offset: number, preferEnd = false): { node: Text; offset: number } | null {
  const { starts, nodes } = index;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] < offset || (!preferEnd && starts[mid] === offset)) lo = mid;
    else hi = mid - 1;
  }
  const node = nodes[lo];
  if (!node) return null;
  const inner = offset - starts[lo];
  if (inner < 0 || inner > node.data.length) return null;
  return { node, offset: inner };
}
