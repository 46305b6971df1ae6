import { useId } from 'preact/hooks';
import type { Qualifier, Value } from '../lib/claims/schema';
import type { SourceView } from '../lib/view/figure-view';

const WIDTH = 300;
const PAD_X = 14;
const TOP = 22;
const ROW = 14;

const STANCE_WORDS: Record<SourceView['stance'], string> = {
  agrees: 'Agrees',
  differs: 'Differs',
  own: 'This article',
};

/** "640", "11k", "12.5k", "1.28M", "2B": a number short enough for an axis label. */
export function compactNumber(n: number): string {
  const units: Array<[number, string]> = [
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'k'],
  ];
  for (const [size, suffix] of units) {
    if (Math.abs(n) >= size) return `${Number.parseFloat((n / size).toPrecision(3))}${suffix}`;
  }
  return `${Number.parseFloat(n.toPrecision(3))}`;
}

const opensAbove = (q: Qualifier) => q === 'more-than' || q === 'at-least';
const opensBelow = (q: Qualifier) => q === 'up-to' || q === 'fewer-than';

/** The words a screen reader hears instead of the picture; also the SVG's tooltip. */
export function describeNumberLine(figure: { valueText: string }, sources: readonly SourceView[], log: boolean): string {
  const parts = [`This page: ${figure.valueText}.`];
  for (const s of sources) parts.push(`${STANCE_WORDS[s.stance]}: ${s.valueText} (${s.attributedTo}).`);
  if (log) parts.push('Logarithmic scale.');
  return parts.join(' ');
}

interface Scale {
  x(v: number): number;
  log: boolean;
  lo: number;
  hi: number;
}

/** Log when the values span more than a factor of 20 (and none is zero), linear otherwise; padded so dots clear the edges. */
function makeScale(values: readonly Value[]): Scale {
  const lo = Math.min(...values.map((v) => v.low));
  const hi = Math.max(...values.map((v) => v.high));
  const log = lo > 0 && hi / lo > 20;
  let d0: number;
  let d1: number;
  if (log) {
    d0 = Math.log10(lo / 1.6);
    d1 = Math.log10(hi * 1.6);
  } else {
    const span = hi - lo || hi * 0.5 || 1;
    d0 = Math.max(0, lo - span * 0.2);
    d1 = hi + span * 0.2;
  }
  const f = log ? Math.log10 : (v: number) => v;
  const inner = WIDTH - 2 * PAD_X;
  return {
    log,
    lo,
    hi,
    x: (v) => {
      const t = (f(log ? Math.max(v, 1e-9) : v) - d0) / (d1 - d0 || 1);
      return PAD_X + Math.min(1, Math.max(0, t)) * inner;
    },
  };
}

const round = (n: number) => Math.round(n * 10) / 10;

function arrowHead(x: number, y: number, direction: 1 | -1) {
  const points = [
    [x, y],
    [x - direction * 6, y - 4],
    [x - direction * 6, y + 4],
  ];
  return <polygon points={points.map(([a, b]) => `${round(a)},${round(b)}`).join(' ')} fill="currentColor" />;
}

/** One source's value as a dot, a range bar, or a bar with an arrow when the figure is open-ended. */
function Mark(props: { value: Value; qualifier: Qualifier; y: number; scale: Scale }) {
  const { value, qualifier, y, scale } = props;
  const a = round(scale.x(value.low));
  const b = round(scale.x(value.high));
  const right = WIDTH - 2;
  const left = 2;
  return (
    <>
      {opensAbove(qualifier) && (
        <>
          <line x1={b} x2={right - 5} y1={y} y2={y} stroke="currentColor" stroke-width="2" />
          {arrowHead(right, y, 1)}
        </>
      )}
      {opensBelow(qualifier) && (
        <>
          <line x1={left + 5} x2={a} y1={y} y2={y} stroke="currentColor" stroke-width="2" />
          {arrowHead(left, y, -1)}
        </>
      )}
      {a === b ? (
        <circle cx={a} cy={y} r="4.5" fill="currentColor" />
      ) : (
        <line x1={a} x2={b} y1={y} y2={y} stroke="currentColor" stroke-width="7" stroke-linecap="round" />
      )}
    </>
  );
}

