import type { formationContract } from '../../contract/formation';
import type { StatutPositionnement } from '../../contract/referentielsFormation';
import { commissionEntree, decisionCommission } from '../../db/schema';
import type { Handler } from '../commun/contexte';
import { ErreurMetier, regle } from '../commun/erreurs';
import { instruction } from '../commun/instructions';
import { dateFr } from '../commun/temps';
import { creation } from '../commun/tracabilite';
import { actionExistante } from '../formation/lectures';
import { exigerSuiviDeLAction } from '../formation/regles';
import { aujourdhui } from '../jeunes';
import { avancer, positionnementExistant, statutCite } from './machine';
import { procesVerbalHandlers } from './procesVerbal';

type C = typeof formationContract;

/**
 * The candidacies a commission examines: not yet decided. Those proposed, transmitted or met at
 * an information session go « en commission » first, on the commission's date.
 */
const AVANT_COMMISSION: readonly StatutPositionnement[] = [
  'propose',
  'candidature_transmise',
  'information_collective',
];
const EXAMINABLES: readonly StatutPositionnement[] = [...AVANT_COMMISSION, 'en_commission'];

export const commissionsHandlers = {
  /**
   * Every decision is checked by the status machine as if typed one by one; the first refused
   * throws, and the call's transaction takes the commission and the decisions before it away:
   * all the decisions are written, or none.
   */
  'commissions.enregistrer': ((input, ctx) => {
    const action = actionExistante(ctx, input.actionId);
    exigerSuiviDeLAction(ctx, action, "tenir ses commissions d'entrée");
    if (input.date > aujourdhui(ctx)) {
      throw regle(
        `Commission datée du ${dateFr(input.date)}, dans le futur : notez-la le jour où elle s'est tenue, avec ses décisions.`,
        'date',
      );
    }
    const commissionId = ctx.db
      .insert(commissionEntree)
      .values({
        actionId: action.id,
        date: input.date,
        participants: input.participants,
        note: input.note,
        auteurId: ctx.acteur.id,
        ...creation(ctx),
      })
      .returning({ id: commissionEntree.id })
      .get().id;

    const examinees = new Set<number>();
    for (const [i, d] of input.decisions.entries()) {
      const champ = `decisions.${i}`;
      const existe = instruction(ctx.sqlite, 'SELECT 1 FROM positionnement WHERE id = ?').get(d.positionnementId);
      if (!existe) {
        throw regle(
          `Décision n° ${i + 1} : cette candidature n'existe plus (supprimée entre-temps ?). Rechargez la liste des candidatures. Rien n'a été enregistré.`,
          `${champ}.positionnementId`,
        );
      }
      const p = positionnementExistant(ctx, d.positionnementId);
      if (p.actionId !== action.id) {
        throw regle(
          `${p.jeuneNom} n'est pas positionné(e) sur « ${action.intitule} » : une commission ne décide que des candidatures de son action. Rien n'a été enregistré.`,
          `${champ}.positionnementId`,
        );
      }
      if (examinees.has(p.id)) {
        throw regle(
          `${p.jeuneNom} figure deux fois parmi les décisions : une seule décision par candidature. Rien n'a été enregistré.`,
          `${champ}.positionnementId`,
        );
      }
      examinees.add(p.id);
      if (!EXAMINABLES.includes(p.statut)) {
        throw regle(
          `${p.jeuneNom} : la candidature est déjà ${statutCite(p.statut)}. Une commission ne décide que des candidatures proposées, transmises, en information collective ou en commission. Rien n'a été enregistré.`,
          `${champ}.decision`,
        );
      }
      try {
        const etape = {
          date: input.date,
          motifNonRetenu: null,
          certificationObtenue: null,
          commentaire: null,
          commissionId,
        };
        if (AVANT_COMMISSION.includes(p.statut)) avancer(ctx, p, { ...etape, statut: 'en_commission' }, action);
        if (d.decision !== 'ajourne') {
          avancer(
            ctx,
            p,
            { ...etape, statut: d.decision, motifNonRetenu: d.motifNonRetenu, commentaire: d.commentaire },
            action,
          );
        }
      } catch (e) {
        // The machine speaks of « the candidacy »: among several, say whose.
        if (e instanceof ErreurMetier && e.code === 'regle_metier') {
          throw regle(`${p.jeuneNom} : ${e.message} Rien n'a été enregistré.`, `${champ}.decision`);
        }
        throw e;
      }
      ctx.db
        .insert(decisionCommission)
        .values({
          commissionId,
          positionnementId: p.id,
          decision: d.decision,
          motifNonRetenu: d.decision === 'non_retenu' ? d.motifNonRetenu : null,
          commentaire: d.commentaire,
        })
        .run();
    }
    return { id: commissionId };
  }) satisfies Handler<C, 'commissions.enregistrer'>,

  ...procesVerbalHandlers,
};
