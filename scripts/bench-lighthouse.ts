/**
 * Lighthouse 12.2.3 on built pages, as a reader's browser sees them from a static host: mobile
 * (Lighthouse's default: simulated slow 4G and a 4× slower CPU) and desktop. Each page and form
 * factor runs `runs` times; the median of each figure is reported. Chromium is Debian's.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

export type FormFactor = 'mobile' | 'desktop';

export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  domElements: number;
  transferBytes: number;
  /** audits below full marks outside performance, for the reader of the bench */
  failing: string[];
  /** the element Lighthouse took as the largest contentful paint */
  lcpElement: string;
}

const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

async function runOnce(url: string, formFactor: FormFactor): Promise<LighthouseFigures> {
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: CHROME_FLAGS });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] },
      formFactor === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`lighthouse returned nothing for ${url}`);
    const { categories, audits } = result.lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const value = (id: string) => audits[id]?.numericValue ?? Number.NaN;
    const failing = ['accessibility', 'best-practices', 'seo'].flatMap((category) =>
      (categories[category]?.auditRefs ?? []).filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1).map((ref) => `${category}: ${ref.id}`),
    );
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      fcpMs: value('first-contentful-paint'),
      lcpMs: value('largest-contentful-paint'),
      tbtMs: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
      domElements: value('dom-size'),
      transferBytes: value('total-byte-weight'),
      failing,
      lcpElement: lcpSnippet(audits['largest-contentful-paint-element']?.details),
    };
  } finally {
    await chrome.kill();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Median figures of `runs` Lighthouse runs. */
export async function runLighthouse(url: string, formFactor: FormFactor, runs = 3): Promise<LighthouseFigures> {
  const all: LighthouseFigures[] = [];
  for (let i = 0; i < runs; i++) all.push(await runOnce(url, formFactor));
  const pick = (key: Exclude<keyof LighthouseFigures, 'failing' | 'lcpElement'>) => median(all.map((figures) => figures[key]));
  return {
    performance: pick('performance'),
    accessibility: pick('accessibility'),
    bestPractices: pick('bestPractices'),
    seo: pick('seo'),
    fcpMs: pick('fcpMs'),
    lcpMs: pick('lcpMs'),
    tbtMs: pick('tbtMs'),
    cls: pick('cls'),
    domElements: pick('domElements'),
    transferBytes: pick('transferBytes'),
    failing: [...new Set(all.flatMap((figures) => figures.failing))],
    lcpElement: all[0]!.lcpElement,
  };
}

function lcpSnippet(details: unknown): string {
  const table = (details as { items?: { items?: { node?: { snippet?: string } }[] }[] } | undefined)?.items?.[0];
  return table?.items?.[0]?.node?.snippet?.slice(0, 100) ?? '';
}
