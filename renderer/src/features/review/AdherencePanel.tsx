// Breaks beside pain, day by day. The comparison sentence is an association in the user's own log,
// shown only with at least 3 days on each side.
import type { RequestOutput } from '../../../../shared/ipc/contract.ts';
import { dayLabel } from './format.ts';

export function AdherencePanel({ review, locale }: { review: RequestOutput<'pain:week'>; locale: string }) {
  const a = review.association;
  return (
    <section className="card" aria-labelledby="adherence-title">
      <h2 id="adherence-title">Breaks beside pain</h2>
      {a ? (
        <p>
          On the {a.higherDays} days you took most of your breaks, your average pain was {a.painOnHigher}; on the {a.lowerDays} days you skipped or
          postponed more, it was {a.painOnLower}. This is a pattern in your own log, not proof that one causes the other.
        </p>
      ) : (
        <p className="hint">A comparison needs at least 3 days with most breaks taken and 3 days with most skipped or postponed, each with pain logged.</p>
      )}
      <table className="data-table">
        <caption className="sr-only">Breaks and pain by day</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Taken</th>
            <th scope="col">Skipped</th>
            <th scope="col">Postponed</th>
            <th scope="col">Average pain</th>
          </tr>
        </thead>
        <tbody>
          {review.adherence.map((d) => (
            <tr key={d.date}>
              <th scope="row">{dayLabel(d.date, locale, 'compact')}</th>
              <td>{d.taken}</td>
              <td>{d.skipped}</td>
              <td>{d.postponed}</td>
              <td>{d.meanPain ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
