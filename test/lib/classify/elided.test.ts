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

  it('is of people only when a side is named or war spoken of: "The school sent 30 more to the final" is no figure', () => {
    expect(extractFigures('The school sent 30 more to the final.').map((f) => f.text)).toEqual([]);
    expect(extractFigures('The restaurant can spare 30 more for the wedding.').map((f) => f.text)).toEqual([]);
    expect(extractFigures('How many went to the concert? Around 30,000, organisers said.').map((f) => f.text)).toEqual([]);
    expect(extractFigures('How many did North Korea send? About 11,000.').map((f) => [f.text, f.category])).toEqual([['About 11,000', 'troops']]);
  });

  it('is of people when a side is the verb\'s subject and a condition ends there: "If Pyongyang sent 50,000, it would …"', () => {
    expect(extractFigures('If Pyongyang sent 50,000, it would have to strip units from the DMZ.').map((f) => [f.value.low, f.category])).toEqual([[50000, 'troops']]);
    expect(extractFigures('If the club sent 50, it would win the cup.')).toEqual([]);
  });

  it('is of people when it is fed in: "the cautious reading is 10–20k, fed in by stages"', () => {
    expect(extractFigures('The cautious reading is 10–20k, fed in by stages.').map((f) => [f.value.low, f.category])).toEqual([[10000, 'troops']]);
  });

  it('is not of people after a sentence that counted weapons', () => {
    expect(extractFigures('Russia launched 500 drones on Saturday. On Sunday it sent 300 more to Kyiv.').map((f) => f.text)).toEqual(['500 drones']);
  });
});

const counted = (text: string) => extractFigures(text).map((f) => [f.value.low, f.category]);

describe('a bare count that a figure noun names', () => {
  it('counts what the sentence before counted when the noun is qualified: "The figure given by … was about 4,000"', () => {
    expect(counted('Seoul had said about 400 North Korean soldiers were killed or wounded. The figure given by its spy agency was about 4,000.')).toEqual([
      [400, 'casualties'],
      [4000, 'casualties'],
    ]);
    expect(counted('Kyiv put the Russian grouping at about 600,000 troops. The latest figure, from June 2025, is roughly 640,000.')).toEqual([
      [600000, 'troops'],
      [640000, 'troops'],
    ]);
  });

  it('counts it after "number:" and after a clause\'s "it\'s"', () => {
    expect(counted('A video claims 300,000 Russian soldiers are near the town. The commander gave a very different number: about 110,000.')).toEqual([
      [300000, 'troops'],
      [110000, 'troops'],
    ]);
    expect(counted("Estimates put Russian losses at a million killed and wounded. If you want my range, it's nine hundred thousand to one point one million.")).toEqual([
      [1000000, 'casualties'],
      [900000, 'casualties'],
    ]);
  });

  it('counts what "the number of …" names in its own sentence: "misstated the number of troops sent as 1,100; it was 11,000"', () => {
    expect(counted('The article misstated the number of troops sent in the first deployment as 1,100; it was 11,000.')).toEqual([
      [1100, 'troops'],
      [11000, 'troops'],
    ]);
  });

  it('leaves a count before "the number of …" and a count of something else alone', () => {
    expect(counted('In 12 towns the number of troops has doubled.')).toEqual([]);
    expect(counted('It is 300 km from the border.')).toEqual([]);
  });
});

describe('a bare count with a subject of its own before its verb', () => {
  it('is of troops when it is sent or deployed: "the eleven thousand he sent", "the 11,000 committed"', () => {
    expect(counted('This is on top of the eleven thousand he sent to Kursk last autumn.')).toEqual([[11000, 'troops']]);
    expect(counted('The losses are a large share of the 11,000 committed.')).toEqual([[11000, 'troops']]);
  });

  it('is not when weapons are in sight: "the 300 drones they launched, the 12 million it sent"', () => {
    expect(counted('Pyongyang keeps sending shells: of the 12 million it sent, many were duds.').map(([, category]) => category)).not.toContain('troops');
  });
});

