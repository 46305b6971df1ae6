import type { ClaimDatabase, Publication, Report } from '../claims/schema';
import { type Stated, compatible } from './compatible';

export type Verdict = 'corroborated' | 'conflicting' | 'unverified';

/** One report's bearing on a figure: it agrees, it differs, or it is the page's own words. */
export interface Source {
  report: Report;
  publication: Publication;
  stance: 'agrees' | 'differs' | 'own';
  /** For a differing report: dated after or before the estimates that agree (or, failing those, this page). */
  relation?: 'newer' | 'older';
}

export interface Judgement {
  verdict: Verdict;
  sources: Source[];
}

/** Folds quotes, dashes and spacing so a quote matches the page however the page typesets it. */
export function normalizeForQuote(text: string): string {
  return text
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** Whether a quote stands in `text`, however typeset: the text is normalised once, on the first quote asked about. */
export function quotesIn(text: string): (quote: string) => boolean {
  let normalised: string | undefined;
  const answers = new Map<string, boolean>();
  return (quote) => {
    let answer = answers.get(quote);
    if (answer === undefined) {
      normalised ??= normalizeForQuote(text);
      answer = normalised.includes(normalizeForQuote(quote));
      answers.set(quote, answer);
    }
    return answer;
  };
}

const dateOf = (s: Source) => s.report.asOf ?? s.publication.date;

/**
 * Judges a figure against the reports of the measure it matched (DESIGN §4). `isOwn` says whether a report's
 * quote stands in the page being checked: such a report is shown as "this article" and never corroborates it.
 */
export function judge(figure: Stated, reports: readonly Report[], publications: ReadonlyMap<string, Publication>, isOwn: (r: Report) => boolean): Judgement {
  const sources: Source[] = reports.map((report) => ({
    report,
    publication: publications.get(report.publication)!,
    stance: isOwn(report) ? 'own' : compatible(figure, report) ? 'agrees' : 'differs',
  }));
  const agrees = sources.filter((s) => s.stance === 'agrees');
  const differs = sources.filter((s) => s.stance === 'differs');
  const reference = [...agrees, ...sources.filter((s) => s.stance === 'own')].map(dateOf).filter((d): d is string => !!d).sort().at(-1);
  if (reference) {
    for (const s of differs) {
      const d = dateOf(s);
      // Partial dates compare by their common prefix: "2025" is neither before nor after "2025-07".
      if (!d) continue;
      const n = Math.min(d.length, reference.length);
      if (d.slice(0, n) > reference.slice(0, n)) s.relation = 'newer';
      else if (d.slice(0, n) < reference.slice(0, n)) s.relation = 'older';
    }
  }
  const order = { agrees: 0, differs: 1, own: 2 } as const;
  // Newest first within a stance. Plain comparison: ISO dates order as strings, and localeCompare would load a collator.
  const newestFirst = (a: Source, b: Source) => {
    const da = dateOf(a) ?? '';
    const db = dateOf(b) ?? '';
    return da === db ? 0 : da < db ? 1 : -1;
  };
  sources.sort((a, b) => order[a.stance] - order[b.stance] || newestFirst(a, b));
  const verdict: Verdict = agrees.length > 0 ? 'corroborated' : differs.length > 0 ? 'conflicting' : 'unverified';
  return { verdict, sources };
}

/** Reports grouped by measure and publications by id, built once per database. */
export function indexDatabase(db: Pick<ClaimDatabase, 'reports' | 'publications'>) {
  const reportsByMeasure = new Map<string, Report[]>();
  for (const r of db.reports) {
    const list = reportsByMeasure.get(r.measure) ?? [];
    list.push(r);
    reportsByMeasure.set(r.measure, list);
  }
  return { reportsByMeasure, publications: new Map(db.publications.map((p) => [p.id, p])) };
}
