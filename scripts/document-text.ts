import { extname } from 'node:path';
import { parseHTML } from 'linkedom';
import { collectText } from '../lib/collect/text-index';

/** The text the extension would read from a saved file: for HTML, the content script's own collect step over linkedom's DOM. */
export function documentText(file: string, content: string): string {
  const ext = extname(file).toLowerCase();
  if (ext !== '.html' && ext !== '.htm') return content;
  const { document } = parseHTML(content);
  return collectText(document.body ?? document.documentElement).text;
}