describe('a count in a clause about a toll', () => {
  it('is a toll when the clause names one, after a count of troops: "sent 3,000 troops, and its losses are perhaps 1,000"', () => {
    expect(counted('Pyongyang sent 3,000 troops, and its losses so far are perhaps 1,000.')).toEqual([
      [3000, 'troops'],
      [1000, 'casualties'],
    ]);
    expect(counted('North Korea dispatched some 3,000 troops, while casualties of its soldiers are estimated to reach 4,000.')).toEqual([
      [3000, 'troops'],
      [4000, 'casualties'],
    ]);
  });

  it('is a toll when it is named as a part of one: "lost some 38,000 soldiers, among them about 4,000 North Koreans"', () => {
    expect(counted('Russian and North Korean forces lost some 38,000 soldiers in Kursk, among them about 4,000 North Koreans.')).toEqual([
      [38000, 'casualties'],
      [4000, 'casualties'],
    ]);
    expect(counted('Russia sent 50,000 troops to Kursk, among them about 11,000 North Koreans.')).toEqual([
      [50000, 'troops'],
      [11000, 'troops'],
    ]);
  });
});

describe('a bare count with no noun of its own, in a sentence of its own', () => {
  it('counts what the sentence before counted when it is its clause\'s subject: "Some 24,000 have gone by rail."', () => {
    expect(counted('Seoul once estimated that 13,000 containers of arms had been shipped to Russia. Satellite images now suggest some 24,000 have gone by rail.')).toEqual([
      [13000, 'munitions'],
      [24000, 'munitions'],
    ]);
  });

  it('never takes up a toll that way: "… were killed in the strike. Some 24,000 have fled."', () => {
    expect(counted('At least 40 people were killed in the missile strike. Some 24,000 have fled the city.')).toEqual([[40, 'casualties']]);
  });

  it('counts what the sentence counts after a side\'s possessive: "60,000 rounds a day, against Ukraine\'s 6,000 to 7,000"', () => {
    expect(counted("Russian guns fired as many as 60,000 rounds a day, against Ukraine's 6,000 to 7,000.")).toEqual([
      [60000, 'munitions'],
      [6000, 'munitions'],
    ]);
  });
});

describe('a total with no noun of its own', () => {
  it('counts the nearest counted noun before it: "half of the shells Russia fires …, some 12 million in total"', () => {
    expect(counted('Ukraine says half of the shells Russia fires come from North Korea, some 12 million in total.')).toEqual([[12000000, 'munitions']]);
    expect(counted('The ministry counted the dead and the missing, some 4,000 in all, across the region.')).toEqual([[4000, 'casualties']]);
    expect(counted('Troops guarded the schools and the hospitals of the region, some 400 in all.')).toEqual([]);
  });
});

describe('"of them" with no count before it in its sentence', () => {
  it('takes up the last count of the sentence before: "Russia launched 142 drones overnight. It shot down 118 of them."', () => {
    const figures = extractFigures("Russia launched 142 drones overnight, Ukraine's air force says. It shot down 118 of them.");
    expect(figures.map((f) => [f.value.low, f.category, f.intercepted])).toEqual([
      [142, 'munitions', false],
      [118, 'munitions', true],
    ]);
  });
});

describe('a bare count before a possessive', () => {
  it('counts what the sentence counted: "up from the 640,000 his intelligence chief cited"', () => {
    expect(counted("Russia's army has grown to roughly 700,000 troops, up from the 640,000 his intelligence chief cited in June.")).toEqual([
      [700000, 'troops'],
      [640000, 'troops'],
    ]);
  });
});

