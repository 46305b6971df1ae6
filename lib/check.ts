import type { Category, ClaimDatabase, Measure } from './claims/schema';
import { extractFigures } from './extract/figures';
import type { Figure } from './figure';
import { type MatchReason, MeasureMatcher } from './match/matcher';
import { type Source, type Verdict, indexDatabase, judge, normalizeForQuote } from './match/verdict';

/** A figure with its verdict: what it was matched to, why, and the sources that agree or differ. */
export interface Finding extends Figure {
  verdict: Verdict;
  measure: Measure | null;
  why?: MatchReason;
  sources: Source[];
}

/** Which figures a reader tracks; absent means everything. */
export interface Tracking {
  categories?: ReadonlySet<Category>;
  /** Topic groups switched off: figures matched to their measures are not reported. */
  hiddenTopics?: ReadonlySet<string>;
}

/** The whole pipeline over plain text: extract, classify, match, judge. One instance per claim database. */
export class Checker {
  private readonly matcher: MeasureMatcher;
  private readonly index: ReturnType<typeof indexDatabase>;

  constructor(readonly db: ClaimDatabase) {
    this.matcher = new MeasureMatcher(db);
    this.index = indexDatabase(db);
  }

  /** Findings for `text` in reading order; offsets are into `text`. A report quoted in `text` is its own. */
  check(text: string, tracking: Tracking = {}): Finding[] {
    let page: string | undefined;
    const ownQuotes = new Map<string, boolean>();
    const own = (quote: string) => {
      let result = ownQuotes.get(quote);
      if (result === undefined) {
        page ??= normalizeForQuote(text);
        result = page.includes(normalizeForQuote(quote));
        ownQuotes.set(quote, result);
      }
      return result;
    };
    return this.judge(extractFigures(text), tracking, own);
  }

  /** Matches and judges figures already extracted (a page scanned in slices judges each slice). */
  judge(figures: readonly Figure[], tracking: Tracking, isOwn: (quote: string) => boolean): Finding[] {
    const findings: Finding[] = [];
    for (const figure of figures) {
      if (tracking.categories && !tracking.categories.has(figure.category)) continue;
      const match = this.matcher.match(figure);
      if (match && tracking.hiddenTopics?.has(match.measure.topic)) continue;
      if (!match) {
        findings.push({ ...figure, verdict: 'unverified', measure: null, sources: [] });
        continue;
      }
      const reports = this.index.reportsByMeasure.get(match.measure.id) ?? [];
      const { verdict, sources } = judge(figure, reports, this.index.publications, (r) => isOwn(r.quote));
      findings.push({ ...figure, verdict, measure: match.measure, why: match.why, sources });
    }
    return findings;
  }
}
