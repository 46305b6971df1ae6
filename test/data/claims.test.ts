import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import raw from '../../data/claims.json';
import { claimDatabaseSchema } from '../../lib/claims/schema';
import { extractFigures } from '../../lib/extract/figures';
import { findQuantities } from '../../lib/extract/numbers';
import { tokenize } from '../../lib/extract/tokenize';

const SEEDS = join(__dirname, '../../../shared/seeds');
const db = claimDatabaseSchema.parse(raw);
const seedText = new Map(db.publications.map((p) => [p.id, readFileSync(join(SEEDS, p.source), 'utf8')]));

describe('the bundled claim database', () => {
  it('is valid against the schema, complete as written (no field left to a default)', () => {
    expect(db).toEqual(raw);
  });

  it('has at least one report for every measure and every topic in use', () => {
    for (const m of db.measures) expect(db.reports.some((r) => r.measure === m.id), m.id).toBe(true);
    for (const t of db.topics) expect(db.measures.some((m) => m.topic === t.id), t.id).toBe(true);
  });

  it('quotes every report verbatim from its seed article', () => {
    for (const r of db.reports) expect(seedText.get(r.publication), r.id).toContain(r.quote);
  });

  it("yields each report's value and qualifier when its quote is run through the extractor", () => {
    for (const r of db.reports) {
      const quantities = findQuantities(tokenize(r.quote), () => true);
      expect(
        quantities.some((q) => q.value.low === r.value.low && q.value.high === r.value.high && q.qualifier === r.qualifier),
        `${r.id}: ${r.quote}`,
      ).toBe(true);
    }
  });

  it('holds every troop, casualty and munition figure the extractor finds in the seeds', () => {
    for (const pub of db.publications) {
      const text = seedText.get(pub.id)!;
      const reports = db.reports.filter((r) => r.publication === pub.id);
      for (const f of extractFigures(text)) {
        const covered = reports.some((r) => {
          const at = text.indexOf(r.quote);
          return f.start >= at && f.end <= at + r.quote.length && f.value.low === r.value.low && f.value.high === r.value.high;
        });
        expect(covered, `${pub.source}: "${f.text}" (${f.value.low}–${f.value.high}) has no report`).toBe(true);
      }
    }
  });

  it('gives each report a category the extractor agrees with, in the context of its seed', () => {
    const measures = new Map(db.measures.map((m) => [m.id, m]));
    for (const r of db.reports) {
      const text = seedText.get(r.publication)!;
      const at = text.indexOf(r.quote);
      const figure = extractFigures(text).find((f) => f.start >= at && f.end <= at + r.quote.length && f.value.low === r.value.low && f.value.high === r.value.high);
      expect(figure, `${r.id} is not extracted from its seed`).toBeDefined();
      expect(figure!.category, r.id).toBe(measures.get(r.measure)!.category);
    }
  });
});
