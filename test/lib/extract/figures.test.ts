import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../lib/extract/figures';
import { Prefilter, mayHoldFigures } from '../../../lib/extract/prefilter';

/** Each figure of `text` as its text and category. */
const read = (text: string) => extractFigures(text).map((f) => [f.text, f.category]);

const only = (text: string) => {
  const figures = extractFigures(text);
  expect(figures, `figures in ${JSON.stringify(text)}`).toHaveLength(1);
  return figures[0];
};

describe('extractFigures: number formats', () => {
  it.each([
    ['North Korea sent 11,000 troops to Russia.', 11000, 11000],
    ['North Korea sent 11000 troops to Russia.', 11000, 11000],
    ['North Korea sent 11 000 troops to Russia.', 11000, 11000],
    ['North Korea sent 11\u00a0000 troops to Russia.', 11000, 11000],
    ['Pyongyang has around 1.28 million soldiers under arms.', 1280000, 1280000],
    ['Russian forces lost some one thousand and ninety soldiers killed or wounded.', 1090, 1090],
    ['Kyiv counted a thousand and twenty-two drones.', 1022, 1022],
    ['Moscow may send between one thousand and two thousand troops.', 1000, 2000],
    ['Pyongyang shipped one million and twenty-five thousand shells.', 1025000, 1025000],
    ['North Korea shipped 12m shells to Russia.', 12000000, 12000000],
    ['North Korea sent 11k troops to Russia.', 11000, 11000],
    ['North Korea sent 10-12,000 troops to Russia.', 10000, 12000],
    ['Pyongyang may send 25- to 30,000 more troops.', 25000, 30000],
    ['Losses of the contingent amounted to 4,7 ths. people killed and wounded.', 4700, 4700],
    ["North Korea sent 11'000 troops to Russia.", 11000, 11000],
    ['Russia keeps 1’280’000 soldiers under arms.', 1280000, 1280000],
    ['Nearly two-thirds of a million Russian troops are now inside Ukraine.', 666667, 666667],
    ['North Korea keeps around 3 mil reservists.', 3000000, 3000000],
    ['Pyongyang shipped 1½ million shells.', 1500000, 1500000],
    ['Russia lost 2¾ thousand soldiers in a week.', 2750, 2750],
    ['About 4,7 thousand North Korean soldiers were killed or wounded.', 4700, 4700],
    ['North Korea sent more of 12 millions of artillery shells.', 12000000, 12000000],
    ['Estimates of North Korean casualties range from 4,000 to more than 6,000 soldiers.', 4000, 6000],
    ['Pyongyang shipped twelve million shells.', 12000000, 12000000],
    ['Ukraine has lost four hundred thousand soldiers.', 400000, 400000],
    ['Moscow asked for thirty thousand troops.', 30000, 30000],
    ['Pyongyang may add twenty-five thousand soldiers.', 25000, 25000],
    ['North Korea sent 1만 1천 명 troops to Russia.', 11000, 11000],
    ['Pyongyang shipped 3백만 shells.', 3000000, 3000000],
    ['Pyongyang sent 1万 troops.', 10000, 10000],
    ['Pyongyang may send 25,000 to 30,000 troops.', 25000, 30000],
    ['Pyongyang may send 25,000-30,000 troops.', 25000, 30000],
    ['Pyongyang may send 25,000–30,000 troops.', 25000, 30000],
    ['Pyongyang may send between 10,000 and 20,000 troops.', 10000, 20000],
    ['Pyongyang may send 25 to 30 thousand troops.', 25000, 30000],
    ['Pyongyang may send two or three divisions.', 2, 3],
    ['Moscow could call up 1.5bn rounds.', 1500000000, 1500000000],
    ['Total casualties of the North Korean army are estimated at 4 thousand 700 persons.', 4700, 4700],
    ['Russia has lost 1 million 200 thousand soldiers.', 1200000, 1200000],
    ['North Korea sent 3 thousand 152 mm shells.', 3000, 3000],
    ['Russia has lost one point one million soldiers killed or wounded.', 1100000, 1100000],
    ['Russia has lost two point four five million soldiers killed or wounded.', 2450000, 2450000],
    ['Estimates run from about 9 million to around 12 million shells.', 9000000, 12000000],
    ['Estimates run from 1,000 to as many as 4,000 North Korean soldiers killed.', 1000, 4000],
    ["Russia's losses: nine hundred thousand to one point one million soldiers killed or wounded.", 900000, 1100000],
    ['Kim sent a dozen drones.', 12, 12],
    ['Half a million shells were shipped by North Korea.', 500000, 500000],
    ['Russia lost 3 hundred thousand soldiers.', 300000, 300000],
    ['Russia has lost a quarter of a million troops, Kyiv says.', 250000, 250000],
    ['Some three quarters of a million Russian troops are in Ukraine.', 750000, 750000],
    ['A quarter million troops massed on the border.', 250000, 250000],
    ['Half a dozen soldiers were killed in the strike.', 6, 6],
    ['North Korea has shipped two and a half million shells.', 2500000, 2500000],
    ['North Korea sent 11.000 soldiers to Russia, the outlet wrote.', 11000, 11000],
    ['Pyongyang delivered 1.280.000 shells, the outlet wrote.', 1280000, 1280000],
    ['Between 1.500 and 2.000 soldiers were killed, the outlet wrote.', 1500, 2000],
    ['North Korea shipped 1.500 million shells.', 1500000, 1500000],
  ])('reads %j as %d–%d', (text, low, high) => {
    expect(only(text).value).toEqual({ low, high });
  });

  it.each([
    ['several thousand', 'Several thousand Russian troops were moved to the south.', { low: 2000, high: 10000 }],
    ['a few hundred', 'A few hundred North Korean soldiers were captured or killed in the assault.', { low: 200, high: 1000 }],
    ['1,000s', 'Kim sends 1,000s more troops to Putin as losses mount.', { low: 2000, high: 10000 }],
    ['100s', 'Russia fired 100s of drones at Kharkiv overnight.', { low: 200, high: 1000 }],
    ['several dozen', 'North Korea has fired several dozen ballistic missiles at Ukrainian cities.', { low: 24, high: 120 }],
  ])('reads "%s" as an order of magnitude', (_, text, value) => {
    const f = only(text);
    expect(f.value).toEqual(value);
    expect(f.qualifier).toBe('vague');
  });

  it('reads a four-digit count before its noun as a count, and after "in" as a year: "2000 North Korean soldiers", "In 2000 North Korean troops"', () => {
    expect(extractFigures('2000 North Korean soldiers were killed in Kursk.').map((f) => [f.text, f.value.low])).toEqual([['2000 North Korean soldiers', 2000]]);
    expect(extractFigures('In 2000 North Korean troops held a parade.').map((f) => f.text)).toEqual([]);
    expect(extractFigures('During 2022 Russian troops invaded.').map((f) => f.text)).toEqual([]);
  });

  it('reads the speech of posts: "only like 2000 north koreans got killed or wounded", "killed like 5 civilians"', () => {
    expect(extractFigures('I read somewhere only like 2000 north koreans got killed or wounded in kursk total.').map((f) => [f.text, f.qualifier, f.category])).toEqual([['like 2000 north koreans', 'approx', 'casualties']]);
    expect(extractFigures('The missile strike on Pokrovsk only killed like 5 civilians.').map((f) => [f.text, f.category])).toEqual([['like 5 civilians', 'casualties']]);
  });

  it('reads "mil." as a million after a count, and as military after "5k": "9 mil. shells", "5k mil. builders"', () => {
    expect(extractFigures('Pyongyang shipped 9 mil. shells to Russia.').map((f) => [f.text, f.value.low])).toEqual([['9 mil. shells', 9_000_000]]);
    expect(extractFigures("Shoigu's pledge for North Korea: 1k sappers + 5k mil. builders").map((f) => [f.text, f.value.low, f.kind])).toEqual([
      ['1k sappers', 1000, 'sappers'],
      ['5k mil. builders', 5000, 'builders'],
    ]);
  });

  it('reads a thread\'s post number ("3/ That is a brutal rate.") as no count, and a count after it as one', () => {
    expect(extractFigures('Casualties since then? UK DI says 6k+ killed. 3/ That is a brutal rate.').map((f) => f.text)).toEqual(['6k+ killed']);
    expect(extractFigures('2/ 11,000 North Korean troops went to Kursk.').map((f) => f.text)).toEqual(['11,000 North Korean troops']);
  });

  it('reads "rose from 11,000 to 14,000" as the count before and after a change, never as a range', () => {
    expect(extractFigures('The number of North Korean troops in Kursk rose from 11,000 to 14,000.').map((f) => [f.value, f.category])).toEqual([
      [{ low: 11000, high: 11000 }, 'troops'],
      [{ low: 14000, high: 14000 }, 'troops'],
    ]);
    expect(extractFigures('Seoul revised its estimate from 10,000 to 12,000 North Korean soldiers.').map((f) => f.category)).toEqual(['troops', 'troops']);
    // Without a verb of change, "from … to" is a range.
    expect(extractFigures('Estimates range from 10,000 to 12,000 North Korean soldiers.').map((f) => f.value)).toEqual([{ low: 10000, high: 12000 }]);
  });

  it('keeps a hedge inside a range to words joining its ends: "from about 9 million to around 12 million"', () => {
    expect(only('Estimates run from about 9 million to around 12 million shells.')).toMatchObject({ qualifier: 'approx', text: 'about 9 million to around 12 million shells' });
    expect(extractFigures('SEOUL, March 27 — Roughly 3,000 North Korean troops were rotated into Russia.').map((f) => [f.text, f.value])).toEqual([
      ['Roughly 3,000 North Korean troops', { low: 3000, high: 3000 }],
    ]);
  });

  it('never reads the second term of a ratio as a count: "about 1 million casualties, a ratio of roughly 2.5 to 1"', () => {
    expect(extractFigures('Russia has suffered about 1 million casualties, a ratio of roughly 2.5 to 1 against Ukraine.').map((f) => f.text)).toEqual(['about 1 million casualties']);
    expect(extractFigures('Losses fell from 40 to 10 soldiers a day.').map((f) => f.value.low)).toEqual([40, 10]);
  });

  it('reads "point" between number words only before a scale: "one point five" alone is no count', () => {
    expect(extractFigures('The score was one point five, and soldiers cheered.')).toEqual([]);
  });

  it('reads a lone "1.5" as a decimal, never as thousands, when no counted noun follows', () => {
    expect(extractFigures('Russian troops advanced 1.500 kilometres, the outlet wrote.')).toEqual([]);
  });

  it('reads a weapon designation as what is counted: "82 KN-23s", "100 Shahed-136s"', () => {
    expect(extractFigures('Russia fired 82 North Korean KN-23s and launched 100 Shahed-136s.').map((f) => [f.text, f.kind])).toEqual([
      ['82 North Korean KN-23s', 'missiles'],
      ['100 Shahed-136s', 'drones'],
    ]);
  });

  it('never reads a year and the count after "to" as a range: "since February 2022 to 1,007,540"', () => {
    const text = 'Russia has lost 1,210 personnel over the past day, bringing its total losses since February 2022 to 1,007,540.';
    expect(extractFigures(text).map((f) => f.value)).toEqual([{ low: 1210, high: 1210 }, { low: 1007540, high: 1007540 }]);
  });

  it('reads "tens of thousands" as an order of magnitude, 20,000 to 100,000', () => {
    const f = only('Moscow is flying tens of thousands of foreign troops to the front.');
    expect(f.value).toEqual({ low: 20000, high: 100000 });
    expect(f.qualifier).toBe('vague');
    expect(f.category).toBe('troops');
  });

  it('reads a scale joined to its digits by a hyphen: "a 1.2-million-strong army"', () => {
    const f = only("North Korea's 1.2-million-strong army is among the world's largest.");
    expect([f.value, f.category]).toEqual([{ low: 1200000, high: 1200000 }, 'troops']);
  });

  it('reads a decimal low end whose scale follows the high one: "1.5–2 million rounds"', () => {
    expect(only('Annual output is put at 1.5–2 million rounds of artillery ammunition.').value).toEqual({ low: 1500000, high: 2000000 });
    expect(only('Between 2.5 and 3 million shells crossed the border by rail.').value).toEqual({ low: 2500000, high: 3000000 });
  });

  it('reads "a couple of thousand" as two to three thousand', () => {
    const f = only('The columnist says North Korea has lost "a couple of thousand" men in the war.');
    expect([f.value, f.qualifier]).toEqual([{ low: 2000, high: 3000 }, 'vague']);
  });

  it('reads thousands grouped by a full stop that end in ".000" without a noun after them: "an army of roughly 880.000"', () => {
    expect(only('Kyiv faces it with an army of roughly 880.000.').value).toEqual({ low: 880000, high: 880000 });
  });

  it('reads a decimal comma before a scale, as much of Europe writes it: "1,5 million shells" is 1,500,000', () => {
    expect(only('Pyongyang has delivered 1,5 million shells to Russia.').value).toEqual({ low: 1500000, high: 1500000 });
    expect(only('Russia keeps 1,28 mln troops under arms.').value).toEqual({ low: 1280000, high: 1280000 });
    expect(only('In 2024, 5 million shells were sent by North Korea.').value).toEqual({ low: 5000000, high: 5000000 });
  });

  it('reads South Asian lakhs and crores: "1.1 lakh troops" is 110,000, "1,10,000 troops" too, "lakhs of soldiers" 200,000–1,000,000', () => {
    expect(only('Over 1.1 lakh Russian soldiers are massed near Pokrovsk.').value).toEqual({ low: 110000, high: 110000 });
    expect(only('Some 1,10,000 Russian troops are massed near Pokrovsk.').value).toEqual({ low: 110000, high: 110000 });
    expect(only('Russia has lost over 10 lakh soldiers since 2022.').value).toEqual({ low: 1000000, high: 1000000 });
    expect(only('North Korea may have sent 1.2 crore artillery shells.').value).toEqual({ low: 12000000, high: 12000000 });
    expect(only('Lakhs of soldiers have been killed or wounded.').value).toEqual({ low: 200000, high: 1000000 });
  });

  it('reads the German "Mio." as a million: "12 Mio. shells" is 12,000,000', () => {
    expect(only('North Korea has sent 12 Mio. shells, the report says.')).toMatchObject({ text: '12 Mio. shells', value: { low: 12000000, high: 12000000 }, category: 'munitions' });
  });

  it('reads a scale put in the plural by a translation as the scale: "over ten thousands were killed" is 10,000', () => {
    expect(only('Our servicemen in quantity of over ten thousands were killed, the puppets claim.')).toMatchObject({ value: { low: 10000, high: 10000 }, category: 'casualties' });
    expect(only('Two hundreds soldiers crossed the river.').value).toEqual({ low: 200, high: 200 });
  });

  it('reads a range spoken with its scale said once: "eleven, twelve thousand soldiers" is 11,000 to 12,000', () => {
    expect(only('By then it was eleven, twelve thousand soldiers on the ground.').value).toEqual({ low: 11000, high: 12000 });
    expect(only('Every month they lose another thirty, forty thousand soldiers.').value).toEqual({ low: 30000, high: 40000 });
  });

  it('never joins numbers of a list into a spoken range: "two, 300 thousand", "In 2023, twelve thousand"', () => {
    expect(extractFigures('In 2023, twelve thousand troops arrived.').map((f) => f.value)).toEqual([{ low: 12000, high: 12000 }]);
    expect(extractFigures('Ranks: nine, twenty thousand troops in all.').map((f) => f.value)).toEqual([{ low: 20000, high: 20000 }]);
  });
});

