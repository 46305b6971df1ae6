import { describe, expect, it } from 'vitest';
import { CueLexicon, stem } from '../../../lib/match/cue-lexicon';

describe('stem', () => {
  it.each([
    ['shahed', 'shaheds'],
    ['deployment', 'deployments'],
    ['deploy', 'deployed'],
    ['supply', 'supplies'],
    ['supply', 'supplied'],
    ['reinforcement', 'reinforcements'],
  ])('folds %j and %j together', (a, b) => {
    expect(stem(a)).toBe(stem(b));
  });
});

describe('CueLexicon', () => {
  it('finds a cue from its plural, its verb forms and a close spelling', () => {
    const lexicon = new CueLexicon(['shahed', 'deployment', 'triple'].flatMap(CueLexicon.tokensOf));
    expect(lexicon.lookup('Shaheds'.toLowerCase())).toEqual([stem('shahed')]);
    expect(lexicon.lookup('deployments')).toEqual([stem('deployment')]);
    expect(lexicon.lookup('tripled')).toEqual([stem('triple')]);
    expect(lexicon.lookup('the')).toEqual([]);
  });

  it('never takes a word for another that merely starts alike: "start" is not "stationed"', () => {
    const lexicon = new CueLexicon(['stationed', 'dispatched'].flatMap(CueLexicon.tokensOf));
    expect(lexicon.lookup('start')).toEqual([]);
    expect(lexicon.lookup('dismiss')).toEqual([]);
    expect(lexicon.lookup('stationing')).toEqual([stem('stationed')]);
  });
});
