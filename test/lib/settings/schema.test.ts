import { describe, expect, it } from 'vitest';
import { defaultSettings, isSiteEnabled, parseSettings, setSiteEnabled } from '../../../lib/settings/schema';

describe('parseSettings: stored settings survive corruption', () => {
  it.each([
    ['nothing stored', undefined],
    ['null', null],
    ['a string', 'corrupt'],
    ['a number', 42],
    ['an array', [1, 2, 3]],
  ])('falls back to the defaults for %s', (_name, value) => {
    expect(parseSettings(value)).toEqual(defaultSettings);
  });

  it('keeps every valid field when one is corrupt', () => {
    const stored = { ...defaultSettings, categories: { troops: false, casualties: true, munitions: true }, highlight: { style: 'sparkles' } };
    expect(parseSettings(stored)).toEqual({ ...defaultSettings, categories: { troops: false, casualties: true, munitions: true } });
  });

  it('keeps the valid sites of a list that holds a bad one', () => {
    expect(parseSettings({ ...defaultSettings, siteMode: 'only-listed', sites: ['bbc.co.uk', 'not a host!', 42, 'Example.COM'] }).sites).toEqual(['bbc.co.uk', 'example.com']);
  });

  it('drops fields it does not know, so an older or newer shape cannot smuggle data through', () => {
    expect(parseSettings({ ...defaultSettings, extra: 'x' })).toEqual(defaultSettings);
  });

  it('reads a shape saved before a field existed, filling that field from the defaults', () => {
    const { highlight: _, ...older } = defaultSettings;
    expect(parseSettings(older)).toEqual(defaultSettings);
  });
});

describe('site rules', () => {
  it('runs everywhere by default', () => {
    expect(isSiteEnabled(defaultSettings, 'www.example.com')).toBe(true);
  });

  it('switching a site off from "everywhere" lists it as never, and switching it on again clears it', () => {
    const off = setSiteEnabled(defaultSettings, 'www.bbc.co.uk', false);
    expect(off).toMatchObject({ siteMode: 'never-listed', sites: ['bbc.co.uk'] });
    expect(isSiteEnabled(off, 'bbc.co.uk')).toBe(false);
    expect(isSiteEnabled(off, 'example.com')).toBe(true);
    expect(isSiteEnabled(setSiteEnabled(off, 'bbc.co.uk', true), 'www.bbc.co.uk')).toBe(true);
  });

  it('in "only listed sites" mode, switching a site on lists it', () => {
    const only = { ...defaultSettings, siteMode: 'only-listed' as const };
    expect(isSiteEnabled(only, 'example.com')).toBe(false);
    expect(isSiteEnabled(setSiteEnabled(only, 'example.com', true), 'www.example.com')).toBe(true);
  });
});
