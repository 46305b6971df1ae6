import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Category } from '../lib/claims/schema';
import type { Verdict } from '../lib/match/verdict';
import { type FigureView, type SourceView, actorName, placeName } from '../lib/view/figure-view';
import { NumberLine } from './NumberLine';

export const VERDICT_WORDS: Record<Verdict, string> = {
  corroborated: 'Corroborated',
  conflicting: 'Conflicting',
  unverified: 'Unverified',
};

const CATEGORY_WORDS: Record<Category, string> = {
  troops: 'Troops',
  casualties: 'Casualties',
  munitions: 'Munitions',
};

const VERDICTS: Verdict[] = ['corroborated', 'conflicting', 'unverified'];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2025", "July 2025" or "6 July 2025" from a partial ISO date; anything else is shown as given. */
export function formatDate(date: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return date;
  const [, year, month, day] = m;
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!monthName) return year;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** "3 corroborated · 1 conflicting · 2 unverified". */
export function countsInWords(figures: readonly Pick<FigureView, 'verdict'>[]): string {
  return VERDICTS.map((v) => `${figures.filter((f) => f.verdict === v).length} ${v}`).join(' · ');
}

function SourceItem(props: { source: SourceView }) {
  const s = props.source;
  return (
    <li class={`fc-source fc-source-${s.stance}`}>
      <p class="fc-source-head">
        <strong class="fc-source-value">{s.valueText}</strong>
        {' — '}
        <span class="fc-source-who">{s.attributedTo}</span>
        {s.relation && (
          <>
            {' '}
            <span class={`fc-tag fc-tag-${s.relation}`}>{s.relation === 'newer' ? 'newer estimate' : 'older estimate'}</span>
          </>
        )}
      </p>
      <p class="fc-source-pub">
        <cite>{s.publicationTitle}</cite>
        {s.date && (
          <>
            {', '}
            <time dateTime={s.date}>{formatDate(s.date)}</time>
          </>
        )}
      </p>
      <blockquote class="fc-quote">{s.quote}</blockquote>
    </li>
  );
}

const GROUPS: Array<{ stance: SourceView['stance']; title: string }> = [
  { stance: 'agrees', title: 'Sources that agree' },
  { stance: 'differs', title: 'Sources that differ' },
  { stance: 'own', title: 'This article' },
];

