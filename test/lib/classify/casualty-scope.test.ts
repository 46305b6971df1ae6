import { describe, expect, it } from 'vitest';
import { Checker } from '../../../lib/check';
import { bundledDatabase } from '../../../lib/claims/bundled';
import { extractFigures } from '../../../lib/extract/figures';

const scopes = (text: string) => extractFigures(text).map((f) => [f.text.match(/[\d,.]+(?: million)?|[a-z]+ [a-z]+ thousand/)?.[0], f.scope]);

describe('what a casualty figure counts', () => {
  it.each([
    ['Officials said 300 were killed and 2,700 wounded in the assault.', [['300', 'killed'], ['2,700', 'wounded']]],
    ['Of them, 4,700 have been killed or wounded since 2024.', [['4,700', 'combined']]],
    ['The president spoke of 46,000 killed; together with the wounded some 426,000.', [['46,000', 'killed'], ['426,000', 'combined']]],
    ['Ukraine has lost 400,000 soldiers, including the wounded.', [['400,000', 'combined']]],
    ['| Source | North Korean soldiers killed or wounded | Remarks |\n| UK Defence Intelligence | 6,000+ | includes missing |', [['6,000', 'combined']]],
    ['Some 12 soldiers were killed along with 30 wounded.', [['12', 'killed'], ['30', 'wounded']]],
    ['More than 6,000 North Korean soldiers have been killed, wounded, or gone missing in Kursk.', [['6,000', 'combined']]],
    ['Around 4,000 of the original 11,000 North Korean soldiers were killed or injured.', [['4,000', 'combined'], ['11,000', undefined]]],
    ['At least 12 civilians were killed when the missile hit.', [['12', 'killed']]],
    ['Up to 300 North Korean soldiers have been captured, Kyiv says.', [['300', 'captured']]],
    ['More than 2,000 Ukrainian soldiers have been taken prisoner since January.', [['2,000', 'captured']]],
    ['Some 40 Russian soldiers were held captive in the village.', [['40', 'captured']]],
    ['The NIS believes 11,000 troops were deployed, of whom 4,700 have become casualties.', [['11,000', undefined], ['4,700', 'combined']]],
    ['Russian losses reached 1,000 a day in May.', [['1,000', 'combined']]],
    ['The brigade reported 250 dead and 40 missing after the shelling.', [['250', 'killed'], ['40', 'missing']]],
    ['Ukraine counted about 400,000 casualties by the end of the year.', [['400,000', 'combined']]],
    ['The death toll from the strike on Sumy rose to 35, officials said.', [['35', 'killed']]],
    // A bare "toll" is of the dead and the wounded alike; its clause says which.
    ['In the war in Kursk, Seoul put the toll at 4,000.', [['4,000', undefined]]],
    ['About a third had been killed or wounded, which put the toll at 4,000.', [['4,000', 'combined']]],
    ['The UN has verified more than 12,000 civilian deaths in Ukraine.', [['12,000', 'killed']]],
    // A clause of its own reads its own casualty words.
    ['Seoul said about 2,000 North Korean soldiers had died and that total casualties exceeded 4,700.', [['2,000', 'killed'], ['4,700', 'combined']]],
    ['Some 2,000 North Korean soldiers have died, while many more were wounded.', [['2,000', 'killed']]],
    ['About 4,000 North Korean soldiers that were killed or wounded were never replaced.', [['4,000', 'combined']]],
    // A part of a toll is counted by its own verb.
    ['Some 4,700 North Koreans were killed or wounded. Some 600 of the casualties are believed to have died.', [['4,700', 'combined'], ['600', 'killed']]],
  ])('reads %j', (text, expected) => {
    expect(scopes(text)).toEqual(expected);
  });

  it('leaves troops and munitions without a scope', () => {
    expect(extractFigures('North Korea sent 11,000 troops and 100 missiles.').map((f) => f.scope)).toEqual([undefined, undefined]);
  });
});

describe('matching a casualty figure to a measure of the same scope', () => {
  const checker = new Checker(bundledDatabase);
  const verdictOf = (text: string) => {
    const [f] = checker.check(text);
    return [f.measure?.id ?? null, f.verdict];
  };

  it('judges a toll of killed and wounded against the tolls of killed and wounded', () => {
    expect(verdictOf('Some 4,000 North Korean soldiers have been killed or wounded in Kursk, officials say.')).toEqual(['dprk-casualties-kursk', 'corroborated']);
  });

  it('reads "KIA/WIA" as killed and wounded together, and "WIA" alone as the wounded', () => {
    expect(verdictOf('DPRK losses in Kursk: est. 4k+ KIA/WIA.')).toEqual(['dprk-casualties-kursk', 'corroborated']);
    expect(extractFigures('Ukraine says Russia had 1,200 WIA yesterday.').map((f) => [f.category, f.scope])).toEqual([['casualties', 'wounded']]);
  });

  it('reads people counted as "losses of" a contingent as its soldiers, not as the people of a strike', () => {
    expect(verdictOf('Losses of the DPRK contingent have reached 4 thousand people, including killed and wounded, the NIS said.')).toEqual(['dprk-casualties-kursk', 'corroborated']);
    expect(extractFigures('Ukraine\'s losses in the region were heavy; a Russian strike killed 23 people in the city.').map((f) => f.kind)).toEqual(['civilians']);
  });

  it('never calls a toll of the dead alone conflicting with a toll of killed and wounded', () => {
    expect(verdictOf('Seoul says 1,000 North Korean soldiers have been killed in Kursk.')).toEqual([null, 'unverified']);
    expect(verdictOf('A Russian blogger claimed only 800 North Korean soldiers had been wounded in Kursk.')).toEqual([null, 'unverified']);
  });
});

describe('the scope of a part taken from a whole named at length', () => {
  it('reads "about 2,000 of the North Korean soldiers sent to Russia have died" as the dead alone', () => {
    const [f] = extractFigures('Seoul believes about 2,000 of the North Korean soldiers sent to Russia have died.');
    expect([f.category, f.scope]).toEqual(['casualties', 'killed']);
  });
});
