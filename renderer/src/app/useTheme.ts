import { useEffect } from 'react';
import type { Theme } from '../../../shared/settings/limits.ts';

/** Light and dark follow the setting; "system" defers to prefers-color-scheme in CSS. */
export function useTheme(theme: Theme | undefined): void {
  useEffect(() => {
    document.documentElement.dataset.theme = theme ?? 'system';
  }, [theme]);
}
