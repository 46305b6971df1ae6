import { type Pacer, type TextIndex, collectTextPaced, isBlock, locate } from '../collect/text-index';
import type { FigureEngine } from '../engine/engine';
import { mayHoldFigures } from '../extract/prefilter';
import { type Finding, type Tracking, judgeCandidate } from '../finding';
import { quotesIn } from '../match/verdict';

/** Where a figure's text stands in the page: the text nodes and offsets of its two ends. */
export interface Anchor {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

/** A finding anchored in the live page. */
export interface PageFigure {
  id: string;
  finding: Finding;
  anchor: Anchor;
  /** The element the figure's text starts in: what is watched and scrolled to. */
  readonly element: Element | null;
  /**
   * A live Range over the figure, made when first asked for: a 2 MB page's 5,000 figures took some 20 ms as Ranges
   * made up front, and the browser keeps every live Range current through each change to the page; only the
   * figures near the viewport are painted, and only those a reader picks are scrolled to.
   */
  readonly range: Range;
  /** Whether a Range has been made for it yet. */
  readonly hasRange: boolean;
  /** The block that was scanned to find it: rescanning that block replaces it. */
  block: Node;
  /** Text of the scanned block, for the sidebar's sentence context. */
  blockText: string;
}

class AnchoredFigure implements PageFigure {
  private made: Range | null = null;

  constructor(
    readonly id: string,
    readonly finding: Finding,
    readonly anchor: Anchor,
    readonly block: Node,
    readonly blockText: string,
    private readonly createRange: () => Range,
  ) {}

  get element(): Element | null {
    return this.made ? this.made.startContainer.parentElement : this.anchor.startNode.parentElement;
  }

  get hasRange(): boolean {
    return this.made !== null;
  }

  get range(): Range {
    if (!this.made) {
      const { startNode, startOffset, endNode, endOffset } = this.anchor;
      this.made = this.createRange();
      this.made.setStart(startNode, Math.min(startOffset, startNode.length));
      this.made.setEnd(endNode, Math.min(endOffset, endNode.length));
    }
    return this.made;
  }

  /** Whether the figure's text is still in the page: a live Range says so once made, the anchor until then. */
  isInPage(): boolean {
    if (this.made) return this.made.startContainer.isConnected && this.made.endContainer.isConnected && !this.made.collapsed;
    const { startNode, startOffset, endNode, endOffset } = this.anchor;
    return startNode.isConnected && endNode.isConnected && startOffset <= startNode.length && endOffset <= endNode.length;
  }

  /** The node the figure starts in, as the page now has it. */
  get startNode(): Node {
    return this.made ? this.made.startContainer : this.anchor.startNode;
  }
}

/** Document order of two figures' starts: negative when `a` comes first. */
function compareStarts(a: AnchoredFigure, b: AnchoredFigure): number {
  if (a.hasRange && b.hasRange) return a.range.compareBoundaryPoints(0 /* START_TO_START */, b.range);
  const [na, nb] = [a.startNode, b.startNode];
  if (na === nb) return a.anchor.startOffset - b.anchor.startOffset;
  return na.compareDocumentPosition(nb) & 4 /* FOLLOWING */ ? -1 : 1;
}


/** The nearest block that contains `node`: the unit a change is rescanned in, the same unit that bounds sentences. */
export function enclosingBlock(node: Node): Node {
  let n: Node | null = node.nodeType === 1 ? node : node.parentNode;
  while (n && n.nodeType === 1 && !isBlock(n as Element)) n = n.parentNode;
  return n ?? node;
}

const NEVER_PAUSE: Pacer = { overBudget: () => false, pause: () => Promise.resolve() };

export interface PageFiguresOptions {
  /** Matches text against the claims; asked only for blocks that may hold a figure at all. */
  engine: FigureEngine;
  /** Lower-case names of elements never scanned: the extension's own UI. Hidden content is never scanned. */
  skipTags: readonly string[];
  createRange: () => Range;
}

/**
 * The page's figures, kept current block by block. A change rescans only the blocks it touched, never the page.
 */
export class PageFigures {
  private figures: AnchoredFigure[] = [];
  private nextId = 0;
  /**
   * The text of every scan so far, so a report quoted by this page is recognised as its own wherever the quote
   * stands; and per quote, whether it was found and how many texts were searched. The engine says which quotes
   * stand in the text it was sent; only the other texts are searched here, each normalised on first need, so a
   * live page that grows by paragraphs never pays for its whole text again.
   */
  private seen: Array<{ text: string; quotes?: (quote: string) => boolean }> = [];
  private seenLength = 0;
  private ownQuotes = new Map<string, { own: boolean; searched: number }>();
  private tracking: Tracking = {};
  /** Bumped by clear(): a scan still running from before stops adding figures. */
  private generation = 0;

  constructor(private readonly options: PageFiguresOptions) {}

  /** Every figure in reading order. */
  list(): PageFigure[] {
    return this.figures;
  }

  setTracking(tracking: Tracking) {
    this.tracking = tracking;
  }

  clear() {
    this.generation++;
    this.figures = [];
    this.seen = [];
    this.seenLength = 0;
    this.ownQuotes.clear();
  }

