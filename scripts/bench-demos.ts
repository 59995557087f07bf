/**
 * How fast every demo answers its controls, on the built site in headless Chromium
 * (standalone: `npx tsx scripts/bench-demos.ts`, exit code 1 when a budget is missed;
 * `BENCH_DEMOS=photo-refocus,conv3d` measures only those, `STUDY_NOTES_DIST=<dir>` measures a
 * build made elsewhere instead of a fresh one, `BENCH_VERBOSE=1` prints every control's figures,
 * `BENCH_TRACE_DIR=<dir>` keeps each demo's Chromium trace there as <id>.json).
 *
 * For each demo the bench opens the English page that places it (read from the `::demo`
 * directives in content/), scrolls the demo into view, waits until it has drawn and the page is
 * idle, then drives every control with real input (CDP input events through playwright-core):
 *   - each slider: focused, 4 arrow-key steps right, 8 left, 4 right (keys 50 ms apart, about
 *     the rate of a held key);
 *   - each radio group: a click on the next option and back, then the arrow keys once round;
 *   - each select: up to 4 arrow-key steps down and back up; each checkbox: space twice;
 *   - each button that changes the picture (sound playback, the microphone and "copy link" are
 *     left out): clicked; a toggle (aria-pressed) is clicked again 800 ms later;
 *   - each draggable canvas or handle: a mouse drag of 24 moves, 16 ms apart (one per frame at
 *     60 Hz), and arrow keys where the surface takes the keyboard focus.
 * After each control the bench waits 400 ms, so the work a change defers (a settled redraw, the
 * address bar) happens inside the measurement.
 *
 * What is measured, and how:
 *   - Update: the JavaScript the page runs for its input, read from a Chromium trace of the whole
 *     session (not from the page's own marks, so nothing a demo forgets to mark escapes). Every
 *     main-thread task is taken from the trace; its JavaScript time is the union of the spans in
 *     which script ran inside it: event dispatch (listeners and the microtasks after them, which
 *     is where React renders a discrete update), function calls (timers, message-channel tasks
 *     such as React's scheduler, observers), animation-frame and idle callbacks, microtask
 *     checkpoints. Style, layout and paint the browser does on its own are not JavaScript and
 *     not counted; a layout that script forces is. Tasks are then grouped by frame: one update is
 *     all the JavaScript from a task until the next frame begins (including that frame's
 *     requestAnimationFrame callbacks), closed early if the next task starts more than one frame
 *     interval (16.7 ms) after the first. So an input's handler, the React render it triggers and
 *     the animation-frame callback it schedules count as one update, and work deferred to a
 *     later frame (a timer, a slice of a progressive render) counts as updates of its own.
 *     The update time is wall-clock time, what the reader waits: on a busy machine it includes
 *     the time the main thread was descheduled (other processes, the browser's own raster and
 *     compositor threads). Beside it the bench prints the same spans' thread (CPU) time, which
 *     is what the page's own script cost. Tracing makes script slightly slower, so both err on
 *     the slow side.
 *   - A cross-check from the page itself: `event` entries of the Event Timing API (observed with
 *     durationThreshold 0, which the API raises to its minimum of 16 ms) give each slow event's
 *     processing time; an update is never reported faster than that. `longtask` entries (tasks
 *     over 50 ms, whatever they did: script, style, layout, paint, or waiting for the GPU) are
 *     counted and printed apart: they are not script time, but they delay the next paint.
 *   - INP: the longest `duration` of any Event Timing entry that belongs to an interaction (a key
 *     press, click or tap; the moves of a drag are not interactions). This is the strict form: the
 *     web-vitals INP ignores the worst interaction in every 50.
 * Budgets: slowest update ≤ 16 ms and INP ≤ 100 ms per demo, in the median of three sessions.
 *
 * Headless Chromium here draws WebGL in software (SwiftShader), so the 3D demo's WebGL views cost
 * far more than on a GPU; its figures are reported as measured.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';

export const UPDATE_BUDGET_MS = 16;
export const INP_BUDGET_MS = 100;
/**
 * Each demo is driven in this many sessions (a fresh page each), and the median session's figures
 * are held to the budgets, as Lighthouse's are: one session's outlier (a garbage collection, the
 * machine busy elsewhere) neither passes nor fails a demo on its own. BENCH_DEMO_SESSIONS changes it.
 */
