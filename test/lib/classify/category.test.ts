import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../lib/extract/figures';

describe('one count of two kinds', () => {
  it.each([
    ['Russia hurled 620 drones and missiles at the grid.', '620 drones and missiles', 'drones+missiles'],
    ['Iran fired some 300 missiles or drones in one night.', 'some 300 missiles or drones', 'drones+missiles'],
    ['The convoy carried 900 shells and rockets to the front during the war.', '900 shells and rockets', 'rockets+shells'],
    ['Pyongyang sent 4,000 engineers and deminers to Kursk.', '4,000 engineers and deminers', 'builders+sappers'],
  ])('reads %j as one count whose kind names both', (text, figure, kind) => {
    const [f] = extractFigures(text);
    expect([f.text, f.kind]).toEqual([figure, kind]);
  });

  it('keeps two counts apart when the second has its own number', () => {
    expect(extractFigures('Russia hurled 620 drones and eleven missiles at the grid.').map((f) => [f.text, f.kind])).toEqual([
      ['620 drones', 'drones'],
      ['eleven missiles', 'missiles'],
    ]);
  });

  it('counts guns and launchers together, as artillery measures do', () => {
    const [f] = extractFigures('The army fields 8,000 artillery pieces and rocket launchers, the white paper says.');
    expect(f.kind).toBe('artillery-systems');
  });
});

describe('a part of a count named before it', () => {
  it('is tied to no measure when it counts what the whole counts: "killing 11 civilians, two of them children"', () => {
    const [whole, part] = extractFigures('The missile struck a street in Pokrovsk, killing 11 civilians, two of them children.');
    expect([whole.part, part.part, part.category]).toEqual([undefined, true, 'casualties']);
  });

  it('stays a figure of its own when it counts another thing: "11,000 troops, 4,000 of them killed or wounded"', () => {
    const [, part] = extractFigures('Pyongyang sent 11,000 troops, 4,000 of them killed or wounded.');
    expect([part.category, part.part]).toEqual(['casualties', undefined]);
  });
});

describe('a count quoted after its verb', () => {
  it.each([
    ['The ministry claimed that Ukrainian forces had lost "over 65,000 servicemen" in the Kursk direction.', 'over 65,000 servicemen'],
    ['Kyiv says Russia has lost “about 900,000 troops” since 2022.', 'about 900,000 troops'],
  ])('reads %j as a toll, as it would without the quotation marks', (text, figure) => {
    expect(extractFigures(text).map((f) => [f.text, f.category])).toEqual([[figure, 'casualties']]);
  });
});

describe('a subject given its count by a hedged copula', () => {
  it('reads "casualties (killed and wounded) in May were likely around 1,250" as a toll', () => {
    const text = "Russia's daily average casualties (killed and wounded) in May were likely around 1,250, slightly up on April.";
    expect(extractFigures(text).map((f) => [f.text, f.category])).toEqual([['around 1,250', 'casualties']]);
  });
});

describe('people out of action', () => {
  it.each([
    ['Some 4,000 North Korean troops are out of action.', 'casualties'],
    ['About 4,000 North Korean soldiers have been knocked out of action in Kursk.', 'casualties'],
    ['Some 4,000 North Korean troops are out of the country.', 'troops'],
  ])('reads %j as %s', (text, category) => {
    expect(extractFigures(text).map((f) => f.category)).toEqual([category]);
  });

  it('reads the answer to "How many … have been taken out of action?" as a toll', () => {
    const text = "How many North Koreans have been taken out of action? The best estimate I've seen is somewhere north of four thousand.";
    expect(extractFigures(text).map((f) => [f.text, f.category])).toEqual([['north of four thousand', 'casualties']]);
  });
});

describe('a speaker\'s filler between a subject and its count', () => {
  it.each([
    ['The first North Korean contingent was, what, eleven, twelve thousand?', 'eleven, twelve thousand', 'troops'],
    ['Russia has, uh, about 600,000 troops in Ukraine.', 'about 600,000 troops', 'troops'],
  ])('reads %j', (text, figure, category) => {
    expect(extractFigures(text).map((f) => [f.text, f.category])).toEqual([[figure, category]]);
  });
});

describe('weapons named as translations name them', () => {
  it.each([
    ['Pyongyang supplied more than 12 Mio. artillery grenades to Russia.', 'more than 12 Mio. artillery grenades', 'shells'],
    ['North Korea sent over 100 ballistic rockets of the type KN-23 to Russia.', 'over 100 ballistic rockets', 'missiles'],
    ['Russia fired 40 cruise rockets at Kyiv overnight.', '40 cruise rockets', 'missiles'],
  ])('reads %j as %s', (text, figure, kind) => {
    expect(extractFigures(text).map((f) => [f.text, f.kind])).toEqual([[figure, kind]]);
  });
});

