import { z } from 'zod';

const counts = z.object({ corroborated: z.number().int(), conflicting: z.number().int(), unverified: z.number().int() });
export type VerdictCounts = z.infer<typeof counts>;

/** Messages to a tab's content script, from the popup or the background (command shortcut). */
export const tabMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('get-summary') }),
  z.object({ type: z.literal('open-sidebar') }),
  z.object({ type: z.literal('toggle-sidebar') }),
]);
export type TabMessage = z.infer<typeof tabMessageSchema>;

/** The content script's answer to get-summary. */
export const summarySchema = z.object({
  host: z.string(),
  enabled: z.boolean(),
  counts,
});
export type Summary = z.infer<typeof summarySchema>;
