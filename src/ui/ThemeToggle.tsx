import { useView } from './ViewContext';

/**
 * Switches between light and dark (the theme island). Until the reader chooses, the theme follows
 * the system. The icon is drawn by CSS from :root[data-theme], so the button matches whatever the
 * head script applied before first paint.
 */
export function ThemeToggle() {
  const { t } = useView();
  return (
    <button type="button" className="theme-toggle" title={t.themeToggle} data-island="theme">
      <span className="theme-icon" aria-hidden="true" />
      <span className="visually-hidden">{t.themeToggle}</span>
    </button>
  );
}