describe('an estimate told in other words', () => {
  it('reads "put the figure at around 11,000" and "Kyiv\'s number was higher: roughly 6,000" as what the sentence before counted', () => {
    expect(counted("Kyiv said 11,000 North Korean troops had been deployed. South Korea's NIS put the figure at around 11,000.")).toEqual([
      [11000, 'troops'],
      [11000, 'troops'],
    ]);
    expect(counted("Seoul said about 4,000 of them had been killed or wounded. Kyiv's number was higher: roughly 6,000.").map(([, c]) => c)).toEqual(['casualties', 'casualties']);
  });

  it('reads "put the figure closer to 900,000", "the estimate is lower, at 4,000" and "estimates run as high as 6,000" as the count before', () => {
    expect(counted('Ukraine says Russia has lost 1,000,340 troops killed and wounded. British intelligence has put the figure closer to 900,000.')).toEqual([
      [1000340, 'casualties'],
      [900000, 'casualties'],
    ]);
    expect(counted("Kyiv put North Korean losses at around 5,000 killed and wounded. The Pentagon's estimate is lower, at well over 4,000.")).toEqual([
      [5000, 'casualties'],
      [4000, 'casualties'],
    ]);
    expect(counted('Seoul says 11,000 North Korean soldiers were sent. Other estimates run as high as 15,000.')).toEqual([
      [11000, 'troops'],
      [15000, 'troops'],
    ]);
    expect(counted('We assess upward of 4,000 killed or wounded. The British put it north of 6,000.')).toEqual([
      [4000, 'casualties'],
      [6000, 'casualties'],
    ]);
    expect(counted('In January the agency put North Korean losses at around 3,000. Today they told us the figure has since risen above 4,000.')).toEqual([
      [3000, 'casualties'],
      [4000, 'casualties'],
    ]);
    expect(counted('Seoul counted 3,000 North Korean troops in Russia in October. By December the number had risen to 11,000.')).toEqual([
      [3000, 'troops'],
      [11000, 'troops'],
    ]);
    expect(counted('Seoul counted 3,000 North Korean troops in Russia in October. By December the price had risen to 11,000.')).toEqual([[3000, 'troops']]);
    expect(counted("Syrskyi says 170,000 Russian troops are on the Pokrovsk axis. Last month it was 'only' 110k.")).toEqual([
      [170000, 'troops'],
      [110000, 'troops'],
    ]);
    expect(counted('North Korea began deploying troops to Russia. Estimates of their number ranged from 10,000 to 12,000.')).toEqual([[10000, 'troops']]);
    expect(counted('Zelensky said that about 4,000 North Korean soldiers had been killed or wounded, while the NIS raised its own estimate to 3,000.')).toEqual([
      [4000, 'casualties'],
      [3000, 'casualties'],
    ]);
    // What a sentence compares is no figure when nothing before was counted.
    expect(counted('The price was high. The estimate is lower, at 4,000.')).toEqual([]);
  });

  it('counts what the figure noun\'s own modifier names: "the shell figure is closer to 12 million" after howitzers', () => {
    expect(counted('Pyongyang shipped 9 million shells and 200 howitzers, officials said. The shell figure may be closer to 12 million.')).toEqual([
      [9000000, 'munitions'],
      [200, 'munitions'],
      [12000000, 'munitions'],
    ]);
    const kinds = (text: string) => extractFigures(text).map((f) => [f.value.low, f.kind ?? f.category]);
    expect(kinds('Pyongyang shipped 9 million shells and 200 howitzers, officials said. The shell figure may be closer to 12 million.').at(-1)).toEqual([12000000, 'shells']);
    expect(kinds('Seoul counted 11,000 soldiers and 9 million shells. Its casualty estimate was 4,700.').at(-1)).toEqual([4700, 'casualties']);
  });

  it('reads more people on their way after a toll as troops: "~4k casualties by March, and another 25-30k possibly in the pipeline"', () => {
    expect(counted('North Korea sent 11k troops; ~4k casualties by March, and another 25-30k possibly in the pipeline.')).toEqual([
      [11000, 'troops'],
      [4000, 'casualties'],
      [25000, 'troops'],
    ]);
    expect(counted('About 4,000 North Korean soldiers have been killed or wounded, and 20,000 more are on the way.')).toEqual([
      [4000, 'casualties'],
      [20000, 'troops'],
    ]);
    // More of a toll is still a toll.
    expect(counted('About 4,000 North Korean soldiers have been killed or wounded, and another 2,000 were wounded in May.')).toEqual([
      [4000, 'casualties'],
      [2000, 'casualties'],
    ]);
  });

  it('gives a spoken answer the magnitude it leaves unsaid: "nine, maybe ten million rounds. Some people say twelve."', () => {
    const read = (text: string) => extractFigures(text).map((f) => [f.text, f.value.low, f.category]);
    expect(read('We think something like nine, maybe ten million rounds went to Russia. Some people say twelve.').at(-1)).toEqual(['twelve', 12_000_000, 'munitions']);
    expect(read('Seoul thinks about four thousand North Korean soldiers were killed or wounded. The Ukrainians will tell you six.').at(-1)).toEqual(['six', 6000, 'casualties']);
    // A count that is no answer of the same size keeps its own value.
    expect(read('Russia launched 500 drones overnight. Kyiv says 300.').at(-1)).toEqual(['300', 300, 'munitions']);
    expect(read('Seoul counted 4,000 North Korean soldiers killed or wounded. Kyiv says 100.').at(-1)).toEqual(['100', 100, 'casualties']);
  });

  it('lends an answer the noun phrase a short question asks about: "KIM: And the ballistic missiles?", "Russian troop strength inside Ukraine?"', () => {
    expect(extractFigures('KIM: And the ballistic missiles?\nSMITH: More than a hundred.').map((f) => [f.text, f.kind])).toEqual([['More than a hundred', 'missiles']]);
    expect(counted('KIM: Russian troop strength inside Ukraine?\nSMITH: About six hundred thousand, give or take.')).toEqual([[600000, 'troops']]);
    expect(counted('KIM: And North Korean losses in Kursk?\nSMITH: About 4,000.')).toEqual([[4000, 'casualties']]);
    expect(counted('And all casualties, wounded included?\nSome 4,700, the same agency said in the spring.')).toEqual([[4700, 'casualties']]);
    expect(counted('Has Ukraine captured any North Koreans?\nTwo, in January 2025, both in their early twenties.')).toEqual([[2, 'casualties']]);
    // A question with no counted noun lends nothing.
    expect(counted('KIM: And the price of it all?\nSMITH: About 4,000.')).toEqual([]);
  });

  it('answers "How many did Pyongyang send in its first deployment?" and "How many went first?" with a count of troops', () => {
    expect(counted('Q: How many did Pyongyang send in its first deployment?\nA: Some eleven thousand, according to Kyiv.')).toEqual([[11000, 'troops']]);
    expect(counted('North Korean troops for Russia: what we know. How many went first? Around 11 000, in late 2024.')).toEqual([[11000, 'troops']]);
  });

  it('reads posts\' elided counts: "counted 9M+ in 2024 alone", "If Kim can spare 30k more", "82 strikes" by the missiles before', () => {
    const read = (text: string) => extractFigures(text).map((f) => [f.value.low, f.kind ?? f.category]);
    expect(read("Z-channel claims the DPRK delivered 'only' 3 mln shells. Reminder: the UN report counted 9M+ in 2024 alone.")).toEqual([
      [3_000_000, 'shells'],
      [9_000_000, 'shells'],
    ]);
    expect(read('If Kim can spare 30k more for Putin, the war changes.')).toEqual([[30000, 'troops']]);
    expect(read('The hospital could spare 30 more beds.')).toEqual([]);
    expect(read('About 20 North Korean ballistic missiles have been fired at Ukraine so far. HUR has logged 82 strikes by now.')).toEqual([
      [20, 'missiles'],
      [82, 'missiles'],
    ]);
    // "One of ten hits" is a ratio.
    expect(read('The unit launches up to 150 FPV drones a day. "One of ten hits," says its commander.')).toEqual([[150, 'drones']]);
  });

  it('answers a question by the noun it named before "how many", or by the body "how big" asks of', () => {
    expect(counted("ANCHOR: Mina, when Pyongyang first sent soldiers into Russia's Kursk region last autumn, how many are we talking about?\nCHO: Around eleven thousand, Dan.")).toEqual([[11000, 'troops']]);
    expect(counted("ANCHOR: General, how big is Russia's force inside Ukraine right now?\nFALK: In June the Ukrainians said about six hundred and forty thousand.")).toEqual([[640000, 'troops']]);
    expect(counted('How big is the stadium? About 60,000 seats.')).toEqual([]);
  });

  it('reads "that\'s up forty thousand since last November" and "troop numbers are up 40,000" as a rise in troops', () => {
    const rise = (text: string) => extractFigures(text).map((f) => [f.value.low, f.category, f.change]);
    expect(rise("Russia had about 640,000 troops in Ukraine in June, and that's up forty thousand since last November.").at(-1)).toEqual([40000, 'troops', true]);
    expect(rise('Russian troop numbers in Ukraine are up 40,000 since November.')).toEqual([[40000, 'troops', true]]);
    expect(rise('Air defences shot down 40 drones.')).toEqual([[40, 'munitions', false]]);
  });

  it('reads transcripts\' follow-ups: "An increase of roughly a hundred thousand", "how much of that is the North Korean contingent?"', () => {
    expect(counted('TRAN: We assess upwards of 750,000 Russian personnel in the operational zone today.\nKOWALCZYK: Up from what?\nTRAN: An increase of roughly a hundred thousand since last November.')).toEqual([
      [750000, 'troops'],
      [100000, 'troops'],
    ]);
    expect(counted('KOWALCZYK: And how much of that is the North Korean contingent?\nTRAN: Fourteen thousand or so, counting the engineers.')).toEqual([[14000, 'troops']]);
    const [, claim] = extractFigures('MINISTER: Russia has lost in excess of a million killed and wounded.\nHOLLIS: Figures on social media claim 1.4 million.');
    expect([claim.category, claim.words.includes('killed')]).toEqual(['casualties', true]);
  });

  it('reads a bare count a side holds in a place of the war as troops: "Russia has about 600,000 in Ukraine now"', () => {
    expect(counted('Russia has about 600,000 in Ukraine now.')).toEqual([[600000, 'troops']]);
    expect(counted('Russia massed 110,000 near Pokrovsk.')).toEqual([[110000, 'troops']]);
    expect(counted('Today it fields somewhere around 600,000 in the occupied territories and along the front line.')).toEqual([[600000, 'troops']]);
    // Not where the place names something else's, nor where the place is no war's.
    expect(counted('Ukraine has 3,000 in Kyiv hospitals.')).toEqual([]);
    expect(counted('The museum has about 600,000 in storage.')).toEqual([]);
  });

  it('reads "another 3,000 followed in January" as more people, unless weapons are in sight', () => {
    expect(counted("North Korea's first contingent numbered 11,000 to 12,000. Seoul says another 3,000 followed in January and February.")).toEqual([
      [11000, 'troops'],
      [3000, 'troops'],
    ]);
    expect(counted('Russia launched 500 drones at Kyiv. Another 300 followed at dawn.')).toEqual([[500, 'munitions']]);
    // "a further 25,000 to 30,000" a source expects are more troops, of whatever kind the sentence before counted.
    const [, , further] = extractFigures('Moscow said 1,000 deminers and 5,000 military builders would come. Kyiv expects a further 25,000 to 30,000.');
    expect([further.value.low, further.category, further.kind]).toEqual([25000, 'troops', undefined]);
  });

  it('reads a figure noun early in a later clause: "…, though some analysts think the shell figure is closer to 12 million"', () => {
    const kinds = (text: string) => extractFigures(text).map((f) => [f.value.low, f.kind ?? f.category]);
    expect(kinds('Pyongyang has shipped 9 million rounds and 200 artillery pieces, officials said, though some analysts think the shell figure is closer to 12 million.')).toEqual([
      [9000000, 'shells'],
      [200, 'artillery-systems'],
      [12000000, 'shells'],
    ]);
    // The figure of a clause after a count of the sentence's own is that count's, not the sentence before's.
    expect(counted('Seoul said 9 million shells were sent. The article said 1,100 troops were first deployed, when the figure is 11,000.')).toEqual([
      [9000000, 'munitions'],
      [1100, 'troops'],
      [11000, 'troops'],
    ]);
  });

  it('reads a change "by" a count: "troop numbers inside Ukraine rose by 120,000", and "rose by 62 overnight to 68,116" as before', () => {
    expect(counted('Russian troop numbers inside Ukraine rose by 120,000 between November 2024 and June, the report said.')).toEqual([[120000, 'troops']]);
    expect(counted('The Gaza death toll rose by 62 overnight to 68,116, the health ministry said, and the number of wounded reached 170,200.')).toEqual([
      [62, 'casualties'],
      [68116, 'casualties'],
      [170200, 'casualties'],
    ]);
  });

  it('reads spoken estimates: "so call it four and a half, five thousand", "The dead alone, maybe a thousand?"', () => {
    expect(counted('Something like forty percent are casualties, so call it four and a half, five thousand.')).toEqual([[4500, 'casualties']]);
    expect(counted('Killed or wounded, yeah. The dead alone, maybe a thousand? Nobody really knows.')).toEqual([[1000, 'casualties']]);
  });

  it('takes up what a sentence sets against its count: "Not the 11,000 soldiers, but the shells. Millions of them."', () => {
    const text = 'Not the headline 11,000 soldiers, but the shells. Millions of them. The true total may be as high as 12 million.';
    expect(counted(text)).toEqual([
      [11000, 'troops'],
      [2000000, 'munitions'],
      [12000000, 'munitions'],
    ]);
    // "them" may take up a noun no count came with; a figure takes up a count.
    expect(counted('And the mines themselves? Officials talk about hundreds of thousands of them.')).toEqual([[200000, 'munitions']]);
    expect(counted('Western governments cite 4,000 or so killed and wounded among the troops. I would put the real figure at 8,000 or more.')).toEqual([
      [4000, 'casualties'],
      [8000, 'casualties'],
    ]);
  });

  it('reads a source\'s bare count at the end of its sentence as the count before, told by another: "Seoul says about 4,700."', () => {
    expect(counted("Pro-Kremlin channels insist North Korean losses in Kursk were 'fewer than 500'. Seoul's intelligence service says about 4,700.")).toEqual([
      [500, 'casualties'],
      [4700, 'casualties'],
    ]);
    expect(counted('He said 2024 was hard. She says 5.')).toEqual([]);
  });

  it('reads "Around 3,000 more arrived in January" as troops, unless weapons are in sight', () => {
    expect(counted('Then came reinforcements. Around 3,000 more arrived in January and February, the NIS said.')).toEqual([[3000, 'troops']]);
    expect(counted('The port unloaded 2,000 shells on Monday, and around 3,000 more arrived on Friday.').map(([, c]) => c)).toEqual(['munitions', 'munitions']);
  });
});

