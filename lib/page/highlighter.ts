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