describe('extractFigures: qualifiers', () => {
  it.each([
    ['about', 'approx'],
    ['around', 'approx'],
    ['approximately', 'approx'],
    ['some', 'approx'],
    ['roughly', 'approx'],
    ['an estimated', 'approx'],
    ['nearly', 'nearly'],
    ['almost', 'nearly'],
    ['more than', 'more-than'],
    ['over', 'more-than'],
    ['at least', 'at-least'],
    ['up to', 'up-to'],
    ['as many as', 'up-to'],
    ['fewer than', 'fewer-than'],
    ['no more than', 'up-to'],
    ['not more than', 'up-to'],
    ['not fewer than', 'at-least'],
    ['approx.', 'approx'],
    ['c.', 'approx'],
    ['ca.', 'approx'],
    ['est.', 'approx'],
    ['upward of', 'more-than'],
    ['just above', 'more-than'],
    ['beyond', 'more-than'],
    ['south of', 'fewer-than'],
    ['just short of', 'nearly'],
    ['just shy of', 'nearly'],
    ['a little under', 'nearly'],
    ['nigh on', 'nearly'],
    ['getting on for', 'nearly'],
    ['the best part of', 'nearly'],
    ['the better part of', 'nearly'],
    ['at a minimum', 'at-least'],
    ['at minimum', 'at-least'],
    ['as few as', 'at-least'],
    ['at most', 'up-to'],
    ['in the neighbourhood of', 'approx'],
    ['in the order of', 'approx'],
    ['of the order of', 'approx'],
    ['perhaps', 'approx'],
    ['maybe', 'approx'],
    ['closer to', 'approx'],
    ['nearer', 'approx'],
    ['nearer to', 'approx'],
    ['close on', 'nearly'],
    ['more like', 'approx'],
  ])('reads "%s 6,000 soldiers" with qualifier %s', (words, qualifier) => {
    const f = only(`Seoul says ${words} 6,000 North Korean soldiers were sent.`);
    expect(f.qualifier).toBe(qualifier);
    expect(f.value).toEqual({ low: 6000, high: 6000 });
    expect(f.text.startsWith(words.split(' ')[0]) || f.text.toLowerCase().startsWith(words.split(' ')[0])).toBe(true);
  });

  it('reads a count that a verb says was passed as open above, the verb left outside the figure: "losses now exceed 860,000"', () => {
    expect(only("Russia's losses, according to Kyiv, now exceed 860,000 killed and wounded.")).toMatchObject({ qualifier: 'more-than', category: 'casualties', text: '860,000 killed' });
    expect(only('North Korean casualties have topped 6,000, Seoul says.')).toMatchObject({ qualifier: 'more-than', category: 'casualties' });
    expect(only('Russian losses are now approaching one million, Kyiv says.')).toMatchObject({ qualifier: 'nearly', category: 'casualties', text: 'one million' });
  });

  it('reads the comparison signs of posts and tables as bounds: ">10k", "≥ 4,000", "<=500", but not arithmetic "x<5"', () => {
    expect(only('NK troops in Kursk: >10k, per Kyiv.')).toMatchObject({ qualifier: 'more-than', text: '>10k', value: { low: 10000, high: 10000 } });
    expect(only('DPRK casualties ≥ 4,000 (NIS).')).toMatchObject({ qualifier: 'at-least', category: 'casualties' });
    expect(only('RU losses near Kupiansk <=500 KIA this week.')).toMatchObject({ qualifier: 'up-to', text: '<=500 KIA' });
    expect(only('If x<5 soldiers are left, the post falls.').qualifier).toBeNull();
  });

  it('reads "6,000+" and "6,000 or more" as open above', () => {
    expect(only('Kyiv says 6,000+ North Korean soldiers were sent.').qualifier).toBe('more-than');
    expect(only('Kyiv says 6,000 or more North Korean soldiers were sent.').qualifier).toBe('at-least');
  });

  it('reads a figure quoted on its own with the noun after its quotes: \'"more than 4,000" North Koreans were killed\'', () => {
    const quoted = only('Kyiv said that "more than 4,000" North Koreans had been killed or wounded.');
    expect(quoted).toMatchObject({ text: '"more than 4,000" North Koreans', qualifier: 'more-than', category: 'casualties' });
    expect(only('His unit counted “at least 200” North Korean bodies.')).toMatchObject({ qualifier: 'at-least', category: 'casualties' });
    // A quote that holds more than the figure is not the figure's.
    expect(extractFigures('He said "we sent 4,000" soldiers then left the region.')).toEqual([]);
  });

  it('keeps the qualifier and unit noun in the figure text: "some ten thousand soldiers"', () => {
    const text = 'Pyongyang sent some ten thousand soldiers last autumn.';
    const f = only(text);
    expect(f.text).toBe('some ten thousand soldiers');
    expect(text.slice(f.start, f.end)).toBe(f.text);
  });
});

describe('extractFigures: numbers that are not counts', () => {
  it.each([
    ['a year', 'In 2024 North Korean troops arrived in Kursk.'],
    ['a year range', 'During 2022-2024 Russian troops advanced.'],
    ['a date', 'On 17 June the Russian troops withdrew.'],
    ['a US-style date', 'On June 17, 2025, Russian troops withdrew.'],
    ['money', 'Pyongyang earns $2,500 per soldier deployed.'],
    ['money in words', 'Russia pays 500 million roubles for troops.'],
    ['a money range', 'Arms sales worth $2 to $5 billion reached Russia.'],
    ['a percentage', 'Russian troops hold 20 percent of the country.'],
    ['a % sign', 'Troops loyal to Moscow hold 45% of the land.'],
    ['a calibre', 'North Korea sent 152-mm shells to Russia.'],
    ['a spaced calibre', 'North Korea sent 152 mm shells to Russia.'],
    ['a glued calibre', 'North Korea sent 155mm shells to Russia.'],
    ['a model number', 'Russia fired KN-23 missiles at Kyiv.'],
    ['an aircraft model', 'Russian Su-34 jets bombed the town.'],
    ['a unit designation', 'The 810th Naval Infantry Brigade of Russian troops fought there.'],
    ['an ordinal', 'It was the 3rd wave of North Korean troops.'],
    ['a decade', 'In the 1990s Russian troops left Germany.'],
    ['places that hold munitions', 'The strikes destroyed 3 ammunition depots and two shell factories near Bryansk.'],
    ['a duration', 'It would take Russian forces 83 years to advance.'],
    ['a compound adjective', 'Lavrov ended a three-day visit to North Korean troops.'],
    ['a ratio', 'Roughly two of every five North Korean troops were killed.'],
    ['a multiplier', 'Russian soldiers die at a 2.5x rate.'],
    ['a stadium crowd', 'Some 50,000 fans watched the match in Moscow.'],
    ['protesters', 'About 5,000 protesters marched in Seoul against the deployment of troops.'],
    ['volunteers at a race', 'Organisers thanked 6,000 volunteers after the marathon.'],
    ['years and a half', 'More than three and a half years into the invasion, neither army publishes its military losses.'],
    ['the end of a span of years', 'Researchers count the dead of the Tigray war of 2020–22 in the hundreds of villages.'],
    ['a storm toll beside soldiers in a clause of their own', 'Hurricane Milton killed at least 24 people across Florida; the governor said soldiers had been mobilised for rescue work.'],
    ['men who went into exile', 'When the Kremlin mobilised reservists, hundreds of thousands of Russian men chose exile over the trenches.'],
    ['a distance', 'Russian troops advanced 40 km toward Pokrovsk.'],
    ['a time', 'At 10:30 Russian troops entered the town.'],
    ['a designation without a hyphen', 'The brigade fields 2S7 Pion guns and Su34 jets.'],
    ['the first of two calibres with one unit', 'Pyongyang shipped artillery shells of 122 and 152 mm calibre.'],
    ['a year heading a key-figures line', '2024 — the year North Korean troops arrived'],
    ['the Group of Seven', 'The Group of Seven condemned the deployment of troops.'],
    ['an age between commas', 'Man, 84, wins £1m lottery twice'],
    ['a named person\'s age', 'Olena Kovalenko, 47, a nurse, said soldiers helped her.'],
    ['an age after "aged"', 'A novice monk aged 12 was among the dead of the air strike.'],
    ['the second of two ages', 'The men, aged 20 and 26, were taken prisoner on Jan. 9.'],
    ['ages after "between"', 'Men aged between 18 and 60 may not leave; soldiers guard the border.'],
    ['a year cut to two digits', "Russian losses have mounted since February '22, and in Nov ’24 soldiers from Pyongyang arrived."],
  ])('ignores %s', (_what, text) => {
    expect(extractFigures(text)).toEqual([]);
  });

  it('reads a quoted count and its noun as a count, not a year cut to two digits: "said \'82 missiles delivered\'"', () => {
    expect(read("Issue #48 said '82 missiles delivered'. It was a strike count.")).toEqual([['82 missiles', 'munitions']]);
    expect(extractFigures("Since '22 troops have held the line; in the winter of ’44 soldiers froze.")).toEqual([]);
  });

  it('reads an editor\'s words in square brackets as the text\'s own: "several hundred [North Korean] casualties"', () => {
    expect(read('Russian television has spoken of only several hundred [North Korean] casualties.')).toEqual([['several hundred [North Korean] casualties', 'casualties']]);
    expect(read('Kyiv has shown just two [North Korean] prisoners to the press.')).toEqual([['two [North Korean] prisoners', 'casualties']]);
    // Citation marks and a note's letter stay marks.
    expect(read('He said 11,000 troops were sent.[12] Later, 3,000 [a] came.').map(([t]) => t)).toEqual(['11,000 troops']);
  });

  it('reads a time told in words as no count: "It\'s twenty to ten", but "about ten to twelve thousand" as a range', () => {
    expect(read("The shelling killed six more. It's twenty to ten.")).toEqual([['six', 'casualties']]);
    expect(read('They sent about ten to twelve thousand soldiers.')).toEqual([['about ten to twelve thousand soldiers', 'troops']]);
    expect(read('Between five to ten soldiers were killed.')).toEqual([['five to ten soldiers', 'casualties']]);
  });

  it('reads a count quoted apart from its noun with the noun: "\'just 1,500\' reinforcements", "\'barely 2,000\' Koreans were ever hurt"', () => {
    expect(read("A lawmaker said 'just 1,500' reinforcements reached Kursk.")).toEqual([["'just 1,500' reinforcements", 'troops']]);
    expect(read("A blogger scoffs that 'barely 2,000' North Koreans were ever hurt.")).toEqual([["'barely 2,000' North Koreans", 'casualties']]);
    // A quoted count with no noun after it stays what it was.
    expect(read("He called it 'only 50'. Officials disagreed.")).toEqual([]);
  });

  it('reads "twenty twenty-three" as a year as it is spoken, not a count of what the sentence counts', () => {
    expect(read('North Korea has sent Russia twelve million shells since the summer of twenty twenty-three.')).toEqual([['twelve million shells', 'munitions']]);
  });

  it('ignores a disaster\'s toll after a strike\'s, and sorties flown', () => {
    expect(extractFigures('A strike on a monastery killed 23 people. The earthquake that hit the same region in March killed more than 3,700.').map((f) => f.text)).toEqual(['23 people']);
    expect(extractFigures('Israeli jets flew hundreds of sorties over Iran; Iran fired 550 missiles.').map((f) => f.text)).toEqual(['550 missiles']);
  });

  it('reads speech\'s small margins as qualifiers: "a shade under eleven thousand", "a touch over 6,000"', () => {
    expect(extractFigures('North Korea sent a shade under eleven thousand soldiers.')[0]).toMatchObject({ text: 'a shade under eleven thousand soldiers', qualifier: 'nearly' });
    expect(extractFigures('The British said a touch over 6,000 North Koreans were killed or wounded.')[0]).toMatchObject({ qualifier: 'more-than' });
  });

  it('reads "No. 5" as a label and "No. Five thousand military builders" as an answer and a count', () => {
    expect(extractFigures('Was it six? No. Five thousand military builders went to rebuild the place.').map((f) => f.text)).toEqual(['Five thousand military builders']);
    expect(extractFigures('Regulation No. 5 covers 300 troops.').map((f) => f.text)).toEqual(['300 troops']);
  });

  it('reads a range of days by a month as dates: "the night of Nov. 9–10", "9 to 10 July"', () => {
    expect(extractFigures('Russia launched 145 drones on the night of Nov. 9–10.').map((f) => f.text)).toEqual(['145 drones']);
    expect(extractFigures('Russia launched 145 drones between 9 and 10 July, officials said.').map((f) => f.text)).toEqual(['145 drones']);
    expect(extractFigures('Russia fired 9 to 10 missiles in March.').map((f) => f.text)).toEqual(['9 to 10 missiles']);
  });

  it('reads "Nov. 4" as a date, never as a count borrowing the noun of the figure before it', () => {
    expect(extractFigures('Some 11,000 soldiers were deployed, a spokeswoman said on Nov. 4.').map((f) => f.text)).toEqual(['Some 11,000 soldiers']);
  });

  it('ignores footnote marks, and ends a sentence after them: "were sent.[12] Another 3,000 …"', () => {
    const text = 'The ministry said 1,000 troops were sent.[12] Another 3,000 drones followed.”[13][a] None came back [14].';
    expect(extractFigures(text).map((f) => f.text)).toEqual(['1,000 troops', '3,000 drones']);
    const [, drones] = extractFigures(text);
    expect(text.slice(drones.sentence.start, drones.sentence.end)).toBe('Another 3,000 drones followed.”[13][a]');
  });

  it('lends no noun to a number that names (a resolution, a photo, a page) or counts a page\'s furniture', () => {
    const figures = (text: string) => extractFigures(text).map((f) => f.text);
    expect(figures('The 100 ballistic missiles sent breach resolutions 1718 (2006), 1874 (2009) and 2270 (2016), the ministers said.')).toEqual(['100 ballistic missiles']);
    expect(figures('How many soldiers can Moscow still find?\nBy Jo Park · 7 min read\nShare 640\nPhoto 3 of 12\nPage 1 of 2')).toEqual([]);
  });

  it('counts what stands before a designation without a hyphen: "24 2S19 howitzers"', () => {
    expect(only('Russia has 24 2S19 howitzers there.')).toMatchObject({ value: { low: 24, high: 24 }, category: 'munitions' });
  });

  it('counts a four-digit number as troops when a troop noun follows', () => {
    expect(only('Russia moved 2000 troops to the border.').value).toEqual({ low: 2000, high: 2000 });
  });
});

