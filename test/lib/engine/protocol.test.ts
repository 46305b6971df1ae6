import { describe, expect, it } from 'vitest';
import { type CandidateFacts, batchSchema, packCandidates, unpackCandidates } from '../../../lib/engine/protocol';

const full: CandidateFacts = {
  figure: { start: 4, end: 23, value: { low: 25000, high: 30000 }, qualifier: 'approx', category: 'troops', attribution: 'Ukrainian intelligence', sentence: { start: 0, end: 60 } },
  measure: 'dprk-troops-kursk',
  why: { actor: 'dprk', place: 'kursk', kind: 'sappers', cues: ['deployed', 'initial'] },
};
const bare: CandidateFacts = { figure: { start: 0, end: 9, value: { low: 728, high: 728 }, qualifier: null, category: 'munitions', sentence: { start: 0, end: 30 } }, measure: null };
const batch = (candidates: unknown) => ({ type: 'batch', scan: 0, candidates, measures: [], reports: [], publications: [], quoted: [], done: true });
const throughTheWire = (candidates: CandidateFacts[]) => unpackCandidates(batchSchema.parse(JSON.parse(JSON.stringify(batch(packCandidates(candidates))))).candidates);
/** The packed candidates with one of the first candidate's numbers replaced. */
const withNumber = (candidates: CandidateFacts[], field: number, value: unknown) => {
  const packed = packCandidates(candidates);
  return { ...packed, numbers: packed.numbers.map((n, i) => (i === field ? value : n)) };
};

describe('candidates on the wire', () => {
  it('come back as they were sent, through JSON and validation, with every optional field present or absent', () => {
    const noPlace: CandidateFacts = { ...full, figure: { ...bare.figure }, why: { actor: 'russia', cues: [] } };
    expect(throughTheWire([full, bare, noPlace])).toStrictEqual([full, bare, noPlace]);
    expect(throughTheWire([])).toStrictEqual([]);
  });

  it('carry any text in their strings, and values that are not whole or are huge', () => {
    const odd: CandidateFacts = {
      figure: { ...full.figure, value: { low: 0.5, high: 1e21 }, attribution: 'a source; said, "12,000"' },
      measure: 'a,b;c',
      why: { actor: 'x y', cues: ['on the ground', ' ', ''] },
    };
    expect(throughTheWire([odd, full, odd])).toStrictEqual([odd, full, odd]);
  });

  it('send each string and each list of cues once however many candidates name it', () => {
    const { strings, lists } = packCandidates([full, full, { ...full, why: { actor: 'dprk', cues: ['initial', 'deployed'] } }]);
    expect(strings.filter((s) => s === 'dprk')).toHaveLength(1);
    expect(lists).toHaveLength(2);
  });

  it('are refused when a number is missing or is not a number', () => {
    const packed = packCandidates([full]);
    expect(batchSchema.safeParse(batch(packed)).success).toBe(true);
    expect(batchSchema.safeParse(batch({ ...packed, numbers: packed.numbers.slice(1) })).success).toBe(false);
    expect(batchSchema.safeParse(batch(withNumber([full], 2, '25000'))).success).toBe(false);
    expect(batchSchema.safeParse(batch(withNumber([full], 2, null))).success).toBe(false);
    expect(batchSchema.safeParse(batch([[4, 23, 25000]])).success).toBe(false);
  });

  it('are refused when an offset is negative or not whole, or a value is negative', () => {
    for (const [field, value] of [[0, -4], [0, 1.5], [5, 2.5], [2, -1]]) {
      expect(() => unpackCandidates(withNumber([full], field, value) as never), `${field}: ${value}`).toThrow(/broken offset or value/);
    }
  });

  it('are refused when they name a string, a cue list, a category or a qualifier that does not exist', () => {
    const packed = packCandidates([full]);
    expect(() => unpackCandidates({ ...packed, strings: packed.strings.slice(0, 2) })).toThrow(/string it did not send/);
    expect(() => unpackCandidates({ ...packed, lists: [] })).toThrow(/cue list it did not send/);
    expect(() => unpackCandidates(withNumber([full], 6, 3) as never)).toThrow(/unknown category/);
    expect(() => unpackCandidates(withNumber([full], 7, 7) as never)).toThrow(/unknown qualifier/);
  });

  it('are refused when a value or a span runs backwards', () => {
    const packed = (f: CandidateFacts['figure']) => packCandidates([{ figure: f, measure: null }]);
    expect(() => unpackCandidates(packed({ ...bare.figure, value: { low: 9, high: 1 } }))).toThrow(/value runs backwards/);
    expect(() => unpackCandidates(packed({ ...bare.figure, start: 5, end: 0 }))).toThrow(/ends before it starts/);
    expect(() => unpackCandidates(packed({ ...bare.figure, sentence: { start: 9, end: 2 } }))).toThrow(/ends before it starts/);
  });
});
