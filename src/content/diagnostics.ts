import type { VFile } from 'vfile';
import type { Diagnostic, SourcePosition } from './types';

/** The one format every content error is shown in: `path:line:col message`. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column} ${d.message}`;
}

interface Positioned {
  position?: { start: { line: number; column: number } } | undefined;
}

export function positionOf(node: Positioned | undefined): SourcePosition {
  const start = node?.position?.start;
  return start ? { line: start.line, column: start.column } : { line: 1, column: 1 };
}

/** Records a content error on the file being compiled; collected by compileNote. */
export function report(file: VFile, node: Positioned | undefined, message: string): void {
  const list = (file.data.diagnostics ??= []);
  list.push({ file: file.path ?? '', ...positionOf(node), message });
}

declare module 'vfile' {
  interface DataMap {
    diagnostics: Diagnostic[];
  }
}
