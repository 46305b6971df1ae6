import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../lib/extract/figures';

/** Each figure of `text` as [its text, whether it counts munitions brought down]. */
const intercepted = (text: string) => extractFigures(text).map((f) => [f.text, f.intercepted]);

describe('counts of munitions brought down', () => {
  it.each([
    ['Air defence crews shot down 412 of the drones before dawn.', [['412', true]]],
    ['The air force said it intercepted all 19 cruise missiles.', [['19 cruise missiles', true]]],
    ['Russian air defences destroyed 63 Ukrainian drones over Bryansk, the ministry said.', [['63 Ukrainian drones', true]]],
    ['Of the incoming wave, 290 drones were reportedly downed or jammed.', [['290 drones', true]]],
    ['Mobile fire groups brought down at least 80 Shahed drones in the south.', [['at least 80 Shahed drones', true]]],
    ['The general staff said 655 of the attack drones had been shot down or jammed.', [['655', true]]],
  ])('reads %j as a count of interceptions', (text, expected) => {
    expect(intercepted(text)).toEqual(expected);
  });

  it('keeps the launch and marks only the interception when a sentence gives both', () => {
    expect(intercepted('Moscow sent 505 drones and 17 missiles overnight; 470 drones and nine missiles were shot down.')).toEqual([
      ['505 drones', false],
      ['17 missiles', false],
      ['470 drones', true],
      ['nine missiles', true],
    ]);
  });

  it('lends the verb before a list to every count in it, also to counts named only by "of the"', () => {
    expect(intercepted('Gunners downed 350 of the drones and six of the missiles.')).toEqual([
      ['350', true],
      ['six', true],
    ]);
  });

  it('lends the verb to a part listed after another part\'s whole: "downed 617 of the 653 drones and 43 of the 51 missiles"', () => {
    expect(intercepted('Air defences downed or jammed 617 of the 653 drones and 43 of the 51 missiles launched overnight.')).toEqual([
      ['617', true],
      ['653 drones', false],
      ['43', true],
      ['51 missiles', false],
    ]);
  });

  it('marks a part, never its whole: "300 of the 320 drones were intercepted"', () => {
    expect(intercepted('Kyiv said 300 of the 320 drones were intercepted.')).toEqual([
      ['300', true],
      ['320 drones', false],
    ]);
  });

  it('leaves a launch alone when the interception is of a fraction of it', () => {
    expect(intercepted('Of the 640 drones launched on Sunday, most were shot down.')).toEqual([['640 drones', false]]);
  });

  it('starts a clause with a count of its own: in "launched 610 drones, 580 were intercepted" only the 580 was', () => {
    expect(intercepted('Russia launched 610 drones, 580 were intercepted.')).toEqual([
      ['610 drones', false],
      ['580', true],
    ]);
  });

  it('never reads what munitions hit as their interception: "60 missiles destroyed homes"', () => {
    expect(intercepted('The 60 missiles destroyed homes and a school in the city.')).toEqual([['60 missiles', false]]);
  });

  it('counts tanks and jets that were lost as losses, not interceptions', () => {
    expect(intercepted('The brigade lost 14 tanks and destroyed 3 enemy helicopters near the river during the war.')).toEqual([
      ['14 tanks', false],
      ['3 enemy helicopters', false],
    ]);
  });

  it('reads a bare count that things can suffer ("were destroyed") as the things counted before, not people', () => {
    const [drones, down] = extractFigures('A barrage of 450 drones hit the west; 430 were destroyed.');
    expect([drones.category, drones.kind]).toEqual(['munitions', 'drones']);
    expect([down.text, down.category, down.kind, down.intercepted]).toEqual(['430', 'munitions', 'drones', true]);
    const [, killed] = extractFigures('The brigade sent 900 soldiers into the salient; 300 were eliminated.');
    expect([killed.text, killed.category]).toEqual(['300', 'casualties']);
  });
});