describe('extractFigures: categories', () => {
  it('reads a noun in scare quotes as what is counted: "as many as 3 million \'volunteers\'"', () => {
    expect(only("China sent as many as 3 million 'volunteers' over the course of the war.")).toMatchObject({ category: 'troops', value: { low: 3000000, high: 3000000 } });
    expect(only('Beijing sent some 200,000 “volunteers” across the river.').category).toBe('troops');
  });

  it.each([
    ['640k — Russian troops estimated inside Ukraine (June)', 'troops'],
    ['3,000+ — glide bombs dropped on Ukraine in a typical week', 'munitions'],
    ['~1,000 – average Russian casualties per day', 'casualties'],
    ['• 11,000: North Korean soldiers first sent to Kursk', 'troops'],
  ])('reads a key-figures line, the count first and what it counts after a dash or colon: %j', (text, category) => {
    expect(only(text).category).toBe(category);
  });

  it('reads a body of troops sized by "of": "a second echelon of 25,000-30,000", "construction troops of 5 000 persons"', () => {
    expect(only('Pyongyang has now promised a second echelon of 25,000-30,000.')).toMatchObject({ category: 'troops', value: { low: 25000, high: 30000 } });
    expect(only('The construction troops of 5 000 persons will go to the Kursk region.')).toMatchObject({ category: 'troops', value: { low: 5000, high: 5000 } });
  });

  it('reads a toll as war\'s when the war is told in a clause before it: "fired 550 missiles …; 28 people were killed"', () => {
    const figures = extractFigures('Iran fired some 550 ballistic missiles at Israel during the war; 28 people were killed in Israel.');
    expect(figures.map((f) => [f.text, f.category])).toEqual([['some 550 ballistic missiles', 'munitions'], ['28 people', 'casualties']]);
  });

  it('reads money in the currencies of South Asia and Africa as no count: "GH¢30,000", "Rs. 500 crore", "KSh 2 million"', () => {
    expect(extractFigures('Adverts offer up to GH¢30,000 a month; 300 soldiers were killed in action.').map((f) => f.text)).toEqual(['300 soldiers']);
    expect(extractFigures('The Rs. 500 crore deal covers 12 howitzers.').map((f) => f.text)).toEqual(['12 howitzers']);
    expect(extractFigures('A KSh 2 million payout went to the families of 17 soldiers killed.').map((f) => f.text)).toEqual(['17 soldiers']);
  });

  it('reads South Asian English: "upto 5,000" is up to so many, soldiers "martyred" are a toll', () => {
    expect(extractFigures('North Korea may send upto 30,000 more troops.').map((f) => [f.text, f.qualifier])).toEqual([['upto 30,000 more troops', 'up-to']]);
    expect(extractFigures('Pakistan said three soldiers had been martyred in the firing.').map((f) => f.category)).toEqual(['casualties']);
  });

  it('reads a bound said after the count: "15,000 at most", "4,000 at least", "4,000 tops"', () => {
    const read = (t: string) => extractFigures(t).map((f) => [f.text, f.qualifier]);
    expect(read('Pyongyang will send 30,000 more troops, our guest doubts, and reckons 15,000 at most.').at(-1)).toEqual(['15,000 at most', 'up-to']);
    expect(read('Russia lost 4,000 at least, killed and wounded soldiers all.')[0]).toEqual(['4,000 at least', 'at-least']);
  });

  it('reads a headline\'s "now" as its copula: "North Korean casualties in Russia now about 4,700"', () => {
    expect(extractFigures('NIS: North Korean killed and wounded in Russia now about 4,700').map((f) => [f.text, f.category])).toEqual([['about 4,700', 'casualties']]);
    expect(extractFigures('Russian losses since the start of the invasion are now close to one million people.').map((f) => f.category)).toEqual(['casualties']);
  });

  it('reads "200-ish rounds", "12,000ish shells" and "11k-ish troops" as about so many', () => {
    const read = (t: string) => extractFigures(t).map((f) => [f.text, f.value.low, f.qualifier]);
    expect(read('If each holds 200-ish rounds you can do the math.')).toEqual([['200-ish rounds', 200, 'approx']]);
    expect(read('They fired 12,000ish shells.')).toEqual([['12,000ish shells', 12000, 'approx']]);
    expect(read('Pyongyang sent 11k-ish troops to Kursk.')).toEqual([['11k-ish troops', 11000, 'approx']]);
  });

  it('reads a count its speaker takes back as part of the corrected one: "eleven — sorry, twelve thousand soldiers"', () => {
    const read = (t: string) => extractFigures(t).map((f) => [f.text, f.value.low, f.category]);
    expect(read('They lost eleven — sorry, twelve thousand soldiers.')).toEqual([['eleven — sorry, twelve thousand soldiers', 12000, 'casualties']]);
    expect(read('North Korea could send another thirty -- no, twenty-five to thirty thousand troops.')).toEqual([['thirty -- no, twenty-five to thirty thousand troops', 25000, 'troops']]);
    expect(read('On top of the eleven -- I mean the roughly ten or eleven thousand troops sent.')).toEqual([['eleven -- I mean the roughly ten or eleven thousand troops', 10000, 'troops']]);
    // "no fewer" and "no one else" go on with the count.
    expect(read('Russia lost 4,000 soldiers, no fewer, in March.')).toEqual([['4,000 soldiers', 4000, 'casualties']]);
    expect(read('Of the soldiers in the convoy, the strike killed 3 — no one else was hurt.').map(([, v]) => v)).toEqual([3]);
  });

  it('reads an emoji\'s variation selector as no word: "☠️ 600 — North Korean soldiers killed"', () => {
    expect(extractFigures('☠\ufe0f 600 — North Korean soldiers killed in one January week (HUR)').map((f) => [f.text, f.category])).toEqual([['600 — North Korean soldiers', 'casualties']]);
  });

  it('reads through what a page hides in its text: soft hyphens, zero-width spaces, non-breaking hyphens', () => {
    expect(only('North Korea sent 11,000 sol\u00addiers to Kursk.').category).toBe('troops');
    expect(only('North Korea sent 11,000\u200b troops to Kursk.').category).toBe('troops');
    expect(only('Russia fired 82 KN\u201123 missiles at Kyiv.').value.low).toBe(82);
  });

  it('reads across a line that only wraps a sentence, as source HTML and plain text wrap them', () => {
    expect(extractFigures('Overnight, the air force says, Russia launched thirteen\n      ballistic and cruise missiles.').map((f) => f.text)).toEqual(['thirteen\n      ballistic and cruise missiles']);
    expect(extractFigures('the air force said Russia launched\r\nmore than 700 drones overnight.').map((f) => f.category)).toEqual(['munitions']);
  });

  it('reads across a wrap before a dash aside and before a count cut after its qualifier, as PDF text breaks them', () => {
    const aside = 'The peak of the series is the night of July 8, when Russia launched 728\ndrones – Shahed-type strike drones and decoys – together with more.';
    expect(extractFigures(aside).map((f) => [f.text, f.kind])).toEqual([['728\ndrones', 'drones']]);
    const cut = "Both were lower than Ukrainian claims at the time; Kyiv's General Staff spoke of 'more than\n5,000' North Korean casualties.";
    expect(extractFigures(cut).map((f) => [f.value.low, f.qualifier, f.category])).toEqual([[5000, 'more-than', 'casualties']]);
    // A list's lines stay apart: "tanks – 11,030" opens an item.
    expect(extractFigures('Enemy losses over the day were as follows\npersonnel – about 1,130 persons\ntanks – 11,030').map((f) => f.category)).toEqual(['casualties', 'munitions']);
  });

  it('reads a word hyphenated across a line as one word, as text copied from a PDF breaks it: "kill-\ned"', () => {
    const text = 'Of the 11,000, the report says, at least 4,000 were kill-\ned or wounded by March.';
    expect(extractFigures(text).map((f) => [f.value.low, f.category, f.scope])).toEqual([[4000, 'casualties', 'combined']]);
    // However short the line it ends.
    expect(extractFigures('Pyongyang de-\nployed 11,000 soldiers.').map((f) => f.category)).toEqual(['troops']);
    expect(extractFigures('North Korea sent 11,000 troops to Kursk-\r\nregion units.').map((f) => f.value.low)).toEqual([11000]);
  });

  it('reads a scale abbreviated with a full stop without ending the sentence: "12 mln. artillery rounds"', () => {
    expect(extractFigures('The DPRK has transferred about 12 mln. artillery rounds to Russia.').map((f) => [f.text, f.value.low, f.kind])).toEqual([
      ['about 12 mln. artillery rounds', 12000000, 'shells'],
    ]);
    expect(extractFigures('Around 11 thsd. soldiers went to Kursk.').map((f) => [f.value.low, f.category])).toEqual([[11000, 'troops']]);
    // A stop before a capital still ends the sentence, except after "thsd.", which only a translation writes.
    expect(extractFigures('Each shell costs the equivalent of 2 mln. Soldiers say 300 tanks were lost.').map((f) => f.value.low)).toEqual([300]);
    expect(only('In the operation took part more than 70 thsd. Russian servicemen.')).toMatchObject({ value: { low: 70000 }, category: 'troops' });
    expect(extractFigures('The army needs about 30 thou. new soldiers; some 70 thou. Russian troops hold the line.').map((f) => f.value.low)).toEqual([30000, 70000]);
  });

  it('keeps a new line a new sentence when it opens a list item, however long the line before: "personnel ‒ 1,050,120"', () => {
    const text = 'Total combat losses of the enemy from 24.02.2022 to 25.07.2025\npersonnel ‒ about 1,050,120 persons';
    const [f] = extractFigures(text);
    expect(text.slice(f.sentence.start, f.sentence.end)).toBe('personnel ‒ about 1,050,120 persons');
  });

  it('keeps a new line a new sentence when it starts otherwise, ends one, or ends a short line: "Losses:\n2 dead"', () => {
    expect(extractFigures('Russian losses:\n2 dead').map((f) => [f.text, f.category])).toEqual([['2 dead', 'casualties']]);
    expect(extractFigures('North Korea sent 11,000 troops.\nhealth officials counted 30 cases of flu.').map((f) => f.text)).toEqual(['11,000 troops']);
    // The short lines of a list or a menu stay apart, whatever case the next one starts in.
    expect(extractFigures('North Korean troops sent\ncasualties: 4,000').map((f) => [f.text, f.category])).toEqual([['4,000', 'casualties']]);
  });

  it('attributes each figure to the source nearest it, not to the sentence\'s first', () => {
    const text = "Seoul's spy agency told lawmakers that roughly 4,700 North Korean troops had been killed or wounded, while a Russian military blogger put the figure at barely 1,500 North Korean soldiers killed or wounded.";
    expect(extractFigures(text).map((f) => f.attribution)).toEqual(["Seoul's spy agency", 'Russian military blogger']);
    const listed = 'North Korea sent 11,000 troops, according to the NIS, and 100 missiles, according to Ukrainian intelligence.';
    expect(extractFigures(listed).map((f) => f.attribution)).toEqual(['the NIS', 'Ukrainian intelligence']);
  });

  it('reads whoever cites a figure as its source: "the 12 million shells Seoul cites", "Kyiv cites 11,000 troops"', () => {
    expect(extractFigures('North Korea has shipped the 12 million shells Seoul cites.')[0].attribution).toBe('Seoul');
    expect(extractFigures('Kyiv cites 11,000 North Korean troops in Kursk.')[0].attribution).toBe('Kyiv');
  });

  it('reads a side\'s figure of a count as its source, not its owner: "an early American figure of 8,000 soldiers"', () => {
    const [count] = extractFigures('North Korea sent troops to Kursk. An early American figure of 8,000 soldiers has not aged well.');
    expect(count.attribution).toBe('American');
    expect(count.actors.us ?? 0).toBeLessThan(2);
  });

  it('reads a country\'s hyphened language before a source as the source: "a Russian-language channel put the toll at"', () => {
    const [toll] = extractFigures('A Russian-language channel put the North Korean toll at fewer than 1,000 dead and wounded.');
    expect(toll.attribution).toBe('Russian-language channel');
    expect(toll.actors.russia ?? 0).toBeLessThan(toll.actors.dprk);
  });

  it('ends a sentence at a full stop followed by superscript footnote marks: "near Pokrovsk.¹ North Korean …"', () => {
    const text = 'Russian forces concentrated over 100,000 personnel near Pokrovsk.¹ North Korean casualties exceeded 4,000.²';
    const [, toll] = extractFigures(text);
    expect(text.slice(toll.sentence.start, toll.sentence.end)).toBe('North Korean casualties exceeded 4,000.²');
  });

  it('ends a sentence at the marks that part the items of a ticker or a byline', () => {
    const text = 'LATEST ▸ 10:02 Kyiv: 40 drones shot down overnight ▸ 09:30 Storm Bert: 12 homes flooded';
    const [drones] = extractFigures(text);
    expect(text.slice(drones.sentence.start, drones.sentence.end)).toBe('10:02 Kyiv: 40 drones shot down overnight');
  });

  it('reads no war into a toll from soldiers in a clause after it with a subject of its own', () => {
    const text = 'Floods from Typhoon Mawar killed at least 9 people in the north, officials said, and the army sent 3,000 soldiers to help.';
    expect(extractFigures(text).map((f) => f.text)).toEqual(['3,000 soldiers']);
  });

  it('reads a headline\'s toll as war\'s when the line under it tells the war: "Death Toll In Kursk Tops 600"', () => {
    const figures = extractFigures('North Korean Death Toll In Kursk Tops 600, Lawmakers Told\nSpy Agency Says 2,500 More Wounded In Fighting');
    expect(figures.map((f) => [f.value.low, f.category])).toEqual([[600, 'casualties'], [2500, 'casualties']]);
    expect(extractFigures('Motorway Pile-Up Death Toll Tops 35\nPolice Close The Road For A Second Day')).toEqual([]);
  });

  it('gives what happened to a part to the part, not to the whole it is taken from', () => {
    const [whole] = extractFigures('One in five of the 11,000 North Korean soldiers sent has been wounded.');
    expect([whole.text, whole.category]).toEqual(['11,000 North Korean soldiers', 'troops']);
    expect(extractFigures('Half of the 4,000 reservists were killed.').map((f) => f.category)).toEqual(['troops']);
  });

  it.each([
    ['11,000 North Korean soldiers were deployed.', 'troops'],
    ['1,000 North Korean sappers will clear mines.', 'troops'],
    ['5,000 military construction workers will follow.', 'troops'],
    ['Russia mobilised 300,000 reservists.', 'troops'],
    ['Russia has some 4,000 casualties in the region.', 'casualties'],
    ['More than 6,000 North Korean soldiers have been killed or wounded.', 'casualties'],
    ['Around 4,000 of the 11,000 soldiers were killed or injured.', 'casualties'],
    ['The strike killed 11 civilians in Pokrovsk.', 'casualties'],
    ['Russia has lost nearly one million people, killed or injured.', 'casualties'],
    ['Pyongyang shipped 9 million artillery shells.', 'munitions'],
    ['Russia launched 728 drones at Kyiv.', 'munitions'],
    ['North Korea has more than 20,000 containers of military supplies on the way.', 'munitions'],
    ['Ukraine counted 82 strikes by North Korean ballistic missiles.', 'munitions'],
    ['North Korea has over 20,000 artillery systems.', 'munitions'],
    // The subject's head says what is counted, not the noun of a phrase qualifying it.
    ['Casualties among the North Korean contingent have topped 6,000.', 'casualties'],
    ['Losses in the 155th brigade reached 40.', 'casualties'],
    ['Deaths among civilians in Kharkiv rose to 12.', 'casualties'],
    // A count that changed "to" a figure is counted by the subject of the change.
    ['Russian troop numbers around Pokrovsk had swelled to 110,000.', 'troops'],
    ['The number of North Korean soldiers in Kursk increased to 12,000.', 'troops'],
    ['Russian forces near Pokrovsk have grown to some 110,000 men.', 'troops'],
    // Any people named by a demonym are a toll where the clause says they were killed.
    ['The health ministry says more than 40,000 Palestinians have been killed.', 'casualties'],
    ['At least 300 Sudanese were killed in the attack on the camp.', 'casualties'],
    // Foreign recruits of any nationality are troops in a military clause.
    ['Around 300 Colombians are fighting for Ukraine, officials in Bogota said.', 'troops'],
    ['Some 200 Kenyans have been recruited into the Russian army.', 'troops'],
    ['Nearly 400 Sri Lankans joined Russian forces, Colombo says.', 'troops'],
  ])('classifies %j as %s', (text, category) => {
    expect(extractFigures(text)[0]?.category).toBe(category);
  });

  it('counts "12 infantry fighting vehicles" and "50 armoured personnel carriers" as weapons, not troops', () => {
    const found = extractFigures('Sweden pledged 12 infantry fighting vehicles, 50 armoured personnel carriers and 30 troop transport helicopters.');
    expect(found.map((f) => [f.text, f.category])).toEqual([
      ['12 infantry fighting vehicles', 'munitions'],
      ['50 armoured personnel carriers', 'munitions'],
      ['30 troop transport helicopters', 'munitions'],
    ]);
    expect(only('Some 2,000 infantry fighting in Kursk were North Korean.').category).toBe('troops');
  });

  it('reads the dead of a headline in the present and of a memorial: "27 DIE AT AID SITE", "516 of them never came home"', () => {
    expect(only('GAZA: 27 DIE AT AID SITE AS TRUCKS ARRIVE')).toMatchObject({ text: '27', category: 'casualties' });
    const [served, dead] = extractFigures('Mr Speaker, 26,800 Canadians served in the Korean War and 516 of them never came home.');
    expect([served.category, dead.category]).toEqual(['troops', 'casualties']);
    expect(extractFigures('Of the 11,000 soldiers sent, some 600 never made it back.')[1].category).toBe('casualties');
  });

  it('reads a lone "4.700" as thousands in a text that groups thousands with full stops, and as no count elsewhere', () => {
    const translated = 'North Korea sent around 11.000 soldiers to Kursk. Of these, 4.700 have since been killed or wounded.';
    expect(extractFigures(translated).map((f) => f.value.low)).toEqual([11000, 4700]);
    const english = 'North Korea sent around 11,000 soldiers to Kursk. Of these, 4.700 have since been killed or wounded.';
    expect(extractFigures(english).map((f) => f.value.low)).toEqual([11000]);
  });

  it('reads "c.1.28mn" with its abbreviation glued on as about 1.28 million, but "v.2" as no count', () => {
    expect(only("North Korea's army is vast on paper: c.1.28mn active troops.")).toMatchObject({ qualifier: 'approx', value: { low: 1280000, high: 1280000 } });
    expect(extractFigures('Version v.2 of the plan moved 40 soldiers.').map((f) => f.text)).toEqual(['40 soldiers']);
  });

  it('reads a bare count a source gives before a new clause, and a wave "of just 5,000", as troops', () => {
    const [, staff] = extractFigures('Our brigade says roughly 70,000 troops. The general staff says 110,000, but they count reserves further back.');
    expect(staff).toMatchObject({ text: '110,000', category: 'troops' });
    expect(only('Some in Kyiv talk of further waves of just 5,000 at a time.')).toMatchObject({ category: 'troops', value: { low: 5000, high: 5000 } });
  });

  it("reads a toll of people as the war's under a headline of war, and as no one's under any other", () => {
    const entries = '\n\n08:20 GMT — The metro has reopened.\n\n08:31 GMT — Correction: our earlier entry was updated. City officials now say three people died.';
    expect(only(`Ukraine war live: Kyiv wakes to another night of drones${entries}`)).toMatchObject({ text: 'three people', category: 'casualties' });
    expect(extractFigures(`City news live: Kyiv wakes to another rainy night${entries}`)).toEqual([]);
  });

  it('reads a number written in words and again in digits as one count: "not less than one hundred (100) ballistic missiles"', () => {
    expect(only('The DPRK transferred not less than one hundred (100) ballistic missiles.')).toMatchObject({
      text: 'not less than one hundred (100) ballistic missiles',
      qualifier: 'at-least',
      value: { low: 100, high: 100 },
      category: 'munitions',
    });
    expect(only('Pyongyang sent eleven thousand (11,000) soldiers.').value).toEqual({ low: 11000, high: 11000 });
  });

  it('reads neither side of a decimal comma before no scale as a count: "1,5 million shells … 2,5 days"', () => {
    const found = extractFigures('The Czech initiative delivered some 1,5 million shells, while German stocks would last only 2,5 days.');
    expect(found.map((f) => f.value.low)).toEqual([1500000]);
  });

  it('never reads the number of a panel or chart as a count: "Panel 2, Losses: c. 4,000 killed"', () => {
    expect(only('Panel 2, Losses: c. 4,000 killed or wounded (Western estimate).').text).toBe('c. 4,000 killed');
  });

  it('reads a small count and its hedged next as a range: "Two, perhaps three, more North Korean divisions"', () => {
    expect(only('Two, perhaps three, more North Korean divisions are on their way to the front.')).toMatchObject({ value: { low: 2, high: 3 }, category: 'troops' });
    // Unhedged, words in a row are a list or a count-down, not a range.
    expect(extractFigures('One, two, three soldiers.').map((f) => f.value)).toEqual([{ low: 3, high: 3 }]);
  });

  it('reads spoken counts: "four, perhaps five thousand men" as a range, "eleven thousand in the first wave" as troops', () => {
    expect(only('The North Koreans have lost four, perhaps five thousand men, killed or wounded.')).toMatchObject({ value: { low: 4000, high: 5000 }, category: 'casualties' });
    expect(only("Seoul's estimate is still eleven thousand in the first wave.")).toMatchObject({ text: 'eleven thousand in the first wave', category: 'troops' });
    expect(extractFigures('He scored 3 in the first half.')).toEqual([]);
  });

  it('reads a listicle: "2." is the item\'s number, and a bare number is counted by the line under it', () => {
    const text = '1. 11,000\nThat is how many soldiers the North first sent to Kursk.\n\n2. 28,000\nThe containers that Seoul believes have crossed the border by rail.';
    expect(extractFigures(text).map((f) => [f.text, f.category, f.kind])).toEqual([
      ['11,000', 'troops', undefined],
      ['28,000', 'munitions', 'containers'],
    ]);
  });

  it('reads "The figure … is about 11,000" after a short sentence without a number as the count before it', () => {
    const text = 'Your report says North Korea "sent 30,000 troops". It did not. The figure most analysts accept is about 11,000.';
    expect(extractFigures(text).map((f) => [f.text, f.category])).toEqual([['30,000 troops', 'troops'], ['about 11,000', 'troops']]);
  });

  it('reads a count a modal copula gives a body ("will be no more than 6,000") and one "in a first increment"', () => {
    expect(only('The next dispatch of North Korean combat troops will be no more than 6,000.')).toMatchObject({ category: 'troops', qualifier: 'up-to' });
    expect(only('It may come in stages, on the order of 10,000 to 15,000 in a first increment.')).toMatchObject({ category: 'troops', value: { low: 10000, high: 15000 } });
    expect(extractFigures('The pay will be 2,000 a month.')).toEqual([]);
  });

  it('reads a toll "assessed at" a figure as that toll', () => {
    expect(extractFigures('Casualties among North Korean forces are assessed at around 4,700, of which about 600 were killed.')[0]).toMatchObject({ text: 'around 4,700', category: 'casualties' });
  });

  it('never reads a year before a singular noun as a count: "the January 2024 missile strike"', () => {
    expect(extractFigures('The January 2024 missile strike killed 11 civilians in Pokrovsk.').map((f) => f.text)).toEqual(['11 civilians']);
  });

  it('reads "71 Chinese military aircraft" as aircraft, not as 71 Chinese', () => {
    expect(only('China flew 71 Chinese military aircraft near Taiwan.')).toMatchObject({ text: '71 Chinese military aircraft', category: 'munitions' });
  });

  it('reads an infobox: bare counts a side labels under "Strength:" or "Casualties and losses:" count what it names', () => {
    const infobox = 'Strength:\n North Korea: 266,600\n China: 1,450,000 (peak)\nCasualties and losses:\n North Korea: 215,000\n';
    expect(extractFigures(infobox).map((f) => [f.text, f.category])).toEqual([['266,600', 'troops'], ['1,450,000', 'troops'], ['215,000', 'casualties']]);
    expect(extractFigures('Most read:\nHeatwave: 5 things to know before you travel\nSoldiers: 12 tips for the heat\n')).toEqual([]);
  });

  it('reads a fact box under "Kim\'s soldiers: the numbers": "Deployed: c. 11,000" counts the title\'s soldiers', () => {
    const box = "Kim's soldiers: the numbers\n\nDeployed: c. 11,000 (Nov. 2024)\nKilled & wounded: 4,700 (NIS)\n";
    expect(extractFigures(box).map((f) => [f.text, f.category])).toEqual([['c. 11,000', 'troops'], ['4,700', 'casualties']]);
    // A label of page furniture titles nothing, and a sent label alone says nothing of what was sent.
    expect(extractFigures('Related: the numbers\n\nDeployed: c. 11,000 (Nov. 2024)\n')).toEqual([]);
  });

  it('reads "12 million+ artillery shells" as open above', () => {
    expect(only('Equipment supplied: 12 million+ artillery shells.')).toMatchObject({ qualifier: 'more-than', value: { low: 12000000, high: 12000000 } });
  });

  it('reads crewless craft as drones: "41 unmanned aerial vehicles", "90 unmanned aircraft"', () => {
    expect(only('Air defences shot down 41 unmanned aerial vehicles overnight.')).toMatchObject({ text: '41 unmanned aerial vehicles', category: 'munitions', kind: 'drones' });
    expect(only('Russia launched 90 unmanned aircraft at Kyiv.')).toMatchObject({ category: 'munitions', kind: 'drones' });
  });

  it('counts regulars, and men who fought or clashed, as troops', () => {
    expect(only('The army has c.73,000 regulars.').category).toBe('troops');
    expect(only('About 2,000 men fought for the town.').category).toBe('troops');
    expect(extractFigures('Some 5,000 men attended the festival.')).toEqual([]);
  });

  it('never counts people named by a demonym outside a military clause: "About 2,000 Italians attended the rally"', () => {
    expect(extractFigures('About 2,000 Italians attended the rally in Rome.')).toEqual([]);
  });

  it('gives the part and the whole of "4,000 of the original 11,000 soldiers were killed" their own categories', () => {
    const [part, whole] = extractFigures('Around 4,000 of the original 11,000 North Korean soldiers were killed or injured.');
    expect([part.category, whole.category]).toEqual(['casualties', 'troops']);
  });

  it('does not lend the next figure\'s noun to a label such as "Story 99:"', () => {
    expect(extractFigures('Story 99: Russia keeps about 110,000 troops near Pokrovsk.').map((f) => f.text)).toEqual(['about 110,000 troops']);
  });

  it('lends the next figure\'s noun to a change "by" a count: "grown by 40,000 … 640,000 troops"', () => {
    expect(extractFigures('Having grown by 40,000 since November, the force now numbers 640,000 troops.').map((f) => f.category)).toEqual(['troops', 'troops']);
  });

  it('reads a count by which a body of troops grew as troops, and as a change: "the grouping has grown by 40k"', () => {
    const f = only("By the ministry's count, Moscow's grouping near Zaporizhzhia has grown by about 25k since spring.");
    expect([f.category, f.change]).toEqual(['troops', true]);
    expect(only('The army is now up by some 60,000 this year.').change).toBe(true);
    expect(extractFigures('Bread prices have grown by 40 since May.')).toEqual([]);
  });

  it('reads how badly a count was hurt as part of its casualty verb: "2 soldiers were lightly injured"', () => {
    expect(only('The ministry said 2 soldiers were lightly injured in the shelling.').category).toBe('casualties');
    expect(only('Twelve marines were seriously wounded near the bridge.').category).toBe('casualties');
    expect(only('Four sappers were likely killed in the blast.').category).toBe('casualties');
    expect(only('Some 300 soldiers were quickly moved to the town.').category).toBe('troops');
  });

  it('counts the TELs imagery analysts see as launchers', () => {
    expect(extractFigures('Satellite images show 27 TELs at the depot near Belgorod.').map((f) => [f.text, f.category])).toEqual([['27 TELs', 'munitions']]);
    expect(extractFigures('He was 27 in Tel Aviv.')).toEqual([]);
  });

  it('gives two rival counts the noun after the aside that holds the second: "11,000 (some say 12,000) soldiers"', () => {
    const withValues = (text: string) => extractFigures(text).map((f) => [f.text, f.value.low, f.category]);
    expect(withValues('North Korea sent 11,000 (some say 12,000) soldiers to Kursk.')).toEqual([['11,000', 11000, 'troops'], ['12,000', 12000, 'troops']]);
    expect(withValues('North Korea sent 11,000 — perhaps 12,000 — troops to Kursk.')).toEqual([['11,000', 11000, 'troops'], ['perhaps 12,000', 12000, 'troops']]);
    expect(withValues('About 4,000, Seoul says 4,700, North Korean soldiers were killed or wounded.')).toEqual([['About 4,000', 4000, 'casualties'], ['4,700', 4700, 'casualties']]);
    // A bracket that holds no count is no rival's aside.
    expect(withValues('The plant made 11,000 (in 2023) shells.')).toEqual([]);
  });

  it('reads two words that name one thing together: "service members" are troops, "aerial targets" munitions', () => {
    expect(read("Ukraine's army counts roughly 900,000 service members.")).toEqual([['roughly 900,000 service members', 'troops']]);
    expect(read('Air defences shot down 477 of the 537 aerial targets launched overnight.')).toEqual([['477', 'munitions'], ['537 aerial targets', 'munitions']]);
    expect(read('The club has 900 members and hit 40 targets this year.')).toEqual([]);
  });

  it('counts the guys a commander lost as troops lost, and guys at a match as nothing', () => {
    expect(extractFigures("The battalion commander told us 'we lost 70 guys in two days'.").map((f) => [f.text, f.category])).toEqual([['70 guys', 'casualties']]);
    expect(extractFigures('Some 30 guys showed up for the match.')).toEqual([]);
  });

  it('reads a count repeated in Korean notation beside the English as one figure: "1,100 casualties (1천1백 명)"', () => {
    const withLows = (text: string) => extractFigures(text).map((f) => [f.text, f.value.low]);
    expect(withLows('The first count stood at around 1,100 casualties (1천1백 명), most of them wounded.')).toEqual([['around 1,100 casualties', 1100]]);
    expect(withLows("The South's armed forces, about 500,000 (50만) troops, field some 2,200 tanks (2천2백 대).")).toEqual([['about 500,000', 500000], ['some 2,200 tanks', 2200]]);
    expect(withLows('북한군 1만 1천 명 (11,000) North Korean soldiers were deployed.')).toEqual([['(11,000) North Korean soldiers', 11000]]);
  });

  it('reads missiles by their acronyms: "est. 50 SRBMs", "12 ICBMs"', () => {
    expect(extractFigures('DPRK supplied est. 50 SRBMs to date.').map((f) => [f.text, f.category, f.qualifier])).toEqual([['est. 50 SRBMs', 'munitions', 'approx']]);
    expect(extractFigures('Russia keeps 12 IRBMs and 300 ATGMs near the border.').map((f) => f.category)).toEqual(['munitions', 'munitions']);
  });

  it('counts volunteers a legion draws, convicts a militia recruits and its legionnaires as troops, and inmates of a prison as nothing', () => {
    expect(read("Ukraine's International Legion has drawn some 20,000 foreign volunteers since 2022.")).toEqual([['some 20,000 foreign volunteers', 'troops']]);
    expect(read('Wagner had fifty thousand convicts recruited at one point.')).toEqual([['fifty thousand convicts', 'troops']]);
    expect(read('The Foreign Legion counts 9,000 legionnaires.')).toEqual([['9,000 legionnaires', 'troops']]);
    expect(read('The prison holds 2,000 inmates and 300 convicts.')).toEqual([]);
  });

  it('never lends the missiles before to the people a strike leaves in want: "leaving millions without heat"', () => {
    const texts = (text: string) => extractFigures(text).map((f) => f.text);
    expect(texts('Russia has fired more than 3,000 missiles at the grid, leaving millions without heat.')).toEqual(['more than 3,000 missiles']);
    expect(texts('Russia launched 500 drones; air defences downed 450, leaving 50 that got through.')).toEqual(['500 drones', '450', '50']);
  });

  it('never counts what a count\'s things show: "412 clips, 37 of them showing KPA infantry"', () => {
    expect(extractFigures('We coded 412 clips, 37 of them showing KPA infantry.')).toEqual([]);
    expect(extractFigures('We coded 412 clips, 37 showing North Korean soldiers.')).toEqual([]);
    expect(extractFigures('Videos show 40 soldiers wearing Russian uniforms.').map((f) => f.text)).toEqual(['40 soldiers']);
  });

  it('hears a speaker\'s hedge between a verb and its count, and "thirty, forty" as a range: "lost, I don\'t know, thirty, forty men"', () => {
    expect(only("My own unit lost, I don't know, thirty, forty men in that fighting.")).toMatchObject({ text: 'thirty, forty men', value: { low: 30, high: 40 }, category: 'casualties' });
    expect(only('Russia lost, we think, 1,000 soldiers there.').category).toBe('casualties');
    expect(only('Russia lost, and then regained, 1,000 soldiers.').category).toBe('troops');
  });

  it('reads a bare count that could be coming, or is sent in stages, as troops', () => {
    expect(read('Kyiv says twenty-five to thirty thousand more could be coming.')).toEqual([['twenty-five to thirty thousand', 'troops']]);
    expect(read('She thought maybe ten to twenty thousand, and sent in stages.')).toEqual([['maybe ten to twenty thousand', 'troops']]);
    expect(read("I'd expect fifteen, twenty thousand, coming in stages.")).toEqual([['fifteen, twenty thousand', 'troops']]);
    expect(read('Russia fired 500 missiles; 300 more could be coming.')).toEqual([['500 missiles', 'munitions'], ['300', 'munitions']]);
    expect(read('Prices rose 20, and came down later.')).toEqual([]);
  });

  it('reads an age bound after people as no count: "mobilised men over 40"', () => {
    expect(extractFigures('About half of them are mobilised men over 40 who arrived in July.')).toEqual([]);
    expect(only('Russia sent over 40 soldiers.').text).toBe('over 40 soldiers');
  });

  it('reads a count\'s casualty verb past a short "from" phrase: "three soldiers from a neighbouring battalion were wounded"', () => {
    expect(only('Three soldiers from a neighbouring battalion were wounded when a drone hit their pickup.').category).toBe('casualties');
    expect(only('Olena Kovalenko, 41, lost her son; 12 soldiers from his unit died.').category).toBe('casualties');
    expect(only('Five soldiers from the 47th Brigade perished in the attack.').category).toBe('casualties');
  });

  it('reads the number between commas after one person a determiner introduces as an age: "said a medic, 34,"', () => {
    const text = '"We counted 50 bodies after the shelling," said a medic, 34, adding that 200 wounded had been evacuated.';
    expect(read(text)).toEqual([['50 bodies', 'casualties'], ['200 wounded', 'casualties']]);
  });

  it('still counts a plural noun between commas: "killed the soldiers, 12, and wounded 40 more"', () => {
    expect(read('The strike killed the soldiers, 12, and wounded 40 more.').map(([text]) => text)).toEqual(['12', '40']);
  });

  it('counts the men of an infantry company as troops, and a firm\'s men as nothing', () => {
    expect(only('His infantry company began the summer with 112 men.').category).toBe('troops');
    expect(extractFigures('The company employs 300 men.')).toEqual([]);
  });

  it('reads a bare count being readied as troops: "thirty thousand more being readied in Pyongyang"', () => {
    expect(extractFigures('His men talk about reports of thirty thousand more being readied in Pyongyang.').map((f) => [f.text, f.category])).toEqual([['thirty thousand', 'troops']]);
  });

  it('counts soldiers freed or swapped in a prisoner exchange as casualties, and soldiers released from service as troops', () => {
    const swap = extractFigures('The UAE has mediated a new exchange between Russia and Ukraine, freeing 84 Russian servicemen and 84 Ukrainian soldiers.');
    expect(swap.map((f) => f.category)).toEqual(['casualties', 'casualties']);
    expect(only('Russia and Ukraine swapped 390 soldiers each in the largest prisoner exchange of the war.').category).toBe('casualties');
    expect(only('The army released 5,000 soldiers from service.').category).toBe('troops');
  });

  it('counts prisoners a force enlists as its troops, and prisoners of war as casualties', () => {
    expect(only('Wagner alone had enlisted about 50,000 prisoners by early 2023.').category).toBe('troops');
    expect(only('Ukraine holds 4,000 prisoners of war.').category).toBe('casualties');
  });

  it('counts men whom enlistment offices call up as troops: "closer to 500,000 men"', () => {
    expect(only('The real number called up was closer to 500,000 men, because enlistment offices kept sending papers.').category).toBe('troops');
  });

  it('reads "rotations of 20 days" as days, and "waves of tens of thousands" as troops', () => {
    expect(extractFigures('There are perhaps 1 200 infantrymen at the positions, in rotations of 20 days and more.').map((f) => f.text)).toEqual(['perhaps 1 200 infantrymen']);
    expect(only('Pyongyang may send fresh troops in waves of tens of thousands.').category).toBe('troops');
  });

  it('never lends "of them" a noun from afar when the count just before counts something untracked', () => {
    const text = 'Russia has moved 11,000 troops. The General Staff counted 152 combat engagements in the past day, 51 of them near Pokrovsk.';
    expect(extractFigures(text).map((f) => f.text)).toEqual(['11,000 troops']);
    expect(extractFigures('Russia launched 142 drones overnight. Ukraine shot down 118 of them.').map((f) => f.text)).toEqual(['142 drones', '118 of them']);
    // A count in another clause is not what "them" takes up.
    const k9 = 'Hanwha showed its K9 howitzer, which has earned Seoul billions of dollars abroad; Poland alone has ordered 672 of them.';
    expect(extractFigures(k9).map((f) => [f.text, f.category])).toEqual([['672 of them', 'munitions']]);
  });

  it('keeps everyday pages clear: officers hurt in a riot, a Falcon 9 rocket, festival fireworks, a marathon\'s volunteers', () => {
    expect(extractFigures('Police said 40 officers were injured during the riots.')).toEqual([]);
    expect(extractFigures('SpaceX launched 23 satellites on a Falcon 9 rocket.')).toEqual([]);
    expect(extractFigures('The fireworks festival fired 10,000 rockets into the night sky.')).toEqual([]);
    expect(extractFigures('An army of 3,000 volunteers staffed the marathon.')).toEqual([]);
    expect(extractFigures("The club's army of 60,000 supporters sang as the visitors' troops crumbled, losing 4-0.")).toEqual([]);
  });

  it('reads a review of a war game as its story: no figure in it is a claim, while a war report or a documentary keeps its own', () => {
    const review = [
      "Review: 'Frozen Salient' (PC, PS5) - 7/10",
      'Set in a fictionalised winter, this squad-tactics game casts you as a platoon commander holding a forest line.',
      'The opening cutscene tells you 12,000 enemy soldiers have crossed the border and that your brigade has 3,000 shells left.',
    ].join('\n');
    expect(extractFigures(review)).toEqual([]);
    const news = 'News | Film | Games | Podcasts\nNorth Korea has sent about 11,000 troops to Kursk, Seoul says.';
    expect(read(news)).toEqual([['about 11,000 troops', 'troops']]);
    const documentary = 'A new documentary film follows the war in Kursk. Its trailer says 11,000 North Korean troops were sent.';
    expect(read(documentary)).toEqual([['11,000 North Korean troops', 'troops']]);
  });

  it('reads more sent, with no weapons in sight, as more people: "Pyongyang sent 3 thousand more in January"', () => {
    expect(read('Real losses: at most 800 killed and wounded. Pyongyang sent 3 thousand more in January.')).toEqual([['at most 800 killed', 'casualties'], ['3 thousand', 'troops']]);
    expect(read('Russia launched 500 drones. Iran sent 200 more in May.').map(([, c]) => c)).not.toContain('troops');
  });

  it('keeps clear of what war shares with peace, where the sentence says which', () => {
    const none = [
      'Start by cooking 12 jumbo shells stuffed with ricotta, then bake them in the oven.',
      'The old parade ground is guarded at the gate by two restored 18-pounder cannons.',
      "Mrs Patel's water-balloon battle used 400 water bombs in under four minutes.",
      'The centrepiece of this new gallery is not one but two V-2 rockets, standing 46 feet tall.',
      'The narrator calls a colony of army ants an army of 500,000 soldiers, though only a few thousand of them are true soldiers.',
      'Then the bees: a hive of 50,000 workers and a few hundred drones. We watch thousands of drones massing 30 metres up.',
      "Gatwick's runway was closed for three hours after two drones were spotted near the airfield, forcing 42 flights to divert.",
      'The airline will lease 50 Airbus A321neo jets to replace 40 older aircraft on its holiday routes.',
      "3,500 of the company's 9,000 sales troops will lose their roles, and its 150,000-strong workforce shrinks by 8%.",
      'A crowd of 4,200, swelled by a troop of 60 Cub Scouts, cheered every boundary; three Brownie troops ran the stalls.',
      "The National Grid's storm army of 1,500 engineers was out in force.",
      'The trial was not without casualties: 11 patients had severe side effects, and two patients died of their cancer.',
      'Each of the 42 patients received an army of roughly 10 million engineered immune cells.',
    ];
    for (const text of none) expect(extractFigures(text), text).toEqual([]);
    // The same words where the sentence speaks of war.
    expect(read("Russia's air defences destroyed 87 Ukrainian drones; Sheremetyevo airport suspended flights.")).toEqual([['87 Ukrainian drones', 'munitions']]);
    expect(read('Germany launched more than 3,000 V-2 rockets against London, the museum says.')).toEqual([['more than 3,000 V-2 rockets', 'munitions']]);
    expect(read('A missile hit the hospital, killing 30 patients.')).toEqual([['30 patients', 'casualties']]);
    expect(read('The Thiepval Memorial bears the names of over 72,000 soldiers who have no known grave.')).toEqual([['over 72,000 soldiers', 'casualties']]);
  });

  it('keeps clear of toys, sport and policing: "200 plastic soldiers", "2 bombs of 50-plus yards", "12 officers deployed"', () => {
    const none = [
      'Tabletop review: the box holds 200 plastic soldiers and 12 tanks, and each infantry stand fires 2 dice.',
      "The quarterback, who had thrown 2 bombs of 50-plus yards, finished 22 of 41 for 238 yards.",
      "Marchetti's 25 points cut his championship deficit to 18 with 6 rounds remaining.",
      'Police will fly 2 drones over the approach roads to monitor the crowd at the turnstiles.',
      'The council voted to fund 12 extra police officers, and 12 officers are now deployed on Friday nights.',
      'Two weeks for 200 campers, led by 12 trained counsellors and a nurse.',
    ];
    for (const text of none) expect(extractFigures(text), text).toEqual([]);
    expect(read('I think about all 457 British service personnel who died in Afghanistan.')).toEqual([['457 British service personnel', 'casualties']]);
    // War's counts near the same words.
    expect(read('The Security Council heard that Russia launched 500 drones overnight.')).toEqual([['500 drones', 'munitions']]);
    expect(read('Russian drones hit a police station in Kharkiv; 2 drones were downed.')).toEqual([['2 drones', 'munitions']]);
    expect(read('About 12,000 support troops were deployed.')).toEqual([['About 12,000 support troops', 'troops']]);
    expect(read('About 3,000 deployed in stages, Kyiv said, and 200,000 more are being readied this summer.').map(([, c]) => c)).toEqual(['troops', 'troops']);
  });

  it('reads a game\'s patch notes as play: "a killstreak of 25 … drops 6 missiles"', () => {
    const notes = 'Patch 3.14\nWEAPONS\n- Magazine size increased from 30 to 35 rounds.\n- Recon drone: cooldown increased to 45 seconds.\n- Airstrike now requires a killstreak of 25 and drops 6 missiles.';
    expect(extractFigures(notes)).toEqual([]);
  });

  it('reads weapons of words as a figure of speech: "two missiles of criticism", not "40 missiles of the Kinzhal type"', () => {
    expect(extractFigures('Two missiles of criticism: the app still demands an account.')).toEqual([]);
    expect(read('Russia fired 40 missiles of the Kinzhal type.')).toEqual([['40 missiles', 'munitions']]);
  });

  it('reads a toll with no cause named near it as of what the text is about: a road report\'s "100 deaths a year"', () => {
    const report = [
      "Road deaths rose again, with 1,711 people killed on the nation's roads and 40 crashes on the motorway alone.",
      'Pedestrian casualties fell, but deaths among motorcyclists rose by 11% in fatal crashes.',
      'Campaigners said a 20 mph limit could prevent about 100 deaths a year.',
    ].join(' ');
    expect(extractFigures(report)).toEqual([]);
    const war = 'Russian shelling of the road to Kupiansk went on. Pedestrians were hit in crashes of shells, and about 100 deaths were recorded.';
    expect(read(war).map(([, category]) => category)).toContain('casualties');
  });

  it('keeps teams, metaphors, units, games, films and road tolls clear', () => {
    const none = [
      "Rovers' manager named a 23-man squad and started with an unusual back three, and his side had 17 shots to City's 9.",
      'Carver was the last survivor of a six-man breakaway that went clear after 23km.',
      'Party officials credited an army of roughly 40,000 volunteers who knocked on doors.',
      'Its army of 900 doctoral researchers produced more than 12,000 papers.',
      'The 128 GB of internal storage fills after roughly 50 minutes of footage.',
      'You will have to kill 500 soldiers and drive one of 12 unlockable tanks across a ruined city.',
      'The crew built 12 replica cannons for the battle scenes.',
      "Road deaths rose, with 1,711 people killed on the nation's roads. A further 29,400 were seriously injured.",
      'The fireworks display closed with 1,500 aerial shells over the bay.',
      'The group still plans to recruit 1,200 engineers for its artificial intelligence division.',
      'About 340 flights were cancelled at the two main airports and rail operators suspended services.',
    ];
    for (const text of none) expect(extractFigures(text), text).toEqual([]);
    expect(only('An army of 3,000 volunteers fought for Ukraine.').category).toBe('troops');
    expect(only('A 10,000-man force crossed the river.').category).toBe('troops');
    expect(only('North Korea has an army of 1.2 million.').category).toBe('troops');
    expect(only('Pyongyang will send 5,000 military builders to Kursk.').category).toBe('troops');
    expect(only('The unit has 40 drone operators.').category).toBe('troops');
  });

  it('still counts the same words in war: officers killed in a strike, rockets fired at a country, men a battalion lost', () => {
    expect(read('Two officers were killed in a Russian drone strike on Kharkiv.')).toEqual([['Two officers', 'casualties']]);
    expect(read('Hamas fired 3,000 rockets at Israel.')).toEqual([['3,000 rockets', 'munitions']]);
    expect(read('Hamas fired 3,000 rockets at Israel as the music festival began.')).toEqual([['3,000 rockets', 'munitions']]);
    expect(read('Some 30 North Koreans were killed near Sudzha, Kyiv said.')).toEqual([['Some 30 North Koreans', 'casualties']]);
    expect(read('Kyiv got 3 Patriot launchers.')).toEqual([['3 Patriot launchers', 'munitions']]);
  });

  it('answers a question that asks how many were taken prisoner with a count of casualties', () => {
    const figures = extractFigures('Q: How many of the Russian soldiers sent to Kursk are now held as prisoners? A: Nine are confirmed.');
    expect(figures.map((f) => [f.text, f.category])).toEqual([['Nine', 'casualties']]);
  });

  it('answers "How many have they lost overall?", which names no noun, with a count of casualties', () => {
    const figures = extractFigures('Q: How many have they lost overall?\n\nA: Our command put it at 4,000 by spring.');
    expect(figures.map((f) => [f.text, f.category])).toEqual([['4,000', 'casualties']]);
  });

  it('reads "put the real figure at 8,000" as the figure of the sentence before', () => {
    const text = "Western governments cite 4,000 or so killed and wounded among Pyongyang's troops. I would put the real figure at 8,000 or more.";
    expect(read(text)).toEqual([['4,000 or so killed', 'casualties'], ['8,000 or more', 'casualties']]);
  });

  it('reads a count before a figure noun as a count of what the figure is for: "the 600k number for Russian casualties"', () => {
    expect(read('Honestly the 600k number for Russian casualties is way too low.')).toEqual([['600k number for Russian casualties', 'casualties']]);
    expect(read('The 11,000 figure for North Korean troops is outdated.')).toEqual([['11,000 figure for North Korean troops', 'troops']]);
    expect(read('The 2024 figure for inflation was 3%.')).toEqual([]);
  });

  it('reads decoys as drones, and "810 drones and decoys" as one count of both', () => {
    expect(read('Russia launched 300 decoys overnight.')).toEqual([['300 decoys', 'munitions']]);
    expect(read('Russia launched 810 drones and decoys and 13 missiles at Ukraine.')).toEqual([['810 drones and decoys', 'munitions'], ['13 missiles', 'munitions']]);
  });

  it('answers a question that names only a noun ("And reinforcements?", "Shells?") with a count of that noun', () => {
    expect(read('REP. LEE: And reinforcements?\nNIS: About 3,000 in the first two months of 2025.')).toEqual([['About 3,000', 'troops']]);
    expect(read('CHAIR: And the losses?\nDR H: Roughly 4,000, on Western estimates.')).toEqual([['Roughly 4,000', 'casualties']]);
    expect(read('Shells? More than 12 million, he said.')).toEqual([['More than 12 million', 'munitions']]);
    expect(read('Any questions? About 300 people attended.')).toEqual([]);
  });

  it('answers a question of two parts part by part, the answer\'s own words first', () => {
    const text = 'Q: How many Russian soldiers went into the Kursk region, and how many were lost there? A: About 50,000 went in. Killed or wounded, perhaps 12,000.';
    expect(extractFigures(text).map((f) => [f.text, f.category])).toEqual([['About 50,000', 'troops'], ['perhaps 12,000', 'casualties']]);
  });

  it('reads soldiers held in custody, captivity or prison as casualties, and soldiers in reserve as troops', () => {
    expect(only('Two North Korean servicemen remain in Ukrainian custody.').category).toBe('casualties');
    expect(only('Two North Korean soldiers are still being held in a Kyiv prison.').category).toBe('casualties');
    expect(only('Some 1,000 Russian soldiers are held captive in Ukraine.').category).toBe('casualties');
    expect(only('About 3,000 soldiers remained in reserve near the border.').category).toBe('troops');
  });

  it('reads the whole a toll is taken from as troops, though the question asked about the dead: "600, out of some 15,000 deployed"', () => {
    const text = 'Q: How many North Korean soldiers died in Kursk?\nA: Around six hundred, by Seoul\'s count, out of some 15 thousand deployed.';
    expect(read(text)).toEqual([['Around six hundred', 'casualties'], ['some 15 thousand', 'troops']]);
    expect(read('How many were killed? Perhaps 4,000 sent to the front and 3,000 of them wounded.')).toEqual([['Perhaps 4,000', 'troops'], ['3,000 of them', 'casualties']]);
  });

  it('reads a count that lost a share of itself as its strength: "2,000 men lost a third of its strength", not "300 soldiers lost their lives"', () => {
    expect(only('The regiment — roughly 2 000 men — lost a third of its strength in a week.').category).toBe('troops');
    expect(only('The 5,000 troops lost half their vehicles.').category).toBe('troops');
    expect(only('The force of 10,000 men lost 40% of its armour.').category).toBe('troops');
    expect(only('About 300 soldiers lost their lives.').category).toBe('casualties');
    expect(only('Some 400 soldiers lost limbs.').category).toBe('casualties');
  });

  it('reads a count that comes in a troops\' role as troops: "1,500 more arrive as replacements", not "300 work as cooks"', () => {
    expect(only('Jan 2025 — Some 1,500 more arrive as replacements, Kyiv says.')).toMatchObject({ category: 'troops', text: 'Some 1,500 more arrive as replacements' });
    expect(only('About 2,000 serve as instructors at the range.').category).toBe('troops');
    expect(extractFigures('As many as 300 work as cooks at the base.')).toEqual([]);
  });

  it('reads "bayonets" as a unit\'s fighting strength and "you lose a thousand a day" as losses', () => {
    expect(extractFigures('Our battalion went from 400 bayonets to maybe 90 during the winter fighting.').map((f) => [f.value.low, f.category])).toEqual([
      [400, 'troops'],
      [90, 'troops'],
    ]);
    expect(only('The Ukrainians say you lose a thousand a day on this front.').category).toBe('casualties');
  });

  it('reads a headline\'s "near" as a measuring verb and "the 11,000 who went to Kursk" as troops', () => {
    expect(only('Russian casualties near 1.2m, Kyiv tally shows').category).toBe('casualties');
    expect(only('The 12,000 who went to the front in 2024 have not come home.').category).toBe('troops');
    expect(extractFigures('Troops camped near 40 villages.')).toEqual([]);
  });

  it('reads men "along the line of contact" as troops', () => {
    expect(only("'Along the whole line of contact we have nearly 700 thousand men,' the president said.")).toMatchObject({ category: 'troops', value: { low: 700000, high: 700000 } });
  });

  it('reads a count "put … at" with a date phrase before it: "put Russian troops near Pokrovsk since March at about 70,000"', () => {
    expect(only('Analysts put Russian troops near Pokrovsk since March at about 70,000.').category).toBe('troops');
  });

  it('lends the sentence\'s noun to a count after "peaks of": "down from peaks of more than 20,000 a day"', () => {
    expect(extractFigures('Russian gunners fire around 10,000 shells a day, down from peaks of more than 20,000 a day in 2022.').map((f) => f.category)).toEqual([
      'munitions',
      'munitions',
    ]);
  });

  it('sizes bodies of troops by a count "in the thousands": "further waves in the tens of thousands"', () => {
    expect(only('Officials do not rule out further waves in the tens of thousands next year.').category).toBe('troops');
    expect(extractFigures('Ticket prices in the thousands were paid.')).toEqual([]);
  });

  it('reads a casualty word before the noun as a toll: "15 wounded soldiers", "22 missing residents"', () => {
    expect(extractFigures('Medics at the front treated 15 wounded soldiers overnight.').map((f) => [f.category, f.scope])).toEqual([['casualties', 'wounded']]);
    expect(extractFigures('After the drone strike, rescuers searched for 22 missing residents.').map((f) => [f.category, f.scope])).toEqual([['casualties', 'missing']]);
    expect(extractFigures('Kyiv holds two captured North Korean soldiers.').map((f) => [f.category, f.scope])).toEqual([['casualties', 'captured']]);
    expect(extractFigures('The storm left 40 dead residents in the town.')).toEqual([]);
  });

  it('reads a headline\'s "top" as "more than": "shell deliveries to Russia top 6M", not "the top 10"', () => {
    expect(extractFigures("HUR: Pyongyang's shell deliveries to Russia top 6M").map((f) => f.qualifier)).toEqual(['more-than']);
    expect(extractFigures('Our top 10 films: one where 5,000 troops land.').map((f) => [f.text, f.qualifier])).toEqual([['5,000 troops', null]]);
  });

  it('never reads a rank before a name\'s possessive as a count: "2  Kim\'s army by the numbers"', () => {
    expect(extractFigures("MOST READ\n1  Opinion: the gap\n2  Kim's army by the numbers\n3  Weather").map((f) => f.text)).toEqual([]);
  });

  it('never reads a number on a line that opens with a web address as a count', () => {
    const result =
      'Strike: missile killed nine civilians, prosecutors say\nhttps://www.example-news.com › society › 3391207\n7 Jan 2024 — Prosecutors in the region said the missile, later identified as a KN-23, killed nine civilians in a residential quarter of the …';
    expect(extractFigures(result).map((f) => f.text)).toEqual(['nine civilians', 'nine civilians']);
  });

  it('never reads a paragraph cited by its abbreviation as a count: "(para. 24)", "(paras. 27–29)", "ch. 22"', () => {
    const text = 'North Korea delivered at least 100 ballistic missiles (para. 24) and 200 long-range artillery systems (paras. 27–29); see ch. 22.';
    expect(extractFigures(text).map((f) => f.text)).toEqual(['at least 100 ballistic missiles', '200 long-range artillery systems']);
  });

  it('never reads a page in a citation as a count: "(Park 2024, 112)", "p. 112"', () => {
    expect(extractFigures('Perhaps 215,000 North Korean soldiers were killed in that war (Park 2024, 112).').map((f) => f.text)).toEqual(['Perhaps 215,000 North Korean soldiers']);
    expect(extractFigures('See p. 112 for the 40,000 troops sent.').map((f) => f.text)).toEqual(['40,000 troops']);
  });

  it('reads a present-tense headline verb as measuring its subject: "RUSSIAN LOSSES PASS 1 MILLION"', () => {
    expect(only('RUSSIAN LOSSES PASS 1 MILLION, UK SAYS').category).toBe('casualties');
  });

  it('counts people who signed army contracts as troops, and artillery "tubes" as artillery', () => {
    expect(only('Medvedev said 336,000 people had signed army contracts this year.').category).toBe('troops');
    expect(extractFigures('Some 300 people signed a petition.')).toEqual([]);
    expect(only('The KPA fields more than 20,000 tubes along the border.').kind).toBe('artillery-systems');
  });

  it('reads "+/-" before a count as "about", as Dutch and German reporting write it', () => {
    expect(only("Russia's grouping in Ukraine numbers +/- 600.000 men.").qualifier).toBe('approx');
  });

  it('reads whose army a count sizes, and names the Czech Republic and the EU as actors', () => {
    const [, ukraine] = extractFigures("Russia's grouping numbers 600,000 men, facing a Ukrainian army of roughly 880,000.");
    expect(ukraine.actors).toEqual({ ukraine: 4 });
    const [czech, eu] = extractFigures("The Czech-led initiative supplied Ukraine with 1.5 million shells, and the EU's pledge of 1 mln rounds came late.");
    expect([Object.keys(czech.actors)[0], Object.keys(eu.actors)[0]]).toEqual(['czechia', 'eu']);
  });

  it('reads a count "in the ROK Army" as the ROK\'s', () => {
    const [, rok] = extractFigures('The KPA fields more than 20,000 tubes and launchers, against roughly 11,000 in the ROK Army.');
    expect(rok.actors).toEqual({ 'south-korea': 4 });
  });

  it('reads a label\'s casualty words as its count\'s scope: "Soldiers confirmed dead by name: 80,000+"', () => {
    expect(only('Ukrainian soldiers confirmed dead by name (UALosses project): 80,000+.').scope).toBe('killed');
  });

  it('reads what a verb lifts "to well above" a count as what it counts: "lift its personnel in Russia to well above 15,000"', () => {
    const f = only('The move would lift its personnel in Russia to well above 15,000, officials said.');
    expect([f.category, f.kind, f.qualifier]).toEqual(['troops', undefined, 'more-than']);
  });

  it('reads a toll whose verb comes after an aside that holds a part of it: "23 civilians, among them a monk aged 12, died"', () => {
    for (const text of [
      'At least 23 civilians, among them a novice monk aged 12, died in the air strike.',
      'At least 23 civilians, including two children, were killed in the air strike.',
    ]) {
      expect(extractFigures(text).find((f) => f.text === 'At least 23 civilians'), text).toMatchObject({ category: 'casualties' });
    }
  });

  it('reads "4,000 of whom were killed" and "718 of which were shot down" as parts of the count before, which keeps its own sense', () => {
    expect(extractFigures('North Korea sent 11,000 troops, 4,000 of whom were killed.').map((f) => [f.text, f.category])).toEqual([
      ['11,000 troops', 'troops'],
      ['4,000 of whom', 'casualties'],
    ]);
    for (const text of ['Russia launched 728 drones overnight, 718 of which were shot down.', 'Russia launched 728 drones overnight, 718 of them were shot down.']) {
      expect(extractFigures(text).map((f) => [f.text.split(' ')[0], f.intercepted]), text).toEqual([
        ['728', false],
        ['718', true],
      ]);
    }
  });

  it('reads a toll whose aside is long: "40 people, among them 12 volunteers of the local response room, were killed"', () => {
    const [toll] = extractFigures('At least 40 people, among them 12 volunteers of the local emergency response room, were killed when a drone struck.');
    expect(toll).toMatchObject({ text: 'At least 40 people', category: 'casualties' });
  });

  it('reads "of them" that exceeds the count before as taking up what is counted, not as a part of it', () => {
    const figures = extractFigures('The factories turn out some 2 million shells a year, and Pyongyang shipped Russia as many as 9 million of them in 2024.');
    expect(figures.map((f) => [f.value.high, f.part ?? false])).toEqual([
      [2000000, false],
      [9000000, false],
    ]);
    expect(extractFigures('Russia fired 120 missiles, and 100 of them were shot down.')[1].part).toBe(true);
  });

  it('reads "RU", "RF" and "UA" in capitals as Russia and Ukraine, and "ru" in running text as neither', () => {
    expect(Object.keys(extractFigures('RU lost 1.5m soldiers killed or wounded, says UA.')[0].actors)).toContain('russia');
    expect(Object.keys(extractFigures('RF troops: 640k in UA.')[0].actors)).toContain('russia');
    expect(Object.keys(extractFigures('The ru domain lists 600 soldiers.')[0]?.actors ?? {})).not.toContain('russia');
  });

  it('reads two designations joined by a slash as one phrase, and North Korea\'s missile families as North Korea\'s', () => {
    const [strikes] = extractFigures('Kyiv has recorded 82 KN-23/KN-24 strikes since December 2023.');
    expect(strikes.text).toBe('82 KN-23/KN-24 strikes');
    expect(Object.keys(strikes.actors)).toContain('dprk');
    expect(Object.keys(extractFigures('Russia fired 40 Hwasong-11 missiles at Kharkiv.')[0].actors)).toContain('dprk');
    expect(Object.keys(extractFigures('The kn unit has 40 drones.')[0]?.actors ?? {})).not.toContain('dprk');
  });

  it('reads "Kim" alone as Kim Jong Un, and "Rep. Kim", "Minister Kim", "Kim Byung-kee" as someone else', () => {
    const actors = (text: string) => Object.keys(extractFigures(text)[0].actors);
    expect(actors('Kim sent 11,000 troops to Kursk.')).toContain('dprk');
    expect(actors('Kim Jong-un sent 11,000 troops to Kursk.')).toContain('dprk');
    expect(actors('KIM SENDS 11,000 TROOPS')).toContain('dprk');
    for (const text of ['Rep. Kim asked whether Seoul holds 30 million shells.', 'Minister Kim said Seoul holds 30 million shells.', 'Kim Byung-kee said Seoul holds 30 million shells.']) {
      expect(actors(text), text).not.toContain('dprk');
    }
  });

  it('reads "something like", "in the region of" and "on the order of" as "about"', () => {
    for (const text of ['Kyiv lost something like 400,000 soldiers.', 'Kyiv lost in the region of 400,000 soldiers.', 'Kyiv lost on the order of 400,000 soldiers.']) {
      expect(only(text).qualifier, text).toBe('approx');
    }
  });

  it('reads "300 of them fatal" as a toll of the dead', () => {
    const [, fatal] = extractFigures('Seoul estimates about 3,000 North Korean casualties, roughly 300 of them fatal.');
    expect([fatal.category, fatal.scope]).toEqual(['casualties', 'killed']);
  });

  it('counts people listed under a heading of losses as losses: "combat losses … were:\npersonnel — 1,163,870"', () => {
    const figures = extractFigures('Combat losses of the invaders since the war began were:\npersonnel — 1,204,550 persons;\ntanks — 11,020.');
    expect(figures.map((f) => [f.text, f.category])).toEqual([
      ['1,204,550 persons', 'casualties'],
      ['11,020', 'munitions'],
    ]);
  });

  it('counts people on every line of a list under a heading of losses as losses, not on the first alone', () => {
    const text = 'Invader losses in the past day:\n• 980 personnel\n• 14 tanks\n• 305 drones\nSince February 2022: 1,198,400 personnel\nThe next sentence is prose about 5,000 soldiers who trained in spring, not a line of the list at all.';
    expect(extractFigures(text).map((f) => [f.value.low, f.category])).toEqual([
      [980, 'casualties'],
      [14, 'munitions'],
      [305, 'munitions'],
      [1198400, 'casualties'],
      [5000, 'troops'],
    ]);
  });

  it('counts landmines as munitions and soldiers who surrendered as captured', () => {
    expect(only('Ukraine must clear the roughly 2m landmines still lying in its soil.').category).toBe('munitions');
    const [, surrendered] = extractFigures('The junta lost 250 soldiers in the battle for Lashio, and 40 or 50 more surrendered, rebels said.');
    expect([surrendered.value, surrendered.category, surrendered.scope]).toEqual([{ low: 40, high: 50 }, 'casualties', 'captured']);
  });

  it('never counts people who speak of troops as troops: "Three army officials said …", "two military sources"', () => {
    expect(extractFigures('Three army officials said the troops were withdrawn.')).toEqual([]);
    expect(extractFigures('Two military sources told Reuters that 500 troops had arrived.').map((f) => f.text)).toEqual(['500 troops']);
    expect(extractFigures('Russia has 500 army engineers in Kursk.').map((f) => f.category)).toEqual(['troops']);
  });

  it('never lends the noun before a comma to a count with a compound of its own: "41 soldiers, two security sources said"', () => {
    expect(extractFigures('Fighters killed at least 41 soldiers, two security sources said on Tuesday.').map((f) => f.text)).toEqual(['at least 41 soldiers']);
  });

  it('never reaches past another count for a noun: "Two defence officials said 500 soldiers were killed"', () => {
    expect(extractFigures('Two defence officials said 500 soldiers were killed.').map((f) => f.text)).toEqual(['500 soldiers']);
    expect(extractFigures('The US dropped 14 GBU-57 bombs, and a jet dropped two 500-pound bombs.').map((f) => f.text)).toEqual(['14 GBU-57 bombs', 'two 500-pound bombs']);
  });

  it('counts "units of" weapons written with their calibre: "around 220 units of 170mm self-propelled guns"', () => {
    for (const text of ['North Korea supplied around 220 units of 170mm self-propelled guns.', 'North Korea supplied around 220 units of 170-mm self-propelled guns.']) {
      expect(only(text).category, text).toBe('munitions');
    }
  });

  it('counts "units of" weapons or equipment as the hardware: "over 7,000 units of weapons and military equipment"', () => {
    expect(only('The army says it destroyed over 9,000 units of military equipment in the war.').category).toBe('munitions');
    expect(extractFigures('The plant makes 300 units of furniture a year.')).toEqual([]);
  });

  it('reads a grouping put "at" a count as troops, and Koksans as artillery', () => {
    expect(only("The general put Russia's grouping in the south at about 120,000.").category).toBe('troops');
    expect(only('Drone crews destroyed at least 9 Koksans near the river during the war.').kind).toBe('artillery-systems');
  });

  it('keeps speaking of war across a short question: "… in one night. And the cost? Seven people killed in Odesa."', () => {
    const figures = extractFigures('They fired 400 drones at Odesa in one night. And the human cost? Seven people killed in the city.');
    expect(figures.map((f) => [f.text, f.category])).toEqual([
      ['400 drones', 'munitions'],
      ['Seven people', 'casualties'],
    ]);
    expect(extractFigures('The storm hit the coast at night. And the human cost? Seven people killed in the city.')).toEqual([]);
  });

  it('counts persons that a military body is made of, or who are dispatched to war, as troops', () => {
    expect(only('By order of the commander, sapper sub-units of 800 persons will clear the fields.').category).toBe('troops');
    expect(only('Moscow is negotiating for a further contingent — up to 20 thousand persons.').category).toBe('troops');
    expect(only('About 400 persons were dispatched to the front in October.').category).toBe('troops');
    expect(extractFigures('Some 300 people were sent home from the festival.')).toEqual([]);
  });

  it("counts losses in a formation in people, not in formations: \"losses in the 155th brigade reached 40\"", () => {
    expect(extractFigures('Losses in the 155th brigade reached 40.').map((f) => [f.category, f.unit, f.kind])).toEqual([['casualties', 'people', undefined]]);
  });

  it('gives the places around a list of figures to every figure of it', () => {
    const figures = extractFigures('Shoigu said 1,000 North Korean sappers and 5,000 military construction workers would go to Kursk.');
    expect(figures.map((f) => f.places)).toEqual([['kursk'], ['kursk']]);
  });

  it('counts "men" as troops when units are named in the plural: "battalions crossed … ten to twelve thousand men"', () => {
    const f = only('When the first North Korean battalions crossed into Russia, estimates clustered around ten to twelve thousand men.');
    expect(f).toMatchObject({ category: 'troops', value: { low: 10000, high: 12000 } });
  });

  it('reads modifiers joined by "and" as one phrase with the noun they share: "13 cruise and ballistic missiles"', () => {
    expect(only('Russia fired 13 cruise and ballistic missiles.')).toMatchObject({ text: '13 cruise and ballistic missiles', kind: 'missiles' });
    expect(only('Some 300 Russian and Belarusian troops took part.').category).toBe('troops');
  });

  it('reads an estimate that "ranged from 4,000 to 4,700" as a range of what its subject counts', () => {
    const f = only('Ukrainian estimates of North Korean casualties ranged from 4,000 to 4,700.');
    expect(f).toMatchObject({ category: 'casualties', value: { low: 4000, high: 4700 } });
    expect(extractFigures('Ticket prices ranged from 10 to 15 euros.')).toEqual([]);
  });

  it('reads a count "put lower, at" or "higher, at" a figure: "put Russian casualties lower, at around 790,000"', () => {
    expect(only('Western agencies have put Russian casualties lower, at around 790,000.')).toMatchObject({ category: 'casualties', value: { low: 790000, high: 790000 } });
    expect(only('Analysts put the number of North Korean troops higher, at 15,000.').category).toBe('troops');
  });

  it('reads the whole a toll is taken from as troops: "~4K killed or wounded of the 11K first sent"', () => {
    const [toll, whole] = extractFigures("N. Korea's Kursk toll: ~4K killed or wounded of the 11K first sent, Western officials say");
    expect([toll.category, whole.category, whole.text]).toEqual(['casualties', 'troops', '11K']);
  });

  it('never lends a count\'s noun to a number in a name: "Steadfast Defender 24"', () => {
    expect(extractFigures('Some 90,000 troops from all 32 allies are taking part in Steadfast Defender 24, the exercise.').map((f) => f.text)).toEqual(['Some 90,000 troops']);
  });

  it('reads a bare count that is deployed as troops: "I would expect 10-12 thousand, deployed in stages"', () => {
    expect(only('In the first phase I would expect 10-12 thousand, deployed in stages.')).toMatchObject({ category: 'troops', value: { low: 10000, high: 12000 } });
  });

  it('never lends a toll to a count after a verb of its own: "has killed tens of thousands and driven 12 million from their homes"', () => {
    expect(extractFigures("Sudan's civil war has killed tens of thousands of people and driven nearly 12 million from their homes.").map((f) => f.text)).toEqual(['tens of thousands of people']);
  });

  it('reads a figure standing alone with the sentence that explains it: "Twelve million. That is how many shells …"', () => {
    const f = only('Twelve million. That is how many 152-millimetre shells Pyongyang is believed to have sent west by rail and sea.');
    expect(f).toMatchObject({ category: 'munitions', kind: 'shells', value: { low: 12000000, high: 12000000 } });
  });

  it('gives each of "killed 20 and wounded 45" its own verb\'s scope, and counts "45 others"', () => {
    expect(extractFigures('Russian strikes killed 20 and wounded 45.').map((f) => f.scope)).toEqual(['killed', 'wounded']);
    expect(extractFigures('The missile strike killed 20 people and wounded 45 others.').map((f) => f.text)).toEqual(['20 people', '45 others']);
  });

  it('reads a weapon\'s designation after "strikes with": "82 strikes with KN-23/24s"', () => {
    expect(only('Ukrainian intelligence has logged 82 strikes with KN-23/24s.')).toMatchObject({ category: 'munitions', kind: 'missiles' });
  });

  it('reads a part of the named weapons as what they count: "about 80 of the North Korean missiles", "718 of the drones"', () => {
    expect(only('Russia has fired about 80 of the North Korean missiles at Ukrainian cities.')).toMatchObject({ category: 'munitions', kind: 'missiles' });
    expect(only('Air defence crews shot down or jammed 718 of the drones.')).toMatchObject({ category: 'munitions', kind: 'drones' });
  });

  it('reads a toll as war\'s where the sentence before speaks of fighters', () => {
    const text = 'RSF fighters killed at least 2,000 civilians in the city. The WHO said more than 460 patients and companions were killed at the maternity hospital.';
    expect(extractFigures(text).map((f) => f.text)).toEqual(['at least 2,000 civilians', 'more than 460 patients']);
  });

  it('counts peacekeepers as troops, and crew members killed in a strike as casualties', () => {
    expect(only("UNIFIL's roughly 10,000 peacekeepers remain in their positions.").category).toBe('troops');
    expect(only('Two crew members of a Liberian-flagged bulk carrier were killed in the missile strike.').category).toBe('casualties');
  });

  it('reads a "strength" as a body of troops: "Strength: 11,000–15,000", "a strength of 11,000"', () => {
    expect(only('Strength: 11,000–15,000').category).toBe('troops');
    expect(only('The contingent had a strength of 11,000.').category).toBe('troops');
  });

  it('reads people a state deploys as its troops: "North Korea additionally dispatched about 3 thousand persons"', () => {
    expect(only('North Korea additionally dispatched about 3 thousand persons to Russia in January.').category).toBe('troops');
    expect(only('Pyongyang deployed 11,000 people to Kursk.').category).toBe('troops');
    expect(extractFigures('The fire service deployed 300 people to the blaze.')).toEqual([]);
  });

  it('reads the size a copula gives a body of troops: "the grouping inside Ukraine is now about 695,000"', () => {
    expect(only('The Russian grouping inside Ukraine is now about 695,000.')).toMatchObject({ category: 'troops', value: { low: 695000 } });
    expect(only('RU grouping inside UA now ≈ 695k.')).toMatchObject({ category: 'troops', qualifier: 'approx' });
    expect(only('The North Korean contingent in Kursk was 11,000.').category).toBe('troops');
    expect(extractFigures("The army's budget is 300 billion.")).toEqual([]);
  });

  it('reads a count after a copula whose subject a counted noun heads: "North Korean losses in Kursk were 5,000"', () => {
    expect(only('North Korean losses in Kursk were 5,000.').category).toBe('casualties');
    expect(only("Channels insist North Korean losses were 'fewer than 500'.")).toMatchObject({ category: 'casualties', qualifier: 'fewer-than' });
    expect(only('The number of troops in Kursk was 11,000.').category).toBe('troops');
    expect(extractFigures("The soldiers' pay was 2,000.")).toEqual([]);
  });

  it('reads a label across an abbreviation and a range that opens with "between": "Reservists incl. Red Guards: 7.6 million"', () => {
    expect(only('Reservists incl. Red Guards: 7.6 million').category).toBe('troops');
    expect(only('Killed or wounded: between 4,000 and 6,000')).toMatchObject({ category: 'casualties', value: { low: 4000, high: 6000 } });
  });

  it('reads "made up (to)" as a verb that gives a count its subject: "losses made up to 4 thsd. people"', () => {
    expect(only('Their losses made up to 4 thsd. people.')).toMatchObject({ category: 'casualties', qualifier: 'up-to' });
    expect(only('Their losses made up 4,000 people.').category).toBe('casualties');
  });

  it('reads a body sized "of" a count across a hyphen and an example\'s "say": "a second call-up of, say, 500,000"', () => {
    expect(only('A second call-up of, say, 500,000 would be politically costly.')).toMatchObject({ category: 'troops', kind: 'reservists' });
    expect(extractFigures('The Group of Seven met in June.')).toEqual([]);
  });

  it('reads a count glossed in brackets after a number in another script, shown with its brackets', () => {
    expect(only("South Korea's NIS said 1만 1천 명 (11,000) North Korean soldiers had been deployed.")).toMatchObject({ text: '(11,000) North Korean soldiers', category: 'troops' });
    // "(1)" numbers a list.
    expect(extractFigures('(1) We estimate 200 Russian soldiers were killed.').map((f) => f.text)).toEqual(['200 Russian soldiers']);
  });

  it('reads "averaged" as a verb that gives a count its subject, and planes as aircraft in a war', () => {
    expect(only("The UK says Russia's casualties in December averaged 1,523 a day.").category).toBe('casualties');
    expect(extractFigures('Since the invasion Russia has lost 370 airplanes and 331 helicopters in the war.').map((f) => f.kind)).toEqual(['aircraft', 'aircraft']);
    expect(extractFigures('Some 40 passenger planes were grounded.')).toEqual([]);
  });

  it('reads calibres joined by "and" as modifiers of the noun they share: "12 million 152mm and 122mm rounds"', () => {
    expect(only('North Korea has shipped some 12 million 152mm and 122mm rounds to Russia.')).toMatchObject({ kind: 'shells', value: { low: 12000000 } });
    expect(only('North Korea has shipped some 12 million 152 mm and 122 mm rounds to Russia.').kind).toBe('shells');
  });

  it('reads men that a state recruits as troops, and not men a company hires', () => {
    expect(only('Russia is thought to recruit about 30,000 men a month just to hold steady.').category).toBe('troops');
    expect(extractFigures('The company plans to recruit 300 men for its new factory.')).toEqual([]);
  });

  it('reads across an aside in brackets between a subject and its verb: "casualties (killed, wounded …) were 970,000"', () => {
    expect(only('Estimates of Russian casualties (killed, wounded, captured or missing) were roughly 970,000 by mid-2025.').category).toBe('casualties');
  });

  it('leaves a casualty verb to the count it stands before: "concentrated 110,000 men … and has lost a million soldiers"', () => {
    const figures = extractFigures('Russia has concentrated 110,000 men around Pokrovsk and has lost a million soldiers since 2022.');
    expect(figures.map((f) => [f.value.low, f.category])).toEqual([[110000, 'troops'], [1000000, 'casualties']]);
  });

  it('reads "took the lives of" as a toll, and an army\'s casualties counted in persons as soldiers', () => {
    expect(only('In January 2024 a strike on Pokrovsk took lives of 14 civilian people.')).toMatchObject({ category: 'casualties', kind: 'civilians' });
    expect(only('Total casualties of North Korean army is estimated 4 thousand 700 persons.')).toMatchObject({ category: 'casualties', kind: undefined });
    expect(only('Casualties of the strike on Sumy rose to 23 people.').kind).toBe('civilians');
  });

  it('reads "the number of construction workers" an army sends as troops', () => {
    expect(only('The entry gave the number of military construction workers as 10,000.')).toMatchObject({ category: 'troops', kind: 'builders' });
  });

  it('does not report workers who are not soldiers', () => {
    expect(extractFigures('Some 3,000 North Korean factory workers arrived in Russia.')).toEqual([]);
  });
});

