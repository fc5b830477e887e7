// Seven days of breaks as stacked bars: hand-written SVG with a text table for screen readers.
import type { BreakSummary } from '../../../../shared/ipc/contracts/breaks.ts';
import { shortWeekday } from './format.ts';

const series = [
  { key: 'taken', label: 'Taken', className: 'bar-taken' },
  { key: 'natural', label: 'Natural', className: 'bar-natural' },
  { key: 'skipped', label: 'Skipped', className: 'bar-skipped' },
] as const;

export function WeekChart({ days }: { days: BreakSummary['days'] }) {
  const max = Math.max(4, ...days.map((d) => d.taken + d.natural + d.skipped));
  const width = 420;
  const height = 140;
  const slot = width / days.length;
  const barWidth = Math.min(28, slot * 0.6);
  const scale = (height - 24) / max;
  return (
    <figure className="week-chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="week-chart-title">
        <title id="week-chart-title">Breaks per day over the last seven days</title>
        {days.map((d, i) => {
          let y = height - 20;
          const x = i * slot + (slot - barWidth) / 2;
          return (
            <g key={d.date}>
              {series.map((s) => {
                const h = d[s.key] * scale;
                y -= h;
                return h > 0 ? <rect key={s.key} className={s.className} x={x} y={y} width={barWidth} height={h} rx={3} /> : null;
              })}
              <text className="chart-label" x={x + barWidth / 2} y={height - 4} textAnchor="middle">
                {shortWeekday(d.date)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="chart-legend">
        {series.map((s) => (
          <span key={s.key}>
            <span className={`legend-swatch ${s.className}`} aria-hidden="true" /> {s.label}
          </span>
        ))}
      </figcaption>
      <table className="breaks-visually-hidden">
        <caption>Breaks per day</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            {series.map((s) => (
              <th key={s.key} scope="col">
                {s.label}
              </th>
            ))}
            <th scope="col">Postponed</th>
          </tr>
        </thead>
        <tbody>
          {days.map((d) => (
            <tr key={d.date}>
              <th scope="row">{d.date}</th>
              <td>{d.taken}</td>
              <td>{d.natural}</td>
              <td>{d.skipped}</td>
              <td>{d.postponed}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
