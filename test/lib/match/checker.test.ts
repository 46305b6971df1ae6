import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Checker } from '../../../lib/check';
import { bundledDatabase } from '../../../lib/claims/bundled';
import { extractFigures } from '../../../lib/extract/figures';

const checker = new Checker(bundledDatabase);
const one = (text: string) => {
  const findings = checker.check(text);
  expect(findings, text).toHaveLength(1);
  return findings[0];
};

describe('Checker: matching figures to measures', () => {
  it.each([
    ['Pyongyang sent some eleven thousand soldiers to fight for Moscow last autumn.', 'dprk-troops-initial-deployment', 'corroborated'],
    ['Kyiv now expects Kim to dispatch a further 25-30k troops in the coming months.', 'dprk-troops-additional', 'corroborated'],
    ['Seoul says roughly 1,500 North Korean soldiers have been killed or wounded in Kursk.', 'dprk-casualties-kursk', 'conflicting'],
    ['The Kremlin has concentrated around 110,000 soldiers outside Pokrovsk ahead of an offensive.', 'russia-troops-pokrovsk', 'corroborated'],
    ['North Korea has delivered five million artillery rounds to Russia, officials say.', 'dprk-shells-to-russia', 'conflicting'],
    ['Moscow also received 1,000 North Korean deminers to clear minefields.', 'dprk-sappers-kursk', 'corroborated'],
    ['South Korea has some 30 million artillery shells in its stockpile.', 'rok-shell-stockpile', 'corroborated'],
    ['About 3,000 North Korean troops arrived in Kursk at the beginning of 2025.', 'dprk-troops-reinforcement-early-2025', 'corroborated'],
    ['When Putin ordered his "partial mobilisation" in 2022, the Kremlin said it needed 300,000 men.', 'russia-mobilization-2022', 'corroborated'],
    ['Into this grinder Pyongyang has fed its own men: at least 11,000 in the first wave.', 'dprk-troops-initial-deployment', 'corroborated'],
    // Forum shorthand: "NK" is North Korea, KIA/WIA are the killed and wounded, "sitting around" gives the count.
    ['Going by SK intel, ~11k NK troops went in last autumn.', 'dprk-troops-initial-deployment', 'corroborated'],
    ['Per NK watchers, KIA/WIA is sitting around 4.7k.', 'dprk-casualties-kursk', 'corroborated'],
    ['North Korean KIA/WIA now sits at about 4,700, Seoul says.', 'dprk-casualties-kursk', 'corroborated'],
    ['North Korea is preparing to send Russia a force its analysts size at roughly 25,000.', 'dprk-troops-additional', 'corroborated'],
    // Drones a side counts in a raid, no one named as firing them, were its opponent's; "air force" is a body that speaks.
    ['KYIV COUNTS 741 DRONES IN RECORD JULY RAID', 'russia-drones-record-attack', 'conflicting'],
    ["Ukraine's air force said it counted 728 drones in the record overnight attack.", 'russia-drones-record-attack', 'corroborated'],
    ["Ukraine's air force has since released its full tally: 728 drones in the largest single attack of the war.", 'russia-drones-record-attack', 'corroborated'],
    // A titled body with "of" in its name gives the toll it puts at a figure; it does not own it.
    [
      "North Korean troops in Russia: what we know. In January South Korea's Joint Chiefs of Staff put the toll at about 3,000 killed or wounded.",
      'dprk-casualties-kursk',
      'conflicting',
    ],
    // A figure "for" a body is that body's; "there" is the place of the sentence before; who gives it is no cue.
    [
      "A video claims that 300,000 Russian troops surround Pokrovsk. Ukraine's commander-in-chief has given a figure of 110,000 for the Russian grouping there.",
      'russia-troops-pokrovsk',
      'corroborated',
      1,
    ],
  ])('matches %j to %s, %s', (text, measure, verdict, at = 0) => {
    const f = at === 0 ? one(text) : checker.check(text)[at];
    expect(f.measure?.id).toBe(measure);
    expect(f.verdict).toBe(verdict);
  });

  it.each([
    ['The United States keeps 28,500 troops in South Korea.'],
    ['Belarus has massed 20,000 soldiers on its border with Poland.'],
    ['Israel said Hezbollah fired 150 rockets overnight.'],
    ['Russia has about 1.3 million active-duty troops in all.'],
    ['Ukraine launched 300 drones at Moscow on Sunday.'],
    // People a nationality names are their nation's, whatever side the rest of the text speaks of.
    ['North Korea now sends its soldiers to fight in Kursk. Mr Speaker, 26,800 Canadians served in the Korean War.'],
    // A sentence set in a year long past is history, whatever the sentence before is about.
    ['Analysts say Pyongyang is offering its own. In July 1943 nearly two million men clashed around the Kursk salient.'],
  ])('leaves %j unverified rather than forcing it onto the nearest measure', (text) => {
    const f = one(text);
    expect(f.verdict).toBe('unverified');
    expect(f.measure).toBeNull();
  });

  it('tells apart Russian soldiers needed and North Korean soldiers sent when both are 30,000', () => {
    expect(one('Russia needs 30,000 new soldiers every month to replace its losses, an analyst says.').measure?.id).toBe('russia-troops-needed');
    expect(one('North Korea will send 30,000 more soldiers to Russia.').measure?.id).toBe('dprk-troops-additional');
  });

  it('needs a required phrase as a phrase: "per cent of the 12,000 soldiers" is not "per soldier"', () => {
    expect(one('Analysts say North Korea could earn $2,000 per soldier for 10,000 troops sent abroad.').measure?.id).toBe('dprk-troops-earnings-scenario');
    expect(one('Between 30 and 40 per cent of the 12,000 North Korean soldiers deployed have been hit.').measure?.id).not.toBe('dprk-troops-earnings-scenario');
    // A word or two inside a phrase still reads as the phrase: "early in 2025" for "early 2025".
    expect(one('Seoul believes a further 3,000 North Korean troops followed early in 2025.').measure?.id).toBe('dprk-troops-reinforcement-early-2025');
  });

  it('ties a difference only to a measure of increases or additions, never to a total', () => {
    expect(one('North Korea will send 25,000 more troops to Russia, Kyiv says.').measure?.id).toBe('dprk-troops-additional');
    const delta = one('Pyongyang has shipped roughly 1.1m more artillery shells to Russia than previously thought.');
    expect(delta.measure).toBeNull();
    expect(delta.verdict).toBe('unverified');
  });

  it('never takes additional or remaining troops for the first deployment, nor an army for a mobilisation', () => {
    expect(one('North Korea has sent an additional 3,000 troops to Russia, Seoul says.').measure?.id).not.toBe('dprk-troops-initial-deployment');
    expect(one('In Kursk, about 2,000 North Korean troops remain, officials say.').measure?.id).not.toBe('dprk-troops-initial-deployment');
    expect(one('About 800,000 Russian soldiers, including reservists, are now deployed in Ukraine.').measure?.id).not.toBe('russia-mobilization-2022');
    expect(one('North Korea first sent about 11,000 troops to Russia, Seoul says.').measure?.id).toBe('dprk-troops-initial-deployment');
  });

  it('reads what a side publishes as its voice, not its stock: "a South Korean briefing spoke of 13,000 containers"', () => {
    const text = "Pyongyang's help to Moscow has come in phases. Materiel flows are hard to verify. A South Korean briefing spoke of about 13,000 containers.";
    expect(one(text)).toMatchObject({ measure: { id: 'dprk-containers-to-russia' }, attribution: 'South Korean briefing' });
  });

  it('reads the body a count sizes as the count\'s own words: "triple the original contingent of eleven thousand troops"', () => {
    const text = 'Pyongyang intends to send an additional 25,000 to 30,000 servicemen. This would almost triple the original contingent of eleven thousand troops.';
    const [, original] = checker.check(text);
    expect(original).toMatchObject({ text: 'eleven thousand troops', measure: { id: 'dprk-troops-initial-deployment' } });
  });

  it('reads "the first two months of 2025" as a time, and the reinforcements a question asks about as the answer\'s', () => {
    const text = 'North Korea first sent troops to Kursk in late 2024.\nREP. LEE: And reinforcements?\nNIS: About 3,000 in the first two months of 2025.';
    expect(checker.check(text).map((f) => f.measure?.id)).toEqual(['dprk-troops-reinforcement-early-2025']);
  });

  it('reads what a wire dated in September counts as no part of the July record, though it names the record', () => {
    const text = 'KYIV, Sept 7 (Wire) - Russia launched 810 drones and decoys and 13 missiles at Ukraine overnight, the largest aerial attack of the war and one that surpassed the previous record of 728 drones set on July 9.';
    expect(checker.check(text).map((f) => [f.text, f.measure?.id ?? null])).toEqual([
      ['810 drones and decoys', null],
      ['13 missiles', null],
      ['728 drones', 'russia-drones-record-attack'],
    ]);
  });

  it('never takes a night\'s North Korean missiles, or one region\'s, for the running total fired at Ukraine', () => {
    expect(one('Overnight, Russia fired 12 North Korean KN-23 missiles at Kharkiv, the governor said.').measure).toBeNull();
    expect(one('Since January, our region alone has been hit by 14 North Korean ballistic missiles.').measure).toBeNull();
    expect(one('Ukraine says Russia has fired at least 60 North Korean missiles at its cities.').measure?.id).toBe('dprk-missiles-fired-at-ukraine');
  });

  it('reads a bare count after a toll of the dead as the dead too: "250,000 dead — not the 100,000 some still cite"', () => {
    const [dead, cited] = checker.check('Moscow has lost perhaps 250,000 dead — not the 100,000 some still cite.');
    expect([dead.measure, cited.measure]).toEqual([null, null]);
    const [now, before] = checker.check('Russia has lost 1,000,000 killed or wounded, up from 700,000 a year ago.');
    expect([now.measure?.id, before.measure?.id]).toEqual(['russia-casualties-total', 'russia-casualties-total']);
  });

  it('never takes everything North Korea sent "in total" for its first deployment or its pledged additions', () => {
    expect(one('North Korea has sent about 14,000 troops to Russia in total, Seoul says.').measure).toBeNull();
    expect(one('By the numbers:\n- 14,000: NK troops sent in total').measure).toBeNull();
  });

  it('reads "the 11,000 sent last year" as troops sent, and soldiers back on the front as no deployment of them', () => {
    const text = 'Kyiv says around 3,000 North Korean soldiers have returned to the front in Kursk after retraining, in addition to the 11,000 sent last year.';
    expect(checker.check(text).map((f) => [f.text, f.measure?.id ?? null])).toEqual([
      ['around 3,000 North Korean soldiers', null],
      ['11,000', 'dprk-troops-initial-deployment'],
    ]);
  });

  it('reads "of them" as pointing back to the sentence before, "Kyiv talks of" as a source, and "have gone to Russia" as sent', () => {
    const [, part] = checker.check('North Korea sent 11,000 troops to Kursk. Western officials say around 4,000 of them have been killed or injured, many under Ukrainian drone fire.');
    expect(part.measure?.id).toBe('dprk-casualties-kursk');
    const [more] = checker.check('North Korea has sent troops to Kursk. Kyiv talks of another 25,000-30,000 troops.').slice(-1);
    expect(more).toMatchObject({ measure: { id: 'dprk-troops-additional' }, attribution: 'Kyiv' });
    const [, missiles] = checker.check('Something like 12 million shells have gone to Russia from North Korea, plus perhaps 250 KN-23 missiles.');
    expect(missiles.measure?.id).toBe('dprk-missiles-to-russia');
  });

  it('reads "lose" as "lost": "Did Russia lose two million soldiers?" asks about its running toll', () => {
    expect(one('FACT CHECK\nDid Russia lose two million soldiers? A senator\'s war claims, checked').measure?.id).toBe('russia-casualties-total');
  });

  it('never takes soldiers coming back for soldiers sent, though "in return" is no return', () => {
    expect(one('State media showed Kim Jong Un greeting what it said were 2,000 soldiers returning from Kursk.').measure).toBeNull();
    expect(one('Some 3,000 North Korean troops have returned home from Russia, Seoul says.').measure).toBeNull();
    expect(one('North Korea sent 11,000 troops to Kursk and wants technology in return.').measure?.id).toBe('dprk-troops-initial-deployment');
  });

  it('reads the "more" of "more than" as a hedge on the number, never as "additional" troops', () => {
    expect(one('More than 11,000 North Korean troops are in Russia, Seoul says.').measure?.id).toBe('dprk-troops-initial-deployment');
  });

  it('never takes a production rate for the record attack', () => {
    expect(checker.check('Russia launched a record 728 drones at Kyiv overnight. Officials estimate Moscow is producing about 2,700 Shahed-type drones a month.').map((f) => f.measure?.id ?? null)).toEqual(['russia-drones-record-attack', null]);
  });

  it('reads what stands around a list of figures as said of each: a week\'s drones are not the record night', () => {
    const [drones] = checker.check("After July's record barrage, Russia fired more than 2,000 drones and 1,000 glide bombs in the past week alone.");
    expect([drones.text, drones.measure]).toEqual(['more than 2,000 drones', null]);
  });

  it('never takes a week\'s toll for the running total', () => {
    expect(one("Russia's defence ministry claimed it had killed or wounded 1,500 Ukrainian soldiers over the past week.").measure).toBeNull();
  });

  it('reads a daily toll and the running total it brings in one sentence each for what it is', () => {
    const [daily, total] = checker.check('Russia has lost 1,210 personnel over the past day, bringing its total losses since February 2022 to 1,007,540, the General Staff said.');
    expect([daily.text, daily.measure]).toEqual(['1,210 personnel', null]);
    expect([total.text, total.measure?.id, total.verdict]).toEqual(['1,007,540', 'russia-casualties-total', 'corroborated']);
  });

  it('looks for a required word in the sentence before a figure, never in the one after', () => {
    const findings = checker.check('North Korea sent some 8,000 troops toward Zaporizhzhia. Ukraine\'s army has about 1 million people under arms.');
    expect(findings[0].measure?.id).not.toBe('dprk-army-active-personnel');
    expect(checker.check('North Korea: its standing army.\nPersonnel | 1,280,000').map((f) => f.measure?.id)).toEqual(['dprk-army-active-personnel']);
  });

  it('tells formations of one size from another: two brigades are not two divisions', () => {
    expect(one('North Korea is sending two more divisions to the front, Kyiv says.').measure?.id).toBe('dprk-divisions-additional');
    expect(one('North Korea is sending two more brigades to the front, Kyiv says.').measure).toBeNull();
  });

  it('never takes weapons transferred for an arsenal', () => {
    expect(one('Weapons transfers from Pyongyang reportedly include 200 long-range artillery systems.').measure?.id).not.toBe('dprk-artillery-systems');
  });

  it('never takes a yearly rate of shells for the shells sent in all', () => {
    expect(one("Ukraine's HUR says Russia receives about 3 million shells a year from North Korea.").measure).toBeNull();
  });

  it('reads a part named after "including" as a part of the count, never as its kind', () => {
    expect(one('In all, North Korea has deployed around 14,000 personnel to Russia, including engineers.').measure?.id).not.toBe('dprk-military-builders-kursk');
  });

  it('never takes shells a country makes or stores for shells it sent', () => {
    expect(one('North Korean factories produced 2 million shells last year, analysts estimate.').measure).toBeNull();
    expect(one('North Korea has shipped 12 million shells to Russia, Kyiv says.').measure?.id).toBe('dprk-shells-to-russia');
  });

  it("never ties a figure to a measure whose every report is thirty times larger or smaller: a brigade's dead are not a war's", () => {
    const [, brigade] = checker.check('Ukraine has lost some 400,000 soldiers, Western officials say. The brigade lost 40 soldiers in the assault.');
    expect(brigade.measure).toBeNull();
    expect(brigade.verdict).toBe('unverified');
    // A rival count within that bound is still a conflict.
    expect(one('Ukraine has lost some 100,000 soldiers killed or wounded, Moscow claims.').verdict).toBe('conflicting');
  });

  it('reads a weapon in the plural as its cue: "728 Shaheds" is the record drone attack', () => {
    const f = one('"We counted 728 Shaheds that night," a Ukrainian air force spokesman said of the record Russian attack in July.');
    expect([f.measure?.id, f.verdict]).toEqual(['russia-drones-record-attack', 'corroborated']);
  });

  it("gives a figure to its own clause's subject: a country across a semicolon does not own it", () => {
    const [north, south] = checker.check("North Korea's army, at 1.28 million, is among the world's largest; South Korea fields about 500,000.");
    expect(north.measure?.id).toBe('dprk-army-active-personnel');
    expect(south.measure).toBeNull();
  });

  it('takes "extra" soldiers for additional ones, and a number in words in the next sentence for a count of its own', () => {
    const [extra] = checker.check("Kim Jong Un's regime is getting ready to send as many as 30,000 extra soldiers. Shoigu said the North would also provide five thousand military builders.");
    expect([extra.measure?.id, extra.verdict]).toEqual(['dprk-troops-additional', 'corroborated']);
  });

  it('reads the sentence after a figure for what it counts, unless that sentence counts something of its own', () => {
    const [army] = checker.check("North Korea's army, at 1.28 million, is among the world's largest. South Korea keeps roughly 30 million shells in reserve.");
    expect([army.measure?.id, army.verdict]).toEqual(['dprk-army-active-personnel', 'corroborated']);
    const [builders] = checker.check('Pyongyang will send up to 5,000 military personnel to Russia. The units will consist mainly of military construction workers.');
    expect(builders.measure?.id).toBe('dprk-military-builders-kursk');
  });

  it('needs the words of a cue phrase together: "more" here and "wave" there are not "more waves"', () => {
    const [first] = checker.check('Into this grinder Pyongyang has fed its own men: at least 11,000 in the first wave, according to Seoul, with several thousand more since.');
    expect(first.measure?.id).toBe('dprk-troops-initial-deployment');
  });

  it('reads a country after "alongside the" as a partner, never as whose troops these are', () => {
    expect(one('Russia has deployed about 50,000 troops to the Kursk region, alongside the North Koreans.').measure).toBeNull();
  });

  it("tells apart North and South Korea's artillery systems", () => {
    expect(one('North Korea has more than 20,000 artillery systems.').measure?.id).toBe('dprk-artillery-systems');
    expect(one('South Korea has more than 11,000 artillery systems.').measure?.id).toBe('rok-artillery-systems');
  });
});

