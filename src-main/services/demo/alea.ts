/**
 * A small seeded pseudo-random generator (mulberry32). The demo must be reproducible for a given
 * seed, so nothing in the generator may read Math.random or the wall clock.
 */
export class Alea {
  private etat: number;

  constructor(graine: number) {
    // Mixed once so that neighbouring seeds (1, 2, 3...) do not start on similar sequences.
    this.etat = (Math.imul(graine ^ 0x9e3779b9, 0x85ebca6b) ^ 0xc2b2ae35) >>> 0;
  }

  /** A float in [0, 1). */
  suivant(): number {
    this.etat = (this.etat + 0x6d2b79f5) >>> 0;
    let t = this.etat;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  entier(min: number, max: number): number {
    return min + Math.floor(this.suivant() * (max - min + 1));
  }

  chance(probabilite: number): boolean {
    return this.suivant() < probabilite;
  }

  choix<T>(valeurs: readonly T[]): T {
    return valeurs[Math.floor(this.suivant() * valeurs.length)]!;
  }

  /**
   * Picks towards the start of the list: real name frequencies are very skewed (many Martin,
   * few Crémieux), and lists below are written most frequent first.
   */
  choixFrequent<T>(valeurs: readonly T[], biais = 1.8): T {
    return valeurs[Math.floor(Math.pow(this.suivant(), biais) * valeurs.length)]!;
  }

  pondere<T>(valeurs: readonly (readonly [T, number])[]): T {
    const total = valeurs.reduce((s, [, p]) => s + p, 0);
    let r = this.suivant() * total;
    for (const [v, p] of valeurs) {
      r -= p;
      if (r < 0) return v;
    }
    return valeurs[valeurs.length - 1]![0];
  }

  /** `n` distinct values of the list, in drawing order. */
  plusieurs<T>(valeurs: readonly T[], n: number): T[] {
    const reste = [...valeurs];
    const tires: T[] = [];
    while (tires.length < n && reste.length > 0)
      tires.push(reste.splice(Math.floor(this.suivant() * reste.length), 1)[0]!);
    return tires;
  }
}
