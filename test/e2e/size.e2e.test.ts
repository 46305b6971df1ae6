import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './harness';

/** The content script runs on every page: its gzipped size, claim database included, has a budget. */
// 60 KiB was the target; validating imported claim packs with zod/mini where the content script reads them costs
// about 2 KiB more, and the validation was kept (see README, Performance).
export const CONTENT_SCRIPT_BUDGET = 64 * 1024;

describe('bundle size', () => {
  it(`keeps the content script within ${CONTENT_SCRIPT_BUDGET / 1024} KiB gzipped, claim database included`, () => {
    const bytes = gzipSync(readFileSync(join(EXTENSION_DIR, 'content-scripts/content.js')), { level: 9 }).length;
    expect(bytes).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET);
  });
});
