/**
 * What the portfolio needs to know of each jeune, read set-based in two statements: first the
 * open parcours with their séquence in progress (which also tells who is in parcours, hence
 * active), then the jeunes, with a few index seeks each (next appointment, situation today, last
 * two held or missed appointments, solution since the premier accueil, latest diagnostic, oldest
 * orientation without answer). Both are driven by the jeune's référent (index `jeune_referent`)
 * and every lookup goes through the jeune's own index (`rendez_vous_jeune`, `situation_jeune`,
 * `diagnostic_jeune`, `parcours_jeune`, `orientation_jeune`), so the cost follows the size of the
 * portfolio, not of the base.
 *
 * The rules themselves (which alert, when) are in `alertes.ts`; here are only the facts.
 */
import {
  TYPES_SITUATION_SOLUTION,
  type ConclusionDiagnostic,
  type TypeSequence,
  type TypeSituation,
} from '../../contract/referentielsParcours';
import type { Sqlite } from '../../db/open';
import { instruction } from '../commun/instructions';
import { ajouterMois } from '../commun/temps';

/** Whose jeunes: a conseiller's, those without référent, or every active jeune (direction's counts). */
export type Portee = { referentId: number } | 'sans_referent' | 'actifs';

/** DOMAIN.md / issue: active = an open parcours, or a contact in the last 12 months. */
export const MOIS_ACTIVITE = 12;
/** The "no solution" delay after the premier accueil (DOMAIN.md, solution_4_mois). */
export const MOIS_SOLUTION = 4;

export interface ParcoursOuvert {
  id: number;
  typeCode: string;
  typeLibelle: string;
  debut: string;
  finPrevue: string;
  signatureDate: string | null;
  /** Conclusion date of the diagnostic the parcours came from, if linked. */
  diagnosticConclusLe: string | null;
  /** The séquence in progress today, if any. */
  sequence: { type: TypeSequence; debut: string } | null;
}

export interface FaitsJeune {
  id: number;
  nomNaissance: string;
  nomUsage: string | null;
  prenoms: string;
  dateNaissance: string;
  referentId: number | null;
  premierAccueilDate: string | null;
  dernierContactDate: string | null;
  actif: boolean;
  prochainRendezVous: { date: string; heure: string } | null;
  situation: { type: TypeSituation; sousType: string | null; debut: string } | null;
  /** Open parcours, most recent start first. */
  parcours: ParcoursOuvert[];
  /**
   * The latest diagnostic (by start) of an active jeune, and, when it concluded on a parcours,
   * whether one was signed on or after its conclusion.
   */
  diagnostic: { conclusion: ConclusionDiagnostic | null; conclusLe: string | null; signeDepuis: boolean } | null;
  /**
   * A solution situation (TYPES_SITUATION_SOLUTION) started on or after the premier accueil; looked
   * up only when the premier accueil falls around the alert's window (false otherwise).
   */
  solutionDepuisPremierAccueil: boolean;
  /** The dates of the two latest held-or-missed appointments when both were missed, oldest first. */
  deuxAbsences: [string, string] | null;
  /** The oldest orientation still « proposée » (no answer recorded), of an active jeune. */
  orientationProposee: { date: string; partenaire: string } | null;
}

function filtre(portee: Portee): string {
  if (portee === 'sans_referent') return 'j.conseiller_referent_id IS NULL';
  if (portee === 'actifs') return ACTIF;
  return 'j.conseiller_referent_id = @referent';
}

/**
 * The one definition of an active jeune, in SQL: @borneActivite is today − 12 months, and
 * @enParcours the ids of the jeunes with an open parcours, read just before (see `lireFaits`).
 */
const ACTIF = `(j.dernier_contact_date >= @borneActivite OR j.premier_accueil_date >= @borneActivite
  OR j.id IN (SELECT value FROM json_each(@enParcours)))`;

const SOLUTIONS = TYPES_SITUATION_SOLUTION.map((t) => `'${t}'`).join(', ');

/** Next planned appointment from today, as `date heure`. */
const PROCHAIN_RDV = `(SELECT r.date || ' ' || r.heure FROM rendez_vous r
  WHERE r.jeune_id = j.id AND r.date >= @aujourdhui AND r.statut = 'prevu' ORDER BY r.date, r.heure LIMIT 1)`;

/** The situation in progress today (the latest started), joined as `s`. */
const SITUATION_DU_JOUR = `LEFT JOIN situation s ON s.id = (SELECT sc.id FROM situation sc
  WHERE sc.jeune_id = j.id AND sc.debut <= @aujourdhui AND coalesce(sc.fin_reelle, sc.fin_prevue, '9999-12-31') >= @aujourdhui
  ORDER BY sc.debut DESC, sc.id DESC LIMIT 1)`;

