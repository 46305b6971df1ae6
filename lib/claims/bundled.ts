import raw from '../../data/claims.json';
import type { ClaimDatabase } from './schema';

/**
 * The claim database shipped with the extension. It is validated against the schema by the test suite and
 * the build (test/data/claims.test.ts), so the content script does not pay for parsing it on every page.
 */
export const bundledDatabase = raw as ClaimDatabase;
