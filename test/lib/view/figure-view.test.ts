import { describe, expect, it } from 'vitest';
import { Checker } from '../../../lib/check';
import { bundledDatabase } from '../../../lib/claims/bundled';
import { toFigureView } from '../../../lib/view/figure-view';

describe('toFigureView', () => {
  it('shows a figure that runs across a wrapped line, and its sentence, with one space where the line broke', () => {
    const text = 'Pyongyang is also thought to have sent more than 100 ballistic\n   missiles to Russia since the autumn.';
    const [finding] = new Checker(bundledDatabase).check(text);
    expect(finding.text).toBe('more than 100 ballistic\n   missiles');
    const view = toFigureView(finding, 'fc0', text);
    expect(view.text).toBe('more than 100 ballistic missiles');
    expect(view.sentence).toBe('Pyongyang is also thought to have sent more than 100 ballistic missiles to Russia since the autumn.');
  });
});