describe('Checker: verdicts and sources', () => {
  it('marks a later differing estimate as newer and an earlier one as older', () => {
    const f = one('Around 4,000 North Korean soldiers have been killed or wounded in Kursk.');
    expect(f.verdict).toBe('corroborated');
    const nis = f.sources.find((s) => s.report.value.low === 4700)!;
    expect(nis.stance).toBe('differs');
    expect(nis.relation).toBe('newer');
  });

  it("shows a report whose quote stands in the page as this page's own, never as corroboration", () => {
    const seed = readFileSync(join(__dirname, '../../../../shared/seeds/000_3cec2df50b812ee5.txt'), 'utf8');
    const sappers = checker.check(seed).find((f) => f.measure?.id === 'dprk-sappers-kursk')!;
    expect(sappers.sources.map((s) => s.stance)).toEqual(['own']);
    expect(sappers.verdict).toBe('unverified');
    const pokrovsk = checker.check(seed).find((f) => f.measure?.id === 'russia-troops-pokrovsk')!;
    expect(pokrovsk.sources.find((s) => s.publication.source.startsWith('000'))?.stance).toBe('own');
    expect(pokrovsk.verdict).toBe('corroborated');
  });

  it('hides figures of a category or topic the reader switched off', () => {
    const text = 'North Korea sent 9 million shells to Russia. Russia has 110,000 troops near Pokrovsk.';
    expect(checker.check(text, { categories: new Set(['troops']) }).map((f) => f.category)).toEqual(['troops']);
    expect(checker.check(text, { hiddenTopics: new Set(['russian-forces']) }).map((f) => f.measure?.id)).toEqual(['dprk-shells-to-russia']);
  });

  it('explains a match by its actor, place and cue words', () => {
    const f = one('Russia keeps 110,000 troops massed near Pokrovsk.');
    expect(f.why).toMatchObject({ actor: 'russia', place: 'pokrovsk' });
    expect(f.why?.cues).toContain('massed');
  });
});

describe('Checker: where a thing was said is not where it happened', () => {
  it('matches "1,000 deminers ..., Shoigu announced in Pyongyang" to the sappers sent to Kursk', () => {
    const [deminers] = checker.check('A further 1,000 deminers will follow to clear mines, Shoigu announced in Pyongyang.');
    expect(deminers.measure?.id).toBe('dprk-sappers-kursk');
    expect(deminers.verdict).toBe('corroborated');
  });

  it("never lets a place named only in a sentence's far tail say where a toll was taken", () => {
    const toll = one("Russia's casualties have passed one million killed and wounded since the invasion, British intelligence says, as Moscow steps up recruitment in Africa.");
    expect([toll.measure?.id, toll.verdict]).toEqual(['russia-casualties-total', 'corroborated']);
    expect(one('Russia lost about 1,000 soldiers killed in Syria.').measure).toBeNull();
  });
});

describe("Checker: another state's wars", () => {
  it('reads "Korean" alone as North Korean, as translations write it, and the Korean War as no side', () => {
    const text = 'Around 11 thsd. of Korean military were sent there in autumn, and losses made up to 4 thsd. people.';
    expect(checker.check(text).map((f) => [f.measure?.id, f.verdict])).toEqual([
      ['dprk-troops-initial-deployment', 'corroborated'],
      ['dprk-casualties-kursk', 'corroborated'],
    ]);
    expect(one('Some 1.8 million Chinese troops fought in the Korean War.').measure).toBeNull();
  });

  it('never gives the Soviet Union\'s troops to Russia: "In Afghanistan the Soviet Union kept about 100,000 troops"', () => {
    const text = "Gressel estimates Moscow needs 30,000 new soldiers to replenish its losses. In Afghanistan the Soviet Union kept about 100,000 troops for a decade.";
    expect(checker.check(text).map((f) => f.measure?.id ?? null)).toEqual(['russia-troops-needed', null]);
  });
});

describe('Checker: the two ends of a revision', () => {
  it('share where and what: "revised its estimate of troops in Kursk down from 12,000 to 11,000"', () => {
    const text = 'Seoul revised its estimate of North Korean troops in Kursk down from 12,000 to 11,000.';
    expect(checker.check(text).map((f) => f.measure?.id)).toEqual(['dprk-troops-initial-deployment', 'dprk-troops-initial-deployment']);
  });
});

describe('Checker: a few days\' toll is no running total', () => {
  it('leaves "around 1,400 North Korean soldiers in three days" without the Kursk total\'s measure', () => {
    expect(one("Ukraine's forces killed or wounded around 1,400 North Korean soldiers in three days, Zelensky said.").measure).toBeNull();
    expect(one('Russia lost 4,000 soldiers in two days near Pokrovsk.').measure).toBeNull();
  });
});

describe('Checker: a day\'s toll in a translated bulletin is no running total', () => {
  it('leaves "lost … over the day 400 soldiers, of them North Korean mercenaries" without the Kursk total\'s measure', () => {
    expect(one('The enemy lost in the Kursk direction over the day 400 soldiers, of them North Korean mercenaries.').measure).toBeNull();
    expect(one('During the day Russia lost 1,100 soldiers, the General Staff said.').measure).toBeNull();
  });
});

describe('Checker: what a state gives another', () => {
  it('reads missiles North Korea "has given" Russia, or listed under its "support", as sent', () => {
    expect(one('North Korea has given Russia some 250 ballistic missiles.').measure?.id).toBe('dprk-missiles-to-russia');
    const table = 'Estimates of North Korean support to Russia\nItem | Estimate\nBallistic missiles | 250';
    expect(one(table).measure?.id).toBe('dprk-missiles-to-russia');
  });
});

describe('Checker: who gives a figure, named after it, does not own the count', () => {
  it('reads "the number Seoul used" and "Kyiv keeps saying" as sources, tying the shells to no South Korean stockpile', () => {
    const text = 'GUEST: The South Koreans said eleven thousand. And Kyiv keeps saying the losses are enormous.\n\nHOST: And the shells?\n\nGUEST: Nine, ten million rounds. That\'s the number Seoul used in the autumn.';
    expect(checker.check(text).map((f) => [f.text, f.measure?.id ?? null])).toEqual([['Nine, ten million rounds', null]]);
    // The side that sends still owns its shells, whoever gives the figure after them.
    expect(one('North Korea has sent 12 million shells, the figure Seoul gave last week.').measure?.id).toBe('dprk-shells-to-russia');
  });
});

describe('Checker: "the country" points back to the country named before', () => {
  it('reads "… in the DPRK. The country maintains 1.28 million active-duty personnel" as North Korea\'s', () => {
    const text = 'The report examines the human cost of militarization in the DPRK. The country maintains 1.28 million active-duty personnel.';
    expect(one(text).measure?.id).toBe('dprk-army-active-personnel');
  });
});

describe('Checker: before the war, and what one of a kind typically holds', () => {
  it('ties "Before the full-scale invasion, Russia had around 190,000 troops on Ukraine\'s borders" to no measure of today', () => {
    expect(one("Before the full-scale invasion, Russia had around 190,000 troops on Ukraine's borders.").measure).toBeNull();
    // A war that has not yet ended is no time before it.
    expect(one('Before the war ends, Russia will have lost 1 million soldiers killed or wounded.').measure?.id).toBe('russia-casualties-total');
  });

  it('ties "A North Korean infantry division typically has 10,000 to 12,000 soldiers" to no deployment', () => {
    expect(one('A North Korean infantry division typically has 10,000 to 12,000 soldiers.').measure).toBeNull();
    expect(one('North Korea usually keeps 1.28 million soldiers under arms.').measure?.id).toBe('dprk-army-active-personnel');
  });
});

describe('Checker: a part named by "of whom"', () => {
  it('ties "of whom over 3,000 had moved up to the front" to no measure when its whole holds that measure', () => {
    const text = 'The NIS spoke of more than 10,000 North Korean troops sent to Russia, of whom over 3,000 had moved up to the front.';
    expect(checker.check(text).map((f) => f.measure?.id ?? null)).toEqual(['dprk-troops-initial-deployment', null]);
  });

  it('keeps a part that is a count of another measure: "1.3 million active personnel, of whom about 700,000 are deployed in Ukraine"', () => {
    const text = 'Russia has 1.3 million active personnel, of whom about 700,000 are deployed in Ukraine.';
    expect(checker.check(text).map((f) => f.measure?.id ?? null)).toEqual([null, 'russia-troops-in-ukraine']);
  });
});

describe('Checker: men who sign contracts are no mobilisation', () => {
  it('ties "more than 190,000 men have signed contracts" to no measure of the 2022 call-up', () => {
    const text = 'In 2022 Russia had to carry out a partial mobilisation. Since January, more than 190,000 men have signed contracts voluntarily.';
    expect(one(text).measure).toBeNull();
  });
});

describe('Checker: a kind one sender sends, its sender unnamed', () => {
  it('ties "24,000 containers shipped to Russia" to the containers North Korea shipped, with no sender named', () => {
    expect(one('Satellite images show 24,000 containers shipped to Russia via the port.').measure?.id).toBe('dprk-containers-to-russia');
  });

  it('ties nothing when another sender is named, or when the kind has two senders toward that counterpart', () => {
    expect(one('Iran shipped 10,000 containers to Russia.').measure).toBeNull();
    // Missiles fired at Ukraine are Russia's and North Korea's both.
    expect(one('Overnight, 31 missiles were fired at Ukraine.').measure).toBeNull();
  });
});

describe('Checker: chronologies by year and then-and-now rows', () => {
  it('reads "2023: about 250,000" under a heading of losses as that year\'s toll, and the running total under them as the total', () => {
    const text = 'RUSSIAN LOSSES, YEAR BY YEAR (killed and wounded)\n2022: about 100,000\n2024: about 400,000\nRunning total: about 1,000,000.';
    expect(checker.check(text).map((f) => [f.text, f.category, f.measure?.id ?? null])).toEqual([
      ['about 100,000', 'casualties', null],
      ['about 400,000', 'casualties', null],
      ['about 1,000,000', 'casualties', 'russia-casualties-total'],
    ]);
  });

  it('sets only the cell that names 1950 in the past: "about 135,000 in 1950 | about 1.28 million today"', () => {
    const text = "THEN AND NOW | North Korea's armed forces\nActive-duty troops: about 135,000 in 1950 | about 1.28 million today";
    expect(checker.check(text).map((f) => f.measure?.id ?? null)).toEqual([null, 'dprk-army-active-personnel']);
  });
});

describe('Checker: countries the claim data never names', () => {
  it('gives "Burundi, which has some 3,000 troops in Somalia" to Burundi, not to the Pyongyang of the sentence before', () => {
    const text = 'An analyst says Pyongyang could earn about $250 million a year by deploying 10,000 troops for Russia. Burundi, which has some 3,000 troops in Somalia, relies on allowances paid through the African Union.';
    expect(checker.check(text).map((f) => f.measure?.id ?? null)).toEqual(['dprk-troops-earnings-scenario', null]);
  });

  it('lends such a country to no count of the sentence after it', () => {
    const text = 'Not since the Korean War has Pyongyang sent soldiers abroad in such numbers. In 1973 a handful of pilots flew for Egypt. The 11,000 who went to Kursk in 2024 dwarf that.';
    expect(checker.check(text).map((f) => f.measure?.id ?? null)).toEqual(['dprk-troops-initial-deployment']);
  });
});

describe('Checker: a markdown table whose title names the side and whose columns name who estimates', () => {
  it('reads "| Killed or wounded | 4,700 |" as a toll of the title\'s North Koreans, under a column headed "Seoul (NIS)"', () => {
    const text = '**Two estimates compared: North Korean forces in Kursk**\n\n| | Seoul (NIS) | Moscow-aligned bloggers |\n|---|---|---|\n| Troops first deployed, late 2024 | 11,000–12,000 | similar |\n| Killed or wounded | 4,700 | under 1,000 |';
    expect(checker.check(text).map((f) => [f.text, f.category, f.measure?.id ?? null])).toEqual([
      ['11,000–12,000', 'troops', 'dprk-troops-initial-deployment'],
      ['4,700', 'casualties', 'dprk-casualties-kursk'],
      ['under 1,000', 'casualties', 'dprk-casualties-kursk'],
    ]);
  });
});

describe('Checker: "our country" in a head of state\'s address', () => {
  it('gives "our country, which holds an estimated 30 million artillery shells" to the country whose president speaks', () => {
    const text =
      'Address to the Nation by the President of the Republic of Korea\nNorth Korea is sending its young men to die in a war far from home.\nSome abroad say our country, which holds an estimated 30 million artillery shells, could decide this war.';
    expect(checker.check(text).map((f) => f.measure?.id ?? null)).toEqual(['rok-shell-stockpile']);
  });
});

describe('Checker: "reckons … at"', () => {
  it('reads the count a source "reckons" a toll at: "Seoul reckons North Korea\'s casualties in Kursk at a touch over 4,700"', () => {
    expect(one("Seoul reckons North Korea's casualties in Kursk at a touch over 4,700.").measure?.id).toBe('dprk-casualties-kursk');
  });
});

describe('Checker: who speaks for a country does not own the count', () => {
  it('reads "Russia\'s Sergei Shoigu announced" as a source, leaving the builders North Korea\'s', () => {
    const text = 'North Korea is now sending construction troops to rebuild Kursk. Russia\'s Sergei Shoigu announced in June that 5,000 military builders would go.';
    expect(checker.check(text).map((f) => [f.measure?.id, f.verdict])).toEqual([['dprk-military-builders-kursk', 'corroborated']]);
  });
});

describe('Checker: recruits, exercises and the force that first invaded are other counts', () => {
  const ids = (text: string) => checker.check(text).map((f) => f.measure?.id ?? null);

  it('never takes soldiers signed up for the soldiers needed', () => {
    expect(ids('Moscow needs about 30,000 new soldiers a month to replace its losses, and says it is signing up 30,000 to 35,000 contract soldiers a month.')).toEqual([
      'russia-troops-needed',
      null,
    ]);
  });

  it('never takes troops at an exercise for troops deployed', () => {
    expect(ids('Separately, about 11,000 North Korean troops are taking part in exercises with Russian units near Vladivostok.')).toEqual([null]);
  });

  it("never takes the force of February 2022 for Russia's troops in Ukraine now", () => {
    expect(ids("Russia's force that invaded Ukraine in February 2022 numbered about 190,000 troops.")).toEqual([null]);
  });

  it('reads containers that "have gone to Russia" as shipped', () => {
    expect(ids('More than 28,000 containers of North Korean munitions have gone to Russia since 2023, Seoul says.')).toEqual(['dprk-containers-to-russia']);
  });
});

describe('Checker: parts named after "counting"', () => {
  it('never gives a count a kind from the parts it is said to count: "15,000, counting the engineers and deminers"', () => {
    const figures = checker.check('How many North Korean troops are in Russia today? Our estimate is around 15,000, counting the engineers and deminers who arrived in summer.');
    expect(figures.map((f) => [f.text, f.measure?.id ?? null])).toEqual([['around 15,000', null]]);
  });
});

describe('Checker: who puts a figure at a value says it, and does not own it', () => {
  it('reads "Seoul puts the toll at 4,700" as Seoul\'s estimate of a North Korean toll', () => {
    const figures = checker.check("Pyongyang admits its soldiers died in Kursk.\nState media speak of deaths for the first time as Seoul puts the toll at 4,700 killed or wounded.");
    expect(figures.map((f) => [f.text, f.measure?.id ?? null])).toEqual([['4,700 killed', 'dprk-casualties-kursk']]);
  });
});

describe('Checker: a relative clause after a figure', () => {
  it('never lets a country named in ", where …" after a figure say whose the figure is', () => {
    const text = 'How many North Korean troops are in Russia?\n\nThe numbers are disputed.\n\nUS officials gave a range: 11,000 to 12,000 troops sent to the Kursk region, where Ukrainian forces had held territory since August.';
    expect(checker.check(text).map((f) => [f.text, f.measure?.id ?? null])).toEqual([['11,000 to 12,000 troops', 'dprk-troops-initial-deployment']]);
  });
});

