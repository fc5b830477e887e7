// The permanent "When to get help" page: emergency, same-day and routine signs, with sources.
import { Disclaimer } from '../disclaimer/Disclaimer.tsx';
import { helpLevels } from './helpContent.ts';
import './help.css';

export function HelpScreen() {
  return (
    <section className="screen help" aria-labelledby="screen-title">
      <h1 id="screen-title">When to get help</h1>
      <p className="lead">
        Most back and neck pain eases with time, gentle movement and good habits. Some signs need a professional. This page
        is guidance, not a diagnosis: if in doubt, ask a doctor.
      </p>
      {helpLevels.map((level) => (
        <section key={level.id} className={`card help-level help-${level.id}`} aria-labelledby={`help-${level.id}`}>
          <h2 id={`help-${level.id}`}>{level.title}</h2>
          <p className="help-action">{level.action}</p>
          {level.groups.map((g) => (
            <div key={g.heading}>
              <h3>{g.heading}</h3>
              <ul>
                {g.signs.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ul>
            </div>
          ))}
          <p className="hint">Sources: {level.sources.join('; ')}.</p>
        </section>
      ))}
      <Disclaimer />
      <p>
        For everyday prevention, use the <a href="#/guide">stretch guide</a> and the <a href="#/checklist">workstation checklist</a>.
      </p>
    </section>
  );
}