/** The dates of the two latest held-or-missed appointments, `avant dernier`, when both were missed. */
const DEUX_ABSENCES = `(SELECT CASE WHEN count(*) = 2 AND sum(x.statut = 'absent') = 2 THEN min(x.date) || ' ' || max(x.date) END
  FROM (SELECT r.statut, r.date FROM rendez_vous r
    WHERE r.jeune_id = j.id AND r.date <= @aujourdhui AND r.statut IN ('honore', 'absent')
    ORDER BY r.date DESC, r.heure DESC LIMIT 2) x)`;

const SOLUTION = `EXISTS (SELECT 1 FROM situation so
  WHERE so.jeune_id = j.id AND so.debut >= j.premier_accueil_date AND so.type IN (${SOLUTIONS}))`;

/**
 * The oldest orientation still « proposée », as `date partenaire`. Read through `orientation_jeune`
 * (the `+` keeps SQLite off the index of every proposed orientation of the base).
 */
const ORIENTATION_PROPOSEE = `(SELECT o.date || ' ' || pa.nom FROM orientation o JOIN partenaire pa ON pa.id = o.partenaire_id
  WHERE o.jeune_id = j.id AND +o.statut = 'proposee' ORDER BY o.date, o.id LIMIT 1)`;

const DERNIER_DIAGNOSTIC = `(SELECT dd.id FROM diagnostic dd WHERE dd.jeune_id = j.id ORDER BY dd.debut DESC, dd.id DESC LIMIT 1)`;

/**
 * The jeunes of the scope, one row each. What only alerts need is read for active jeunes only
 * (alerts concern them alone); what the list shows (next appointment, situation today) only for
 * a list, not for the direction's counts. A portfolio's jeunes are visited in id order: the
 * lookups in each table's jeune index then move forward through it instead of jumping around.
 */
export function sqlJeunes(portee: Portee): string {
  const liste = portee !== 'actifs';
  const siActif = (expression: string) => `CASE WHEN ${ACTIF} THEN ${expression} END`;
  return `${liste ? `WITH o AS MATERIALIZED (SELECT j.id FROM jeune j WHERE ${filtre(portee)} ORDER BY j.id)` : ''}
  SELECT j.id, j.nom_naissance AS nomNaissance, j.nom_usage AS nomUsage, j.prenoms,
    j.date_naissance AS dateNaissance, j.conseiller_referent_id AS referentId,
    j.premier_accueil_date AS premierAccueilDate, j.dernier_contact_date AS dernierContactDate,
    ${ACTIF} AS actif,
    ${liste ? PROCHAIN_RDV : 'NULL'} AS prochainRdv,
    ${liste ? 's.type' : 'NULL'} AS situationType, ${liste ? 's.sous_type' : 'NULL'} AS situationSousType,
    ${liste ? 's.debut' : 'NULL'} AS situationDebut,
    ${siActif(DEUX_ABSENCES)} AS deuxAbsences,
    ${siActif(ORIENTATION_PROPOSEE)} AS orientationProposee,
    CASE WHEN j.premier_accueil_date BETWEEN @solutionDu AND @solutionAu THEN ${siActif(SOLUTION)} END AS solution,
    d.id AS diagnosticId, d.conclusion AS diagnosticConclusion, d.conclusion_le AS diagnosticConclusLe,
    CASE WHEN d.conclusion = 'parcours' THEN EXISTS (SELECT 1 FROM parcours ps
      WHERE ps.jeune_id = j.id AND ps.signature_date >= d.conclusion_le) END AS signeDepuis
  FROM ${liste ? 'o CROSS JOIN jeune j ON j.id = o.id' : 'jeune j'}
  ${liste ? SITUATION_DU_JOUR : ''}
  LEFT JOIN diagnostic d ON d.id = ${siActif(DERNIER_DIAGNOSTIC)}
  ${liste ? '' : `WHERE ${ACTIF}`}`;
}

/**
 * The open parcours of the scope's jeunes with the séquence in progress, most recent first.
 * For a portfolio, driven by the jeunes (`+` keeps SQLite off the index of every open parcours
 * of the base); over the whole base, by that index, since an open parcours makes its jeune active.
 */
export function sqlParcours(portee: Portee): string {
  return `SELECT p.jeune_id AS jeuneId, p.id, p.type_code AS typeCode, t.libelle AS typeLibelle, p.debut,
    p.fin_prevue AS finPrevue, p.signature_date AS signatureDate, dg.conclusion_le AS diagnosticConclusLe,
    q.type AS sequenceType, q.debut AS sequenceDebut
  FROM jeune j
  JOIN parcours p ON p.jeune_id = j.id AND ${portee === 'actifs' ? '' : '+'}p.fin_reelle IS NULL
  JOIN type_parcours t ON t.code = p.type_code
  LEFT JOIN diagnostic dg ON dg.id = p.diagnostic_id
  LEFT JOIN sequence q ON q.id = (SELECT sq.id FROM sequence sq
    WHERE sq.parcours_id = p.id AND sq.debut <= @aujourdhui AND (sq.fin IS NULL OR sq.fin >= @aujourdhui)
    ORDER BY sq.ordre DESC LIMIT 1)
  WHERE ${portee === 'actifs' ? '1' : filtre(portee)}
  ORDER BY p.debut DESC, p.id DESC`;
}

