import { describe, expect, it } from 'vitest';
import { findingsToMarkdown } from '../../../lib/report/markdown';
import type { FigureView } from '../../../lib/view/figure-view';

const figure: FigureView = {
  id: 'fc0',
  text: '11,000 troops',
  verdict: 'conflicting',
  category: 'troops',
  value: { low: 11000, high: 11000 },
  qualifier: null,
  valueText: '11,000',
  sentence: 'Some [link](https://evil.example) and <img src=x onerror=alert(1)> text.',
  attribution: null,
  measure: { id: 'm', name: 'A measure', topic: 't' },
  why: null,
  sources: [{ stance: 'differs', relation: 'newer', attributedTo: 'Someone', publicationTitle: 'Paper', date: '2025-07', value: { low: 1, high: 1 }, qualifier: null, valueText: '1', quote: '*bold* `code`' }],
};

describe('findingsToMarkdown', () => {
  it('writes one section per figure with its verdict in words and its sources', () => {
    const md = findingsToMarkdown([figure], { title: 'A page', url: 'https://example.com/a' }, '2026-01-01T00:00:00Z');
    expect(md).toContain('## 11,000 troops — Conflicting');
    expect(md).toContain('differs: 1 — Someone, *Paper*, 2025-07 (newer estimate)');
  });

  it('escapes page and claim text so it cannot become links, images or markup', () => {
    const md = findingsToMarkdown([figure], { title: 'A page', url: 'https://example.com/a' }, '2026-01-01T00:00:00Z');
    expect(md).not.toContain('[link](');
    expect(md).not.toMatch(/(^|[^\\])<img/);
    expect(md).toContain('\\[link\\]\\(https://evil.example\\)');
    expect(md).toContain('\\*bold\\* \\`code\\`');
  });
});
