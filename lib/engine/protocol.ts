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

/** A figure's facts but its text, which the page slices from the text it sent. */
const figureFactsSchema = z.object({
  start: offset,
  end: offset,
  value: valueSchema,
  qualifier: qualifierSchema,
  category: categorySchema,
  attribution: z.optional(z.string()),
  sentence: z.object({ start: offset, end: offset }),
});

const matchReasonSchema = z.object({
  actor: z.string(),
  place: z.optional(z.string()),
  cues: z.array(z.string()),
  kind: z.optional(z.string()),
});

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

/**
 * A candidate with its measure named by id. The measure travels once per scan, in a batch's table, with every
 * report of it: a candidate's reports are its measure's.
 */
const wireCandidateSchema = z.object({
  figure: figureFactsSchema,
  measure: z.nullable(z.string()),
  why: z.optional(matchReasonSchema),
});
export type WireCandidate = z.infer<typeof wireCandidateSchema>;

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
  Same<z.infer<typeof figureFactsSchema>, Omit<FigureFacts, 'text'>>,
  Same<z.infer<typeof matchReasonSchema>, MatchReason>,
  Same<z.infer<typeof measureSchema>, Measure>,
  Same<z.infer<typeof reportSchema>, Report>,
  Same<z.infer<typeof publicationSchema>, Publication>,
] = [true, true, true, true, true];
void shapesAgree;
