// The messages between a page's content script and the engine in the background, validated on both sides.
import { z } from '../zod';
import { CATEGORIES, QUALIFIERS, categorySchema, qualifierSchema, unitSchema, valueSchema } from '../claims/primitives';
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

/**
 * A batch's candidates packed flat: FIELDS numbers per candidate in one array, and the strings and cue lists
 * they name in tables beside it. A 2 MB page has thousands of candidates: sent as nested tuples, zod walked
 * some 80,000 values of mixed type to validate them, on the page's main thread. One array of plain numbers
 * validates in one loop, and decoding checks what the schema cannot (whole offsets, references, ranges that run
 * backwards). A candidate's numbers:
 *
 *   start, end, low, high, sentence start, sentence end, category, qualifier, attribution, measure, actor,
 *   place, kind, cues
 *
 * category and qualifier index CATEGORIES and QUALIFIERS, cues indexes `lists`, the others index `strings`;
 * -1 is absent (a null qualifier, no attribution, no measure, no reason). A candidate with an actor has a reason.
 */
const FIELDS = 14;
const ABSENT = -1;
const reference = z.int().check(z.gte(ABSENT));
/**
 * A check of its own rather than z.array(z.number()): zod's array makes two objects for every element it
 * checks, 150,000 on a 2 MB page, which took longer than all the rest of the page's validation together.
 */
function isPacked(n: unknown): boolean {
  if (!Array.isArray(n) || n.length % FIELDS !== 0) return false;
  for (const x of n) if (typeof x !== 'number' || !Number.isFinite(x)) return false;
  return true;
}
const packedCandidatesSchema = z.object({
  numbers: z.custom<number[]>(isPacked, `candidates come as ${FIELDS} finite numbers each`),
  strings: z.array(z.string()),
  lists: z.array(z.array(reference)),
});
export type PackedCandidates = z.infer<typeof packedCandidatesSchema>;

/** A candidate as the engine holds it, before its measure is looked up. */
export interface CandidateFacts {
  figure: Omit<FigureFacts, 'text'>;
  measure: string | null;
  why?: MatchReason;
}

/** Hands out each distinct key's index in a table, adding it on first sight. */
function table<K, V>(into: V[], toValue: (key: K) => V) {
  const index = new Map<K, number>();
  return (key: K | null | undefined) => {
    if (key === null || key === undefined) return ABSENT;
    let i = index.get(key);
    if (i === undefined) {
      i = into.push(toValue(key)) - 1;
      index.set(key, i);
    }
    return i;
  };
}

export function packCandidates(candidates: readonly CandidateFacts[]): PackedCandidates {
  const packed: PackedCandidates = { numbers: [], strings: [], lists: [] };
  const string = table<string, string>(packed.strings, (s) => s);
  // Lists are keyed by their strings' indexes, which no string's content can make ambiguous.
  const list = table<string, number[]>(packed.lists, (key) => (key === '' ? [] : key.split(' ').map(Number)));
  for (const { figure: f, measure, why } of candidates) {
    const qualifier = f.qualifier === null ? ABSENT : QUALIFIERS.indexOf(f.qualifier);
    const category = CATEGORIES.indexOf(f.category);
    const reason = why ? [string(why.actor), string(why.place), string(why.kind), list(why.cues.map(string).join(' '))] : [ABSENT, ABSENT, ABSENT, ABSENT];
    packed.numbers.push(f.start, f.end, f.value.low, f.value.high, f.sentence.start, f.sentence.end, category, qualifier, string(f.attribution), string(measure), ...reason);
  }
  return packed;
}

/** The candidates the numbers stand for; throws on what their schema cannot say (a range that runs backwards). */
export function unpackCandidates({ numbers: n, strings, lists }: PackedCandidates): CandidateFacts[] {
  const text = (i: number) => {
    const s = strings[i];
    if (s === undefined) throw new Error('the engine named a string it did not send');
    return s;
  };
  const candidates: CandidateFacts[] = [];
  for (let i = 0; i < n.length; i += FIELDS) {
    const start = n[i], end = n[i + 1], low = n[i + 2], high = n[i + 3], sentenceStart = n[i + 4], sentenceEnd = n[i + 5];
    if (!(isOffset(start) && isOffset(end) && isOffset(sentenceStart) && isOffset(sentenceEnd) && low >= 0)) throw new Error('the engine sent a figure with a broken offset or value');
    if (low > high) throw new Error('the engine sent a figure whose value runs backwards');
    if (start > end || sentenceStart > sentenceEnd) throw new Error('the engine sent a figure that ends before it starts');
    const figure: CandidateFacts['figure'] = {
      start,
      end,
      value: { low, high },
      qualifier: n[i + 7] === ABSENT ? null : listed(QUALIFIERS, n[i + 7], 'qualifier'),
      category: listed(CATEGORIES, n[i + 6], 'category'),
      sentence: { start: sentenceStart, end: sentenceEnd },
    };
    if (n[i + 8] !== ABSENT) figure.attribution = text(n[i + 8]);
    const measure = n[i + 9] === ABSENT ? null : text(n[i + 9]);
    if (n[i + 10] === ABSENT) {
      candidates.push({ figure, measure });
      continue;
    }
    const cues = n[i + 13] === ABSENT ? [] : lists[n[i + 13]];
    if (cues === undefined) throw new Error('the engine named a cue list it did not send');
    const why: MatchReason = { actor: text(n[i + 10]), cues: cues.map(text) };
    if (n[i + 11] !== ABSENT) why.place = text(n[i + 11]);
    if (n[i + 12] !== ABSENT) why.kind = text(n[i + 12]);
    candidates.push({ figure, measure, why });
  }
  return candidates;
}

const isOffset = (x: number) => Number.isInteger(x) && x >= 0;

function listed<T>(list: readonly T[], i: number, what: string): T {
  const item = list[i];
  if (item === undefined) throw new Error(`the engine sent an unknown ${what}`);
  return item;
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
  candidates: packedCandidatesSchema,
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
