// The claim data's smallest parts, in a module of their own: the content script validates the engine's messages
// with them without building the database's schemas.
import { z } from '../zod';

/** A count as stated: a single figure has low === high, a range its two ends. The qualifier says how to read it. */
export const valueSchema = z
  .object({
    low: z.number().check(z.nonnegative()),
    high: z.number().check(z.nonnegative()),
  })
  .check(z.refine((v) => v.low <= v.high, { message: 'value.low must not exceed value.high' }));
export type Value = z.infer<typeof valueSchema>;

/**
 * How a figure is hedged. `approx` covers about/around/approximately/some/roughly/estimated;
 * `nearly` covers nearly/almost; `more-than` covers more than/over/above; `fewer-than` covers
 * fewer than/less than/under; `vague` is an order of magnitude ("tens of thousands").
 */
export const QUALIFIERS = ['approx', 'nearly', 'more-than', 'at-least', 'up-to', 'fewer-than', 'vague'] as const;
export const qualifierSchema = z.nullable(z.enum(QUALIFIERS));
export type Qualifier = z.infer<typeof qualifierSchema>;

export const CATEGORIES = ['troops', 'casualties', 'munitions'] as const;
export const categorySchema = z.enum(CATEGORIES);
export type Category = z.infer<typeof categorySchema>;

/** What one unit of the count is: people, formations (divisions, brigades) or items (shells, missiles, systems). */
export const unitSchema = z.enum(['people', 'formations', 'items']);
export type Unit = z.infer<typeof unitSchema>;