/**
 * A small number line: every source's value or range in its stance colour, one row each, with this page's figure
 * drawn across all rows. Described in words for screen readers (role="img" with a label).
 */
export function NumberLine(props: { figure: { value: Value; qualifier: Qualifier; valueText: string }; sources: SourceView[] }) {
  const { figure, sources } = props;
  const titleId = useId();
  const scale = makeScale([figure.value, ...sources.map((s) => s.value)]);
  const rows = Math.max(1, sources.length);
  const rowsEnd = TOP + rows * ROW;
  const axisY = rowsEnd + 6;
  const height = axisY + 22;
  const label = describeNumberLine(figure, sources, scale.log);

  const pageLow = round(scale.x(figure.value.low));
  const pageHigh = round(scale.x(figure.value.high));
  const pageMid = (pageLow + pageHigh) / 2;
  const labelX = Math.min(WIDTH - 28, Math.max(28, pageMid));

  const ticks = scale.lo === scale.hi ? [scale.lo] : [scale.lo, scale.hi];
  const stances = (['agrees', 'differs', 'own'] as const).filter((st) => sources.some((s) => s.stance === st));

  return (
    <div class="fc-numberline">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width={WIDTH}
        height={height}
        role="img"
        aria-labelledby={titleId}
        preserveAspectRatio="xMidYMid meet"
      >
        <title id={titleId}>{label}</title>
        <g class="fc-nl-page" data-mark="page">
          {pageLow !== pageHigh && (
            <rect x={pageLow} y={TOP - 6} width={pageHigh - pageLow} height={rowsEnd - TOP + 8} fill="currentColor" opacity="0.15" />
          )}
          <line x1={pageLow} x2={pageLow} y1={TOP - 6} y2={axisY} stroke="currentColor" stroke-width="1.5" stroke-dasharray="3 2" />
          {pageLow !== pageHigh && (
            <line x1={pageHigh} x2={pageHigh} y1={TOP - 6} y2={axisY} stroke="currentColor" stroke-width="1.5" stroke-dasharray="3 2" />
          )}
          {opensAbove(figure.qualifier) && arrowHead(pageHigh + 8, TOP - 6, 1)}
          {opensBelow(figure.qualifier) && arrowHead(pageLow - 8, TOP - 6, -1)}
          <text x={labelX} y="10" text-anchor="middle" font-size="10" fill="currentColor">
            this page
          </text>
        </g>
        {sources.map((s, i) => (
          <g key={i} class={`fc-nl-mark fc-nl-${s.stance}`} data-mark="source" data-stance={s.stance}>
            <title>{`${STANCE_WORDS[s.stance]}: ${s.valueText} (${s.attributedTo})`}</title>
            <Mark value={s.value} qualifier={s.qualifier} y={TOP + i * ROW + ROW / 2} scale={scale} />
          </g>
        ))}
        <g class="fc-nl-axis">
          <line x1={PAD_X - 6} x2={WIDTH - PAD_X + 6} y1={axisY} y2={axisY} stroke="currentColor" stroke-width="1" />
          {ticks.map((t) => {
            const x = round(scale.x(t));
            return (
              <g key={t}>
                <line x1={x} x2={x} y1={axisY} y2={axisY + 4} stroke="currentColor" stroke-width="1" />
                <text x={Math.min(WIDTH - 16, Math.max(16, x))} y={axisY + 15} text-anchor="middle" font-size="10" fill="currentColor">
                  {compactNumber(t)}
                </text>
              </g>
            );
          })}
          {scale.log && (
            <text x={WIDTH / 2} y={axisY + 15} text-anchor="middle" font-size="9" fill="currentColor" opacity="0.7">
              log scale
            </text>
          )}
        </g>
      </svg>
      {stances.length > 0 && (
        <div class="fc-nl-legend" aria-hidden="true">
          {stances.map((st) => (
            <span key={st} class={`fc-nl-key fc-nl-${st}`}>
              <span class="fc-nl-swatch" />
              {STANCE_WORDS[st]}
            </span>
          ))}
          <span class="fc-nl-key fc-nl-key-page">
            <span class="fc-nl-swatch" />
            This page
          </span>
        </div>
      )}
    </div>
  );
}
