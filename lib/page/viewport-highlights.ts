import type { Verdict } from '../match/verdict';
import { VERDICTS, highlightName } from './highlighter';

export interface Painted {
  verdict: Verdict;
  range: Range;
}

interface HighlightLike {
  add(range: Range): unknown;
  delete(range: Range): unknown;
  clear(): void;
}

/**
 * Keeps in the Custom Highlight registry only the figures near the viewport. Chrome revalidates every registered
 * range after each change to the document, so on a long page that keeps changing (a live blog) the cost of
 * highlighting grows with the page's figures; registering the ones within a few screens keeps it with the screen.
 */
export class ViewportHighlights {
  private readonly highlights = new Map<Verdict, HighlightLike>();
  /** Figures by the element they stand in (what is observed), and each range's element, to forget it. */
  private readonly byElement = new Map<Element, Map<Range, Verdict>>();
  private readonly elementOf = new Map<Range, Element>();
  private readonly observer: IntersectionObserver;

  constructor(
    private readonly registry: { set(name: string, h: unknown): unknown; delete(name: string): unknown },
    Highlight: new () => HighlightLike,
    Observer: typeof IntersectionObserver,
  ) {
    for (const verdict of VERDICTS) {
      const h = new Highlight();
      this.highlights.set(verdict, h);
      registry.set(highlightName(verdict), h);
    }
    // Two screens above and below: figures are painted before they scroll in.
    this.observer = new Observer((entries) => this.onIntersect(entries), { rootMargin: '200% 0px' });
  }

  add(figures: readonly Painted[]) {
    for (const f of figures) {
      const element = f.range.startContainer.parentElement;
      if (!element) continue;
      let ranges = this.byElement.get(element);
      if (!ranges) {
        ranges = new Map();
        this.byElement.set(element, ranges);
        this.observer.observe(element);
      }
      ranges.set(f.range, f.verdict);
      this.elementOf.set(f.range, element);
    }
  }

  remove(figures: readonly Painted[]) {
    for (const f of figures) {
      this.highlights.get(f.verdict)?.delete(f.range);
      const element = this.elementOf.get(f.range);
      if (!element) continue;
      this.elementOf.delete(f.range);
      const ranges = this.byElement.get(element)!;
      ranges.delete(f.range);
      if (ranges.size === 0) {
        this.byElement.delete(element);
        this.observer.unobserve(element);
      }
    }
  }

  /** Forgets everything and paints `figures` afresh (after a settings change or a full rescan). */
  reset(figures: readonly Painted[]) {
    this.clear();
    this.add(figures);
  }

  clear() {
    this.observer.disconnect();
    this.byElement.clear();
    this.elementOf.clear();
    for (const h of this.highlights.values()) h.clear();
  }

  /** Unregisters the highlights: the extension is switched off on this page. */
  dispose() {
    this.clear();
    for (const verdict of VERDICTS) this.registry.delete(highlightName(verdict));
  }

  private onIntersect(entries: IntersectionObserverEntry[]) {
    for (const entry of entries) {
      for (const [range, verdict] of this.byElement.get(entry.target) ?? []) {
        const h = this.highlights.get(verdict)!;
        if (entry.isIntersecting) h.add(range);
        else h.delete(range);
      }
    }
  }
}