describe('mayHoldFigures', () => {
  it.each([
    ['Russia keeps 110,000 troops near Pokrovsk.', true],
    ['Some 4,000 were killed.', true],
    ['Twelve million shells.', true],
    ['Release 2.4.1 fixes 17 bugs; 300 stars on GitHub.', false],
    ['Soldiers and tanks, but no number at all.', false],
    ['ELEVEN THOUSAND TROOPS', true],
    ['An anti-drone net; 40 of them.', true],
    ['The killed-in-action list grew by 12.', true],
    ['Eleven thousand fans filled the stadium.', false],
  ])('says whether %j could hold a tracked figure (%s)', (text, expected) => {
    expect(mayHoldFigures(text)).toBe(expected);
  });

  it('gives a long text, read through the word lists as patterns, the answer a short one gets word by word', () => {
    const filler = ' The weather held and the markets were calm.'.repeat(500);
    expect(filler.length).toBeGreaterThan(16_000);
    for (const text of ['Russia keeps 110,000 troops near Pokrovsk.', 'Twelve million shells.', 'An anti-drone net; forty of them.', 'Release 2.4.1 fixes 17 bugs.', 'Soldiers, but no number.']) {
      expect(mayHoldFigures(filler + text), text).toBe(mayHoldFigures(text));
      expect(mayHoldFigures(text + filler), text).toBe(mayHoldFigures(text));
    }
  });

  it('keeps what each piece of a growing page held: a number in one, a tracked noun in a later one', () => {
    const seen = new Prefilter();
    expect(seen.see('Updated at 14:05.')).toBe(false);
    expect(seen.see('Soldiers crossed the river.')).toBe(true);
  });
});

