import { useCallback, useMemo, useRef, useState, type PointerEvent } from 'react';
import { CanvasView } from '../shared/CanvasView';
import { addViridisStops, viridisRgb } from '../shared/colormap';
import { Choice } from '../shared/Choice';
import { SettingSlider, type SliderScale } from '../shared/Slider';
import { useThemeColors } from '../shared/themeColors';
import { useElementWidth } from '../shared/useElementWidth';
import type { DemoProps } from '../types';
import { cocDiameterMm, cocDiameterPx, lectureBlurRadius, sharpRange } from './refocus';
import { sceneOf } from './image';
import { CARDS, FOCAL_LENGTH_MM, WALL_DEPTH_M } from './scene';
import { refocusParams, type RefocusParams } from './settings';
import { useRefocusedImage } from './useRefocusedImage';
import { refocusText, type ObjectName } from './text';

export const IMAGE_WIDTH = 240;
export const IMAGE_HEIGHT = 160;
const LEGEND_HEIGHT = 34;
const PLOT_HEIGHT = 170;
/** After this long without a change the full-resolution image is worked out and replaces the preview. */
export const SETTLE_MS = 150;
const NEAREST = 0.5;
/** Slider positions are log10 of the focus distance; values are whole centimetres. */
const FOCUS_SCALE: SliderScale = { toSlider: Math.log10, fromSlider: (position) => Number((10 ** position).toFixed(2)), step: 0.01 };

const OBJECTS: readonly { name: ObjectName; depth: number }[] = [
  ...CARDS.map((card) => ({ name: card.name, depth: card.depth })),
  { name: 'wall', depth: WALL_DEPTH_M },
];

/** Position of a distance on the inverse-distance axis: 0 at 10 m, 1 at 0.5 m. */
const inverseT = (distance: number) => (1 / distance - 1 / WALL_DEPTH_M) / (1 / NEAREST - 1 / WALL_DEPTH_M);

/**
 * An offscreen canvas of one size, refilled only when its source changes. Filled while painting
 * (in the canvas's layout effect), so it always holds what the committed render shows; one per
 * picture, reused, so that a change costs no new canvas or image buffer.
 */
class Offscreen {
  private readonly canvas: HTMLCanvasElement;
  private readonly context: CanvasRenderingContext2D | null;
  private readonly image: ImageData;
  private source: unknown = null;

  /** made with the demo, so that the first change does not pay for a canvas and its context */
  constructor(width: number, height: number) {
    this.canvas = document.createElement('canvas');
    this.canvas.width = width;
    this.canvas.height = height;
    this.context = this.canvas.getContext('2d');
    this.image = new ImageData(width, height);
  }

  /** The canvas holding `source`, filled by `fill` (every pixel, RGBA) if it held something else. */
  get(source: unknown, fill: (data: Uint8ClampedArray) => void): HTMLCanvasElement {
    if (source !== this.source) {
      fill(this.image.data);
      this.context?.putImageData(this.image, 0, 0);
      this.source = source;
    }
    return this.canvas;
  }
}

function fillRgb(rgb: Float32Array, data: Uint8ClampedArray): void {
  for (let p = 0, n = data.length / 4; p < n; p++) {
    data[p * 4] = rgb[p * 3]! * 255;
    data[p * 4 + 1] = rgb[p * 3 + 1]! * 255;
    data[p * 4 + 2] = rgb[p * 3 + 2]! * 255;
    data[p * 4 + 3] = 255;
  }
}

/** Where the image sits in a canvas `width` wide (the canvas is made 3:2): scaled to fit, centred. */
function imageFit(width: number) {
  const scale = width / IMAGE_WIDTH;
  return { scale, left: (width - IMAGE_WIDTH * scale) / 2, top: 0, width: IMAGE_WIDTH * scale, height: IMAGE_HEIGHT * scale };
}

