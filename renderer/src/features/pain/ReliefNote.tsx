import { newStrainGuidance } from '../../../../shared/pain/guidance.ts';

/** General relief advice after an entry that looks like a new strain; never a prescription. */
export function ReliefNote({ onClose }: { onClose(): void }) {
  return (
    <aside className="card relief-note" aria-labelledby="relief-title">
      <h2 id="relief-title">{newStrainGuidance.title}</h2>
      <ul>
        {newStrainGuidance.lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p className="hint">General guidance, not medical advice. Sources: {newStrainGuidance.sources.join('; ')}.</p>
      <button type="button" className="button-quiet" onClick={onClose}>
        Close
      </button>
    </aside>
  );
}