function FigureDetails(props: { figure: FigureView }) {
  const f = props.figure;
  const onlyOwn = f.sources.length > 0 && f.sources.every((s) => s.stance === 'own');
  return (
    <>
      {f.measure ? (
        <>
          <p class="fc-measure">{f.measure.name}</p>
          {onlyOwn && <p class="fc-note">Only this article reports this figure</p>}
          {f.sources.length === 0 && <p class="fc-note">No source in the database reports this figure</p>}
        </>
      ) : (
        <p class="fc-measure fc-measure-none">No matching claim in the database</p>
      )}
      {f.sentence && (
        <div class="fc-context">
          <h4 class="fc-subhead">On this page</h4>
          <blockquote class="fc-quote">{f.sentence}</blockquote>
          {f.attribution && <p class="fc-attribution">Attributed to {f.attribution}</p>}
        </div>
      )}
      {f.why && (
        <div class="fc-why">
          <h4 class="fc-subhead">Why it matched</h4>
          <dl class="fc-why-list">
            <dt>Actor</dt>
            <dd>{actorName(f.why.actor)}</dd>
            {f.why.place && (
              <>
                <dt>Place</dt>
                <dd>{placeName(f.why.place)}</dd>
              </>
            )}
            {f.why.kind && (
              <>
                <dt>Kind</dt>
                <dd>{f.why.kind}</dd>
              </>
            )}
            <dt>Cue words</dt>
            <dd>{f.why.cues.length > 0 ? f.why.cues.join(', ') : 'none'}</dd>
          </dl>
        </div>
      )}
      {f.sources.length > 0 && <NumberLine figure={f} sources={f.sources} />}
      {GROUPS.map(({ stance, title }) => {
        const group = f.sources.filter((s) => s.stance === stance);
        if (group.length === 0) return null;
        return (
          <section key={stance} class={`fc-group fc-group-${stance}`}>
            <h4 class="fc-subhead">{title}</h4>
            <ul class="fc-sources">
              {group.map((s, i) => (
                <SourceItem key={i} source={s} />
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

/**
 * The in-page sidebar: the page's figures in reading order, each a disclosure button that opens to its measure,
 * why it matched, a number line and the sources that agree or differ. All page and database text is rendered as
 * text nodes. Esc anywhere inside calls onClose.
 */
export function Sidebar(props: {
  figures: FigureView[];
  selectedId: string | null;
  onSelect(id: string): void;
  onClose(): void;
  /** Offered when set: saves the page's findings as a file. */
  onExport?(format: 'json' | 'markdown'): void;
}) {
  const { figures, selectedId, onSelect, onClose, onExport } = props;
  const baseId = useId();
  const [expanded, setExpanded] = useState<string | null>(selectedId);
  const listRef = useRef<HTMLOListElement>(null);
  const itemRefs = useRef(new Map<string, HTMLLIElement>());
  const pendingReveal = useRef<string | null>(null);

  // A selection from outside (a highlight clicked in the page) opens that card and, once it is open, brings it
  // into view inside the list (the list scrolls, never the page).
  useEffect(() => {
    setExpanded(selectedId);
    pendingReveal.current = selectedId;
  }, [selectedId]);

  useEffect(() => {
    const id = pendingReveal.current;
    if (id === null || id !== expanded) return;
    pendingReveal.current = null;
    const list = listRef.current;
    const item = itemRefs.current.get(id);
    if (!list || !item) return;
    const listBox = list.getBoundingClientRect();
    const itemBox = item.getBoundingClientRect();
    if (itemBox.top < listBox.top || itemBox.height > listBox.height) list.scrollTop += itemBox.top - listBox.top;
    else if (itemBox.bottom > listBox.bottom) list.scrollTop += itemBox.bottom - listBox.bottom;
  });

  const activate = (id: string) => {
    if (expanded === id) {
      setExpanded(null);
      return;
    }
    setExpanded(id);
    onSelect(id);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    onClose();
  };

  const titleId = `${baseId}-title`;
  // Where keyboard focus goes when the sidebar is shown: the selected figure, else the close button.
  const focusSelected = selectedId !== null && figures.some((f) => f.id === selectedId);
  return (
    <aside class="fc-sidebar" role="complementary" aria-label="Figure Check" onKeyDown={onKeyDown}>
      <header class="fc-sidebar-header">
        <h2 id={titleId} class="fc-sidebar-title">
          Figure Check
        </h2>
        <button
          type="button"
          class="fc-close"
          aria-label="Close sidebar"
          data-autofocus={focusSelected ? undefined : ''}
          onClick={onClose}
        >
          <span aria-hidden="true">×</span>
        </button>
        <p class="fc-counts">{countsInWords(figures)}</p>
        {onExport && figures.length > 0 && (
          <p class="fc-export">
            Export findings:{' '}
            <button type="button" class="fc-link-button" onClick={() => onExport('json')}>
              JSON
            </button>{' '}
            <button type="button" class="fc-link-button" onClick={() => onExport('markdown')}>
              Markdown
            </button>
          </p>
        )}
      </header>
      {figures.length === 0 ? (
        <p class="fc-empty">No troop, casualty or munition figures found on this page.</p>
      ) : (
        <ol class="fc-list" ref={listRef} aria-labelledby={titleId}>
          {figures.map((f, index) => {
            const open = expanded === f.id;
            const panelId = `${baseId}-panel-${index}`;
            const buttonId = `${baseId}-button-${index}`;
            return (
              <li
                key={f.id}
                class={`fc-item${open ? ' fc-item-open' : ''}`}
                ref={(el) => {
                  if (el) itemRefs.current.set(f.id, el);
                  else itemRefs.current.delete(f.id);
                }}
              >
                <h3 class="fc-item-heading">
                  <button
                    type="button"
                    id={buttonId}
                    class="fc-item-button"
                    aria-expanded={open}
                    aria-controls={open ? panelId : undefined}
                    data-autofocus={focusSelected && f.id === selectedId ? '' : undefined}
                    onClick={() => activate(f.id)}
                  >
                    <span class="fc-item-text">{f.text}</span>
                    <span class="fc-item-meta">
                      <span class={`fc-verdict fc-verdict-${f.verdict}`}>
                        <span class="fc-marker" aria-hidden="true" />
                        {VERDICT_WORDS[f.verdict]}
                      </span>
                      <span class="fc-sep" aria-hidden="true">
                        {' · '}
                      </span>
                      <span class="fc-category">{CATEGORY_WORDS[f.category]}</span>
                    </span>
                  </button>
                </h3>
                {open && (
                  <div id={panelId} class="fc-card" role="region" aria-labelledby={buttonId}>
                    <FigureDetails figure={f} />
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </aside>
  );
}
