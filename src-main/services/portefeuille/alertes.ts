/**
 * The portfolio's alerts (issue 4, "Mes jeunes"), decided from a jeune's facts at a given day.
 * One function per alert, each the only place its rule is written; docs/portefeuille.md says
 * them in words. Every alert concerns active jeunes only: a file nobody has seen for a year is
 * not a task of the day.
 */
import {
  ALERTES,
  CONTRAT_APRES_DIAGNOSTIC_MOIS,
  FIN_PARCOURS_PREAVIS_JOURS,
  SEQUENCE_ORIENTATION_MAX_MOIS,
  SEQUENCE_ORIENTATION_PREAVIS_JOURS,
  type Alerte,
} from '../../contract/referentielsParcours';
import type { Parametres } from '../../contract/comptes';
import { ajouterMois, dateFr, joursEntre, moisEntiers } from '../commun/temps';
import { aRelancer } from '../orientations/lectures';
import { MOIS_ACTIVITE, MOIS_SOLUTION, type FaitsJeune } from './faits';

export interface AlerteLevee {
  code: Alerte;
  /** What makes it, counted first so that a list sorts on it ("9 semaines sans contact"). */
  detail: string;
  /** The date the rule sets has passed (not only approaching). */
  echue: boolean;
}

function jours(n: number): string {
  return `${n} jour${n > 1 ? 's' : ''}`;
}

/** No contact (accueil, honoured appointment, event) for `semaines` weeks or more. */
function sansContact(f: FaitsJeune, aujourdhui: string, semaines: number): AlerteLevee | null {
  if (f.dernierContactDate === null) {
    return { code: 'sans_contact', detail: 'Aucun contact enregistré', echue: true };
  }
  const ecart = joursEntre(f.dernierContactDate, aujourdhui);
  if (ecart < semaines * 7) return null;
  return {
    code: 'sans_contact',
    detail: `${Math.floor(ecart / 7)} semaines sans contact (dernier le ${dateFr(f.dernierContactDate)})`,
    echue: true,
  };
}

/** An orientation séquence in progress reaching its 4 months within the notice, or beyond. */
function sequenceOrientation(f: FaitsJeune, aujourdhui: string): AlerteLevee | null {
  let pire: AlerteLevee | null = null;
  let pireLimite = '';
  for (const p of f.parcours) {
    if (p.sequence?.type !== 'orientation') continue;
    const limite = ajouterMois(p.sequence.debut, SEQUENCE_ORIENTATION_MAX_MOIS);
    const reste = joursEntre(aujourdhui, limite);
    if (reste > SEQUENCE_ORIENTATION_PREAVIS_JOURS || (pire && limite >= pireLimite)) continue;
    pireLimite = limite;
    pire = {
      code: 'sequence_orientation',
      detail:
        reste < 0
          ? `${jours(-reste)} au-delà des ${SEQUENCE_ORIENTATION_MAX_MOIS} mois d'orientation (atteints le ${dateFr(limite)})`
          : reste === 0
            ? `${SEQUENCE_ORIENTATION_MAX_MOIS} mois d'orientation atteints aujourd'hui (${dateFr(limite)})`
            : `Plus que ${jours(reste)} avant les ${SEQUENCE_ORIENTATION_MAX_MOIS} mois d'orientation (${dateFr(limite)})`,
      echue: reste < 0,
    };
  }
  return pire;
}

/** Premier accueil 4 to 12 months ago, and no solution situation started since. */
function sansSolution(f: FaitsJeune, aujourdhui: string): AlerteLevee | null {
  const premier = f.premierAccueilDate;
  if (premier === null || f.solutionDepuisPremierAccueil) return null;
  if (ajouterMois(premier, MOIS_SOLUTION) > aujourdhui || ajouterMois(premier, MOIS_ACTIVITE) < aujourdhui) return null;
  return {
    code: 'sans_solution_4_mois',
    detail: `${moisEntiers(premier, aujourdhui)} mois depuis le premier accueil (${dateFr(premier)}), sans solution`,
    echue: true,
  };
}