describe('a figure given by someone with a long title, and "the number" put at a count', () => {
  const cats = (t: string) => extractFigures(t).map((f) => [f.text, f.category]);
  it('lends the sentence before\'s noun across "The figure given by Ukraine\'s commander-in-chief, Oleksandr Syrskyi, was 110,000"', () => {
    const text = 'Our correspondent said Russia had massed 11,000 troops near Pokrovsk. The figure given by Ukraine\'s commander-in-chief, Oleksandr Syrskyi, was 110,000.';
    expect(cats(text)).toEqual([['11,000 troops', 'troops'], ['110,000', 'troops']]);
  });

  it('reads "Ukraine\'s air force put the number at 728" as the drones before, not the air force\'s people', () => {
    expect(cats("A report said 741 drones were launched. Ukraine's air force put the number at 728.")).toEqual([['741 drones', 'munitions'], ['728', 'munitions']]);
    // A toll put at a count is a toll, whatever came before.
    expect(cats('Drones hit the town. Western officials had put the toll at around four thousand North Korean soldiers.').map(([, c]) => c)).toEqual(['casualties']);
  });
});

describe('a plural tally before "of"', () => {
  it('lends the toll before to "far below Western estimates of more than 6,000", however long the sentence', () => {
    const text = "An estimated 2,000 North Korean troops have been killed or injured in Russia's Kursk region, according to a Russian military blogger quoted by a Moscow daily, far below Western estimates of more than 6,000.";
    expect(extractFigures(text).map((f) => [f.value.low, f.category])).toEqual([
      [2000, 'casualties'],
      [6000, 'casualties'],
    ]);
  });
});

