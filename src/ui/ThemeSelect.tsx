import { useView } from './ViewContext';

/**
 * The theme: follow the system, light or dark (the theme island keeps it). The icon is drawn by CSS
 * from :root[data-theme], so it matches whatever the head script applied before first paint.
 */
export function ThemeSelect() {
  const { t } = useView();
  return (
    <label className="theme-select" title={t.theme}>
      <span className="theme-icon" aria-hidden="true" />
      <span className="visually-hidden">{t.theme}</span>
      <select data-island="theme" defaultValue="system">
        <option value="system">{t.themeSystem}</option>
        <option value="light">{t.themeLight}</option>
        <option value="dark">{t.themeDark}</option>
      </select>
    </label>
  );
}

/** The text size (the text-size island keeps it); the page's type scales with it. */
export function TextSizeSelect() {
  const { t } = useView();
  return (
    <label className="theme-select text-size-select" title={t.textSize}>
      <span className="text-size-icon" aria-hidden="true">
        가
      </span>
      <span className="visually-hidden">{t.textSize}</span>
      <select data-island="text-size" defaultValue="normal">
        <option value="small">{t.textSmall}</option>
        <option value="normal">{t.textNormal}</option>
        <option value="large">{t.textLarge}</option>
        <option value="larger">{t.textLarger}</option>
      </select>
    </label>
  );
}
