import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../lib/classify/actors';
import { namesWarItself, speaksOfCivilLife } from '../../../lib/classify/everyday-life';
import { inCrosswordClue } from '../../../lib/classify/furniture';
import { extractFigures } from '../../../lib/extract/figures';
import { tokenize } from '../../../lib/extract/tokenize';

const tokens = (text: string) => tokenize(text, 0, text.length);
const lede = (text: string) => {
  const t = tokens(text);
  return { tokens: t, mentions: findMentions(t) };
};

describe('namesWarItself', () => {
  it.each(['the war in Ukraine', 'the War of Independence', 'a war of attrition at the front', 'after the ceasefire', "Russia's invasion", 'a military hospital'])(
    'hears war in "%s"',
    (text) => expect(namesWarItself(tokens(text))).toBe(true),
  );

  it.each([
    'a price war with rivals',
    'a tug-of-war title',
    'the campaign war chest',
    'a war of words',
    'it felt like a war zone',
    'the scene looked like a battlefield',
    'our frontline staff',
    'the rat invasion',
    'an invasion of slugs',
    'the latest escalation of a gang war',
    'to turn these streets into a war zone',
    'fifty years into the war on cancer',
    'a 20,000-strong away invasion',
    'an invasion of 20,000 travelling fans',
  ])('hears a figure of speech in "%s"', (text) => expect(namesWarItself(tokens(text))).toBe(false));
});

describe('speaksOfCivilLife', () => {
  it('reads a police report of a protest as everyday life', () => {
    expect(speaksOfCivilLife(lede('Police made 30 arrests as protesters marched; CCTV caught the disorder.'))).toBe(true);
  });

  it('reads an opening that names a side of a war as war reporting, however many words of everyday life it has', () => {
    expect(speaksOfCivilLife(lede('Police made 30 arrests as protesters marched against Russia; CCTV caught the disorder.'))).toBe(false);
  });

  it('lets words of everyday life outweigh one word of war three to one, and no fewer', () => {
    expect(speaksOfCivilLife(lede('Police made arrests as protesters marched; CCTV caught the riot; a war veteran spoke.'))).toBe(true);
    expect(speaksOfCivilLife(lede('Police made arrests as protesters marched; a war veteran and a military band spoke.'))).toBe(false);
  });

  it('reads no war reporting into an opening that names only countries the claim data never names', () => {
    expect(speaksOfCivilLife(lede('Brazil beat Argentina as fans filled the stadium; police praised supporters and the coach.'))).toBe(true);
  });

  it('needs three words of everyday life', () => {
    expect(speaksOfCivilLife(lede('Police said 12 people were hurt.'))).toBe(false);
  });
});

describe('speaksOfCivilLife: a long opening that never speaks of war', () => {
  const filler = 'The evening drew a full house, and the organisers thanked everyone who came along and helped out. ';
  it('reads a long opening with no side and no word of war as everyday life, whatever its words', () => {
    expect(speaksOfCivilLife(lede(`Fight night: 12 bouts over five rounds each. ${filler.repeat(14)}`))).toBe(true);
  });

  it('reads the same opening as war reporting once it names a side, and a short one as neither', () => {
    expect(speaksOfCivilLife(lede(`Fight night in Kyiv: 12 bouts. ${filler.repeat(14)}`))).toBe(false);
    expect(speaksOfCivilLife(lede('Fight night: 12 bouts over five rounds each.'))).toBe(false);
  });
});

describe('speaksOfCivilLife: a visitor page', () => {
  it('reads an opening of tickets, visitors, parking and the café as everyday life, though it names warfare once', () => {
    const page = 'Plan your visit | Land Warfare Collection\nTickets: adults £18. Free parking. Visitors with wheelchairs use the lift. The café opens at ten.';
    expect(speaksOfCivilLife(lede(page))).toBe(true);
  });
});

describe('crossword clues', () => {
  const page = 'Cryptic crossword No. 16,204\n\nACROSS\n9 Order to retreat from 100 sappers (7)\n\nDOWN\n3 A thousand troops on the march? Just a minute! (6)\n';
  it('reads a numbered line ending in its letter count, under "Across" or "Down", as a clue, its troops as wordplay', () => {
    expect(inCrosswordClue(page, page.indexOf('100 sappers'))).toBe(true);
    expect(inCrosswordClue(page, page.indexOf('A thousand'))).toBe(true);
    expect(extractFigures(page)).toEqual([]);
  });

  it('reads no clue without the heading, nor in a line that does not end in a letter count', () => {
    const noHeading = '9 Order to retreat from 100 sappers (7)';
    expect(inCrosswordClue(noHeading, 0)).toBe(false);
    const report = 'ACROSS THE FRONT\n1 North Korea has sent 12,000 troops (NIS)\n';
    expect(extractFigures(report).map((f) => f.text)).toEqual(['12,000 troops']);
  });
});

describe('toy soldiers', () => {
  it('reads a collector\'s battalions, regiments and guns as toys', () => {
    const page = 'My collection: 54mm toy soldiers, all hand-painted.\n\nThe diorama now has 9 infantry battalions, 4 cavalry regiments and 18 guns.';
    expect(extractFigures(page)).toEqual([]);
  });
});
