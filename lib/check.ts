import type { ClaimDatabase } from './claims/schema';
import { extractFigures } from './extract/figures';
import type { Figure } from './figure';
import { type Candidate, type Finding, type Tracking, factsOf, judgeCandidate } from './finding';
import { MeasureMatcher } from './match/matcher';
import { indexDatabase, quotesIn } from './match/verdict';

export type { Candidate, Finding, Tracking } from './finding';

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
    return this.judge(extractFigures(text), tracking, quotesIn(text));
  }

  /** The tracked figures among `figures`, each tied to its measure and that measure's reports. */
  match(figures: readonly Figure[], tracking: Tracking): Candidate[] {
    const candidates: Candidate[] = [];
    const { publications } = this.index;
    let previous: { figure: Figure; measure?: string } | undefined;
    for (const figure of figures) {
      if (tracking.categories && !tracking.categories.has(figure.category)) continue;
      const found = this.matcher.match(figure);
      const wholesMeasure = figure.partOfPrevious && previous?.figure.sentence.start === figure.sentence.start && previous.measure === found?.measure.id;
      const match = wholesMeasure ? null : found;
      previous = { figure, measure: found?.measure.id };
      if (match && tracking.hiddenTopics?.has(match.measure.topic)) continue;
      const facts = factsOf(figure);
      if (!match) candidates.push({ figure: facts, measure: null, reports: [], publications });
      else candidates.push({ figure: facts, measure: match.measure, why: match.why, reports: this.index.reportsByMeasure.get(match.measure.id) ?? [], publications });
    }
    return candidates;
  }

  /** Matches and judges figures already extracted (a page scanned in slices judges each slice). */
  judge(figures: readonly Figure[], tracking: Tracking, isOwn: (quote: string) => boolean): Finding[] {
    return this.match(figures, tracking).map((c) => judgeCandidate(c, (r) => isOwn(r.quote)));
  }
}