describe('Checker: asides, sectors and totals in long articles', () => {
  const ids = (text: string) => checker.check(text).map((f) => [f.text, f.measure?.id ?? null]);

  it('never reads an aside (", which publishes a daily tally,") as words about the figure', () => {
    expect(ids("Ukraine's General Staff, which publishes a daily tally, said Russia had lost more than 1.1 million troops killed and wounded since February 2022.")).toEqual([
      ['more than 1.1 million troops', 'russia-casualties-total'],
    ]);
  });

  it('never reads "larger" as "largest": a unit\'s drones on a bad day are not the record raid', () => {
    expect(ids("On a bad day, the team counts more than 500 Russian drones over its stretch of front, from FPVs to the larger Molniya models.")).toEqual([
      ['more than 500 Russian drones', null],
    ]);
  });

  it('gives what a verb puts "at" a count to that count: "… 1.28 million active-duty personnel, and puts its reserves at 7.6 million"', () => {
    expect(ids("The white paper estimates North Korea's armed forces at about 1.28 million active-duty personnel, and puts its reserves, including the Red Guards, at 7.6 million.")).toEqual([
      ['about 1.28 million active-duty personnel', 'dprk-army-active-personnel'],
      ['7.6 million', 'dprk-army-reserve'],
    ]);
  });

  it('never takes a raid in another month for the July record, however large', () => {
    expect(ids('The largest attack so far came on September 7, when Russia launched 810 drones and decoys in a single night.')).toEqual([
      ['810 drones and decoys', null],
    ]);
  });

  it('reads "a year ago" as a time, never as the rate "a year" that rules a total out', () => {
    const [now, then] = checker.check('Kyiv now says 12 million shells have been sent from Pyongyang, up from the 9 million Seoul counted a year ago.');
    expect([now.measure?.id, then.measure?.id, then.verdict]).toEqual(['dprk-shells-to-russia', 'dprk-shells-to-russia', 'corroborated']);
    expect(checker.check('Pyongyang can now make about 2 million shells a year for Russia.')[0].measure).toBeNull();
  });

  it('never takes a part of a year ("in the first half of the year alone") for a running total', () => {
    expect(checker.check('Budanov said some 4 million North Korean shells reached Russia in the first half of the year alone.')[0].measure).toBeNull();
    expect(checker.check('Russia lost about 400,000 soldiers killed or wounded this year alone, Kyiv says.')[0].measure).toBeNull();
  });

  it("never takes one axis's toll for the war's", () => {
    expect(ids('About 40,000 Russian soldiers have been killed or wounded on the Pokrovsk axis since the summer.')).toEqual([['About 40,000 Russian soldiers', null]]);
  });

  it('never takes everything sent "in total" for the builders, the sappers or a further wave', () => {
    const [f] = checker.check('Counting everything — the first wave, the replacements and the engineers — Seoul puts the number of North Koreans sent at roughly 20,000 in total.');
    expect(f.text).toBe('roughly 20,000');
    expect(f.measure?.id ?? '').not.toMatch(/builders|sappers|further-waves/);
  });
});

describe('Checker: whose is "the enemy"', () => {
  it('reads "the enemy" as resolved by who speaks, and "the occupiers" as Russia: "Ukraine\'s military said the occupiers lost …"', () => {
    const [f] = extractFigures("Ukraine's military said the occupiers lost more than 3,000 killed and wounded near Kupiansk last month.");
    // Ukraine only speaks; Kupiansk lends it nothing, since the toll is the one the occupiers lost.
    expect(f.actors).toEqual({ ukraine: 0.5, russia: 2.5 });
    expect(extractFigures('The enemy lost more than 3,000 killed and wounded near the river.')[0].actors).toEqual({ enemy: 2.5 });
  });

  it('reads "the aggressor", in Kyiv\'s official words, as the enemy too', () => {
    const [f] = extractFigures("Ukraine's General Staff said the aggressor lost 1,040 soldiers over the past day.");
    expect(f.actors.russia).toBe(2.5);
  });

  it("reads the enemy as the other side of a speaker who names one: Ukraine's General Staff's enemy is Russia", () => {
    const [f] = checker.check("Ukraine's General Staff said the enemy had lost about 1,150,000 troops killed and wounded since February 2022.");
    expect([f.measure?.id, f.verdict]).toEqual(['russia-casualties-total', 'corroborated']);
  });

  it('reads the enemy of a tally under a header naming one side\'s general staff as the other side', () => {
    const post = 'General Staff of the Armed Forces of Ukraine\nTotal combat losses of the enemy from 24.02.2022 to 25.07.2025\npersonnel ‒ about 1,050,120 (+1,080) persons';
    expect(checker.check(post)[0].measure?.id).toBe('russia-casualties-total');
    // A header naming both sides' voices says nothing of whose enemy it is.
    const both = "Ukraine's General Staff and Russia's defence ministry\nTotal combat losses of the enemy\npersonnel ‒ about 1,050,120 persons";
    expect(checker.check(both)[0].measure).toBeNull();
  });

  it('never gives the losses of "the enemy" to whoever else the passage names', () => {
    const figures = checker.check(
      "The enemy's losses in the Kursk operation exceeded 50,000 servicemen killed and wounded, the general said. He praised the Korean People's Army troops who fought there.",
    );
    expect(figures.map((f) => f.measure?.id ?? null)).toEqual([null]);
  });
});

describe('Checker: a night\'s raid, a day\'s intake and a running total, in the words of a daily wire story', () => {
  const judged = (text: string) => checker.check(text).map((f) => [f.text, f.category, f.measure?.id ?? null]);

  it('never takes "one of the largest" raids for the largest', () => {
    expect(judged('Russia fired 502 drones and 37 missiles at Ukraine overnight in one of the largest attacks of the year.')).toEqual([
      ['502 drones', 'munitions', null],
      ['37 missiles', 'munitions', null],
    ]);
  });

  it('takes a raid compared with the record for no record, and the record it is compared with for the record', () => {
    expect(judged('Russia launched 475 drones and 48 missiles at Ukraine overnight, the heaviest raid since the record attack in July, when some 700 drones and 13 ballistic missiles were sent.')).toEqual([
      ['475 drones', 'munitions', null],
      ['48 missiles', 'munitions', null],
      ['some 700 drones', 'munitions', 'russia-drones-record-attack'],
      ['13 ballistic missiles', 'munitions', 'russia-missiles-record-attack'],
    ]);
    expect(judged('Russia sent 400 drones overnight, fewer than in the record raid.')).toEqual([['400 drones', 'munitions', null]]);
    expect(judged('In the largest attack since the invasion began, Russia sent 728 drones.')).toEqual([['728 drones', 'munitions', 'russia-drones-record-attack']]);
  });

  it('gives projectiles aimed at a side, with no one named as firing them, to its opponent', () => {
    expect(judged('In July, during the biggest air raid of the war, more than 800 drones crossed into Ukrainian airspace in a single night.')).toEqual([
      ['more than 800 drones', 'munitions', 'russia-drones-record-attack'],
    ]);
    const [figure] = extractFigures('Overnight, 500 drones were launched at Ukraine.');
    expect(figure.actors.russia).toBeGreaterThan(figure.actors.ukraine ?? 0);
  });

  it('reads the total a day\'s losses bring as losses, not troops', () => {
    expect(judged("Ukraine's General Staff put Russian losses over the past day at 1,020 troops, bringing the total since February 2022 to about 1,150,000.")).toEqual([
      ['1,020 troops', 'casualties', null],
      ['about 1,150,000', 'casualties', 'russia-casualties-total'],
    ]);
  });

  it('never takes troops held in reserve, or "another" group of them, for the troops massed or their rise', () => {
    expect(judged('Russia has massed about 110,000 soldiers around Pokrovsk, with another 40,000 held in reserve.')).toEqual([
      ['about 110,000 soldiers', 'troops', 'russia-troops-pokrovsk'],
      ['40,000', 'troops', null],
    ]);
  });

  it('never takes the total a new contingent lifts a presence to for any one contingent', () => {
    expect(judged('North Korea will send 1,000 deminers and 5,000 builders to Kursk, which would lift its personnel in Russia to well above 15,000.').at(-1)).toEqual([
      'well above 15,000',
      'troops',
      null,
    ]);
  });

  it('never takes a unit\'s size for a deployment, nor a brigade that fought "alongside a" North Korean unit for North Korea\'s', () => {
    expect(judged('Moscow says the brigade, some 2,500 strong, fought alongside a North Korean battalion of roughly 500 men near Sudzha.')).toEqual([
      ['some 2,500 strong', 'troops', null],
      ['roughly 500 men', 'troops', null],
    ]);
  });

  it('never takes soldiers rebuilding flooded villages at home for the builders sent to Kursk', () => {
    expect(judged('Kim Jong Un ordered 1,000 soldiers to rebuild the flooded villages near Sinuiju.')).toEqual([['1,000 soldiers', 'troops', null]]);
  });

  it('never takes an overall contingent for the reinforcements named beside it', () => {
    expect(judged('About 3,000 North Korean troops arrived in early 2025, while Seoul put the overall contingent at roughly 14,000.')).toEqual([
      ['About 3,000 North Korean troops', 'troops', 'dprk-troops-reinforcement-early-2025'],
      ['roughly 14,000', 'troops', null],
    ]);
  });

  it("never takes a year's recruits for the soldiers needed each month", () => {
    expect(judged('Russia has recruited more than 400,000 contract soldiers this year to replace its losses, Medvedev claimed.')).toEqual([
      ['more than 400,000 contract soldiers', 'troops', null],
    ]);
  });

  it('never takes an increase ordered by decree for the rise in troops at war', () => {
    expect(judged("In September Putin ordered an increase of 180,000 troops in Russia's army.")).toEqual([['180,000 troops', 'troops', null]]);
  });

  it("never takes a day's recruits for a deployment named in the article's lede", () => {
    expect(judged('North Korea has sent troops to Kursk. The Kremlin said 1,200 contract soldiers sign up every day.').at(-1)).toEqual([
      '1,200 contract soldiers',
      'troops',
      null,
    ]);
  });
});

describe('Checker: what might happen is not what happened', () => {
  it('never takes troops a country "might deploy" for the troops it deployed', () => {
    expect(one('Analysts say Pyongyang might deploy 11,000 troops to Kursk if Moscow asks.').measure?.id).not.toBe('dprk-troops-initial-deployment');
    expect(one('North Korea deployed 11,000 troops to Kursk last autumn.').measure?.id).toBe('dprk-troops-initial-deployment');
  });
});

describe('Checker: a toll its subject lost is the subject\'s, wherever it fell', () => {
  it('never gives a toll Russia\'s forces lost at Bakhmut to Ukraine for the place', () => {
    expect(one('Wagner lost something like 20,000 just at Bakhmut.').measure).toBeNull();
    expect(one('Ukraine has lost 400,000 soldiers, including the wounded.').measure?.id).toBe('ukraine-casualties-total');
  });
});

describe('Checker: "there" points to the place of the sentence before', () => {
  it('gives a toll "there" the place and its country, as if the place were named', () => {
    const text = 'Pokrovsk has its own grim place in local memory. In January 2024 a North Korean missile slammed into a street there, killing eleven civilians.';
    expect(checker.check(text).map((f) => [f.text, f.measure?.id ?? null])).toEqual([['eleven civilians', 'civilians-killed-pokrovsk-2024']]);
  });
});

describe("Checker: Russia's own words for its war, and its paper strength", () => {
  it('reads troops in the "special military operation" zone as troops in Ukraine, and an authorised strength as no deployment', () => {
    expect(one("Putin repeated his claim that some 700,000 Russian servicemen are serving in the 'special military operation' zone.").measure?.id).toBe('russia-troops-in-ukraine');
    expect(one("Putin signed a decree raising the army's authorised strength to 1.5 million servicemen.").measure).toBeNull();
    expect(one('Wagner alone had enlisted about 50,000 prisoners by early 2023.').measure).toBeNull();
  });
});

describe('Checker: the North and the South', () => {
  it('reads "the North" and "the South" as the two Koreas where they act, never as a region', () => {
    expect(one('Seoul worries that the North will send another 30,000 troops.').measure?.id).toBe('dprk-troops-additional');
    expect(one('The South has some 30 million shells in reserve.').measure?.id).toBe('rok-shell-stockpile');
    expect(one('Fighting continued in the North, where the brigade sent 30,000 troops.').measure).toBeNull();
  });

  it('never gives a count to the side it is compared with: "the South\'s forces, about 500,000 troops, fewer than the North"', () => {
    expect(one("The South's armed forces, about 500,000 troops strong, are fewer than the North's but far more modern.").measure).toBeNull();
  });
});

describe('Checker: words that rule a measure out', () => {
  it('rules a measure out by a phrase only as written: "last week" is not "in weeks", nor "days earlier" "in days"', () => {
    const [drones, missiles] = checker.check('Last week Russia had launched a then-record 728 drones and 13 cruise and ballistic missiles at Kyiv.');
    expect(drones.measure?.id).toBe('russia-drones-record-attack');
    expect(missiles.text).toBe('13 cruise and ballistic missiles');
    expect(missiles.measure?.id).toBe('russia-missiles-record-attack');
    expect(one('Russia fires some 700 drones per day at Ukraine, a record pace.').measure).toBeNull();
    expect(one('Russia lost 40,000 soldiers killed or wounded over the previous month, Kyiv said.').measure).toBeNull();
  });
});

describe('Checker: probes of held-out set 3, in sentences of our own', () => {
  it('reads a month as tables shorten it: "Strength (DPRK): 11,000–12,000 (Nov 2024)"', () => {
    expect(one('Strength (DPRK): 11,000–12,000 (Nov 2024)').measure?.id).toBe('dprk-troops-initial-deployment');
  });

  it('reads a running total brought "since February 2022 to roughly 970,000"', () => {
    const f = one("That pushes Kyiv's count of Russian troops killed, wounded, captured or missing since February 2022 to roughly 970,000.");
    expect(f.measure?.id).toBe('russia-casualties-total');
    expect(f.verdict).toBe('corroborated');
  });

  it('reads "on Ukrainian soil" as a place: Moscow\'s 600,000 soldiers there are its troops in Ukraine', () => {
    expect(one('By Kyiv\'s reckoning, Moscow now has more than 600,000 soldiers fighting on Ukrainian soil.').measure?.id).toBe('russia-troops-in-ukraine');
  });

  it('never takes the second-heaviest raid for the record, and keeps the record named beside it', () => {
    const figures = checker.check("Russia fired 479 drones at Ukraine overnight, the second-heaviest raid of the war after July's record attack, in which 728 drones were launched.");
    expect(figures.map((f) => [f.text, f.measure?.id ?? null])).toEqual([
      ['479 drones', null],
      ['728 drones', 'russia-drones-record-attack'],
    ]);
  });
});

describe('Checker: a word of another figure\'s own phrase', () => {
  it('never ties a figure to a measure by a cue inside another figure\'s phrase: the "more" of "30,000 more soldiers"', () => {
    const [needed, army] = checker.check(
      'In this episode: why Russia needs 30,000 more soldiers a month, how Pyongyang earns billions from the deal, and what 1.28 million North Korean soldiers mean for Seoul.',
    );
    expect(needed.measure?.id).toBe('russia-troops-needed');
    expect(army.text).toBe('1.28 million North Korean soldiers');
    expect(army.measure).toBeNull();
  });
});