const SESSIONS = Math.max(1, Number(process.env.BENCH_DEMO_SESSIONS ?? 3));

const KEY_GAP_MS = 50;
const MOVE_GAP_MS = 16;
const DRAG_MOVES = 24;
const SETTLE_MS = 400;
const FRAME_INTERVAL_US = 16_667;

export interface DemoFigures {
  slowestUpdateMs: number;
  inpMs: number;
  interactions: number;
}

export interface BenchDemosResult {
  lines: string[];
  ok: boolean;
  perDemo: Record<string, DemoFigures>;
}

interface Drag {
  /** what is dragged, inside the demo */
  selector: string;
  /** the element the pointer moves over (default: the dragged element itself) */
  within?: string;
  /** the surface also takes the arrow keys */
  keys?: boolean;
}

interface DemoPlan {
  drags?: Drag[];
  /** buttons that do not change the picture (sound, microphone), by accessible name */
  skipButtons?: RegExp;
}

/** What each demo lets the reader drag, and which buttons are not part of the picture. */
const PLANS: Record<string, DemoPlan> = {
  'stft-window': {
    drags: [{ selector: 'canvas.stft-waveform' }, { selector: 'canvas.stft-zoom' }, { selector: 'canvas.stft-spectrogram' }],
    skipButtons: /microphone|play/i,
  },
  'mel-mfcc': { drags: [{ selector: 'canvas' }] },
  'speech-separation': { skipButtons: /^(▶|■)/ },
  'joint-embedding': { drags: [{ selector: 'svg [role="button"][data-handle]', within: 'svg[role="group"]', keys: true }] },
  'soft-attention': {},
  'text-to-image': {},
  'sound-localization': { skipButtons: /play sound|sound playing/i },
  conv3d: {},
  '3d-representations': { drags: [{ selector: '[data-panel] canvas', keys: true }] },
  'photo-refocus': { drags: [{ selector: '.demo-grid canvas' }] },
};

const CONTENT = resolve(import.meta.dirname, '../content');

/** The English page placing each demo: `en/<topic>.html`, preferring a page with no other demo. */
export function demoPages(contentDir = CONTENT): Record<string, string> {
  const found: { id: string; page: string; demosOnPage: number }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.en.md')) {
        const ids = [...readFileSync(path, 'utf8').matchAll(/^::demo\{id="([^"]+)"/gm)].map((match) => match[1]!);
        for (const id of ids) found.push({ id, page: `en/${basename(entry.name, '.en.md')}.html`, demosOnPage: new Set(ids).size });
      }
    }
  };
  walk(contentDir);
  const pages: Record<string, string> = {};
  for (const { id, page } of [...found].sort((a, b) => a.demosOnPage - b.demosOnPage)) pages[id] ??= page;
  return pages;
}

// ---------------------------------------------------------------------------------------------
// The trace: main-thread tasks, the script inside them, frames

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** thread (CPU) time */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { type?: string } };
}

/** Trace events inside which page script runs. */
const SCRIPT_EVENTS = new Set([
  'EventDispatch',
  'FunctionCall',
  'TimerFire',
  'FireAnimationFrame',
  'FireIdleCallback',
  'BlinkScheduler_PerformMicrotaskCheckpoint',
  'EvaluateScript',
  'v8.evaluateModule',
]);
const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline.frame', 'blink.user_timing'];

export interface Update {
  /** start, µs on the trace clock */
  ts: number;
  /** JavaScript time, ms (wall clock: what the reader waits) */
  ms: number;
  /** the same spans' thread time, ms: without the time the thread waited or was descheduled */
  cpuMs: number;
  /** the control being driven when it started */
  phase: string;
}

/**
 * Updates from a trace (see the header): the page's main thread, its tasks with the script time
 * inside each, grouped up to the next frame or one frame interval.
 */
