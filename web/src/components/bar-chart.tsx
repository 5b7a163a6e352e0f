/** A small accessible SVG bar chart: one or two series per category, values labelled, with a table fallback for screen readers. */
import type { ReactNode } from 'react';

export interface BarSeries {
  readonly name: string;
  readonly color: string;
  readonly values: readonly number[];
}

interface Props {
  /** Names the chart for tests and links (`data-testid="chart-<id>"`). */
  readonly id?: string;
  readonly title: string;
  readonly categories: readonly string[];
  readonly series: readonly BarSeries[];
  readonly format?: (n: number) => string;
  /** Shown instead of an empty chart. */
  readonly empty?: string;
}

const W = 560;
const H = 220;
const PAD = { left: 8, right: 8, top: 16, bottom: 44 };

/** A value that is not a number (a rate without trials) draws no bar; `format` says what it is. */
export function BarChart({ id, title, categories, series, format = String, empty }: Props) {
  const testId = id === undefined ? undefined : `chart-${id}`;
  if (categories.length === 0 && empty !== undefined)
    return (
      <figure className="chart" data-testid={testId}>
        <figcaption>{title}</figcaption>
        <p className="muted">{empty}</p>
      </figure>
    );
  const max = Math.max(1, ...series.flatMap((s) => s.values.filter(Number.isFinite)));
  const band = (W - PAD.left - PAD.right) / Math.max(1, categories.length);
  const barW = Math.max(4, (band * 0.8) / Math.max(1, series.length));
  const plotH = H - PAD.top - PAD.bottom;
  const bars: ReactNode[] = [];
  categories.forEach((c, ci) => {
    series.forEach((s, si) => {
      const v = s.values[ci] ?? 0;
      const h = Number.isFinite(v) ? (v / max) * plotH : 0;
      const x = PAD.left + ci * band + band * 0.1 + si * barW;
      const y = PAD.top + plotH - h;
      bars.push(
        <g key={`${c}-${s.name}`}>
          <rect x={x} y={y} width={barW - 2} height={h} fill={s.color}>
            <title>{`${c} · ${s.name}: ${format(v)}`}</title>
          </rect>
          <text x={x + (barW - 2) / 2} y={y - 3} textAnchor="middle" className="chart-value">
            {format(v)}
          </text>
        </g>,
      );
    });
  });
  return (
    <figure className="chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={title}>
        <line
          x1={PAD.left}
          x2={W - PAD.right}
          y1={PAD.top + plotH}
          y2={PAD.top + plotH}
          stroke="#8a94a6"
        />
        {bars}
        {categories.map((c, ci) => (
          <text
            key={c}
            x={PAD.left + ci * band + band / 2}
            y={H - PAD.bottom + 16}
            textAnchor="middle"
            className="chart-label"
          >
            {c}
          </text>
        ))}
      </svg>
      {series.length > 1 && (
        <ul className="legend">
          {series.map((s) => (
            <li key={s.name}>
              <span className="swatch" style={{ background: s.color }} aria-hidden="true" />{' '}
              {s.name}
            </li>
          ))}
        </ul>
      )}
      <table className="visually-hidden">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col" />
            {series.map((s) => (
              <th key={s.name} scope="col">
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {categories.map((c, ci) => (
            <tr key={c}>
              <th scope="row">{c}</th>
              {series.map((s) => (
                <td key={s.name}>{format(s.values[ci] ?? 0)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
