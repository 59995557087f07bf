import { useEffect, useRef, useState } from 'react';
import { createRefocusEngine } from './engine';
import { refocusImage } from './image';
import type { Mode } from './text';

export interface ShownImage {
  /** the settings it shows */
  key: string;
  rgb: Float32Array;
  width: number;
  height: number;
  /** full resolution (else a half-resolution preview) */
  full: boolean;
}

/**
 * The refocused photo at these settings, computed off the main thread (engine.ts): at each change
 * a half-resolution preview (one asked for at a time; when it comes back, the latest settings are
 * asked for next), then, once the settings rest for `settleMs`, the full image. The first image is
 * computed as the demo first renders, so it opens complete.
 */
export function useRefocusedImage(focus: number, aperture: number, mode: Mode, width: number, height: number, settleMs: number) {
  const key = `${mode}:${focus}:${aperture}`;
  const [engine] = useState(createRefocusEngine);
  useEffect(() => () => engine.dispose(), [engine]);
  const [image, setImage] = useState<ShownImage>(() => ({
    key,
    rgb: refocusImage({ width, height, lens: { focus, aperture }, mode }),
    width,
    height,
    full: true,
  }));
  const latest = useRef({ key, focus, aperture, mode });
  const previewBusy = useRef(false);
  const settled = image.full && image.key === key;

  useEffect(() => {
    latest.current = { key, focus, aperture, mode };
  }, [key, focus, aperture, mode]);

  useEffect(() => {
    if (settled) return;
    const askPreview = () => {
      if (previewBusy.current) return;
      previewBusy.current = true;
      const wanted = latest.current;
      const size = { width: width / 2, height: height / 2 };
      void engine.render({ ...size, lens: { focus: wanted.focus, aperture: wanted.aperture }, mode: wanted.mode }).then((rgb) => {
        previewBusy.current = false;
        // the full image of the latest settings is never replaced by a preview
        setImage((shown) => (shown.full && shown.key === latest.current.key ? shown : { key: wanted.key, rgb, ...size, full: false }));
        if (latest.current.key !== wanted.key) askPreview();
      });
    };
    askPreview();
    let cancelled = false;
    const timer = setTimeout(() => {
      void engine.render({ width, height, lens: { focus, aperture }, mode }).then((rgb) => {
        if (!cancelled) setImage({ key, rgb, width, height, full: true });
      });
    }, settleMs);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [engine, key, settled, focus, aperture, mode, width, height, settleMs]);

  return { image, settled };
}
