// The app's sections, in navigation order. Main's tray menu and the renderer's router share them.
export const sections = ['breaks', 'guide', 'checklist', 'pain', 'review', 'help', 'settings', 'about'] as const;
export type Section = (typeof sections)[number];

export const sectionTitles: Record<Section, string> = {
  breaks: 'Breaks',
  guide: 'Stretch guide',
  checklist: 'Checklist',
  pain: 'Pain log',
  review: 'Weekly review',
  help: 'When to get help',
  settings: 'Settings',
  about: 'About',
};

/**
 * Small windows that show one view without the app's navigation, loaded as `#/window/<name>`.
 * Main opens them (break window, quick log); each feature registers its view in the renderer.
 */
export const windowViews = ['break', 'quick-log', 'report'] as const;
export type WindowView = (typeof windowViews)[number];