describe('extractFigures: counts that peace has too', () => {
  it.each([
    ['a storm\'s toll', 'Storm Ciarán left a million homes without power and killed at least 16 people across Europe.'],
    ['a crash\'s toll', 'The death toll from the motorway pile-up rose to 35.'],
    ['an airline\'s fleet', 'The airline will retire 30 aircraft by 2027.'],
    ['a carmaker\'s sales', 'The company sold 1.8 million vehicles last quarter.'],
    ['police officers', 'Police said 300 officers were deployed to manage the festival crowds.'],
    ['a team\'s season', 'The team lost 3 matches and won 25.'],
  ])('ignores %s', (_what, text) => {
    expect(extractFigures(text)).toEqual([]);
  });

  it.each([
    ['in the sentence', 'At least 35 people were killed in a missile strike on Sumy.'],
    ['in the sentence before', 'A glide bomb hit a crowded market in Kostiantynivka. At least 27 people were killed.'],
    ['as a death toll', 'The death toll from the Russian strike on the hospital rose to 35.'],
  ])('counts a toll of people where war is spoken of %s', (_where, text) => {
    expect(extractFigures(text).map((f) => f.category)).toEqual(['casualties']);
  });

  it('counts hardware where war is spoken of, and an army\'s losses without a word of war', () => {
    expect(extractFigures('The brigade destroyed 12 armoured vehicles in the assault.').map((f) => f.category)).toEqual(['munitions']);
    expect(extractFigures('Russian losses reached 1,000 a day in May.').map((f) => f.category)).toEqual(['casualties']);
  });
});

