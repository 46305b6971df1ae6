import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import type { Category, Topic } from '../lib/claims/schema';
import { hostSchema, type Settings } from '../lib/settings/schema';

const CATEGORIES: Array<{ id: Category; label: string }> = [
  { id: 'troops', label: 'Troops' },
  { id: 'casualties', label: 'Casualties' },
  { id: 'munitions', label: 'Munitions' },
];

const SITE_MODES: Array<{ id: Settings['siteMode']; label: string }> = [
  { id: 'everywhere', label: 'Everywhere' },
  { id: 'only-listed', label: 'Only on listed sites' },
  { id: 'never-listed', label: 'Never on listed sites' },
];

const STYLES: Array<{ id: Settings['highlight']['style']; label: string }> = [
  { id: 'underline', label: 'Underline' },
  { id: 'background', label: 'Background' },
];

const COLOURS: Array<{ id: keyof Settings['highlight']['colours']; label: string }> = [
  { id: 'corroborated', label: 'Corroborated' },
  { id: 'conflicting', label: 'Conflicting' },
  { id: 'unverified', label: 'Unverified' },
];

const plural = (n: number, word: string) => `${n} ${n === 1 ? word : `${word}s`}`;

const bareHost = (host: string) => host.replace(/^www\./, '');

/**
 * Reads what the reader typed as a host name. A pasted address ("https://www.bbc.co.uk/news") is reduced to its
 * host; the result must pass hostSchema and have no empty labels. Returns the host or a message saying what is wrong.
 */
export function parseHostInput(input: string, listed: readonly string[]): { host: string } | { error: string } {
  let text = input.trim();
  if (!text) return { error: 'Enter a host name such as example.com.' };
  if (text.includes('://')) {
    try {
      text = new URL(text).host;
    } catch {
      return { error: 'That address could not be read; enter a host name such as example.com.' };
    }
  }
  const parsed = hostSchema.safeParse(text);
  const name = parsed.success ? parsed.data.replace(/:\d+$/, '') : '';
  if (!parsed.success || name.split('.').some((label) => label === '' || label.startsWith('-') || label.endsWith('-'))) {
    return { error: `"${input.trim()}" is not a host name. A site is a host name such as example.com.` };
  }
  if (listed.some((s) => bareHost(s.toLowerCase()) === bareHost(parsed.data))) return { error: `${parsed.data} is already listed.` };
  return { host: parsed.data };
}

