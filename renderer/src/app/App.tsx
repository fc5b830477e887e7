import { Suspense, useEffect, useState } from 'react';
import { sectionTitles, sections } from '../../../shared/sections.ts';
import { FirstRun } from '../features/onboarding/FirstRun.tsx';
import { Notices } from './Notices.tsx';
import { screens, windowViewComponents } from './screens.tsx';
import { windowViewFromHash, type WindowViewName } from './windowView.ts';
import { SettingsProvider, useSettings } from './SettingsContext.tsx';
import { useSection } from './useSection.ts';
import { useTheme } from './useTheme.ts';

export function App() {
  return (
    <SettingsProvider>
      <Shell />
    </SettingsProvider>
  );
}

function Shell() {
  const { settings } = useSettings();
  useTheme(settings?.appearance.theme); // once, for every kind of window
  const view = windowViewFromHash();
  return view ? <WindowView view={view} /> : <FirstRunGate />;
}

/** The main window shows the first run until it is completed or skipped. */
function FirstRunGate() {
  const [done, setDone] = useState<boolean>();
  useEffect(() => {
    void window.limber.onboarding.status().then((r) => setDone(r.ok ? r.value.completed : true));
  }, []);
  if (done === undefined) return null;
  return done ? <MainShell /> : <FirstRun onDone={() => setDone(true)} />;
}

/** A single-purpose window (break, quick log): no navigation, just the view. */
function WindowView({ view }: { view: WindowViewName }) {
  const View = windowViewComponents[view];
  return (
    <main id="main" className={`window-view window-${view}`}>
      <Suspense fallback={null}>
        <View />
      </Suspense>
    </main>
  );
}

function MainShell() {
  const [section, go] = useSection();
  const Screen = screens[section];
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <nav className="sidebar" aria-label="Sections">
        <div className="brand" aria-hidden="true">
          <span className="brand-mark" />
          Limber
        </div>
        <ul>
          {sections.map((s) => (
            <li key={s}>
              <a
                href={`#/${s}`}
                aria-current={s === section ? 'page' : undefined}
                onClick={(e) => {
                  e.preventDefault();
                  go(s);
                }}
              >
                {sectionTitles[s]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="content" tabIndex={-1}>
        <Notices />
        <Suspense fallback={<p className="hint">Loading…</p>}>
          <Screen />
        </Suspense>
      </main>
    </div>
  );
}