  /**
   * Scans `roots` afresh (one block, or the blocks a live page changed), replacing whatever was found inside
   * them before. Their texts go to the engine as one text, a line apart, so a batch of changes costs one
   * request; the engine answers in slices, and between slices this awaits `pacer.pause()` whenever
   * `pacer.overBudget()` says the task has run long enough. Judging happens here, not in the engine: whether a
   * report is the page's own depends on every block seen. Returns the figures added; the ones replaced are
   * pushed onto `removed`.
   */
  async scan(roots: Node | readonly Node[], pacer: Pacer = NEVER_PAUSE, removed: PageFigure[] = []): Promise<PageFigure[]> {
    // Document order, so figures arrive in reading order whatever order the changes came in.
    const list = (Array.isArray(roots) ? [...roots] : [roots as Node]).sort((a, b) => (a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1));
    this.figures = this.figures.filter((f) => {
      const start = f.startNode;
      const kept = start.isConnected && !list.some((root) => root === f.block || root.contains(f.block) || root.contains(start));
      if (!kept) removed.push(f);
      return kept;
    });
    const generation = this.generation;
    const blocks: Array<{ root: Node; index: TextIndex; base: number }> = [];
    let text = '';
    for (const root of list) {
      const index = await collectTextPaced(root, { skipTags: this.options.skipTags }, pacer);
      if (generation !== this.generation) return [];
      if (!mayHoldFigures(index.text)) continue;
      if (text) text += '\n';
      blocks.push({ root, index, base: text.length });
      text += index.text;
    }
    if (blocks.length === 0) return [];
    const here = this.remember(text);
    const added: AnchoredFigure[] = [];
    let b = 0;
    for await (const candidates of this.options.engine.scan(text, this.tracking)) {
      // Leaving the loop cancels the rest of the scan in the engine.
      if (generation !== this.generation) return [];
      const batch: AnchoredFigure[] = [];
      for (const candidate of candidates) {
        // Candidates come in reading order, so the block holding each is the current one or a later one.
        while (b + 1 < blocks.length && blocks[b + 1].base <= candidate.figure.start) b++;
        const { root, index, base } = blocks[b];
        const judged = judgeCandidate(candidate, (r) => candidate.quotedHere?.(r) || this.quotedIn(r.quote, candidate.quotedHere ? here : -1));
        // Offsets of a finding are into its own block's text, whichever texts were sent with it.
        const finding = base === 0 ? judged : { ...judged, start: judged.start - base, end: judged.end - base, sentence: { start: judged.sentence.start - base, end: judged.sentence.end - base } };
        const anchor = this.anchorFor(index, finding.start, finding.end);
        if (anchor) batch.push(new AnchoredFigure(`fc${this.nextId++}`, finding, anchor, root, index.text, this.options.createRange));
      }
      if (batch.length > 0) this.insert(batch);
      added.push(...batch);
      if (pacer.overBudget()) await pacer.pause();
      if (generation !== this.generation) return [];
    }
    return added;
  }

  /** Drops figures whose text left the page, and returns them. */
  prune(): PageFigure[] {
    const gone: PageFigure[] = [];
    this.figures = this.figures.filter((f) => {
      const kept = f.isInPage();
      if (!kept) gone.push(f);
      return kept;
    });
    return gone;
  }

  /** Keeps `text` for later searches; returns its place among the texts seen. */
  private remember(text: string): number {
    // A single-page app that swaps its article many times must not grow this without bound.
    if (this.seenLength > 4_000_000) {
      this.seen = [];
      this.seenLength = 0;
      this.ownQuotes.clear();
    }
    this.seenLength += text.length;
    return this.seen.push({ text }) - 1;
  }

  /** Whether `quote` stands in any text seen, leaving out the one at `except` (already searched by the engine). */
  private quotedIn(quote: string, except: number): boolean {
    let entry = this.ownQuotes.get(quote);
    if (!entry) {
      entry = { own: false, searched: 0 };
      this.ownQuotes.set(quote, entry);
    }
    for (; entry.searched < this.seen.length && !entry.own; entry.searched++) {
      if (entry.searched === except) continue;
      const seen = this.seen[entry.searched];
      seen.quotes ??= quotesIn(seen.text);
      entry.own = seen.quotes(quote);
    }
    return entry.own;
  }

  get(id: string): PageFigure | undefined {
    return this.figures.find((f) => f.id === id);
  }

  private anchorFor(index: TextIndex, start: number, end: number): Anchor | null {
    const a = locate(index, start);
    const b = locate(index, end, true);
    if (!a || !b) return null;
    // The engine answers a moment after the text was read: a node changed since is rescanned on its own.
    const fits = (p: { node: Text; offset: number }) => p.node.isConnected && p.offset <= p.node.length;
    if (!fits(a) || !fits(b)) return null;
    return { startNode: a.node, startOffset: a.offset, endNode: b.node, endOffset: b.offset };
  }

  /** Keeps reading order: new figures go where their text stands in the document. */
  private insert(added: AnchoredFigure[]) {
    const first = added[0];
    const last = this.figures[this.figures.length - 1];
    // A scan meets figures in document order, so the common case is an append: one comparison, not one per figure.
    if (!last || compareStarts(last, first) <= 0) {
      this.figures.push(...added);
      return;
    }
    const at = this.figures.findIndex((f) => compareStarts(f, first) > 0);
    if (at < 0) this.figures.push(...added);
    else this.figures.splice(at, 0, ...added);
  }
}
