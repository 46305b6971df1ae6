// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup } from '../../components/Popup';
import type { Summary } from '../../lib/messages';

afterEach(cleanup);

const summary = (over: Partial<Summary> = {}): Summary => ({
  host: 'www.bbc.co.uk',
  enabled: true,
  counts: { corroborated: 3, conflicting: 1, unverified: 2 },
  ...over,
});

const handlers = () => ({ onToggleSite: vi.fn(), onOpenSidebar: vi.fn(), onOpenOptions: vi.fn() });

describe('Popup', () => {
  it('shows the counts by verdict in words, each with a colour marker', () => {
    const { container } = render(<Popup summary={summary()} {...handlers()} />);
    const items = [...container.querySelectorAll('.fc-popup-counts li')];
    expect(items.map((li) => li.textContent)).toEqual(['3 corroborated', '1 conflicting', '2 unverified']);
    expect(items[1].classList.contains('fc-verdict-conflicting')).toBe(true);
    expect(items.every((li) => li.querySelector('.fc-marker'))).toBe(true);
  });

  it("says it can't run when there is no summary, and disables its controls", () => {
    const { getByText, getByRole } = render(<Popup summary={null} {...handlers()} />);
    expect(getByText("Figure Check can't run on this page")).toBeTruthy();
    expect((getByRole('button', { name: 'Open sidebar' }) as HTMLButtonElement).disabled).toBe(true);
    expect((getByRole('switch', { name: 'Enabled on this site' }) as HTMLInputElement).disabled).toBe(true);
  });

  it('disables "Open sidebar" when the site is switched off', () => {
    const { getByRole } = render(<Popup summary={summary({ enabled: false })} {...handlers()} />);
    expect((getByRole('button', { name: 'Open sidebar' }) as HTMLButtonElement).disabled).toBe(true);
    expect((getByRole('switch', { name: 'Enabled on this site' }) as HTMLInputElement).checked).toBe(false);
  });

  it('opens the sidebar and the options', () => {
    const h = handlers();
    const { getByRole } = render(<Popup summary={summary()} {...h} />);
    fireEvent.click(getByRole('button', { name: 'Open sidebar' }));
    fireEvent.click(getByRole('button', { name: 'Options' }));
    expect(h.onOpenSidebar).toHaveBeenCalledTimes(1);
    expect(h.onOpenOptions).toHaveBeenCalledTimes(1);
  });

  it('the site switch is a labelled switch showing the host, and reports the new state', () => {
    const h = handlers();
    const { getByRole, getByText } = render(<Popup summary={summary()} {...h} />);
    const toggle = getByRole('switch', { name: 'Enabled on this site' }) as HTMLInputElement;
    expect(toggle.type).toBe('checkbox');
    expect(toggle.checked).toBe(true);
    expect(getByText('www.bbc.co.uk').id).toBe(toggle.getAttribute('aria-describedby'));
    fireEvent.click(toggle);
    expect(h.onToggleSite).toHaveBeenCalledWith(false);
    expect(toggle.checked).toBe(false);
  });

  it('follows a new summary from the tab', () => {
    const h = handlers();
    const { getByRole, rerender } = render(<Popup summary={summary({ enabled: false })} {...h} />);
    rerender(<Popup summary={summary({ enabled: true })} {...h} />);
    expect((getByRole('switch') as HTMLInputElement).checked).toBe(true);
  });
});