export function updatesFromTrace(events: readonly TraceEvent[]): Update[] {
  // the renderer main thread that dispatched events (the page's), else the busiest one
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`);
  const score = new Map<string, number>(mains.map((key) => [key, 0]));
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (score.has(key) && SCRIPT_EVENTS.has(e.name)) score.set(key, score.get(key)! + (e.dur ?? 0));
  }
  const main = [...score].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!main) return [];
  const onMain = events.filter((e) => `${e.pid}:${e.tid}` === main);

  const tasks = onMain.filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && e.dur !== undefined).sort((a, b) => a.ts - b.ts);
  const scripts = onMain.filter((e) => e.ph === 'X' && SCRIPT_EVENTS.has(e.name) && e.dur !== undefined).sort((a, b) => a.ts - b.ts);
  const frames = onMain
    .filter((e) => e.name === 'BeginMainThreadFrame')
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  const marks = onMain
    .filter((e) => e.cat.includes('blink.user_timing') && e.name.startsWith('bench:'))
    .map((e) => ({ ts: e.ts, phase: e.name.slice('bench:'.length) }))
    .sort((a, b) => a.ts - b.ts);

  const updates: Update[] = [];
  let open: Update | null = null;
  let s = 0;
  let f = 0;
  let m = 0;
  let phase = '(before the first control)';
  let lastEnd = -Infinity;
  for (const task of tasks) {
    const start = task.ts;
    const end = task.ts + task.dur!;
    if (start < lastEnd) continue; // nested in the previous task (a nested run loop)
    lastEnd = end;
    // the union of script spans inside the task (and the thread time of the outermost ones)
    while (s < scripts.length && scripts[s]!.ts < start) s++;
    let scriptUs = 0;
    let cpuUs = 0;
    let coveredTo = start;
    for (let i = s; i < scripts.length && scripts[i]!.ts < end; i++) {
      const from = Math.max(coveredTo, scripts[i]!.ts);
      const to = Math.min(end, scripts[i]!.ts + scripts[i]!.dur!);
      if (to > from) {
        if (from === scripts[i]!.ts) cpuUs += scripts[i]!.tdur ?? 0;
        scriptUs += to - from;
        coveredTo = to;
      }
    }
    while (f < frames.length && frames[f]! < start) f++;
    const isFrame = f < frames.length && frames[f]! <= end;
    while (m < marks.length && marks[m]!.ts <= start) phase = marks[m++]!.phase;

    if (open && start - open.ts > FRAME_INTERVAL_US) {
      updates.push(open);
      open = null;
    }
    if (scriptUs > 0) {
      open ??= { ts: start, ms: 0, cpuMs: 0, phase };
      open.ms += scriptUs / 1000;
      open.cpuMs += cpuUs / 1000;
    }
    if (isFrame && open) {
      updates.push(open);
      open = null;
    }
  }
  if (open) updates.push(open);
  return updates;
}

// ---------------------------------------------------------------------------------------------
// The page side: Event Timing and long tasks, collected from the first paint on

interface PageEntries {
  events: { name: string; startTime: number; duration: number; processing: number; interactionId: number }[];
  longTasks: number[];
}

declare global {
  interface Window {
    __benchEntries?: PageEntries;
  }
}

function observeEntries(): void {
  const entries: PageEntries = { events: [], longTasks: [] };
  window.__benchEntries = entries;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceEventTiming[]) {
      entries.events.push({
        name: entry.name,
        startTime: entry.startTime,
        duration: entry.duration,
        processing: entry.processingEnd - entry.processingStart,
        interactionId: (entry as PerformanceEventTiming & { interactionId?: number }).interactionId ?? 0,
      });
    }
  }).observe({ type: 'event', durationThreshold: 0, buffered: true } as PerformanceObserverInit);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) entries.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
}

// ---------------------------------------------------------------------------------------------
// Driving the controls

const pause = (page: Page, ms: number) => page.waitForTimeout(ms);

class Driver {
  inputs = 0;
  /** the control being driven, for a message if driving it fails */
  phase = '(before the first control)';
  constructor(
    readonly page: Page,
    readonly demo: Locator,
    readonly plan: DemoPlan,
  ) {}

  async mark(phase: string): Promise<void> {
    this.phase = phase;
    await this.page.evaluate((name) => performance.mark(`bench:${name}`), phase);
  }

  /**
   * Focuses a control with all of it in view (label, input and the value it shows), as a reader
   * who watches what they change has it. (With the value readout below the fold, Chromium's
   * Event Timing reports a key press's paint only when a later frame changes something in view,
   * seconds late, though the frames in between are drawn.)
   */
  async reveal(control: Locator): Promise<void> {
    await control.evaluate((element) => (element.closest('.demo-control, fieldset') ?? element).scrollIntoView({ block: 'center' }));
    await control.focus();
  }

  async press(key: string, times = 1): Promise<void> {
    for (let i = 0; i < times; i++) {
      await this.page.keyboard.press(key);
      this.inputs++;
      await pause(this.page, KEY_GAP_MS);
    }
  }

  async click(target: Locator): Promise<void> {
    await target.click();
    this.inputs++;
  }

  async settle(): Promise<void> {
    await pause(this.page, SETTLE_MS);
  }

  /** A readable name for a control: its label, legend or text. */
  async nameOf(control: Locator): Promise<string> {
    return control.evaluate((element) => {
      const byId = element.id ? document.querySelector(`label[for="${CSS.escape(element.id)}"]`)?.textContent : undefined;
      const wrapping = element.closest('label')?.textContent;
      const legend = element.closest('fieldset')?.querySelector('legend')?.textContent;
      const own = element.getAttribute('aria-label') ?? byId;
      const name = (element as HTMLInputElement).type === 'radio' ? (own ?? legend ?? wrapping) : (own ?? wrapping ?? legend);
      return (name ?? element.textContent ?? element.tagName).trim().slice(0, 40);
    });
  }

  async sliders(): Promise<void> {
    const all = this.demo.locator('input[type="range"]');
    for (let i = 0; i < (await all.count()); i++) {
      const slider = all.nth(i);
      if (await slider.isDisabled()) continue;
      await this.mark(`slider “${await this.nameOf(slider)}”`);
      await this.reveal(slider);
      await this.press('ArrowRight', 4);
      await this.press('ArrowLeft', 8);
      await this.press('ArrowRight', 4);
      await this.settle();
    }
  }

  async radioGroups(): Promise<void> {
    const groups = await this.demo.locator('input[type="radio"]').evaluateAll((radios) => {
      const names: string[] = [];
      for (const radio of radios as HTMLInputElement[]) if (!names.includes(radio.name)) names.push(radio.name);
      return names;
    });
    for (const name of groups) {
      const options = this.demo.locator(`input[type="radio"][name="${name.replace(/["\\]/g, '\\$&')}"]`);
      const count = await options.count();
      if (count < 2) continue;
      const checked = await options.evaluateAll((radios) =>
        Math.max(
          0,
          (radios as HTMLInputElement[]).findIndex((radio) => radio.checked),
        ),
      );
      await this.mark(`radio group “${await this.nameOf(options.first())}” (${count} options)`);
      await this.reveal(options.nth(checked));
      await this.click(options.nth((checked + 1) % count));
      await pause(this.page, SETTLE_MS);
      await this.click(options.nth(checked));
      await pause(this.page, SETTLE_MS);
      await this.reveal(options.nth(checked));
      await this.press('ArrowRight', count);
      await this.settle();
    }
  }

  async selects(): Promise<void> {
    const all = this.demo.locator('select');
    for (let i = 0; i < (await all.count()); i++) {
      const select = all.nth(i);
      if (await select.isDisabled()) continue;
      const options = await select.locator('option').count();
      const steps = Math.min(4, options - 1);
      if (steps < 1) continue;
      await this.mark(`select “${await this.nameOf(select)}”`);
      await this.reveal(select);
      await this.press('ArrowDown', steps);
      await this.press('ArrowUp', steps);
      await this.settle();
    }
  }

  async checkboxes(): Promise<void> {
    const all = this.demo.locator('input[type="checkbox"]');
    for (let i = 0; i < (await all.count()); i++) {
      const box = all.nth(i);
      if (await box.isDisabled()) continue;
      await this.mark(`checkbox “${await this.nameOf(box)}”`);
      await this.reveal(box);
      await this.press('Space', 2);
      await this.settle();
    }
  }

  /** Every button that changes the picture, in page order; `done` keeps those already pressed. */
  async buttons(done: Set<string>): Promise<void> {
    const all = this.demo.locator('button');
    for (let i = 0; i < (await all.count()); i++) {
      const button = all.nth(i);
      const info = await button.evaluate((element: HTMLButtonElement) => ({
        name: (element.getAttribute('aria-label') ?? element.textContent ?? '').trim(),
        disabled: element.disabled,
        copy: element.closest('.demo-copy') !== null,
        pressed: element.getAttribute('aria-pressed'),
        visible: element.getClientRects().length > 0,
      }));
      const key = `${i}:${info.name}`;
      if (info.copy || info.disabled || !info.visible || done.has(key) || this.plan.skipButtons?.test(info.name)) continue;
      done.add(key);
      await this.mark(`button “${info.name.slice(0, 30)}”`);
      await this.click(button);
      if (info.pressed === 'false' && (await button.getAttribute('aria-pressed')) === 'true') {
        await pause(this.page, 800);
        await this.click(button);
      }
      await this.settle();
    }
  }

  async drags(): Promise<void> {
    for (const drag of this.plan.drags ?? []) {
      const targets = this.demo.locator(drag.selector);
      for (let i = 0; i < (await targets.count()); i++) {
        const target = targets.nth(i);
        if (!(await target.isVisible())) continue;
        await target.scrollIntoViewIfNeeded();
        const name = await this.nameOf(target);
        const box = await target.boundingBox();
        const area = drag.within ? await this.demo.locator(drag.within).first().boundingBox() : box;
        if (!box || !area) continue;
        await this.mark(`drag on “${name}”`);
        const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
        await this.page.mouse.move(start.x, start.y);
        await this.page.mouse.down();
        this.inputs += 2;
        // an ellipse through the element (or the area it moves in), ending where it began
        for (let k = 1; k <= DRAG_MOVES; k++) {
          const angle = (2 * Math.PI * k) / DRAG_MOVES;
          const x = area.x + area.width * (0.5 + 0.35 * Math.sin(angle));
          const y = area.y + area.height * (0.5 - 0.35 * Math.sin(angle) * Math.cos(angle));
          await this.page.mouse.move(drag.within ? x : start.x + (x - (area.x + area.width / 2)), drag.within ? y : start.y + (y - (area.y + area.height / 2)));
          this.inputs++;
          await pause(this.page, MOVE_GAP_MS);
        }
        await this.page.mouse.up();
        this.inputs++;
        await this.settle();
        // the arrow keys, on the surfaces that take the keyboard focus (the others are reached
        // by their sliders)
        if (drag.keys && (await target.evaluate((element: HTMLElement) => element.tabIndex >= 0))) {
          await this.mark(`keys on “${name}”`);
          await target.focus();
          await this.press('ArrowLeft', 3);
          await this.press('ArrowRight', 3);
          await this.press('ArrowUp', 2);
          await this.press('ArrowDown', 2);
          await this.settle();
        }
      }
    }
    // move the pointer off the demo so that hover readouts end
    await this.page.mouse.move(1, 1);
  }
}

