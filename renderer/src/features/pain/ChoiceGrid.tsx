import { toggle } from './draft.ts';

/** A grid of labelled checkboxes over a fixed vocabulary; the selection is a list of its values. */
export function ChoiceGrid<T extends string>({
  options,
  labels,
  selected,
  onChange,
}: {
  options: readonly T[];
  labels: Record<T, string>;
  selected: readonly T[];
  onChange(next: T[]): void;
}) {
  return (
    <div className="choice-grid">
      {options.map((option) => (
        <label key={option}>
          <input type="checkbox" checked={selected.includes(option)} onChange={(e) => onChange(toggle(selected, option, e.target.checked))} />{' '}
          {labels[option]}
        </label>
      ))}
    </div>
  );
}
