import type { Concept } from './embedding';

/** Small picture glyphs in a 24 × 24 box centred on the origin; colours follow the theme. */
export function ConceptIcon({ concept }: { concept: Concept }) {
  switch (concept) {
    case 'dog':
      return (
        <g stroke="var(--d-text)" strokeWidth={1} strokeLinecap="round">
          <path d="M-6,2 L-7,8 M-3,3 L-3,8 M3,3 L3,8 M6,2 L7,8 M-8,-1 Q-11,-4 -10,-7" fill="none" />
          <ellipse cx={-1} cy={0} rx={8} ry={4} fill="var(--d-stroke-2)" />
          <circle cx={7} cy={-5} r={3.6} fill="var(--d-stroke-2)" />
          <path d="M5.5,-8 l-2.5,5 l2,0.5 z" fill="var(--d-text)" />
          <circle cx={8.2} cy={-5.6} r={0.7} fill="var(--d-text)" stroke="none" />
        </g>
      );
    case 'cat':
      return (
        <g stroke="var(--d-text)" strokeWidth={1} strokeLinecap="round">
          <path d="M-6,3 L-6,8 M-2,3 L-2,8 M3,3 L3,8 M6,3 L6,8 M-8,0 Q-12,-2 -11,-8" fill="none" />
          <ellipse cx={-1} cy={1} rx={8} ry={3.6} fill="var(--d-muted)" />
          <path d="M3.5,-5 L4,-10.5 L6.5,-7.5 L8.5,-7.5 L11,-10.5 L11.5,-5 Q7.5,-0.5 3.5,-5 z" fill="var(--d-muted)" />
          <path d="M9,-4.5 l3.5,-0.5 M9,-3.5 l3.5,0.6" fill="none" strokeWidth={0.6} />
          <circle cx={6} cy={-6} r={0.6} fill="var(--d-text)" stroke="none" />
          <circle cx={9} cy={-6} r={0.6} fill="var(--d-text)" stroke="none" />
        </g>
      );
    case 'red-car':
    case 'blue-car': {
      const color = concept === 'red-car' ? 'var(--d-stroke-5)' : 'var(--d-stroke-1)';
      return (
        <g strokeLinejoin="round">
          <path d="M-5,-1 L-2,-6 L5,-6 L8,-1 Z" fill="var(--d-surface)" stroke={color} strokeWidth={1.4} />
          <rect x={-10.5} y={-1.5} width={21} height={6} rx={2} fill={color} />
          <circle cx={-5.5} cy={5} r={2.6} fill="var(--d-text)" />
          <circle cx={5.5} cy={5} r={2.6} fill="var(--d-text)" />
        </g>
      );
    }
    case 'red-ball':
    case 'blue-ball': {
      const color = concept === 'red-ball' ? 'var(--d-stroke-5)' : 'var(--d-stroke-1)';
      return (
        <g>
          <circle r={8} fill={color} stroke="var(--d-text)" strokeWidth={0.8} />
          <path d="M-8,0 Q0,-5 8,0 M-5.5,-5.8 Q0,2 5.5,-5.8" fill="none" stroke="var(--d-surface)" strokeWidth={1.2} />
        </g>
      );
    }
  }
}

/** A framed thumbnail (the picture as a data item). */
export function Thumbnail({ concept, x, y, size = 26 }: { concept: Concept; x: number; y: number; size?: number }) {
  const s = size / 26;
  return (
    <g transform={`translate(${x} ${y}) scale(${s})`}>
      <rect x={-13} y={-13} width={26} height={26} rx={3} fill="var(--d-surface)" stroke="var(--d-line)" strokeWidth={1} />
      <ConceptIcon concept={concept} />
    </g>
  );
}
