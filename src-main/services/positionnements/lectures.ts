import type { Commission, Positionnement, TableauAction } from '../../contract/formation';
import {
  STATUTS_POSITIONNEMENT,
  TRANSITIONS_POSITIONNEMENT,
  type DecisionCommission,
  type MotifNonRetenuFormation,
  type StatutPositionnement,
} from '../../contract/referentielsFormation';
import type { Contexte } from '../commun/contexte';
import { instruction } from '../commun/instructions';
import { joursEntre } from '../commun/temps';
import { STATUTS_ENTRES } from '../formation/lectures';

/**
 * Reads of candidacies and entry commissions, shared by their handlers, the action's file
 * (`actions.lire`), the bilans and the dashboards. Pure reads on the connection: callers check
 * rights and name the jeunes' files for the trail. docs/positionnements.md.
 */

/** The jeune as lists show them (« Dupont Élodie »), as the orientations and matches do. */
const NOM_JEUNE = `coalesce(j.nom_usage, j.nom_naissance) || ' ' || j.prenoms`;
const NOM_UTILISATEUR = (alias: string) =>
  `CASE WHEN ${alias}.id IS NULL THEN NULL ELSE ${alias}.prenom || ' ' || ${alias}.nom END`;

const SELECT_POSITIONNEMENT = `
  SELECT p.id, p.action_id AS actionId, a.intitule AS actionIntitule, o.nom AS organismeNom,
         p.jeune_id AS jeuneId, ${NOM_JEUNE} AS jeuneNom, p.date, p.statut, p.statut_le AS statutLe,
         p.motif_non_retenu AS motifNonRetenu, p.certification_obtenue AS certificationObtenue, p.commentaire,
         p.situation_id AS situationId, p.bilan_le AS bilanLe, p.bilan_apports AS bilanApports,
         p.bilan_suite AS bilanSuite, coalesce(${NOM_UTILISATEUR('u')}, 'Inconnu') AS auteurNom,
         p.modifie_le AS modifieLe
  FROM positionnement p
  JOIN action_formation a ON a.id = p.action_id
  JOIN partenaire o ON o.id = a.organisme_id
  JOIN jeune j ON j.id = p.jeune_id
  LEFT JOIN utilisateur u ON u.id = p.auteur_id`;

type LignePositionnement = Omit<Positionnement, 'certificationObtenue' | 'suivants' | 'etapes' | 'bilan'> & {
  certificationObtenue: number | null;
  bilanLe: string | null;
  bilanApports: string | null;
  bilanSuite: string | null;
};

type Etape = Positionnement['etapes'][number];

/** The steps of these candidacies, oldest first, by candidacy: one read whatever their number. */
function etapesDe(ctx: Contexte, ids: number[]): Map<number, Etape[]> {
  const lignes = instruction(
    ctx.sqlite,
    `SELECT e.positionnement_id AS positionnementId, e.id, e.statut, e.date, e.motif_non_retenu AS motifNonRetenu,
            e.commentaire, e.commission_id AS commissionId, ${NOM_UTILISATEUR('u')} AS parNom
     FROM etape_positionnement e LEFT JOIN utilisateur u ON u.id = e.par
     WHERE e.positionnement_id IN (SELECT value FROM json_each(?))
     ORDER BY e.positionnement_id, e.id`,
  ).all(JSON.stringify(ids)) as (Etape & { positionnementId: number })[];
  const parPositionnement = new Map<number, Etape[]>();
  for (const { positionnementId, ...e } of lignes) {
    const liste = parPositionnement.get(positionnementId);
    if (liste) liste.push(e);
    else parPositionnement.set(positionnementId, [e]);
  }
  return parPositionnement;
}

/**
 * The candidacies matching `where` (over `positionnement p JOIN action_formation a`, the training
 * body `o` and the jeune `j`), most recent first, with their steps.
 */
export function positionnementsOu(ctx: Contexte, where: string, params: unknown[]): Positionnement[] {
  const lignes = instruction(ctx.sqlite, `${SELECT_POSITIONNEMENT} WHERE ${where} ORDER BY p.date DESC, p.id DESC`).all(
    ...params,
  ) as LignePositionnement[];
  if (lignes.length === 0) return [];
  const etapes = etapesDe(
    ctx,
    lignes.map((l) => l.id),
  );
  return lignes.map(({ bilanLe, bilanApports, bilanSuite, ...l }) => ({
    ...l,
    certificationObtenue: l.certificationObtenue === null ? null : l.certificationObtenue === 1,
    suivants: [...TRANSITIONS_POSITIONNEMENT[l.statut]],
    etapes: etapes.get(l.id) ?? [],
    bilan:
      bilanLe !== null && bilanApports !== null ? { date: bilanLe, apports: bilanApports, suite: bilanSuite } : null,
  }));
}

/** The entry commissions of an action, most recent first, with their decisions (by jeune's name). */
export function commissionsDeLAction(ctx: Contexte, actionId: number): Commission[] {
  return commissionsOu(ctx, 'c.action_id = ?', [actionId]);
}

