import { describe, expect, it } from 'vitest';
import { Checker } from '../../../lib/check';
import { bundledDatabase } from '../../../lib/claims/bundled';
import { MAX_PACK_BYTES, mergeDatabases, parseStoredPacks, readClaimPack } from '../../../lib/claims/pack';

const pack = (extra: object = {}) => ({
  version: 1,
  publications: [{ id: 'kyiv-post-2025-10', title: 'Kyiv Post: Pyongyang sends more sappers', source: 'kyivpost.example', date: '2025-10' }],
  reports: [
    {
      id: 'kp-sappers-2000',
      measure: 'dprk-sappers-kursk',
      value: { low: 2000, high: 2000 },
      qualifier: null,
      attributedTo: 'Ukrainian military intelligence',
      publication: 'kyiv-post-2025-10',
      quote: 'North Korea has sent about 2,000 sappers to Kursk Oblast.',
    },
  ],
  ...extra,
});
const read = (content: unknown, name = 'pack.json') => readClaimPack(typeof content === 'string' ? content : JSON.stringify(content), name, [bundledDatabase]);
const errorsOf = (r: ReturnType<typeof read>) => (r.ok ? [] : r.errors).join('\n');

describe('readClaimPack', () => {
  it('imports a pack in the database\'s own shape and says what it adds', () => {
    const result = read(pack());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.added).toEqual({ publications: 1, measures: 0, reports: 1 });
  });

  it('merges a pack so its reports judge pages: 2,000 sappers becomes corroborated', () => {
    const before = new Checker(bundledDatabase).check('Moscow said 2,000 North Korean sappers are clearing mines in Kursk.')[0];
    expect(before.verdict).toBe('conflicting');
    const result = read(pack());
    if (!result.ok) throw new Error(errorsOf(result));
    const after = new Checker(mergeDatabases(bundledDatabase, [result.pack])).check('Moscow said 2,000 North Korean sappers are clearing mines in Kursk.')[0];
    expect(after.verdict).toBe('corroborated');
    expect(after.sources.find((s) => s.stance === 'agrees')?.publication.title).toBe('Kyiv Post: Pyongyang sends more sappers');
  });

  it('reads schema.org ClaimReview JSON-LD, keeping only claims rated true that match a measure', () => {
    const doc = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'ClaimReview', url: 'https://factcheck.example/1', datePublished: '2025-09-01', author: { '@type': 'Organization', name: 'Fact Desk' }, claimReviewed: 'Russia has massed about 110,000 troops near Pokrovsk.', itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'Oleksandr Syrskyi' } }, reviewRating: { '@type': 'Rating', ratingValue: 5, bestRating: 5, alternateName: 'True' } },
        { '@type': 'ClaimReview', claimReviewed: 'North Korea sent 100,000 troops to Kursk.', reviewRating: { alternateName: 'False' } },
        { '@type': 'ClaimReview', claimReviewed: 'The weather was fine.', reviewRating: { alternateName: 'True' } },
      ],
    };
    const result = read(doc, 'reviews.jsonld');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.added.reports).toBe(1);
    expect(result.pack.database.reports[0]).toMatchObject({ measure: 'russia-troops-pokrovsk', value: { low: 110000, high: 110000 }, qualifier: 'approx', attributedTo: 'Oleksandr Syrskyi' });
    expect(result.skipped).toHaveLength(2);
    expect(result.skipped.join()).toContain('not rated true');
  });

  it.each([
    ['malformed JSON', '{"version": 1, "reports": [', 'is not valid JSON'],
    ['a wrong shape', { version: 1, publications: 'none' }, 'publications'],
    ['a duplicate id', pack({ reports: [{ ...pack().reports[0], id: bundledDatabase.reports[0].id }] }), `duplicate report id "${bundledDatabase.reports[0].id}"`],
    ['a dangling reference', pack({ reports: [{ ...pack().reports[0], measure: 'no-such-measure' }] }), 'unknown measure "no-such-measure"'],
    ['a quote holding a script', pack({ reports: [{ ...pack().reports[0], quote: 'Sappers <script>alert(1)</script>' }] }), 'holds markup (<script>'],
    ['markup in a title', pack({ publications: [{ ...pack().publications[0], title: '<img src=x onerror=alert(1)>' }] }), 'publications[0].title holds markup'],
  ])('rejects %s with a message naming the problem', (_name, content, message) => {
    const result = read(content);
    expect(result.ok).toBe(false);
    expect(errorsOf(result)).toContain(message);
  });

  it('rejects a file over the size limit before parsing it', () => {
    const big = `[${'0,'.repeat(MAX_PACK_BYTES / 2)}0]`;
    const result = read(big, 'huge.json');
    expect(errorsOf(result)).toMatch(/huge\.json is \d+\.\d MB; a claim pack may be at most 2 MB/);
  });
});

describe('parseStoredPacks', () => {
  it('keeps the whole packs and drops a damaged one, never the others', () => {
    const good = read(pack());
    if (!good.ok) throw new Error(errorsOf(good));
    const damaged = { ...good.pack, id: 'damaged', database: { ...good.pack.database, reports: 'gone' } };
    const clash = { ...good.pack, id: 'clash' };
    expect(parseStoredPacks([damaged, good.pack, 'junk', clash], bundledDatabase).map((p) => p.id)).toEqual([good.pack.id]);
    expect(parseStoredPacks('corrupt', bundledDatabase)).toEqual([]);
  });
});
