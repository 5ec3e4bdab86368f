import type { Contexte } from './contexte';
import { ErreurMetier } from './erreurs';
import { instruction } from './instructions';
import { dateFr, lectureParis } from './temps';

/**
 * Optimistic concurrency on `modifie_le`: a screen sends back the version it read, and a save
 * made on a record someone changed since is refused, so that two people never silently
 * overwrite each other's words.
 */
export interface Version {
  modifieLe: string;
  modifiePar: number | null;
}

/**
 * Refuses the save when the stored version is not the one the screen read: nothing is written,
 * the message says who saved and when, then what to do (`suite`). `quoi` names the record as
 * a sentence needs it (« cette fiche », « la fiche de « CCAS » »).
 */
export function verifierVersion(ctx: Contexte, stockee: Version, lue: string, quoi: string, suite: string): void {
  if (Date.parse(stockee.modifieLe) === Date.parse(lue)) return;
  const auteur = stockee.modifiePar
    ? (instruction(ctx.sqlite, "SELECT prenom || ' ' || nom AS nom FROM utilisateur WHERE id = ?").get(
        stockee.modifiePar,
      ) as { nom: string } | undefined)
    : undefined;
  const { date, heure } = lectureParis(new Date(stockee.modifieLe));
  throw new ErreurMetier(
    'conflit',
    `${auteur?.nom ?? 'Quelqu’un'} a enregistré ${quoi} le ${dateFr(date)} à ${heure.replace(':', ' h ')}, après que vous l'avez ouverte : rien n'a été enregistré. ${suite}`,
  );
}

/**
 * The version a save writes: now, or just after the previous one when the clock has not moved
 * (two saves in the same millisecond, a clock set back) — a version must always change.
 */
export function versionSuivante(ctx: Contexte, precedente: string): string {
  const maintenant = ctx.horloge.maintenant().getTime();
  return new Date(Math.max(maintenant, Date.parse(precedente) + 1)).toISOString();
}
