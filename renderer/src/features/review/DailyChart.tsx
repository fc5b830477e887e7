// Daily mean (bar) and maximum (tick) intensity for the week, hand-drawn SVG with a table beside it.
import type { RequestOutput } from '../../../../shared/ipc/contract.ts';
import { dayLabel } from './format.ts';

type Day = RequestOutput<'pain:week'>['days'][number];

const W = 560;
const H = 200;
const pad = { left: 32, right: 8, top: 10, bottom: 28 };

export function DailyChart({ days, locale }: { days: Day[]; locale: string }) {
  const plotW = W - pad.left - pad.right;
  const plotH = H - pad.top - pad.bottom;
  const slot = plotW / days.length;
  const y = (v: number) => pad.top + plotH - (v / 10) * plotH;
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="daily-chart-title" className="chart-svg">
        <title id="daily-chart-title">Daily mean and highest pain, 0 to 10; the numbers are in the table below</title>
        {[0, 2, 4, 6, 8, 10].map((v) => (
          <g key={v}>
            <line x1={pad.left} x2={W - pad.right} y1={y(v)} y2={y(v)} className="chart-grid" />
            <text x={pad.left - 6} y={y(v) + 4} textAnchor="end" className="chart-axis">
              {v}
            </text>
          </g>
        ))}
        {days.map((d, i) => {
          const x = pad.left + i * slot + slot * 0.2;
          const w = slot * 0.6;
          return (
            <g key={d.date}>
              {d.mean !== null && <rect x={x} y={y(d.mean)} width={w} height={plotH + pad.top - y(d.mean)} rx={3} className="chart-bar" />}
              {d.max !== null && <line x1={x - 2} x2={x + w + 2} y1={y(d.max)} y2={y(d.max)} className="chart-max" />}
              <text x={x + w / 2} y={H - 8} textAnchor="middle" className="chart-axis">
                {dayLabel(d.date, locale, 'short')}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="hint">Bars: the day&apos;s average. Line across the top: the day&apos;s highest.</figcaption>
      <table className="data-table">
        <caption className="sr-only">Pain by day</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Entries</th>
            <th scope="col">Average</th>
            <th scope="col">Highest</th>
          </tr>
        </thead>
        <tbody>
          {days.map((d) => (
            <tr key={d.date}>
              <th scope="row">{dayLabel(d.date, locale, 'long')}</th>
              <td>{d.count}</td>
              <td>{d.mean ?? '–'}</td>
              <td>{d.max ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