describe('Checker: probes of held-out set 4, in sentences of our own', () => {
  it('reads "General Syrskyi\'s number is about 110,000" as whose estimate it is, with the question\'s troops and place', () => {
    const f = one('Q: How many Russian troops are massed around Pokrovsk?\nA: General Syrskyi\'s number is about a hundred and ten thousand, on that one stretch of the front.');
    expect(f.measure?.id).toBe('russia-troops-pokrovsk');
  });

  it('never ties a level a change reached or left to the measure of the change: "grown to about 695,000, up from 600,000"', () => {
    const figures = checker.check('Kyiv says the Russian force inside Ukraine has grown to about 695,000 troops, up from 600,000 last autumn, a rise of roughly 95,000.');
    expect(figures.map((f) => f.measure?.id ?? null)).toEqual(['russia-troops-in-ukraine', 'russia-troops-in-ukraine', 'russia-troops-increase']);
  });

  it('reads "bringing its count since the full-scale invasion to 1,040,000" as the running total of losses', () => {
    const [day, total] = checker.check("Kyiv's general staff puts Russian losses over the past day at 1,030 soldiers, bringing its count since the full-scale invasion to 1,040,000.");
    expect([day.measure, total.category, total.measure?.id]).toEqual([null, 'casualties', 'russia-casualties-total']);
  });

  it('reads "many Russian regions" and "Ukrainian cities" as places, not as whose troops a figure counts', () => {
    const [troops] = checker.check(
      "Pyongyang's bargain is easy to state. A country with an economy smaller than that of many Russian regions has sent what officials reckon is around 11,000 soldiers to the Kursk front.",
    );
    expect(troops.measure?.id).toBe('dprk-troops-initial-deployment');
  });

  it('ties one load of a delivery to no total: "a single convoy of ships in October carried 1,800 containers"', () => {
    const figures = checker.check('Imagery suggests more than 28,000 containers have gone from North Korea to Russia since 2023, and a single convoy of ships in October carried 1,800 containers.');
    expect(figures.map((f) => f.measure?.id ?? null)).toEqual(['dprk-containers-to-russia', null]);
    expect(one('North Korea shipped about 1,800 containers to Russia in one shipment last week.').measure).toBeNull();
    expect(one('Convoys from Rajin have carried more than 20,000 containers to Russia since 2023.').measure?.id).toBe('dprk-containers-to-russia');
  });

  it('reads "the occupiers" and "the invaders" as Russia\'s forces with no speaker named', () => {
    const f = one('The spokesman of the Eastern group told that near Pokrovsk the occupiers keep concentrated about 150 thousand personnel.');
    expect([f.measure?.id, f.verdict]).toEqual(['russia-troops-pokrovsk', 'conflicting']);
  });

  it('ties a running total with no casualty word of its own to the war\'s total: "bringing its total to well over 950,000"', () => {
    const [daily, total] = checker.check("Britain's Ministry of Defence estimates that Russia suffered more than 1,000 casualties per day through the spring, bringing its total to well over 950,000.");
    expect([daily.measure, total.measure?.id]).toEqual([null, 'russia-casualties-total']);
  });

  it('ties "another 3,000 troops in January" to the January–February reinforcement, not to the later pledge', () => {
    expect(one("Pyongyang sent another 3,000 troops in January, Seoul's NIS said.").measure?.id).toBe('dprk-troops-reinforcement-early-2025');
  });

  it('reads a side named after "including" as a part of a force, not as its owner', () => {
    expect(one('Russia has amassed a force of about 50,000 near Kursk, including North Korean troops.').measure).toBeNull();
  });

  it('ties troops that "remain" to no deployment: what is left is no count of what was sent', () => {
    const [remaining] = checker.check('Under 2,000 North Korean soldiers remain in Kursk today, Kyiv believes; during the February counter-attacks they lost about 100 men a day.');
    expect(remaining.measure).toBeNull();
  });

  it('ties what factories "can turn out" to no delivery', () => {
    expect(checker.check("Russia now produces about 3 million shells a year, while North Korea's factories can turn out some two million.").map((f) => f.measure)).toEqual([null, null]);
  });

  it('ties troops that "could be sent" to the additional troops, never to the contingent already sent', () => {
    expect(one('Over 25,000 North Korean troops could be sent to Russia in 2025, Seoul warned.').measure?.id).toBe('dprk-troops-additional');
  });

  it('reads the verb before a list\'s first item as every item\'s: "lost 12 tanks and 300 men"', () => {
    expect(checker.check('The brigade lost 12 tanks and 300 men near Pokrovsk.').map((f) => f.category)).toEqual(['munitions', 'casualties']);
  });

  it('ties men "being readied" to "treble" a commitment to the additional troops pledged', () => {
    expect(one("Officials believe up to 30,000 North Korean men are being readied for the front, which would treble Pyongyang's commitment.").measure?.id).toBe('dprk-troops-additional');
  });

  it('ties "massed 80,000 of its own men near Pokrovsk" to the Pokrovsk grouping: "men" names no kind', () => {
    expect(one('Moscow has massed 80,000 of its own men near Pokrovsk.').measure?.id).toBe('russia-troops-pokrovsk');
  });

  it('reads "further north" as a direction, and troops "beside the North Koreans" as not North Korea\'s', () => {
    const marines = one("Further north, Russia's 810th Naval Infantry Brigade, whose 2,300 marines fought beside the North Koreans in Kursk, was rushed in.");
    expect(marines.measure).toBeNull();
  });

  it('reads a place beyond another figure of the sentence as that figure\'s, not as where this one is', () => {
    const [pokrovsk, contingent] = checker.check(
      "Russia's summer offensive around Pokrovsk (roughly 70,000 troops, by a Western estimate) has stalled, while North Korea's first contingent (some 11,000 men) has been pulled back.",
    );
    expect(pokrovsk.measure?.id).toBe('russia-troops-pokrovsk');
    expect(contingent.measure?.id).toBe('dprk-troops-initial-deployment');
  });

  it('never gives a figure the owner of another figure when the sentence names its own subject', () => {
    const [russian, korean] = checker.check('Russia massed some 50,000 of its own soldiers in the Kursk region, fighting alongside roughly 11,000 troops from North Korea.');
    expect(russian.measure).toBeNull();
    expect(korean.measure?.id).toBe('dprk-troops-initial-deployment');
  });

  it('reads where drones were fired at as the target, and "in Kyiv\'s largest attack" as whose attack', () => {
    const figures = checker.check("Ukraine launched 337 drones at Russia overnight, 91 of them at the Moscow region, in Kyiv's largest drone attack of the war.");
    expect(figures.map((f) => f.measure)).toEqual([null, null]);
  });

  it('reads a General Staff tally: losses "amount to 1 069 000 personnel, including 920 persons over the past day"', () => {
    const [total, day] = checker.check('The total combat losses of the Russian occupiers from 24.02.2022 to 20.08.2025 amount to approximately 1 069 000 personnel, including 920 persons over the past day.');
    expect([total.category, total.measure?.id, total.verdict]).toEqual(['casualties', 'russia-casualties-total', 'corroborated']);
    expect([day.category, day.measure]).toEqual(['casualties', null]);
  });

  it('reads a toll\'s list of casualty words back to its start: "killed or wounded since February 2022, against Ukraine\'s 400,000 or so"', () => {
    const [, ukraine] = checker.check('A columnist writes that Russia has lost 500,000 soldiers killed or wounded since February 2022, against Ukraine\'s 400,000 or so.');
    expect([ukraine.measure?.id, ukraine.verdict]).toEqual(['ukraine-casualties-total', 'corroborated']);
  });

  it('lends no toll to a count with a verb of its own after it: "while some 12 million have fled their homes"', () => {
    expect(checker.check('Aid agencies estimate that 150,000 people have been killed in Sudan\'s war, while some 12 million have fled their homes.').map((f) => f.text)).toEqual(['150,000 people']);
  });

  it('never takes a missile test for missiles sent, and reads missiles that "went" to Russia as sent', () => {
    expect(one('North Korea fired 10 short-range ballistic missiles into the sea, days after Pyongyang shipped ammunition to Russia.').measure).toBeNull();
    expect(one('At least 100 North Korean ballistic missiles went from Pyongyang to Russia in 2024.').measure?.id).toBe('dprk-missiles-to-russia');
  });

  it('counts replacements as troops', () => {
    expect(one('January–February 2025 – Some 3,000 North Korean replacements follow, Seoul says.').measure?.id).toBe('dprk-troops-reinforcement-early-2025');
  });
});

describe('Checker: probes of the long articles, in sentences of our own', () => {
  it('reads "promised Vladimir Putin about 8,000 more soldiers" as a pledge to Russia, by the leader named before', () => {
    const [more] = checker.check('Kim Jong Un did not flinch. He has now promised Vladimir Putin about 8,000 more soldiers.');
    expect(more.measure?.id).toBe('dprk-troops-additional');
  });

  it('lends the sentence\'s noun across a verb that only reports it: "it regularly listed more than 1,500 a day"', () => {
    const figures = checker.check("Ukraine's General Staff reported roughly 7,000 Russian casualties a week, and in late 2024 it regularly listed more than 1,500 a day.");
    expect(figures.map((f) => [f.text, f.category])).toEqual([
      ['roughly 7,000 Russian casualties', 'casualties'],
      ['more than 1,500', 'casualties'],
    ]);
  });

  it('never takes a production rate for a stockpile, a toll since January for one strike, or an army before the war for one at war', () => {
    expect(one("Seoul's intelligence service estimates North Korea's plants can turn out some 2 million shells a year.").measure).toBeNull();
    expect(one('In Pokrovsk at least 30 civilians have been killed since the start of this year, the city administration said.').measure).toBeNull();
    expect(one("Before the invasion, Russia's armed forces numbered roughly 900,000 active personnel.").measure).toBeNull();
  });

  it('never takes a July attack for the record one by its month alone, and keeps the record by its date', () => {
    expect(checker.check('On July 31, Russia launched 309 drones and eight missiles at Kyiv.').map((f) => f.measure)).toEqual([null, null]);
    expect(one('Of the 728 Geran-2 drones Russia launched at Kyiv on July 9, 2025, most were shot down or jammed.').measure?.id).toBe('russia-drones-record-attack');
  });
});

describe('Checker: what was launched, what was brought down, and which record', () => {
  const measures = (text: string) => checker.check(text).map((f) => [f.text, f.measure?.id ?? null, f.verdict]);

  it('never judges a count of drones shot down against the drones launched', () => {
    expect(measures("In Russia's record raid on July 9, air defences shot down 718 of the 728 drones.")).toEqual([
      ['718', null, 'unverified'],
      ['728 drones', 'russia-drones-record-attack', 'corroborated'],
    ]);
    expect(measures('Russia launched a record 728 drones and 13 missiles; 296 drones and seven missiles were intercepted.')).toEqual([
      ['728 drones', 'russia-drones-record-attack', 'corroborated'],
      ['13 missiles', 'russia-missiles-record-attack', 'corroborated'],
      ['296 drones', null, 'unverified'],
      ['seven missiles', null, 'unverified'],
    ]);
  });

  it('judges a measure of interceptions by interceptions only', () => {
    const db = structuredClone(bundledDatabase);
    const record = db.measures.find((m) => m.id === 'russia-drones-record-attack')!;
    db.measures.push({ ...record, id: 'drones-downed-record', name: 'Drones shot down in the record raid', aliases: ['shot down', 'intercepted'] });
    db.reports.push({ ...db.reports.find((r) => r.measure === record.id)!, id: 'downed-718', measure: 'drones-downed-record', value: { low: 718, high: 718 } });
    const own = new Checker(db);
    const judged = (text: string) => own.check(text).map((f) => [f.text, f.measure?.id ?? null, f.verdict]);
    expect(judged("In Russia's record raid on July 9, air defences shot down 718 of the 728 drones.")).toEqual([
      ['718', 'drones-downed-record', 'corroborated'],
      ['728 drones', 'russia-drones-record-attack', 'corroborated'],
    ]);
  });

  it('never judges one count of drones and missiles together against either alone', () => {
    expect(measures('In the record attack of July 9, Russia fired 741 drones and missiles at Ukraine.')).toEqual([['741 drones and missiles', null, 'unverified']]);
  });

  it('knows the record raid by its date when a later text calls it "the previous record"', () => {
    expect(measures('The 9 July attack on Kyiv, the previous record, involved 728 Russian drones.')).toEqual([
      ['728 Russian drones', 'russia-drones-record-attack', 'corroborated'],
    ]);
  });
});

describe('Checker: probes of held-out set 6, in sentences of our own', () => {
  it('reads a figure that opens its sentence and is named after a colon: "4,700: that is Seoul\'s count of … killed or wounded"', () => {
    const f = one("4,700: that is Seoul's latest count of North Korean troops killed or wounded in Kursk.");
    expect([f.category, f.measure?.id, f.verdict]).toEqual(['casualties', 'dprk-casualties-kursk', 'corroborated']);
  });

  it('reads "Twelve million: the number of shells that went the other way" as the shells sent to Russia', () => {
    const [, shells] = checker.check('Eleven thousand North Korean soldiers went to Kursk. Twelve million: the number of shells that went the other way.');
    expect([shells.text, shells.category, shells.measure?.id]).toEqual(['Twelve million', 'munitions', 'dprk-shells-to-russia']);
  });

  it('leaves a toll of one year "alone" out of the totals since the invasion', () => {
    const f = one("Half a million Russians have been killed or wounded in 2024 alone, by Kyiv's count.");
    expect([f.measure, f.verdict]).toEqual([null, 'unverified']);
  });

  it('reads "150,000 of them" as the troops the sentence named before', () => {
    const f = one('Russia is massing troops near Pokrovsk (150,000 of them, by a brigade commander\'s count).');
    expect([f.category, f.measure?.id]).toEqual(['troops', 'russia-troops-pokrovsk']);
  });

  it('reads the strikes of a weapon named earlier in the sentence: "… the KN-23s … far fewer than the 82 strikes Kyiv has documented"', () => {
    const [, strikes] = checker.check('Only 25 of the KN-23s North Korea handed Moscow were fired at Ukraine, far fewer than the 82 strikes Kyiv has documented.');
    expect([strikes.text, strikes.measure?.id]).toEqual(['82 strikes', 'dprk-missiles-fired-at-ukraine']);
  });

  it('reads "tallies of the 2022 mobilisation run above 500,000" as a count of reservists, and never "2022 mobilisation" as one', () => {
    const figures = checker.check('Independent tallies of the 2022 mobilisation in Russia already run above 500,000.');
    expect(figures.map((f) => [f.text, f.measure?.id])).toEqual([['above 500,000', 'russia-mobilization-2022']]);
  });

  it('reads a toll after a copula: "China\'s official count of its own dead there is about 197,000"', () => {
    const [, dead] = checker.check("Beijing rotated roughly 3 million soldiers through the Korean War, and China's official count of its own dead there is about 197,000.");
    expect(dead.category).toBe('casualties');
  });

  it('reads "by Kyiv\'s June count" as who counts, and a lone officer who "claimed" as who says so', () => {
    const [force] = checker.check("Moscow's invasion force — around 640,000 soldiers by Kyiv's June count — keeps growing, Ukrainian intelligence says.");
    expect(force.measure?.id).toBe('russia-troops-in-ukraine');
    const [, usual] = checker.check('Five North Korean divisions are heading to the front, a Ukrainian officer claimed, more than the two or three Pyongyang is thought to be sending to Russia.');
    expect(usual.measure?.id).toBe('dprk-divisions-additional');
  });

  it('never reads a cue across a semicolon into a clause with figures of its own', () => {
    const [, thirty] = checker.check('Kyiv now thinks Pyongyang will send 10-12k more troops to Russia, not the 30,000 some headlines promised; further waves of North Korean reinforcements in the tens of thousands may follow later.');
    expect(thirty.measure?.id).toBe('dprk-troops-additional');
  });

  it('counts people "under arms", and keeps an actor across "while" from owning them', () => {
    const [ukraine] = checker.check("Ukraine has about 880,000 people under arms, Kyiv says, while Russia's peacetime army numbered roughly 900,000 before the invasion.");
    expect([ukraine.category, ukraine.measure]).toEqual(['troops', null]);
  });

  it('never takes a missile test, a war of the 1940s, an export order or the next contingent for the measures of this war', () => {
    expect(one('North Korea test-fired two short-range ballistic missiles into the sea on Wednesday, Seoul said.').measure).toBeNull();
    expect(one('The Soviet Union lost about 27 million people in 1941–45, a toll Russia invokes every May.').measure).toBeNull();
    expect(one('Hanwha showed its K9A2 howitzer in Seoul; Poland alone has ordered 672 of them.').measure).toBeNull();
    expect(one("North Korea's next contingent for Kursk — 6,000 personnel in all — was announced in Pyongyang.").measure).toBeNull();
  });
});

describe('Checker: probes of held-out set 7, in sentences of our own', () => {
  it('reads a casualty verb before a count of its own as that count\'s: "sinking four and killing at least eight seafarers"', () => {
    const figures = checker.check('Houthi forces have attacked more than 100 merchant ships since November 2023, sinking four and killing at least eight seafarers.');
    expect(figures.map((f) => f.text)).toEqual(['at least eight seafarers']);
  });

  it('reads soldiers "put out of action" as casualties, and conscripts "called up" as troops', () => {
    expect(one('Ukraine says 1,030 Russian soldiers were put out of action in the past 24 hours.').category).toBe('casualties');
    expect(one("Myanmar's junta says it has called up about 5,000 young people a month under its conscription law.").category).toBe('troops');
  });

  it('ends a subject\'s reach at "while": "… killed by the junta, while the UN estimates 3.5 million people are displaced"', () => {
    const figures = checker.check('More than 6,000 civilians have been killed by the junta since the coup, while the UN estimates 3.5 million people are displaced.');
    expect(figures.map((f) => f.text)).toEqual(['More than 6,000 civilians']);
  });

  it('never reads an excluding word far off in the sentence: "… if it ever supplied Kyiv", "estimates a year earlier"', () => {
    const [systems, shells] = checker.check('South Korea holds more than 11,000 artillery systems and about 30 million shells, according to an Austrian analyst writing in a European journal, who argues Seoul could change the course of the war if it ever supplied Kyiv directly.');
    expect([systems.measure?.id, shells.measure?.id]).toEqual(['rok-artillery-systems', 'rok-shell-stockpile']);
    expect(one("North Korea has now supplied Russia with over 12 million artillery shells, most of them old, South Korea's Joint Chiefs of Staff said, up sharply from estimates a year earlier.").measure?.id).toBe('dprk-shells-to-russia');
  });

  it('lends no noun to a count with a compound noun of its own: "from all 31 member states"', () => {
    expect(checker.check('Up to 90,000 troops from all 31 member states will take part in the exercise.').map((f) => f.text)).toEqual(['Up to 90,000 troops']);
  });
});

describe('Checker: whose figure an answer gives', () => {
  it('gives an answer\'s figure to the side the question asked about, over a side the answer compares it with', () => {
    const text = 'HOST: And what about the Russian side of the ledger? GUEST: Estimates vary a lot. The ones I trust are lower than Kyiv\'s, maybe 800,000 killed and wounded since the invasion.';
    const f = checker.check(text).at(-1)!;
    expect([f.value.low, f.measure?.id]).toEqual([800000, 'russia-casualties-total']);
  });

  it('reads a possessive as the owner only when nothing stands between it and the count, and a side compared with as no owner', () => {
    expect(checker.check("Russia's 600,000 troops in Ukraine are dug in.")[0].measure?.id).toBe('russia-troops-in-ukraine');
    const [f] = checker.check("Western estimates of Russian losses run lower than Kyiv's, maybe 750,000 killed and wounded since the invasion.");
    expect(f.measure?.id).toBe('russia-casualties-total');
  });
});

