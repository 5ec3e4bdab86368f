import { eq } from 'drizzle-orm';
import type { annuaireContract, Convention } from '../../contract/annuaire';
import type { Sqlite } from '../../db/open';
import { conventionPartenaire } from '../../db/schema';
import { lireParametres } from '../comptes/parametres';
import type { Contexte, Handler } from '../commun/contexte';
import { introuvable } from '../commun/erreurs';
import { instruction } from '../commun/instructions';
import { compact } from '../commun/texte';
import { ajouterJours, joursEntre } from '../commun/temps';
import { creation, modification } from '../commun/tracabilite';
import { aujourdhui } from '../jeunes';
import { partenaireExistant, verifierPartenaire } from './lectures';

type C = typeof annuaireContract;

type LigneConvention = Omit<Convention, 'aRenouveler' | 'joursRestants'>;
/** A convention as the contract gives it, plus whether a later one with the same purpose replaced it. */
export type ConventionEvaluee = Convention & { renouvelee: boolean };

/** Conventions matching `where` (aliases `c` convention, `p` partner), soonest expiry first. */
export function conventionsOu(sqlite: Sqlite, where: string, params: unknown[]): LigneConvention[] {
  return instruction(
    sqlite,
    `SELECT c.id, c.partenaire_id AS partenaireId, p.nom AS partenaireNom, c.objet, c.signee_le AS signeeLe,
            c.expire_le AS expireLe, c.note
     FROM convention_partenaire c JOIN partenaire p ON p.id = c.partenaire_id
     WHERE ${where}
     ORDER BY c.expire_le IS NULL, c.expire_le, p.nom COLLATE NOCASE, c.objet, c.id`,
  ).all(...params) as LigneConvention[];
}

/**
 * Whether each convention is to renew: it expired, or expires within the notice (`preavisJours`
 * days from today), and the partner has no convention with the same purpose expiring later
 * (the renewal is then already signed). `lignes` must hold all the conventions of each partner
 * concerned, so that a renewal is seen.
 */
export function evaluerConventions(
  lignes: LigneConvention[],
  today: string,
  preavisJours: number,
): ConventionEvaluee[] {
  const limite = ajouterJours(today, preavisJours);
  const cles = lignes.map((c) => `${c.partenaireId}|${compact(c.objet)}`);
  const derniereEcheance = new Map<string, string>();
  lignes.forEach((c, i) => {
    const connue = derniereEcheance.get(cles[i]!);
    if (c.expireLe !== null && (connue === undefined || c.expireLe > connue))
      derniereEcheance.set(cles[i]!, c.expireLe);
  });
  return lignes.map((c, i) => {
    const renouvelee = c.expireLe !== null && derniereEcheance.get(cles[i]!)! > c.expireLe;
    return {
      ...c,
      renouvelee,
      aRenouveler: c.expireLe !== null && c.expireLe <= limite && !renouvelee,
      joursRestants: c.expireLe === null ? null : joursEntre(today, c.expireLe),
    };
  });
}

/** The conventions of these partners, evaluated at today's date and notice. */
export function conventionsDesPartenaires(ctx: Contexte, ids: readonly number[]): ConventionEvaluee[] {
  if (ids.length === 0) return [];
  const lignes = conventionsOu(ctx.sqlite, 'c.partenaire_id IN (SELECT value FROM json_each(?))', [
    JSON.stringify(ids),
  ]);
  return evaluerConventions(lignes, aujourdhui(ctx), lireParametres(ctx.sqlite).preavisConventionJours);
}

function conventionExistante(ctx: Contexte, id: number) {
  const c = ctx.db.select().from(conventionPartenaire).where(eq(conventionPartenaire.id, id)).get();
  if (!c) throw introuvable('Convention');
  return c;
}

export const conventionsHandlers = {
  'conventions.enregistrer': ((input, ctx) => {
    partenaireExistant(ctx, input.partenaireId);
    if (input.id === null) {
      return ctx.db
        .insert(conventionPartenaire)
        .values({ partenaireId: input.partenaireId, ...input.convention, ...creation(ctx) })
        .returning({ id: conventionPartenaire.id })
        .get();
    }
    verifierPartenaire(conventionExistante(ctx, input.id).partenaireId, input.partenaireId, 'Cette convention');
    ctx.db
      .update(conventionPartenaire)
      .set({ ...input.convention, ...modification(ctx) })
      .where(eq(conventionPartenaire.id, input.id))
      .run();
    return { id: input.id };
  }) satisfies Handler<C, 'conventions.enregistrer'>,

  'conventions.supprimer': ((input, ctx) => {
    conventionExistante(ctx, input.id);
    ctx.db.delete(conventionPartenaire).where(eq(conventionPartenaire.id, input.id)).run();
    return { id: input.id };
  }) satisfies Handler<C, 'conventions.supprimer'>,

  'conventions.aRenouveler': ((_input, ctx) => {
    const preavisJours = lireParametres(ctx.sqlite).preavisConventionJours;
    // Every dated convention of the active partners is read, so that a renewal hides the old one;
    // they come soonest first.
    const lignes = conventionsOu(ctx.sqlite, 'p.actif = 1 AND c.expire_le IS NOT NULL', []);
    const conventions = evaluerConventions(lignes, aujourdhui(ctx), preavisJours).filter((c) => c.aRenouveler);
    return { preavisJours, conventions };
  }) satisfies Handler<C, 'conventions.aRenouveler'>,
};
