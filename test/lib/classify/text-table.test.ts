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

  it('reads a heading of losses before a colon on the list\'s own line, as a post written on one line gives it', () => {
    const text = 'Total combat losses of the enemy from 24.02.22 (approximately): personnel — about 1,040,000 (+1,120) persons; tanks — 11,000 (+3).';
    expect(extractFigures(text).map((f) => [f.value.low, f.category])).toEqual([
      [1040000, 'casualties'],
      [1120, 'casualties'],
      [11000, 'munitions'],
      [3, 'munitions'],
    ]);
    expect(extractFigures("Russia's army: personnel — 1,040,000").map((f) => f.category)).toEqual(['troops']);
  });

  it('reads a title without a colon over lines parted by figure dashes, as a daily tally is posted', () => {
    const post = 'Total combat losses of the enemy from 24.02.2022 to 25.07.2025\n👤 personnel ‒ about 1,050,120 (+1,080) persons\n🪖 tanks ‒ 11,030 (+2)';
    expect(extractFigures(post).map((f) => [f.value.low, f.category])).toEqual([
      [1050120, 'casualties'],
      [1080, 'casualties'],
      [11030, 'munitions'],
      [2, 'munitions'],
    ]);
    // A headline over an ordinary sentence, or an item of a list over the next, titles nothing.
    expect(extractFigures('Kursk losses mount\nNorth Korea sent 11,000 troops.').map((f) => f.category)).toEqual(['troops']);
    expect(extractFigures('• ~1 million — Russian soldiers killed or wounded since 2022\n• 300,000 — reservists called up in 2022').map((f) => f.category)).toEqual(['casualties', 'troops']);
  });
});

describe('a table pasted from a spreadsheet, its cells parted by tabs', () => {
  const table = ['Estimate by\tArtillery shells\tBallistic missiles', 'Seoul (autumn 2024)\t8 million\t100+', 'Container count\t6 million\tn/a'].join('\n');

  it('reads it as the same table written with "|"', () => {
    expect(extractFigures(table).map((f) => [f.value.low, f.kind])).toEqual(extractFigures(table.replace(/\t/g, ' | ')).map((f) => [f.value.low, f.kind]));
    expect(extractFigures(table).map((f) => f.kind)).toEqual(['shells', 'missiles', 'shells']);
  });

  it('reads a tab after a label\'s colon as the space before its value: "Active KPA personnel:\\t~1.28 million"', () => {
    expect(extractFigures('Key figures\nActive KPA personnel:\t~1.28 million\nUSFK troops:\t28,500').map((f) => [f.value.low, f.category])).toEqual([
      [1280000, 'troops'],
      [28500, 'troops'],
    ]);
  });

  it('never reads a tab that indents a line, or stands among spaces, as a cell bar', () => {
    const indented = '\t\tSoldiers of the brigade:\n\t\t4,000 more were sent to Kursk.';
    expect(extractFigures(indented).map((f) => f.category)).toEqual(extractFigures(indented.replace(/\t/g, '  ')).map((f) => f.category));
  });
});

describe('a table after a paragraph of prose', () => {
  it('takes no title, and no side, from a sentence that ends before it', () => {
    const page = ["Seoul's spy agency tells lawmakers some 3,000 more North Korean troops arrived in January.", 'Estimate | Russian troops near Pokrovsk', 'ISW | about 70,000'].join('\n');
    const figures = new Checker(bundledDatabase).check(page);
    expect(figures.map((f) => f.measure?.id)).toEqual(['dprk-troops-reinforcement-early-2025', 'russia-troops-pokrovsk']);
  });
});

describe('a table laid out with spaces, as text copied from a PDF holds one', () => {
  const table = [
    'Table 3. Estimated North Korean transfers to Russia',
    '',
    'Item                  Estimate      Source',
    'Artillery shells      9,000,000     UN panel',
    'Ballistic missiles    100+          UN panel',
  ].join('\n');

  it('reads three spaces or more between two cells as a cell bar', () => {
    expect(extractFigures(table).map((f) => [f.value.low, f.kind])).toEqual([
      [9000000, 'shells'],
      [100, 'missiles'],
    ]);
  });

  it('reads the title over the header for every row, however far down', () => {
    expect(new Checker(bundledDatabase).check(table).map((f) => [f.measure?.id, f.verdict])).toEqual([
      ['dprk-shells-to-russia', 'corroborated'],
      ['dprk-missiles-to-russia', 'corroborated'],
    ]);
  });

  it("never reads a page's running header as a row: one line with a wide gap is no table", () => {
    expect(extractFigures('ANNEX C — MUNITIONS TRANSFERS                          41\n\nTable C1 sets out the tallies.')).toEqual([]);
  });

  it('never reads the two spaces after a full stop, or spaces that indent a line, as a cell bar', () => {
    const prose = 'Seoul spoke of 11,000 troops.  North Korea sent them to Kursk.\n      Some 4,000 were killed or wounded.';
    expect(extractFigures(prose).map((f) => [f.text, f.category])).toEqual([
      ['11,000 troops', 'troops'],
      ['Some 4,000 were killed', 'casualties'],
    ]);
  });
});

