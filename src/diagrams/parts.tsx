/**
 * Drawing primitives shared by the diagrams. Colours are CSS variables from
 * src/styles/diagrams.css, so every diagram follows the light and dark themes.
 * Accent n (1–5): --d-stroke-n for lines and text, --d-fill-n for a tinted area.
 */
import type { ReactNode } from 'react';

export type Accent = 0 | 1 | 2 | 3 | 4 | 5;

/** Line and text colour of an accent; 0 is the plain line colour. */
export const strokeColor = (accent: Accent) => (accent === 0 ? 'var(--d-line)' : `var(--d-stroke-${accent})`);
/** Area colour of an accent; 0 is the plain surface. */
export const fillColor = (accent: Accent) => (accent === 0 ? 'var(--d-surface)' : `var(--d-fill-${accent})`);

/** Arrow-head marker; include once per diagram (inside render) before using <Arrow>. */
export function ArrowDefs() {
  return (
    <defs>
      <marker id="d-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
        <path d="M0,0 L10,5 L0,10 z" fill="var(--d-line)" />
      </marker>
    </defs>
  );
}

interface BoxProps {
  x: number;
  y: number;
  w: number;
  h: number;
  accent?: Accent;
  /** one line per array item, centred in the box */
  label?: string | readonly string[];
  fontSize?: number;
  rx?: number;
  dashed?: boolean;
}

/** A rounded box with a centred (multi-line) label: a network block, a data item, a stage. */
export function Box({ x, y, w, h, accent = 0, label, fontSize = 14, rx = 6, dashed = false }: BoxProps) {
  const lines = label === undefined ? [] : typeof label === 'string' ? [label] : label;
  const lineHeight = fontSize * 1.25;
  const firstY = y + h / 2 - ((lines.length - 1) * lineHeight) / 2;
  return (
    <g>
      <rect
        x={x}
        y={y}
        width={w}
        height={h}
        rx={rx}
        fill={fillColor(accent)}
        stroke={strokeColor(accent)}
        strokeWidth={1.5}
        strokeDasharray={dashed ? '5 4' : undefined}
      />
      {lines.map((line, i) => (
        <text key={i} x={x + w / 2} y={firstY + i * lineHeight} fontSize={fontSize} textAnchor="middle" dominantBaseline="central" fill="var(--d-text)">
          {line}
        </text>
      ))}
    </g>
  );
}

interface ArrowProps {
  /** polyline points: [x1, y1, x2, y2, ...]; the head is drawn at the last point */
  points: readonly number[];
  accent?: Accent;
  dashed?: boolean;
  /** draw heads at both ends */
  both?: boolean;
}

export function Arrow({ points, accent = 0, dashed = false, both = false }: ArrowProps) {
  const pairs: string[] = [];
  for (let i = 0; i + 1 < points.length; i += 2) pairs.push(`${points[i]},${points[i + 1]}`);
  return (
    <polyline
      points={pairs.join(' ')}
      fill="none"
      stroke={strokeColor(accent)}
      strokeWidth={1.5}
      strokeDasharray={dashed ? '5 4' : undefined}
      markerEnd="url(#d-arrow)"
      markerStart={both ? 'url(#d-arrow)' : undefined}
    />
  );
}

interface LabelProps {
  x: number;
  y: number;
  children: ReactNode;
  size?: number;
  anchor?: 'start' | 'middle' | 'end';
  muted?: boolean;
  accent?: Accent;
  weight?: 'normal' | 'bold';
  italic?: boolean;
}

/** Free text. Keep labels short: the figure must stay legible at 375 px wide. */
export function Label({ x, y, children, size = 14, anchor = 'middle', muted = false, accent = 0, weight = 'normal', italic = false }: LabelProps) {
  const color = accent !== 0 ? `var(--d-stroke-${accent})` : muted ? 'var(--d-muted)' : 'var(--d-text)';
  return (
    <text x={x} y={y} fontSize={size} textAnchor={anchor} dominantBaseline="central" fill={color} fontWeight={weight} fontStyle={italic ? 'italic' : undefined}>
      {children}
    </text>
  );
}

interface TexProps {
  x: number;
  y: number;
  /** text in which every `_{…}` part is a subscript, e.g. 'h_{t−1}' */
  children: string;
  size?: number;
  anchor?: 'start' | 'middle' | 'end';
  muted?: boolean;
}

/** A label whose `_{…}` parts are set as subscripts (tspans, so every browser lowers them). */
export function Tex({ x, y, children, size = 14, anchor = 'middle', muted = false }: TexProps) {
  const parts = children.split(/_\{([^}]*)\}/);
  const shift = size * 0.3;
  return (
    <text x={x} y={y} fontSize={size} textAnchor={anchor} dominantBaseline="central" fill={muted ? 'var(--d-muted)' : 'var(--d-text)'}>
      {parts.map((part, i) =>
        i % 2 ? (
          <tspan key={i} dy={shift} fontSize={13}>
            {part}
          </tspan>
        ) : (
          <tspan key={i} dy={i ? -shift : undefined}>
            {part}
          </tspan>
        ),
      )}
    </text>
  );
}

/** A tiny seeded random generator (LCG) with values in [0, 1), so scattered points are the same on every build. */
export function lcg(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}
