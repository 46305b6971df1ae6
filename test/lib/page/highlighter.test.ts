import { describe, expect, it } from 'vitest';
import { highlightCss, highlightScope } from '../../../lib/page/highlighter';

describe('highlightCss', () => {
  it('hangs the rules on the root in Chromium, where every element inherits them, and leaves them bare for Firefox', () => {
    const look = { style: 'underline', colours: { corroborated: '#1a7f37', conflicting: '#cf222e', unverified: '#6e7781' } } as const;
    const chrome = highlightCss(look, highlightScope('chrome'));
    expect(chrome.split('\n').every((rule) => rule.startsWith(':root::highlight(figure-check-'))).toBe(true);
    expect(highlightCss(look, highlightScope('firefox')).split('\n').every((rule) => rule.startsWith('::highlight(figure-check-'))).toBe(true);
  });
});
