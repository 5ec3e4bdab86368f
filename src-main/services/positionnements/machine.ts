import { eq } from 'drizzle-orm';
import {
  STATUT_ACTION_LIBELLES,
  STATUT_POSITIONNEMENT_LIBELLES,
  STATUTS_OCCUPANT_UNE_PLACE,
  TRANSITIONS_POSITIONNEMENT,
  type MotifNonRetenuFormation,
  type StatutPositionnement,
} from '../../contract/referentielsFormation';
import { positionnement, situation } from '../../db/schema';
import { avertissementsSituation } from '../activite/situations';
import type { Contexte } from '../commun/contexte';
import { introuvable, regle } from '../commun/erreurs';
import { instruction } from '../commun/instructions';
import { plier } from '../commun/texte';
import { dateFr } from '../commun/temps';
import { creation, modification } from '../commun/tracabilite';
import { versionSuivante } from '../commun/versions';
import { actionExistante, type LigneActionLue } from '../formation/lectures';
import { aujourdhui } from '../jeunes';

/**
 * The status machine of a candidacy (docs/positionnements.md): only the transitions of
 * TRANSITIONS_POSITIONNEMENT, each a dated step of its history; the entry creates the jeune's
 * « formation » situation, the abandon and the end close it; the last step can be undone. Shared
 * by `positionnements.changerStatut` and the entry commissions, so that a commission's decision
 * obeys the very same rules.
 */

/** A candidacy as its rules read it. */
export interface PositionnementLu {
  id: number;
  actionId: number;
  jeuneId: number;
  jeuneNom: string;
  date: string;
  statut: StatutPositionnement;
  situationId: number | null;
  auteurId: number;
  modifieLe: string;
  modifiePar: number | null;
}

/** Reads a candidacy and names its jeune's file for the trail. */
export function positionnementExistant(ctx: Contexte, id: number): PositionnementLu {
  const p = instruction(
    ctx.sqlite,
    `SELECT p.id, p.action_id AS actionId, p.jeune_id AS jeuneId, j.prenoms || ' ' || coalesce(j.nom_usage, j.nom_naissance) AS jeuneNom,
            p.date, p.statut, p.situation_id AS situationId, p.auteur_id AS auteurId, p.modifie_le AS modifieLe,
            p.modifie_par AS modifiePar
     FROM positionnement p JOIN jeune j ON j.id = p.jeune_id WHERE p.id = ?`,
  ).get(id) as PositionnementLu | undefined;
  if (!p) throw introuvable('Positionnement');
  ctx.dossier(p.jeuneId);
  return p;
}

/** « « Proposé » », for messages. */
export function statutCite(statut: StatutPositionnement): string {
  return `« ${STATUT_POSITIONNEMENT_LIBELLES[statut]} »`;
}

/** « « A », « B » ou « C » ». */
function enumeration(statuts: readonly StatutPositionnement[]): string {
  const cites = statuts.map(statutCite);
  return cites.length <= 1 ? cites.join('') : `${cites.slice(0, -1).join(', ')} ou ${cites.at(-1)}`;
}

/**
 * Refuses a change that TRANSITIONS_POSITIONNEMENT does not allow, naming both statuses and where
 * the candidacy may go instead. Thrown before anything is written.
 */
export function verifierTransition(de: StatutPositionnement, vers: StatutPositionnement): void {
  const suivants = TRANSITIONS_POSITIONNEMENT[de];
  if (suivants.includes(vers)) return;
  if (de === vers) {
    throw regle(
      `Le positionnement est déjà ${statutCite(de)}. ${
        suivants.length > 0
          ? `Depuis ${statutCite(de)}, il peut passer à ${enumeration(suivants)}.`
          : `C'est un statut final : il n'évolue plus.`
      }`,
      'statut',
    );
  }
  if (suivants.length === 0) {
    throw regle(
      `Passer de ${statutCite(de)} à ${statutCite(vers)} n'est pas permis : ${statutCite(de)} est un statut final, le positionnement n'évolue plus. Si c'est une erreur de saisie, annulez la dernière étape.`,
      'statut',
    );
  }
  throw regle(
    `Passer de ${statutCite(de)} à ${statutCite(vers)} n'est pas permis. Depuis ${statutCite(de)}, le positionnement peut passer à ${enumeration(suivants)}.`,
    'statut',
  );
}

interface DerniereEtape {
  id: number;
  statut: StatutPositionnement;
  date: string;
  commissionId: number | null;
}

/**
 * The last step of a candidacy. Every candidacy starts with its « proposé » step; one written
 * without it (an import, a script) reads as proposed on its own date.
 */