/** An open parcours whose planned end is within the notice, or past. */
function finParcours(f: FaitsJeune, aujourdhui: string): AlerteLevee | null {
  let proche: FaitsJeune['parcours'][number] | null = null;
  for (const p of f.parcours) if (!proche || p.finPrevue < proche.finPrevue) proche = p;
  if (!proche) return null;
  const reste = joursEntre(aujourdhui, proche.finPrevue);
  if (reste > FIN_PARCOURS_PREAVIS_JOURS) return null;
  const quand = dateFr(proche.finPrevue);
  return {
    code: 'fin_parcours',
    detail:
      reste < 0
        ? `${jours(-reste)} après la fin prévue (${quand}) : ${proche.typeLibelle}, sortie à enregistrer`
        : reste === 0
          ? `Fin prévue aujourd'hui (${quand}) : ${proche.typeLibelle}`
          : `Fin prévue dans ${jours(reste)} (${quand}) : ${proche.typeLibelle}`,
    echue: reste < 0,
  };
}

/**
 * A contract to sign: the latest diagnostic concluded on a parcours and none was signed since, or
 * an open parcours has no signature date. Due a month after the diagnostic's conclusion (the
 * parcours' start when it came from no diagnostic).
 */
function contratASigner(f: FaitsJeune, aujourdhui: string): AlerteLevee | null {
  let depuis: string | null = null;
  const d = f.diagnostic;
  if (d?.conclusion === 'parcours' && d.conclusLe !== null && !d.signeDepuis) depuis = d.conclusLe;
  else {
    const nonSigne = f.parcours.find((p) => p.signatureDate === null);
    if (nonSigne) depuis = nonSigne.diagnosticConclusLe ?? nonSigne.debut;
  }
  if (depuis === null) return null;
  const echeance = ajouterMois(depuis, CONTRAT_APRES_DIAGNOSTIC_MOIS);
  const reste = joursEntre(aujourdhui, echeance);
  const origine = d?.conclusLe === depuis ? `diagnostic conclu le ${dateFr(depuis)}` : `depuis le ${dateFr(depuis)}`;
  return {
    code: 'contrat_a_signer',
    detail:
      reste < 0
        ? `${jours(-reste)} de retard : contrat non signé au ${dateFr(echeance)} (${origine})`
        : reste === 0
          ? `Contrat à signer aujourd'hui au plus tard, ${dateFr(echeance)} (${origine})`
          : `Contrat à signer d'ici ${jours(reste)}, au plus tard le ${dateFr(echeance)} (${origine})`,
    echue: reste < 0,
  };
}

/** The two latest appointments held or missed were both missed. */
function absencesRepetees(f: FaitsJeune): AlerteLevee | null {
  if (!f.deuxAbsences) return null;
  const [avant, dernier] = f.deuxAbsences;
  return {
    code: 'absences_repetees',
    detail: `2 rendez-vous manqués de suite (${dateFr(avant)} et ${dateFr(dernier)})`,
    echue: false,
  };
}

/**
 * An orientation still « proposée » `relanceJours` days or more after it was made: the partner's
 * answer is to be asked for. The oldest one speaks for the others.
 */
function orientationSansRetour(f: FaitsJeune, aujourdhui: string, relanceJours: number): AlerteLevee | null {
  const o = f.orientationProposee;
  if (!o || !aRelancer({ statut: 'proposee', date: o.date }, aujourdhui, relanceJours)) return null;
  return {
    code: 'orientation_sans_retour',
    detail: `Orientation vers ${o.partenaire} sans retour depuis ${jours(joursEntre(o.date, aujourdhui))} (proposée le ${dateFr(o.date)})`,
    echue: true,
  };
}

/** The settings the alerts read (Paramètres). */
export type ReglagesAlertes = Pick<Parametres, 'semainesSansContact' | 'relanceOrientationJours'>;

/** Every alert raised on a jeune at `aujourdhui`, in the order of ALERTES. */
export function alertesDe(f: FaitsJeune, aujourdhui: string, reglages: ReglagesAlertes): AlerteLevee[] {
  if (!f.actif) return [];
  const levees = [
    sansContact(f, aujourdhui, reglages.semainesSansContact),
    sequenceOrientation(f, aujourdhui),
    sansSolution(f, aujourdhui),
    finParcours(f, aujourdhui),
    contratASigner(f, aujourdhui),
    absencesRepetees(f),
    orientationSansRetour(f, aujourdhui, reglages.relanceOrientationJours),
  ].filter((a): a is AlerteLevee => a !== null);
  return levees;
}

/** How many jeunes raise each alert, every alert listed (zero included). */
export function compterAlertes(alertes: readonly (readonly AlerteLevee[])[]): { code: Alerte; nombre: number }[] {
  const nombres = new Map<Alerte, number>(ALERTES.map((c) => [c, 0]));
  for (const liste of alertes) for (const a of liste) nombres.set(a.code, nombres.get(a.code)! + 1);
  return ALERTES.map((code) => ({ code, nombre: nombres.get(code)! }));
}
