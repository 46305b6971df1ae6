import { useEffect, useId, useState } from 'preact/hooks';
import type { Summary, VerdictCounts } from '../lib/messages';

const VERDICTS: Array<keyof VerdictCounts> = ['corroborated', 'conflicting', 'unverified'];

/**
 * The toolbar popup: this tab's counts by verdict, "Open sidebar", the per-site switch and a way to the options.
 * `summary` is null when the page cannot be checked (browser pages, the store, a tab that has not loaded).
 */
export function Popup(props: { summary: Summary | null; onToggleSite(enabled: boolean): void; onOpenSidebar(): void; onOpenOptions(): void }) {
  const { summary, onToggleSite, onOpenSidebar, onOpenOptions } = props;
  const switchId = useId();
  const hostId = useId();
  // The switch follows a click at once; the next summary from the tab replaces that guess with the truth.
  const [clicked, setClicked] = useState<boolean | null>(null);
  useEffect(() => setClicked(null), [summary]);
  const enabled = clicked ?? summary?.enabled ?? false;

  const total = summary ? VERDICTS.reduce((n, v) => n + summary.counts[v], 0) : 0;

  return (
    <main class="fc-popup">
      <h1 class="fc-popup-title">Figure Check</h1>
      {summary === null ? (
        <p class="fc-popup-status" role="status">
          Figure Check can't run on this page
        </p>
      ) : !summary.enabled ? (
        <p class="fc-popup-status" role="status">
          Figure Check is switched off on this site.
        </p>
      ) : (
        <div role="status">
          <p class="fc-popup-status">
            {total === 0 ? 'No figures found on this page.' : `${total} ${total === 1 ? 'figure' : 'figures'} on this page:`}
          </p>
          {total > 0 && (
            <ul class="fc-popup-counts">
              {VERDICTS.map((v) => (
                <li key={v} class={`fc-verdict fc-verdict-${v}`}>
                  <span class="fc-marker" aria-hidden="true" />
                  <span class="fc-count">{summary.counts[v]}</span> {v}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <button type="button" class="fc-button fc-button-primary" disabled={!summary || !summary.enabled} onClick={onOpenSidebar}>
        Open sidebar
      </button>
      <div class="fc-switch-row">
        <input
          id={switchId}
          type="checkbox"
          role="switch"
          class="fc-switch"
          checked={enabled}
          disabled={!summary}
          aria-describedby={summary ? hostId : undefined}
          onChange={(event) => {
            const next = event.currentTarget.checked;
            setClicked(next);
            onToggleSite(next);
          }}
        />
        <label for={switchId}>Enabled on this site</label>
        {summary && (
          <span id={hostId} class="fc-host">
            {summary.host}
          </span>
        )}
      </div>
      <button type="button" class="fc-link" onClick={onOpenOptions}>
        Options
      </button>
    </main>
  );
}
