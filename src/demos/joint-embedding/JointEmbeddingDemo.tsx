import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { Choice, Select } from '../shared/Choice';
import type { Steps } from '../../lib/steps';
import { runWhenIdle } from '../shared/slices';
import { SettingSlider } from '../shared/Slider';
import type { DemoProps } from '../types';
import { CONCEPTS, ITEM_IDS, ITEMS, WORDS, analogy, distance, embed, trainedModel, trainingLoss, tripletGradient, type ItemId, type Vec2 } from './embedding';
import { ConceptIcon, Thumbnail } from './Icons';
import { MAX_STEPS, jointEmbeddingParams, type JointEmbeddingParams } from './settings';
import { VIEW, fitView, toPixels, toSpace } from './view';
import { fmt, jointEmbeddingText } from './text';

/** arrow length in pixels per unit of gradient, capped so squared-distance gradients stay on screen */
const ARROW_SCALE = 34;
const ARROW_MAX = 70;
const KEY_STEP = 0.05;
const TRAIN_INTERVAL_MS = 70;

type Role = 'anchor' | 'positive' | 'negative';
const ROLES: readonly Role[] = ['anchor', 'positive', 'negative'];
const ROLE_COLOR: Record<Role, string> = { anchor: 'var(--d-stroke-4)', positive: 'var(--d-stroke-3)', negative: 'var(--d-stroke-5)' };

const clampPx = (v: number) => Math.min(VIEW - 6, Math.max(6, v));

function* prepareViews(seed: number): Steps<void> {
  for (const start of [seed, (seed % jointEmbeddingParams.seed.max) + 1]) {
    for (const kind of jointEmbeddingParams.distance.options) {
      fitView(start, kind);
      yield;
    }
  }
}

function Arrow({ from, vector, color }: { from: Vec2; vector: Vec2; color: string }) {
  const length = Math.hypot(vector[0], vector[1]);
  if (length < 1e-9) return null;
  const px = Math.min(ARROW_MAX, length * ARROW_SCALE);
  const ux = vector[0] / length;
  const uy = -vector[1] / length; // screen y points down
  const [x1, y1] = from;
  const x2 = x1 + ux * px;
  const y2 = y1 + uy * px;
  const head = `M${x2},${y2} L${x2 - ux * 8 - uy * 4},${y2 - uy * 8 + ux * 4} L${x2 - ux * 8 + uy * 4},${y2 - uy * 8 - ux * 4} Z`;
  return (
    <g data-arrow="gradient">
      <line x1={x1} y1={y1} x2={x2 - ux * 6} y2={y2 - uy * 6} stroke={color} strokeWidth={2.2} />
      <path d={head} fill={color} />
    </g>
  );
}

