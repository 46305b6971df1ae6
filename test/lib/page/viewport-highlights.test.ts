import { describe, expect, it } from 'vitest';
import type { Verdict } from '../../../lib/match/verdict';
import { highlightName } from '../../../lib/page/highlighter';
import { ViewportHighlights } from '../../../lib/page/viewport-highlights';

/** An element as the painter sees it: only whether the page shows it. */
const element = (shown = true) => ({ checkVisibility: () => shown }) as unknown as Element;
/** Ranges the painter has asked figures for. */
let made = 0;
const figure = (element: Element, verdict: Verdict = 'unverified') => {
  let range: Range | null = null;
  return {
    finding: { verdict },
    element,
    get range() {
      if (!range) made++;
      range ??= {} as Range;
      return range;
    },
  };
};

class FakeHighlight extends Set<Range> {}

/** An IntersectionObserver the test drives: it reports what the test says, when the test says. */
function fakeObserver() {
  const observed = new Set<Element>();
  let report: (entries: IntersectionObserverEntry[]) => void = () => undefined;
  class Observer {
    constructor(callback: (entries: IntersectionObserverEntry[]) => void) {
      report = callback;
    }
    observe(el: Element) {
      observed.add(el);
    }
    unobserve(el: Element) {
      observed.delete(el);
    }
    disconnect() {
      observed.clear();
    }
  }
  const at = (side: 'above' | 'in' | 'below', ...targets: Element[]) =>
    report(targets.map((target) => ({ target, isIntersecting: side === 'in', boundingClientRect: { bottom: side === 'above' ? -5000 : 5000 }, rootBounds: { top: -1000 } }) as unknown as IntersectionObserverEntry));
  return { Observer: Observer as unknown as typeof IntersectionObserver, observed, at };
}

function setUp() {
  const registry = new Map<string, FakeHighlight>();
  const io = fakeObserver();
  const painter = new ViewportHighlights(registry, FakeHighlight, io.Observer);
  const painted = () => [...registry.get(highlightName('unverified'))!].length;
  return { painter, io, painted };
}

describe('ViewportHighlights', () => {
  it('watches a run of figures through its two ends only, not every figure\'s element', () => {
    const { painter, io } = setUp();
    const elements = Array.from({ length: 40 }, () => element());
    painter.add(elements.map((el) => figure(el)));
    // Runs of 16, 16 and 8: six ends.
    expect(io.observed.size).toBe(6);
    expect([...io.observed]).toEqual([elements[0], elements[15], elements[16], elements[31], elements[32], elements[39]]);
  });

  it('asks a figure for its Range only to paint it: a long page\'s figures far from the viewport never make one', () => {
    const { painter, io } = setUp();
    const elements = Array.from({ length: 40 }, () => element());
    made = 0;
    painter.add(elements.map((el) => figure(el)));
    io.at('in', elements[0]);
    io.at('below', elements[15], elements[16], elements[31], elements[32], elements[39]);
    expect(made).toBe(16);
  });

  it('paints a run when an end comes near the viewport or the run spans it, and takes it away when it leaves', () => {
    const { painter, io, painted } = setUp();
    const elements = Array.from({ length: 40 }, () => element());
    painter.add(elements.map((el) => figure(el)));
    expect(painted()).toBe(0);
    io.at('in', elements[0]);
    io.at('below', elements[15], elements[16], elements[31], elements[32], elements[39]);
    expect(painted()).toBe(16);
    // Scrolled into the middle of a long second run: its start is above, its end below.
    io.at('above', elements[0], elements[15], elements[16]);
    expect(painted()).toBe(16);
    io.at('above', elements[31]);
    io.at('in', elements[32]);
    expect(painted()).toBe(8);
  });

  it('forgets removed figures, and watches what is left of their run by its new ends', () => {
    const { painter, io, painted } = setUp();
    const elements = Array.from({ length: 4 }, () => element());
    const figures = elements.map((el) => figure(el));
    painter.add(figures);
    io.at('in', elements[0], elements[3]);
    expect(painted()).toBe(4);
    painter.remove([figures[0], figures[3]]);
    expect(painted()).toBe(2);
    expect([...io.observed]).toEqual([elements[1], elements[2]]);
  });

  it('never paints a figure the page hides between shown ends, until the page shows it', () => {
    const { painter, io, painted } = setUp();
    const hidden = element(false);
    const [first, last] = [element(), element()];
    painter.add([figure(first), figure(hidden), figure(last)]);
    io.at('in', first, last);
    expect(painted()).toBe(2);
    expect(io.observed.has(hidden)).toBe(true);
    io.at('in', hidden);
    expect(painted()).toBe(3);
  });
});
