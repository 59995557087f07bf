/**
 * The real inputs in ../shared (the seed lecture, other people's notes) are read from there, never
 * copied. Without them a developer's run skips those tests; under CI (CI set) they run and fail.
 */
import { existsSync } from 'node:fs';

export function skipWithoutShared(path: string): boolean {
  return !existsSync(path) && !process.env.CI;
}
