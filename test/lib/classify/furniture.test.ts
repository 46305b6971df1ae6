import { describe, expect, it } from 'vitest';
import { onAddressLine, opensFootnote } from '../../../lib/classify/furniture';
import { extractFigures } from '../../../lib/extract/figures';

describe('onAddressLine', () => {
  it('reads a line that opens with a web address as one, and a line that only holds one further on as none', () => {
    const text = 'Strike toll\nhttps://www.example.com › society › 3391207\nSee www.example.com for 12 photos';
    expect(onAddressLine(text, text.indexOf('3391207'))).toBe(true);
    expect(onAddressLine(text, text.indexOf('12 photos'))).toBe(false);
  });
});

describe('opensFootnote', () => {
  const page = 'How many North Korean soldiers has Russia absorbed? Estimates differ.²³\n\n_______________\n22 See Chapter 2, pp. 31–44.\n23 NIS briefing, 13 November 2024.\n';
  it('reads the numbers that open lines under a footnote rule as notes, not answers to the question above', () => {
    expect(opensFootnote(page, page.indexOf('22 See'))).toBe(true);
    expect(opensFootnote(page, page.indexOf('23 NIS'))).toBe(true);
    expect(extractFigures(page)).toEqual([]);
  });

  it('reads no note where prose stands between the rule and the line', () => {
    expect(extractFigures('__________\nOur reporters spoke to families.\n12 Soldiers were killed in the raid, the army said.').map((f) => f.text)).toEqual(['12 Soldiers']);
  });

  it('reads no note under a heading\'s dashes, nor a count in lower case after a rule', () => {
    expect(extractFigures('Losses\n------\n12 Soldiers Killed In Raid.').map((f) => f.text)).toEqual(['12 Soldiers']);
    expect(extractFigures('Casualties\n______\n12 soldiers were killed.').map((f) => f.text)).toEqual(['12 soldiers']);
  });
});
