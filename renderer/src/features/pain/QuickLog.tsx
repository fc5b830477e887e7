// The tray's quick log: intensity and one region in two clicks, Enter saves, "Add details" opens the
// full form for the same entry in this window.
import { useState } from 'react';
import { bodyRegionLabels, type BodyRegion } from '../../../../shared/body/regions.ts';
import type { PainDraft, PainEntry } from '../../../../shared/pain/vocabulary.ts';
import { IntensityPicker } from './IntensityPicker.tsx';
import { PainForm } from './PainForm.tsx';
import { draftOf, emptyDraft } from './draft.ts';
import { useAfterSave } from './useAfterSave.tsx';
import './pain.css';

const quickRegions: BodyRegion[] = ['neck', 'shoulders', 'upperBack', 'midBack', 'lowerBack', 'hips', 'wristsForearms', 'head'];

export function QuickLog() {
  const [intensity, setIntensity] = useState<number | null>(null);
  const [region, setRegion] = useState<BodyRegion | null>(null);
  const [saved, setSaved] = useState<PainEntry | null>(null);
  const [details, setDetails] = useState<PainDraft | null>(null);
  const [status, setStatus] = useState('');
  const after = useAfterSave();

  const quickDraft = (): PainDraft | null =>
    intensity === null || region === null ? null : { ...emptyDraft(), intensity, regions: [{ region, side: 'centre' }] };

  const save = async () => {
    if (saved) return;
    const draft = quickDraft();
    if (!draft) return setStatus('Choose how strong the pain is and where it hurts.');
    const result = await window.limber.pain.add(draft);
    if (!result.ok) return setStatus(result.error.message);
    setSaved(result.value.entry);
    setStatus(`Saved: ${bodyRegionLabels[draft.regions[0]!.region]}, ${draft.intensity} of 10.`);
    after.show(result.value);
  };

  const saveDetails = async (draft: PainDraft) => {
    const result = saved ? await window.limber.pain.update({ id: saved.id, draft }) : await window.limber.pain.add(draft);
    if (!result.ok) return result.error.message;
    setSaved(result.value.entry);
    setDetails(null);
    setStatus('Details saved.');
    after.show(result.value);
    return null;
  };

  if (details) {
    return (
      <section className="quick-log" aria-labelledby="quick-title">
        <h1 id="quick-title">Pain entry details</h1>
        {after.view}
        <PainForm initial={details} submitLabel="Save details" onSubmit={saveDetails} onCancel={() => setDetails(null)} />
      </section>
    );
  }

  return (
    <section className="quick-log" aria-labelledby="quick-title">
      <h1 id="quick-title">Quick pain log</h1>
      {after.view}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
        onKeyDown={(e) => {
          // Enter saves from the radio groups too (browsers submit only from text fields).
          if (e.key === 'Enter' && !(e.target instanceof HTMLButtonElement)) {
            e.preventDefault();
            void save();
          }
        }}
      >
        <IntensityPicker name="quick-intensity" value={intensity} onChange={setIntensity} />
        <fieldset className="quick-regions">
          <legend>Where?</legend>
          {quickRegions.map((r) => (
            <label key={r} className="region-pill">
              <input type="radio" name="quick-region" checked={region === r} onChange={() => setRegion(r)} />
              <span>{bodyRegionLabels[r]}</span>
            </label>
          ))}
        </fieldset>
        <div className="button-row">
          <button type="submit" disabled={saved !== null}>
            Save
          </button>
          <button type="button" className="button-quiet" onClick={() => setDetails(saved ? draftOf(saved) : (quickDraft() ?? emptyDraft()))}>
            Add details
          </button>
        </div>
      </form>
      <p className="status" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
