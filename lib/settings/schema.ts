// zod/mini: the same validation as zod at a fraction of the size, since this module ships in the content script.
import { z } from '../zod';

const colour = z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/, 'colours are #rrggbb'));

/** A site as the reader lists it: a host name such as "www.bbc.co.uk" (a leading "www." is ignored when matching). */
export const hostSchema = z
  .string()
  .check(z.trim(), z.toLowerCase(), z.regex(/^[a-z0-9.-]+(?::\d+)?$/, 'a site is a host name such as example.com'));

export const settingsSchema = z.object({
  /** The three tracked categories; a category switched off is neither highlighted nor listed. */
  categories: z.object({ troops: z.boolean(), casualties: z.boolean(), munitions: z.boolean() }),
  /** Topic groups of the claim database switched off (figures matched to their measures are hidden). */
  hiddenTopics: z.array(z.string()),
  siteMode: z.enum(['everywhere', 'only-listed', 'never-listed']),
  sites: z.array(hostSchema),
  highlight: z.object({
    style: z.enum(['underline', 'background']),
    colours: z.object({ corroborated: colour, conflicting: colour, unverified: colour }),
  }),
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = {
  categories: { troops: true, casualties: true, munitions: true },
  hiddenTopics: [],
  siteMode: 'everywhere',
  sites: [],
  highlight: {
    style: 'underline',
    colours: { corroborated: '#1a7f37', conflicting: '#cf222e', unverified: '#6e7781' },
  },
};

/**
 * Reads stored settings field by field: a corrupt field falls back to its default and the valid ones are kept,
 * so one bad value never costs the reader the rest of their choices.
 */
export function parseSettings(value: unknown): Settings {
  const whole = settingsSchema.safeParse(value);
  if (whole.success) return whole.data;
  const input = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(defaultSettings) as Array<keyof Settings>) {
    const field = settingsSchema.shape[key].safeParse(input[key]);
    result[key] = field.success ? field.data : defaultSettings[key];
  }
  // A list keeps its valid entries: one mistyped site does not cost the reader the others.
  if (Array.isArray(input.sites) && !settingsSchema.shape.sites.safeParse(input.sites).success) {
    result.sites = input.sites.flatMap((site) => {
      const parsed = hostSchema.safeParse(site);
      return parsed.success ? [parsed.data] : [];
    });
  }
  if (Array.isArray(input.hiddenTopics)) result.hiddenTopics = input.hiddenTopics.filter((t): t is string => typeof t === 'string');
  return result as Settings;
}

const bareHost = (host: string) => host.toLowerCase().replace(/^www\./, '');

/** Whether the extension runs on `host` under the reader's site rule. */
export function isSiteEnabled(settings: Pick<Settings, 'siteMode' | 'sites'>, host: string): boolean {
  const listed = settings.sites.some((s) => bareHost(s) === bareHost(host));
  if (settings.siteMode === 'only-listed') return listed;
  if (settings.siteMode === 'never-listed') return !listed;
  return true;
}

/** The settings after the popup's "Enabled on this site" switch is flipped for `host`. */
export function setSiteEnabled(settings: Settings, host: string, enabled: boolean): Settings {
  const others = settings.sites.filter((s) => bareHost(s) !== bareHost(host));
  if (settings.siteMode === 'only-listed') return { ...settings, sites: enabled ? [...others, bareHost(host)] : others };
  if (enabled) return { ...settings, sites: others };
  // "Everywhere" is "never on listed sites" with an empty list; switching one site off makes the list explicit.
  return { ...settings, siteMode: 'never-listed', sites: [...others, bareHost(host)] };
}