describe('extractFigures: pages of everyday life', () => {
  const policePage = [
    'Police arrest 30 after weekend marches',
    'Northshire Police made 30 arrests on Saturday as protesters marched through the town. Officers from 7 neighbouring forces were drafted in, with 25 mounted officers and 2 police helicopters.',
    'Five officers were injured, 1 seriously, when 20 smoke bombs were thrown. Police flew 4 drones over the route, and 12 CCTV operators reviewed footage.',
  ].join('\n');
  const patchNotes = [
    'Steel Tide: patch 1.9 notes',
    'Balance: infantry squads now deploy with 6 troops, each with 90 HP. The mortar team fires 3 shells per volley and the rocket truck launches 8 rockets.',
    'Campaign: mission 4 spawns 200 enemy troops in waves of 40. Multiplayer: the army cap is now 120.',
  ].join('\n');

  it('marks nothing on a police report of a protest: its forces, officers, helicopters and drones are no army\'s', () => {
    expect(read(policePage)).toEqual([]);
  });

  it('marks nothing in patch notes that name no war, even with their enemy troops', () => {
    expect(read(patchNotes)).toEqual([]);
  });

  it('keeps a count on a page of everyday life whose own sentence names a war, or the National Guard', () => {
    // Past the page's opening, where the page is already known to be everyday life's.
    const more = `${policePage}\n${'The force thanked residents and traders for their patience while roads were closed. '.repeat(20)}`;
    expect(read(`${more}\nThe old station was built in 1915 to house 400 soldiers on their way to the war.`)).toEqual([['400 soldiers', 'troops']]);
    expect(read(`${more}\nThe old station was built in 1915 to house 400 soldiers on their way to the coast.`)).toEqual([]);
    expect(read(`${more}\nThe governor also sent 250 National Guard troops to the capitol.`)).toEqual([['250 National Guard troops', 'troops']]);
  });

  it('still reads a war report that speaks of the police and of protests', () => {
    const report = 'Police in Kyiv said protesters gathered after the strike. Russian forces lost 1,200 soldiers in the assault, officials said, and 30 arrests were made at the march.';
    expect(read(report)).toEqual([['1,200 soldiers', 'casualties']]);
  });

  it.each([
    [
      'a miniatures shop, whose Space Marines are no marines',
      'Battle Force box: 10 Space Marines, 3 tanks and 2 rocket launchers\nCustomer reviews: 4.8 stars. SKU 4471. Free delivery when your basket passes £50; checkout takes a minute.',
    ],
    [
      'a hospital bulletin, whose frontline staff fight flu',
      'Winter bulletin: our frontline staff treated 2,000 flu patients this month. Measles cases rose to 14, and 6 flu deaths were recorded.\nPlease get your vaccine: vaccination clinics open daily, and 3 healthcare workers were off sick.',
    ],
    [
      'a court report, whose guns and rounds are a prisoner\'s',
      'A prisoner armed with 3 knives attacked 2 officers, the court heard. The judge jailed him for 9 years; the prosecutor said 2 guns and 12 rounds of ammunition were found in a cell, flown in by 6 drones, and the jury heard of 47 deliveries.',
    ],
    [
      'a game\'s store page, whose title names wars',
      'Empire of Ash: Siege Wars\nContains ads · 50M+ downloads\n[Install]\nAbout this game: train 500 troops in a single wave. Reviews: "Lost 3,000 men in one raid." "Whales roll in with 40,000 troops."',
    ],
    [
      'a police report of a disorder that "felt like a war zone"',
      'Police made 14 arrests after a night of disorder. Officers seized 9 petrol bombs, and 17 people were injured, 3 of them officers. Residents said it felt like a war zone.',
    ],
    [
      'a hunting catalogue\'s shells and rounds',
      'Autumn catalogue: shotgun cartridges for pheasant and grouse. A box of 25 shells, 12 gauge, costs £9; 250 rounds of .22 for airguns and deer stalking, £30. Hunters get 10% off 500 rounds.',
    ],
    [
      'a novel\'s battles',
      'Book club: this month, the second novel of the Iron Crown trilogy. Its protagonist leads 3,000 soldiers into the pass, and by chapter 12 some 3,000 dead lie in the snow. Out in paperback, 480 pages.',
    ],
    [
      'a crash report whose scene "looked like a battlefield"',
      'Train crash: 9 dead and 40 injured after a collision near Alton. Firefighters said the scene looked like a battlefield; 4 helicopters took the injured to hospital, and the road stayed shut.',
    ],
  ])('marks nothing on %s', (_what, text) => {
    expect(read(text)).toEqual([]);
  });

  it('leaves the weapons the police seize alone, on a page of war reporting too', () => {
    const text = 'Russia fired 476 drones at Ukraine overnight. Separately, a man was arrested in Berlin after police found 3 rifles and 200 rounds of ammunition in his flat.';
    expect(read(text)).toEqual([['476 drones', 'munitions']]);
  });

  it('reads "casualties" named in a storm\'s report as the storm\'s toll, not war\'s', () => {
    const storm = 'Storm Bram: 4 dead as gales hit the coast\nFour people died after Storm Bram crossed the country, and a collision on the M6 injured 12. Ambulance crews said the 30 casualties included 5 people in a serious condition.';
    expect(read(storm)).toEqual([]);
  });
});

