import type { Checker, Finding, Tracking } from '../check';
import { type TextIndex, collectText, locate } from '../collect/text-index';
import { normalizeForQuote } from '../match/verdict';

/** A finding anchored in the live page. */
export interface PageFigure {
  id: string;
  finding: Finding;
  range: Range;
  /** The block that was scanned to find it: rescanning that block replaces it. */
  block: Node;
  /** Text of the scanned block, for the sidebar's sentence context. */
  blockText: string;
}

const BLOCK_SELECTOR = 'p,li,h1,h2,h3,h4,h5,h6,blockquote,td,th,dd,dt,figcaption,caption,pre,article,section,main,aside,header,footer,div,body';
const BLOCK_TAGS = new Set(BLOCK_SELECTOR.toUpperCase().split(','));

/** The nearest block that contains `node`: the unit a change is rescanned in. */
export function enclosingBlock(node: Node): Node {
  let n: Node | null = node.nodeType === 1 ? node : node.parentNode;
  while (n && n.nodeType === 1 && !BLOCK_TAGS.has((n as Element).tagName.toUpperCase())) n = n.parentNode;
  return n ?? node;
}

export interface PageFiguresOptions {
  checker: Checker;
  /** Elements never scanned: the extension's own UI, hidden content. */
  skip: (element: Element) => boolean;
  createRange: () => Range;
}

/**
 * The page's figures, kept current block by block. A change rescans only the blocks it touched, never the page.
 */
export class PageFigures {
  private figures: PageFigure[] = [];
  private nextId = 0;
  /** Text scanned so far, so a report quoted by this page is recognised as its own wherever the quote stands. */
  private seen: string[] = [];
  private seenLength = 0;
  private seenNormalized: string | null = null;
  private tracking: Tracking = {};

  constructor(private readonly options: PageFiguresOptions) {}

  /** Every figure in reading order. */
  list(): PageFigure[] {
    return this.figures;
  }

  setTracking(tracking: Tracking) {
    this.tracking = tracking;
  }

  clear() {
    this.figures = [];
    this.seen = [];
    this.seenLength = 0;
    this.seenNormalized = null;
  }

  /** Scans `root` afresh, replacing whatever was found inside it before. Returns the figures added. */
  scan(root: Node): PageFigure[] {
    this.figures = this.figures.filter((f) => f.range.startContainer.isConnected && !(root === f.block || root.contains(f.block) || root.contains(f.range.startContainer)));
    const index = collectText(root, { skip: this.options.skip });
    this.remember(index.text);
    const added: PageFigure[] = [];
    for (const finding of this.options.checker.check(index.text, this.tracking, (quote) => this.isOwn(quote))) {
      const range = this.rangeFor(index, finding.start, finding.end);
      if (!range) continue;
      added.push({ id: `fc${this.nextId++}`, finding, range, block: root, blockText: index.text });
    }
    if (added.length > 0) this.insert(added);
    return added;
  }

  /** Drops figures whose text left the page. Returns whether any did. */
  prune(): boolean {
    const before = this.figures.length;
    this.figures = this.figures.filter((f) => f.range.startContainer.isConnected && f.range.endContainer.isConnected && !f.range.collapsed);
    return this.figures.length !== before;
  }

  private remember(text: string) {
    // A single-page app that swaps its article many times must not grow this without bound.
    if (this.seenLength > 4_000_000) {
      this.seen = [];
      this.seenLength = 0;
    }
    this.seen.push(text);
    this.seenLength += text.length;
    this.seenNormalized = null;
  }

  private isOwn(quote: string): boolean {
    this.seenNormalized ??= normalizeForQuote(this.seen.join('\n'));
    return this.seenNormalized.includes(normalizeForQuote(quote));
  }

  get(id: string): PageFigure | undefined {
    return this.figures.find((f) => f.id === id);
  }

  private rangeFor(index: TextIndex, start: number, end: number): Range | null {
    const a = locate(index, start);
    const b = locate(index, end, true);
    if (!a || !b) return null;
    const range = this.options.createRange();
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    return range;
  }

  /** Keeps reading order: new figures go where their ranges stand in the document. */
  private insert(added: PageFigure[]) {
    const first = added[0].range;
    const at = this.figures.findIndex((f) => f.range.compareBoundaryPoints(0 /* START_TO_START */, first) > 0);
    if (at < 0) this.figures.push(...added);
    else this.figures.splice(at, 0, ...added);
  }
}
