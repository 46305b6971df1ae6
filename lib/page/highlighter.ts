import type { Verdict } from '../match/verdict';
import type { Settings } from '../settings/schema';

export const VERDICTS: readonly Verdict[] = ['corroborated', 'conflicting', 'unverified'];

/** Names of the CSS Custom Highlight API registrations, one per verdict, plus the flash after "scroll to". */
export const highlightName = (verdict: Verdict | 'flash') => `figure-check-${verdict}`;

/**
 * What the highlight rules hang on, for a build for `browser`. A bare ::highlight() rule is matched against every
 * element whenever the page is styled: the manifest's sheet made a 2 MB page's style work about 30 ms (40%) longer,
 * and every page's a little longer, war reporting or not. Hung on the root, a rule is matched once and every
 * element's highlight inherits from it (highlight inheritance, as Chromium paints it). Firefox keeps the bare rule:
 * no test here runs Firefox to show that it inherits custom highlights.
 */
export const highlightScope = (browser: string) => (browser === 'firefox' ? '' : ':root');

/** The page-level stylesheet for the highlights: the only style the extension adds to the page. */
export function highlightCss(highlight: Settings['highlight'], scope: string): string {
  const rules = VERDICTS.map((verdict) => {
    const colour = highlight.colours[verdict];
    const paint =
      highlight.style === 'background'
        ? `background-color: ${colour}40; text-decoration: underline 1px ${colour};`
        : `text-decoration: underline 2px ${colour}; text-decoration-skip-ink: none; background-color: ${colour}14;`;
    return `${scope}::highlight(${highlightName(verdict)}) { ${paint} }`;
  });
  rules.push(`${scope}::highlight(${highlightName('flash')}) { background-color: #ffd33d; color: #000; }`);
  return rules.join('\n');
}
