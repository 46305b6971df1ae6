import type { Verdict } from '../match/verdict';
import { VERDICTS, highlightName } from './highlighter';

/** A figure as the painter sees it: its verdict, the element it stands in, and its Range, asked for only to paint it. */
export interface Painted {
  readonly finding: { readonly verdict: Verdict };
  readonly element: Element | null;
  readonly range: Range;
}

interface HighlightLike {
  add(range: Range): unknown;
  delete(range: Range): unknown;
  clear(): void;
}

/** Figures painted or left out together: a run of a scan's figures, in reading order. */
interface Chunk {
  figures: Painted[];
  /** The elements its first and last figures stand in: where on the page the run begins and ends. */
  first: Element;
  last: Element;
  painted: boolean;
}

/** Where an observed element stands against the viewport and its margin. */
type Side = 'above' | 'in' | 'below';

/** Figures of a run: few enough that a run paints in a moment, many enough that a long page has few runs to watch. */
const CHUNK = 16;

/**
 * Keeps in the Custom Highlight registry only the figures near the viewport. Chrome revalidates every registered
 * range after each change to the document, so on a long page that keeps changing (a live blog) the cost of
 * highlighting grows with the page's figures; registering the ones within a few screens keeps it with the screen.
 *
 * Figures are watched in runs of CHUNK, through the elements of each run's first and last figure only: watching
 * every figure's element cost a 2 MB page's 5,000 figures some 50 ms of observer work. A run is painted while
 * either end is near the viewport, or while it spans the viewport (its start above, its end below). Figures come
 * in reading order, so what lies between a run's ends on the page lies between them in the run.
 */
export class ViewportHighlights {
  private readonly highlights = new Map<Verdict, HighlightLike>();
  private readonly chunkOf = new Map<Painted, Chunk>();
  /** The runs each observed element bounds, and where the element last stood. */
  private readonly watched = new Map<Element, { chunks: Set<Chunk>; side: Side }>();
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
    let run: Painted[] = [];
    const close = () => {
      if (run.length > 0) this.watch(run);
      run = [];
    };
    for (const f of figures) {
      if (!f.element) continue;
      run.push(f);
      if (run.length === CHUNK) close();
    }
    close();
  }

  remove(figures: readonly Painted[]) {
    const touched = new Set<Chunk>();
    for (const f of figures) {
      const chunk = this.chunkOf.get(f);
      if (!chunk) continue;
      this.chunkOf.delete(f);
      // Only a painted run's figures have Ranges in the registry; asking the others for one would make it.
      if (chunk.painted) this.highlights.get(f.finding.verdict)?.delete(f.range);
      chunk.figures.splice(chunk.figures.indexOf(f), 1);
      touched.add(chunk);
    }
    for (const chunk of touched) {
      this.unwatch(chunk);
      // What is left of a run is watched by its own ends.
      if (chunk.figures.length > 0) this.watch(chunk.figures, chunk.painted);
    }
  }

  /** Forgets everything and paints `figures` afresh (after a settings change or a full rescan). */
  reset(figures: readonly Painted[]) {
    this.clear();
    this.add(figures);
  }

  clear() {
    this.observer.disconnect();
    this.watched.clear();
    this.chunkOf.clear();
    for (const h of this.highlights.values()) h.clear();
  }

  /** Unregisters the highlights: the extension is switched off on this page. */
  dispose() {
    this.clear();
    for (const verdict of VERDICTS) this.registry.delete(highlightName(verdict));
  }

  private watch(figures: Painted[], painted = false) {
    const chunk: Chunk = {
      figures,
      first: figures[0].element!,
      last: figures[figures.length - 1].element!,
      painted,
    };
    for (const f of figures) this.chunkOf.set(f, chunk);
    for (const element of new Set([chunk.first, chunk.last])) {
      let entry = this.watched.get(element);
      if (!entry) {
        // Until the observer first reports, a new end stands where its run was last seen: a painted run that lost
        // figures stays painted, and a new one waits to be seen.
        entry = { chunks: new Set(), side: painted ? 'in' : 'below' };
        this.watched.set(element, entry);
        this.observer.observe(element);
      }
      entry.chunks.add(chunk);
    }
    this.update(chunk);
  }

  private unwatch(chunk: Chunk) {
    for (const element of new Set([chunk.first, chunk.last])) {
      const entry = this.watched.get(element);
      if (!entry) continue;
      entry.chunks.delete(chunk);
      if (entry.chunks.size === 0) {
        this.watched.delete(element);
        this.observer.unobserve(element);
      }
    }
  }

  /**
   * Figures the page hides (a collapsed menu) between a run's shown ends are never painted: each is watched on its
   * own instead, and painted when the page shows it. Asked only of runs about to be painted, a few per screen.
   */
  private setAsideHidden(chunk: Chunk) {
    const hidden = chunk.figures.filter((f) => {
      const element = f.element;
      return !!element && typeof element.checkVisibility === 'function' && !element.checkVisibility();
    });
    if (hidden.length === 0 || hidden.length === chunk.figures.length) return;
    chunk.figures = chunk.figures.filter((f) => !hidden.includes(f));
    for (const f of hidden) this.watch([f]);
  }

  private onIntersect(entries: IntersectionObserverEntry[]) {
    const changed = new Set<Chunk>();
    for (const entry of entries) {
      const watched = this.watched.get(entry.target);
      if (!watched) continue;
      const top = entry.rootBounds?.top ?? 0;
      watched.side = entry.isIntersecting ? 'in' : entry.boundingClientRect.bottom <= top ? 'above' : 'below';
      for (const chunk of watched.chunks) changed.add(chunk);
    }
    for (const chunk of changed) this.update(chunk);
  }

  /** Paints a run near the viewport, and takes away one that has left it. */
  private update(chunk: Chunk) {
    const first = this.watched.get(chunk.first)?.side;
    const last = this.watched.get(chunk.last)?.side;
    const near = first === 'in' || last === 'in' || (first === 'above' && last === 'below');
    if (near === chunk.painted) return;
    if (near && chunk.figures.length > 1) this.setAsideHidden(chunk);
    chunk.painted = near;
    for (const f of chunk.figures) {
      const h = this.highlights.get(f.finding.verdict)!;
      if (near) h.add(f.range);
      else h.delete(f.range);
    }
  }
}
