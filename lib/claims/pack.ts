import { z } from '../zod';
import { Checker } from '../check';
import { type ClaimDatabase, type Publication, type Report, databasePartsSchema, referenceProblems } from './schema';

/** A claim pack the reader imported: a small claim database of its own, kept beside the bundled one. */
export const claimPackSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  importedAt: z.string(),
  database: databasePartsSchema,
});
export type ClaimPack = z.infer<typeof claimPackSchema>;

/** The largest file the options page accepts: a claim pack is a few hundred reports, never megabytes of them. */
export const MAX_PACK_BYTES = 2 * 1024 * 1024;

export type PackResult =
  | { ok: true; pack: ClaimPack; added: { publications: number; measures: number; reports: number }; skipped: string[] }
  | { ok: false; errors: string[] };

const MARKUP = /<\s*\/?\s*[a-z!?][^>]*>/i;

/** Every string in `value` that holds markup, by path: claim text is plain text, never HTML. */
function markupIn(value: unknown, path: string, out: string[]) {
  if (typeof value === 'string') {
    if (MARKUP.test(value)) out.push(`${path} holds markup (${value.match(MARKUP)![0].slice(0, 40)}); claim text must be plain text`);
  } else if (Array.isArray(value)) value.forEach((v, i) => markupIn(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) markupIn(v, path ? `${path}.${k}` : k, out);
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'pack';

type Json = Record<string, unknown>;
const isClaimReview = (x: unknown): x is Json => !!x && typeof x === 'object' && [(x as Json)['@type']].flat().includes('ClaimReview');
const nameOf = (x: unknown): string | undefined => (x && typeof x === 'object' ? ((x as Json).name as string | undefined) : typeof x === 'string' ? x : undefined);

/** ClaimReview items of a JSON-LD document: one item, an array, or a @graph. */
function claimReviews(doc: unknown): Json[] | null {
  const items = Array.isArray(doc) ? doc : doc && typeof doc === 'object' && Array.isArray((doc as Json)['@graph']) ? ((doc as Json)['@graph'] as unknown[]) : [doc];
  const reviews = items.filter(isClaimReview);
  return reviews.length > 0 ? reviews : null;
}

/** A rating that calls the claim true (or mostly true): only such claims become reports. */
function ratedTrue(review: Json): boolean {
  const rating = review.reviewRating as Json | undefined;
  if (!rating) return false;
  const name = String(rating.alternateName ?? '');
  if (/\b(false|misleading|incorrect|inaccurate|unproven|fake|wrong)\b/i.test(name)) return false;
  if (/\b(true|correct|accurate)\b/i.test(name)) return true;
  const value = Number(rating.ratingValue);
  const best = Number(rating.bestRating ?? 5);
  const worst = Number(rating.worstRating ?? 1);
  return Number.isFinite(value) && best > worst && (value - worst) / (best - worst) >= 0.6;
}

/**
 * Turns schema.org ClaimReview items into a claim database: each claim rated true is read by the same pipeline
 * as a page, and every figure in it that matches a measure becomes a report of that measure.
 */
function fromClaimReviews(reviews: Json[], base: ClaimDatabase, packId: string): { database: ClaimDatabase; skipped: string[] } {
  const checker = new Checker(base);
  const publications: Publication[] = [];
  const reports: Report[] = [];
  const skipped: string[] = [];
  reviews.forEach((review, i) => {
    const claim = String(review.claimReviewed ?? '').trim();
    const label = `claim ${i + 1}${claim ? ` ("${claim.slice(0, 60)}")` : ''}`;
    if (!claim) return void skipped.push(`${label}: no claimReviewed text`);
    if (!ratedTrue(review)) return void skipped.push(`${label}: not rated true, so it cannot corroborate anything`);
    const findings = checker.check(claim).filter((f) => f.measure);
    if (findings.length === 0) return void skipped.push(`${label}: no figure in it matches a measure of the database`);
    const item = review.itemReviewed as Json | undefined;
    const date = String(item?.datePublished ?? review.datePublished ?? '').slice(0, 10);
    const publication: Publication = {
      id: `${packId}-pub-${i + 1}`,
      title: String(review.headline ?? review.name ?? claim).slice(0, 200),
      source: String(review.url ?? nameOf(review.author) ?? 'ClaimReview'),
      ...(/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date) ? { date } : {}),
    };
    publications.push(publication);
    findings.forEach((f, k) =>
      reports.push({
        id: `${packId}-r-${i + 1}-${k + 1}`,
        measure: f.measure!.id,
        value: f.value,
        qualifier: f.qualifier,
        attributedTo: nameOf(item?.author) ?? `claim checked by ${nameOf(review.author) ?? 'a fact-checker'}`,
        publication: publication.id,
        quote: claim,
      }),
    );
  });
  return { database: { version: 1, topics: [], publications, measures: [], reports }, skipped };
}

/**
 * Reads an imported file as a claim pack: the database's own JSON shape, or a JSON-LD document of ClaimReview
 * items. Checked against `existing` (the bundled data and packs already imported) for duplicate ids and dangling
 * references. Every problem comes back as a message naming it; nothing is stored unless the pack is whole.
 */
export function readClaimPack(content: string, fileName: string, existing: readonly ClaimDatabase[], now = new Date()): PackResult {
  const bytes = new TextEncoder().encode(content).length;
  if (bytes > MAX_PACK_BYTES) {
    return { ok: false, errors: [`${fileName} is ${(bytes / 1024 / 1024).toFixed(1)} MB; a claim pack may be at most ${MAX_PACK_BYTES / 1024 / 1024} MB.`] };
  }
  let doc: unknown;
  try {
    doc = JSON.parse(content);
  } catch (error) {
    return { ok: false, errors: [`${fileName} is not valid JSON: ${(error as Error).message}`] };
  }
  const markup: string[] = [];
  markupIn(doc, '', markup);
  if (markup.length > 0) return { ok: false, errors: markup.slice(0, 10) };

  const id = `pack-${slug(fileName.replace(/\.[a-z]+$/i, ''))}-${now.getTime().toString(36)}`;
  const base: ClaimDatabase = {
    version: 1,
    topics: existing.flatMap((d) => d.topics),
    publications: existing.flatMap((d) => d.publications),
    measures: existing.flatMap((d) => d.measures),
    reports: existing.flatMap((d) => d.reports),
  };
  let database: ClaimDatabase;
  let skipped: string[] = [];
  const reviews = claimReviews(doc);
  if (reviews) {
    ({ database, skipped } = fromClaimReviews(reviews, base, id));
    if (database.reports.length === 0) return { ok: false, errors: [`${fileName} adds no report:`, ...skipped] };
  } else {
    const parsed = databasePartsSchema.safeParse(doc);
    if (!parsed.success) {
      return {
        ok: false,
        errors: [
          `${fileName} is neither a claim database (version, publications, measures, reports) nor ClaimReview JSON-LD:`,
          ...parsed.error.issues.slice(0, 10).map((i) => `${i.path.join('.') || '(top level)'}: ${i.message}`),
        ],
      };
    }
    database = parsed.data;
  }
  const problems = referenceProblems([...existing, database]);
  if (problems.length > 0) return { ok: false, errors: problems.slice(0, 10) };
  return {
    ok: true,
    pack: { id, name: fileName, importedAt: now.toISOString(), database },
    added: { publications: database.publications.length, measures: database.measures.length, reports: database.reports.length },
    skipped,
  };
}

/** The bundled database with the packs' data added: what the pipeline checks pages against. */
export function mergeDatabases(base: ClaimDatabase, packs: readonly ClaimPack[]): ClaimDatabase {
  if (packs.length === 0) return base;
  const all = [base, ...packs.map((p) => p.database)];
  return {
    version: 1,
    topics: all.flatMap((d) => d.topics),
    publications: all.flatMap((d) => d.publications),
    measures: all.flatMap((d) => d.measures),
    reports: all.flatMap((d) => d.reports),
  };
}

/** The stored packs that are still whole and fit with `base` and each other; a damaged one is dropped, never the others. */
export function parseStoredPacks(value: unknown, base: ClaimDatabase): ClaimPack[] {
  if (!Array.isArray(value)) return [];
  const kept: ClaimPack[] = [];
  for (const item of value) {
    const parsed = claimPackSchema.safeParse(item);
    if (parsed.success && referenceProblems([base, ...kept.map((p) => p.database), parsed.data.database]).length === 0) kept.push(parsed.data);
  }
  return kept;
}
