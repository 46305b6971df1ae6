import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR, ROOT } from './harness';

/**
 * The content script runs on every page: its gzipped size has a budget. The target is 60 KB with the
 * claim database; the database now lives in the background, and the budget keeps the script well under it.
 */
export const CONTENT_SCRIPT_BUDGET = 48 * 1024;

const contentScript = () => readFileSync(join(EXTENSION_DIR, 'content-scripts/content.js'));

describe('bundle size', () => {
  it(`keeps the content script within ${CONTENT_SCRIPT_BUDGET / 1024} KiB gzipped`, () => {
    expect(gzipSync(contentScript(), { level: 9 }).length).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET);
  });

  it('leaves the claim database and the matcher out of the content script: pages never parse them', () => {
    const db = JSON.parse(readFileSync(join(ROOT, 'data/claims.json'), 'utf8')) as { reports: Array<{ quote: string }> };
    const script = contentScript().toString();
    const background = readFileSync(join(EXTENSION_DIR, 'background.js')).toString();
    const quote = JSON.stringify(db.reports[0].quote).slice(1, 40);
    expect(background).toContain(quote);
    expect(script).not.toContain(quote);
    // fuse.js, the matcher's fuzzy index, announces itself in its own error messages.
    expect(background).toContain("Incorrect 'index' type");
    expect(script).not.toContain("Incorrect 'index' type");
  });
});
