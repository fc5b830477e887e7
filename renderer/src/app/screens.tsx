// Section → screen. Each feature folder owns its screen; this map is the only place they meet.
import type { ComponentType } from 'react';
import type { Section, WindowView } from '../../../shared/sections.ts';
import { AboutScreen } from '../features/about/AboutScreen.tsx';
import { ChecklistScreen } from '../features/checklist/ChecklistScreen.tsx';
import { BreaksScreen } from '../features/breaks/BreaksScreen.tsx';
import { BreakWindow } from '../features/breaks/BreakWindow.tsx';
import { GuideScreen } from '../features/guide/GuideScreen.tsx';
import { HelpScreen } from '../features/help/HelpScreen.tsx';
import { ComingSoon } from '../features/placeholder/ComingSoon.tsx';
import { SettingsScreen } from '../features/settings/SettingsScreen.tsx';

export const screens: Record<Section, ComponentType> = {
  breaks: BreaksScreen,
  guide: GuideScreen,
  checklist: ChecklistScreen,
  pain: () => <ComingSoon title="Pain log" what="A private pain diary: quick entries from the tray and a full form." />,
  review: () => (
    <ComingSoon title="Weekly review" what="Your week at a glance: pain trend, body map, breaks beside pain, and a report for your clinician." />
  ),
  help: HelpScreen,
  settings: SettingsScreen,
  about: AboutScreen,
};

/** Views for the small windows main opens; features replace these placeholders. */
export const windowViewComponents: Record<WindowView, ComponentType> = {
  break: BreakWindow,
  'quick-log': () => <ComingSoon title="Quick log" what="Log pain in two clicks." />,
};
