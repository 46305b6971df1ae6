import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR, ROOT } from './harness';

/**
 * Gzipped budgets of the parts that run in pages. The target is 60 KB for the content script with the
 * claim database; the database lives in the background now, and a page loads the parts in stages: the watcher
 * on every page, the annotator on pages that may hold a figure, the sidebar when a reader opens it.
 */
export const BUDGETS = { 'content-scripts/content.js': 8 * 1024, 'annotator.js': 32 * 1024, 'sidebar.js': 24 * 1024 } as const;

const read = (file: string) => readFileSync(join(EXTENSION_DIR, file));

describe('bundle size', () => {
  for (const [file, budget] of Object.entries(BUDGETS)) {
    it(`keeps ${file} within ${budget / 1024} KiB gzipped`, () => {
      expect(gzipSync(read(file), { level: 9 }).length).toBeLessThanOrEqual(budget);
    });
  }

  it('keeps every part a page loads together within the 60 KB of the target', () => {
    const total = Object.keys(BUDGETS).reduce((n, file) => n + gzipSync(read(file), { level: 9 }).length, 0);
    expect(total).toBeLessThanOrEqual(60_000);
  });

  it('leaves the claim database and the matcher out of every part that runs in pages', () => {
    const db = JSON.parse(readFileSync(join(ROOT, 'data/claims.json'), 'utf8')) as { reports: Array<{ quote: string }> };
    const quote = JSON.stringify(db.reports[0].quote).slice(1, 40);
    const background = read('background.js').toString();
    expect(background).toContain(quote);
    // fuse.js, the matcher's fuzzy index, names itself in its error messages.
    expect(background).toContain("Incorrect 'index' type");
    for (const file of Object.keys(BUDGETS)) {
      const script = read(file).toString();
      expect(script).not.toContain(quote);
      expect(script).not.toContain("Incorrect 'index' type");
    }
  });
});
