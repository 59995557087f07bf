import { useEffect, useState } from 'react';
import { applyTheme, usePreferences } from './state/preferences';
import { useView } from './ViewContext';

/**
 * Switches between light and dark. Until the reader chooses, the theme follows the system; the
 * choice is remembered. The icon is drawn by CSS from :root[data-theme], so the pre-rendered
 * button matches whatever the head script applied.
 */
export function ThemeToggle() {
  const { t } = useView();
  const theme = usePreferences((s) => s.theme);
  const setTheme = usePreferences((s) => s.setTheme);
  const [isDark, setIsDark] = useState<boolean | undefined>(undefined);

  useEffect(() => {
    applyTheme(theme);
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const update = () => setIsDark(theme === 'dark' || (theme === 'system' && media.matches));
    update();
    media.addEventListener('change', update);
    return () => media.removeEventListener('change', update);
  }, [theme]);

  return (
    <button
      type="button"
      className="theme-toggle"
      aria-pressed={isDark}
      onClick={() => setTheme(isDark ? 'light' : 'dark')}
      title={t.themeToggle}
    >
      <span className="theme-icon" aria-hidden="true" />
      <span className="visually-hidden">{t.themeToggle}</span>
    </button>
  );
}