describe('a numbered listicle\'s key figures', () => {
  it('reads "1) 728 — drones launched in the record July attack" as a count of drones', () => {
    const text = 'Seven numbers from a year of air raids\n1) 728 — drones launched in the record July attack on Kyiv\n5) 40 — North Korean ballistic missiles fired at Ukraine';
    expect(extractFigures(text).map((f) => [f.value.low, f.kind])).toEqual([[728, 'drones'], [40, 'missiles']]);
  });
});

describe('translated bulletins', () => {
  it('reads "liquidated up to 140 pers." as a toll of personnel', () => {
    expect(extractFigures('Over past day liquidated up to 140 pers. of the AFU, destroyed 3 tanks.').map((f) => [f.text, f.category])).toEqual([
      ['up to 140 pers', 'casualties'],
      ['3 tanks', 'munitions'],
    ]);
    // Who liquidated them counted the dead only.
    expect(extractFigures('North Korean troops liquidated more than 3,000 Ukrainian soldiers in Kursk.').map((f) => f.scope)).toEqual(['killed']);
  });

  it('reads a toll whose loss verb stands before a phrase of when or where: "lost in the Kursk direction over the day 400 soldiers"', () => {
    const cats = (t: string) => extractFigures(t).map((f) => [f.text, f.category]);
    expect(cats('The enemy lost in the Kursk direction over the day 4 hundred soldiers.')).toEqual([['4 hundred soldiers', 'casualties']]);
    expect(cats('Russian forces lost over the past 24 hours 1,230 servicemen.')).toEqual([['1,230 servicemen', 'casualties']]);
    expect(cats('Russia lost in the first week 3,000 soldiers, Kyiv says.')).toEqual([['3,000 soldiers', 'casualties']]);
    // A number right after the preposition is the phrase's own: a date, not a toll.
    expect(cats('Images captured on 3 and 11 September show 38 guns.').map(([, c]) => c)).toEqual(['munitions']);
    // Nor does a verb that is no loss of people make one.
    expect(cats('Russia sent in the first week 3,000 soldiers.')).toEqual([['3,000 soldiers', 'troops']]);
  });

  it('reads "eliminating up to 230 servicemen" as a toll', () => {
    const text = 'Units of the North group inflicted losses on the Ukrainian armed forces in the Kursk area, eliminating up to 230 servicemen and three tanks over the past day.';
    expect(extractFigures(text).map((f) => [f.text, f.category])).toEqual([
      ['up to 230 servicemen', 'casualties'],
      ['three tanks', 'munitions'],
    ]);
  });
});

describe('a part of people named by a participle', () => {
  it('reads "around 4,700 of its soldiers sent to the Kursk region have been killed or wounded" as a toll', () => {
    const text = 'North Korea sent troops to Russia. The NIS said around 4,700 of its soldiers sent to the Kursk region have been killed or wounded.';
    expect(extractFigures(text).map((f) => [f.text, f.category])).toEqual([['around 4,700', 'casualties']]);
    expect(extractFigures('Some 11,000 North Korean soldiers sent to Kursk have been fighting since November.').map((f) => f.category)).toEqual(['troops']);
  });
});

describe('the people a body of troops numbers', () => {
  const cats = (t: string) => extractFigures(t).map((f) => [f.text, f.category]);
  it('reads "The NZ army is like 4,500 people total" and "the force … was about 11,000 people" as troops', () => {
    expect(cats('The NZ army is like 4,500 people total lmao')).toEqual([['like 4,500 people', 'troops']]);
    expect(cats('The North Korean force in Kursk was about 11,000 people.')).toEqual([['about 11,000 people', 'troops']]);
  });

  it('reads "the real deployment was ~11k" as troops', () => {
    expect(cats("North Korea's real deployment in Kursk was ~11k.")).toEqual([['~11k', 'troops']]);
  });

  it('reads no troops in a news division "reaching billions of people"', () => {
    expect(cats("Meridian, the news division of Meridian Group, is the world's largest news provider, reaching billions of people.")).toEqual([]);
  });
});

