// @vitest-environment happy-dom
import { cleanup, fireEvent, render, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Sidebar } from '../../components/Sidebar';
import type { FigureView, SourceView } from '../../lib/view/figure-view';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const source = (over: Partial<SourceView> = {}): SourceView => ({
  stance: 'agrees',
  relation: null,
  attributedTo: 'Ukrainian intelligence',
  publicationTitle: 'North Korea sends troops to Russia',
  date: '2024-11-05',
  value: { low: 11000, high: 11000 },
  qualifier: null,
  valueText: '11,000',
  quote: 'about 11,000 North Korean troops are in Kursk',
  ...over,
});

const figure = (over: Partial<FigureView> = {}): FigureView => ({
  id: 'f1',
  text: '11,000 troops',
  verdict: 'corroborated',
  category: 'troops',
  value: { low: 11000, high: 11000 },
  qualifier: null,
  valueText: '11,000',
  sentence: 'Some 11,000 troops arrived in Kursk.',
  attribution: null,
  measure: { id: 'dprk-troops-initial-deployment', name: 'North Korean troops sent to Russia', topic: 'dprk-in-russia' },
  why: { actor: 'dprk', place: 'kursk', cues: ['deployed', 'Kursk'] },
  sources: [source()],
  ...over,
});

const three = [
  figure({ id: 'a', text: '11,000 troops' }),
  figure({
    id: 'b',
    text: '3,000 shells',
    verdict: 'conflicting',
    category: 'munitions',
    sources: [source({ stance: 'differs', value: { low: 5000, high: 5000 }, valueText: '5,000' })],
  }),
  figure({ id: 'c', text: '1,000 casualties', verdict: 'unverified', category: 'casualties', measure: null, why: null, sources: [] }),
];

const noop = () => {};

