// Regions as dots on a simple figure: size by how often, colour by mean intensity. A table carries the numbers.
import { bodyRegionLabels, type BodyRegion } from '../../../../shared/body/regions.ts';
import type { RequestOutput } from '../../../../shared/ipc/contract.ts';

type Region = RequestOutput<'pain:week'>['regions'][number];

const spots: Record<BodyRegion, [number, number]> = {
  head: [100, 28],
  neck: [100, 58],
  shoulders: [100, 76],
  upperBack: [100, 98],
  midBack: [100, 128],
  lowerBack: [100, 158],
  buttocks: [100, 186],
  hips: [72, 180],
  arms: [50, 110],
  elbows: [44, 140],
  wristsForearms: [38, 168],
  hands: [34, 196],
  thighs: [86, 230],
  knees: [86, 270],
  lowerLegs: [86, 306],
  feet: [86, 342],
};

export function BodyMap({ regions }: { regions: Region[] }) {
  const most = Math.max(1, ...regions.map((r) => r.count));
  return (
    <figure className="body-map">
      <svg viewBox="0 0 200 360" role="img" aria-labelledby="body-map-title" className="body-svg">
        <title id="body-map-title">Where it hurt this week; the numbers are in the table</title>
        <g className="body-outline">
          <circle cx="100" cy="28" r="20" />
          <rect x="92" y="46" width="16" height="16" />
          <path d="M62 66 Q100 58 138 66 L146 120 L132 196 L68 196 L54 120 Z" />
          <path d="M62 70 L40 120 L30 200 L40 202 L52 126 L66 96 Z" />
          <path d="M138 70 L160 120 L170 200 L160 202 L148 126 L134 96 Z" />
          <path d="M70 196 L74 350 L96 350 L100 210 L104 350 L126 350 L130 196 Z" />
        </g>
        {regions.map((r) => {
          const [x, y] = spots[r.region];
          return <circle key={r.region} cx={x} cy={y} r={6 + 10 * (r.count / most)} className={`body-spot level-${Math.round(r.mean)}`} />;
        })}
      </svg>
      <table className="data-table">
        <caption className="sr-only">Regions by frequency</caption>
        <thead>
          <tr>
            <th scope="col">Region</th>
            <th scope="col">Entries</th>
            <th scope="col">Average pain</th>
          </tr>
        </thead>
        <tbody>
          {regions.map((r) => (
            <tr key={r.region}>
              <th scope="row">{bodyRegionLabels[r.region]}</th>
              <td>{r.count}</td>
              <td>{r.mean}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
