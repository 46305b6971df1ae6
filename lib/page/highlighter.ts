import type { Verdict } from '../match/verdict';
import type { Settings } from '../settings/schema';

export const VERDICTS: readonly Verdict[] = ['corroborated', 'conflicting', 'unverified'];

/** Names of the CSS Custom Highlight API registrations, one per verdict, plus the flash after "scroll to". */
export const highlightName = (verdict: Verdict | 'flash') => `figure-check-${verdict}`;

/** The page-level stylesheet for the highlights: the only style the extension adds to the page. */
export function highlightCss(highlight: Settings['highlight']): string {
  const rules = VERDICTS.map((verdict) => {
    const colour = highlight.colours[verdict];
    const paint =
      highlight.style === 'background'
        ? `background-color: ${colour}40; text-decoration: underline 1px ${colour};`
        : `text-decoration: underline 2px ${colour}; text-decoration-skip-ink: none; background-color: ${colour}14;`;
    return `::highlight(${highlightName(verdict)}) { ${paint} }`;
  });
  rules.push(`::highlight(${highlightName('flash')}) { background-color: #ffd33d; color: #000; }`);
  return rules.join('\n');
}

interface HighlightRegistryLike {
  set(name: string, highlight: unknown): unknown;
  delete(name: string): unknown;
}
type HighlightConstructor = new (...ranges: Range[]) => unknown;

/** Paints ranges by verdict through the Custom Highlight API: no element of the page is touched. */
export function paintHighlights(registry: HighlightRegistryLike, Highlight: HighlightConstructor, figures: ReadonlyArray<{ verdict: Verdict; range: Range }>) {
  for (const verdict of VERDICTS) {
    const ranges = figures.filter((f) => f.verdict === verdict).map((f) => f.range);
    if (ranges.length > 0) registry.set(highlightName(verdict), new Highlight(...ranges));
    else registry.delete(highlightName(verdict));
  }
}

interface HighlightLike {
  add(range: Range): unknown;
  delete(range: Range): unknown;
}

/**
 * Adds and removes ranges in the registered highlights without rebuilding them: a live page that grows by a
 * paragraph costs that paragraph's figures, not the page's.
 */
export function updateHighlights(
  registry: HighlightRegistryLike & { get(name: string): unknown },
  Highlight: HighlightConstructor,
  added: ReadonlyArray<{ verdict: Verdict; range: Range }>,
  removed: ReadonlyArray<{ verdict: Verdict; range: Range }>,
) {
  for (const f of removed) (registry.get(highlightName(f.verdict)) as HighlightLike | undefined)?.delete(f.range);
  for (const f of added) {
    let highlight = registry.get(highlightName(f.verdict)) as HighlightLike | undefined;
    if (!highlight) {
      highlight = new Highlight() as HighlightLike;
      registry.set(highlightName(f.verdict), highlight);
    }
    highlight.add(f.range);
  }
}

export function clearHighlights(registry: HighlightRegistryLike) {
  for (const verdict of VERDICTS) registry.delete(highlightName(verdict));
  registry.delete(highlightName('flash'));
}