/** Drag an anchor, a positive and a negative; set the margin; train the two projections; try the analogy. */
export default function JointEmbeddingDemo({ lang, params, setParams }: DemoProps<JointEmbeddingParams>) {
  const text = jointEmbeddingText[lang];
  const { margin, distance: kind, seed } = params;

  // while training runs, steps stay local and reach the URL when it stops (one history write, not one per step)
  const [running, setRunning] = useState(false);
  const [liveSteps, setLiveSteps] = useState<number | null>(null);
  const steps = liveSteps ?? params.steps;

  const model = useMemo(() => trainedModel(seed, steps, margin, kind), [seed, steps, margin, kind]);
  const view = useMemo(() => fitView(seed, kind), [seed, kind]);
  // the training runs the other distance and the next seed start from (each view replays 300 steps):
  // in idle time, so that switching finds them done
  useEffect(() => runWhenIdle(prepareViews(seed)), [seed]);
  const toPx = (point: Vec2) => toPixels(view, point);
  const modelKey = `${seed}:${steps}:${margin}:${kind}`;
  const training = useMemo(() => trainingLoss(model, margin, kind), [model, margin, kind]);
  const modelPoints = useMemo(() => new Map(ITEMS.map((item) => [item.id, embed(model, item)] as const)), [model]);

  // dragged positions are a what-if on top of the model; a new model (a step, a new seed) drops them
  const [drag, setDrag] = useState<{ key: string; points: Partial<Record<ItemId, Vec2>> }>({ key: '', points: {} });
  const overrides = drag.key === modelKey ? drag.points : {};
  const pointOf = (id: ItemId): Vec2 => overrides[id] ?? modelPoints.get(id)!;
  const moveTo = (id: ItemId, point: Vec2) => setDrag({ key: modelKey, points: { ...overrides, [id]: point } });
  const dragged = Object.keys(overrides).length > 0;

  const ids: Record<Role, ItemId> = { anchor: params.anchor, positive: params.positive, negative: params.negative };
  const a = pointOf(ids.anchor);
  const p = pointOf(ids.positive);
  const n = pointOf(ids.negative);
  const triplet = tripletGradient(a, p, n, margin, kind);
  const dap = distance(a, p, kind);
  const dan = distance(a, n, kind);
  const descent: Record<Role, Vec2> = {
    anchor: [-triplet.a[0], -triplet.a[1]],
    positive: [-triplet.p[0], -triplet.p[1]],
    negative: [-triplet.n[0], -triplet.n[1]],
  };

  const analogyResult = useMemo(() => analogy(model, params.image, params.minus, params.plus), [model, params.image, params.minus, params.plus]);

  const stopTraining = (finalSteps: number) => {
    setRunning(false);
    setLiveSteps(null);
    setParams({ steps: finalSteps });
  };

  // one step per tick; the run stops by itself once every margin holds (the hinge is flat: nothing more to learn)
  const stepsRef = useRef(steps);
  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => {
      const next = Math.min(MAX_STEPS, stepsRef.current + 1);
      stepsRef.current = next;
      const done = next >= MAX_STEPS || trainingLoss(trainedModel(seed, next, margin, kind), margin, kind).loss === 0;
      if (!done) {
        setLiveSteps(next);
        return;
      }
      window.clearInterval(timer);
      setRunning(false);
      setLiveSteps(null);
      setParams({ steps: next });
    }, TRAIN_INTERVAL_MS);
    return () => window.clearInterval(timer);
  }, [running, seed, margin, kind, setParams]);

  const svgRef = useRef<SVGSVGElement>(null);
  const dragging = useRef<ItemId | null>(null);
  const [focused, setFocused] = useState<Role | null>(null);

  const pointerToSpace = (event: PointerEvent): Vec2 | null => {
    const rect = svgRef.current?.getBoundingClientRect();
    if (!rect || rect.width === 0) return null;
    const x = ((event.clientX - rect.left) / rect.width) * VIEW;
    const y = ((event.clientY - rect.top) / rect.height) * VIEW;
    return toSpace(view, [clampPx(x), clampPx(y)]);
  };
  const onHandleDown = (id: ItemId) => (event: PointerEvent<SVGGElement>) => {
    event.preventDefault();
    dragging.current = id;
    event.currentTarget.setPointerCapture?.(event.pointerId);
  };
  const onHandleMove = (event: PointerEvent<SVGGElement>) => {
    const id = dragging.current;
    if (!id) return;
    const point = pointerToSpace(event);
    if (point) moveTo(id, point);
  };
  const onHandleUp = (event: PointerEvent<SVGGElement>) => {
    dragging.current = null;
    event.currentTarget.releasePointerCapture?.(event.pointerId);
  };
  const onHandleKey = (id: ItemId) => (event: KeyboardEvent<SVGGElement>) => {
    const delta: Record<string, Vec2> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };
    const d = delta[event.key];
    if (!d) return;
    event.preventDefault();
    const step = event.shiftKey ? 5 * KEY_STEP : KEY_STEP;
    const [x, y] = pointOf(id);
    moveTo(id, [x + d[0] * step, y + d[1] * step]);
  };

  const roleName: Record<Role, string> = { anchor: text.anchor, positive: text.positive, negative: text.negative };
  const aPx = toPx(a);
  const ringInner = Math.hypot(p[0] - a[0], p[1] - a[1]) * view.scale;
  // the negative must lie outside this circle for zero loss: d(a,n) ≥ d(a,p) + α
  const ringOuter = (kind === 'l2' ? dap + margin : Math.sqrt(dap + margin)) * view.scale;
  const queryPx = toPx(analogyResult.query);
  const startPx = toPx(pointOf(`img-${params.image}`));
  const summary = text.tripletSummary(text.item[ids.anchor], text.item[ids.positive], text.item[ids.negative], dap, dan, triplet.loss);

  const itemOptions = ITEM_IDS;
  const roleSelect = (role: Role) => (
    <Select
      key={role}
      legend={roleName[role]}
      options={itemOptions}
      labels={text.item}
      value={ids[role]}
      onChange={(value) => setParams({ [role]: value } as Partial<Record<Role, ItemId>>)}
    />
  );

  return (
    <div className="joint-embedding-demo">
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.75rem 1.25rem', alignItems: 'flex-start' }}>
        <div className="demo-panel" style={{ flex: '3 1 18rem' }}>
          <p className="demo-panel-title">{text.space}</p>
          <svg
            ref={svgRef}
            data-demo-picture=""
            viewBox={`0 0 ${VIEW} ${VIEW}`}
            role="group"
            aria-label={text.spaceDescription(summary, steps)}
            style={{
              display: 'block',
              width: '100%',
              maxWidth: 440,
              height: 'auto',
              borderRadius: 6,
              border: '1px solid var(--border)',
              background: 'var(--d-surface)',
              userSelect: 'none',
            }}
          >
            <line x1={view.origin[0]} y1={4} x2={view.origin[0]} y2={VIEW - 4} stroke="var(--d-line)" strokeOpacity={0.25} />
            <line x1={4} y1={view.origin[1]} x2={VIEW - 4} y2={view.origin[1]} stroke="var(--d-line)" strokeOpacity={0.25} />
            {/* matching pairs */}
            {CONCEPTS.map((concept) => {
              const [x1, y1] = toPx(pointOf(`img-${concept}`));
              const [x2, y2] = toPx(pointOf(`txt-${concept}`));
              return <line key={concept} x1={x1} y1={y1} x2={x2} y2={y2} stroke="var(--d-stroke-3)" strokeOpacity={0.55} strokeDasharray="3 3" />;
            })}
            {/* margin band around the anchor: from d(a,p) out to where the negative stops costing */}
            <circle data-ring="positive" cx={aPx[0]} cy={aPx[1]} r={ringInner} fill="none" stroke="var(--d-stroke-3)" strokeWidth={1} />
            <circle
              data-ring="margin"
              cx={aPx[0]}
              cy={aPx[1]}
              r={ringOuter}
              fill="var(--d-stroke-4)"
              fillOpacity={0.06}
              stroke="var(--d-stroke-4)"
              strokeWidth={1.2}
              strokeDasharray="5 4"
            />
            {ITEMS.map((item) => {
              const [x, y] = toPx(pointOf(item.id)).map(clampPx) as [number, number];
              return item.modality === 'image' ? (
                <g key={item.id} data-item={item.id}>
                  <line x1={x} y1={y} x2={x - 11} y2={y - 11} stroke="var(--d-line)" strokeWidth={0.8} />
                  <Thumbnail concept={item.concept} x={x - 17} y={y - 17} size={22} />
                  <rect x={x - 3.5} y={y - 3.5} width={7} height={7} fill="var(--d-text)" />
                </g>
              ) : (
                <g key={item.id} data-item={item.id}>
                  <circle cx={x} cy={y} r={4} fill="var(--d-surface)" stroke="var(--d-text)" strokeWidth={1.6} />
                  <text x={x + 7} y={y + 10} fontSize={11} fill="var(--d-text)" stroke="var(--d-surface)" strokeWidth={3} paintOrder="stroke">
                    {text.item[item.id]}
                  </text>
                </g>
              );
            })}
            {/* the analogy's query point */}
            <line
              x1={startPx[0]}
              y1={startPx[1]}
              x2={clampPx(queryPx[0])}
              y2={clampPx(queryPx[1])}
              stroke="var(--d-stroke-2)"
              strokeWidth={1.2}
              strokeDasharray="2 3"
            />
            <path
              data-analogy="q"
              d={`M${clampPx(queryPx[0])},${clampPx(queryPx[1]) - 6} l6,6 l-6,6 l-6,-6 z`}
              fill="var(--d-stroke-2)"
              stroke="var(--d-surface)"
            />
            <text
              x={Math.min(VIEW - 10, clampPx(queryPx[0]) + 8)}
              y={Math.max(12, clampPx(queryPx[1]) - 4)}
              fontSize={11}
              fontStyle="italic"
              fill="var(--d-stroke-2)"
            >
              q
            </text>
            {ROLES.map((role) => {
              const [x, y] = toPx(pointOf(ids[role])).map(clampPx) as [number, number];
              return <Arrow key={role} from={[x, y]} vector={descent[role]} color={ROLE_COLOR[role]} />;
            })}
            {ROLES.map((role) => {
              const id = ids[role];
              const [px, py] = pointOf(id);
              const [x, y] = toPx([px, py]).map(clampPx) as [number, number];
              return (
                <g
                  key={role}
                  role="button"
                  tabIndex={0}
                  aria-label={text.handle(roleName[role], text.item[id], px, py)}
                  data-handle={role}
                  style={{ cursor: 'grab', touchAction: 'none', outline: 'none' }}
                  onPointerDown={onHandleDown(id)}
                  onPointerMove={onHandleMove}
                  onPointerUp={onHandleUp}
                  onPointerCancel={onHandleUp}
                  onKeyDown={onHandleKey(id)}
                  onFocus={() => setFocused(role)}
                  onBlur={() => setFocused(null)}
                >
                  <circle cx={x} cy={y} r={16} fill="transparent" />
                  <circle cx={x} cy={y} r={8} fill="none" stroke={ROLE_COLOR[role]} strokeWidth={2.5} />
                  {focused === role && <circle cx={x} cy={y} r={13} fill="none" stroke="var(--d-text)" strokeWidth={1.5} strokeDasharray="3 2" />}
                  <text
                    x={x - 10}
                    y={y + 17}
                    fontSize={11}
                    fontWeight={700}
                    fill={ROLE_COLOR[role]}
                    stroke="var(--d-surface)"
                    strokeWidth={3}
                    paintOrder="stroke"
                  >
                    {text.roleShort[role]}
                  </text>
                </g>
              );
            })}
          </svg>
          <p className="demo-readout" data-readout="triplet">
            {text.lossLine(margin, dap, dan, triplet.loss)}
          </p>
          <p className="demo-hint">{text.lossState(triplet.loss)}</p>
          {dragged && (
            <p className="demo-hint">
              {text.dragged}{' '}
              <button type="button" className="demo-button" onClick={() => setDrag({ key: '', points: {} })}>
                {text.undoDrag}
              </button>
            </p>
          )}
        </div>
        <div className="demo-panel" style={{ flex: '2 1 14rem', display: 'flex', flexDirection: 'column', gap: '0.6rem' }}>
          <SettingSlider
            main
            label={text.margin}
            value={margin}
            spec={jointEmbeddingParams.margin}
            format={(m) => fmt(m)}
            onChange={(value) => setParams({ margin: value })}
          />
          <Choice
            legend={text.distance}
            options={jointEmbeddingParams.distance.options}
            labels={text.distanceName}
            value={kind}
            onChange={(value) => setParams({ distance: value })}
          />
          {ROLES.map(roleSelect)}
        </div>
      </div>
      <div className="demo-grid" style={{ marginTop: '0.75rem' }}>
        <div className="demo-panel">
          <div className="demo-controls" style={{ gap: '0.5rem' }}>
            <button
              type="button"
              className="demo-button"
              aria-pressed={running}
              onClick={() => {
                if (running) stopTraining(steps);
                else if (steps < MAX_STEPS) {
                  stepsRef.current = steps;
                  setLiveSteps(steps);
                  setRunning(true);
                }
              }}
            >
              {running ? text.pause : text.train}
            </button>
            <button type="button" className="demo-button" disabled={running || steps >= MAX_STEPS} onClick={() => setParams({ steps: steps + 1 })}>
              {text.step}
            </button>
            <button type="button" className="demo-button" disabled={running} onClick={() => setParams({ steps: 0 })}>
              {text.reset}
            </button>
            <button
              type="button"
              className="demo-button"
              disabled={running}
              onClick={() => setParams({ seed: (seed % jointEmbeddingParams.seed.max) + 1, steps: 0 })}
            >
              {text.reseed}
            </button>
          </div>
          <p className="demo-readout" data-readout="training" aria-live="polite">
            {text.training(steps, seed, training.loss, training.active, training.total)}
          </p>
        </div>
        <div className="demo-panel">
          <p className="demo-panel-title">{text.analogy}</p>
          <div className="demo-controls" style={{ gap: '0.5rem 1rem' }}>
            <Select legend={text.analogyImage} options={CONCEPTS} labels={text.picture} value={params.image} onChange={(image) => setParams({ image })} />
            <Select legend={text.analogyMinus} options={WORDS} labels={text.word} value={params.minus} onChange={(minus) => setParams({ minus })} />
            <Select legend={text.analogyPlus} options={WORDS} labels={text.word} value={params.plus} onChange={(plus) => setParams({ plus })} />
          </div>
          <p className="demo-readout">{text.analogyLine(text.concept[params.image], text.word[params.minus], text.word[params.plus])}</p>
          <p className="demo-panel-title">{text.nearest}</p>
          <ol data-readout="analogy" style={{ margin: 0, paddingLeft: '1.5rem' }}>
            {analogyResult.ranking.slice(0, 3).map(({ concept, distance: d }) => (
              <li key={concept} style={{ display: 'list-item' }}>
                <svg viewBox="-13 -13 26 26" width={26} height={26} aria-hidden="true" style={{ verticalAlign: 'middle', marginRight: 6 }}>
                  <rect x={-13} y={-13} width={26} height={26} rx={3} fill="var(--d-surface)" stroke="var(--d-line)" />
                  <ConceptIcon concept={concept} />
                </svg>
                {text.item[`img-${concept}`]} · {text.distanceTo(d)}
              </li>
            ))}
          </ol>
        </div>
      </div>
      <p className="demo-hint" style={{ marginTop: '0.75rem' }}>
        {text.hint}
      </p>
    </div>
  );
}
