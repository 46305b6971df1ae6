import { useId, useState } from 'preact/hooks';
import type { ClaimPack, PackResult } from '../lib/claims/pack';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Import a claim pack (the database's JSON shape or ClaimReview JSON-LD), see what it adds, remove packs.
 * `onImport` validates the file and stores it only when it is whole; its messages are shown as they come.
 */
export function ClaimPacks(props: { packs: ClaimPack[]; onImport(file: File): Promise<PackResult>; onRemove(id: string): void }) {
  const { packs, onImport, onRemove } = props;
  const inputId = useId();
  const [result, setResult] = useState<PackResult | null>(null);
  const [busy, setBusy] = useState(false);

  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    try {
      setResult(await onImport(file));
    } finally {
      setBusy(false);
      input.value = '';
    }
  };

  return (
    <div class="fc-packs">
      <h3 class="fc-options-subhead">Imported claim packs</h3>
      {packs.length === 0 ? (
        <p class="fc-hint">None imported.</p>
      ) : (
        <ul class="fc-pack-list">
          {packs.map((p) => (
            <li key={p.id}>
              <span>
                {p.name}: {plural(p.database.publications.length, 'publication')}, {plural(p.database.measures.length, 'measure')},{' '}
                {plural(p.database.reports.length, 'report')}
              </span>{' '}
              <button type="button" class="fc-button" onClick={() => onRemove(p.id)} aria-label={`Remove claim pack ${p.name}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <label for={inputId}>Import a claim pack (JSON, or ClaimReview JSON-LD)</label>{' '}
      <input id={inputId} type="file" accept=".json,.jsonld,application/json,application/ld+json" disabled={busy} onChange={onFile} />
      {result?.ok === true && (
        <div role="status" class="fc-pack-result">
          <p>
            Imported {result.pack.name}: added {plural(result.added.publications, 'publication')}, {plural(result.added.measures, 'measure')} and{' '}
            {plural(result.added.reports, 'report')}.
          </p>
          {result.skipped.length > 0 && (
            <ul>
              {result.skipped.map((s) => (
                <li key={s}>Skipped {s}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {result?.ok === false && (
        <div role="alert" class="fc-error">
          <p>Nothing was imported:</p>
          <ul>
            {result.errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
