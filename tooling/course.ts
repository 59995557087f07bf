/**
 * The course as the build and the dev server see it: every note under content/, compiled (in
 * parallel, cached on disk) and assembled into the site's structure. Only summaries stay in memory;
 * a page's HTML is read back when it is written. `update` recompiles just the notes that changed.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { failedNote, resolveLinkPlaceholders, type NoteSource, type NoteSummary } from '../src/content/note';
import { COURSE_FILE, parseCourse, type CourseInfo } from '../src/content/course';
import { GLOSSARY_FILE, parseGlossary, type GlossaryEntry } from '../src/content/glossary';
import { assembleSite, folderIndexSources, type Page, type SiteStructure } from '../src/content/site';
import type { Diagnostic } from '../src/content/types';
import { createCompilePool, type CompilePool } from './compilePool';
import { createNoteCompiler, readGlossary, readMacros, type CompiledForBuild, type NoteCompiler } from './noteCompiler';
import { DEFAULT_CACHE_DIR, NoteCache } from './noteCache';
import type { MathUsage } from './mathStyles';

/** Up to this many notes compile in the calling thread: starting the workers would take longer. */
const IN_PROCESS_LIMIT = 4;

export interface CourseOptions {
  cacheDir?: string;
  /** compile workers (default: one per core) */
  workers?: number;
  /** drop cached notes this course no longer has (the build of the project's own content) */
  prune?: boolean;
  /**
   * Curated content (`--strict`): frontmatter with title and order, an index.md in every folder,
   * every page in each language of its lecture, every image and link found. Default lenient: a
   * folder of plain notes builds as it is (see docs/authoring.md).
   */
  strict?: boolean;
}

export interface CompileStats {
  notes: number;
  compiled: number;
  fromCache: number;
}

export class Course {
  structure: SiteStructure = { langs: [], trees: {}, pages: [], media: [], diagnostics: [] };
  info: CourseInfo = parseCourse(undefined).course;
  lastStats: CompileStats = { notes: 0, compiled: 0, fromCache: 0 };
  private readonly summaries = new Map<string, { key: string; summary: NoteSummary }>();
  /** the pages made for folders without an index.md (lenient), recomputed on every compile */
  private generated = new Map<string, { key: string; summary: NoteSummary }>();
  /** notes the compiler failed on: their one error is in the structure; they have no body */
  private readonly failed = new Set<string>();
  /** glossary entries by lecture folder */
  private glossaries = new Map<string, GlossaryEntry[]>();
  private pool: CompilePool | undefined;
  private inProcess: Promise<NoteCompiler> | undefined;

  private constructor(
    readonly contentDir: string,
    private readonly cache: NoteCache,
    private readonly options: CourseOptions,
  ) {}

  static async load(contentDir: string, options: CourseOptions = {}): Promise<Course> {
    const course = new Course(contentDir, new NoteCache(options.cacheDir ?? DEFAULT_CACHE_DIR), options);
    await course.compile(readSources(contentDir));
    if (options.prune) course.cache.prune(new Set([...course.summaries.values(), ...course.generated.values()].map((s) => s.key)));
    return course;
  }

  /** Re-reads the given content-relative paths (changed, added or removed notes) and reassembles. */
  async update(paths: readonly string[]): Promise<void> {
    const sources: NoteSource[] = [];
    // a glossary is re-read with the structure, at the end of compile
    for (const path of paths) {
      if (!isNote(path)) continue;
      const full = join(this.contentDir, path);
      if (existsSync(full)) sources.push({ path, text: readFileSync(full, 'utf8') });
      else this.summaries.delete(path);
    }
    await this.compile(sources);
  }

  /** Loads the in-process compiler now, so the first edited note compiles without waiting for it. */
  async readyForEdits(): Promise<void> {
    await (this.inProcess ??= createNoteCompiler(this.contentDir, { strict: this.strict }));
  }

  private get strict(): boolean {
    return this.options.strict ?? false;
  }

  private entryOf(page: Page): { key: string; summary: NoteSummary } {
    const entry = this.summaries.get(page.source) ?? this.generated.get(page.source);
    if (!entry) throw new Error(`no compiled note for ${page.source}`);
    return entry;
  }

  /** What search and review need of the page's note: its sections and its self-check questions. */
  extras(page: Page): Pick<CompiledForBuild, 'sections' | 'questions'> {
    const entry = this.entryOf(page);
    if (this.failed.has(entry.key)) return { sections: [], questions: [] };
    return this.cache.extras(entry.key);
  }

  /** The glossary of the lecture folder a page is in (empty when it has none). */
  glossaryOf(page: Page): GlossaryEntry[] {
    return this.glossaries.get(page.source.split('/')[0] ?? '') ?? [];
  }

  /** Every lecture folder that has a glossary, with its entries. */
  glossaryFolders(): [string, GlossaryEntry[]][] {
    return [...this.glossaries.entries()];
  }

