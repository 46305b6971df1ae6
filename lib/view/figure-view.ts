import type { Finding } from '../finding';
import type { Category, Qualifier, Value } from '../claims/schema';
import type { MatchReason } from '../match/matcher';
import type { Verdict } from '../match/verdict';
import { formatValue } from '../report/format-value';

/** One report as the sidebar shows it. */
export interface SourceView {
  stance: 'agrees' | 'differs' | 'own';
  relation: 'newer' | 'older' | null;
  attributedTo: string;
  publicationTitle: string;
  date: string | null;
  value: Value;
  qualifier: Qualifier;
  valueText: string;
  quote: string;
}

/** One figure of the page as the sidebar and popup show it: plain data, safe to send between contexts. */
export interface FigureView {
  /** Stable within a page view; the content script uses it to find the figure's range. */
  id: string;
  text: string;
  verdict: Verdict;
  category: Category;
  value: Value;
  qualifier: Qualifier;
  valueText: string;
  /** The sentence the figure stands in, for context. */
  sentence: string;
  attribution: string | null;
  measure: { id: string; name: string; topic: string } | null;
  why: MatchReason | null;
  sources: SourceView[];
}

export function toFigureView(finding: Finding, id: string, documentText: string): FigureView {
  return {
    id,
    // A figure may run across a line its page's source wrapped: shown, its spaces are one.
    text: finding.text.replace(/\s+/g, ' '),
    verdict: finding.verdict,
    category: finding.category,
    value: finding.value,
    qualifier: finding.qualifier,
    valueText: formatValue(finding.value, finding.qualifier),
    sentence: documentText.slice(finding.sentence.start, finding.sentence.end).replace(/\s+/g, ' ').trim(),
    attribution: finding.attribution ?? null,
    measure: finding.measure ? { id: finding.measure.id, name: finding.measure.name, topic: finding.measure.topic } : null,
    why: finding.why ?? null,
    sources: finding.sources.map((s) => ({
      stance: s.stance,
      relation: s.relation ?? null,
      attributedTo: s.report.attributedTo,
      publicationTitle: s.publication.title,
      date: s.report.asOf ?? s.publication.date ?? null,
      value: s.report.value,
      qualifier: s.report.qualifier,
      valueText: formatValue(s.report.value, s.report.qualifier),
      quote: s.report.quote,
    })),
  };
}

export const ACTOR_NAMES: Record<string, string> = {
  dprk: 'North Korea',
  russia: 'Russia',
  ukraine: 'Ukraine',
  'south-korea': 'South Korea',
  us: 'United States',
  uk: 'United Kingdom',
  china: 'China',
  iran: 'Iran',
  belarus: 'Belarus',
};

export const PLACE_NAMES: Record<string, string> = {
  kursk: 'Kursk Oblast',
  pokrovsk: 'Pokrovsk',
  kyiv: 'Kyiv',
  sumy: 'Sumy',
  ukraine: 'Ukraine',
  russia: 'Russia',
  'north-korea': 'North Korea',
  'south-korea': 'South Korea',
};

/** "chasiv-yar" → "Chasiv Yar": a readable name for an id the tables above do not list. */
const titleCase = (id: string) => id.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
export const actorName = (id: string) => ACTOR_NAMES[id] ?? titleCase(id);
export const placeName = (id: string) => PLACE_NAMES[id] ?? titleCase(id);
