import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ClaimPacks } from '../../components/ClaimPacks';
import { Options } from '../../components/Options';
import { bundledDatabase } from '../../lib/claims/bundled';
import { type ClaimPack, MAX_PACK_BYTES, type PackResult, readClaimPack } from '../../lib/claims/pack';
import type { Settings } from '../../lib/settings/schema';
import { loadClaimPacks, saveClaimPacks, watchClaimPacks } from '../../utils/claim-packs-item';
import { loadSettings, saveSettings, watchSettings } from '../../utils/settings-item';
import '../../components/styles.css';
import '../../components/pages.css';

const bundled = {
  publications: bundledDatabase.publications.length,
  measures: bundledDatabase.measures.length,
  reports: bundledDatabase.reports.length,
};

function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [packs, setPacks] = useState<ClaimPack[]>([]);

  useEffect(() => {
    void loadClaimPacks().then(setPacks);
    return watchClaimPacks(setPacks);
  }, []);

  useEffect(() => {
    let live = true;
    void loadSettings().then((s) => live && setSettings(s));
    // Changes made elsewhere (the popup's site switch, another options tab) show up here at once.
    const unwatch = watchSettings((s) => setSettings(s));
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  if (!settings) return <p class="fc-options fc-hint">Loading settings…</p>;

  const onChange = (next: Settings) => {
    setSettings(next);
    void saveSettings(next);
  };

  const onImport = async (file: File): Promise<PackResult> => {
    // The size is checked before the file is read: a 20 MB mistake never reaches memory whole.
    if (file.size > MAX_PACK_BYTES) return { ok: false, errors: [`${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; a claim pack may be at most ${MAX_PACK_BYTES / 1024 / 1024} MB.`] };
    const current = await loadClaimPacks();
    const result = readClaimPack(await file.text(), file.name, [bundledDatabase, ...current.map((p) => p.database)]);
    if (result.ok) await saveClaimPacks([...current, result.pack]);
    return result;
  };
  const onRemove = async (id: string) => saveClaimPacks((await loadClaimPacks()).filter((p) => p.id !== id));

  return (
    <Options
      settings={settings}
      onChange={onChange}
      topics={[...bundledDatabase.topics, ...packs.flatMap((p) => p.database.topics)]}
      bundled={bundled}
      claimPacks={<ClaimPacks packs={packs} onImport={onImport} onRemove={(id) => void onRemove(id)} />}
    />
  );
}

render(<App />, document.getElementById('app')!);
