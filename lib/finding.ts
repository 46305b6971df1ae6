import type { Category, Measure, Publication, Report } from './claims/schema';
import type { Figure } from './figure';
import type { MatchReason } from './match/matcher';
import { type Source, type Verdict, judge } from './match/verdict';

/** What a figure is, without the sentence's words the matcher reads: the part worth sending between contexts. */
export type FigureFacts = Omit<Figure, 'words' | 'nearbyWords'>;

/** A figure with its verdict: what it was matched to, why, and the sources that agree or differ. */
export interface Finding extends FigureFacts {
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

/**
 * A tracked figure tied to its measure (or to none) with that measure's reports: everything judging needs.
 * Judging is split from matching because whether a report is the page's own depends on the whole page,
 * which only the page knows; matching needs the claim database, which the page does not hold.
 */
export interface Candidate {
  figure: FigureFacts;
  measure: Measure | null;
  why?: MatchReason;
  reports: readonly Report[];
  publications: ReadonlyMap<string, Publication>;
  /** Whether a report's quote stands in the text this candidate was found in, when the matcher looked. */
  quotedHere?: (report: Report) => boolean;
}

/** Judges a candidate (DESIGN §4). `isOwn` says whether a report's quote stands in the page being checked. */
export function judgeCandidate(c: Candidate, isOwn: (report: Report) => boolean): Finding {
  if (!c.measure) return { ...c.figure, verdict: 'unverified', measure: null, sources: [] };
  const { verdict, sources } = judge(c.figure, c.reports, c.publications, isOwn);
  return { ...c.figure, verdict, measure: c.measure, why: c.why, sources };
}

/** A figure without the matcher's word lists. */
export function factsOf(figure: Figure): FigureFacts {
  const { words: _words, nearbyWords: _nearby, ...facts } = figure;
  return facts;
}
