import { useEffect, useState } from 'react';
import type { RequestOutput } from '../../../../shared/ipc/contract.ts';
import { Disclaimer } from '../disclaimer/Disclaimer.tsx';

export function AboutScreen() {
  const [info, setInfo] = useState<RequestOutput<'app:info'>>();
  useEffect(() => {
    void window.limber.app.info().then((r) => r.ok && setInfo(r.value));
  }, []);
  return (
    <section className="screen" aria-labelledby="screen-title">
      <h1 id="screen-title">About Limber</h1>
      <div className="card">
        <p className="lead">
          Limber helps you build healthier desk habits and keep a private pain diary. It is not a medical device and
          does not diagnose or treat anything.
        </p>
        <p>
          Everything you enter stays on this computer. Limber makes no network connections and sends no telemetry.
        </p>
        {info && (
          <dl className="facts">
            <dt>Version</dt>
            <dd>{info.version}</dd>
            <dt>Your data folder</dt>
            <dd>
              <code>{info.dataDir}</code>
            </dd>
          </dl>
        )}
      </div>
      <Disclaimer />
      <p>
        <a href="#/help">When to get help</a>: the warning signs that mean you should see a doctor today or call for help now.
      </p>
    </section>
  );
}
