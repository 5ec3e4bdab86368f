import type { MiseEnRelation, Offre } from '../../contract/entreprises';
import type { Contexte } from '../commun/contexte';
import { ajouterJours } from '../commun/temps';

/**
 * An open offer expires at the end of its deadline, or, without one, at the end of the day that
 * many days (Paramètres) after it was received; it then reads "expirée" (docs/entreprises.md).
 */
export function expirationOffre(recueLe: string, dateLimite: string | null, jours: number): string {
  return dateLimite ?? ajouterJours(recueLe, jours);
}

/**
 * The same expiry as SQL over the offer row aliased `alias`. `jours` is a whole number from the
 * settings, inlined so that the expression can sit in any query.
 */
export function expirationOffreSql(alias: string, jours: number): string {
  return `coalesce(${alias}.date_limite, date(${alias}.recue_le, '+${Math.trunc(jours)} days'))`;
}

/** The status as read on `aujourdhui` (a checked YYYY-MM-DD date): an open offer past expiry is "expiree". */
export function statutOffreSql(alias: string, jours: number, aujourdhui: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(aujourdhui)) throw new Error(`Date invalide : ${aujourdhui}`);
  return `CASE WHEN ${alias}.statut = 'ouverte' AND ${expirationOffreSql(alias, jours)} < '${aujourdhui}' THEN 'expiree' ELSE ${alias}.statut END`;
}

/** STUB(issue 6): the offers matching `where` (over `offre o`), as read today, most recent first. */
export function offresOu(_ctx: Contexte, _where: string, _params: unknown[], _limite?: number): Offre[] {
  return [];
}

/** STUB(issue 6): the matches matching `where` (over `mise_en_relation m`), most recent first. */
export function misesEnRelationOu(_ctx: Contexte, _where: string, _params: unknown[]): MiseEnRelation[] {
  return [];
}