describe('tables of reports copied as text, from set 50', () => {
  const checker = new Checker(bundledDatabase);

  it('reads the title over a header ruled off with "----+----" for every row', () => {
    const table = [
      'Table 2: What Pyongyang has sent to Moscow, cumulative estimates to late 2025',
      '',
      'Item                          | Estimate       | Confidence',
      '------------------------------+----------------+-----------',
      'Artillery shells              | 10–12 million  | Moderate',
      'KN-23/KN-24 SRBMs             | 120+           | High',
    ].join('\n');
    expect(checker.check(table).map((f) => f.measure?.id)).toEqual(['dprk-shells-to-russia', 'dprk-missiles-to-russia']);
  });

  it('parts the cells of a row whose longer label leaves its value two spaces, aligned with the row above', () => {
    const box = ['North Korean forces', 'Active personnel   1,280,000', 'Reserve personnel  600,000'].join('\n');
    expect(checker.check(box).map((f) => [f.text, f.measure?.id])).toEqual([
      ['1,280,000', 'dprk-army-active-personnel'],
      ['600,000', 'dprk-army-reserve'],
    ]);
    // Two spaces after a full stop part sentences, not cells.
    expect(extractFigures('Seoul counts 1,280,000 active troops.  North Korea   has said nothing.')).toHaveLength(1);
  });

  it("reads a row's label across its cells and footnote marks for what a toll counts", () => {
    const table = [
      'Table 3: Estimates of Russian military losses since February 2022',
      '',
      'Source                                  Date       Estimate',
      'Ukrainian General Staff (all losses)    Nov 2025   1,150,000',
      'Independent count (named dead)[12]      Oct 2025   140,000',
      'Western officials (killed or wounded)   Jun 2025   1,000,000',
    ].join('\n');
    expect(extractFigures(table).map((f) => [f.text, f.scope])).toEqual([
      ['1,150,000', 'combined'],
      ['140,000', 'killed'],
      ['1,000,000', 'combined'],
    ]);
    expect(checker.check(table).map((f) => f.measure?.id ?? null)).toEqual(['russia-casualties-total', null, 'russia-casualties-total']);
  });

  it("reads a column headed by a side as the side's count of what the title names", () => {
    const table = [
      'Estimates of military casualties since February 2022 (killed, wounded and missing)',
      'Source | Russia | Ukraine',
      "Kyiv's General Staff (Oct 2025) | 1,127,840 | not published",
      'Western estimate (June 2025) | ~950,000 | ~400,000',
    ].join('\n');
    expect(checker.check(table).map((f) => [f.text, f.measure?.id])).toEqual([
      ['1,127,840', 'russia-casualties-total'],
      ['~950,000', 'russia-casualties-total'],
      ['~400,000', 'ukraine-casualties-total'],
    ]);
  });
});

describe('a bare cell under a counted cell of the same column', () => {
  it('reads "12 million+" under "9 million shells" as shells, with no heading that says so', () => {
    const table = '| Source | Estimate | As of |\n|---|---|---|\n| UN member-states report | 9 million shells | 2024 |\n| South Korean intelligence | 12 million+ | mid-2025 |';
    expect(extractFigures(table).map((f) => [f.text, f.kind])).toEqual([
      ['9 million shells', 'shells'],
      ['12 million+', 'shells'],
    ]);
  });

  it('lends nothing across a dashboard\'s cells, each labelling its own count', () => {
    const dashboard = 'STRIKES    Record night: 728 drones | Losses: 1,000\nRUSSIA     In Ukraine: 640,000 | Tanks: 3,000';
    expect(extractFigures(dashboard).map((f) => [f.text, f.kind])).toEqual([
      ['728 drones', 'drones'],
      ['1,000', undefined],
      ['3,000', 'tanks'],
    ]);
  });
});
