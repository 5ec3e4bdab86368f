import { eq } from 'drizzle-orm';
import type { annuaireContract } from '../../contract/annuaire';
import { JOUR_LIBELLES } from '../../contract/referentielsAnnuaire';
import { permanencePartenaire } from '../../db/schema';
import { verifierSite } from '../accueil';
import type { Contexte, Handler } from '../commun/contexte';
import { introuvable, regle } from '../commun/erreurs';
import { creation, modification } from '../commun/tracabilite';
import { partenaireExistant, permanencesOu, verifierPartenaire } from './lectures';

type C = typeof annuaireContract;

function permanenceExistante(ctx: Contexte, id: number) {
  const p = ctx.db.select().from(permanencePartenaire).where(eq(permanencePartenaire.id, id)).get();
  if (!p) throw introuvable('Permanence');
  return p;
}

/** A partner cannot be twice in the same site at the same time: the second entry is a typo. */
function verifierChevauchement(
  ctx: Contexte,
  partenaireId: number,
  p: { siteId: number; jour: number; heureDebut: string; heureFin: string },
  saufId: number | null,
) {
  const autres = permanencesOu(ctx.sqlite, 'pp.partenaire_id = ? AND pp.site_id = ? AND pp.jour = ? AND pp.id <> ?', [
    partenaireId,
    p.siteId,
    p.jour,
    saufId ?? 0,
  ]);
  // "HH:MM" strings compare as times.
  const autre = autres.find((a) => a.heureDebut < p.heureFin && p.heureDebut < a.heureFin);
  if (autre) {
    throw regle(
      `« ${autre.partenaireNom} » tient déjà une permanence sur le site « ${autre.siteNom} » le ${JOUR_LIBELLES[autre.jour]!.toLowerCase()} de ${autre.heureDebut} à ${autre.heureFin} : changez les horaires, ou modifiez la permanence existante.`,
      'permanence.heureDebut',
    );
  }
}

export const permanencesHandlers = {
  'permanences.enregistrer': ((input, ctx) => {
    partenaireExistant(ctx, input.partenaireId);
    verifierSite(ctx, input.permanence.siteId, 'permanence.siteId');
    if (input.id !== null) {
      verifierPartenaire(permanenceExistante(ctx, input.id).partenaireId, input.partenaireId, 'Cette permanence');
    }
    verifierChevauchement(ctx, input.partenaireId, input.permanence, input.id);
    if (input.id === null) {
      return ctx.db
        .insert(permanencePartenaire)
        .values({ partenaireId: input.partenaireId, ...input.permanence, ...creation(ctx) })
        .returning({ id: permanencePartenaire.id })
        .get();
    }
    ctx.db
      .update(permanencePartenaire)
      .set({ ...input.permanence, ...modification(ctx) })
      .where(eq(permanencePartenaire.id, input.id))
      .run();
    return { id: input.id };
  }) satisfies Handler<C, 'permanences.enregistrer'>,

  'permanences.supprimer': ((input, ctx) => {
    permanenceExistante(ctx, input.id);
    ctx.db.delete(permanencePartenaire).where(eq(permanencePartenaire.id, input.id)).run();
    return { id: input.id };
  }) satisfies Handler<C, 'permanences.supprimer'>,

  // The partners no longer active do not come any more: their permanences are left out.
  'permanences.lister': ((input, ctx) =>
    permanencesOu(ctx.sqlite, 'p.actif = 1 AND (? IS NULL OR pp.site_id = ?)', [
      input.siteId,
      input.siteId,
    ])) satisfies Handler<C, 'permanences.lister'>,
};
