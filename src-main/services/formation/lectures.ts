import type { BilanAction, LigneAction } from '../../contract/formation';
import { STATUTS_OCCUPANT_UNE_PLACE, type StatutPositionnement } from '../../contract/referentielsFormation';
import type { Contexte } from '../commun/contexte';
import { introuvable } from '../commun/erreurs';
import { instruction } from '../commun/instructions';

/**
 * Reads of the training actions shared by their handlers (lookup, file, import, bilans) and the
 * candidacies'. The counts of a row are aggregated in SQL, within the one query that reads the
 * rows: each is a range of the (action, status) index, so that reading one action reads only its
 * own candidacies, and a lookup over 2,000 actions and 30,000 candidacies is one query of a few
 * tens of milliseconds, never one query per action.
 */

/** The candidacies that entered the training (DOMAIN.md taux_remplissage_formation). */
export const STATUTS_ENTRES: readonly StatutPositionnement[] = ['entre', 'abandon', 'termine'];

const enSql = (statuts: readonly string[]) => statuts.map((s) => `'${s}'`).join(', ');

/** A row of an action as the lookup shows it, plus what the text search and the file need. */
export interface LigneActionLue extends LigneAction {
  lieu: string | null;
  description: string | null;
  modifieLe: string;
  modifiePar: number | null;
  /** Candidacies holding a place (retained or entered), over the places when above them. */
  occupees: number;
}

const compte = (statuts?: readonly string[]) =>
  `(SELECT count(*) FROM positionnement p WHERE p.action_id = a.id${statuts ? ` AND p.statut IN (${enSql(statuts)})` : ''})`;

const SELECT_ACTION = `
  SELECT a.id, a.intitule, a.programme, a.financeur, a.organisme_id AS organismeId, o.nom AS organismeNom,
         a.type_formation AS typeFormation, a.domaine, a.certification, a.commune, a.code_insee AS codeInsee,
         a.debut, a.fin, a.places, ${compte(STATUTS_OCCUPANT_UNE_PLACE)} AS occupees,
         a.niveau_minimum AS niveauMinimum, a.age_minimum AS ageMinimum, a.age_maximum AS ageMaximum, a.prerequis,
         a.referent_id AS referentId,
         CASE WHEN u.id IS NULL THEN NULL ELSE u.prenom || ' ' || u.nom END AS referentNom,
         a.statut, ${compte()} AS positionnements, ${compte(STATUTS_ENTRES)} AS entres, a.reference,
         a.lieu, a.description, a.modifie_le AS modifieLe, a.modifie_par AS modifiePar
  FROM action_formation a
  JOIN partenaire o ON o.id = a.organisme_id
  LEFT JOIN utilisateur u ON u.id = a.referent_id`;

/** The actions matching `where` (alias `a`, its training body `o`, its référent `u`), unsorted. */
export function actionsOu(ctx: Contexte, where: string, params: unknown[]): LigneActionLue[] {
  const lignes = instruction(ctx.sqlite, `${SELECT_ACTION} WHERE ${where}`).all(...params) as Omit<
    LigneActionLue,
    'placesRestantes'
  >[];
  // A full action (or one over its places) has none left, not a negative number.
  return lignes.map((l) => ({ ...l, placesRestantes: Math.max(0, l.places - l.occupees) }));
}

export function actionExistante(ctx: Contexte, id: number): LigneActionLue {
  const a = actionsOu(ctx, 'a.id = ?', [id])[0];
  if (!a) throw introuvable('Action de formation');
  return a;
}

/** What the lookup shows of a row (the contract's row, without the file's extras). */
export function enLigne(a: LigneActionLue): LigneAction {
  const { lieu: _l, description: _d, modifieLe: _m, modifiePar: _p, occupees: _o, ...ligne } = a;
  return ligne;
}

/** The bilans of an action, most recent first (the final one first on the same day). */
export function bilansDeLAction(ctx: Contexte, actionId: number): BilanAction[] {
  const lignes = instruction(
    ctx.sqlite,
    `SELECT b.id, b.action_id AS actionId, b.type, b.date, b.chiffres, b.points_forts AS pointsForts,
            b.difficultes, b.note, coalesce(u.prenom || ' ' || u.nom, 'Inconnu') AS auteurNom,
            b.modifie_le AS modifieLe
     FROM bilan_action b LEFT JOIN utilisateur u ON u.id = b.auteur_id
     WHERE b.action_id = ?
     ORDER BY b.date DESC, b.type = 'final' DESC, b.id DESC`,
  ).all(actionId) as (Omit<BilanAction, 'chiffres'> & { chiffres: string })[];
  return lignes.map((l) => ({ ...l, chiffres: JSON.parse(l.chiffres) as BilanAction['chiffres'] }));
}
