import { useEffect, useId, useState } from 'react';

export interface NumberFieldProps {
  label: string;
  unit: string;
  value: number;
  min: number;
  max: number;
  error: string | undefined;
  onCommit(value: number): void;
}

/** A number input that commits on Enter or blur; main validates and any error shows under it. */
export function NumberField({ label, unit, value, min, max, error, onCommit }: NumberFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(String(value));
  useEffect(() => setDraft(String(value)), [value]);
  const commit = () => {
    if (draft.trim() === String(value)) return;
    onCommit(draft.trim() === '' ? Number.NaN : Number(draft));
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="field-row">
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          value={draft}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => e.key === 'Enter' && commit()}
        />
        <span className="unit">{unit}</span>
      </div>
      <p id={`${id}-hint`} className="hint">
        {min} to {max} {unit}
      </p>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
