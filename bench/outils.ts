/** Measuring and printing, shared by every part of the benchmark. */

/** `--nom=valeur` on the command line, a positive integer, or the default. */
export function option(nom: string, defaut: number): number {
  const arg = process.argv.find((a) => a.startsWith(`--${nom}=`));
  const v = arg ? Number(arg.split('=')[1]) : defaut;
  return Number.isFinite(v) && v > 0 ? Math.floor(v) : defaut;
}

export function quantile(valeurs: number[], q: number): number {
  if (valeurs.length === 0) return Number.NaN;
  const tries = [...valeurs].sort((a, b) => a - b);
  return tries[Math.min(tries.length - 1, Math.max(0, Math.ceil(q * tries.length) - 1))]!;
}

export const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(3) : '—');
export const x = (v: number) => (Number.isFinite(v) ? `×${v.toFixed(2)}` : '—');
export const Mo = (octets: number) => `${(octets / 1024 / 1024).toFixed(1)} Mo`;

/** Starts a stopwatch; calling the result gives the milliseconds elapsed. */
export function chrono(): () => number {
  const debut = process.hrtime.bigint();
  return () => Number(process.hrtime.bigint() - debut) / 1e6;
}

export function tableau(entetes: string[], lignes: string[][]): string {
  const largeurs = entetes.map((e, i) => Math.max(e.length, ...lignes.map((l) => l[i]!.length)));
  const ligne = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(largeurs[i]!) : c.padStart(largeurs[i]!))).join('  ');
  return [ligne(entetes), largeurs.map((l) => '-'.repeat(l)).join('  '), ...lignes.map(ligne)].join('\n');
}

export function memoire(quand: string): string {
  const m = process.memoryUsage();
  return `${quand} : rss ${Mo(m.rss)}, tas utilisé ${Mo(m.heapUsed)} / ${Mo(m.heapTotal)}, externe ${Mo(m.external)}`;
}
