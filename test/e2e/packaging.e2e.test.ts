import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness';

// Vitest sets NODE_ENV=test; the archives must be built exactly as `npm run zip` builds them.
const run = (bin: string, args: string[]) =>
  execFileSync(join(ROOT, 'node_modules/.bin', bin), args, { cwd: ROOT, encoding: 'utf8', stdio: 'pipe', env: { ...process.env, NODE_ENV: 'production' } });

describe('packaging', () => {
  it('makes store-ready archives for Chrome and Firefox with wxt zip', () => {
    run('wxt', ['zip']);
    run('wxt', ['zip', '-b', 'firefox']);
    const zips = readdirSync(join(ROOT, '.output')).filter((f) => f.endsWith('.zip'));
    expect(zips.some((z) => z.includes('chrome'))).toBe(true);
    expect(zips.some((z) => z.includes('firefox') && !z.includes('sources'))).toBe(true);
    expect(zips.some((z) => z.includes('sources'))).toBe(true);
  });

  it('asks for storage and for injecting its own parts, with no more host access than its content script has', async () => {
    const manifest = JSON.parse((await import('node:fs')).readFileSync(join(ROOT, '.output/chrome-mv3/manifest.json'), 'utf8'));
    expect(manifest.permissions).toEqual(['storage', 'scripting']);
    // The same sites the content script matches: the install prompt is unchanged by the scripting permission.
    expect(manifest.host_permissions).toEqual(manifest.content_scripts[0].matches);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    // Nothing a page could load or probe for.
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });
});
