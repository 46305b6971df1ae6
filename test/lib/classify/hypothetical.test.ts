import { describe, expect, it } from 'vitest';
import { Checker } from '../../../lib/check';
import { bundledDatabase } from '../../../lib/claims/bundled';

const checker = new Checker(bundledDatabase);
/** Each figure of the text as [its text, its measure's id or null]. */
const measures = (text: string) => checker.check(text).map((f) => [f.text, f.measure?.id ?? null]);

describe('counts no one claims happened', () => {
  it('ties no measure to a count new in a supposed condition: "If Pyongyang sent 12,000 troops to Kursk, Moscow would …"', () => {
    expect(measures('If Pyongyang sent 12,000 troops to Kursk, Moscow would need fewer recruits.')).toEqual([['12,000 troops', null]]);
  });

  it('keeps the measure of a count the condition takes up, a source gives, or whose consequence is real', () => {
    expect(measures('If the full 30,000 additional North Korean troops were paid the same, the income would triple.')[0][1]).toBe('dprk-troops-additional');
    expect(measures("If Pyongyang really sent 30,000 more soldiers, as Kyiv's intelligence service warned, it would triple its force.")[0][1]).toBe('dprk-troops-additional');
    expect(measures('If North Korea keeps sending waves of tens of thousands of troops, Moscow will have solved its manpower problem.')[0][1]).toBe('dprk-troops-further-waves');
  });

  it('ties no measure to a count a counterfactual inversion sets, but keeps one it takes up', () => {
    expect(measures("Had Seoul released a tenth of that stock, three million rounds, Ukraine's gunners would not have rationed fire.")).toEqual([['three million rounds', null]]);
    expect(measures("Were Seoul to release a tenth of its 30 million-shell stockpile, Ukraine's war would look different.")[0][1]).toBe('rok-shell-stockpile');
  });

  it('ties no measure to a threshold a forecast sets: "could top 10,000", "is expected to reach", "could rise to"', () => {
    expect(measures("North Korea's losses in Russia could top 10,000 by summer, analysts say.")[0][1]).toBeNull();
    expect(measures('Russian casualties are expected to reach 1.2 million by February.')[0][1]).toBeNull();
    expect(measures('Russian casualties could rise to 1.2 million by February.')[0][1]).toBeNull();
    // What a thing is thought to hold is no forecast.
    expect(measures("Seoul's stockpile is thought to hold some 30 million artillery shells.")[0][1]).toBe('rok-shell-stockpile');
  });

  it('ties no measure to the threshold of a question of what will be, but keeps a reported count it asks about', () => {
    expect(measures('Will North Korea have more than 50,000 military personnel in Russia on 1 July 2026?')[0][1]).toBeNull();
    expect(measures('Will Pyongyang really send 30,000 more troops?')[0][1]).toBe('dprk-troops-additional');
  });
  it('ties no measure to a threshold a condition sets, in any tense: "resolves Yes if … exceeds 50,000"', () => {
    expect(measures('It resolves Yes if the government states that the number of North Korean personnel in Russia exceeds 50,000 on 1 July.')[0][1]).toBeNull();
  });

  it('ties no measure to what a plan says it would need, or what someone asks for', () => {
    expect(measures('Its authors estimate that a further 1,000 North Korean sappers would be needed to finish the border strip.')[0][1]).toBeNull();
    expect(measures('The governor asked Moscow to request 5,000 North Korean military builders from Pyongyang.')[0][1]).toBeNull();
    // What was sent is what it is.
    expect(measures('Pyongyang sent 1,000 North Korean sappers to Kursk.')[0][1]).toBe('dprk-sappers-kursk');
  });
});
