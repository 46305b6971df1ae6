// zod/mini keeps message validation in the content script small.
import { z } from './zod';

const counts = z.object({ corroborated: z.int(), conflicting: z.int(), unverified: z.int() });
export type VerdictCounts = z.infer<typeof counts>;

/** Messages to a tab's content script, from the popup or the background (command shortcut, new claims). */
export const tabMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('get-summary') }),
  z.object({ type: z.literal('open-sidebar') }),
  z.object({ type: z.literal('toggle-sidebar') }),
  // The reader's claim packs changed and the engine has rebuilt: findings on the page are stale.
  z.object({ type: z.literal('claims-changed') }),
]);
export type TabMessage = z.infer<typeof tabMessageSchema>;

/** The content script's answer to get-summary. */
export const summarySchema = z.object({
  host: z.string(),
  enabled: z.boolean(),
  counts,
});
export type Summary = z.infer<typeof summarySchema>;

/** The parts of the content script the background injects on request (see utils/parts.ts). */
export const partSchema = z.enum(['annotator', 'sidebar']);
export type Part = z.infer<typeof partSchema>;

/** Messages to the background from a content script. */
export const backgroundMessageSchema = z.discriminatedUnion('type', [z.object({ type: z.literal('inject-part'), part: partSchema })]);
export type BackgroundMessage = z.infer<typeof backgroundMessageSchema>;
