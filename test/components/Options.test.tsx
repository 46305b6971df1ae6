// @vitest-environment happy-dom
import { cleanup, fireEvent, render, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Options, parseHostInput } from '../../components/Options';
import type { Topic } from '../../lib/claims/schema';
import { type Settings, defaultSettings, settingsSchema } from '../../lib/settings/schema';

afterEach(cleanup);

const topics: Topic[] = [
  { id: 'dprk-in-russia', name: 'North Korean forces in Russia' },
  { id: 'munition-transfers', name: 'Munition transfers' },
];
const bundled = { publications: 5, measures: 24, reports: 61 };

function setup(settings: Settings = defaultSettings) {
  const onChange = vi.fn<(next: Settings) => void>();
  const view = render(<Options settings={settings} onChange={onChange} topics={topics} bundled={bundled} />);
  const last = () => {
    const next = onChange.mock.lastCall?.[0];
    if (!next) throw new Error('onChange was not called');
    expect(settingsSchema.safeParse(next).success).toBe(true);
    return next;
  };
  return { ...view, onChange, last };
}

describe('Options', () => {
  it('has a heading for every section', () => {
    const { getByRole } = setup();
    for (const name of ['Tracked topics', 'Sites', 'Highlight style', 'Claim data']) {
      expect(getByRole('heading', { level: 2, name })).toBeTruthy();
    }
  });

  it('switching a category off turns it off in the settings', () => {
    const { getByRole, last } = setup();
    fireEvent.click(getByRole('checkbox', { name: 'Casualties' }));
    expect(last().categories).toEqual({ troops: true, casualties: false, munitions: true });
  });

  it('switching a topic off adds it to hiddenTopics', () => {
    const { getByRole, last } = setup();
    const box = getByRole('checkbox', { name: 'Munition transfers' }) as HTMLInputElement;
    expect(box.checked).toBe(true);
    fireEvent.click(box);
    expect(last().hiddenTopics).toEqual(['munition-transfers']);
  });

  it('switching a hidden topic on removes it from hiddenTopics', () => {
    const { getByRole, last } = setup({ ...defaultSettings, hiddenTopics: ['dprk-in-russia', 'munition-transfers'] });
    const box = getByRole('checkbox', { name: 'North Korean forces in Russia' }) as HTMLInputElement;
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    expect(last().hiddenTopics).toEqual(['munition-transfers']);
  });

  it('chooses where it runs with a radio group', () => {
    const { getByRole, last } = setup();
    expect((getByRole('radio', { name: 'Everywhere' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(getByRole('radio', { name: 'Only on listed sites' }));
    expect(last().siteMode).toBe('only-listed');
    fireEvent.click(getByRole('radio', { name: 'Never on listed sites' }));
    expect(last().siteMode).toBe('never-listed');
  });

  it('adds a valid host', () => {
    const { getByRole, last } = setup({ ...defaultSettings, sites: ['example.com'] });
    fireEvent.input(getByRole('textbox', { name: 'Add a site' }), { target: { value: '  News.Example.ORG ' } });
    fireEvent.click(getByRole('button', { name: 'Add' }));
    expect(last().sites).toEqual(['example.com', 'news.example.org']);
  });

  it('rejects an invalid host with a message', () => {
    const { getByRole, onChange } = setup();
    const input = getByRole('textbox', { name: 'Add a site' });
    fireEvent.input(input, { target: { value: 'not a host!' } });
    fireEvent.click(getByRole('button', { name: 'Add' }));
    expect(onChange).not.toHaveBeenCalled();
    const alert = getByRole('alert');
    expect(alert.textContent).toContain('a host name such as example.com');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe(alert.id);
  });

  it('removes a host', () => {
    const { getByRole, last } = setup({ ...defaultSettings, sites: ['a.com', 'b.com'] });
    fireEvent.click(getByRole('button', { name: 'Remove a.com' }));
    expect(last().sites).toEqual(['b.com']);
  });

  it('changes the highlight style and colours', () => {
    const { getByRole, getByLabelText, last } = setup();
    fireEvent.click(getByRole('radio', { name: 'Background' }));
    expect(last().highlight.style).toBe('background');
    const colour = getByLabelText('Conflicting') as HTMLInputElement;
    expect(colour.type).toBe('color');
    fireEvent.change(colour, { target: { value: '#FF0000' } });
    expect(last().highlight.colours).toEqual({ ...defaultSettings.highlight.colours, conflicting: '#ff0000' });
  });

  it('labels every control', () => {
    const { container } = setup({ ...defaultSettings, sites: ['a.com'] });
    for (const control of container.querySelectorAll('input, button')) {
      const id = control.id;
      const labelled = (id && container.querySelector(`label[for="${id}"]`)) || control.getAttribute('aria-label') || control.textContent?.trim();
      expect(labelled, control.outerHTML).toBeTruthy();
    }
  });

  it('shows what claim data is bundled', () => {
    const { getByRole } = setup();
    const section = getByRole('heading', { name: 'Claim data' }).closest('section')!;
    expect(within(section).getByText(/5 publications, 24 measures, 61 reports/)).toBeTruthy();
  });
});

describe('parseHostInput', () => {
  it('reduces a pasted address to its host', () => {
    expect(parseHostInput('https://www.bbc.co.uk/news/world', [])).toEqual({ host: 'www.bbc.co.uk' });
  });
  it.each(['', 'a..b', '.com', 'exa mple.com'])('rejects %j', (input) => {
    expect('error' in parseHostInput(input, [])).toBe(true);
  });
  it('rejects a host that is already listed, ignoring www.', () => {
    expect(parseHostInput('www.example.com', ['example.com'])).toEqual({ error: 'www.example.com is already listed.' });
  });
});
