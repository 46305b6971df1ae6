import type { FigureView } from '../view/figure-view';

const VERDICT = { corroborated: 'Corroborated', conflicting: 'Conflicting', unverified: 'Unverified' } as const;
const STANCE = { agrees: 'agrees', differs: 'differs', own: 'this article' } as const;

/** Markdown is plain text: page and claim text is escaped so it cannot turn into links, images or markup. */
const escape = (text: string) => text.replace(/[\\`*_{}[\]()#+!|<>]/g, (c) => `\\${c}`).replace(/\s+/g, ' ').trim();

/** A page's findings as a Markdown report: one section per figure, its sources as a list. */
export function findingsToMarkdown(figures: readonly FigureView[], page: { title: string; url: string }, exportedAt: string): string {
  const lines = [`# Figure Check: ${escape(page.title || page.url)}`, '', `Page: <${page.url.replace(/[<>\s]/g, '')}>  `, `Exported: ${exportedAt}`, ''];
  if (figures.length === 0) lines.push('No troop, casualty or munition figures found on this page.');
  for (const f of figures) {
    lines.push(`## ${escape(f.text)} — ${VERDICT[f.verdict]}`, '');
    lines.push(`- Value: ${escape(f.valueText)} (${f.category})`);
    lines.push(`- Measure: ${f.measure ? escape(f.measure.name) : 'none in the claim database'}`);
    if (f.attribution) lines.push(`- Attributed on the page to: ${escape(f.attribution)}`);
    lines.push(`- Sentence: ${escape(f.sentence)}`);
    for (const s of f.sources) {
      const when = s.date ? `, ${s.date}` : '';
      const relation = s.relation ? ` (${s.relation} estimate)` : '';
      lines.push(`  - ${STANCE[s.stance]}: ${escape(s.valueText)} — ${escape(s.attributedTo)}, *${escape(s.publicationTitle)}*${when}${relation}: “${escape(s.quote)}”`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
