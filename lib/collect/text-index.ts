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

/** Whether an element breaks the text into its own block: sentences never run across it. */
export const isBlock = (el: Element) => BLOCK_TAGS.has(el.tagName.toUpperCase());

const INLINE = 0;
const BLOCK = 1;
const SKIPPED = 2;
const CELL = 3;

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
      kind = SKIPPED_TAGS.has(upper) || skipTags.includes(tag.toLowerCase()) ? SKIPPED : BLOCK_TAGS.has(upper) ? BLOCK : CELL_TAGS.has(upper) ? CELL : INLINE;
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
  // Whether each element the walk has entered is a block, innermost last: leaving it needs no second look.
  const entered: boolean[] = [];

  let node: Node | null = root;
  // Iterative walk: a page nested thousands of levels deep must not overflow the stack.
  // Every property read below crosses from script into the DOM, which costs far more than plain JavaScript on
  // a page of 100,000 nodes: each is read once per node and kept.
  while (node) {
    if (++visited % NODES_PER_STEP === 0) yield;
    const type = node.nodeType;
    let child: Node | null = null;
    let block = false;
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
      const kind = kindOf((node as Element).tagName);
      if (node === root || (kind !== SKIPPED && !isHiddenElement(node as Element))) {
        block = kind === BLOCK;
        if (block) lineBreak();
        else if (kind === CELL) cellBreak();
        child = node.firstChild;
      }
    } else if (node === root || type === 9 || type === 11) {
      child = node.firstChild;
    }
    if (child) {
      entered.push(block);
      node = child;
      continue;
    }
    let next: Node | null = node === root ? null : node.nextSibling;
    while (!next && node && node !== root) {
      node = node.parentNode;
      if (entered.pop()) lineBreak();
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