function SiteList(props: { settings: Settings; onChange(next: Settings): void }) {
  const { settings, onChange } = props;
  const inputId = useId();
  const errorId = useId();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);

  const add = (event: Event) => {
    event.preventDefault();
    const result = parseHostInput(draft, settings.sites);
    if ('error' in result) {
      setError(result.error);
      return;
    }
    setError(null);
    setDraft('');
    onChange({ ...settings, sites: [...settings.sites, result.host] });
  };

  return (
    <div class="fc-sites">
      <h3 class="fc-options-subhead">Listed sites</h3>
      {settings.sites.length === 0 ? (
        <p class="fc-hint">No sites listed.</p>
      ) : (
        <ul class="fc-site-list">
          {settings.sites.map((host) => (
            <li key={host}>
              <span class="fc-site-host">{host}</span>
              <button
                type="button"
                class="fc-button"
                aria-label={`Remove ${host}`}
                onClick={() => onChange({ ...settings, sites: settings.sites.filter((s) => s !== host) })}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="fc-add-site" onSubmit={add} noValidate>
        <label for={inputId}>Add a site</label>
        <input
          id={inputId}
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder="example.com"
          value={draft}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onInput={(event) => {
            setDraft(event.currentTarget.value);
            if (error) setError(null);
          }}
        />
        <button type="submit" class="fc-button">
          Add
        </button>
      </form>
      {error && (
        <p id={errorId} class="fc-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * The options page: tracked topics, sites, highlight style and what claim data is bundled. Stateless: every change
 * calls onChange with a whole new Settings object, which the page saves and all open tabs apply live.
 */
export function Options(props: {
  /** The claim-pack import and list, shown under the bundled data. */
  claimPacks?: ComponentChildren;
  settings: Settings;
  onChange(next: Settings): void;
  topics: Topic[];
  bundled: { publications: number; measures: number; reports: number };
}) {
  const { settings, onChange, topics, bundled } = props;
  const name = useId();

  const setTopic = (id: string, shown: boolean) => {
    const others = settings.hiddenTopics.filter((t) => t !== id);
    onChange({ ...settings, hiddenTopics: shown ? others : [...others, id] });
  };

  return (
    <main class="fc-options">
      <h1>Figure Check options</h1>
      <p class="fc-hint">Changes are saved at once and apply to open tabs.</p>

      <section aria-labelledby={`${name}-topics`}>
        <h2 id={`${name}-topics`}>Tracked topics</h2>
        <fieldset>
          <legend>Categories</legend>
          {CATEGORIES.map(({ id, label }) => (
            <div class="fc-field" key={id}>
              <input
                id={`${name}-cat-${id}`}
                type="checkbox"
                checked={settings.categories[id]}
                onChange={(event) =>
                  onChange({ ...settings, categories: { ...settings.categories, [id]: event.currentTarget.checked } })
                }
              />
              <label for={`${name}-cat-${id}`}>{label}</label>
            </div>
          ))}
        </fieldset>
        {topics.length > 0 && (
          <fieldset>
            <legend>Topic groups</legend>
            {topics.map((topic) => (
              <div class="fc-field" key={topic.id}>
                <input
                  id={`${name}-topic-${topic.id}`}
                  type="checkbox"
                  checked={!settings.hiddenTopics.includes(topic.id)}
                  onChange={(event) => setTopic(topic.id, event.currentTarget.checked)}
                />
                <label for={`${name}-topic-${topic.id}`}>{topic.name}</label>
              </div>
            ))}
          </fieldset>
        )}
      </section>

      <section aria-labelledby={`${name}-sites`}>
        <h2 id={`${name}-sites`}>Sites</h2>
        <fieldset>
          <legend>Run Figure Check</legend>
          {SITE_MODES.map(({ id, label }) => (
            <div class="fc-field" key={id}>
              <input
                id={`${name}-mode-${id}`}
                type="radio"
                name={`${name}-mode`}
                value={id}
                checked={settings.siteMode === id}
                onChange={() => onChange({ ...settings, siteMode: id })}
              />
              <label for={`${name}-mode-${id}`}>{label}</label>
            </div>
          ))}
        </fieldset>
        {settings.siteMode === 'everywhere' && <p class="fc-hint">The list below is used only by the other two choices.</p>}
        <SiteList settings={settings} onChange={onChange} />
      </section>

      <section aria-labelledby={`${name}-style`}>
        <h2 id={`${name}-style`}>Highlight style</h2>
        <fieldset>
          <legend>Mark figures with</legend>
          {STYLES.map(({ id, label }) => (
            <div class="fc-field" key={id}>
              <input
                id={`${name}-style-${id}`}
                type="radio"
                name={`${name}-style`}
                value={id}
                checked={settings.highlight.style === id}
                onChange={() => onChange({ ...settings, highlight: { ...settings.highlight, style: id } })}
              />
              <label for={`${name}-style-${id}`}>{label}</label>
            </div>
          ))}
        </fieldset>
        <fieldset>
          <legend>Colours</legend>
          {COLOURS.map(({ id, label }) => (
            <div class="fc-field fc-colour" key={id}>
              <input
                id={`${name}-colour-${id}`}
                type="color"
                value={settings.highlight.colours[id]}
                onChange={(event) => {
                  const value = event.currentTarget.value.toLowerCase();
                  if (!/^#[0-9a-f]{6}$/.test(value) || value === settings.highlight.colours[id]) return;
                  onChange({
                    ...settings,
                    highlight: { ...settings.highlight, colours: { ...settings.highlight.colours, [id]: value } },
                  });
                }}
              />
              <label for={`${name}-colour-${id}`}>{label}</label>
            </div>
          ))}
        </fieldset>
      </section>

      <section aria-labelledby={`${name}-data`}>
        <h2 id={`${name}-data`}>Claim data</h2>
        <p>Bundled with the extension: {`${plural(bundled.publications, 'publication')}, ${plural(bundled.measures, 'measure')}, ${plural(bundled.reports, 'report')}`}</p>
        {props.claimPacks}
      </section>
    </main>
  );
}