describe('Sidebar', () => {
  it('is a labelled complementary region with counts by verdict in words', () => {
    const { getByRole } = render(<Sidebar figures={three} selectedId={null} onSelect={noop} onClose={noop} />);
    const region = getByRole('complementary', { name: 'Figure Check' });
    expect(region.textContent).toContain('1 corroborated · 1 conflicting · 1 unverified');
  });

  it('lists figures in the given order with the verdict in words', () => {
    const { getAllByRole } = render(<Sidebar figures={three} selectedId={null} onSelect={noop} onClose={noop} />);
    const items = getAllByRole('button', { expanded: false });
    expect(items.map((b) => b.querySelector('.fc-item-text')?.textContent)).toEqual(['11,000 troops', '3,000 shells', '1,000 casualties']);
    expect(items[0].textContent).toContain('Corroborated');
    expect(items[0].textContent).toContain('Troops');
    expect(items[1].textContent).toContain('Conflicting');
    expect(items[1].textContent).toContain('Munitions');
    expect(items[2].textContent).toContain('Unverified');
    expect(items[2].textContent).toContain('Casualties');
    // The colour marker is there, but only next to the words.
    expect(items[1].querySelector('.fc-verdict-conflicting .fc-marker')).not.toBeNull();
  });

  it('expands an item and calls onSelect when it is activated', () => {
    const onSelect = vi.fn();
    const { getByRole, queryByText } = render(<Sidebar figures={three} selectedId={null} onSelect={onSelect} onClose={noop} />);
    const button = getByRole('button', { name: /3,000 shells/ });
    expect(queryByText('Sources that differ')).toBeNull();
    fireEvent.click(button);
    expect(onSelect).toHaveBeenCalledWith('b');
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(queryByText('Sources that differ')).not.toBeNull();
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it('opens the item selected from outside and scrolls it into view inside the list', () => {
    const { getByRole, rerender, container } = render(<Sidebar figures={three} selectedId={null} onSelect={noop} onClose={noop} />);
    const list = container.querySelector('ol')!;
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      const top = this === list ? 0 : this.tagName === 'LI' ? 600 : 0;
      return { top, bottom: top + 100, height: 100, left: 0, right: 300, width: 300, x: 0, y: top, toJSON: () => ({}) } as DOMRect;
    });
    rerender(<Sidebar figures={three} selectedId="c" onSelect={noop} onClose={noop} />);
    expect(getByRole('button', { name: /1,000 casualties/ }).getAttribute('aria-expanded')).toBe('true');
    expect(getByRole('button', { name: /11,000 troops/ }).getAttribute('aria-expanded')).toBe('false');
    expect(list.scrollTop).toBe(600);
  });

  it('shows the measure, why it matched, the number line and grouped sources', () => {
    const f = figure({
      sources: [
        source(),
        source({
          stance: 'differs',
          relation: 'newer',
          attributedTo: "South Korea's NIS",
          publicationTitle: 'Seoul raises its estimate',
          date: '2025-01',
          value: { low: 12000, high: 12000 },
          valueText: '12,000',
          quote: 'NIS said 12,000',
        }),
        source({ stance: 'own', attributedTo: 'the Pentagon', publicationTitle: 'This very article', quote: 'our quote' }),
      ],
    });
    const { getByRole } = render(<Sidebar figures={[f]} selectedId="f1" onSelect={noop} onClose={noop} />);
    const card = getByRole('region');
    expect(within(card).getByText('North Korean troops sent to Russia')).toBeTruthy();
    expect(within(card).getByText('Why it matched')).toBeTruthy();
    expect(within(card).getByText('North Korea')).toBeTruthy();
    expect(within(card).getByText('Kursk Oblast')).toBeTruthy();
    expect(within(card).getByText('deployed, Kursk')).toBeTruthy();
    expect(within(card).getByRole('img').querySelectorAll('[data-mark="source"]')).toHaveLength(3);

    const differ = getByRole('heading', { name: 'Sources that differ' }).closest('section')!;
    expect(within(differ).getByText('12,000')).toBeTruthy();
    expect(within(differ).getByText("South Korea's NIS")).toBeTruthy();
    expect(within(differ).getByText('Seoul raises its estimate')).toBeTruthy();
    expect(within(differ).getByText('January 2025')).toBeTruthy();
    expect(within(differ).getByText('newer estimate')).toBeTruthy();
    expect(within(differ).getByText('NIS said 12,000').tagName).toBe('BLOCKQUOTE');

    const agree = getByRole('heading', { name: 'Sources that agree' }).closest('section')!;
    expect(within(agree).getByText('5 November 2024')).toBeTruthy();
    const own = getByRole('heading', { name: 'This article' }).closest('section')!;
    expect(within(own).getByText('our quote')).toBeTruthy();
  });

  it('says when no claim matched', () => {
    const { getByText } = render(<Sidebar figures={three} selectedId="c" onSelect={noop} onClose={noop} />);
    expect(getByText('No matching claim in the database')).toBeTruthy();
  });

  it('says when only this article reports the figure', () => {
    const f = figure({ verdict: 'unverified', sources: [source({ stance: 'own' })] });
    const { getByText } = render(<Sidebar figures={[f]} selectedId="f1" onSelect={noop} onClose={noop} />);
    expect(getByText('Only this article reports this figure')).toBeTruthy();
  });

  it('renders page text as text, not markup', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const f = figure({
      text: `${evil} troops`,
      sentence: `Sentence ${evil}`,
      sources: [source({ quote: evil, attributedTo: `<b>${evil}</b>`, publicationTitle: evil })],
    });
    const { container, getByRole, getAllByText } = render(<Sidebar figures={[f]} selectedId="f1" onSelect={noop} onClose={noop} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(getByRole('button', { name: new RegExp(`${evil} troops`.replace(/[()]/g, '\\$&')) })).toBeTruthy();
    expect(getAllByText(evil).some((el) => el.tagName === 'BLOCKQUOTE')).toBe(true);
    expect(container.textContent).toContain(`<b>${evil}</b>`);
  });

  it('Esc closes the sidebar', () => {
    const onClose = vi.fn();
    const { getByRole } = render(<Sidebar figures={three} selectedId={null} onSelect={noop} onClose={onClose} />);
    fireEvent.keyDown(getByRole('button', { name: /11,000 troops/ }), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('the close button closes the sidebar', () => {
    const onClose = vi.fn();
    const { getByRole } = render(<Sidebar figures={three} selectedId={null} onSelect={noop} onClose={onClose} />);
    fireEvent.click(getByRole('button', { name: 'Close sidebar' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('marks the selected figure, or else the close button, as the place for focus', () => {
    const { container, rerender } = render(<Sidebar figures={three} selectedId={null} onSelect={noop} onClose={noop} />);
    expect(container.querySelectorAll('[data-autofocus]')).toHaveLength(1);
    expect(container.querySelector('[data-autofocus]')?.getAttribute('aria-label')).toBe('Close sidebar');
    rerender(<Sidebar figures={three} selectedId="b" onSelect={noop} onClose={noop} />);
    expect(container.querySelectorAll('[data-autofocus]')).toHaveLength(1);
    expect(container.querySelector('[data-autofocus]')?.textContent).toContain('3,000 shells');
  });

  it('says so when the page has no figures', () => {
    const { getByText } = render(<Sidebar figures={[]} selectedId={null} onSelect={noop} onClose={noop} />);
    expect(getByText(/No troop, casualty or munition figures/)).toBeTruthy();
  });
});

describe('place and actor names', () => {
  it('gives a readable name to a place the name table does not list', async () => {
    const { placeName, actorName } = await import('../../lib/view/figure-view');
    expect(placeName('chasiv-yar')).toBe('Chasiv Yar');
    expect(placeName('kursk')).toBe('Kursk Oblast');
    expect(actorName('dprk')).toBe('North Korea');
  });
});