describe('a change takes up a noun not counted', () => {
  it('reads "Russia\'s force in Ukraine is at its largest. That is a jump of 70,000" as troops, a town\'s jump as nothing', () => {
    const text = "Russia's force in Ukraine is at its largest since the invasion. That is a jump of 70,000 since November 2024, the estimate says.";
    expect(extractFigures(text).map((f) => [f.text, f.category])).toEqual([['70,000', 'troops']]);
    expect(extractFigures("The town's population is at a record. That is a jump of 7,000 since 2020.")).toEqual([]);
  });
});

describe('a topic the sentence opens with', () => {
  const cats = (t: string) => extractFigures(t).map((f) => [f.text, f.value.low, f.category]);

  it('says what a count given after it counts: "As for shells, Seoul says 12 million", "For killed and wounded together I\'d say 400,000"', () => {
    expect(cats('As for shells, Seoul says 12 million.')).toEqual([['12 million', 12000000, 'munitions']]);
    expect(cats('When it comes to losses, the Ukrainians put them at 4,000.')).toEqual([['4,000', 4000, 'casualties']]);
    expect(cats('In terms of troops, Seoul says 11,000.')).toEqual([['11,000', 11000, 'troops']]);
    expect(cats("For killed and wounded together I'd say 400,000 to 500,000.")).toEqual([['400,000 to 500,000', 400000, 'casualties']]);
  });

  it('lends nothing to a count that is a clause\'s subject, to a topic of no tracked noun, or to a phrase of where', () => {
    expect(cats('For every soldier killed, three are wounded.').map(([t]) => t)).not.toContain('three');
    expect(cats('As for tickets, organisers say 4,000.')).toEqual([]);
    expect(cats('For a visit to the troops they needed 300.')).toEqual([]);
  });
});

