import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collectText, collectTextPaced, locate } from '../../../lib/collect/text-index';

const body = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body;

describe('collectText', () => {
  it('joins inline elements without a break, so "<b>11</b>,000" reads as 11,000', () => {
    expect(collectText(body('<p>Some <b>11</b>,000 troops</p>')).text).toContain('Some 11,000 troops');
  });

  it('puts a line break between blocks, so sentences of two paragraphs never merge', () => {
    expect(collectText(body('<p>First 100 troops</p><p>then 200 shells</p>')).text).toBe('First 100 troops\nthen 200 shells\n');
  });

  it('skips scripts, styles, form fields, editable and hidden content', () => {
    const { text } = collectText(
      body('<p>kept</p><script>var x = 1000</script><style>p{}</style><textarea>3000</textarea><div contenteditable>4000</div><p hidden>5000</p><p style="display: none">6000</p>'),
    );
    expect(text.trim()).toBe('kept');
  });

  it('leaves out elements of the tag names the caller skips (the extension\'s own UI), in any case', () => {
    const { text } = collectText(body('<p>page</p><Figure-Check-Sidebar>sidebar 10,000</Figure-Check-Sidebar><p>more</p>'), { skipTags: ['figure-check-sidebar'] });
    expect(text.trim()).toBe('page\nmore');
  });

  it('breaks lines where blocks end, however deep the walk climbs back out', () => {
    const { text } = collectText(body('<div><p>one <b><i>two</i></b></p></div>three<ul><li>four</li></ul><span>five</span>'));
    expect(text.trim()).toBe('one two\nthree\nfour\nfive');
  });

  it('walks a page nested 5,000 levels deep without overflowing the stack', () => {
    const html = `${'<span>'.repeat(5000)}deep 1,000 troops${'</span>'.repeat(5000)}`;
    expect(collectText(body(html)).text).toContain('deep 1,000 troops');
  });

  it('maps text offsets back to the text node and offset holding them', () => {
    const root = body('<p>Some <b>11</b>,000 troops</p>');
    const index = collectText(root);
    const at = index.text.indexOf('11');
    const start = locate(index, at)!;
    expect(start.node.data).toBe('11');
    expect(start.offset).toBe(0);
    const end = locate(index, at + '11,000'.length, true)!;
    expect(end.node.data).toBe(',000 troops');
    expect(end.offset).toBe(4);
  });
});

describe('collectTextPaced', () => {
  it('reads the same text as collectText, pausing between steps of a large page', async () => {
    const root = body(Array.from({ length: 5000 }, (_, i) => `<p>line ${i}</p>`).join(''));
    let pauses = 0;
    const paced = await collectTextPaced(root, {}, { overBudget: () => true, pause: async () => void pauses++ });
    expect(paced.text).toBe(collectText(root).text);
    expect(pauses).toBeGreaterThanOrEqual(4);
  });
});
