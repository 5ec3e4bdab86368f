import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { chiffresBilanSchema, formationContract } from '../../contract/formation';
import { bilanAction } from '../../db/schema';
import type { Contexte, Handler } from '../commun/contexte';
import { introuvable, regle } from '../commun/erreurs';
import { instruction } from '../commun/instructions';
import { dateFr } from '../commun/temps';
import { creation } from '../commun/tracabilite';
import { versionSuivante } from '../commun/versions';
import { aujourdhui } from '../jeunes';
import { tableauDesActions } from '../positionnements/lectures';
import { actionExistante, STATUTS_ENTRES } from './lectures';
import { exigerSuiviDeLAction } from './regles';

type C = typeof formationContract;
type Chiffres = z.infer<typeof chiffresBilanSchema>;

/**
 * The figures of an action on the day its bilan is written (a snapshot stored with the bilan).
 * Places, candidacies, entries, abandonments and the filling rate are the dashboard's own
 * computation; ends, certifications and what the jeunes did next are read from the candidacies
 * and the jeunes' situations: among those who entered, the jeunes with an emploi or alternance
 * situation (or another formation than this one) that started after the action began and by
 * the bilan's date.
 */
export function chiffresDuBilan(ctx: Contexte, action: { id: number; debut: string }, date: string): Chiffres {
  const t = tableauDesActions(ctx, 'a.id = ?', [action.id]);
  const autres = instruction(
    ctx.sqlite,
    `SELECT coalesce(sum(p.statut = 'termine'), 0) AS termines,
            coalesce(sum(p.statut = 'termine' AND p.certification_obtenue = 1), 0) AS certifies,
            count(DISTINCT CASE WHEN EXISTS (
              SELECT 1 FROM situation s WHERE s.jeune_id = p.jeune_id AND s.type IN ('emploi', 'alternance')
                AND s.debut > @debut AND s.debut <= @date) THEN p.jeune_id END) AS sortiesEmploi,
            count(DISTINCT CASE WHEN EXISTS (
              SELECT 1 FROM situation s WHERE s.jeune_id = p.jeune_id AND s.type = 'formation'
                AND s.id IS NOT p.situation_id AND s.debut > @debut AND s.debut <= @date) THEN p.jeune_id END)
              AS sortiesFormation
     FROM positionnement p
     WHERE p.action_id = @id AND p.statut IN (SELECT value FROM json_each(@entres))`,
  ).get({ id: action.id, debut: action.debut, date, entres: JSON.stringify(STATUTS_ENTRES) }) as Pick<
    Chiffres,
    'termines' | 'certifies' | 'sortiesEmploi' | 'sortiesFormation'
  >;
  return {
    places: t.places,
    positionnements: t.positionnements,
    entres: t.entres,
    enCours: t.parStatut.find((s) => s.statut === 'entre')?.nombre ?? 0,
    abandons: t.abandons,
    ...autres,
    tauxRemplissage: t.tauxRemplissage,
  };
}

export const bilansHandlers = {
  'bilansAction.enregistrer': ((input, ctx) => {
    const a = actionExistante(ctx, input.actionId);
    exigerSuiviDeLAction(ctx, a, 'écrire les bilans de cette action');
    const today = aujourdhui(ctx);
    const date = input.date ?? today;
    if (date > today) {
      throw regle(`Bilan daté du ${dateFr(date)}, dans le futur : datez-le du jour où il est écrit.`, 'date');
    }
    const finalExistant = instruction(
      ctx.sqlite,
      "SELECT id, date, modifie_le AS modifieLe FROM bilan_action WHERE action_id = ? AND type = 'final'",
    ).get(a.id) as { id: number; date: string; modifieLe: string } | undefined;
    let id = input.id;
    let modifieLe: string | null = null;
    if (id !== null) {
      const b = instruction(
        ctx.sqlite,
        'SELECT action_id AS actionId, modifie_le AS modifieLe FROM bilan_action WHERE id = ?',
      ).get(id) as { actionId: number; modifieLe: string } | undefined;
      if (!b || b.actionId !== a.id) throw introuvable('Bilan de l’action');
      modifieLe = b.modifieLe;
      if (input.type === 'final' && finalExistant && finalExistant.id !== id) {
        throw regle(
          `« ${a.intitule} » a déjà son bilan final (du ${dateFr(finalExistant.date)}) : une action n'en a qu'un. Complétez-le, ou gardez ce bilan-ci intermédiaire.`,
          'type',
        );
      }
    } else if (input.type === 'final' && finalExistant) {
      // One final bilan per action: writing it again completes the first, with today's figures.
      id = finalExistant.id;
      modifieLe = finalExistant.modifieLe;
    }
    const valeurs = {
      type: input.type,
      date,
      chiffres: JSON.stringify(chiffresDuBilan(ctx, a, date)),
      pointsForts: input.pointsForts,
      difficultes: input.difficultes,
      note: input.note,
    };
    if (id === null) {
      const r = ctx.db
        .insert(bilanAction)
        .values({ actionId: a.id, auteurId: ctx.acteur.id, ...valeurs, ...creation(ctx) })
        .returning({ id: bilanAction.id })
        .get();
      return { id: r.id };
    }
    ctx.db
      .update(bilanAction)
      .set({ ...valeurs, modifieLe: versionSuivante(ctx, modifieLe!), modifiePar: ctx.acteur.id })
      .where(eq(bilanAction.id, id))
      .run();
    return { id };
  }) satisfies Handler<C, 'bilansAction.enregistrer'>,
};
