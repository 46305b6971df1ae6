import type { Anchor } from './page-figures';

/** The caret position under a point, through whichever API the browser offers. */
function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const withPosition = doc as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null };
  if (withPosition.caretPositionFromPoint) {
    const p = withPosition.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = doc.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

const inRects = (range: Range, x: number, y: number) =>
  Array.from(range.getClientRects()).some((r) => x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1);

/**
 * The figure drawn under the point (x, y), or undefined. Highlights are not elements, so a click is matched to
 * a range by the caret position, then confirmed against the range's own boxes (the caret snaps to the nearest text).
 */
export function figureAtPoint<T extends { anchor: Anchor; range: Range }>(doc: Document, figures: readonly T[], x: number, y: number): T | undefined {
  const caret = caretAt(doc, x, y);
  if (!caret) return undefined;
  return figures.find((f) => {
    // A figure in one text node holds the caret only in that node: its Range is made only for a likely hit.
    const { startNode, endNode } = f.anchor;
    if (startNode === endNode && caret.node !== startNode) return false;
    try {
      return f.range.comparePoint(caret.node, caret.offset) === 0 && inRects(f.range, x, y);
    } catch {
      return false;
    }
  });
}
