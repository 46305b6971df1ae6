/**
 * `npm run check -- [--json] FILE...`: the extension's pipeline over saved .html/.htm/.txt files (DESIGN §5).
 * A file that cannot be read is reported on stderr and makes the exit code non-zero; the others are still checked.
 */
import { readFile } from 'node:fs/promises';
import { Checker, type Finding } from '../lib/check';
import { bundledDatabase } from '../lib/claims/bundled';
import { formatValue } from '../lib/report/format-value';
import { findingToJson } from '../lib/report/json';
import { documentText } from './document-text';

const USAGE = 'usage: npm run check -- [--json] FILE...   (FILE: .html, .htm or .txt)';

const MARK = { corroborated: '✔ corroborated', conflicting: '✘ conflicting ', unverified: '? unverified  ' } as const;

function table(file: string, findings: Finding[]): string {
  const counts = { corroborated: 0, conflicting: 0, unverified: 0 };
  for (const f of findings) counts[f.verdict]++;
  const lines = [`${file}: ${findings.length} figures (${counts.corroborated} corroborated, ${counts.conflicting} conflicting, ${counts.unverified} unverified)`];
  for (const f of findings) {
    const agree = f.sources.filter((s) => s.stance === 'agrees').length;
    const differ = f.sources.filter((s) => s.stance === 'differs').length;
    const measure = f.measure ? `${f.measure.name} [${agree} agree, ${differ} differ]` : 'no matching measure';
    lines.push(`  ${MARK[f.verdict]}  ${String(f.start).padStart(6)}  ${JSON.stringify(f.text.replace(/\s+/g, ' '))}  ${formatValue(f.value, f.qualifier)} ${f.category}  → ${measure}`);
  }
  return lines.join('\n');
}

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const files = argv.filter((a) => a !== '--json');
  if (files.length === 0 || files.some((f) => f === '--help' || f === '-h')) {
    console.error(USAGE);
    return 2;
  }
  const checker = new Checker(bundledDatabase);
  const results: Array<{ file: string; figures: ReturnType<typeof findingToJson>[] }> = [];
  let failed = false;
  for (const file of files) {
    let content: string;
    try {
      content = await readFile(file, 'utf8');
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
      console.error(`check: cannot read ${file}: ${reason}`);
      failed = true;
      continue;
    }
    const findings = checker.check(documentText(file, content));
    if (json) results.push({ file, figures: findings.map(findingToJson) });
    else console.log(`${table(file, findings)}\n`);
  }
  if (json) console.log(JSON.stringify({ files: results }, null, 2));
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
