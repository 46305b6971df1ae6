/**
 * Accuracy of the pipeline against labelled text: figure detection (precision, recall, F1), value, category,
 * measure and verdict accuracy. Used by `npm run eval` and by the accuracy test that guards the README's figures.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { Checker, type Finding } from '../lib/check';
import { categorySchema, type ClaimDatabase, valueSchema } from '../lib/claims/schema';

const labelledSetSchema = z.array(
  z.object({
    id: z.string(),
    text: z.string(),
    note: z.string().optional(),
    figures: z.array(
      z.object({
        text: z.string(),
        value: valueSchema,
        category: categorySchema,
        verdict: z.enum(['corroborated', 'conflicting', 'unverified']).optional(),
        measure: z.string().nullable().optional(),
      }),
    ),
  }),
);
export type LabelledSet = z.infer<typeof labelledSetSchema>;

interface Expected {
  start: number;
  end: number;
  value: { low: number; high: number };
  category: string;
  verdict?: string;
  measure?: string | null;
}

export interface Score {
  expected: number;
  found: number;
  truePositives: number;
  precision: number;
  recall: number;
  f1: number;
  valueAccuracy: number;
  categoryAccuracy: number;
  measureAccuracy: number | null;
  verdictAccuracy: number | null;
  errors: string[];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/** Pairs expected and found figures by overlapping spans, then counts what each pair got right. */
function score(cases: Array<{ id: string; text: string; expected: Expected[]; found: Finding[] }>): Score {
  let expectedCount = 0;
  let foundCount = 0;
  let tp = 0;
  let valueOk = 0;
  let categoryOk = 0;
  let measureTotal = 0;
  let measureOk = 0;
  let verdictTotal = 0;
  let verdictOk = 0;
  const errors: string[] = [];
  for (const c of cases) {
    expectedCount += c.expected.length;
    foundCount += c.found.length;
    const used = new Set<Finding>();
    for (const e of c.expected) {
      const f = c.found.find((x) => !used.has(x) && x.start < e.end && e.start < x.end);
      const label = `${c.id}: "${c.text.slice(e.start, e.end)}"`;
      if (!f) {
        errors.push(`missed      ${label}`);
        continue;
      }
      used.add(f);
      tp++;
      if (f.value.low === e.value.low && f.value.high === e.value.high) valueOk++;
      else errors.push(`value       ${label}: ${f.value.low}–${f.value.high}, expected ${e.value.low}–${e.value.high}`);
      if (f.category === e.category) categoryOk++;
      else errors.push(`category    ${label}: ${f.category}, expected ${e.category}`);
      if (e.measure !== undefined) {
        measureTotal++;
        if ((f.measure?.id ?? null) === e.measure) measureOk++;
        else errors.push(`measure     ${label}: ${f.measure?.id ?? 'none'}, expected ${e.measure ?? 'none'}`);
      }
      if (e.verdict) {
        verdictTotal++;
        if (f.verdict === e.verdict) verdictOk++;
        else errors.push(`verdict     ${label}: ${f.verdict}, expected ${e.verdict}`);
      }
    }
    for (const f of c.found) if (!used.has(f)) errors.push(`spurious    ${c.id}: "${f.text}" (${f.category})`);
  }
  const precision = ratio(tp, foundCount);
  const recall = ratio(tp, expectedCount);
  return {
    expected: expectedCount,
    found: foundCount,
    truePositives: tp,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    valueAccuracy: ratio(valueOk, tp),
    categoryAccuracy: ratio(categoryOk, tp),
    measureAccuracy: measureTotal ? measureOk / measureTotal : null,
    verdictAccuracy: verdictTotal ? verdictOk / verdictTotal : null,
    errors,
  };
}

/** Scores the labelled set: each expected figure is found by its text, searching on from the previous one. */
export function evaluateLabelled(checker: Checker, set: LabelledSet): Score {
  return score(
    set.map((item) => {
      let from = 0;
      const expected = item.figures.map((f) => {
        // Labelled figures never overlap: the next is looked for after this one ends, so "2 million" is never
        // found inside the "12 million" before it.
        const start = item.text.indexOf(f.text, from);
        if (start < 0) throw new Error(`${item.id}: "${f.text}" is not in the text`);
        from = start + f.text.length;
        return { start, end: start + f.text.length, value: f.value, category: f.category, verdict: f.verdict, measure: f.measure };
      });
      return { id: item.id, text: item.text, expected, found: checker.check(item.text) };
    }),
  );
}

/**
 * Scores the seeds against the claim database itself: every report quoted from a seed is an expected figure at
 * its quote, with the report's value, its measure's category and its measure.
 */
export function evaluateSeeds(checker: Checker, db: ClaimDatabase, seedDir: string): Score {
  const measures = new Map(db.measures.map((m) => [m.id, m]));
  return score(
    db.publications.map((pub) => {
      const text = readFileSync(join(seedDir, pub.source), 'utf8');
      const found = checker.check(text);
      const expected: Expected[] = [];
      for (const r of db.reports.filter((x) => x.publication === pub.id)) {
        const at = text.indexOf(r.quote);
        // The figure inside the quote with the report's value marks where the report stands.
        const f = found.find((x) => x.start >= at && x.end <= at + r.quote.length && x.value.low === r.value.low && x.value.high === r.value.high);
        const start = f ? f.start : at;
        const end = f ? f.end : at + r.quote.length;
        if (expected.some((e) => e.start === start && e.end === end)) continue;
        expected.push({ start, end, value: r.value, category: measures.get(r.measure)!.category, measure: r.measure });
      }
      return { id: pub.source, text, expected, found };
    }),
  );
}

export function loadLabelledSet(path: string): LabelledSet {
  return labelledSetSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

export const seedFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.txt'));