describe('a loss verb in the present', () => {
  it('reads "Russia loses 1,100 men a day" as casualties, as "is losing" is', () => {
    expect(extractFigures('At current rates Russia loses something like 1,100 men a day.').map((f) => [f.value.low, f.category])).toEqual([[1100, 'casualties']]);
  });
});

describe("an infobox's label on a line of its own", () => {
  const read = (t: string) => extractFigures(t).map((f) => [f.text, f.category]);

  it('gives the counts that open the lines under it its noun: "Strength" over "11,000–12,000 (Nov 2024)[3]"', () => {
    const text = 'Strength\n11,000–12,000 (Nov 2024)[3]\n+3,000 (Jan–Feb 2025)[4]\n25,000–30,000 pledged (2025)[5][6]\nCasualties and losses\n6,000+ (UK MoD, Apr 2025)[7]';
    expect(read(text)).toEqual([['11,000–12,000', 'troops'], ['3,000', 'troops'], ['25,000–30,000', 'troops'], ['6,000+', 'casualties']]);
  });

  it('reaches each side\'s cell after a tab, across lines whose brackets run long', () => {
    const text = 'Strength\n10,000–12,000 (Ukraine, initial)[4]\tc. 60,000 (Russia, Dec 2024)[5]\nc. 8,000 (North Korea, Nov 2024; Pentagon)[6]';
    expect(read(text).map(([t]) => t)).toEqual(['10,000–12,000', 'c. 60,000', 'c. 8,000']);
  });

  it('lends nothing to a count a word of its own opens, or under a label that is not an infobox\'s', () => {
    expect(read('Strength\nPopulation 25,000 (2020)[2]')).toEqual([]);
    expect(read('Strength training\n25,000 (2020)')).toEqual([]);
  });
});

