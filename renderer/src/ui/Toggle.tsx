import { useEffect, useId, useState } from 'react';

/**
 * A labelled switch built on a native checkbox, so keyboard and screen readers work as expected.
 * It flips at once and turns back if the save reports failure (onChange resolving to false).
 */
export function Toggle({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange(next: boolean): void | boolean | Promise<boolean | void>;
}) {
  const id = useId();
  const [local, setLocal] = useState(checked);
  useEffect(() => setLocal(checked), [checked]);
  return (
    <div className="toggle">
      <input
        id={id}
        type="checkbox"
        role="switch"
        checked={local}
        onChange={async (e) => {
          const next = e.target.checked;
          setLocal(next);
          if ((await onChange(next)) === false) setLocal(!next);
        }}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
