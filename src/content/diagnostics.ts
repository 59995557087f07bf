import type { VFile } from 'vfile';
import type { Diagnostic, SourcePosition } from './types';

/** The one format every content problem is shown in: `path:line:col message` (`path:line:col warning: message`). */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column} ${d.severity === 'warning' ? 'warning: ' : ''}${d.message}`;
}

export function isError(d: Diagnostic): boolean {
  return d.severity !== 'warning';
}

interface Positioned {
  position?: { start: { line: number; column: number } } | undefined;
}

export function positionOf(node: Positioned | undefined): SourcePosition {
  const start = node?.position?.start;
  return start ? { line: start.line, column: start.column } : { line: 1, column: 1 };
}

/** Records a content error (or a warning) on the file being compiled; collected by compileNote. */
export function report(file: VFile, node: Positioned | undefined, message: string, severity?: 'warning'): void {
  const list = (file.data.diagnostics ??= []);
  list.push({ file: file.path ?? '', ...positionOf(node), message, ...(severity ? { severity } : {}) });
}

declare module 'vfile' {
  interface DataMap {
    diagnostics: Diagnostic[];
  }
}