/** The commissions matching `where` (alias `c`), most recent first, with their decisions. */
export function commissionsOu(ctx: Contexte, where: string, params: unknown[]): Commission[] {
  const commissions = instruction(
    ctx.sqlite,
    `SELECT c.id, c.action_id AS actionId, c.date, c.participants, c.note,
            coalesce(${NOM_UTILISATEUR('u')}, 'Inconnu') AS auteurNom
     FROM commission_entree c LEFT JOIN utilisateur u ON u.id = c.auteur_id
     WHERE ${where}
     ORDER BY c.date DESC, c.id DESC`,
  ).all(...params) as Omit<Commission, 'decisions'>[];
  if (commissions.length === 0) return [];
  const decisions = instruction(
    ctx.sqlite,
    `SELECT d.commission_id AS commissionId, d.positionnement_id AS positionnementId, p.jeune_id AS jeuneId,
            ${NOM_JEUNE} AS jeuneNom, d.decision, d.motif_non_retenu AS motifNonRetenu, d.commentaire
     FROM decision_commission d
     JOIN positionnement p ON p.id = d.positionnement_id
     JOIN jeune j ON j.id = p.jeune_id
     WHERE d.commission_id IN (SELECT value FROM json_each(?))
     ORDER BY p.id`,
  ).all(JSON.stringify(commissions.map((c) => c.id))) as (Commission['decisions'][number] & {
    commissionId: number;
    decision: DecisionCommission;
    motifNonRetenu: MotifNonRetenuFormation | null;
  })[];
  return commissions.map((c) => ({
    ...c,
    // By name, in French order (SQLite would put « Élodie » after « Zoé »).
    decisions: decisions
      .filter((d) => d.commissionId === c.id)
      .sort((x, y) => x.jeuneNom.localeCompare(y.jeuneNom, 'fr'))
      .map(({ commissionId: _c, ...d }) => d),
  }));
}

// ---------------------------------------------------------------------------------------------
// The dashboard figures: the one computation of places, statuses, entries, filling, delays and
// abandons, read by the action's file, the lookup's counts, the bilans and the référent's
// dashboard alike.

/** `n / sur` as a ratio (0.75 for 75 %), null when there is nothing to divide by. */
export function taux(n: number, sur: number): number | null {
  return sur > 0 ? n / sur : null;
}

/** Rounded to 0.1, as delays are shown. */
function auDixieme(n: number): number {
  return Math.round(n * 10) / 10;
}

/** The median of numbers (the mean of the two middle ones for an even count); null when none. */
export function mediane(valeurs: readonly number[]): number | null {
  if (valeurs.length === 0) return null;
  const tries = [...valeurs].sort((a, b) => a - b);
  const milieu = Math.floor(tries.length / 2);
  return tries.length % 2 === 1 ? tries[milieu]! : (tries[milieu - 1]! + tries[milieu]!) / 2;
}

/** The figures of these actions taken together. */
export interface FaitsDesActions {
  places: number;
  /** Per candidacy of these actions: its status, proposal date and entry date (the 'entre' step's). */
  candidatures: { statut: StatutPositionnement; date: string; entreeLe: string | null }[];
}

/** What `tableauDesActions` computes, from facts already read (the dashboard groups them itself). */
export function tableauDe(faits: FaitsDesActions): TableauAction {
  const parStatut = new Map<StatutPositionnement, number>(STATUTS_POSITIONNEMENT.map((s) => [s, 0]));
  for (const c of faits.candidatures) parStatut.set(c.statut, parStatut.get(c.statut)! + 1);
  const entrees = faits.candidatures.filter((c) => STATUTS_ENTRES.includes(c.statut));
  const delais = entrees.filter((c) => c.entreeLe !== null).map((c) => joursEntre(c.date, c.entreeLe!));
  const abandons = parStatut.get('abandon')!;
  const median = mediane(delais);
  return {
    places: faits.places,
    parStatut: STATUTS_POSITIONNEMENT.map((statut) => ({ statut, nombre: parStatut.get(statut)! })),
    positionnements: faits.candidatures.length,
    entres: entrees.length,
    tauxRemplissage: taux(entrees.length, faits.places),
    delaiMoyenJours: delais.length > 0 ? auDixieme(delais.reduce((s, d) => s + d, 0) / delais.length) : null,
    delaiMedianJours: median === null ? null : auDixieme(median),
    abandons,
    tauxAbandon: taux(abandons, entrees.length),
  };
}

/** A candidacy of the dashboard, with its action (for grouping). */
export interface CandidatureLue {
  actionId: number;
  statut: StatutPositionnement;
  date: string;
  entreeLe: string | null;
}

/**
 * The candidacies of the actions matching `where` (over `action_formation a`), with the date of
 * their 'entre' step: two indexed reads, whatever the number of actions.
 */
export function candidaturesDesActions(ctx: Contexte, where: string, params: unknown[]): CandidatureLue[] {
  return instruction(
    ctx.sqlite,
    `SELECT p.action_id AS actionId, p.statut, p.date,
            (SELECT e.date FROM etape_positionnement e
              WHERE e.positionnement_id = p.id AND e.statut = 'entre' ORDER BY e.id DESC LIMIT 1) AS entreeLe
     FROM positionnement p
     WHERE p.action_id IN (SELECT a.id FROM action_formation a WHERE ${where})`,
  ).all(...params) as CandidatureLue[];
}

/**
 * The dashboard figures of the actions matching `where` (over `action_formation a`), taken
 * together: places, candidacies by status, entries, filling rate, delays, abandonments.
 */
export function tableauDesActions(ctx: Contexte, where: string, params: unknown[]): TableauAction {
  const { places } = instruction(
    ctx.sqlite,
    `SELECT coalesce(sum(a.places), 0) AS places FROM action_formation a WHERE ${where}`,
  ).get(...params) as { places: number };
  return tableauDe({ places, candidatures: candidaturesDesActions(ctx, where, params) });
}
