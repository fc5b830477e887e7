// 0–10 as a radio group: arrow keys move, every value is one click.
export function IntensityPicker({ value, onChange, name, autoFocus }: { value: number | null; onChange(v: number): void; name: string; autoFocus?: boolean }) {
  return (
    <fieldset className="intensity">
      <legend>How strong is the pain? (0 no pain, 10 worst imaginable)</legend>
      <div className="intensity-scale">
        {Array.from({ length: 11 }, (_, n) => (
          <label key={n} className={`intensity-option level-${n}`}>
            <input
              type="radio"
              name={name}
              value={n}
              checked={value === n}
              onChange={() => onChange(n)}
              autoFocus={autoFocus === true && (value ?? 0) === n}
            />
            <span>{n}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
