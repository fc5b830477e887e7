// Section → screen. Each feature folder owns its screen; this map is the only place they meet.
// Screens other than the landing one load on first visit, and each small window (break, quick log,
// report) loads only its own code: a break window is created for every break, so it should start fast.
import { lazy, type ComponentType } from 'react';
import type { Section, WindowView } from '../../../shared/sections.ts';
import { BreaksScreen } from '../features/breaks/BreaksScreen.tsx';

/** React.lazy over a named export. */
function load<M>(importer: () => Promise<M>, name: keyof M): ComponentType {
  return lazy(async () => ({ default: (await importer())[name] as ComponentType }));
}

export const screens: Record<Section, ComponentType> = {
  breaks: BreaksScreen,
  guide: load(() => import('../features/guide/GuideScreen.tsx'), 'GuideScreen'),
  checklist: load(() => import('../features/checklist/ChecklistScreen.tsx'), 'ChecklistScreen'),
  pain: load(() => import('../features/pain/PainScreen.tsx'), 'PainScreen'),
  review: load(() => import('../features/review/ReviewScreen.tsx'), 'ReviewScreen'),
  help: load(() => import('../features/help/HelpScreen.tsx'), 'HelpScreen'),
  settings: load(() => import('../features/settings/SettingsScreen.tsx'), 'SettingsScreen'),
  about: load(() => import('../features/about/AboutScreen.tsx'), 'AboutScreen'),
};

/** Views for the small windows main opens. */
export const windowViewComponents: Record<WindowView, ComponentType> = {
  break: load(() => import('../features/breaks/BreakWindow.tsx'), 'BreakWindow'),
  'quick-log': load(() => import('../features/pain/QuickLog.tsx'), 'QuickLog'),
  report: load(() => import('../features/review/ReportView.tsx'), 'ReportView'),
};
