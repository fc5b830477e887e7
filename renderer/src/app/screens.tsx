// Section → screen. Each feature folder owns its screen; this map is the only place they meet.
import type { ComponentType } from 'react';
import type { Section, WindowView } from '../../../shared/sections.ts';
import { AboutScreen } from '../features/about/AboutScreen.tsx';
import { ChecklistScreen } from '../features/checklist/ChecklistScreen.tsx';
import { BreaksScreen } from '../features/breaks/BreaksScreen.tsx';
import { BreakWindow } from '../features/breaks/BreakWindow.tsx';
import { GuideScreen } from '../features/guide/GuideScreen.tsx';
import { HelpScreen } from '../features/help/HelpScreen.tsx';
import { SettingsScreen } from '../features/settings/SettingsScreen.tsx';
import { PainScreen } from '../features/pain/PainScreen.tsx';
import { QuickLog } from '../features/pain/QuickLog.tsx';
import { ReportView } from '../features/review/ReportView.tsx';
import { ReviewScreen } from '../features/review/ReviewScreen.tsx';

export const screens: Record<Section, ComponentType> = {
  breaks: BreaksScreen,
  guide: GuideScreen,
  checklist: ChecklistScreen,
  pain: PainScreen,
  review: ReviewScreen,
  help: HelpScreen,
  settings: SettingsScreen,
  about: AboutScreen,
};

/** Views for the small windows main opens; features replace these placeholders. */
export const windowViewComponents: Record<WindowView, ComponentType> = {
  break: BreakWindow,
  'quick-log': QuickLog,
  report: ReportView,
};
