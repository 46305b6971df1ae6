import type { Category, Measure, Publication, Report } from './claims/schema';
import type { Figure } from './figure';
import type { MatchReason } from './match/matcher';
import { type Source, type Verdict, judge } from './match/verdict';

/**
 * What a reader is told about a figure: where it stands, what it says, what it counts and who says so. The
 * classifier's working data (actors, places, the sentence's words) stays with the matcher; this is the part
 * sent from the engine to a page, so every field here is paid for on every figure of a long page.
 */
export type FigureFacts = Pick<Figure, 'text' | 'start' | 'end' | 'value' | 'qualifier' | 'category' | 'attribution' | 'sentence'>;

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

export function factsOf(f: Figure): FigureFacts {
  const facts: FigureFacts = { text: f.text, start: f.start, end: f.end, value: f.value, qualifier: f.qualifier, category: f.category, sentence: f.sentence };
  if (f.attribution !== undefined) facts.attribution = f.attribution;
  return facts;
}