describe("a list's heading", () => {
  it('reaches lines whose citation marks make them long: "2024: about 430,000 (UK MoD estimate)[6][7]"', () => {
    const text = 'Russian losses, year by year\n2023: about 250,000 (UK MoD estimate)[4][5]\n2024: about 430,000 (UK MoD estimate)[6][7]';
    expect(extractFigures(text).map((f) => [f.text, f.category])).toEqual([['about 250,000', 'casualties'], ['about 430,000', 'casualties']]);
  });
});

describe('a pronoun that takes up a count', () => {
  const read = (t: string) => extractFigures(t).map((f) => [f.text, f.value.low, f.category]);

  it('reads "them" as the plural noun before, not an army named after it: "Few armies know mines as the KPA does … two million of them"', () => {
    const text = 'Few armies know mines the way the KPA does. The DMZ is thought to hold something like two million of them.';
    expect(read(text)).toEqual([['something like two million of them', 2000000, 'munitions']]);
  });

  it('reads "put it at 13,000" as the count given before, across a sentence that counts nothing', () => {
    const text = "A: I'd say twenty thousand containers is a floor. We see wagons leave; we don't see inside every one.\nQ: A Russian state outlet recently put it at 13,000.";
    expect(read(text).map(([, v, c]) => [v, c])).toEqual([[20000, 'munitions'], [13000, 'munitions']]);
    expect(read('The war has been long. The ministry put it at 300.')).toEqual([]);
  });
});

