import { describe, expect, it } from 'vitest';
import { type CandidateFacts, batchSchema, decodeCandidate, encodeCandidate } from '../../../lib/engine/protocol';

const full: CandidateFacts = {
  figure: { start: 4, end: 23, value: { low: 25000, high: 30000 }, qualifier: 'approx', category: 'troops', attribution: 'Ukrainian intelligence', sentence: { start: 0, end: 60 } },
  measure: 'dprk-troops-kursk',
  why: { actor: 'dprk', place: 'kursk', kind: 'sappers', cues: ['deployed', 'initial'] },
};
const bare: CandidateFacts = { figure: { start: 0, end: 9, value: { low: 728, high: 728 }, qualifier: null, category: 'munitions', sentence: { start: 0, end: 30 } }, measure: null };

describe('a candidate on the wire', () => {
  it('comes back as it was sent, through JSON and validation, with every optional field present or absent', () => {
    for (const candidate of [full, bare, { ...full, figure: { ...bare.figure }, why: { actor: 'russia', cues: [] } }]) {
      const wire = JSON.parse(JSON.stringify({ type: 'batch', scan: 0, candidates: [encodeCandidate(candidate)], measures: [], reports: [], publications: [], quoted: [], done: true }));
      const [back] = batchSchema.parse(wire).candidates.map(decodeCandidate);
      expect(back).toStrictEqual(candidate);
    }
  });

  it('is refused when a field is missing, of the wrong type or out of range', () => {
    const wire = encodeCandidate(full);
    const batch = (candidate: unknown) => ({ type: 'batch', scan: 0, candidates: [candidate], measures: [], reports: [], publications: [], quoted: [], done: true });
    expect(batchSchema.safeParse(batch(wire)).success).toBe(true);
    expect(batchSchema.safeParse(batch(wire.slice(0, 10))).success).toBe(false);
    expect(batchSchema.safeParse(batch([-1, ...wire.slice(1)])).success).toBe(false);
    expect(batchSchema.safeParse(batch([1.5, ...wire.slice(1)])).success).toBe(false);
    expect(batchSchema.safeParse(batch([...wire.slice(0, 6), 'spies', ...wire.slice(7)])).success).toBe(false);
  });

  it('is refused when its value or its span runs backwards', () => {
    expect(() => decodeCandidate([0, 5, 9, 1, 0, 5, 'troops', null, null, null, null])).toThrow(/value runs backwards/);
    expect(() => decodeCandidate([5, 0, 1, 1, 0, 5, 'troops', null, null, null, null])).toThrow(/ends before it starts/);
  });
});