/**
 * The named parameters of both statements; `enParcours`, the jeunes the parcours statement
 * returned, only for the jeunes' statement.
 */
export function parametresFaits(
  portee: Portee,
  aujourdhui: string,
  enParcours: Iterable<number> = [],
): Record<string, string | number> {
  const p: Record<string, string | number> = {
    aujourdhui,
    borneActivite: ajouterMois(aujourdhui, -MOIS_ACTIVITE),
    enParcours: JSON.stringify([...enParcours]),
    // Whole months around the "no solution" window: a premier accueil outside cannot raise the
    // alert, so its situations are not looked up (the rule itself decides to the day).
    solutionDu: `${ajouterMois(aujourdhui, -MOIS_ACTIVITE).slice(0, 7)}-01`,
    solutionAu: `${ajouterMois(aujourdhui, -MOIS_SOLUTION).slice(0, 7)}-31`,
  };
  if (typeof portee === 'object') p.referent = portee.referentId;
  return p;
}

interface LigneJeune {
  id: number;
  nomNaissance: string;
  nomUsage: string | null;
  prenoms: string;
  dateNaissance: string;
  referentId: number | null;
  premierAccueilDate: string | null;
  dernierContactDate: string | null;
  actif: number;
  prochainRdv: string | null;
  situationType: TypeSituation | null;
  situationSousType: string | null;
  situationDebut: string | null;
  deuxAbsences: string | null;
  orientationProposee: string | null;
  solution: number;
  diagnosticId: number | null;
  diagnosticConclusion: ConclusionDiagnostic | null;
  diagnosticConclusLe: string | null;
  signeDepuis: number;
}

type LigneParcours = Omit<ParcoursOuvert, 'sequence'> & {
  jeuneId: number;
  sequenceType: TypeSequence | null;
  sequenceDebut: string | null;
};

function coupe(dateHeure: string): [string, string] {
  const i = dateHeure.indexOf(' ');
  return [dateHeure.slice(0, i), dateHeure.slice(i + 1)];
}

/** The facts of every jeune of the scope, at `aujourdhui`. */
export function lireFaits(sqlite: Sqlite, portee: Portee, aujourdhui: string): FaitsJeune[] {
  const parcours = new Map<number, ParcoursOuvert[]>();
  for (const p of instruction(sqlite, sqlParcours(portee)).all(
    parametresFaits(portee, aujourdhui),
  ) as LigneParcours[]) {
    const { jeuneId, sequenceType, sequenceDebut, ...ouvert } = p;
    let liste = parcours.get(jeuneId);
    if (!liste) parcours.set(jeuneId, (liste = []));
    liste.push({
      ...ouvert,
      sequence: sequenceType && sequenceDebut ? { type: sequenceType, debut: sequenceDebut } : null,
    });
  }
  const jeunes = instruction(sqlite, sqlJeunes(portee)).all(
    parametresFaits(portee, aujourdhui, parcours.keys()),
  ) as LigneJeune[];
  return jeunes.map((j) => {
    const rdv = j.prochainRdv ? coupe(j.prochainRdv) : null;
    const orientation = j.orientationProposee ? coupe(j.orientationProposee) : null;
    return {
      id: j.id,
      nomNaissance: j.nomNaissance,
      nomUsage: j.nomUsage,
      prenoms: j.prenoms,
      dateNaissance: j.dateNaissance,
      referentId: j.referentId,
      premierAccueilDate: j.premierAccueilDate,
      dernierContactDate: j.dernierContactDate,
      actif: j.actif === 1,
      prochainRendezVous: rdv ? { date: rdv[0], heure: rdv[1] } : null,
      situation:
        j.situationType && j.situationDebut
          ? { type: j.situationType, sousType: j.situationSousType, debut: j.situationDebut }
          : null,
      parcours: parcours.get(j.id) ?? [],
      diagnostic:
        j.diagnosticId === null
          ? null
          : { conclusion: j.diagnosticConclusion, conclusLe: j.diagnosticConclusLe, signeDepuis: j.signeDepuis === 1 },
      solutionDepuisPremierAccueil: j.solution === 1,
      deuxAbsences: j.deuxAbsences ? coupe(j.deuxAbsences) : null,
      orientationProposee: orientation ? { date: orientation[0], partenaire: orientation[1] } : null,
    };
  });
}