describe('Checker: who speaks and whose a cell is', () => {
  it('reads a speaker with an adverb before the verb as a source: "Shoigu also said 5,000 military builders …"', () => {
    const text = 'North Korean engineers were seen near Sudzha. Shoigu also said 5,000 military builders would help restore the region.';
    const f = extractFigures(text).find((x) => x.value.low === 5000)!;
    // A source with no other side in its sentence weighs 1; as the subject, Russia would weigh 2.5.
    expect(f.actors.russia).toBeLessThanOrEqual(1);
  });

  it('reads "will tell you" as a source\'s verb: "The Ukrainians will tell you 6,000" gives Kyiv\'s figure of the toll before', () => {
    const [, f] = checker.check('Seoul thinks about 4,000 North Korean soldiers were killed or wounded. The Ukrainians will tell you 6,000.');
    expect([f.category, f.measure?.id]).toEqual(['casualties', 'dprk-casualties-kursk']);
  });

  it('reads who "has a higher number" as its source, and that number, in the other figure\'s magnitude, as the same toll', () => {
    const [, kyiv] = checker.check('Seoul put it at roughly 4,000 North Korean soldiers killed or wounded, though Kyiv has a higher number, closer to 6,000.');
    expect([kyiv.category, kyiv.measure?.id]).toEqual(['casualties', 'dprk-casualties-kursk']);
    const [, spoken] = checker.check('We would put North Korean losses in Kursk at roughly four thousand killed or wounded, though the Ukrainians have a higher number, closer to six.');
    expect([spoken.text, spoken.value.low, spoken.measure?.id]).toEqual(['closer to six', 6000, 'dprk-casualties-kursk']);
  });

  it('reads a person before what they propose as its source: "That\'s the Shoigu package: 1,000 sappers + 5,000 construction troops"', () => {
    const findings = checker.check("QT: North Korea to send more troops to Russia. That's the Shoigu package: 1,000 sappers + 5,000 construction troops for Kursk.");
    expect(findings.map((f) => f.measure?.id)).toEqual(['dprk-sappers-kursk', 'dprk-military-builders-kursk']);
  });

  it('reads every place of a list where those who give a figure sit as where it was given: "agencies in Seoul, Kyiv and Washington"', () => {
    const [f] = checker.check('Intelligence agencies in Seoul, Kyiv and Washington put the number of North Korean troops first deployed at about 11,000 to 12,000.');
    expect([f.measure?.id, f.verdict]).toEqual(['dprk-troops-initial-deployment', 'corroborated']);
  });

  it('gives a count a speaker tells of "we" or "our" to the speaker\'s side, but not "we counted" or "our data"', () => {
    const owner = (text: string) => Object.entries(extractFigures(text)[0].actors).sort((a, b) => b[1] - a[1])[0][0];
    expect(owner("A Russian commander told state TV: 'We lost nearly 40,000 men in Kursk, the Ukrainians lost more.'")).toBe('russia');
    expect(owner("Ukraine's defence minister said: 'Our losses are around 400,000 killed and wounded, far fewer than Russia's.'")).toBe('ukraine');
    expect(owner("'We counted 728 Russian Shaheds that night,' a Ukrainian air force spokesman said.")).toBe('russia');
  });

  it('ties the troops a speaker has "along the line of contact" to the troops in Ukraine, and waves "of tens of thousands" to the further waves', () => {
    const [putin] = checker.check("'Along the line of contact we have about 650 thousand men,' the Russian president told reporters.");
    expect([putin.measure?.id, putin.verdict]).toEqual(['russia-troops-in-ukraine', 'corroborated']);
    const [waves] = checker.check("Seoul warns North Korea could send fresh troops to Russia in waves of tens of thousands.");
    expect([waves.category, waves.measure?.id]).toEqual(['troops', 'dprk-troops-further-waves']);
  });

  it('reads a dateline as where a story was filed and "has recorded" as a source\'s verb, never as whose the figure is', () => {
    const text = 'Russia fired North Korean missiles in 82 attacks, Kyiv says\nKYIV (Example Wire) — Ukraine\'s military intelligence has recorded 82 strikes with North Korean-made ballistic missiles.';
    const [, f] = checker.check(text);
    expect([f.text, f.measure?.id, f.verdict]).toEqual(['82 strikes', 'dprk-missiles-fired-at-ukraine', 'corroborated']);
  });

  it("gives the lines of a list the side its heading names, and the heading's words: \"tally of Russian losses … As of today:\"", () => {
    const text = "Ukraine's General Staff has published its morning tally of Russian losses since the invasion. As of today:\nPersonnel | 1 000 500\nTanks | 11 010";
    const [personnel] = checker.check(text);
    expect([personnel.category, personnel.measure?.id, personnel.verdict]).toEqual(['casualties', 'russia-casualties-total', 'corroborated']);
  });

  it('gives a count to the side that alone labels it in a table cell: "Strength | Ukraine: … | North Korea: ~11,000"', () => {
    const [, dprk] = checker.check('Battle of Kursk (2024–2025)\nLocation | Kursk Oblast, Russia\nStrength | Ukraine: 10,000–12,000 (initial) | North Korea: ~11,000');
    expect([dprk.text, dprk.measure?.id]).toEqual(['~11,000', 'dprk-troops-initial-deployment']);
  });
});

describe('Checker: corrections and timelines', () => {
  it('reads "The correct figure is 11,000" as a count of what the sentence before counted', () => {
    const [wrong, right] = checker.check('An earlier version of this article said North Korea had sent 1,100 troops to Russia. The correct figure is 11,000.');
    expect([wrong.verdict, right.text, right.measure?.id, right.verdict]).toEqual(['conflicting', '11,000', 'dprk-troops-initial-deployment', 'corroborated']);
  });

  it('reads "It is about 12 million, not 1.2 million" as counts of what "the number of …" before it names', () => {
    const text = 'A previous version of this report misstated the number of artillery shells that Pyongyang has shipped to Russia. It is about 12 million, not 1.2 million.';
    const [right, wrong] = checker.check(text);
    expect([right.category, right.measure?.id, right.verdict]).toEqual(['munitions', 'dprk-shells-to-russia', 'corroborated']);
    expect([wrong.text, wrong.measure?.id, wrong.verdict]).toEqual(['1.2 million', 'dprk-shells-to-russia', 'conflicting']);
    expect(checker.check('We asked about the road. It is 40 km long and 12,000 people use it.').map((f) => f.text)).toEqual([]);
  });

  it('reads "3,000 more have been sent" as troops', () => {
    expect(one("February 2025 – Seoul's spy agency says 3,000 more North Korean reinforcements have been sent.").measure?.id).toBe('dprk-troops-reinforcement-early-2025');
    expect(one("February 2025 – North Korea: Seoul's spy agency says 3,000 more have been sent.").measure?.id).toBe('dprk-troops-reinforcement-early-2025');
  });
});

describe('Checker: the contingent in the field', () => {
  it('ties a count "at the start" to the first deployment', () => {
    const f = one("'North Korea is sending men too: twelve thousand at the start,' the minister said.");
    expect([f.measure?.id, f.verdict]).toEqual(['dprk-troops-initial-deployment', 'corroborated']);
  });

  it('ties North Korean soldiers "taking part in the operations" to the contingent deployed', () => {
    const f = one("Western media report that some ten thousand soldiers of the Korean People's Army are taking part in the operations.");
    expect(f.measure?.id).toBe('dprk-troops-initial-deployment');
    expect(f.verdict).toBe('corroborated');
  });
});

describe('Checker: names several measures share', () => {
  it('lets the verb tell missiles provided from missiles launched when both measures name "KN-23" and "KN-24"', () => {
    const [provided, launched] = checker.check(
      "Pyongyang also provided around 100 KN-23/24 ballistic missiles, of which Ukraine's air force recorded at least 60 being launched.",
    );
    expect(provided.measure?.id).toBe('dprk-missiles-to-russia');
    expect(launched.measure?.id).toBe('dprk-missiles-fired-at-ukraine');
  });

  it('reads North Korean missile families as North Korea\'s, whoever records or fires them', () => {
    expect(one('Kyiv says it has recorded 82 KN-23/KN-24 strikes since the first one in December 2023.').measure?.id).toBe('dprk-missiles-fired-at-ukraine');
    expect(one('Since December 2023 Russia has fired 80 Hwasong-11 missiles at Ukrainian cities.').measure?.id).toBe('dprk-missiles-fired-at-ukraine');
  });
});

describe('Checker: an army and its reserve', () => {
  it('matches "several million more in reserve" to the reserve, never to an increase of troops', () => {
    const [active, reserve] = checker.check("North Korea's army fields around 1.2 million active troops, with several million more in reserve forces.");
    expect(active.measure?.id).toBe('dprk-army-active-personnel');
    expect(reserve.measure?.id).toBe('dprk-army-reserve');
    expect(reserve.verdict).toBe('corroborated');
  });

  it('gives the words of "a reserve force of some 600,000" to that count, not to the active personnel listed before it', () => {
    const [active, reserve] = checker.check('The North maintains an estimated 1.28 million active-duty personnel and a reserve force of some 600,000.');
    expect([active.measure?.id, active.verdict]).toEqual(['dprk-army-active-personnel', 'corroborated']);
    expect([reserve.measure?.id, reserve.verdict]).toEqual(['dprk-army-reserve', 'conflicting']);
  });
});

describe('Checker: what remains', () => {
  it('reads "Our assessment remains that roughly 11,000 to 12,000 DPRK soldiers have been deployed" as the first deployment', () => {
    const f = one('Our assessment remains that roughly 11,000 to 12,000 DPRK soldiers have been deployed to the Kursk region.');
    expect([f.measure?.id, f.verdict]).toEqual(['dprk-troops-initial-deployment', 'corroborated']);
    // Troops that remain are those still there, which no measure counts.
    expect(one('About 11,000 North Korean soldiers remain in the Kursk region.').measure?.id).not.toBe('dprk-troops-initial-deployment');
  });
});

describe('Checker: where a figure is held', () => {
  it('reads "the estimate in Seoul" as where the figure is held, not where the dead fell', () => {
    const f = one('North Korean troops have paid heavily: 4,700 killed or wounded is the estimate in Seoul.');
    expect([f.measure?.id, f.verdict]).toEqual(['dprk-casualties-kursk', 'corroborated']);
  });
});

describe('Checker: "there" across a short reply', () => {
  it('reads "Including Pokrovsk?" "Yes. … eleven civilians were killed there" as the Pokrovsk strike', () => {
    const f = one('Q: Including Pokrovsk?\nA: Yes. In January last year, eleven civilians were killed there by a North Korean missile.');
    expect([f.measure?.id, f.verdict]).toEqual(['civilians-killed-pokrovsk-2024', 'corroborated']);
  });
});

describe('Checker: missiles fired, sent and tested', () => {
  it('gives "at least 60 of them have been launched at its cities" to the missiles fired, whatever place the count before names', () => {
    const [sent, fired] = checker.check('North Korea is believed to have delivered over 100 KN-23s to Moscow, and Ukraine says at least 60 of them have been launched at its cities.');
    expect([sent.measure?.id, fired.measure?.id, fired.verdict]).toEqual(['dprk-missiles-to-russia', 'dprk-missiles-fired-at-ukraine', 'corroborated']);
  });

  it('leaves missiles fired "into the East Sea" out of those fired at Ukraine', () => {
    const f = one('North Korea fired seven short-range ballistic missiles, including KN-23 types, into the East Sea on Thursday.');
    expect([f.measure, f.verdict]).toEqual([null, 'unverified']);
  });
});

describe('Checker: who speaks is not who lost', () => {
  it('reads "a Russian political scientist said Ukraine has lost a million soldiers" as a Ukrainian toll', () => {
    const [ukraine] = checker.check('Has Ukraine lost more soldiers than Russia?\n\nCLAIM: In a televised interview, a Russian political scientist said Ukraine "has lost a million soldiers, while Russia lost only 150,000."');
    expect([ukraine.measure?.id, ukraine.verdict]).toEqual(['ukraine-casualties-total', 'conflicting']);
  });
});

describe('Checker: "put them at"', () => {
  it('reads "And Russia\'s own losses? The Ukrainians put them at a million." as Russia\'s toll, given by Ukrainians', () => {
    for (const text of ["HOST: And Russia's own losses? The Ukrainians put them at a million.", "Russia's own losses are heavy. The Ukrainians put them at a million."]) {
      const f = one(text);
      expect([f.category, f.measure?.id, f.verdict]).toEqual(['casualties', 'russia-casualties-total', 'corroborated']);
    }
    // The object of "put … at" may be a noun phrase ending in a pronoun: it still says what is counted.
    expect(one('At the height of the incursion, Kyiv put the Russian forces gathered against it at 50,000 to 60,000.').category).toBe('troops');
  });
});

describe('Checker: a podcast about the North Koreans', () => {
  const talk = [
    "MAYA: Let's start with the North Koreans.",
    'TOM: The consensus now is eleven to twelve thousand went in, in the first rotation.',
    "TOM: And then there are the shells. Twelve million rounds is the Ukrainian number.",
  ].join('\n');

  it('reads "eleven to twelve thousand went in" as troops sent, and "the Ukrainian number" as whose figure it is', () => {
    const [sent, shells] = checker.check(talk);
    expect([sent.category, sent.measure?.id]).toEqual(['troops', 'dprk-troops-initial-deployment']);
    expect([shells.measure?.id, shells.verdict]).toEqual(['dprk-shells-to-russia', 'corroborated']);
  });
});

describe('Checker: a thread of our own on the North Koreans', () => {
  const thread = [
    'Thread on DPRK in Kursk (1/3)',
    'Per NIS, 11-12k KPA deployed since Oct. HUR says 25-30k more could come by summer.',
    '(2/3) Losses: NIS now estimates ~4.7k KIA/WIA. UK MoD had it at 6k+ in April.',
    '(3/3) Ammo: 12M+ 152mm rounds per GUR. Some say 9M. Either way, most of their artillery ammo is now Korean.',
  ].join('\n');

  it('reads "11-12k KPA", "25-30k more could come", "had it at 6k+" and "Some say 9M." for what they count', () => {
    expect(checker.check(thread).map((f) => [f.text, f.measure?.id ?? null, f.verdict])).toEqual([
      ['11-12k KPA', 'dprk-troops-initial-deployment', 'corroborated'],
      ['25-30k', 'dprk-troops-additional', 'corroborated'],
      ['~4.7k KIA', 'dprk-casualties-kursk', 'corroborated'],
      ['6k+', 'dprk-casualties-kursk', 'corroborated'],
      ['12M+ 152mm rounds', 'dprk-shells-to-russia', 'corroborated'],
      ['9M', 'dprk-shells-to-russia', 'corroborated'],
    ]);
  });
});

describe('Checker: where the figure was told', () => {
  it('reads "told lawmakers in Seoul that a rotation of roughly 1,500 fresh soldiers reached Russia in January" as January\'s reinforcements', () => {
    const f = one("South Korea's spy agency told lawmakers in Seoul that a rotation of roughly 1,500 fresh North Korean soldiers reached Russia in January.");
    expect([f.measure?.id, f.verdict]).toEqual(['dprk-troops-reinforcement-early-2025', 'conflicting']);
  });
});

describe('Checker: a month, and the region named before', () => {
  it('keeps "the costliest month of the war, with 41,980 casualties" out of the totals since the invasion', () => {
    const f = one('October was the costliest month of the war for Moscow, with 41,980 casualties reported by Ukraine\'s general staff.');
    expect([f.measure, f.verdict]).toEqual([null, 'unverified']);
  });

  it('reads "in the region" as the place the sentence before named: Kursk, not Pokrovsk', () => {
    const f = one('The battle for the Kursk salient has turned against Ukraine. Russia has massed some 60,000 troops in the region, Ukrainian commanders say.');
    expect([f.measure, f.verdict]).toEqual([null, 'unverified']);
  });
});

describe('Checker: men under arms', () => {
  it('reads "Pyongyang keeps more than a million men under arms" as North Korea\'s active-duty personnel', () => {
    const f = one('Pyongyang keeps more than a million men under arms and could spare a few divisions without noticing.');
    expect([f.measure?.id, f.verdict]).toEqual(['dprk-army-active-personnel', 'corroborated']);
  });
});

describe('Checker: the border between the Koreas', () => {
  it('keeps troops rotated "on the DMZ" in February out of the reinforcements sent to Kursk', () => {
    const f = one("In February 2025 North Korea rotated 2,000 troops on the DMZ, South Korea's Joint Chiefs of Staff said.");
    expect([f.measure, f.verdict]).toEqual([null, 'unverified']);
  });
});

describe('Checker: a place after a duration', () => {
  it('keeps "lost more than 76,000 troops during its eight months in Kursk" out of Ukraine\'s total losses', () => {
    const f = one('Gerasimov also claimed that Ukraine lost more than 76,000 troops during its eight months in Kursk.');
    expect([f.category, f.measure, f.verdict]).toEqual(['casualties', null, 'unverified']);
  });
});

describe('Checker: a formation sized in people', () => {
  it('reads "an expeditionary corps …, initially numbering about 12,000" as troops of the first deployment', () => {
    const f = one("Since October 2024 North Korea has deployed an expeditionary corps to Russia's Kursk region, initially numbering about 12,000.");
    expect([f.category, f.measure?.id, f.verdict]).toEqual(['troops', 'dprk-troops-initial-deployment', 'corroborated']);
  });
});

describe('Checker: a visit is where something was said', () => {
  it('matches "during a visit to Pyongyang … a thousand sappers" to the sappers sent to Kursk', () => {
    const f = one('During a visit to Pyongyang in June, Shoigu said North Korea would provide a thousand sappers.');
    expect([f.measure?.id, f.verdict]).toEqual(['dprk-sappers-kursk', 'corroborated']);
  });
});

describe('Checker: an actor alone does not tie a figure to a measure', () => {
  it('leaves "North Korea could field as many as 200,000 special forces" unverified', () => {
    const [f] = checker.check('Analysts say North Korea could field as many as 200,000 special forces, though few have combat experience.');
    expect(f.verdict).toBe('unverified');
  });
});

describe('Checker: transcripts and interviews', () => {
  it("reads a speaker's label as who says a figure, not whose it is", () => {
    const findings = checker.check('North Korea keeps arming Moscow.\nInterviewer: Have the shipments continued?\nGeneral Budanov: Yes. Over twelve million rounds so far.');
    expect(findings.map((f) => [f.text, f.measure?.id])).toEqual([['Over twelve million rounds', 'dprk-shells-to-russia']]);
  });
});

describe('Checker: near misses of set 31, in sentences of our own', () => {
  it('reads "further from home" as a distance, not as more troops', () => {
    const f = one('This deployment is smaller but further from home: some 11,000 North Korean soldiers were sent to Kursk in the autumn of 2024.');
    expect([f.measure?.id, f.verdict]).toEqual(['dprk-troops-initial-deployment', 'corroborated']);
  });

  it('gives a place named beyond another figure to that figure: "90,000 troops near Zaporizhzhia, against 110,000 around Pokrovsk"', () => {
    const [south, east] = checker.check('Russia has massed about 90,000 troops near Zaporizhzhia, against the 110,000 troops Kyiv says are concentrated around Pokrovsk.');
    expect(south.measure).toBeNull();
    expect(east.measure?.id).toBe('russia-troops-pokrovsk');
  });

  it('keeps what follows "with" to the count it names: "640,000 soldiers, with 110,000 massed near Pokrovsk alone"', () => {
    const [all, part] = checker.check('Kyiv puts the Russian force in Ukraine at about 640,000 soldiers, with 110,000 troops massed near Pokrovsk alone.');
    expect(all.measure?.id).toBe('russia-troops-in-ukraine');
    expect(part.measure?.id).toBe('russia-troops-pokrovsk');
  });
});

