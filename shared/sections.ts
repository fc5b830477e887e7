// The app's sections, in navigation order. Main's tray menu and the renderer's router share them.
export const sections = ['breaks', 'guide', 'checklist', 'pain', 'review', 'settings', 'about'] as const;
export type Section = (typeof sections)[number];

export const sectionTitles: Record<Section, string> = {
  breaks: 'Breaks',
  guide: 'Stretch guide',
  checklist: 'Checklist',
  pain: 'Pain log',
  review: 'Weekly review',
  settings: 'Settings',
  about: 'About',
};