// ---------------------------------------------------------------------------------------------

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function waitUntilDrawn(page: Page, demo: Locator): Promise<void> {
  // a demo mounts as its place nears the viewport
  await demo.scrollIntoViewIfNeeded();
  await demo.locator('canvas, svg[role="group"]').first().waitFor({ timeout: 20_000 });
  // some 2D canvas has pixels (or the demo draws in SVG)
  await page.waitForFunction(
    (element) => {
      if (!element) return false;
      if (element.querySelector('svg[role="group"]')) return true;
      for (const canvas of element.querySelectorAll('canvas')) {
        if (canvas.width === 0) continue;
        const context = canvas.getContext('2d');
        if (!context) continue;
        const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
        for (let i = 3; i < data.length; i += 4) if (data[i]) return true;
      }
      return false;
    },
    await demo.elementHandle(),
    { timeout: 20_000 },
  );
  // then idle: whatever the demo prepares once the page is quiet is done
  await page.evaluate(() => new Promise((done) => (window.requestIdleCallback ?? setTimeout)(() => done(null), { timeout: 4000 })));
  await pause(page, 1000);
  await page.evaluate(() => new Promise((done) => (window.requestIdleCallback ?? setTimeout)(() => done(null), { timeout: 4000 })));
}

interface Session {
  figures: DemoFigures;
  lines: string[];
  /** the page raised no error and the trace held updates */
  healthy: boolean;
}