describe('Checker: dashboards and comparisons, from set 30, in sentences of our own', () => {
  it('reads each "Label: count" cell of a dashboard by its own label, never as a column under the line above', () => {
    const findings = checker.check('NORTH KOREA IN RUSSIA\nDEPLOYED   Troops (2024): 11,000 | Sappers: 1,000\nMATERIEL   Shells shipped: 12,000,000 | Ballistic missiles shipped: 100+\nIN KURSK   Killed: 2,000 | Wounded: 2,700 | Total casualties: 4,700');
    expect(findings.map((f) => [f.text, f.category, f.measure?.id ?? null])).toEqual([
      ['11,000', 'troops', 'dprk-troops-initial-deployment'],
      ['1,000', 'troops', 'dprk-sappers-kursk'],
      ['12,000,000', 'munitions', 'dprk-shells-to-russia'],
      ['100+', 'munitions', 'dprk-missiles-to-russia'],
      ['2,000', 'casualties', null],
      ['2,700', 'casualties', null],
      ['4,700', 'casualties', 'dprk-casualties-kursk'],
    ]);
  });

  it('reads no cue in what a count is compared with: "12mn shells to Russia, more than Europe has manufactured"', () => {
    const f = one('Analysts note that North Korea has delivered some 12mn shells to Russia, more than Europe has manufactured since 2022.');
    expect([f.measure?.id, f.verdict]).toEqual(['dprk-shells-to-russia', 'corroborated']);
  });
});

describe('Checker: whose civilians', () => {
  it('counts civilians killed by the country they were killed in, not by the maker of the missile', () => {
    const [f] = checker.check('Pokrovsk remains among the most dangerous places for civilians. The January 2024 strike on the town, attributed to a North Korean-made KN-23, killed 11 civilians.');
    expect([f.text, f.measure?.id, f.verdict]).toEqual(['11 civilians', 'civilians-killed-pokrovsk-2024', 'corroborated']);
  });
});

describe('Checker: a condition says nothing of the count', () => {
  it('keeps "30m artillery shells" in Seoul\'s stockpile when a clause only wonders "if it were sent to Ukraine"', () => {
    const f = one("Seoul's stockpile of some 30m artillery shells could tip the balance if it were sent to Ukraine.");
    expect([f.measure?.id, f.verdict]).toEqual(['rok-shell-stockpile', 'corroborated']);
  });
});

describe('Checker: subtitles', () => {
  const srt = [
    '1', '00:00:01,000 --> 00:00:04,200', 'Since February 2022, Kyiv says, Russia has lost close to', '',
    '2', '00:00:04,200 --> 00:00:08,000', '1.2 million men killed or wounded.', '',
    '3', '00:00:08,000 --> 00:00:11,000', 'That is more than any war since 1945.',
  ].join('\n');

  it('reads a sentence across two SRT cues as one, and no cue number or timing as a count', () => {
    const findings = checker.check(srt);
    expect(findings.map((f) => [f.value.low, f.qualifier, f.category, f.measure?.id])).toEqual([[1200000, 'nearly', 'casualties', 'russia-casualties-total']]);
  });

  it('reads WebVTT cues the same, voice tags and all', () => {
    const vtt = 'WEBVTT\n\n1\n00:00.000 --> 00:03.500\n<v Anchor>Overnight Russia launched its largest attack, with\n\n2\n00:03.600 --> 00:07.900\n<v Anchor>728 drones and 13 missiles fired at Ukraine.';
    expect(checker.check(vtt).map((f) => [f.text, f.measure?.id ?? null])).toEqual([
      ['728 drones', 'russia-drones-record-attack'],
      ['13 missiles', 'russia-missiles-record-attack'],
    ]);
  });

  it('reads a count cut across two lines of an auto-generated transcript as one, time stamps and all', () => {
    const captions = [
      '00:12:41 so the latest uk defence intelligence',
      '00:12:43 update says more than six thousand',
      '00:12:45 north korean soldiers have been killed',
      '00:12:47 wounded or gone missing in kursk',
    ].join('\n');
    expect(checker.check(captions).map((f) => [f.value.low, f.category])).toEqual([[6000, 'casualties']]);
    // Lines whose counts are whole keep apart: Russia's losses are not the waves' troops.
    const waves = ['02:22 a seoul think tank reckons further north korean waves', '02:25 will total 6000 troops at most', '02:28 meanwhile russia was losing roughly', '02:30 1000 soldiers a day in june'].join('\n');
    expect(checker.check(waves).map((f) => [f.value.low, f.category])).toEqual([
      [6000, 'troops'],
      [1000, 'casualties'],
    ]);
  });
});

describe('Checker: a casualty verb of the next clause', () => {
  it('keeps "300,000 reservists" troops when the next clause has Russia lose "close to 1.5 million men"', () => {
    const [reservists] = checker.check("Moscow's call-up had taken 300,000 reservists, and Russia has lost close to 1.5 million men killed or wounded since.");
    expect([reservists.category, reservists.measure?.id]).toEqual(['troops', 'russia-mobilization-2022']);
  });
});

describe('Checker: the words of OSINT threads and official posts, from set 35', () => {
  it('reads "11k+ arty systems" as artillery and "741 means of air attack" as munitions', () => {
    const [arty] = checker.check('North Korea has 11k+ arty systems.');
    expect([arty.category, arty.measure?.id]).toEqual(['munitions', 'dprk-artillery-systems']);
    const [air] = checker.check('Overnight Russia attacked Ukraine with 741 means of air attack.');
    expect([air.text, air.category]).toEqual(['741 means of air attack', 'munitions']);
  });

  it("gives a general staff's tally of the enemy's losses to the enemy, whoever else its opening names", () => {
    const post = [
      'General Staff of the Armed Forces of Ukraine',
      'Total combat losses of the enemy from 24.02.2022 to 10.06.2025:',
      'personnel — about 998 240 (+1 120) persons',
      'artillery systems — 30 060 (+25)',
      'Pinned: the DPRK has sent the enemy about 12 million shells.',
    ].join('\n');
    const artillery = checker.check(post).find((f) => f.text.includes('30 060'));
    expect(artillery?.measure).toBeNull();
  });

  it('reads "as agreed in Pyongyang" as where a deal was made, not where the builders go', () => {
    const [builders] = checker.check('As agreed in Pyongyang, 5 thousand military builders from the DPRK will work in our region.');
    expect([builders.measure?.id, builders.verdict]).toEqual(['dprk-military-builders-kursk', 'corroborated']);
  });
});

describe('Checker: comments written all in lower case', () => {
  it('reads "nk" as North Korea in a sentence with no capital letter', () => {
    const [f] = checker.check('honestly nk sent like 11k troops to kursk last fall and nobody cares');
    expect([f.measure?.id, f.verdict]).toEqual(['dprk-troops-initial-deployment', 'corroborated']);
  });
});

describe('Checker: a later strike on the same town', () => {
  it('keeps a June 2025 toll in Pokrovsk from the January 2024 missile strike\'s measure', () => {
    const [f] = checker.check('In June 2025 the enemy struck Pokrovsk again with a guided bomb: 3 civilians were killed.');
    expect(f.measure).toBeNull();
    const [g] = checker.check('A North Korean missile killed 11 civilians in Pokrovsk in January 2024.');
    expect([g.measure?.id, g.verdict]).toEqual(['civilians-killed-pokrovsk-2024', 'corroborated']);
  });
});

describe('Checker: a rate is no mobilisation', () => {
  it('keeps "~30 000 contract soldiers a month" from the 2022 mobilisation', () => {
    const [f] = checker.check('Since the 2022 mobilisation the Kremlin signs ~30 000 contract soldiers a month.');
    expect(f.measure).toBeNull();
  });
});

describe('Checker: agencies by their initials', () => {
  it('reads "UK DI" as who gives a figure, not whose losses they are', () => {
    const findings = checker.check('North Korean losses in Kursk, by source.\nUK DI → 6k+ KIA/WIA/MIA.');
    const [f] = findings;
    expect([f.measure?.id, f.verdict]).toEqual(['dprk-casualties-kursk', 'corroborated']);
  });
});

describe('Checker: a part that was fired', () => {
  it('matches "at least 60 of those missiles have been fired" to the missiles fired, not as a part of those sent', () => {
    const findings = checker.check('North Korea has delivered more than 100 KN-23 and KN-24 ballistic missiles to Russia, and at least 60 of those missiles have been fired at Ukrainian cities.');
    expect(findings.map((f) => f.measure?.id)).toEqual(['dprk-missiles-to-russia', 'dprk-missiles-fired-at-ukraine']);
  });
});

describe('Checker: "the contingent"', () => {
  it('matches "the contingent was put at ten to twelve thousand" to the first deployment', () => {
    const findings = checker.check("In October 2024 South Korea's spy agency reported that North Korea had begun shipping special forces to Russia. By November, the contingent was put at ten to twelve thousand.");
    const f = findings.find((x) => x.text.includes('twelve thousand'));
    expect([f?.measure?.id, f?.verdict]).toEqual(['dprk-troops-initial-deployment', 'corroborated']);
  });
});

describe('Checker: an infobox line that adds to the line before', () => {
  it('reads "+3,000 (January–February 2025)" under a line of troops as more troops', () => {
    const findings = checker.check('Strength: 11,000–12,000 North Korean troops (initial, 2024)\n+3,000 (January–February 2025)');
    expect(findings.map((f) => [f.text, f.measure?.id])).toEqual([
      ['11,000–12,000 North Korean troops', 'dprk-troops-initial-deployment'],
      ['3,000', 'dprk-troops-reinforcement-early-2025'],
    ]);
  });

  it('reads "~6,000 (UK MoD, May 2025)" under "≈4,700 killed or wounded (NIS, April 2025)" as the same toll by another source', () => {
    const text = 'North Korean troops in Kursk\nCasualties and losses\n≈4,700 killed or wounded (NIS, April 2025)\n~6,000 (UK MoD, May 2025)';
    expect(checker.check(text).map((f) => [f.text, f.category, f.measure?.id])).toEqual([
      ['≈4,700 killed', 'casualties', 'dprk-casualties-kursk'],
      ['~6,000', 'casualties', 'dprk-casualties-kursk'],
    ]);
    // A line of a bare count under a line of prose is not read so.
    expect(checker.check('North Korea has lost about 4,700 soldiers in Kursk.\n6,000 (see note)').map((f) => f.text)).toEqual(['about 4,700 soldiers']);
  });
});

describe('Checker: a rate is no running total', () => {
  it('ties "losing some 35,000 men a month, killed or wounded" to no measure of losses since the invasion', () => {
    const [f] = checker.check('Russia is losing some 35,000 men a month, killed or wounded, and needs fresh infantry.');
    expect([f.category, f.measure]).toEqual(['casualties', null]);
  });
});

describe('Checker: a count delivered or fired, after the weapons it counts', () => {
  it('reads "The KN-23 numbers are all over the place. One outlet says ~50 delivered, HUR says 100+" as North Korea\'s missiles', () => {
    const findings = checker.check('Honestly the KN-23 numbers are all over the place. One outlet says ~50 delivered, HUR says 100+, some Telegram channel claimed 250.');
    expect(findings.map((f) => [f.text, f.measure?.id, f.verdict])).toEqual([
      ['~50', 'dprk-missiles-to-russia', 'conflicting'],
      ['100+', 'dprk-missiles-to-russia', 'corroborated'],
      ['250', 'dprk-missiles-to-russia', 'corroborated'],
    ]);
    // What no weapon names is no figure.
    expect(checker.check("The company's trucks were late. About 300 delivered on time.")).toEqual([]);
  });
});

describe('Checker: a noun lent across a clause', () => {
  it('matches "six hundred thousand Russian casualties; today the consensus figure is north of a million" as the same toll', () => {
    const [, now] = checker.check('A year ago, Western capitals spoke of six hundred thousand Russian casualties; today the consensus figure is north of a million.');
    expect([now.text, now.measure?.id, now.verdict]).toEqual(['north of a million', 'russia-casualties-total', 'corroborated']);
  });
});

describe('Checker: a count made of parts it lists', () => {
  it('gives "another 6,000 troops …, including 1,000 sappers and 5,000 builders" no measure, and each part its own', () => {
    const findings = checker.check('Pyongyang has sent another 6,000 troops to help rebuild Kursk, Russian state media report, including 1,000 sappers and 5,000 builders.');
    expect(findings.map((f) => [f.text, f.measure?.id ?? null])).toEqual([
      ['6,000 troops', null],
      ['1,000 sappers', 'dprk-sappers-kursk'],
      ['5,000 builders', 'dprk-military-builders-kursk'],
    ]);
  });

  it('keeps a count whose listed parts do not add up to it', () => {
    const [whole] = checker.check('North Korea has sent another 30,000 troops, including 1,000 sappers and 5,000 builders.');
    expect(whole.measure?.id).toBe('dprk-troops-additional');
  });
});

describe('Checker: what is handed over', () => {
  it('matches "handed over about 100 KN-23 missiles, of which dozens have struck Ukrainian cities" to the missiles sent', () => {
    const [sent, struck] = checker.check('Seoul believes North Korea has also handed over about 100 KN-23 missiles, of which dozens have struck Ukrainian cities.');
    expect(sent.measure?.id).toBe('dprk-missiles-to-russia');
    expect(struck.measure?.id).toBe('dprk-missiles-fired-at-ukraine');
  });
});

describe('Checker: recruits signed are not recruits needed', () => {
  it('keeps "roughly 30,000 contract soldiers a month" from the estimate of new soldiers Russia needs', () => {
    const [f] = checker.check('Not yet: Moscow recruits roughly 30,000 contract soldiers a month, officials in Kyiv say.');
    expect(f.measure).toBeNull();
    const [g] = checker.check('He estimates Russia requires 30,000 new soldiers to replenish losses.');
    expect(g.measure?.id).toBe('russia-troops-needed');
  });
});

describe('Checker: a third deployment is not the first', () => {
  it('keeps "a third deployment of between 6,000 and 8,000 men" from the first deployment', () => {
    const [f] = checker.check('Pyongyang is also thought to be preparing a third deployment of between 6,000 and 8,000 men to Russia.');
    expect(f.measure?.id).not.toBe('dprk-troops-initial-deployment');
  });
});

