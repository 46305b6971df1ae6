import { lineAround } from '../extract/tokenize';

/** The longest line read as a web address: a search result's breadcrumb or a pasted link. */
const MAX_ADDRESS_LINE = 300;
const ADDRESS = /^\s*(?:https?:\/\/|www\.)\S/i;

/**
 * Whether text[at] stands on a line that opens with a web address ("https://www.example.com › society › 3391207",
 * a search result's breadcrumb): its numbers are a page's id, a date or a path, never a count.
 */
export function onAddressLine(text: string, at: number): boolean {
  const bounds = lineAround(text, at, MAX_ADDRESS_LINE);
  return !!bounds && ADDRESS.test(text.slice(bounds[0], Math.min(bounds[1], bounds[0] + 16)));
}