async function benchOne(browser: Browser, baseUrl: string, id: string, pagePath: string): Promise<Session> {
  const plan = PLANS[id] ?? {};
  // the service worker is blocked: a first visit's caching of the whole lecture (minutes of
  // background fetches and cache writes) is not the demo's work, and on two cores it takes turns
  // with the page's main thread
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US', serviceWorkers: 'block' });
  await context.addInitScript(observeEntries);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  const lines: string[] = [];
  try {
    await page.goto(baseUrl + pagePath);
    const demo = page.locator(`#demo-${id}`);
    await waitUntilDrawn(page, demo);
    await page.evaluate(() => {
      window.__benchEntries!.events.length = 0;
      window.__benchEntries!.longTasks.length = 0;
    });

    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    const driver = new Driver(page, demo, plan);
    try {
      const pressed = new Set<string>();
      await driver.sliders();
      await driver.radioGroups();
      await driver.selects();
      await driver.checkboxes();
      await driver.buttons(pressed);
      await driver.drags();
      await driver.buttons(pressed); // those a drag brought (undo)
      await driver.mark('(after the last control)');
      await pause(page, 1000);
    } catch (error) {
      await browser.stopTracing().catch(() => undefined);
      const pageErrors = errors.length ? ` (page errors: ${errors.join('; ')})` : '';
      throw new Error(`while driving ${driver.phase}: ${String(error).split('\n')[0]}${pageErrors}`, { cause: error });
    }
    const traceBytes = await browser.stopTracing();
    if (process.env.BENCH_TRACE_DIR) writeFileSync(join(process.env.BENCH_TRACE_DIR, `${id}.json`), traceBytes);
    const trace = JSON.parse(traceBytes.toString('utf8')) as { traceEvents: TraceEvent[] };
    const entries = await page.evaluate(() => window.__benchEntries!);
    const phaseMarks = await page.evaluate(() =>
      performance
        .getEntriesByType('mark')
        .filter((mark) => mark.name.startsWith('bench:'))
        .map((mark) => ({ at: mark.startTime, phase: mark.name.slice('bench:'.length) })),
    );
    const phaseAt = (time: number) => phaseMarks.filter((mark) => mark.at <= time).at(-1)?.phase ?? '(before the first control)';

    const updates = updatesFromTrace(trace.traceEvents);
    const processing = entries.events.map((entry) => entry.processing);
    const interactions = entries.events.filter((entry) => entry.interactionId > 0);
    const inpMs = Math.max(0, ...interactions.map((entry) => entry.duration));
    const slowestTraced = updates.reduce<Update | null>((worst, update) => (!worst || update.ms > worst.ms ? update : worst), null);
    const slowestUpdateMs = Math.max(slowestTraced?.ms ?? 0, ...processing);
    const healthy = errors.length === 0 && updates.length > 0;
    const worstInteraction = interactions.reduce<(typeof interactions)[number] | null>(
      (worst, entry) => (!worst || entry.duration > worst.duration ? entry : worst),
      null,
    );
    lines.push(
      `  ${id} (${pagePath}): ${driver.inputs} inputs, ${updates.length} updates; update median ${median(updates.map((u) => u.ms)).toFixed(1)} ms, slowest ${slowestUpdateMs.toFixed(1)} ms; INP ${inpMs.toFixed(0)} ms`,
    );
    if (slowestTraced)
      lines.push(
        `    slowest update during ${slowestTraced.phase} (thread time ${slowestTraced.cpuMs.toFixed(1)} ms; most in any update ${Math.max(...updates.map((u) => u.cpuMs)).toFixed(1)} ms)`,
      );
    if (worstInteraction && inpMs > 0)
      lines.push(
        `    INP from a ${worstInteraction.name} during ${phaseAt(worstInteraction.startTime)} (processing ${worstInteraction.processing.toFixed(1)} ms)`,
      );
    if (entries.longTasks.length) {
      lines.push(
        `    long tasks (> 50 ms, script, style, layout, paint and waits together): ${entries.longTasks.length}, longest ${Math.max(...entries.longTasks).toFixed(0)} ms`,
      );
    }
    if (process.env.BENCH_VERBOSE) {
      for (const entry of interactions.filter((entry) => entry.duration > INP_BUDGET_MS))
        lines.push(
          `    slow interaction: ${entry.name} during ${phaseAt(entry.startTime)}, ${entry.duration.toFixed(0)} ms (processing ${entry.processing.toFixed(1)} ms)`,
        );
      const phases = new Map<string, number[]>();
      for (const update of updates) phases.set(update.phase, [...(phases.get(update.phase) ?? []), update.ms]);
      const cpu = new Map<string, number>();
      for (const update of updates) cpu.set(update.phase, Math.max(cpu.get(update.phase) ?? 0, update.cpuMs));
      for (const [phase, values] of phases) {
        lines.push(
          `    ${phase}: ${values.length} updates, median ${median(values).toFixed(1)} ms, slowest ${Math.max(...values).toFixed(1)} ms (thread time ≤ ${cpu.get(phase)!.toFixed(1)} ms)`,
        );
      }
    }
    if (errors.length) lines.push(`    page errors: ${errors.join('; ')}`);
    return { figures: { slowestUpdateMs, inpMs, interactions: driver.inputs }, lines, healthy };
  } finally {
    await context.close();
  }
}