describe('extractFigures: a toll where the war is fought, and counts passed', () => {
  it('counts "23 people were killed in Kyiv" as a toll of the war, with no other word of war', () => {
    expect(read('Last week, 23 people were killed in Kyiv, among them a six-year-old boy.')).toEqual([['23 people', 'casualties']]);
  });

  it('leaves a toll in a city far from the front alone when nothing speaks of war', () => {
    expect(read('Last week, 23 people were killed in Seoul, among them a six-year-old boy.')).toEqual([]);
  });

  it('reads "losses already pass 3,000" as more than 3,000', () => {
    const f = only('Seoul says North Korean losses already pass 3,000 killed and wounded.');
    expect([f.value.low, f.qualifier]).toEqual([3000, 'more-than']);
  });
});

describe('extractFigures: the dead a memorial counts', () => {
  it('reads "544 aircrew of Fighter Command lost their lives" as a toll, as "gave their lives" is', () => {
    expect(read('In 1940, 544 aircrew of Fighter Command lost their lives in the Battle of Britain.')).toEqual([['544 aircrew', 'casualties']]);
    expect(read('In 1916, 300 soldiers of the battalion gave their lives at the Somme.')).toEqual([['300 soldiers', 'casualties']]);
  });

  it('reads a part of a body of troops that its own verb kills as a toll: "Of those mobilised, 20,000 have been killed"', () => {
    expect(read('Of those mobilised, 20,000 have been killed.')).toEqual([['20,000', 'casualties']]);
    expect(read('Of those mobilised, 20,000 are still at the front.')).toEqual([['20,000', 'troops']]);
  });

  it('leaves "300 model soldiers" of a diorama alone', () => {
    expect(read('The museum\'s diorama of the 1944 landings holds 300 model soldiers.')).toEqual([]);
  });
});

