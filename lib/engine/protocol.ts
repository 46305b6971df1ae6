// The messages between a page's content script and the engine in the background, validated on both sides.
import { z } from '../zod';
import { categorySchema, qualifierSchema, unitSchema, valueSchema } from '../claims/primitives';
import type { Measure, Publication, Report } from '../claims/schema';
import type { FigureFacts } from '../finding';
import type { MatchReason } from '../match/matcher';

/** The name of the port a content script opens to the engine. */
export const ENGINE_PORT = 'figure-check/engine';

/** Text the engine accepts in one scan: a 2 MB page is 2 million characters; far beyond that is no article. */
export const MAX_SCAN_CHARS = 20_000_000;

const offset = z.int().check(z.nonnegative());

// Claim objects as the engine sends them. The engine validated the claim data fully when it loaded it (id
// formats, dates, references); here only their shape is checked, which keeps a page's share of the work small.
const measureSchema = z.object({
  id: z.string(),
  name: z.string(),
  category: categorySchema,
  unit: unitSchema,
  topic: z.string(),
  actor: z.string(),
  counterparts: z.array(z.string()),
  place: z.optional(z.string()),
  period: z.optional(z.string()),
  kind: z.optional(z.string()),
  aliases: z.array(z.string()),
  requires: z.array(z.string()),
  excludes: z.array(z.string()),
});

const reportSchema = z.object({
  id: z.string(),
  measure: z.string(),
  value: valueSchema,
  qualifier: qualifierSchema,
  asOf: z.optional(z.string()),
  attributedTo: z.string(),
  publication: z.string(),
  quote: z.string(),
});

const publicationSchema = z.object({
  id: z.string(),
  title: z.string(),
  source: z.string(),
  date: z.optional(z.string()),
  dateNote: z.optional(z.string()),
});

const count = z.number().check(z.nonnegative());

/** Why a figure was tied to its measure: [actor, place, kind, cues]. */
const wireReasonSchema = z.tuple([z.string(), z.nullable(z.string()), z.nullable(z.string()), z.array(z.string())]);

/**
 * A candidate as one flat tuple, its measure named by id: [start, end, low, high, sentence start, sentence end,
 * category, qualifier, attribution, measure, why]. A long page has thousands of candidates, and every nested
 * object cost the page a copy to receive and another in validation: as tuples, a 2 MB page's batches
 * validate in well under half the time. The figure's text is not sent: the page slices it from the text it
 * sent. The measure travels once per scan, in a batch's table, with every report of it: a candidate's reports
 * are its measure's.
 */
const wireCandidateSchema = z.tuple([
  offset,
  offset,
  count,
  count,
  offset,
  offset,
  categorySchema,
  qualifierSchema,
  z.nullable(z.string()),
  z.nullable(z.string()),
  z.nullable(wireReasonSchema),
]);
export type WireCandidate = z.infer<typeof wireCandidateSchema>;

/** A candidate as the engine holds it, before its measure is looked up. */
export interface CandidateFacts {
  figure: Omit<FigureFacts, 'text'>;
  measure: string | null;
  why?: MatchReason;
}

export function encodeCandidate({ figure: f, measure, why }: CandidateFacts): WireCandidate {
  const reason: WireCandidate[10] = why ? [why.actor, why.place ?? null, why.kind ?? null, why.cues] : null;
  return [f.start, f.end, f.value.low, f.value.high, f.sentence.start, f.sentence.end, f.category, f.qualifier, f.attribution ?? null, measure, reason];
}

/** The candidate a tuple stands for; throws on what the tuple's schema cannot say (a range that runs backwards). */
export function decodeCandidate([start, end, low, high, sentenceStart, sentenceEnd, category, qualifier, attribution, measure, reason]: WireCandidate): CandidateFacts {
  if (low > high) throw new Error('the engine sent a figure whose value runs backwards');
  if (start > end || sentenceStart > sentenceEnd) throw new Error('the engine sent a figure that ends before it starts');
  const figure: CandidateFacts['figure'] = { start, end, value: { low, high }, qualifier, category, sentence: { start: sentenceStart, end: sentenceEnd } };
  if (attribution !== null) figure.attribution = attribution;
  if (!reason) return { figure, measure };
  const [actor, place, kind, cues] = reason;
  const why: MatchReason = { actor, cues };
  if (place !== null) why.place = place;
  if (kind !== null) why.kind = kind;
  return { figure, measure, why };
}

export const wireTrackingSchema = z.object({
  categories: z.optional(z.array(categorySchema)),
  hiddenTopics: z.array(z.string()),
});
export type WireTracking = z.infer<typeof wireTrackingSchema>;

/** Content script → engine. */
export const clientMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('scan'), scan: offset, text: z.string().check(z.maxLength(MAX_SCAN_CHARS)), tracking: wireTrackingSchema }),
  z.object({ type: z.literal('cancel'), scan: offset }),
]);
export type ClientMessage = z.infer<typeof clientMessageSchema>;

/**
 * Engine → content script: the candidates of one slice of a scan's text, in reading order, and the measures
 * (with all their reports) and publications they name that this scan has not sent before. `done` marks a
 * scan's last batch.
 */
export const batchSchema = z.object({
  type: z.literal('batch'),
  scan: offset,
  candidates: z.array(wireCandidateSchema),
  measures: z.array(measureSchema),
  reports: z.array(reportSchema),
  publications: z.array(publicationSchema),
  /** Ids of this batch's reports whose quote stands in the scanned text: the page's own words. */
  quoted: z.array(z.string()),
  done: z.boolean(),
});
export type Batch = z.infer<typeof batchSchema>;

export const engineMessageSchema = z.discriminatedUnion('type', [batchSchema, z.object({ type: z.literal('failed'), scan: offset, message: z.string() })]);
export type EngineMessage = z.infer<typeof engineMessageSchema>;

// The wire types and the engine's own types must stay one shape: a change to either fails the typecheck here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const shapesAgree: [
  Same<z.infer<typeof measureSchema>, Measure>,
  Same<z.infer<typeof reportSchema>, Report>,
  Same<z.infer<typeof publicationSchema>, Publication>,
] = [true, true, true];
void shapesAgree;
