import { useEffect, useState } from 'react';

/** Colours for drawing on a canvas, read from the page's CSS so canvases follow the theme. */
export interface ThemeColors {
  text: string;
  muted: string;
  line: string;
  surface: string;
  accents: [string, string, string, string, string];
}

function readColors(): ThemeColors {
  // the --d-* variables are light-dark() pairs: resolve them through a probe element
  const probe = document.createElement('span');
  document.body.append(probe);
  const resolve = (name: string) => {
    probe.style.color = `var(${name})`;
    return getComputedStyle(probe).color;
  };
  const colors: ThemeColors = {
    text: resolve('--d-text'),
    muted: resolve('--d-muted'),
    line: resolve('--d-line'),
    surface: resolve('--d-surface'),
    accents: [resolve('--d-stroke-1'), resolve('--d-stroke-2'), resolve('--d-stroke-3'), resolve('--d-stroke-4'), resolve('--d-stroke-5')],
  };
  probe.remove();
  return colors;
}

/** The current theme's colours; changes when the reader toggles the theme or the system switches. */
export function useThemeColors(): ThemeColors | undefined {
  const [colors, setColors] = useState<ThemeColors | undefined>(undefined);
  useEffect(() => {
    const update = () => setColors(readColors());
    update();
    const observer = new MutationObserver(update);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    media.addEventListener('change', update);
    return () => {
      observer.disconnect();
      media.removeEventListener('change', update);
    };
  }, []);
  return colors;
}
