import { windowViews, type WindowView } from '../../../shared/sections.ts';

export type WindowViewName = WindowView;

/** `#/window/break` → 'break'; anything else → undefined (the main window). */
export function windowViewFromHash(hash = window.location.hash): WindowView | undefined {
  const match = /^#\/window\/([a-z-]+)/.exec(hash);
  const name = match?.[1];
  return name && (windowViews as readonly string[]).includes(name) ? (name as WindowView) : undefined;
}