describe('Checker: probes of session 20', () => {
  it('reads "losses … are nearer 6,500" as a toll of the North Koreans', () => {
    const [f] = checker.check('Kyiv says losses among the North Koreans are nearer 6,500.');
    expect(f).toMatchObject({ text: 'nearer 6,500', category: 'casualties', measure: { id: 'dprk-casualties-kursk' } });
  });

  it('gives "officials speak of up to 12 million" the rounds of the count before it', () => {
    const [, f] = checker.check('Pyongyang has shipped more than 10 million rounds, while Ukrainian officials speak of up to 12 million.');
    expect(f).toMatchObject({ text: 'up to 12 million', category: 'munitions', measure: { id: 'dprk-shells-to-russia' } });
    expect(checker.check('Russia lost 3,000 troops, and officials speak of 12 parks being closed.')).toHaveLength(1);
  });

  it('does not rule a part out by the words of the whole it is taken from: "1.3 million active personnel, of whom about 700,000 …"', () => {
    const [whole, part] = checker.check("Russia's own army is reckoned at some 1.3 million active personnel, of whom about 700,000 are thought to be deployed in or around Ukraine.");
    expect(whole.measure).toBeNull();
    expect(part.measure?.id).toBe('russia-troops-in-ukraine');
  });

  it('reads "put the toll at 4,000" after troops sent as a toll of those troops, not more of them', () => {
    const [sent, toll] = checker.check('North Korea sent 11,000 troops, and Seoul put the toll at 4,000.');
    expect(sent.measure?.id).toBe('dprk-troops-initial-deployment');
    expect(toll).toMatchObject({ category: 'casualties', measure: { id: 'dprk-casualties-kursk' }, verdict: 'corroborated' });
  });

  it('brings a running toll of losses to the total since the invasion', () => {
    const [, total] = checker.check('Russia lost 1,090 troops over the past day, bringing the toll since February 2022 to about 1,163,000.');
    expect(total.measure?.id).toBe('russia-casualties-total');
  });

  it('reads troops that "followed in the new year" as the reinforcements of early 2025', () => {
    const [, f] = checker.check('The 11,000-strong North Korean contingent arrived in October. A 3,000-man second echelon followed in the new year, officials in Seoul said.');
    expect(f).toMatchObject({ measure: { id: 'dprk-troops-reinforcement-early-2025' }, verdict: 'corroborated' });
  });

  it('keeps a stockpile "out of Ukrainian hands": hands are not "handed over"', () => {
    const [f] = checker.check("Seoul could change that balance overnight: South Korea's own reserve is estimated at some 30 million shells, but South Korean law has so far kept it out of Ukrainian hands.");
    expect(f.measure?.id).toBe('rok-shell-stockpile');
  });

  it('reads "an increase of about 40,000 on its November 2024 estimate" as the increase', () => {
    const [, f] = checker.check('Russia has 640,000 troops in Ukraine, an increase of about 40,000 on its November 2024 estimate.');
    expect(f).toMatchObject({ text: 'about 40,000', measure: { id: 'russia-troops-increase' } });
  });

  it('reads a count that opens a rebuttal as the count it repeats: "Not 7 million, as he claims"', () => {
    const [, f] = checker.check('The column says North Korea can call on 7 million reservists. Not 7 million, as he claims.');
    expect(f).toMatchObject({ text: '7 million', measure: { id: 'dprk-army-reserve' }, verdict: 'conflicting' });
    // A count with a noun of its own repeats nothing.
    expect(checker.check('Russia lost 300 tanks. The club sold 300 tickets.')).toHaveLength(1);
  });

  it('reads a titled speaker named between commas as the source: "Ukraine\'s commander-in-chief, Oleksandr Syrskyi, put the number at 110,000"', () => {
    const [, f] = checker.check("A previous version said Russia had massed 11,000 troops near Pokrovsk. Ukraine's commander-in-chief, Oleksandr Syrskyi, put the number at 110,000.");
    expect(f).toMatchObject({ text: '110,000', measure: { id: 'russia-troops-pokrovsk' }, verdict: 'corroborated' });
  });

  it('reads "taking the number deployed … to around 15,000" as troops, though losses were named before it', () => {
    const [, f] = checker.check('North Korea has sent roughly 1,000 more soldiers to Kursk to replace losses, the spy agency said on Monday, taking the number deployed since last year to around 15,000.');
    expect(f).toMatchObject({ text: 'around 15,000', category: 'troops' });
  });

  it('lends the noun to "not the three million sometimes quoted": an adverb in -s is no noun of its own', () => {
    const [, f] = checker.check('North Korea has 600,000 reservists, not the three million sometimes quoted.');
    expect(f).toMatchObject({ text: 'three million', measure: { id: 'dprk-army-reserve' }, verdict: 'corroborated' });
  });

  it('reads a spoken exchange whose counts take their noun and magnitude from the counts before, as those were read', () => {
    const transcript = [
      'HOST: How many North Korean troops went into Kursk in that first wave?',
      'GUEST: Eleven thousand, give or take. Some people say twelve.',
      "HOST: What about the shells? I've seen nine million, I've seen twelve.",
      'GUEST: Twelve is the number Ukrainian intelligence uses. Nine was the South Korean figure from last year.',
    ].join('\n');
    expect(checker.check(transcript).map((f) => [f.text, f.value.low, f.category])).toEqual([
      ['Eleven thousand', 11000, 'troops'],
      ['twelve', 12000, 'troops'],
      ['nine million', 9000000, 'munitions'],
      ['twelve', 12000000, 'munitions'],
      ['Twelve', 12000000, 'munitions'],
      ['Nine', 9000000, 'munitions'],
    ]);
  });

  it('reads a news outlet as who reports a figure, not whose troops they are: "A Ukrainian outlet\'s claim of 5,000 reinforcements"', () => {
    const [, f] = checker.check("Seoul says 3,000 North Korean replacements arrived early in 2025. A Ukrainian outlet's claim of 5,000 reinforcements in January and February would leave the force at its original size.");
    expect(f).toMatchObject({ measure: { id: 'dprk-troops-reinforcement-early-2025' }, verdict: 'conflicting' });
  });

  it('reads people of a contingent as troops: "some 9,300 North Koreans would have been left, about 85% of the original contingent"', () => {
    const figures = checker.check('Subtract the 4,700 killed or wounded, and some 9,300 North Koreans would have been left in the line by spring, about 85% of the original contingent.');
    expect(figures.map((f) => [f.text, f.category])).toEqual([
      ['4,700 killed', 'casualties'],
      ['some 9,300 North Koreans', 'troops'],
    ]);
  });

  it('reads "puts the total lower still, at about five million" as the figure before, and "She is 44," as an age', () => {
    const figures = checker.check('She is 44, trained as a geologist. North Korea has sent nine million shells, she says. A Ukrainian officer puts the total lower still, at about five million.');
    expect(figures.map((f) => [f.text, f.measure?.id, f.verdict])).toEqual([
      ['nine million shells', 'dprk-shells-to-russia', 'corroborated'],
      ['about five million', 'dprk-shells-to-russia', 'conflicting'],
    ]);
  });

  it('reads counts an estimate was revised to: "North Korean casualties were revised down to 3,000 in February, then up again to 4,700"', () => {
    const figures = checker.check('North Korean casualties were revised down to 3,000 in February, then up again to 4,700.');
    expect(figures.map((f) => [f.text, f.measure?.id, f.verdict])).toEqual([
      ['3,000', 'dprk-casualties-kursk', 'conflicting'],
      ['4,700', 'dprk-casualties-kursk', 'corroborated'],
    ]);
  });

  it('describes a bare count by the words of the count whose noun it takes: "Kyiv\'s figure of 4,000 North Korean casualties was revised down to 3,000"', () => {
    const [, revised] = checker.check("Kyiv's figure of 4,000 North Korean casualties was revised down to 3,000 in February.");
    expect(revised).toMatchObject({ text: '3,000', measure: { id: 'dprk-casualties-kursk' }, verdict: 'conflicting' });
    // A count with a subject of its own ("its personnel") takes no words of another kind.
    const lifted = checker.check('North Korea will send 1,000 deminers and 5,000 military construction workers to Kursk, which would lift its personnel in Russia to well above 15,000.').at(-1);
    expect(lifted?.measure).toBeNull();
  });

  it('reads a newsletter\'s labelled numbers: "First: 110k. That is how many …", "Second: 12M, the shells …", and "in the war zone"', () => {
    const text = [
      'Three numbers explain the autumn. First: 110k. That is how many Russian troops Syrskyi says are massed around Pokrovsk (Reuters, Aug 2).',
      'Second: 12M, the shells Pyongyang has shipped (per HUR). Third: ~4.7K, North Korean KIA/WIA in Kursk according to the NIS [1].',
      'Moscow says it has "only" 600k men in the war zone.',
    ].join(' ');
    expect(checker.check(text).map((f) => [f.text, f.measure?.id])).toEqual([
      ['110k', 'russia-troops-pokrovsk'],
      ['12M', 'dprk-shells-to-russia'],
      ['~4.7K', 'dprk-casualties-kursk'],
      ['600k men', 'russia-troops-in-ukraine'],
    ]);
  });

  it('ties no cumulative total to the pledge of more troops: "Pyongyang\'s cumulative total would reach 44,000"', () => {
    const [pledge, total] = checker.check("Even adding the 30,000 extra troops promised this summer, Pyongyang's cumulative total would reach 44,000.");
    expect(pledge.measure?.id).toBe('dprk-troops-additional');
    expect(total.measure).toBeNull();
  });

  it('reads men called up as reservists of the call-up, and "put the real number nearer 1.2 million" as the figure before', () => {
    const figures = checker.check("Russia's defence minister said 300,000 men would be called up in 2022. Russian media put the real number nearer 1.2 million.");
    expect(figures.map((f) => [f.text, f.measure?.id, f.verdict])).toEqual([
      ['300,000 men', 'russia-mobilization-2022', 'corroborated'],
      ['nearer 1.2 million', 'russia-mobilization-2022', 'conflicting'],
    ]);
    expect(checker.check('The firm called up 30 men for the night shift.')).toEqual([]);
  });

  it('reads weapons "more from" a supplier as its delivery, not a rise: "has received roughly 12 million more from North Korea"', () => {
    const [, received] = checker.check('Russia manufactures around 3 million shells annually and has received roughly 12 million more from North Korea since 2023.');
    expect(received).toMatchObject({ text: 'roughly 12 million', measure: { id: 'dprk-shells-to-russia' } });
  });

  it('reads missiles "launched together with" the record night\'s drones as that night\'s missiles', () => {
    const figures = checker.check("The peak of Russia's drone war came on the night of 8-9 July: the air force's final tally was 728 drones and decoys, launched together with 13 missiles.");
    expect(figures.map((f) => f.measure?.id)).toEqual(['russia-drones-record-attack', 'russia-missiles-record-attack']);
  });

  it('reads a machine translation: "military" as a noun, "received wounds", and a subject of losses far before its count', () => {
    const text = [
      'According to data of the South Korean intelligence, the DPRK has transferred to Russia over 11 thousand military servicemen, of whom about 4.7 thousand were killed or received wounds.',
      'The Ukrainian side estimates the losses of the occupiers since the beginning of the full-scale invasion at approximately 1 million 130 thousand persons.',
      'As per the information of the Main Intelligence Directorate, the grouping of the enemy in Ukraine counts about 700 thousand military.',
    ].join(' ');
    expect(checker.check(text).map((f) => f.measure?.id)).toEqual(['dprk-troops-initial-deployment', 'dprk-casualties-kursk', 'russia-casualties-total', 'russia-troops-in-ukraine']);
    expect(checker.check('Pyongyang will send 5,000 military construction workers.')[0].measure?.id).toBe('dprk-military-builders-kursk');
  });

  it('reads a hearing\'s and a studio\'s spoken figures: "put North Korea\'s artillery at around 8,000 pieces", "talking about … more", "losses since … are close to one million"', () => {
    expect(checker.check("Another witness put North Korea's artillery at around 8,000 pieces.")[0]).toMatchObject({ measure: { id: 'dprk-artillery-systems' }, verdict: 'conflicting' });
    const [, more] = checker.check('North Korea sent roughly eleven thousand troops. Moscow-based bloggers are talking about a hundred and fifty thousand more, which nobody serious believes.');
    expect(more).toMatchObject({ category: 'troops', value: { low: 150000, high: 150000 } });
    const [losses] = checker.check('And he says Russian losses since the start of the full-scale invasion are now close to one million people.');
    expect(losses?.measure?.id).toBe('russia-casualties-total');
  });
});