/** Every demo (or those in BENCH_DEMOS), on the build served at `baseUrl`. */
export async function benchDemos(options: { baseUrl: string; browser?: Browser }): Promise<BenchDemosResult> {
  const pages = demoPages();
  const only = process.env.BENCH_DEMOS?.split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const ids = Object.keys(pages)
    .filter((id) => !only?.length || only.includes(id))
    .sort();
  const { launchBrowser } = await import('../tests/e2e/support');
  const browser = options.browser ?? (await launchBrowser());
  const lines = [`Demo updates on the built pages (headless Chromium; budgets: slowest update ≤ ${UPDATE_BUDGET_MS} ms, INP ≤ ${INP_BUDGET_MS} ms):`];
  const perDemo: Record<string, DemoFigures> = {};
  let ok = ids.length > 0;
  try {
    for (const id of ids) {
      try {
        const sessions: Session[] = [];
        for (let run = 0; run < SESSIONS; run++) sessions.push(await benchOne(browser, options.baseUrl, id, pages[id]!));
        const shown = [...sessions].sort((a, b) => a.figures.slowestUpdateMs - b.figures.slowestUpdateMs)[SESSIONS >> 1]!;
        const slowestUpdateMs = shown.figures.slowestUpdateMs;
        const inpMs = median(sessions.map((session) => session.figures.inpMs));
        const demoOk = slowestUpdateMs <= UPDATE_BUDGET_MS && inpMs <= INP_BUDGET_MS && sessions.every((session) => session.healthy);
        perDemo[id] = { ...shown.figures, slowestUpdateMs, inpMs };
        lines.push(
          `  ${id} (${pages[id]}): slowest update ${slowestUpdateMs.toFixed(1)} ms, INP ${inpMs.toFixed(0)} ms (medians of ${SESSIONS} sessions) — ${demoOk ? 'ok' : 'OVER BUDGET'}`,
          `    sessions: slowest update ${sessions.map((session) => session.figures.slowestUpdateMs.toFixed(1)).join(' / ')} ms; INP ${sessions.map((session) => session.figures.inpMs.toFixed(0)).join(' / ')} ms; the median session:`,
          ...shown.lines.map((line) => `  ${line}`),
        );
        ok &&= demoOk;
      } catch (error) {
        // one demo that cannot be driven (a control that never became clickable) fails the bench, not the run
        perDemo[id] = { slowestUpdateMs: Number.NaN, inpMs: Number.NaN, interactions: 0 };
        lines.push(`  ${id} (${pages[id]}): could not be driven — ${String(error).split('\n')[0]}`);
        ok = false;
      }
    }
  } finally {
    if (!options.browser) await browser.close();
  }
  return { lines, ok, perDemo };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const given = process.env.STUDY_NOTES_DIST;
  const dist = given ? resolve(given) : mkdtempSync(join(tmpdir(), 'bench-demos-'));
  if (!given) {
    execFileSync('npx', ['tsx', 'scripts/build.ts'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, STUDY_NOTES_OUT: dist },
      cwd: resolve(import.meta.dirname, '..'),
    });
  }
  const { startStaticServer } = await import('../tooling/staticServer');
  const server = await startStaticServer(dist);
  let result: BenchDemosResult;
  try {
    result = await benchDemos({ baseUrl: server.url });
  } finally {
    await server.close();
    if (!given) rmSync(dist, { recursive: true, force: true });
  }
  for (const line of result.lines) console.log(line);
  process.exit(result.ok ? 0 : 1);
}
