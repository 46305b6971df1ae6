import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../lib/extract/figures';

describe('a bare count sent somewhere', () => {
  it('is of people: "Pyongyang sent 11k to Kursk", "TO SEND 6,000 MORE TO KURSK"', () => {
    expect(extractFigures('Pyongyang sent 11k to Kursk, the post says.').map((f) => [f.value.low, f.category])).toEqual([[11000, 'troops']]);
    expect(extractFigures('PYONGYANG TO SEND 6,000 MORE TO KURSK').map((f) => [f.value.low, f.category])).toEqual([[6000, 'troops']]);
  });

  it('and more of it pledged after a toll is more of the troops, not more dead: "lost ~4k of them, and is now promising 20k more"', () => {
    const figures = extractFigures('Pyongyang sent 12k to Kursk, lost ~4k of them, and is now promising 20k more.');
    expect(figures.map((f) => [f.value.low, f.category])).toEqual([[12000, 'troops'], [4000, 'casualties'], [20000, 'troops']]);
  });

  it('is not of people after a sentence that counted weapons', () => {
    expect(extractFigures('Russia launched 500 drones on Saturday. On Sunday it sent 300 more to Kyiv.').map((f) => f.text)).toEqual(['500 drones']);
  });
});
