/**
 * Compiled notes on disk, keyed by each note's path and text. The build keeps only summaries in
 * memory and reads a note's HTML back when its page is written, so memory stays flat however large
 * the course; and a second build, or the dev server after a build, recompiles only what changed.
 *
 * Entries live under a fingerprint of the code that compiles them: editing the pipeline, the
 * reader's note elements, a diagram or a dependency starts a fresh cache.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { NoteSource, NoteSummary } from '../src/content/note';
import type { CompiledForBuild } from './noteCompiler';

const root = resolve(import.meta.dirname, '..');
/** The code whose output the cache holds. */
const COMPILER_SOURCES = [
  'src/content',
  'src/ui',
  'src/diagrams',
  'src/search/sections.ts',
  'src/demos/registry.ts',
  'tooling/noteCompiler.ts',
  'tooling/formulaChars.ts',
  'package-lock.json',
];
/** A demo's title comes from its meta.ts (and the strings it reads): the notes that place it show it. */
const demoTitleSources = () =>
  readdirSync(join(root, 'src/demos'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => [`src/demos/${entry.name}/meta.ts`, `src/demos/${entry.name}/text.ts`]);

/** The compile cache's folder: STUDY_NOTES_CACHE, else inside node_modules (never committed). */
export const DEFAULT_CACHE_DIR = process.env.STUDY_NOTES_CACHE ?? join(root, 'node_modules/.cache/study-notes');

export function compilerFingerprint(): string {
  const hash = createHash('sha256');
  const add = (path: string) => {
    const full = join(root, path);
    if (!existsSync(full)) return;
    if (statSync(full).isDirectory()) {
      for (const name of readdirSync(full).sort()) if (!name.endsWith('.test.ts') && !name.endsWith('.test.tsx')) add(join(path, name));
    } else hash.update(relative(root, full)).update('\0').update(readFileSync(full)).update('\0');
  };
  for (const path of [...COMPILER_SOURCES, ...demoTitleSources()]) add(path);
  return hash.digest('hex').slice(0, 16);
}

/** How long another compiler's entries are kept unused. */
const STALE_MS = 60 * 60 * 1000;

export class NoteCache {
  private readonly dir: string;

  constructor(cacheDir: string, fingerprint = compilerFingerprint()) {
    this.dir = join(cacheDir, fingerprint);
    // entries of other compilers are removed once unused for a while: another build of other code
    // (a second checkout, or the dev server while the pipeline is edited) may still be writing there
    if (existsSync(cacheDir)) {
      for (const name of readdirSync(cacheDir)) {
        const other = join(cacheDir, name);
        const modified = statSync(other, { throwIfNoEntry: false })?.mtimeMs ?? 0;
        if (name !== fingerprint && Date.now() - modified > STALE_MS) rmSync(other, { recursive: true, force: true });
      }
    }
    mkdirSync(this.dir, { recursive: true });
  }

  static keyOf(source: NoteSource, ...inputs: string[]): string {
    const hash = createHash('sha256').update(source.path).update('\0').update(source.text);
    for (const input of inputs) hash.update('\0').update(input);
    return hash.digest('hex').slice(0, 32);
  }

  /** The cached summary, if the note is unchanged and every file it looked for is still (or still not) there. */
  summary(key: string, fileExists: (contentPath: string) => boolean): NoteSummary | undefined {
    const file = join(this.dir, `${key}.json`);
    if (!existsSync(file) || !existsSync(join(this.dir, `${key}.html`)) || !existsSync(join(this.dir, `${key}.extras.json`))) return undefined;
    try {
      const summary = JSON.parse(readFileSync(file, 'utf8')) as NoteSummary;
      return Object.entries(summary.fileChecks).every(([path, existed]) => fileExists(path) === existed) ? summary : undefined;
    } catch {
      return undefined;
    }
  }

  html(key: string): string {
    return readFileSync(join(this.dir, `${key}.html`), 'utf8');
  }

  /** What search and review need of a note: its sections and its questions. */
  extras(key: string): Pick<CompiledForBuild, 'sections' | 'questions'> {
    return JSON.parse(readFileSync(join(this.dir, `${key}.extras.json`), 'utf8')) as Pick<CompiledForBuild, 'sections' | 'questions'>;
  }

  put(key: string, compiled: CompiledForBuild): void {
    mkdirSync(this.dir, { recursive: true });
    writeFileSync(join(this.dir, `${key}.html`), compiled.html);
    writeFileSync(join(this.dir, `${key}.extras.json`), JSON.stringify({ sections: compiled.sections, questions: compiled.questions }));
    writeFileSync(join(this.dir, `${key}.json`), JSON.stringify(compiled.summary));
  }

  /** Removes entries of notes that no longer exist in this form. */
  prune(keep: ReadonlySet<string>): void {
    if (!existsSync(this.dir)) return;
    for (const name of readdirSync(this.dir)) if (!keep.has(name.replace(/(\.extras)?\.(json|html)$/, ''))) rmSync(join(this.dir, name), { force: true });
  }
}
