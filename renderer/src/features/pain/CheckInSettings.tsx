// The optional daily check-in reminder, off by default. Main validates and keeps the choice.
import { useEffect, useRef, useState } from 'react';

export function CheckInSettings() {
  const [enabled, setEnabled] = useState(false);
  const [time, setTime] = useState('17:30');
  const [status, setStatus] = useState('');
  // Only the newest save's answer may update the form: blurring the time field and ticking the
  // box in one click sends two saves, and the older answer must not undo the newer choice.
  const latest = useRef(0);
  useEffect(() => {
    void window.limber.pain.checkIn().then((r) => {
      if (r.ok) {
        setEnabled(r.value.enabled);
        setTime(r.value.time);
      }
    });
  }, []);
  // The change shows at once; main's answer confirms it or puts the saved choice back.
  const save = async (next: { enabled: boolean; time: string }) => {
    setEnabled(next.enabled);
    const request = ++latest.current;
    const result = await window.limber.pain.setCheckIn(next);
    if (request !== latest.current) return;
    if (result.ok) {
      setEnabled(result.value.enabled);
      setTime(result.value.time);
      setStatus(result.value.enabled ? `Reminder set for ${result.value.time} each day.` : 'No daily reminder.');
    } else {
      const saved = await window.limber.pain.checkIn();
      if (saved.ok) {
        setEnabled(saved.value.enabled);
        setTime(saved.value.time);
      }
      setStatus(result.error.message);
    }
  };
  return (
    <fieldset className="card check-in">
      <legend>Daily check-in</legend>
      <div className="field-row">
        <label>
          <input type="checkbox" checked={enabled} onChange={(e) => void save({ enabled: e.target.checked, time })} /> Remind me to log how my day went
        </label>
      </div>
      <div className="field">
        <label htmlFor="check-in-time">At</label>
        <input id="check-in-time" type="time" value={time} onChange={(e) => setTime(e.target.value)} onBlur={() => void save({ enabled, time })} />
      </div>
      <p className="status" role="status" aria-live="polite">
        {status}
      </p>
    </fieldset>
  );
}
