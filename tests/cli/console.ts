import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, vi } from 'vitest';

/**
 * What the CLI printed during one test: stdout lines in `sortie`, stderr lines in `erreurs`.
 * Call once at the top of a test file; the arrays are emptied before each test.
 */
export function capturerConsole(): { sortie: string[]; erreurs: string[] } {
  const lu = { sortie: [] as string[], erreurs: [] as string[] };
  beforeEach(() => {
    lu.sortie.length = 0;
    lu.erreurs.length = 0;
    vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void lu.sortie.push(a.join(' ')));
    vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void lu.erreurs.push(a.join(' ')));
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
  });
  return lu;
}

/** A path for a database file that does not exist yet, in a fresh temporary folder. */
export function baseNeuve(): string {
  return join(mkdtempSync(join(tmpdir(), 'tremplin-cli-')), 'b.sqlite');
}