  /** Every class name the course's formulas use, and every character they show. */
  mathUsage(): MathUsage {
    const classes = new Set<string>();
    const chars = new Set<string>();
    for (const { summary } of [...this.summaries.values(), ...this.generated.values()]) {
      for (const name of summary.mathClasses ?? []) classes.add(name);
      for (const char of summary.mathChars ?? '') chars.add(char);
    }
    return { classes, chars: [...chars].sort().join('') };
  }

  /** The page's note as HTML, its links resolved. */
  bodyHtml(page: Page): string {
    const entry = this.entryOf(page);
    if (this.failed.has(entry.key)) return '';
    return resolveLinkPlaceholders(this.cache.html(entry.key), page.linkHrefs);
  }

  async close(): Promise<void> {
    await this.pool?.close();
    this.pool = undefined;
  }

  private async compile(sources: readonly NoteSource[]): Promise<void> {
    const fileExists = (path: string) => {
      const full = join(this.contentDir, path);
      return !path.startsWith('..') && existsSync(full) && statSync(full).isFile();
    };
    const stats: CompileStats = { notes: sources.length, compiled: 0, fromCache: 0 };
    // a few notes (an edit while writing) compile here at once; many go to the workers
    const compileOne = async (source: NoteSource): Promise<CompiledForBuild> => {
      if (sources.length <= IN_PROCESS_LIMIT) return (await (this.inProcess ??= createNoteCompiler(this.contentDir, { strict: this.strict })))(source);
      this.pool ??= createCompilePool(this.contentDir, this.strict, this.options.workers);
      return this.pool.compile(source);
    };
    const compileAll = (list: readonly NoteSource[], into: Map<string, { key: string; summary: NoteSummary }>) =>
      Promise.all(
        list.map(async (source) => {
          const folder = source.path.split('/')[0] ?? '';
          let key = `failed:${source.path}`;
          let summary: NoteSummary;
          // one note that breaks the compiler is one error; the rest of the course is still checked
          try {
            // a note's output depends on its lecture's glossary and macros, and on the rules it is held to
            key = NoteCache.keyOf(
              source,
              readGlossary(this.contentDir, folder).text,
              readMacros(this.contentDir, folder).text,
              this.strict ? 'strict' : 'lenient',
            );
            const cached = this.cache.summary(key, fileExists);
            if (cached) {
              summary = cached;
              stats.fromCache++;
            } else {
              const compiled = await compileOne(source);
              this.cache.put(key, compiled);
              summary = compiled.summary;
              stats.compiled++;
            }
            this.failed.delete(key);
          } catch (error) {
            summary = failedNote(source, error);
            this.failed.add(key);
            stats.compiled++;
          }
          into.set(source.path, { key, summary });
        }),
      );
    await compileAll(sources, this.summaries);
    const generated = new Map<string, { key: string; summary: NoteSummary }>();
    if (!this.strict) await compileAll(folderIndexSources([...this.summaries.values()].map((s) => s.summary)), generated);
    this.generated = generated;
    this.lastStats = stats;
    const structure = assembleSite(
      [...this.summaries.values(), ...generated.values()].map((s) => s.summary),
      { strict: this.strict },
    );
    const courseFile = join(this.contentDir, COURSE_FILE);
    const course = parseCourse(existsSync(courseFile) ? readFileSync(courseFile, 'utf8') : undefined);
    this.info = course.course;
    structure.diagnostics.push(...course.diagnostics);
    const glossaries = readGlossaries(this.contentDir);
    this.glossaries = glossaries.entries;
    structure.diagnostics.push(...glossaries.diagnostics);
    for (const folder of lectureFolders(this.contentDir)) structure.diagnostics.push(...readMacros(this.contentDir, folder).diagnostics);
    if (this.summaries.size === 0) {
      structure.diagnostics.push({ file: '.', line: 1, column: 1, message: `no notes found in ${this.contentDir}: a course needs at least one .md file` });
    }
    this.structure = structure;
  }
}

function isNote(path: string): boolean {
  return path.endsWith('.md') && !path.endsWith('README.md');
}

function lectureFolders(contentDir: string): string[] {
  if (!existsSync(contentDir)) return [];
  return readdirSync(contentDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
}

/** Every lecture folder's glossary.yaml, parsed; errors are content errors like any other. */
function readGlossaries(contentDir: string): { entries: Map<string, GlossaryEntry[]>; diagnostics: Diagnostic[] } {
  const entries = new Map<string, GlossaryEntry[]>();
  const diagnostics: Diagnostic[] = [];
  if (!existsSync(contentDir)) return { entries, diagnostics };
  for (const folder of readdirSync(contentDir)) {
    const glossary = readGlossary(contentDir, folder);
    if (!glossary.text) continue;
    entries.set(folder, glossary.entries);
    diagnostics.push(...parseGlossary(`${folder}/${GLOSSARY_FILE}`, glossary.text).diagnostics);
  }
  return { entries, diagnostics };
}

export function readSources(contentDir: string): NoteSource[] {
  const sources: NoteSource[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else {
        const path = relative(contentDir, full).split(sep).join('/');
        if (isNote(path)) sources.push({ path, text: readFileSync(full, 'utf8') });
      }
    }
  };
  if (existsSync(contentDir)) walk(contentDir);
  return sources;
}