/** Click or drag on the photo or the depth map to focus at that pixel's depth (slider: keyboard). */
export default function RefocusDemo({ lang, params, setParams }: DemoProps<RefocusParams>) {
  const text = refocusText[lang];
  const { focus, aperture, mode } = params;
  const panel = useRef<HTMLDivElement>(null);
  const panelWidth = useElementWidth(panel);
  const imageHeight = panelWidth > 0 ? Math.round((panelWidth * IMAGE_HEIGHT) / IMAGE_WIDTH) : 200;
  const colors = useThemeColors();
  const full = useMemo(() => sceneOf(IMAGE_WIDTH, IMAGE_HEIGHT), []);

  // Each change shows a half-resolution preview (a quarter of the pixels); once the settings rest,
  // the full-resolution image replaces it. Both are worked out in a Web Worker.
  const { image, settled: isSettled } = useRefocusedImage(focus, aperture, mode, IMAGE_WIDTH, IMAGE_HEIGHT, SETTLE_MS);
  const preview = !isSettled;
  const [bitmaps] = useState(() => ({
    preview: new Offscreen(IMAGE_WIDTH / 2, IMAGE_HEIGHT / 2),
    full: new Offscreen(IMAGE_WIDTH, IMAGE_HEIGHT),
    depth: new Offscreen(IMAGE_WIDTH, IMAGE_HEIGHT),
    sharp: new Offscreen(IMAGE_WIDTH, IMAGE_HEIGHT),
  }));

  const paintDepth = useCallback(
    (data: Uint8ClampedArray) => {
      for (let p = 0; p < IMAGE_WIDTH * IMAGE_HEIGHT; p++) {
        data.set([...viridisRgb(inverseT(full.depth[p]!)), 255], p * 4);
      }
    },
    [full],
  );
  // the band of depths in focus, tinted white over the depth map
  const sharpBand = useMemo(() => sharpRange({ focus, aperture }, IMAGE_WIDTH), [focus, aperture]);
  const paintSharp = useCallback(
    (data: Uint8ClampedArray) => {
      const { near, far } = sharpBand;
      for (let p = 0; p < IMAGE_WIDTH * IMAGE_HEIGHT; p++) {
        const d = full.depth[p]!;
        const inside = d > near && d < far;
        data[p * 4] = inside ? 255 : 0;
        data[p * 4 + 1] = inside ? 255 : 0;
        data[p * 4 + 2] = inside ? 255 : 0;
        data[p * 4 + 3] = inside ? 150 : 0;
      }
    },
    [full, sharpBand],
  );

  const [marker, setMarker] = useState<{ x: number; y: number } | null>(null);
  const dragging = useRef(false);
  const focusAt = (event: PointerEvent<HTMLCanvasElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    const fit = imageFit(rect.width);
    const x = Math.floor((event.clientX - rect.left - fit.left) / fit.scale);
    const y = Math.floor((event.clientY - rect.top - fit.top) / fit.scale);
    if (x < 0 || y < 0 || x >= IMAGE_WIDTH || y >= IMAGE_HEIGHT) return;
    const depth = Math.min(refocusParams.focus.max, Math.max(refocusParams.focus.min, full.depth[y * IMAGE_WIDTH + x]!));
    setMarker({ x, y });
    setParams({ focus: Number(depth.toFixed(2)) });
  };
  const pointer = {
    onPointerDown: (event: PointerEvent<HTMLCanvasElement>) => {
      dragging.current = true;
      event.currentTarget.setPointerCapture?.(event.pointerId);
      focusAt(event);
    },
    onPointerMove: (event: PointerEvent<HTMLCanvasElement>) => {
      if (dragging.current) focusAt(event);
    },
    onPointerUp: () => {
      dragging.current = false;
    },
  };

  const paintMarker = useCallback(
    (context: CanvasRenderingContext2D, fit: ReturnType<typeof imageFit>) => {
      if (!marker) return;
      const x = fit.left + (marker.x + 0.5) * fit.scale;
      const y = fit.top + (marker.y + 0.5) * fit.scale;
      context.save();
      for (const [color, width] of [
        ['rgba(0, 0, 0, 0.8)', 4],
        ['#ffffff', 2],
      ] as const) {
        context.strokeStyle = color;
        context.lineWidth = width;
        context.beginPath();
        context.arc(x, y, 7, 0, 2 * Math.PI);
        context.moveTo(x - 12, y);
        context.lineTo(x - 4, y);
        context.moveTo(x + 4, y);
        context.lineTo(x + 12, y);
        context.moveTo(x, y - 12);
        context.lineTo(x, y - 4);
        context.moveTo(x, y + 4);
        context.lineTo(x, y + 12);
        context.stroke();
      }
      context.restore();
    },
    [marker],
  );

  const drawResult = useCallback(
    (context: CanvasRenderingContext2D, width: number) => {
      const fit = imageFit(width);
      context.imageSmoothingEnabled = true;
      // bilinear for the preview (it lasts a moment); the settled image a little smoother
      context.imageSmoothingQuality = image.full ? 'medium' : 'low';
      const bitmap = (image.full ? bitmaps.full : bitmaps.preview).get(image.rgb, (data) => fillRgb(image.rgb, data));
      context.drawImage(bitmap, fit.left, fit.top, fit.width, fit.height);
      paintMarker(context, fit);
      if (preview) {
        context.font = '11px system-ui, sans-serif';
        const label = text.preview;
        const labelWidth = context.measureText(label).width;
        context.fillStyle = 'rgba(0, 0, 0, 0.55)';
        context.fillRect(fit.left + fit.width - labelWidth - 12, fit.top + 3, labelWidth + 8, 14);
        context.fillStyle = '#ffffff';
        context.textBaseline = 'top';
        context.fillText(label, fit.left + fit.width - labelWidth - 8, fit.top + 4);
      }
    },
    [bitmaps, image, paintMarker, preview, text],
  );

  const drawDepth = useCallback(
    (context: CanvasRenderingContext2D, width: number) => {
      const fit = imageFit(width);
      context.imageSmoothingEnabled = false;
      context.drawImage(bitmaps.depth.get(paintDepth, paintDepth), fit.left, fit.top, fit.width, fit.height);
      context.drawImage(bitmaps.sharp.get(paintSharp, paintSharp), fit.left, fit.top, fit.width, fit.height);
      paintMarker(context, fit);
      if (!colors) return;
      // legend: the colour of each distance, and the in-focus tint
      const y = fit.top + fit.height + 6;
      const gradient = context.createLinearGradient(fit.left, 0, fit.left + fit.width, 0);
      addViridisStops(gradient, 16);
      context.fillStyle = gradient;
      context.fillRect(fit.left, y, fit.width, 8);
      context.fillStyle = colors.text;
      context.font = '11px system-ui, sans-serif';
      context.textBaseline = 'top';
      for (const d of [10, 4, 2, 1, 0.5]) {
        const x = fit.left + inverseT(d) * fit.width;
        context.fillRect(x - 0.5, y + 8, 1, 3);
        // 4 m sits too close to 10 m on an inverse scale for a label of its own
        if (d === 4) continue;
        context.textAlign = d === 10 ? 'left' : d === 0.5 ? 'right' : 'center';
        context.fillText(`${d} m`, x, y + 12);
      }
      context.textAlign = 'left';
      context.fillStyle = 'rgba(255, 255, 255, 0.6)';
      context.strokeStyle = colors.line;
      context.fillRect(fit.left, fit.top + 4, 10, 10);
      context.fillStyle = 'rgba(0, 0, 0, 0.55)';
      const label = text.inFocus;
      context.font = '11px system-ui, sans-serif';
      const labelWidth = context.measureText(label).width;
      context.fillRect(fit.left + 12, fit.top + 3, labelWidth + 8, 14);
      context.fillStyle = '#ffffff';
      context.fillText(label, fit.left + 16, fit.top + 4);
    },
    [bitmaps, paintDepth, paintSharp, paintMarker, colors, text],
  );

  const maxPlotPx = cocDiameterPx({ focus: NEAREST, aperture: refocusParams.aperture.max }, WALL_DEPTH_M, IMAGE_WIDTH);
  const drawPlot = useCallback(
    (context: CanvasRenderingContext2D, width: number, height: number) => {
      if (!colors) return;
      const left = 40;
      const right = width - 12;
      const top = 10;
      const bottom = height - 42;
      const xOf = (d: number) => left + inverseT(d) * (right - left);
      const yOf = (c: number) => bottom - (c / maxPlotPx) * (bottom - top);
      context.font = '11px system-ui, sans-serif';
      context.lineWidth = 1;
      context.strokeStyle = colors.line;
      context.fillStyle = colors.muted;
      // axes and grid
      context.beginPath();
      context.moveTo(left, top);
      context.lineTo(left, bottom);
      context.lineTo(right, bottom);
      context.stroke();
      context.textAlign = 'right';
      context.textBaseline = 'middle';
      for (let c = 0; c <= maxPlotPx; c += 5) {
        context.fillText(String(c), left - 5, yOf(c));
        context.fillRect(left - 3, yOf(c), 3, 1);
      }
      context.save();
      context.translate(11, (top + bottom) / 2);
      context.rotate(-Math.PI / 2);
      context.textAlign = 'center';
      context.fillText(text.blurAxis, 0, 0);
      context.restore();
      context.textAlign = 'center';
      context.textBaseline = 'top';
      for (const d of [10, 4, 2, 1, 0.5]) {
        context.fillRect(xOf(d), bottom, 1, 4);
        context.fillText(`${d}`, xOf(d), bottom + 6);
      }
      context.fillText(text.distanceAxis, (left + right) / 2, bottom + 22);
      // the focus plane
      context.strokeStyle = colors.accents[1];
      context.setLineDash([4, 3]);
      context.beginPath();
      context.moveTo(xOf(focus), top);
      context.lineTo(xOf(focus), bottom);
      context.stroke();
      context.setLineDash([]);
      // c(d): two straight lines in 1/d
      context.strokeStyle = colors.accents[0];
      context.lineWidth = 2;
      context.beginPath();
      context.moveTo(xOf(WALL_DEPTH_M), yOf(cocDiameterPx({ focus, aperture }, WALL_DEPTH_M, IMAGE_WIDTH)));
      context.lineTo(xOf(focus), yOf(0));
      context.lineTo(xOf(NEAREST), yOf(cocDiameterPx({ focus, aperture }, NEAREST, IMAGE_WIDTH)));
      context.stroke();
      // the objects of the scene
      context.fillStyle = colors.text;
      context.textBaseline = 'bottom';
      for (const object of OBJECTS) {
        const c = cocDiameterPx({ focus, aperture }, object.depth, IMAGE_WIDTH);
        context.beginPath();
        context.arc(xOf(object.depth), yOf(c), 4, 0, 2 * Math.PI);
        context.fill();
        context.textAlign = object.name === 'wall' ? 'left' : 'center';
        context.fillText(text.objectShort[object.name], xOf(object.depth) + (object.name === 'wall' ? 6 : 0), yOf(c) - 6);
      }
    },
    [colors, focus, aperture, maxPlotPx, text],
  );

  const lens = { focus, aperture };
  const blurs = OBJECTS.map((object) =>
    text.blurPart(text.object[object.name], cocDiameterMm(lens, object.depth), cocDiameterPx(lens, object.depth, IMAGE_WIDTH)),
  ).join(' · ');
  const apertureText = text.apertureValue(aperture, FOCAL_LENGTH_MM);
  const range = sharpRange(lens, IMAGE_WIDTH);
  const lectureRadius = useMemo(() => (mode === 'lecture' ? lectureBlurRadius(full, { focus, aperture }) : 0), [mode, full, focus, aperture]);

  return (
    <div className="refocus-demo">
      <div className="demo-controls">
        <SettingSlider
          main
          label={text.focus}
          value={focus}
          spec={refocusParams.focus}
          scale={FOCUS_SCALE}
          format={text.focusValue}
          onChange={(value) => {
            setMarker(null);
            setParams({ focus: value });
          }}
        />
        <SettingSlider
          label={text.aperture}
          value={aperture}
          spec={refocusParams.aperture}
          format={(a) => text.apertureValue(a, FOCAL_LENGTH_MM)}
          onChange={(value) => setParams({ aperture: value })}
        />
        <Choice legend={text.mode} options={refocusParams.mode.options} labels={text.modeName} value={mode} onChange={(value) => setParams({ mode: value })} />
      </div>
      <div className="demo-grid">
        <div className="demo-panel" ref={panel}>
          <p className="demo-panel-title">{text.resultTitle}</p>
          <CanvasView
            main
            height={imageHeight}
            draw={drawResult}
            description={`${text.resultDescription(text.modeName[mode], focus, apertureText, blurs)}${isSettled ? '' : ` (${text.preview})`}`}
            {...pointer}
          />
        </div>
        <div className="demo-panel">
          <p className="demo-panel-title">{text.depthTitle}</p>
          <CanvasView height={imageHeight + LEGEND_HEIGHT} draw={drawDepth} description={text.depthDescription(focus)} {...pointer} />
        </div>
      </div>
      <div className="demo-panel" style={{ marginTop: '0.75rem' }}>
        <p className="demo-panel-title">{text.plotTitle}</p>
        <CanvasView height={PLOT_HEIGHT} draw={drawPlot} description={text.plotDescription(focus, apertureText)} />
      </div>
      <p className="demo-readout">
        {text.formula} {blurs}
      </p>
      {mode === 'lecture' && <p className="demo-readout">{text.lecture(range.near, range.far, lectureRadius)}</p>}
      <p className="demo-hint">{text.hint[mode]}</p>
    </div>
  );
}