function derniereEtape(ctx: Contexte, p: Pick<PositionnementLu, 'id' | 'date'>): DerniereEtape {
  return (
    (instruction(
      ctx.sqlite,
      `SELECT id, statut, date, commission_id AS commissionId FROM etape_positionnement
       WHERE positionnement_id = ? ORDER BY id DESC LIMIT 1`,
    ).get(p.id) as DerniereEtape | undefined) ?? { id: 0, statut: 'propose', date: p.date, commissionId: null }
  );
}

/** What a step records. */
export interface NouvelleEtape {
  statut: StatutPositionnement;
  date: string;
  motifNonRetenu: MotifNonRetenuFormation | null;
  certificationObtenue: boolean | null;
  commentaire: string | null;
  /** The commission that decided it, if any. */
  commissionId: number | null;
}

/** Writes a step of the history (the initial « proposé » included). */
export function ecrireEtape(ctx: Contexte, positionnementId: number, e: Omit<NouvelleEtape, 'certificationObtenue'>) {
  instruction(
    ctx.sqlite,
    `INSERT INTO etape_positionnement (positionnement_id, statut, date, motif_non_retenu, commentaire, commission_id, le, par)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    positionnementId,
    e.statut,
    e.date,
    e.motifNonRetenu,
    e.commentaire,
    e.commissionId,
    ctx.horloge.maintenant().toISOString(),
    ctx.acteur.id || null,
  );
}

/** A step is dated between the previous step and today. */
function verifierDate(ctx: Contexte, precedente: DerniereEtape, e: NouvelleEtape) {
  if (e.date > aujourdhui(ctx)) {
    throw regle(
      `Étape ${statutCite(e.statut)} datée du ${dateFr(e.date)}, dans le futur : datez-la du jour où c'est arrivé, et notez-la ce jour-là.`,
      'date',
    );
  }
  if (e.date < precedente.date) {
    throw regle(
      `Étape ${statutCite(e.statut)} datée du ${dateFr(e.date)}, avant l'étape précédente (${statutCite(precedente.statut)} le ${dateFr(precedente.date)}) : les étapes se suivent dans le temps. Corrigez la date.`,
      'date',
    );
  }
}

/** What the action itself allows: retaining or entering on a live action, entering while it runs. */
function verifierAction(action: LigneActionLue, e: NouvelleEtape) {
  if ((e.statut === 'retenu' || e.statut === 'entre') && action.statut === 'annulee') {
    throw regle(
      `L'action « ${action.intitule} » est ${STATUT_ACTION_LIBELLES.annulee.toLowerCase()} : on n'y retient ni n'y fait entrer personne. Notez le jeune « désisté », ou positionnez-le sur une autre action.`,
      'statut',
    );
  }
  if (e.statut !== 'entre') return;
  if (e.date < action.debut) {
    throw regle(
      `Entrée datée du ${dateFr(e.date)}, avant le début de l'action (${dateFr(action.debut)}) : datez l'entrée du premier jour de présence du jeune.`,
      'date',
    );
  }
  if (e.date > action.fin) {
    throw regle(
      `Entrée datée du ${dateFr(e.date)}, après la fin de l'action (${dateFr(action.fin)}) : vérifiez la date, ou les dates de l'action.`,
      'date',
    );
  }
}

/** « Cuisine de collectivité — CAP Cuisine »: the action's title, and the certification unless it says it already. */
export function intituleAvecCertification(action: { intitule: string; certification: string | null }): string {
  const { intitule, certification } = action;
  if (certification === null || plier(intitule).includes(plier(certification))) return intitule;
  return `${intitule} — ${certification}`;
}

/** The jeune's « formation » situation on entry; returns its id and the words a new situation earns. */
function creerSituation(ctx: Contexte, p: PositionnementLu, action: LigneActionLue, debut: string) {
  const valeurs = {
    jeuneId: p.jeuneId,
    type: 'formation' as const,
    sousType: action.typeFormation,
    debut,
    finPrevue: action.fin,
    finReelle: null,
    organisme: action.organismeNom,
    entrepriseId: null,
    intitule: intituleAvecCertification(action),
  };
  // Read before the insert: the overlap check must not find the new situation itself.
  const avertissements = avertissementsSituation(ctx, valeurs, true);
  const id = ctx.db
    .insert(situation)
    .values({ ...valeurs, ...creation(ctx) })
    .returning({ id: situation.id })
    .get().id;
  return { id, avertissements };
}

/** Sets (or clears, with null) the actual end of the situation the entry created. */
function finDeSituation(ctx: Contexte, situationId: number, fin: string | null) {
  const { modifieLe, modifiePar } = modification(ctx);
  instruction(ctx.sqlite, 'UPDATE situation SET fin_reelle = ?, modifie_le = ?, modifie_par = ? WHERE id = ?').run(
    fin,
    modifieLe,
    modifiePar,
    situationId,
  );
}

