import { z } from 'zod';

/** A count as stated: a single figure has low === high, a range its two ends. The qualifier says how to read it. */
export const valueSchema = z
  .object({
    low: z.number().nonnegative(),
    high: z.number().nonnegative(),
  })
  .refine((v) => v.low <= v.high, { message: 'value.low must not exceed value.high' });
export type Value = z.infer<typeof valueSchema>;

/**
 * How a figure is hedged. `approx` covers about/around/approximately/some/roughly/estimated;
 * `nearly` covers nearly/almost; `more-than` covers more than/over/above; `fewer-than` covers
 * fewer than/less than/under; `vague` is an order of magnitude ("tens of thousands").
 */
export const qualifierSchema = z
  .enum(['approx', 'nearly', 'more-than', 'at-least', 'up-to', 'fewer-than', 'vague'])
  .nullable();
export type Qualifier = z.infer<typeof qualifierSchema>;

export const categorySchema = z.enum(['troops', 'casualties', 'munitions']);
export type Category = z.infer<typeof categorySchema>;

/** What one unit of the count is: people, formations (divisions, brigades) or items (shells, missiles, systems). */
export const unitSchema = z.enum(['people', 'formations', 'items']);
export type Unit = z.infer<typeof unitSchema>;

const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case kebab-case');

/** ISO date, possibly partial: 2025, 2025-07 or 2025-07-06. */
export const partialDateSchema = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'dates are YYYY, YYYY-MM or YYYY-MM-DD');

export const topicSchema = z.object({
  id: idSchema,
  name: z.string().min(1),
});
export type Topic = z.infer<typeof topicSchema>;

export const publicationSchema = z.object({
  id: idSchema,
  title: z.string().min(1),
  /** The seed file the publication was transcribed from, or the pack's own source name. */
  source: z.string().min(1),
  date: partialDateSchema.optional(),
  /** Why the date is what it is when the article does not print one. */
  dateNote: z.string().optional(),
});
export type Publication = z.infer<typeof publicationSchema>;

export const measureSchema = z.object({
  id: idSchema,
  /** Plain-language name of what is counted, shown to readers. */
  name: z.string().min(1),
  category: categorySchema,
  unit: unitSchema,
  topic: idSchema,
  /** Whose troops, casualties or munitions these are (actor ids from lib/classify/entities.ts). */
  actor: z.string().min(1),
  /** Who else is involved, e.g. the recipient of a transfer. */
  counterparts: z.array(z.string()).default([]),
  /** Place id the count is about, when it is about one place. */
  place: z.string().optional(),
  /** Free-text period, e.g. "since November 2024". */
  period: z.string().optional(),
  /**
   * A specific kind of unit within the category ("sappers", "shells", "drones"). A figure whose noun
   * names a kind only matches measures of that kind.
   */
  kind: z.string().optional(),
  /** Words and phrases that tie a sentence to this measure rather than its siblings. */
  aliases: z.array(z.string().min(1)).default([]),
  /**
   * For narrow measures (an analyst's scenario, a one-off increase): at least one of these words must
   * stand in the figure's sentence, so a general figure is never forced onto them.
   */
  requires: z.array(z.string().min(1)).default([]),
  /** Words that mark a figure as about something else: a daily toll ("in the past 24 hours") is not a running total. */
  excludes: z.array(z.string().min(1)).default([]),
});
export type Measure = z.infer<typeof measureSchema>;

export const reportSchema = z.object({
  id: idSchema,
  measure: idSchema,
  value: valueSchema,
  qualifier: qualifierSchema.default(null),
  /** Date or period the figure describes, as precise as the article allows. */
  asOf: partialDateSchema.optional(),
  /** Who asserts the figure, as the article puts it ("Ukrainian intelligence"). */
  attributedTo: z.string().min(1),
  publication: idSchema,
  /** The exact words of the publication that carry the figure. */
  quote: z.string().min(1),
});
export type Report = z.infer<typeof reportSchema>;

export const claimDatabaseSchema = z
  .object({
    version: z.literal(1),
    topics: z.array(topicSchema),
    publications: z.array(publicationSchema),
    measures: z.array(measureSchema),
    reports: z.array(reportSchema),
  })
  .superRefine((db, ctx) => {
    const unique = (kind: 'topics' | 'publications' | 'measures' | 'reports') => {
      const seen = new Set<string>();
      db[kind].forEach((item, index) => {
        if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [kind, index, 'id'], message: `duplicate id "${item.id}"` });
        seen.add(item.id);
      });
      return seen;
    };
    const topics = unique('topics');
    const publications = unique('publications');
    const measures = unique('measures');
    unique('reports');
    db.measures.forEach((m, i) => {
      if (!topics.has(m.topic)) ctx.addIssue({ code: 'custom', path: ['measures', i, 'topic'], message: `unknown topic "${m.topic}"` });
    });
    db.reports.forEach((r, i) => {
      if (!measures.has(r.measure)) ctx.addIssue({ code: 'custom', path: ['reports', i, 'measure'], message: `unknown measure "${r.measure}"` });
      if (!publications.has(r.publication))
        ctx.addIssue({ code: 'custom', path: ['reports', i, 'publication'], message: `unknown publication "${r.publication}"` });
    });
  });
export type ClaimDatabase = z.infer<typeof claimDatabaseSchema>;
