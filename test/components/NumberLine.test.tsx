// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { NumberLine, compactNumber } from '../../components/NumberLine';
import type { SourceView } from '../../lib/view/figure-view';

afterEach(cleanup);

const source = (over: Partial<SourceView>): SourceView => ({
  stance: 'agrees',
  relation: null,
  attributedTo: 'Ukrainian intelligence',
  publicationTitle: 'North Korean troops in Kursk',
  date: '2024-11',
  value: { low: 11000, high: 11000 },
  qualifier: null,
  valueText: '11,000',
  quote: '11,000 North Korean troops',
  ...over,
});

const page = { value: { low: 11000, high: 11000 }, qualifier: null, valueText: '11,000' };

describe('NumberLine', () => {
  it('draws one mark per source plus the page marker', () => {
    const sources = [
      source({}),
      source({ stance: 'differs', attributedTo: "South Korea's NIS", value: { low: 12000, high: 12000 }, valueText: '12,000' }),
      source({ stance: 'own', attributedTo: 'the Pentagon', value: { low: 10000, high: 12000 }, valueText: '10,000–12,000' }),
    ];
    const { container } = render(<NumberLine figure={page} sources={sources} />);
    expect(container.querySelectorAll('[data-mark="source"]')).toHaveLength(3);
    expect(container.querySelectorAll('[data-mark="page"]')).toHaveLength(1);
    expect(container.querySelector('[data-mark="page"]')?.textContent).toContain('this page');
    expect([...container.querySelectorAll('[data-mark="source"]')].map((g) => g.getAttribute('data-stance'))).toEqual([
      'agrees',
      'differs',
      'own',
    ]);
  });

  it('describes every value in words for screen readers', () => {
    const sources = [
      source({}),
      source({ stance: 'differs', attributedTo: "South Korea's NIS", value: { low: 12000, high: 12000 }, valueText: '12,000' }),
    ];
    const { getByRole } = render(<NumberLine figure={page} sources={sources} />);
    const img = getByRole('img');
    const label = img.querySelector('title')?.textContent;
    expect(label).toBe("This page: 11,000. Agrees: 11,000 (Ukrainian intelligence). Differs: 12,000 (South Korea's NIS).");
    expect(img.getAttribute('aria-labelledby')).toBe(img.querySelector('title')?.id);
  });

  it('switches to a log scale when values span more than a factor of 20', () => {
    const wide = [source({ value: { low: 1_200_000, high: 1_200_000 }, valueText: '1,200,000', stance: 'differs' })];
    const { container, getByRole } = render(<NumberLine figure={page} sources={wide} />);
    expect(container.textContent).toContain('log scale');
    expect(getByRole('img').querySelector('title')?.textContent).toContain('Logarithmic scale.');
    const ticks = [...container.querySelectorAll('.fc-nl-axis text')].map((t) => t.textContent);
    expect(ticks).toContain('11k');
    expect(ticks).toContain('1.2M');
  });

  it('keeps a linear scale for close values', () => {
    const { container } = render(<NumberLine figure={page} sources={[source({ value: { low: 12000, high: 12000 } })]} />);
    expect(container.textContent).not.toContain('log scale');
  });

  it('draws open-ended figures with an arrow towards the open side', () => {
    const sources = [
      source({ qualifier: 'more-than', valueText: 'more than 10,000', value: { low: 10000, high: 10000 } }),
      source({ qualifier: 'up-to', valueText: 'up to 12,000', value: { low: 12000, high: 12000 }, stance: 'differs' }),
    ];
    const { container } = render(<NumberLine figure={page} sources={sources} />);
    const [above, below] = [...container.querySelectorAll('[data-mark="source"]')];
    const tip = (g: Element) => Number(g.querySelector('polygon')?.getAttribute('points')?.split(' ')[0]?.split(',')[0]);
    const dot = (g: Element) => Number(g.querySelector('circle')?.getAttribute('cx'));
    expect(tip(above)).toBeGreaterThan(dot(above));
    expect(tip(below)).toBeLessThan(dot(below));
  });

  it('draws a range as a bar rather than a dot', () => {
    const { container } = render(
      <NumberLine figure={page} sources={[source({ value: { low: 10000, high: 12000 }, valueText: '10,000–12,000' })]} />,
    );
    const mark = container.querySelector('[data-mark="source"]')!;
    expect(mark.querySelector('circle')).toBeNull();
    expect(mark.querySelector('line')).not.toBeNull();
  });
});

describe('compactNumber', () => {
  it.each([
    [640, '640'],
    [11000, '11k'],
    [12500, '12.5k'],
    [1_200_000, '1.2M'],
    [1_280_000, '1.28M'],
  ])('writes %d as %s', (n, text) => expect(compactNumber(n)).toBe(text));
});
