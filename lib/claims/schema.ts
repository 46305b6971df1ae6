// zod/mini: the same validation as zod in a smaller bundle, for the background and the options page, which
// validate the claim database and imported packs.
import { z } from '../zod';

export { type Category, type Qualifier, type Unit, type Value, categorySchema, qualifierSchema, unitSchema, valueSchema } from './primitives';
import { categorySchema, qualifierSchema, unitSchema, valueSchema } from './primitives';

const idSchema = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case kebab-case'));
const text = z.string().check(z.minLength(1));
const texts = z._default(z.array(text), []);

/** ISO date, possibly partial: 2025, 2025-07 or 2025-07-06. */
export const partialDateSchema = z.string().check(z.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'dates are YYYY, YYYY-MM or YYYY-MM-DD'));

export const topicSchema = z.object({ id: idSchema, name: text });
export type Topic = z.infer<typeof topicSchema>;

export const publicationSchema = z.object({
  id: idSchema,
  title: text,
  /** The seed file the publication was transcribed from, or the pack's own source name. */
  source: text,
  date: z.optional(partialDateSchema),
  /** Why the date is what it is when the article does not print one. */
  dateNote: z.optional(z.string()),
});
export type Publication = z.infer<typeof publicationSchema>;

export const measureSchema = z.object({
  id: idSchema,
  /** Plain-language name of what is counted, shown to readers. */
  name: text,
  category: categorySchema,
  unit: unitSchema,
  topic: idSchema,
  /** Whose troops, casualties or munitions these are (actor ids from lib/classify/entities.ts). */
  actor: text,
  /** Who else is involved, e.g. the recipient of a transfer. */
  counterparts: z._default(z.array(z.string()), []),
  /** Place id the count is about, when it is about one place. */
  place: z.optional(z.string()),
  /** Free-text period, e.g. "since November 2024". */
  period: z.optional(z.string()),
  /**
   * A specific kind of unit within the category ("sappers", "shells", "drones"). A figure whose noun
   * names a kind only matches measures of that kind. One count of two kinds of what is fired ("741 drones and
   * missiles") has both, joined by "+" in alphabetical order: "drones+missiles".
   */
  kind: z.optional(z.string()),
  /** Words and phrases that tie a sentence to this measure rather than its siblings. */
  aliases: texts,
  /**
   * For narrow measures (an analyst's scenario, a one-off increase): at least one of these words must
   * stand in the figure's sentence, so a general figure is never forced onto them.
   */
  requires: texts,
  /** Words that mark a figure as about something else: a daily toll ("in the past 24 hours") is not a running total. */
  excludes: texts,
});
export type Measure = z.infer<typeof measureSchema>;

export const reportSchema = z.object({
  id: idSchema,
  measure: idSchema,
  value: valueSchema,
  qualifier: z._default(qualifierSchema, null),
  /** Date or period the figure describes, as precise as the article allows. */
  asOf: z.optional(partialDateSchema),
  /** Who asserts the figure, as the article puts it ("Ukrainian intelligence"). */
  attributedTo: text,
  publication: idSchema,
  /** The exact words of the publication that carry the figure. */
  quote: text,
});
export type Report = z.infer<typeof reportSchema>;

/** The database's parts without their cross-references checked: a claim pack may refer to the bundled data. */
export const databasePartsSchema = z.object({
  version: z.literal(1),
  topics: z._default(z.array(topicSchema), []),
  publications: z.array(publicationSchema),
  measures: z._default(z.array(measureSchema), []),
  reports: z.array(reportSchema),
});

export type ClaimDatabase = z.infer<typeof databasePartsSchema>;

/** Problems of ids and references across `dbs` taken together: duplicates and references to nothing. */
export function referenceProblems(dbs: readonly ClaimDatabase[]): string[] {
  const problems: string[] = [];
  const ids = { topics: new Set<string>(), publications: new Set<string>(), measures: new Set<string>(), reports: new Set<string>() };
  for (const db of dbs) {
    for (const kind of ['topics', 'publications', 'measures', 'reports'] as const) {
      for (const item of db[kind]) {
        if (ids[kind].has(item.id)) problems.push(`duplicate ${kind.slice(0, -1)} id "${item.id}"`);
        ids[kind].add(item.id);
      }
    }
  }
  for (const db of dbs) {
    for (const m of db.measures) if (!ids.topics.has(m.topic)) problems.push(`measure "${m.id}" names unknown topic "${m.topic}"`);
    for (const r of db.reports) {
      if (!ids.measures.has(r.measure)) problems.push(`report "${r.id}" names unknown measure "${r.measure}"`);
      if (!ids.publications.has(r.publication)) problems.push(`report "${r.id}" names unknown publication "${r.publication}"`);
    }
  }
  return problems;
}

/** A whole claim database: its parts, with every id unique and every reference resolved within it. */
export const claimDatabaseSchema = databasePartsSchema.check(
  z.superRefine((db, ctx) => {
    for (const message of referenceProblems([db])) ctx.addIssue({ code: 'custom', message, input: db });
  }),
);