describe('extractFigures: a purpose is no toll', () => {
  it('reads "sent more than ten thousand young soldiers to die for Putin" as troops sent', () => {
    expect(read('Kim Jong Un has sent more than ten thousand young soldiers to die for Putin.')).toEqual([['more than ten thousand young soldiers', 'troops']]);
    expect(read('Some 2,000 soldiers are expected to be killed in the assault.')).toEqual([['Some 2,000 soldiers', 'troops']]);
  });
});

describe("extractFigures: Ukraine's words for Russia's soldiers", () => {
  it('reads "1,160 occupiers eliminated" and "killed or wounded another 1,160 Russian invaders" as tolls', () => {
    expect(read('Enemy losses: 1,160 occupiers eliminated in a day')).toEqual([['1,160 occupiers', 'casualties']]);
    expect(read('Ukrainian defenders have killed or wounded another 1,160 Russian invaders over the past day.')).toEqual([['1,160 Russian invaders', 'casualties']]);
    expect(read('Ukrainian forces killed another 300 Russian soldiers.')).toEqual([['300 Russian soldiers', 'casualties']]);
  });
});

describe('extractFigures: translated text', () => {
  it('reads "near 640 thousand of military personnel" as about 640,000 troops, its noun after "of"', () => {
    const f = only('At present on the line of contact Russia holds near 640 thousand of military personnel.');
    expect([f.text, f.value.low, f.qualifier, f.category]).toEqual(['near 640 thousand of military personnel', 640000, 'approx', 'troops']);
  });
});

describe('extractFigures: probes of session 20', () => {
  it('reads "by 180,000 to 1.5 million" as a change and the level it reaches, not one range', () => {
    const figures = extractFigures("Putin signs decree raising Russia's authorised troop strength by 180,000 to 1.5 million.");
    expect(figures.map((f) => f.value)).toEqual([
      { low: 180000, high: 180000 },
      { low: 1500000, high: 1500000 },
    ]);
    expect(only('North Korea could add by 25,000 to 30,000 troops.').value).toEqual({ low: 25000, high: 30000 });
  });

  it('reads "300k were called up" as reservists, only where a party to the war is named or war spoken of', () => {
    expect(only('Russia said 300k were called up.')).toMatchObject({ category: 'troops', kind: 'reservists' });
    expect(extractFigures('Some 40 were called up to the national squad.')).toEqual([]);
  });

  it('reads no footnote mark as a count: "crossing,22 carrying", "(pp. 14 and 19)", "some 4,700⁵ are thought"', () => {
    const texts = extractFigures('Pyongyang shipped more than 20,000 containers via the Tumangang rail crossing,22 carrying 12 million shells; ballistic missiles also changed hands,24 and debris was found.');
    expect(texts.map((f) => f.text)).toEqual(['more than 20,000 containers', '12 million shells']);
    expect(extractFigures('The first contingent numbered roughly 11,000 troops. See Table 2 and Figure 4 (pp. 14 and 19).').map((f) => f.text)).toEqual(['roughly 11,000 troops']);
    expect(only('Of the North Korean contingent, some 4,700⁵ are thought to have been killed or wounded.')).toMatchObject({ text: 'some 4,700', category: 'casualties' });
    // A list typed without its space keeps its counts.
    expect(extractFigures('Russia lost 300 soldiers,40 tanks and 20 guns.')).toHaveLength(3);
  });

  it('gives a count with a noun of its own nothing from the figure after it: "a report by eleven UN member states said … 9 million rounds"', () => {
    const figures = extractFigures('A May 2025 report by eleven UN member states said that some 9 million rounds of artillery ammunition had been shipped to Russia.');
    expect(figures.map((f) => f.text)).toEqual(['some 9 million rounds']);
  });

  it('reads "12 million — 152mm rounds" as a count of rounds, not a first calibre', () => {
    expect(only('12 million — 152mm rounds Pyongyang has shipped to Moscow')).toMatchObject({ category: 'munitions', value: { low: 12000000, high: 12000000 } });
    expect(extractFigures('The 152 and 122 mm guns fired all night.')).toEqual([]);
  });

  it('reads a count of things named after it, or of a whole named after "of", as no figure of the sentence before', () => {
    expect(extractFigures('A tabloid ran 300,000 extra Kim soldiers. Our tally: two outlets got the range right.')).toHaveLength(1);
    expect(extractFigures('A tabloid ran 300,000 extra Kim soldiers. Our tally: two of the five outlets got the range right.')).toHaveLength(1);
    expect(extractFigures('North Korea sent 11,000 troops. About 4,000 of those were killed.').map((f) => f.category)).toEqual(['troops', 'casualties']);
  });

  it('reads "in the low thousands" as 1,000–3,000 and a weapon\'s crews as troops of their own kind, film crews as nothing', () => {
    expect(only('North Korean artillery crews, numbering in the low thousands, continue to operate in Kursk.')).toMatchObject({ value: { low: 1000, high: 3000 }, category: 'troops', kind: 'crews' });
    expect(only('Analysts put the grouping in the high tens of thousands of troops.').value).toEqual({ low: 70000, high: 100000 });
    expect(extractFigures('The studio sent 50 film crews to Cannes.')).toEqual([]);
    expect(extractFigures('Some 40 repair crews restored power in Kharkiv after the strike.')).toEqual([]);
  });

  it('reads "2,000 pieces of artillery" as artillery, and no pieces of equipment or pottery', () => {
    expect(only('Pyongyang has supplied some 2,000 pieces of artillery to date.')).toMatchObject({ text: 'some 2,000 pieces of artillery', category: 'munitions', kind: 'artillery-systems' });
    expect(extractFigures('She won 3 pieces of equipment in a raffle; the museum shows 2,000 pieces of pottery.')).toEqual([]);
  });

  it('reads no term of a ratio against one as a count: "a ratio of better than three to one"', () => {
    expect(extractFigures("Russia fired 20,000 shells a day to Ukraine's 6,000, a ratio of better than three to one.").map((f) => f.text)).toEqual(['20,000 shells', "6,000"]);
    expect(extractFigures('Russian troops outnumbered the defenders five to one.')).toEqual([]);
  });

  it('reads a museum only in its own clause, and a noun hyphened to the next word as its modifier', () => {
    const battle = 'Something like 6,000 tanks took part on the two sides, and more than two million men; the plaque at the war museum says so.';
    expect(extractFigures(battle).map((f) => f.text)).toEqual(['Something like 6,000 tanks', 'more than two million men']);
    expect(extractFigures('The museum holds 40 tanks and 12 rockets.')).toEqual([]);
    expect(extractFigures('Drones are banned over the seafront; 6 drone-detection units will operate there.')).toEqual([]);
    expect(only('North Korea sent 1,000 mine-clearing sappers.')).toMatchObject({ kind: 'sappers' });
  });

  it('reads a bare count sent, its clause ending there, as troops after a sentence of an army: "They sent ten thousand"', () => {
    expect(only('When he read that his old army was going to Russia, he was not surprised. "They sent ten thousand, and Pyongyang didn\'t even blink," he says.')).toMatchObject({ text: 'ten thousand', category: 'troops' });
    expect(extractFigures('The school choir went to the final. They sent thirty, and the mayor came too.')).toEqual([]);
  });

  it('reads a share per thing as no count ("2,700 rounds per gun"), but a rate per day and a figure "per HUR" as counts', () => {
    expect(extractFigures('South Korea has more than 11,000 artillery systems, about 2,700 rounds per gun.').map((f) => f.text)).toEqual(['more than 11,000 artillery systems']);
    expect(only('Russia loses about 1,000 soldiers per day.').text).toBe('about 1,000 soldiers');
    expect(only("Russia's grouping in Ukraine: ~700K per Putin's boast.").text).toBe('~700K');
    expect(only("Russia's grouping in Ukraine is ~700K per kyiv").text).toBe('~700K');
  });

  it('reads civilian deminers as no troops and a vessel\'s size as no count, but a swarm\'s size as one', () => {
    expect(extractFigures('The HALO Trust, which has about 1,200 civilian deminers in Ukraine, says parts of Idlib are contaminated.')).toEqual([]);
    expect(extractFigures('Diverting a 24,000-container ship around the Cape adds some 6,000 kilometres.')).toEqual([]);
    expect(only('Russia launched a 50-drone swarm at Kharkiv.')).toMatchObject({ category: 'munitions', kind: 'drones' });
  });

  it('marks nothing in a drone light show, a chocolate recipe, a zombie game review or the body\'s army of cells', () => {
    expect(extractFigures('A record 728 drones lit up the sky above the harbour at midnight, in the largest light show the city has ever staged.')).toEqual([]);
    expect(extractFigures('Hot chocolate bombs (makes 6). Fill six of the half-shells with 2 tablespoons of cocoa mix and a few marshmallows.')).toEqual([]);
    expect(extractFigures('Dead Harvest 2 review: more zombies, more bullets. You start with a shotgun and 40 shells; we finished the campaign with 2,000 rounds still in the pack.')).toEqual([]);
    expect(extractFigures('Every drop of your blood carries an army of white cells, somewhere between 4,000 and 11,000 of them in each microlitre.')).toEqual([]);
    // Drones that images show are a war's.
    expect(extractFigures('Satellite images show 50 Russian drones near the front.')).toHaveLength(1);
  });
});
