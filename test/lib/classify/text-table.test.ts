import { describe, expect, it } from 'vitest';
import { Checker } from '../../../lib/check';
import { bundledDatabase } from '../../../lib/claims/bundled';
import { extractFigures } from '../../../lib/extract/figures';

describe('a table written as text, its cells parted by "|"', () => {
  const table = [
    'How much has Pyongyang shipped to Moscow?',
    'Estimate by | Artillery shells | Ballistic missiles',
    'Seoul (autumn 2024) | 8 million | 100+',
    'Open-source container count | 6 million | n/a',
  ].join('\n');

  it('reads a bare count as what its column heading names, before the row label does', () => {
    expect(extractFigures(table).map((f) => [f.value.low, f.category, f.kind])).toEqual([
      [8000000, 'munitions', 'shells'],
      [100, 'munitions', 'missiles'],
      [6000000, 'munitions', 'shells'],
    ]);
  });

  it("reads an actor in a source column as who gives the figures, and the table's title as what all its cells are", () => {
    const [shells, missiles] = new Checker(bundledDatabase).check(table);
    expect([shells.measure?.id, missiles.measure?.id]).toEqual(['dprk-shells-to-russia', 'dprk-missiles-to-russia']);
  });

  it('leaves a line that is no row under a header alone', () => {
    expect(extractFigures('Russia | Ukraine\nTalks resumed in Istanbul on Monday.')).toEqual([]);
  });
});

describe('a list under a short heading', () => {
  it('reads the sentence before "As of today:" as part of the heading', () => {
    const text = 'The General Staff published its tally of Russian losses. As of today:\nPersonnel | 1 020 000\nTanks | 11 000';
    expect(extractFigures(text).map((f) => [f.value.low, f.category])).toEqual([
      [1020000, 'casualties'],
      [11000, 'munitions'],
    ]);
  });
});