/** Candidacies holding a place of the action (retained, entered, ended or abandoned after entry). */
export function placesOccupees(ctx: Contexte, actionId: number): number {
  return (
    instruction(
      ctx.sqlite,
      'SELECT count(*) AS n FROM positionnement WHERE action_id = ? AND statut IN (SELECT value FROM json_each(?))',
    ).get(actionId, JSON.stringify(STATUTS_OCCUPANT_UNE_PLACE)) as { n: number }
  ).n;
}

/**
 * Moves a candidacy one step: checks the transition, the date and the action, writes the step,
 * keeps the jeune's situation in line, and sets the candidacy's status. Every check runs before
 * the first write. Returns the situation and the words of the change (places exceeded, an open
 * formation situation the new one overlaps).
 */
export function avancer(
  ctx: Contexte,
  p: PositionnementLu,
  e: NouvelleEtape,
  action: LigneActionLue = actionExistante(ctx, p.actionId),
): { situationId: number | null; avertissements: string[] } {
  verifierTransition(p.statut, e.statut);
  const precedente = derniereEtape(ctx, p);
  verifierDate(ctx, precedente, e);
  verifierAction(action, e);

  const avertissements: string[] = [];
  let situationId = p.situationId;
  if (e.statut === 'entre') {
    const cree = creerSituation(ctx, p, action, e.date);
    situationId = cree.id;
    avertissements.push(...cree.avertissements);
  } else if (e.statut === 'abandon' || e.statut === 'termine') {
    if (situationId !== null) finDeSituation(ctx, situationId, e.date);
    else {
      avertissements.push(
        "La situation « Formation » créée à l'entrée a été supprimée du dossier depuis : la fin de formation n'y est pas reportée. Recréez-la dans le dossier si besoin.",
      );
    }
  }
  ecrireEtape(ctx, p.id, e);
  const modifieLe = versionSuivante(ctx, p.modifieLe);
  ctx.db
    .update(positionnement)
    .set({
      statut: e.statut,
      statutLe: e.date,
      motifNonRetenu: e.statut === 'non_retenu' ? e.motifNonRetenu : null,
      certificationObtenue: e.statut === 'termine' ? e.certificationObtenue : null,
      situationId,
      modifieLe,
      modifiePar: ctx.acteur.id,
    })
    .where(eq(positionnement.id, p.id))
    .run();
  // A commission moves a candidacy twice in one call (« en commission », then its decision).
  Object.assign(p, { statut: e.statut, situationId, modifieLe, modifiePar: ctx.acteur.id });

  if (e.statut === 'retenu' || e.statut === 'entre') {
    const occupees = placesOccupees(ctx, action.id);
    if (occupees > action.places) {
      avertissements.push(
        `« ${action.intitule} » : ${occupees} jeunes retenus ou entrés pour ${action.places} place${action.places > 1 ? 's' : ''}. Vérifiez avec l'organisme qu'il peut accueillir ${p.jeuneNom} en plus.`,
      );
    }
  }
  return { situationId, avertissements };
}

/**
 * Undoes the last step (never the initial « proposé »): the candidacy goes back to the previous
 * status; an undone entry takes the situation it created with it, an undone abandon or end
 * reopens it; a step a commission decided goes with its decision. Returns the status restored.
 */
export function annulerDerniereEtape(ctx: Contexte, p: PositionnementLu): StatutPositionnement {
  const derniere = derniereEtape(ctx, p);
  if (derniere.statut === 'propose') {
    throw regle(
      `Ce positionnement n'a que son étape ${statutCite('propose')} : il n'y a rien à annuler. S'il a été saisi par erreur, supprimez-le.`,
    );
  }
  let situationId = p.situationId;
  if (derniere.statut === 'entre' && situationId !== null) {
    ctx.db.delete(situation).where(eq(situation.id, situationId)).run();
    situationId = null;
  } else if ((derniere.statut === 'abandon' || derniere.statut === 'termine') && situationId !== null) {
    finDeSituation(ctx, situationId, null);
  }
  if (derniere.commissionId !== null) {
    instruction(ctx.sqlite, 'DELETE FROM decision_commission WHERE commission_id = ? AND positionnement_id = ?').run(
      derniere.commissionId,
      p.id,
    );
  }
  instruction(ctx.sqlite, 'DELETE FROM etape_positionnement WHERE id = ?').run(derniere.id);
  const precedente = derniereEtape(ctx, p);
  ctx.db
    .update(positionnement)
    .set({
      statut: precedente.statut,
      statutLe: precedente.date,
      // A previous step is never final: no reason not retained, no certification to keep.
      motifNonRetenu: null,
      certificationObtenue: null,
      situationId,
      modifieLe: versionSuivante(ctx, p.modifieLe),
      modifiePar: ctx.acteur.id,
    })
    .where(eq(positionnement.id, p.id))
    .run();
  return precedente.statut;
}