describe('Checker: probes of session 21', () => {
  it('reads "up from 3,000 last month" as the level before, which "last month" dates and does not make a monthly toll', () => {
    const figures = checker.check('North Korean casualties now number 4,700, up from 3,000 last month.');
    expect(figures.map((f) => [f.text, f.measure?.id ?? null, f.verdict])).toEqual([
      ['4,700', 'dprk-casualties-kursk', 'corroborated'],
      ['3,000', 'dprk-casualties-kursk', 'conflicting'],
    ]);
    const [troops, before] = checker.check('Russia has about 640,000 troops in Ukraine, up from 600,000 last year.');
    expect([troops.measure?.id, before.text, before.category]).toEqual(['russia-troops-in-ukraine', '600,000', 'troops']);
    // A count of a month is still a monthly toll.
    expect(checker.check('North Korea lost 1,000 troops killed or wounded last month, Kyiv says.')[0].measure).toBeNull();
  });

  it('reads "up from its earlier estimate of 3,000" late in a long sentence as the toll\'s earlier figure, not troops sent', () => {
    const text =
      'The spy agency said about 4,700 North Koreans had become casualties since they were first sent to the Kursk region last autumn, up from its earlier estimate of 3,000, according to a lawmaker.';
    const [, earlier] = checker.check(text);
    expect([earlier.text, earlier.category, earlier.measure?.id, earlier.verdict]).toEqual(['3,000', 'casualties', 'dprk-casualties-kursk', 'conflicting']);
  });

  it('shows "ballistic missiles" after designations as the figure\'s noun: "at least 100 KN-23 and KN-24 ballistic missiles"', () => {
    expect(checker.check('Pyongyang is thought to have sent at least 100 KN-23 and KN-24 ballistic missiles.')[0]).toMatchObject({
      text: 'at least 100 KN-23 and KN-24 ballistic missiles',
      measure: { id: 'dprk-missiles-to-russia' },
    });
  });

  it('never lists a part with its whole: "100 ballistic missiles, and at least 60 of those missiles have been fired" keeps the firing to the 60', () => {
    const text = 'It has delivered more than 100 KN-23 and KN-24 ballistic missiles, and at least 60 of those missiles have been fired at Ukrainian cities.';
    expect(checker.check(text).map((f) => f.measure?.id)).toEqual(['dprk-missiles-to-russia', 'dprk-missiles-fired-at-ukraine']);
  });

  it('reads the words between a pair of dashes as an aside, no cue of the figure after it', () => {
    const text =
      'North Korea has shipped an estimated 9 to 12 million artillery rounds — by some counts half of all the shells Russia fired in 2024 — and more than 100 KN-23 ballistic missiles.';
    expect(checker.check(text).map((f) => f.measure?.id)).toEqual(['dprk-shells-to-russia', 'dprk-missiles-to-russia']);
  });

  it('reads a tally\'s heading "General Staff of the Armed Forces of Ukraine: total combat losses of the enemy" as the enemy\'s losses, not Ukraine\'s', () => {
    const text = 'General Staff of the Armed Forces of Ukraine: total combat losses of the enemy from 24.02.22 to 25.11.25 approximately amounted to:\npersonnel ‒ about 1,167,340 (+1,030) persons\ntanks ‒ 11,348 (+2)';
    expect(checker.check(text)[0].measure?.id).toBe('russia-casualties-total');
  });

  it('marks nothing on a school\'s page of its cadet force: "Our Combined Cadet Force has 140 cadets in its Army and RAF sections"', () => {
    expect(checker.check('Ashcombe College: Sixth Form Open Evening. Our Combined Cadet Force has 140 cadets in its Army and RAF sections and parades every Wednesday.')).toEqual([]);
    expect(checker.check('Russia has sent some 2,000 cadets from military academies to the front, Kyiv says.')[0]?.category).toBe('troops');
  });

  it('reads a fan wiki\'s battle as make-believe: "in-universe year 2417", "season 3, episodes 7 to 9"', () => {
    const text =
      'The Battle of Kessel Gate is the decisive engagement of the Third Helix War (in-universe year 2417). It is shown in season 3, episodes 7 to 9.\nStrength: about 45,000 marines.\nCasualties and losses: 11,300 killed.';
    expect(checker.check(text)).toEqual([]);
  });

  it('never reads people who "lost their homes" or "are displaced" as a toll, and still reads those who "lost their lives"', () => {
    expect(checker.check('Since 2022 more than 12,000 civilians have been killed in Ukraine. Millions more have lost their homes: about 3.7 million people are displaced inside the country.').map((f) => f.text)).toEqual([
      'more than 12,000 civilians',
    ]);
    expect(checker.check('Some 4,000 North Korean soldiers have lost their lives in Kursk.')[0].measure?.id).toBe('dprk-casualties-kursk');
  });

  it('reads "the enemy" under a briefing of Ukraine\'s Air Force as Russia: "largest combined strike …: 728 attack UAVs … and thirteen missiles"', () => {
    const text =
      'Briefing by the spokesperson of the Air Force of the Armed Forces of Ukraine, 9 July 2025\nOvernight the enemy carried out the largest combined strike of the full-scale war: 728 attack UAVs of the Shahed type and decoys, and thirteen missiles of various types.';
    expect(checker.check(text).map((f) => f.measure?.id)).toEqual(['russia-drones-record-attack', 'russia-missiles-record-attack']);
  });

  it('reads "about 1.2 million under arms" and "1.5 million in uniform" as troops', () => {
    expect(checker.check('North Korea has about 1.2 million under arms.')[0]).toMatchObject({ text: 'about 1.2 million under arms', measure: { id: 'dprk-army-active-personnel' } });
    expect(checker.check('Russia now has some 1.5 million in uniform.')[0]?.category).toBe('troops');
    expect(checker.check('He spent 20 years in uniform.')).toEqual([]);
  });

  it('reads "25,000 to 30,000 more on the way" as more of the troops counted before', () => {
    const [, more] = checker.check('Some 11,000 North Korean soldiers were dispatched to the Kursk region. Ukrainian military intelligence now speaks of 25,000 to 30,000 more on the way.');
    expect([more.category, more.measure?.id]).toEqual(['troops', 'dprk-troops-additional']);
    expect(checker.check('The bakery sold 300 cakes, with 200 more on the way.')).toEqual([]);
  });

  it('reads a "war in numbers" box\'s labels for what they count: cities struck by missiles and refugees are no figures', () => {
    expect(checker.check('Ukrainian cities struck by North Korean missiles: 14')).toEqual([]);
    expect(checker.check('Ukrainians living as refugees abroad: 6.7 million')).toEqual([]);
    expect(checker.check('Civilians killed by North Korean missiles in Pokrovsk: 11')[0]?.measure?.id).toBe('civilians-killed-pokrovsk-2024');
    // A company commander is a soldier: the Russians he faces are troops.
    expect(checker.check("A company commander west of Pokrovsk says the Russians facing his sector number 'a hundred thousand, maybe more.'")[0]?.category).toBe('troops');
  });

  it('reads "1,000 mine-clearers" and "mine clearers" as sappers', () => {
    expect(checker.check('Shoigu says North Korea will send 1,000 mine-clearers and 5,000 military builders to the Kursk region.').map((f) => f.measure?.id)).toEqual([
      'dprk-sappers-kursk',
      'dprk-military-builders-kursk',
    ]);
    expect(checker.check('North Korea will send 1,000 mine clearers to Kursk.')[0]?.measure?.id).toBe('dprk-sappers-kursk');
  });

  it("never ties Wagner's own fighters to a measure of Russia's army", () => {
    expect(checker.check('At its peak, around Bakhmut, Wagner had something like 50,000 fighters, most of them recruited from prisons.')[0].measure).toBeNull();
    expect(checker.check('Wagner lost some 20,000 fighters killed at Bakhmut, its founder said.')[0].measure).toBeNull();
  });

  it('reads a body sized past a qualifier of its own: "a force north of 600,000", "an army in excess of 1 million"', () => {
    expect(checker.check('Russia fields a force north of 600,000 in Ukraine.')[0]).toMatchObject({ category: 'troops', measure: { id: 'russia-troops-in-ukraine' } });
    expect(checker.check('North Korea keeps an army in excess of 1 million.')[0]).toMatchObject({ category: 'troops', qualifier: 'more-than' });
  });

  it('keeps a clause a contrast opens apart from the one before: "one of the largest attacks, though short of the record 728 drones"', () => {
    const [, record] = checker.check('Russia launched 653 drones overnight. It was one of the largest attacks of the war, though short of the record 728 drones launched on 9 July.');
    expect(record.measure?.id).toBe('russia-drones-record-attack');
  });

  it('reads the bare whole a toll is taken from as the people sent: "If 4,700 of 14,000 have been killed or wounded"', () => {
    const figures = checker.check('North Korea has sent about 14,000 troops. If 4,700 of 14,000 have been killed or wounded, that is a casualty rate of about a third.');
    expect(figures.map((f) => [f.text, f.category])).toEqual([
      ['about 14,000 troops', 'troops'],
      ['4,700', 'casualties'],
      ['14,000', 'troops'],
    ]);
  });

  it('reads a bare count after a short label as what the label names: "Also the shells: the JCS said 12 million had been sent"', () => {
    expect(checker.check('Also the shells: the JCS said 12 million had been sent.')[0]?.category).toBe('munitions');
    expect(checker.check('Troops: Seoul says 11,000 went in.')[0]?.category).toBe('troops');
    expect(checker.check('Ukrainian cities struck by North Korean missiles: 14')).toEqual([]);
  });

  it('never lends a noun of people to a bare count beyond any army\'s size: "that\'s 250 million annually just in compensation"', () => {
    const text = 'so if pyongyang has 10k troops out there\nthat\'s 250 million annually just in compensation\nwhich for a country with a gdp of\nlike 30 billion is not nothing';
    expect(checker.check(text).map((f) => f.text)).toEqual(['10k troops']);
  });

  it('reads a bare count called up or mobilised as reservists: "Officially they called up three hundred thousand"', () => {
    const [called] = checker.check('I left Russia in September 2022, when they announced the mobilisation. Officially they called up three hundred thousand.');
    expect([called.category, called.measure?.id]).toEqual(['troops', 'russia-mobilization-2022']);
    expect(checker.check('The coach called up 23 for the match.')).toEqual([]);
  });

  it('reads a casualty verb across whose figure it is: "lost, in his words, not more than one thousand five hundred men"', () => {
    expect(checker.check('He says the Korean comrades lost, in his words, not more than one thousand five hundred men in the Kursk operation.')[0]?.category).toBe('casualties');
    expect(checker.check("North Korea has lost, by Kyiv's count, some 6,000 soldiers.")[0]?.category).toBe('casualties');
  });

  it('reads a change across whose figure it is: "The force has grown, the same estimate says, by 40k"', () => {
    const [, rise] = checker.check('Some 640,000 Russian soldiers are in Ukraine. The force has grown, the same estimate says, by 40k since the previous November.');
    expect([rise.category, rise.measure?.id]).toEqual(['troops', 'russia-troops-increase']);
  });

  it('reads "a much sharper rise, 100,000 since November" as the size of the change the sentence before counted', () => {
    const [, rise] = checker.check('The force has grown by 40,000 troops since November. A nationalist blogger claimed a much sharper rise, 100,000 since November.');
    expect(rise).toMatchObject({ text: '100,000', category: 'troops' });
  });

  it('reads "Three million in the reserves" as reservists', () => {
    expect(checker.check("North Korea's army is a pyramid built on the reserve. Three million in the reserves who can actually shoot, he estimates.")[0]?.measure?.id).toBe('dprk-army-reserve');
  });

  it('reads "launches" two sentences after the weapons named, across a sentence that counts nothing', () => {
    const text =
      'Pyongyang has handed Moscow more than a hundred KN-23 ballistic missiles. How many have been fired at Ukraine is something the lab can help answer, because every launch leaves debris. His team has catalogued wreckage from at least sixty launches since the start of 2025.';
    expect(checker.check(text).map((f) => f.measure?.id)).toEqual(['dprk-missiles-to-russia', 'dprk-missiles-fired-at-ukraine']);
  });

  it('reads missiles by their names: "88 Scuds", "Kalibrs", "Tomahawks", "ATACMS"', () => {
    expect(checker.check("Saddam Hussein's forces fired 88 Scuds at Israel and Saudi Arabia.")[0]?.category).toBe('munitions');
    expect(checker.check('Russia fired 12 Kalibrs from the Black Sea overnight.')[0]?.category).toBe('munitions');
  });

  it('reads "KNDR", the transliterated Russian initials, as North Korea', () => {
    expect(checker.check('KNDR soldiers: 11.000 in Kursk region.')[0]?.measure?.id).toBe('dprk-troops-initial-deployment');
  });

  it('marks nothing on general news that borrows war\'s words: a gang war, the war on cancer, a weather bomb, delivery drones, a botnet army, small boats', () => {
    const pages = [
      'Three killed in shooting as police fear gang war\n\nThree young men were killed and two others injured in a shooting outside a barber\'s shop, in what detectives believe is the latest escalation of a gang war. Armed police were at the scene within six minutes. Forensic teams recovered 14 spent shell casings, and the force has seized six firearms and about 320 rounds of ammunition since April.',
      'Fifty years into the war on cancer, a \'guided missile\' drug doubles survival. In the trial of 612 patients, tumours shrank in 38% of patients. \"We are not winning the war on cancer with one big bomb,\" said the lead investigator. Ovarian cancer still kills about 4,000 women a year in the UK.',
      "'Weather bomb' to bring 90mph gusts\n\nForecasters have warned of a weather bomb sweeping in from the Atlantic, with 112 flood alerts in force and a barrage of showers to follow after last week's storm. \"Take this seriously,\" said the chief meteorologist. \"Falling trees killed three people the last time a system this deep hit the UK, in 2014.\"",
      'A swarm of 500 delivery drones will begin flying prescriptions and groceries across Teesside from April.',
      'Before the ransomware struck, the site was bombarded with 2.3 million requests a second by a botnet army of about 80,000 hijacked home routers. The criminal group behind the attack had hit at least 30 public bodies in Europe since 2023.',
      'More than 11,000 people have crossed the Channel in small boats so far this year, Home Office figures show, after 712 arrived on Tuesday.',
    ];
    for (const page of pages) expect(checker.check(page), page).toEqual([]);
    // Dead bodies, and soldiers' invasions, are still counted.
    expect(checker.check('Rescuers recovered 30 bodies from the rubble in Kharkiv after the strike.')[0]?.category).toBe('casualties');
  });

  it('reads "the enemy" as the other side of the one side a sentence names, or of the military body it cites', () => {
    const attack = checker.check('RECORD ATTACK. In the night on 9 July the enemy attacked Ukraine by 728 attack UAVs of the Shahed type and drones-imitators, and also 13 missiles of different types.');
    expect(attack.map((f) => f.measure?.id)).toEqual(['russia-drones-record-attack', 'russia-missiles-record-attack']);
    const [rise] = checker.check('According to the Commander-in-Chief of the AFU, from November 2024 the number of the enemy troops in the operation zone has grown by 55 thousand.');
    expect(rise.measure?.id).toBe('russia-troops-increase');
  });

  it('reads "the occupying forces" as Russia\'s, in Ukraine\'s words', () => {
    expect(checker.check('Syrskyi: the grouping of the occupying forces on the territory of Ukraine increased to 660 thous. servicemen')[0]?.measure?.id).toBe('russia-troops-in-ukraine');
  });

  it('reads Korean reporting in translation: "1,000 people of sappers", "5,000 people of military construction manpower"', () => {
    const text =
      'Shoigu announced that North Korea will send 1,000 people of sappers for the removal of the mines and 5,000 people of military construction manpower for the restoration of the infrastructure destroyed in the Kursk region.';
    expect(checker.check(text).map((f) => f.measure?.id)).toEqual(['dprk-sappers-kursk', 'dprk-military-builders-kursk']);
  });

  it('reads full stops as thousands in a text that writes decimals with commas: "about 1,3 mln" over "artillery systems: 21.600"', () => {
    const text = 'How strong is the army of the DPRK? Briefly:\n— personnel: about 1,3 mln in the active army\n— artillery systems: 21.600';
    expect(checker.check(text).map((f) => [f.text, f.value.low])).toEqual([
      ['about 1,3 mln', 1300000],
      ['21.600', 21600],
    ]);
  });

  it('reads "sent Russia 50 Koksan self-propelled guns" as a count, the country before it its receiver, and the hyphened modifier its noun\'s', () => {
    expect(checker.check('North Korea sent Russia 50 Koksan self-propelled guns.')[0]?.text).toBe('50 Koksan self-propelled guns');
    expect(checker.check('The Falcon 9 rocket lifted off on time.')).toEqual([]);
  });

  it("never ties a launch South Korea's Joint Chiefs report to the missiles fired at Ukraine", () => {
    expect(checker.check("North Korea fired 10 ballistic missiles on Thursday, South Korea's Joint Chiefs of Staff said.")[0].measure).toBeNull();
  });

  it('reads a bare count in the thousands lent a formation as its people: "2-3 divisions; Kyiv puts them at 30,000"', () => {
    const [divisions, people] = checker.check('Pyongyang is readying 2-3 divisions; Kyiv puts them at 30,000.');
    expect([divisions.measure?.id, people.measure?.id]).toEqual(['dprk-divisions-additional', 'dprk-troops-additional']);
  });

  it('reads Russian troops "in the occupied territories" as those fighting in Ukraine', () => {
    const [now, then] = checker.check("Moscow's forces now number about 700,000 in the occupied territories, up from 360,000 at the start of the invasion.");
    expect([now.measure?.id, then.measure]).toEqual(['russia-troops-in-ukraine', null]);
  });

  it('reads waves and contingents as bodies of troops a measuring verb sizes: "further waves numbering tens of thousands"', () => {
    expect(checker.check("North Korea's further waves numbering tens of thousands could follow.")[0]?.measure?.id).toBe('dprk-troops-further-waves');
    // A wave assault is a way to attack: the figure put on it is still the dead's.
    const [, real] = checker.check('Western governments cite 4,000 or so North Koreans killed and wounded. Having watched their wave assaults, I would put the real figure at 8,000 or more.');
    expect(real.category).toBe('casualties');
  });

  it('reads "nowhere near a million" as well below it', () => {
    expect(checker.check('Nowhere near a million Russians are fighting in Ukraine.')[0]).toMatchObject({ qualifier: 'fewer-than', verdict: 'corroborated' });
  });

  it('reads a count "added to that toll" as of the toll', () => {
    const [, day] = checker.check('Almost a million Russian soldiers have been killed or wounded since the invasion began. In the past 24 hours alone, Kyiv says, another 1,050 were added to that toll.');
    expect([day.category, day.measure]).toEqual(['casualties', null]);
  });

  it('reads men counted in a sentence of reserves as troops: "reserves amount to no more than 600,000 trained men"', () => {
    expect(checker.check("The North's reserves amount to no more than 600,000 trained men, a Seoul professor argues.")[0]?.measure?.id).toBe('dprk-army-reserve');
  });

  it('reads where commentators sit as where a figure is said, not where it stands: "Some commentators in Moscow put it nearer four hundred thousand"', () => {
    const [, theirs] = checker.check('Roughly 640,000 Russian soldiers are now fighting inside Ukraine. Some commentators in Moscow put it nearer four hundred thousand.');
    expect([theirs.measure?.id, theirs.verdict]).toEqual(['russia-troops-in-ukraine', 'conflicting']);
  });

  it('reads a story of estimates: "the figure that went round the world was 12,000. Then it was 10,000. Then 11,000 became the number"', () => {
    const text =
      'When Pyongyang first sent troops to Russia, the figure that went round the world was 12,000. Then it was 10,000. Then, for a while, 11,000 became the number everyone could agree on.';
    expect(checker.check(text).map((f) => [f.text, f.category])).toEqual([
      ['12,000', 'troops'],
      ['10,000', 'troops'],
      ['11,000', 'troops'],
    ]);
  });

  it('marks no phone number and no stretch of time: "Tel: 02-555-0190", "spent three summers clearing mines"', () => {
    expect(checker.check('Russia fired 500 drones overnight. The Han River Times · Tel: 02-555-0190 · Registration No. Seoul A 00345').map((f) => f.text)).toEqual([
      '500 drones',
    ]);
    expect(checker.check('A Skipton man who has spent three summers clearing mines in Ukraine says the region will not be safe soon.')).toEqual([]);
  });

  it('reads what a battle cost a side as its losses: "the battle that cost Wagner 20,000 men"', () => {
    expect(checker.check('Bakhmut, two years on: the battle that cost Wagner 20,000 men')[0]?.category).toBe('casualties');
    expect(checker.check('The new bridge cost 2,000 jobs.')).toEqual([]);
  });

  it('reads "2 N. Korean POWs" across the initial\'s full stop', () => {
    expect(checker.check('Ukraine says 2 N. Korean POWs are being held in Kyiv')[0]).toMatchObject({ text: '2 N. Korean POWs', category: 'casualties' });
  });

  it('reads construction workers on student visas as labourers abroad, not the army\'s builders', () => {
    expect(checker.check('Seoul believes thousands of North Korean construction workers have entered Russia on student visas since last year.')).toEqual([]);
    expect(checker.check('North Korea will send 5,000 construction workers to rebuild Kursk.')[0]?.measure?.id).toBe('dprk-military-builders-kursk');
  });

  it('reads "a man of 70" as an age', () => {
    expect(checker.check('The ward was full of soldiers wounded at the front, and there was a man of 70 who had broken his hip.')).toEqual([]);
  });

  it('reads a comment on a figure as no place of it: "more than a million, a figure that nobody outside Russia takes seriously"', () => {
    const [losses] = checker.check("Moscow's defence ministry claims Ukrainian losses of more than a million, a figure that nobody outside Russia takes seriously.");
    expect([losses.measure?.id, losses.verdict]).toEqual(['ukraine-casualties-total', 'conflicting']);
  });

  it('ties no measure to a count a condition\'s consequence states: "If North Korea tripled its deployment, that would mean some 33,000 troops"', () => {
    expect(checker.check('If North Korea tripled its deployment, that would mean some 33,000 troops.')[0]).toMatchObject({ category: 'troops', measure: null });
    // A condition on whose estimate it is leaves the count a statement.
    expect(checker.check('If Seoul is right, North Korea has sent 11,000 troops.')[0]?.measure?.id).toBe('dprk-troops-initial-deployment');
  });

  it("never ties North Korea's soldiers at home, along the DMZ, to the deployments abroad", () => {
    expect(checker.check('Thousands of KPA soldiers have spent a second spring laying mines along the Military Demarcation Line, the JCS said.')[0]).toMatchObject({ category: 'troops', measure: null });
    expect(checker.check('Some 1,000 North Korean sappers were laying mines inside the DMZ, Seoul said.')[0]).toMatchObject({ measure: null });
  });

  it('reads "North Korea\'s 1.2-million-strong military" as its active force', () => {
    expect(checker.check("Analysts say the deployment gives North Korea's 1.2-million-strong military its first combat experience in decades.")[0]?.measure?.id).toBe(
      'dprk-army-active-personnel',
    );
  });

  it('reads a side whose figure or count it is as the source, not the owner: "Kyiv\'s figures put North Korean losses at 4,000"', () => {
    const [losses] = extractFigures("Kyiv's figures put North Korean losses at 4,000.");
    expect(losses.actors.ukraine).toBeLessThan(1);
    expect(losses.actors.dprk).toBeGreaterThan(2);
  });

  it('reads the dead a town "buried" as a toll, and "150,000 NORTH KOREANS COULD JOIN PUTIN\'S WAR" as more troops pledged', () => {
    expect(checker.check('When the rescuers finished their work, the town had buried eleven of its residents.')[0]?.category).toBe('casualties');
    expect(checker.check("150,000 NORTH KOREANS COULD JOIN PUTIN'S WAR")[0]).toMatchObject({ measure: { id: 'dprk-troops-additional' }, verdict: 'conflicting' });
  });

  it('reads a side in the brackets that end a line of a key-numbers box as its source: "12m — artillery shells shipped (Ukraine)"', () => {
    const text = 'KEY NUMBERS\n11,000 — North Korean troops first sent to Kursk (NIS)\n12m — artillery shells shipped (Ukraine)\n30,000 — more troops that may follow';
    expect(checker.check(text).map((f) => f.measure?.id)).toEqual(['dprk-troops-initial-deployment', 'dprk-shells-to-russia', 'dprk-troops-additional']);
  });

  it('reads "additional" after a count as more of them: "perhaps 40,000 additional soldiers into Ukraine since November"', () => {
    const [more, force] = checker.check('Russia has pulled perhaps 40,000 additional soldiers into Ukraine since November, bringing its force there to about 640,000.');
    expect([more.measure?.id, force.measure?.id]).toEqual(['russia-troops-increase', 'russia-troops-in-ukraine']);
    expect(checker.check('Pyongyang may send 25,000 to 30,000 additional troops this year.')[0]?.measure?.id).toBe('dprk-troops-additional');
  });

  it("never ties the shells Russia fired to those North Korea sent: \"Of the roughly 10 million shells Russia fired last year, about half came from North Korea\"", () => {
    expect(checker.check('Of the roughly 10 million shells Russia fired last year, Ukrainian officials reckon about half came from North Korea.')[0].measure).toBeNull();
  });

  it('reads an infographic\'s numbers by the captions under them: "11K" over "North Korean troops sent to Kursk in autumn 2024"', () => {
    const text =
      "NORTH KOREA'S WAR FOR RUSSIA, BY THE NUMBERS\n\n11K\nNorth Korean troops sent to Kursk in autumn 2024\n\n12M\nartillery shells shipped since 2023\n\n100+\nKN-23/24 ballistic missiles delivered\n\n30K\nmore troops Kyiv says could follow";
    expect(checker.check(text).map((f) => [f.text, f.measure?.id])).toEqual([
      ['11K', 'dprk-troops-initial-deployment'],
      ['12M', 'dprk-shells-to-russia'],
      ['100+', 'dprk-missiles-to-russia'],
      ['30K', 'dprk-troops-additional'],
    ]);
    // A charity's year in numbers counts no troops.
    expect(checker.check('OUR YEAR IN NUMBERS\n\n250\nvolunteers cleaned the beach\n\n12K\nfans came to the final')).toEqual([]);
  });
});
