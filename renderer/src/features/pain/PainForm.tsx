// The full pain entry form. Main validates everything again; its field errors show here.
import { useState } from 'react';
import { bodyRegionLabels, bodyRegions, sides, type BodyRegion, type Side } from '../../../../shared/body/regions.ts';
import {
  interferenceAreas,
  interferenceLabels,
  painLimits,
  painQualities,
  painQualityLabels,
  presetTriggerLabels,
  presetTriggers,
  reliefMethodLabels,
  reliefMethods,
  symptomKindLabels,
  symptomKinds,
  symptomSiteLabels,
  symptomSites,
  warningSignLabels,
  warningSigns,
  type PainDraft,
} from '../../../../shared/pain/vocabulary.ts';
import { fromLocalInput, toLocalInput, toggle } from './draft.ts';
import { IntensityPicker } from './IntensityPicker.tsx';
import { ChoiceGrid } from './ChoiceGrid.tsx';

const sideLabels: Record<Side, string> = { left: 'Left', right: 'Right', both: 'Both sides', centre: 'Centre' };

export interface PainFormProps {
  initial: PainDraft;
  submitLabel: string;
  onSubmit(draft: PainDraft): Promise<string | null>;
  onCancel?(): void;
}

export function PainForm({ initial, submitLabel, onSubmit, onCancel }: PainFormProps) {
  const [d, setD] = useState<PainDraft>(initial);
  const [when, setWhen] = useState(toLocalInput(new Date(initial.at)));
  const [custom, setCustom] = useState(initial.customTriggers.join(', '));
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<PainDraft>) => setD((old) => ({ ...old, ...patch }));
  const regionSide = (r: BodyRegion) => d.regions.find((x) => x.region === r)?.side;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const time = fromLocalInput(when);
    if (!time) return setError('Choose when the pain was.');
    if (d.regions.length === 0) return setError('Choose at least one region where it hurts.');
    const customTriggers = [...new Set(custom.split(',').map((t) => t.trim()).filter(Boolean))];
    setBusy(true);
    const problem = await onSubmit({ ...d, ...time, customTriggers });
    setBusy(false);
    setError(problem ?? '');
  };

  return (
    <form className="pain-form" onSubmit={(e) => void submit(e)} aria-label="Pain entry" noValidate>
      <div className="field">
        <label htmlFor="pain-when">When</label>
        <input id="pain-when" type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} />
      </div>

      <IntensityPicker name="pain-intensity" value={d.intensity} onChange={(intensity) => set({ intensity })} />

      <fieldset className="card">
        <legend>Where does it hurt?</legend>
        <div className="choice-grid">
          {bodyRegions.map((r) => {
            const side = regionSide(r);
            return (
              <div key={r} className="region-choice">
                <label>
                  <input
                    type="checkbox"
                    checked={side !== undefined}
                    onChange={(e) =>
                      set({ regions: e.target.checked ? [...d.regions, { region: r, side: 'centre' }] : d.regions.filter((x) => x.region !== r) })
                    }
                  />{' '}
                  {bodyRegionLabels[r]}
                </label>
                {side !== undefined && (
                  <select
                    aria-label={`Side of ${bodyRegionLabels[r]}`}
                    value={side}
                    onChange={(e) => set({ regions: d.regions.map((x) => (x.region === r ? { region: r, side: e.target.value as Side } : x)) })}
                  >
                    {sides.map((s) => (
                      <option key={s} value={s}>
                        {sideLabels[s]}
                      </option>
                    ))}
                  </select>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>

      <fieldset className="card">
        <legend>What does it feel like?</legend>
        <ChoiceGrid options={painQualities} labels={painQualityLabels} selected={d.qualities} onChange={(qualities) => set({ qualities })} />
      </fieldset>

      <fieldset className="card">
        <legend>Does it spread anywhere?</legend>
        <ChoiceGrid options={bodyRegions} labels={bodyRegionLabels} selected={d.radiatesTo} onChange={(radiatesTo) => set({ radiatesTo })} />
      </fieldset>

      <fieldset className="card">
        <legend>Numbness, tingling or weakness</legend>
        <table className="symptom-table">
          <thead>
            <tr>
              <th scope="col">Where</th>
              {symptomKinds.map((k) => (
                <th key={k} scope="col">
                  {symptomKindLabels[k]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {symptomSites.map((site) => (
              <tr key={site}>
                <th scope="row">{symptomSiteLabels[site]}</th>
                {symptomKinds.map((kind) => {
                  const on = d.symptoms.some((s) => s.kind === kind && s.site === site);
                  return (
                    <td key={kind}>
                      <input
                        type="checkbox"
                        aria-label={`${symptomKindLabels[kind]}: ${symptomSiteLabels[site]}`}
                        checked={on}
                        onChange={(e) =>
                          set({
                            symptoms: e.target.checked
                              ? [...d.symptoms, { kind, site }]
                              : d.symptoms.filter((s) => !(s.kind === kind && s.site === site)),
                          })
                        }
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </fieldset>

      <fieldset className="card">
        <legend>Anything else with it?</legend>
        <div className="choice-list">
          {warningSigns.map((w) => (
            <label key={w}>
              <input type="checkbox" checked={d.warningSigns.includes(w)} onChange={(e) => set({ warningSigns: toggle(d.warningSigns, w, e.target.checked) })} />{' '}
              {warningSignLabels[w]}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="card">
        <legend>What might have set it off?</legend>
        <ChoiceGrid options={presetTriggers} labels={presetTriggerLabels} selected={d.triggers} onChange={(triggers) => set({ triggers })} />
        <div className="field">
          <label htmlFor="pain-custom-triggers">Other triggers, separated by commas</label>
          <input id="pain-custom-triggers" type="text" className="wide-input" value={custom} maxLength={painLimits.maxTriggers * (painLimits.maxCustomTriggerLength + 2)} onChange={(e) => setCustom(e.target.value)} />
        </div>
      </fieldset>

      <fieldset className="card">
        <legend>What did you try, and how much did it help?</legend>
        <div className="choice-grid">
          {reliefMethods.map((m) => {
            const tried = d.relief.find((r) => r.method === m);
            return (
              <div key={m} className="region-choice">
                <label>
                  <input
                    type="checkbox"
                    checked={tried !== undefined}
                    onChange={(e) =>
                      set({ relief: e.target.checked ? [...d.relief, { method: m, helpedPercent: 50 }] : d.relief.filter((r) => r.method !== m) })
                    }
                  />{' '}
                  {reliefMethodLabels[m]}
                </label>
                {tried && (
                  <select
                    aria-label={`How much ${reliefMethodLabels[m].toLowerCase()} helped`}
                    value={tried.helpedPercent}
                    onChange={(e) => set({ relief: d.relief.map((r) => (r.method === m ? { method: m, helpedPercent: Number(e.target.value) } : r)) })}
                  >
                    {Array.from({ length: 11 }, (_, i) => i * 10).map((p) => (
                      <option key={p} value={p}>
                        helped {p}%
                      </option>
                    ))}
                  </select>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>

      <fieldset className="card">
        <legend>How much did it get in the way? (0 not at all, 10 completely)</legend>
        <div className="field-grid">
          {interferenceAreas.map((a) => (
            <div key={a} className="field">
              <label htmlFor={`pain-int-${a}`}>{interferenceLabels[a]}</label>
              <select
                id={`pain-int-${a}`}
                value={d.interference[a] ?? ''}
                onChange={(e) => set({ interference: { ...d.interference, [a]: e.target.value === '' ? undefined : Number(e.target.value) } })}
              >
                <option value="">Not recorded</option>
                {Array.from({ length: 11 }, (_, n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
      </fieldset>

      <div className="field">
        <label htmlFor="pain-notes">Notes</label>
        <textarea id="pain-notes" rows={3} maxLength={painLimits.maxNotesLength} value={d.notes} onChange={(e) => set({ notes: e.target.value })} />
      </div>

      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="button-row">
        <button type="submit" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button-quiet" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
