import { describe, expect, it } from 'vitest';
import { Checker } from '../../../lib/check';
import { bundledDatabase } from '../../../lib/claims/bundled';

/** A report of our own wording, in wire style, with figures the seeds never phrase this way. */
const ARTICLE = `KYIV — Ukraine's military intelligence said on Thursday that Pyongyang had quietly rotated roughly 3,000 fresh troops into Russia's Kursk region over the winter, replacing units that had taken heavy losses.
The agency estimated North Korean casualties at "no fewer than 4,000", a figure broadly in line with Western assessments, although a Russian war correspondent claimed on Telegram that only 800 had been wounded.
Meanwhile, Moscow continues to rely on Pyongyang's arsenal. Officials in Seoul believe North Korea has now delivered close to 13 million artillery shells and upwards of 120 short-range ballistic missiles since the summer of 2023.
Russian forces massed near Pokrovsk are thought to number around 100,000, the Ukrainian commander-in-chief told reporters, while Ukraine's own losses were not disclosed.
Elsewhere, 2,500 NATO troops began exercises in Estonia, and a crowd of 20,000 gathered in Seoul to protest the deployment.`;

describe('a wire report in words the seeds never use', () => {
  const findings = new Checker(bundledDatabase).check(ARTICLE);
  it.each([
    ['roughly 3,000 fresh troops', 'dprk-troops-reinforcement-early-2025', 'corroborated'],
    // Its quotes are the figure's own.
    ['"no fewer than 4,000"', 'dprk-casualties-kursk', 'corroborated'],
    // Wounded only: not comparable with the database's tolls of killed and wounded together.
    ['800', null, 'unverified'],
    ['close to 13 million artillery shells', 'dprk-shells-to-russia', 'corroborated'],
    ['upwards of 120 short-range ballistic missiles', 'dprk-missiles-to-russia', 'corroborated'],
    ['around 100,000', 'russia-troops-pokrovsk', 'corroborated'],
    ['2,500 NATO troops', null, 'unverified'],
  ])('judges %j against %s as %s', (text, measure, verdict) => {
    const f = findings.find((x) => x.text === text);
    expect(f, text).toBeDefined();
    expect(f?.measure?.id ?? null).toBe(measure);
    expect(f?.verdict).toBe(verdict);
  });

  it('reports nothing else: a protesting crowd is not a count of troops', () => {
    expect(findings).toHaveLength(7);
  });
});

/** An analysis piece of our own, British spelling, with rates, tallies and transfers beside stockpiles. */
const ANALYSIS = `By the time the first North Korean contingent reached the front last autumn — somewhere between 10,000 and 12,000 soldiers, depending on whose count you trust — the Kremlin had already burned through much of its 2022 call-up of 300,000 reservists.
British defence intelligence now reckons Russia is losing upwards of 1,000 men a day. Over the whole war, Kyiv's tally of Russian killed and wounded passed 950,000 this summer.
Pyongyang's contribution is not only human. Some 9m rounds of 152mm ammunition crossed the border in 2024 alone, a UN panel found, and the North is said to have shipped several hundred Koksan howitzers as well.
The numbers on the other side are smaller but not trivial: South Korea's stockpile, by one estimate, holds 30 million shells.`;

describe('an analysis piece with rates, tallies and transfers', () => {
  const findings = new Checker(bundledDatabase).check(ANALYSIS);
  it.each([
    ['10,000 and 12,000 soldiers', 'dprk-troops-initial-deployment', 'corroborated'],
    ['300,000 reservists', 'russia-mobilization-2022', 'corroborated'],
    ['upwards of 1,000 men', null, 'unverified'],
    ['950,000', 'russia-casualties-total', 'corroborated'],
    ['Some 9m rounds', 'dprk-shells-to-russia', 'corroborated'],
    ['several hundred Koksan howitzers', null, 'unverified'],
    ['30 million shells', 'rok-shell-stockpile', 'corroborated'],
  ])('judges %j against %s as %s', (text, measure, verdict) => {
    const f = findings.find((x) => x.text === text);
    expect(f, text).toBeDefined();
    expect(f?.measure?.id ?? null).toBe(measure);
    expect(f?.verdict).toBe(verdict);
  });
});

describe('a translated wire item with a copula and a table', () => {
  const findings = new Checker(bundledDatabase).check(`(Seoul=News Agency) North Korea has additionally dispatched approximately 6,000 military engineers and deminers to Russia's Kursk region, the National Intelligence Service said Wednesday. Among them, 1,000 are mine-clearing personnel.
Table: Ammunition supplied (est.)
152mm shells | 12,000,000`);
  // The 6,000 count engineers and deminers together: neither the builders' measure nor the sappers' alone.
  it.each([
    ['approximately 6,000 military engineers and deminers', null],
    ['1,000 are mine-clearing personnel', 'dprk-sappers-kursk'],
    ['12,000,000', 'dprk-shells-to-russia'],
  ])('reads %j as %s', (text, measure) => {
    const f = findings.find((x) => x.text === text);
    expect(f, text).toBeDefined();
    expect(f?.measure?.id ?? null).toBe(measure);
  });
});

describe('an explainer in questions and answers', () => {
  const findings = new Checker(bundledDatabase).check(`Explainer: What we know about North Korea's role in the war
How many North Korean soldiers are in Russia?
Estimates vary. Ukraine's spy agency says about 11,000 arrived in the autumn of 2024, and Seoul believes a further 3,000 followed early in 2025.
How many have died?
Western officials put the toll at roughly 4,000 killed or wounded; Britain's defence ministry has said more than 6,000.`);
  it.each([
    ['about 11,000', 'dprk-troops-initial-deployment'],
    ['3,000', 'dprk-troops-reinforcement-early-2025'],
    ['roughly 4,000 killed', 'dprk-casualties-kursk'],
    ['more than 6,000', 'dprk-casualties-kursk'],
  ])('answers %j from the question and the lede, matching %s', (text, measure) => {
    expect(findings.find((f) => f.text === text)?.measure?.id).toBe(measure);
  });
});
