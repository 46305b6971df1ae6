import { execFile } from 'node:child_process';
import { readdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
const SEEDS = join(ROOT, '../shared/seeds');
const run = promisify(execFile);

async function check(...args: string[]) {
  try {
    const { stdout, stderr } = await run(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/check.ts'), ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run check', () => {
  it('prints one JSON document in the DESIGN §5 shape for every seed', async () => {
    const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => join(SEEDS, f));
    const { code, stdout } = await check('--json', ...seeds);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout) as { files: Array<{ file: string; figures: Array<Record<string, unknown>> }> };
    expect(doc.files.map((f) => f.file)).toEqual(seeds);
    for (const file of doc.files) {
      expect(file.figures.length).toBeGreaterThan(0);
      for (const f of file.figures) {
        expect(f).toMatchObject({ text: expect.any(String), start: expect.any(Number), end: expect.any(Number), value: { low: expect.any(Number), high: expect.any(Number) } });
        expect(['troops', 'casualties', 'munitions']).toContain(f.category);
        expect(['corroborated', 'conflicting', 'unverified']).toContain(f.verdict);
        expect(Array.isArray(f.sources)).toBe(true);
      }
    }
  });

  it('gives offsets into the .txt file itself, so start/end cut out the figure', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-'));
    const file = join(dir, 'note.txt');
    const text = 'Dateline.\nNorth Korea sent about 11,000 soldiers to Kursk in late 2024.';
    writeFileSync(file, text);
    const { stdout } = await check('--json', file);
    const [figure] = JSON.parse(stdout).files[0].figures;
    expect(text.slice(figure.start, figure.end)).toBe(figure.text);
    expect(figure).toMatchObject({ value: { low: 11000, high: 11000 }, qualifier: 'approx', category: 'troops', verdict: 'corroborated', measure: 'dprk-troops-initial-deployment' });
  });

  it('reads HTML through the same collect step as the extension: no scripts, figures split across tags joined', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-'));
    const file = join(dir, 'page.html');
    writeFileSync(file, '<html><body><script>var troops = "5,000 troops";</script><p>Russia keeps <b>110</b>,000 troops near Pokrovsk.</p></body></html>');
    const { stdout } = await check('--json', file);
    const figures = JSON.parse(stdout).files[0].figures;
    expect(figures.map((f: { text: string }) => f.text)).toEqual(['110,000 troops']);
  });

  it('reports a missing file on stderr with a non-zero exit, and still checks the others', async () => {
    const seed = join(SEEDS, readdirSync(SEEDS).find((f) => f.endsWith('.txt'))!);
    const { code, stdout, stderr } = await check('--json', '/no/such/file.txt', seed);
    expect(code).not.toBe(0);
    expect(stderr).toContain('cannot read /no/such/file.txt');
    expect(JSON.parse(stdout).files.map((f: { file: string }) => f.file)).toEqual([seed]);
  });

  it('prints a readable table without --json', async () => {
    const { code, stdout } = await check(join(SEEDS, '000_3cec2df50b812ee5.txt'));
    expect(code).toBe(0);
    expect(stdout).toMatch(/figures \(\d+ corroborated, \d+ conflicting, \d+ unverified\)/);
    expect(stdout).toContain('"25,000 to 30,000 troops"');
  });
});
