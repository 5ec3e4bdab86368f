import { eq } from 'drizzle-orm';
import type { entreprisesContract } from '../../contract/entreprises';
import { acteService } from '../../db/schema';
import type { Contexte, Handler } from '../commun/contexte';
import { ErreurMetier, introuvable, regle } from '../commun/erreurs';
import { instruction } from '../commun/instructions';
import { dateFr } from '../commun/temps';
import { creation, modification } from '../commun/tracabilite';
import { aujourdhui } from '../jeunes';
import { entrepriseExistante } from './lectures';

type C = typeof entreprisesContract;

interface ActeStocke {
  id: number;
  entrepriseId: number;
  date: string;
  auteurId: number;
  auteurNom: string;
  offreId: number | null;
  offreIntitule: string | null;
  miseEnRelationId: number | null;
  jeuneNom: string | null;
}

function acteExistant(ctx: Contexte, id: number): ActeStocke {
  const a = instruction(
    ctx.sqlite,
    `SELECT a.id, a.entreprise_id AS entrepriseId, a.date, a.auteur_id AS auteurId,
            coalesce(u.prenom || ' ' || u.nom, 'une autre personne') AS auteurNom,
            a.offre_id AS offreId, o.intitule AS offreIntitule, a.mise_en_relation_id AS miseEnRelationId,
            coalesce(j.nom_usage, j.nom_naissance) || ' ' || j.prenoms AS jeuneNom
     FROM acte_service a
     LEFT JOIN utilisateur u ON u.id = a.auteur_id
     LEFT JOIN offre o ON o.id = a.offre_id
     LEFT JOIN mise_en_relation m ON m.id = a.mise_en_relation_id
     LEFT JOIN jeune j ON j.id = m.jeune_id
     WHERE a.id = ?`,
  ).get(id) as ActeStocke | undefined;
  if (!a) throw introuvable('Acte de service');
  return a;
}

/**
 * What may be done to a stored act by hand. The acts an offer or a match wrote belong to them:
 * they change and go with them, never alone. The others are their author's, or direction's: the
 * record of what a colleague did is not rewritten by someone else.
 */
function verifierRetouche(ctx: Contexte, a: ActeStocke, verbe: 'modifier' | 'supprimer') {
  if (a.offreId !== null) {
    throw regle(
      `Cet acte a été noté par l'offre « ${a.offreIntitule ?? ''} » : il suit l'offre et ne se ${verbe === 'modifier' ? 'modifie' : 'supprime'} pas à la main. ${verbe === 'modifier' ? "Modifiez l'offre elle-même." : "Supprimez l'offre si elle a été saisie par erreur, ou annulez-la."}`,
    );
  }
  if (a.miseEnRelationId !== null) {
    throw regle(
      `Cet acte a été noté par la mise en relation de ${a.jeuneNom ?? 'un jeune'} : il la suit et ne se ${verbe === 'modifier' ? 'modifie' : 'supprime'} pas à la main. ${verbe === 'modifier' ? "Notez l'issue de la mise en relation depuis l'offre." : "Supprimez la mise en relation si elle a été saisie par erreur (tant qu'elle est en attente)."}`,
    );
  }
  if (a.auteurId !== ctx.acteur.id && !ctx.acteur.roles.includes('direction')) {
    throw new ErreurMetier(
      'acces_refuse',
      `Cet acte a été noté par ${a.auteurNom} : seuls son auteur et la direction peuvent le ${verbe}. Pour compléter, notez un nouvel acte.`,
    );
  }
}

export const actesHandlers = {
  'actes.enregistrer': ((input, ctx) => {
    entrepriseExistante(ctx, input.entrepriseId);
    const avant = input.id === null ? null : acteExistant(ctx, input.id);
    if (avant && avant.entrepriseId !== input.entrepriseId) throw introuvable('Acte de service');
    if (avant) verifierRetouche(ctx, avant, 'modifier');
    const today = aujourdhui(ctx);
    const { date: dateSaisie, ...acte } = input.acte;
    // An edit that sends no date keeps the act's own.
    const date = dateSaisie ?? avant?.date ?? today;
    if (date > today) {
      throw regle(
        `Acte daté du ${dateFr(date)}, dans le futur : un acte se note une fois fait. Pour prévoir une démarche, notez-la en « prochaine action » de l'acte du jour.`,
        'acte.date',
      );
    }
    if (acte.prochaineActionLe !== null && acte.prochaineActionLe < date) {
      throw regle(
        `Prochaine action prévue le ${dateFr(acte.prochaineActionLe)}, avant l'acte lui-même (${dateFr(date)}) : choisissez une date à partir du ${dateFr(date)}.`,
        'acte.prochaineActionLe',
      );
    }
    if (avant) {
      ctx.db
        .update(acteService)
        .set({ date, ...acte, ...modification(ctx) })
        .where(eq(acteService.id, avant.id))
        .run();
      return { id: avant.id };
    }
    const { id } = ctx.db
      .insert(acteService)
      .values({ entrepriseId: input.entrepriseId, date, ...acte, auteurId: ctx.acteur.id, ...creation(ctx) })
      .returning({ id: acteService.id })
      .get();
    return { id };
  }) satisfies Handler<C, 'actes.enregistrer'>,

  'actes.supprimer': ((input, ctx) => {
    const a = acteExistant(ctx, input.id);
    verifierRetouche(ctx, a, 'supprimer');
    ctx.db.delete(acteService).where(eq(acteService.id, a.id)).run();
    return { id: a.id };
  }) satisfies Handler<C, 'actes.supprimer'>,
};