describe('hardware of peace', () => {
  it('reads no arms in "Evacuation vehicles in service: 6 (2 out of action after drone damage)"', () => {
    expect(extractFigures('Evacuation vehicles in service: 6 (2 out of action after drone damage)')).toEqual([]);
    expect(extractFigures('Armoured vehicles destroyed: 6').map((f) => f.category)).toEqual(['munitions']);
  });
});

describe('what befalls the people counted', () => {
  const cats = (t: string) => extractFigures(t).map((f) => [f.text, f.category]);
  it('reads "the executions of at least 79 Ukrainian servicemen" and "the bodies of 909 soldiers" as tolls', () => {
    expect(cats('It documented the executions of at least 79 Ukrainian servicemen after capture.')).toEqual([['at least 79 Ukrainian servicemen', 'casualties']]);
    expect(cats('Ukraine returned the bodies of 909 soldiers.')).toEqual([['909 soldiers', 'casualties']]);
  });

  it('reads soldiers "held by Ukraine" as captured, and troops "held by Russia in reserve" as troops', () => {
    expect(cats("It asked to see the two soldiers of the Korean People's Army held by Ukraine since January.")).toEqual([['two soldiers', 'casualties']]);
    expect(cats('The 5,000 troops held by Russia in reserve near Kursk.')).toEqual([['5,000 troops', 'troops']]);
  });
});

describe('a kind of reserve', () => {
  it('reads "roughly 600,000 in the regular reserve" as reservists, and shells in a strategic reserve as shells', () => {
    expect(extractFigures('North Korea has about 1.28 million active personnel and roughly 600,000 in the regular reserve.').map((f) => f.kind ?? null)).toEqual([null, 'reservists']);
    expect(extractFigures('Russia keeps 2 million shells in the strategic reserve.').map((f) => f.kind)).toEqual(['shells']);
  });
});

describe('more in the reserves', () => {
  it('reads "with millions more in the reserves" as reservists, beside the "1.28 million under arms"', () => {
    const text = 'Today it is three times that: 1.28 million under arms, by the most widely cited count, with millions more in the reserves.';
    expect(extractFigures(text).map((f) => [f.text, f.kind ?? null, f.change])).toEqual([
      ['1.28 million under arms', null, false],
      ['millions more in the reserves', 'reservists', false],
    ]);
  });
});

describe('official texts', () => {
  const cats = (t: string) => extractFigures(t).map((f) => [f.text, f.category]);
  it('reads "fired one short-range ballistic missile" as a launch of one, not "one of its missiles"', () => {
    expect(cats('North Korea fired one short-range ballistic missile into the East Sea at around 7:44 a.m.')).toEqual([['one short-range ballistic missile', 'munitions']]);
    expect(cats('Russia fired one of its newest missiles.')).toEqual([]);
  });

  it('reads people "called up" as reservists and men who "have signed contracts" as troops', () => {
    expect(extractFigures('In 2022, 300,000 people were called up.').map((f) => [f.category, f.kind])).toEqual([['troops', 'reservists']]);
    expect(cats('Since January, more than 190,000 men have signed contracts voluntarily.')).toEqual([['more than 190,000 men', 'troops']]);
  });

  it('reads "28,500 U.S. service members" as the United States\' troops, no service that speaks', () => {
    const [f] = extractFigures('The Secretary reaffirmed the commitment to the ROK, including the presence of 28,500 U.S. service members on the Peninsula.');
    expect([f.text, f.category, f.attribution]).toEqual(['28,500 U.S. service members', 'troops', undefined]);
  });
});

describe('hardware counted by sets and forces', () => {
  const read = (t: string) => extractFigures(t).map((f) => [f.text, f.category, f.kind ?? null]);
  it('reads "Eighteen sets of super-large multiple rocket launchers" as launchers', () => {
    expect(read('The KPA fired Eighteen sets of super-large multiple rocket launchers.')).toEqual([['Eighteen sets of super-large multiple rocket launchers', 'munitions', 'launchers']]);
  });

  it('reads a row labelled "Artillery" whose count has only "systems" as artillery systems', () => {
    expect(read('North Korea then and now\nArtillery | one regiment per division | more than 20,000 systems')).toEqual([['more than 20,000 systems', 'munitions', 'artillery-systems']]);
  });

  it('reads "an artillery force of over 20,000 systems" as artillery systems, "a force of 1.2 million" as troops', () => {
    expect(read('North Korea has an artillery force of over 20,000 systems.')).toEqual([['over 20,000 systems', 'munitions', 'artillery-systems']]);
    expect(read('North Korea fields a force of 1.2 million.').map(([, c]) => c)).toEqual(['troops']);
  });
});