describe('a count named as what a source gives', () => {
  it('takes up the count before a question that counts nothing: "… around 4,000 … killed or injured. Is that believable? — Four thousand is what Seoul can count"', () => {
    const text = 'Q: Officials estimate that around 4,000 North Korean soldiers were killed or injured. Is that number believable to you?\nA: Four thousand is what Seoul can count, yes.';
    expect(extractFigures(text).map((f) => [f.text, f.category])).toEqual([['around 4,000 North Korean soldiers', 'casualties'], ['Four thousand', 'casualties']]);
    expect(extractFigures('He owns 300 cows. Is that a lot? Four hundred is what his brother says.')).toEqual([]);
  });
});

describe("a fact box's line labelled by what was done with weapons", () => {
  it('counts the weapon its title named: "KN-23 AT A GLANCE" ⏎ … ⏎ "Fired at Ukraine: about 50" ⏎ "Sent to Russia: more than 100"', () => {
    const text = 'KN-23 AT A GLANCE\nRange: 690 km · Warhead: 500 kg\nFired at Ukraine: about 50 (Ukrainian officials)\nSent to Russia: more than 100\nBuilt per year: est. 150';
    expect(extractFigures(text).map((f) => [f.text, f.category])).toEqual([['about 50', 'munitions'], ['more than 100', 'munitions']]);
  });

  it('counts nothing where no weapon is named above it, or beyond a sentence of prose', () => {
    expect(extractFigures('TRAIN FACTS\nSent to Kyiv: 40 (in 2024)')).toEqual([]);
    expect(extractFigures('The KN-23 is a missile. Its makers say little.\nSent home for the holidays: 40')).toEqual([]);
  });
});

describe('a figure a noun names, far from the count it takes up', () => {
  const read = (t: string) => extractFigures(t).map((f) => [f.value.low, f.category]);

  it('takes up the count of the nearest sentence that has one, across a few that count nothing', () => {
    const text = 'Russia has massed some 150,000 troops around Pokrovsk. I would invite the hon. member to check his figures. General Syrskyi\'s assessment is 110,000, and that is serious enough.';
    expect(read(text)).toEqual([[150000, 'troops'], [110000, 'troops']]);
    expect(read('The town was quiet. Nobody spoke. The figure is 300.')).toEqual([]);
    // A pronoun's count reaches no further.
    expect(read('A glide bomb killed six more. Thank you for calling in, it has been a long morning on the show. It\'s now 300.')).toEqual([[6, 'casualties']]);
  });

  it('reads "put North Korean casualties at just 2,500" as the toll, the hedge between', () => {
    expect(read('A briefing put North Korean casualties in Kursk at just 2,500.')).toEqual([[2500, 'casualties']]);
  });
});

describe('a figure named with a hedge before its count', () => {
  it('reads "the real number is barely 250,000" as the figure of the count before', () => {
    const text = 'Estimates put Russian losses at close to 970,000. A pro-Kremlin channel insists the real number is barely 250,000.';
    expect(extractFigures(text).map((f) => [f.value.low, f.category])).toEqual([[970000, 'casualties'], [250000, 'casualties']]);
  });
});
