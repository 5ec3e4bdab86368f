/**
 * A demo jeune's path after the premier accueil (issue 4): diagnostic, parcours with séquences,
 * events, situations and exits, planned in memory on integer days, then written by `ecriture.ts`.
 *
 * The plan keeps the rules of the parcours services: at most one open parcours (so one per type),
 * séquences in order inside their parcours and closed at the exit, exits on or after the last
 * séquence start, nothing after today. Randomness comes from the generator's `Alea` only.
 */
import {
  CONTRAT_APRES_DIAGNOSTIC_MOIS,
  FIN_PARCOURS_PREAVIS_JOURS,
  SEQUENCE_ORIENTATION_MAX_MOIS,
  SEQUENCE_ORIENTATION_PREAVIS_JOURS,
  TYPE_PARCOURS_CEJ,
  type Alerte,
  type ConclusionDiagnostic,
  type Dimension,
  type Modalite,
  type MotifSortie,
  type NatureProposition,
  type ResultatProposition,
  type TypeEvenement,
  type TypeSequence,
  type TypeSituation,
} from '../../contract/referentielsParcours';
import type { Alea } from './alea';
import { estEmploiDurable } from '../activite/situations';
import { choisirOrientation, RELANCE_JOURS, type OrientationPlan } from './annuaire';
import { ajouterMois, anniversaire, isoDe, jourDe, moisDe, ouvreSuivant } from './calendrier';
import { PARTENAIRES_DEMO, type Besoin } from './donneesAnnuaire';
import {
  AGENCES_INTERIM,
  CFA,
  EMPLOYEURS_CONTRAT_AIDE,
  EMPLOYEURS_IAE,
  FREINS,
  METIERS,
  NOTES_DIMENSION,
  NOTES_ENTRETIEN,
  NOTES_MAIL,
  NOTES_MEDIATION,
  NOTES_TELEPHONE,
  NOTES_VISITE,
  ORGANISMES_FORMATION,
  ORGANISMES_SERVICE_CIVIQUE,
  SITUATION_LOGEMENT,
  SITUATION_RESSOURCES,
  SITUATIONS_EMPLOI,
  SITUATIONS_SANS_FREIN,
  type MetierDemo,
} from './donneesParcours';
import type { ProfilDemo } from './profil';

export interface EvenementPlan {
  jour: number;
  type: TypeEvenement;
  modalite: Modalite;
  themes: readonly Dimension[];
  duree: number | null;
  note: string | null;
  auteur: number;
  proposition: { nature: NatureProposition; intitule: string; resultat: ResultatProposition } | null;
  /** An interview of the diagnostic (linked to it when written). */
  diagnostic: boolean;
}

export interface DiagnosticPlan {
  conseiller: number;
  entretiens: number[];
  dimensions: { dimension: Dimension; situation: string; frein: boolean; freins: string | null; note: string | null }[];
  conclusion: {
    code: ConclusionDiagnostic;
    jour: number;
    typeParcours: string | null;
    note: string | null;
  } | null;
}

export interface SituationPlan {
  type: TypeSituation;
  sousType: string | null;
  debut: number;
  finPrevue: number | null;
  finReelle: number | null;
  organisme: string | null;
  intitule: string | null;
  commentaire: string | null;
}

export interface ParcoursPlan {
  type: string;
  signature: number | null;
  debut: number;
  finPrevue: number;
  finReelle: number | null;
  motif: MotifSortie | null;
  commentaire: string | null;
  objectifs: string;
  sequences: { type: TypeSequence; debut: number; fin: number | null }[];
  /** CEJ: weekly hours declared per month. */
  heures: { mois: string; heures: number }[];
  /** Opened from the diagnostic (the first parcours); a later re-entry has none. */
  duDiagnostic: boolean;
}

export interface PlanChemin {
  diagnostic: DiagnosticPlan | null;
  parcours: ParcoursPlan[];
  situations: SituationPlan[];
  evenements: EvenementPlan[];
  /** To partners: at the diagnostic's conclusion, and from the file during a parcours. */
  orientations: OrientationPlan[];
  consentement: number | null;
  /** Days the jeune can be asked to a workshop (in a parcours and still coming). */
  fenetres: { debut: number; fin: number }[];
  /** The portfolio alert this path was shaped for, if any (see `Scenarios`). */
  scenario: Alerte | null;
  /**
   * Also shaped for « orientation sans retour » (an orientation still proposée past the delay);
   * independent of `scenario`, since it changes nothing else in the path.
   */
  relance: boolean;
}

export interface EntreeChemin {
  aujourdhui: number;
  premier: number;
  naissance: number;
  rqth: boolean;
  communeZrr: boolean;
  profil: ProfilDemo;
  referent: number;
  /** Other conseillers of the site, who stand in for the référent now and then. */
  collegues: readonly number[];
  chargeRelationEntreprises: number;
  referentFormation: number;
  /** Days of the honoured appointments with the référent, in order. */
  honores: readonly number[];
  /** Latest accueil or honoured appointment. */
  dernierContactExistant: number;
  /** Does the référent still lack a jeune showing this alert? */
  besoin: (alerte: Alerte) => boolean;
}

/** The parcours types by era of the start date (DOMAIN.md), with their usual planned length. */
function typeDuParcours(alea: Alea, debut: number): { code: string; mois: number; maxMois: number } {
  if (debut < DEBUT_2017) return { code: 'civis', mois: 12, maxMois: 24 };
  if (debut < DEBUT_CEJ)
    return alea.chance(0.45)
      ? { code: 'garantie_jeunes', mois: 12, maxMois: 18 }
      : { code: 'pacea', mois: alea.choix([12, 18, 24]), maxMois: 24 };
  if (debut < DEBUT_2025)
    return alea.chance(0.55)
      ? {
          code: TYPE_PARCOURS_CEJ,
          mois: alea.pondere([
            [6, 15],
            [9, 15],
            [12, 70],
          ] as const),
          maxMois: 12,
        }
      : { code: 'pacea', mois: alea.choix([12, 18, 24]), maxMois: 24 };
  return {
    code: 'contrat_engagement',
    mois: alea.pondere([
      [12, 60],
      [18, 15],
      [24, 25],
    ] as const),
    maxMois: 24,
  };
}
/** Eras of the parcours types: CIVIS until 2016, CEJ from March 2022, contrat d'engagement from 2025. */
export const DEBUT_2017 = jourDe('2017-01-01');
export const DEBUT_CEJ = jourDe('2022-03-01');
export const DEBUT_2025 = jourDe('2025-01-01');

type Issue =
  'emploi' | 'alternance' | 'formation' | 'creation' | 'scolarite' | 'abandon' | 'fin' | 'demenagement' | 'aucune';

export function planifierChemin(alea: Alea, e: EntreeChemin): PlanChemin {
  const plan: PlanChemin = {
    diagnostic: null,
    parcours: [],
    situations: [],
    evenements: [],
    orientations: [],
    consentement: null,
    fenetres: [],
    scenario: null,
    relance: false,
  };
  const d1 = e.honores[0];
  if (d1 === undefined) return plan;
  const today = e.aujourdhui;
  const metier = alea.choixFrequent(METIERS, 1.3);
  const auteur = () => (alea.chance(0.92) || e.collegues.length === 0 ? e.referent : alea.choix(e.collegues));
  const evenement = (jour: number, type: TypeEvenement, x: Partial<EvenementPlan> = {}) => {
    plan.evenements.push({
      jour,
      type,
      modalite: type === 'contact_telephonique' || type === 'mail_sms' ? 'distance' : 'presentiel',
      themes: [],
      duree: null,
      note: null,
      auteur: e.referent,
      proposition: null,
      diagnostic: false,
      ...x,
    });
  };
  const situation = (s: SituationPlan) => plan.situations.push(s);
  const relance = () => !plan.relance && e.besoin('orientation_sans_retour');
  /** An orientation from the file; the diagnostic goes with it only with the jeune's consent. */
  const orienter = (jour: number, besoin: Besoin, sansRetour = false) => {
    plan.orientations.push({
      jour,
      choix: choisirOrientation(alea, besoin),
      origine: 'dossier',
      auteur: auteur(),
      transmission: plan.consentement !== null && plan.consentement <= jour && alea.chance(0.4),
      sansRetour,
    });
    if (sansRetour) plan.relance = true;
  };

  // --- Diagnostic: at the first honoured appointment, sometimes over a second interview.
  const diag = diagnostic(alea, e);
  const freins = diag.dimensions.filter((d) => d.frein).map((d) => d.dimension);
  const entretiens = [d1];
  if (alea.chance(0.3)) entretiens.push(ouvreSuivant(d1 + alea.entier(7, 21)));
  const enCours = entretiens[entretiens.length - 1]! > today || (d1 >= today - 10 && alea.chance(0.4));
  if (entretiens[entretiens.length - 1]! > today) entretiens.pop();
  diag.entretiens = entretiens;
  plan.diagnostic = diag;
  for (const jour of entretiens)
    evenement(jour, 'entretien_individuel', {
      themes: ['emploi', 'formation', ...freins.filter((f) => f !== 'emploi' && f !== 'formation')],
      duree: alea.choix([60, 75, 90]),
      note: jour === d1 ? 'Diagnostic : tour de la situation sur chaque dimension.' : 'Suite du diagnostic.',
      diagnostic: true,
    });
  // Later honoured appointments are interviews too.
  for (const jour of e.honores.slice(1))
    if (jour > entretiens[entretiens.length - 1]!) {
      const t = theme(alea, freins);
      evenement(jour, 'entretien_individuel', {
        themes: [t],
        duree: alea.choix([30, 45, 60]),
        note: alea.choix(NOTES_ENTRETIEN[t]),
      });
    }
  if (enCours) return borner(plan, today);

  const c = entretiens[entretiens.length - 1]!;
  const limiteAge = anniversaire(e.naissance, e.rqth ? 30 : 26);
  const seize = anniversaire(e.naissance, 16);
  const peutEntrer = (jour: number) => jour >= seize && jour < limiteAge - 60;
  let conclusion: ConclusionDiagnostic = alea.pondere([
    ['parcours', 60],
    ['orientation', 20],
    ['reponse_ponctuelle', 20],
  ] as const);
  let scenario: Alerte | null = null;
  // Shaped for "contrat à signer": concluded days to months ago, before or after the deadline.
  if (peutEntrer(c) && c >= today - 120 && c <= today - 3 && e.besoin('contrat_a_signer')) {
    scenario = 'contrat_a_signer';
    conclusion = 'parcours';
  }
  if (conclusion === 'parcours' && !peutEntrer(c)) conclusion = 'orientation';

  if (conclusion !== 'parcours') {
    let partenaire: string | null = null;
    plan.consentement = alea.chance(conclusion === 'orientation' ? 0.7 : 0.1) ? c : null;
    if (conclusion === 'orientation') {
      // Shaped for « orientation sans retour »: concluded past the delay, the partner never answered.
      const sansRetour = c >= today - 90 && c <= today - RELANCE_JOURS - 5 && relance();
      const choix = choisirOrientation(alea, besoinDe(alea, e, c < seize, freins));
      plan.orientations.push({
        jour: c,
        choix,
        origine: 'diagnostic',
        auteur: diag.conseiller,
        transmission: plan.consentement !== null && alea.chance(0.8),
        sansRetour,
      });
      if (sansRetour) plan.relance = true;
      partenaire = PARTENAIRES_DEMO[choix.partenaire]!.nom;
    }
    diag.conclusion = {
      code: conclusion,
      jour: c,
      typeParcours: null,
      note:
        partenaire !== null
          ? `Orienté(e) vers ${partenaire} ; à recontacter dans un mois.`
          : 'Réponse apportée en entretien : informations et offres transmises.',
    };
    const suite = ouvreSuivant(c + alea.entier(10, 40));
    if (suite <= today && alea.chance(0.7))
      evenement(suite, alea.chance(0.6) ? 'contact_telephonique' : 'mail_sms', {
        themes: [theme(alea, freins)],
        duree: 10,
        note: partenaire !== null ? `Point sur l’orientation vers ${partenaire}.` : alea.choix(NOTES_TELEPHONE),
        auteur: auteur(),
      });
    // Some find a job or a training on their own afterwards.
    if (alea.chance(0.3)) {
      const s = ouvreSuivant(c + alea.entier(20, 300));
      if (s <= today) situation(situationPrincipale(alea, alea.chance(0.7) ? 'emploi' : 'formation', s, metier));
    }
    return borner(plan, today);
  }

  plan.consentement = alea.chance(0.35) ? d1 : null;
  // --- Parcours: opened after the diagnostic; a few jeunes come back for a second one later.
  let debut = scenario === 'contrat_a_signer' ? c : ouvreSuivant(c + alea.entier(0, 21));
  if (debut > today) debut = c;
  for (let rang = 0; rang < 2; rang++) {
    const p = parcours(alea, e, {
      debut,
      rang,
      metier,
      freins,
      scenario,
      limiteAge,
      evenement,
      situation,
      auteur,
      orienter,
      relance,
    });
    plan.parcours.push(p.parcours);
    if (p.fenetre) plan.fenetres.push(p.fenetre);
    scenario = p.scenario;
    if (rang === 0) {
      diag.conclusion = {
        code: 'parcours',
        jour: c,
        typeParcours: p.parcours.type,
        note: `Projet en ${metier.projet} ; entrée en parcours proposée.`,
      };
    }
    const fin = p.parcours.finReelle;
    if (
      fin === null ||
      !['abandon', 'fin_droits', 'emploi_non_durable', 'demenagement'].includes(p.parcours.motif!) ||
      !alea.chance(0.15)
    )
      break;
    debut = ouvreSuivant(fin + alea.entier(60, 400));
    if (debut > today - 7 || !peutEntrer(debut)) break;
  }
  plan.scenario = scenario;
  return borner(plan, today);
}

/** The freins a partner answers better than the ML itself. */
const ORIENTABLES: ReadonlySet<Dimension> = new Set([
  'logement',
  'sante',
  'mobilite',
  'ressources',
  'citoyennete',
  'savoirs_base',
]);

/**
 * What a diagnostic concluding on an orientation orients for: an RQTH often, else mostly one of
 * the freins a partner answers, else training (always under 16), a job or an apprenticeship.
 */
function besoinDe(alea: Alea, e: EntreeChemin, moinsDe16: boolean, freins: readonly Dimension[]): Besoin {
  if (moinsDe16) return 'formation';
  if (e.rqth && alea.chance(0.5)) return 'handicap';
  const autres = freins.filter((f) => ORIENTABLES.has(f));
  if (autres.length > 0 && alea.chance(0.7)) return alea.choix(autres);
  return alea.pondere([
    ['formation', 45],
    ['emploi', 35],
    ['alternance', 20],
  ] as const);
}

/** The eight dimensions, from what the file knows, with freins where the profile shows them. */
function diagnostic(alea: Alea, e: EntreeChemin): DiagnosticPlan {
  const p = e.profil;
  const ligne = (dimension: Dimension, situation: string, frein: boolean) => ({
    dimension,
    situation,
    frein,
    freins: frein ? alea.choix(FREINS[dimension]) : null,
    note: alea.chance(0.08) ? alea.choix(NOTES_DIMENSION) : null,
  });
  const sansFrein = (d: 'sante' | 'citoyennete' | 'savoirs_base') => alea.choix(SITUATIONS_SANS_FREIN[d]);
  const emploi =
    p.situationPremierAccueil === 'emploi'
      ? 'En CDD à temps partiel, cherche un temps plein.'
      : p.situationPremierAccueil === 'scolaire'
        ? 'Scolarisé(e), veut quitter le lycée pour travailler.'
        : alea.choix(SITUATIONS_EMPLOI);
  const formation = p.diplome !== null ? `${p.diplome} obtenu.` : 'Sorti(e) du système scolaire sans diplôme.';
  const mobilite = p.vehicule
    ? 'Permis B et voiture.'
    : p.permisB
      ? 'Permis B, pas de véhicule.'
      : 'Ni permis ni véhicule ; dépend des transports en commun.';
  const precaire = ['heberge_tiers', 'hebergement_urgence', 'sans_domicile'].includes(p.logement);
  const santeFrein = e.rqth || alea.chance(0.1);
  const savoirsFrein = p.niveau === 'infra_3' ? alea.chance(0.35) : alea.chance(0.04);
  const citoyenneteFrein = alea.chance(0.05);
  return {
    conseiller: e.referent,
    entretiens: [],
    dimensions: [
      ligne('emploi', emploi, p.situationPremierAccueil !== 'emploi' && alea.chance(0.45)),
      ligne('formation', formation, p.niveau === 'infra_3' && alea.chance(0.7)),
      ligne('logement', SITUATION_LOGEMENT[p.logement], precaire || (p.logement === 'foyer' && alea.chance(0.3))),
      ligne(
        'sante',
        e.rqth ? 'RQTH ; un aménagement de poste est à prévoir.' : santeFrein ? 'À surveiller.' : sansFrein('sante'),
        santeFrein,
      ),
      ligne('mobilite', mobilite, !p.permisB && (e.communeZrr || alea.chance(0.4))),
      ligne('ressources', SITUATION_RESSOURCES[p.ressources], p.ressources === 'aucune' && alea.chance(0.6)),
      ligne('citoyennete', citoyenneteFrein ? 'Papiers à régulariser.' : sansFrein('citoyennete'), citoyenneteFrein),
      ligne('savoirs_base', savoirsFrein ? 'À l’écrit, lecture lente.' : sansFrein('savoirs_base'), savoirsFrein),
    ],
    conclusion: null,
  };
}

/** A theme for an event: mostly employment, often one of the jeune's freins. */
function theme(alea: Alea, freins: readonly Dimension[]): Dimension {
  if (freins.length > 0 && alea.chance(0.4)) return alea.choix(freins);
  return alea.chance(0.7) ? 'emploi' : 'formation';
}

interface OptionsParcours {
  debut: number;
  rang: number;
  metier: MetierDemo;
  freins: readonly Dimension[];
  /** The alert this path is already shaped for (then no other), or null. */
  scenario: Alerte | null;
  limiteAge: number;
  evenement: (jour: number, type: TypeEvenement, x?: Partial<EvenementPlan>) => void;
  situation: (s: SituationPlan) => void;
  auteur: () => number;
  orienter: (jour: number, besoin: Besoin, sansRetour?: boolean) => void;
  /** Does the référent still lack a jeune with an orientation left without answer? */
  relance: () => boolean;
}

/**
 * One parcours from its start: séquences, the situations found on the way, the exit and the
 * events, all cut at today. `scenario` forces the shape that raises one portfolio alert today.
 */
function parcours(
  alea: Alea,
  e: EntreeChemin,
  o: OptionsParcours,
): { parcours: ParcoursPlan; fenetre: { debut: number; fin: number } | null; scenario: Alerte | null } {
  const today = e.aujourdhui;
  const P = o.debut;
  const type = typeDuParcours(alea, P);
  const finMax = ajouterMois(P, type.maxMois) - 1;
  let F = ajouterMois(P, type.mois) - 1;
  let scenario = o.scenario;
  let signature: number | null = P >= today - 45 && alea.chance(0.2) ? null : P;
  // Activity ends today unless the jeune stops coming.
  let L = today;
  let issue: Issue = alea.pondere([
    ['emploi', 30],
    ['alternance', 11],
    ['formation', 14],
    ['creation', 1],
    ['scolarite', e.naissance > P - 19 * 365 ? 8 : 0],
    ['abandon', 14],
    ['fin', 16],
    ['demenagement', 4],
  ] as const);
  let orientation: number = alea.pondere([
    [30, 20],
    [60, 30],
    [90, 30],
    [110, 12],
    [150, 6],
    [180, 2],
  ] as const);
  orientation += alea.entier(-10, 10);

  if (scenario === 'contrat_a_signer') {
    signature = null;
    issue = 'aucune';
    // Past the deadline, the jeune is the one who did not come back to sign.
    if (P < ajouterMois(today, -CONTRAT_APRES_DIAGNOSTIC_MOIS)) L = Math.min(today, P + alea.entier(0, 20));
  } else if (scenario === null) {
    // Shape this parcours for the first alert its référent still lacks that it can show.
    // An orientation séquence started long enough ago to be warned about, or long past its 4 months.
    const orientationLimite =
      ajouterMois(today, -SEQUENCE_ORIENTATION_MAX_MOIS) + SEQUENCE_ORIENTATION_PREAVIS_JOURS - 2;
    if (P >= ajouterMois(today, -9) && P <= orientationLimite && e.besoin('sequence_orientation')) {
      scenario = 'sequence_orientation';
      orientation = Number.POSITIVE_INFINITY;
      F = finMax;
      issue = 'aucune';
    } else if (e.besoin('fin_parcours')) {
      const fin = today + alea.entier(-5, FIN_PARCOURS_PREAVIS_JOURS - 5);
      if (fin - P >= 150 && fin <= finMax) {
        scenario = 'fin_parcours';
        F = fin;
        issue = 'aucune';
      }
    }
    if (scenario === null && P >= today - 690 && P <= today - 120 && e.besoin('sans_contact')) {
      const depuis = Math.max(e.dernierContactExistant, P + 30);
      if (depuis <= today - 50 && finMax >= today + 31) {
        scenario = 'sans_contact';
        F = finMax;
        L = alea.entier(depuis, today - 50);
        issue = 'aucune';
      }
    }
    if (
      scenario === null &&
      e.premier >= today - 365 &&
      e.premier <= ajouterMois(today, -4) - 5 &&
      P >= today - 300 &&
      finMax >= today + 31 &&
      e.besoin('sans_solution_4_mois')
    ) {
      scenario = 'sans_solution_4_mois';
      F = Math.max(F, today + 31);
      issue = 'aucune';
    }
  }
  // The orientation séquence leaves room for the accompaniment before the planned end.
  const A = Number.isFinite(orientation) ? P + Math.max(20, Math.min(orientation, F - P - 30)) : Infinity;
  const sansSituation = scenario === 'sans_solution_4_mois';
  /** Where the search for solutions starts: the accompaniment, or a few months into a long orientation. */
  const ancre = Math.min(A, P + 120);

  // The main outcome and the exit.
  let E: number | null = null;
  let motif: MotifSortie | null = null;
  let commentaire: string | null = null;
  let suivi: number | null = null;
  const principales: SituationPlan[] = [];
  if (issue === 'emploi' || issue === 'alternance' || issue === 'formation' || issue === 'creation') {
    let s = ouvreSuivant(A + alea.entier(10, 240));
    if (issue === 'alternance') s = rentreeApres(s, alea);
    const sit = situationPrincipale(alea, issue, s, o.metier);
    principales.push(sit);
    if (s > F - 10) {
      // Found after the parcours' planned end: the exit is the end of rights.
      issue = 'fin';
    } else if (issue === 'emploi') {
      suivi = s;
      const durable = emploiDurable(sit);
      E = Math.min(F, s + alea.entier(30, 180), durable ? F : (sit.finReelle ?? sit.finPrevue ?? F));
      motif = durable ? 'emploi_durable' : 'emploi_non_durable';
    } else if (issue === 'alternance') {
      suivi = s;
      E = Math.min(F, s + alea.entier(30, 120));
      motif = 'alternance';
    } else if (issue === 'formation') {
      E = Math.min(F, s + alea.entier(0, 45));
      motif = 'formation';
    } else {
      E = Math.min(F, s + alea.entier(30, 90));
      motif = 'creation_activite';
    }
  } else if (issue === 'scolarite') {
    const s = rentreeApres(A, alea);
    principales.push({
      type: 'scolarite',
      sousType: null,
      debut: s,
      finPrevue: finAnneeScolaire(s),
      finReelle: null,
      organisme: alea.choix(['Lycée professionnel Amblard', 'Lycée du Dauphiné', 'Lycée François-Jean-Armorin']),
      intitule: alea.choix(o.metier.formations.concat([o.metier.alternance])),
      commentaire: null,
    });
    if (s <= F) {
      E = s;
      motif = 'autre';
      commentaire = 'Retour en scolarité.';
    } else issue = 'fin';
  } else if (issue === 'abandon') {
    L = Math.min(F, Math.max(P + 14, A + alea.entier(-Math.floor(orientation / 2), 200)));
    E = Math.min(F, L + alea.entier(60, 120));
    motif = 'abandon';
    commentaire = 'Ne répond plus aux relances.';
  } else if (issue === 'demenagement') {
    E = alea.entier(A, Math.max(A, F));
    motif = 'demenagement';
    commentaire = alea.choix([
      'Part vivre à Lyon.',
      'Déménage à Grenoble avec sa famille.',
      'Suit son conjoint à Marseille.',
    ]);
  }
  if (issue === 'fin') {
    E = F;
    motif = alea.chance(0.35) ? 'autonomie' : 'fin_droits';
  }
  if (E !== null && E > o.limiteAge && o.limiteAge >= P) {
    E = o.limiteAge;
    motif = 'limite_age';
    commentaire = null;
  }
  // Not exited yet: a few exits at the planned end are still to be recorded.
  if (E !== null && (E > today || (E === F && F >= today - 30 && alea.chance(0.5)))) {
    E = null;
    motif = null;
    commentaire = null;
  }
  if (E !== null) L = Math.min(L, E);
  // A parcours exited was signed (only open ones wait for their signature).
  if (E !== null && signature === null) signature = P;

  // Séquences: orientation, accompagnement, suivi dans l'emploi; each ends the day before the next.
  const bout = E ?? today;
  const sequences: ParcoursPlan['sequences'] = [{ type: 'orientation', debut: P, fin: null }];
  if (A <= bout) sequences.push({ type: 'accompagnement', debut: A, fin: null });
  if (suivi !== null && suivi <= bout && suivi > A) sequences.push({ type: 'suivi_emploi', debut: suivi, fin: null });
  for (let i = 0; i < sequences.length - 1; i++) sequences[i]!.fin = sequences[i + 1]!.debut - 1;
  sequences[sequences.length - 1]!.fin = E;

  // Orientations to partners for the freins the accompaniment works on, while the jeune comes.
  const finOrientations = Math.min(L, bout);
  if (finOrientations >= P + 7) {
    const besoins: Besoin[] = o.freins.filter((f) => ORIENTABLES.has(f) && alea.chance(0.45));
    if (e.rqth && alea.chance(0.5)) besoins.push('handicap');
    if (alea.chance(0.1)) besoins.push(alea.choix(['formation', 'alternance', 'emploi'] as const));
    for (const b of besoins) {
      const j = ouvreSuivant(alea.entier(P + 7, Math.min(finOrientations, P + 240)));
      if (j <= finOrientations) o.orienter(j, b);
    }
  }
  // Shaped for « orientation sans retour »: in an open parcours, an orientation past the delay.
  if (E === null && o.relance()) {
    const debut = Math.max(P + 7, today - 90);
    const fin = Math.min(L, today - RELANCE_JOURS - 5);
    if (debut <= fin) {
      const j = alea.entier(debut, fin);
      const ouvre = ouvreSuivant(j);
      o.orienter(
        ouvre <= fin ? ouvre : j,
        alea.choix(o.freins.filter((f) => ORIENTABLES.has(f)).concat('emploi')),
        true,
      );
    }
  }

  // Situations found on the way: immersions, missions, short trainings, service civique.
  const finCourante = Math.min(L, bout, principales[0]?.debut ?? bout);
  if (!sansSituation) {
    if (alea.chance(0.35) && finCourante >= P + 21) {
      const i = ouvreSuivant(alea.entier(P + 14, Math.max(P + 14, Math.min(A + 60, finCourante))));
      const poste = alea.choix(o.metier.postes);
      const employeur = alea.choix(o.metier.employeurs);
      o.evenement(Math.max(P, i - alea.entier(7, 14)), 'proposition', {
        themes: ['emploi'],
        duree: 20,
        auteur: o.auteur(),
        proposition: { nature: 'immersion', intitule: `PMSMP ${poste} chez ${employeur}`, resultat: 'acceptee' },
      });
      o.situation({
        type: 'immersion',
        sousType: alea.chance(0.85) ? 'pmsmp' : 'stage',
        debut: i,
        finPrevue: i + alea.choix([4, 11, 18, 25]),
        finReelle: null,
        organisme: employeur,
        intitule: poste,
        commentaire: null,
      });
    }
    if (alea.chance(0.2)) {
      let m = ouvreSuivant(ancre + alea.entier(0, 60));
      for (let k = alea.entier(1, 3); k > 0 && m < finCourante; k--) {
        const fin = m + alea.entier(4, 40);
        o.situation({
          type: 'emploi',
          sousType: 'interim',
          debut: m,
          finPrevue: fin,
          finReelle: null,
          organisme: alea.choix(AGENCES_INTERIM),
          intitule: alea.choix(o.metier.postes),
          commentaire: `Mission chez ${alea.choix(o.metier.employeurs)}.`,
        });
        m = ouvreSuivant(fin + alea.entier(7, 60));
      }
    }
    if (alea.chance(0.12)) {
      const f = ouvreSuivant(ancre + alea.entier(0, 90));
      o.situation({
        type: 'formation',
        sousType: alea.chance(0.5) ? 'pre_qualifiante' : 'remise_niveau',
        debut: f,
        finPrevue: f + alea.entier(30, 120),
        finReelle: null,
        organisme: alea.choix(ORGANISMES_FORMATION),
        intitule: alea.chance(0.5)
          ? 'Remise à niveau français et mathématiques'
          : `Découverte des métiers : ${o.metier.projet}`,
        commentaire: null,
      });
    }
    if (alea.chance(0.04)) {
      const sc = ouvreSuivant(ancre + alea.entier(0, 120));
      o.situation({
        type: 'service_civique',
        sousType: null,
        debut: sc,
        finPrevue: ajouterMois(sc, alea.entier(6, 8)) - 1,
        finReelle: null,
        organisme: alea.choix(ORGANISMES_SERVICE_CIVIQUE),
        intitule: alea.choix(['Ambassadeur(rice) du tri', 'Soutien scolaire', 'Accompagnement des personnes âgées']),
        commentaire: null,
      });
    }
    for (const s of principales) {
      // What led to the outcome: the offer or training proposed, accepted.
      const propose = Math.max(P, s.debut - alea.entier(7, 30));
      if (s.type !== 'scolarite' && s.type !== 'creation_activite')
        o.evenement(propose, 'proposition', {
          themes: [s.type === 'formation' ? 'formation' : 'emploi'],
          duree: 20,
          auteur:
            s.type === 'formation' && alea.chance(0.35)
              ? e.referentFormation
              : s.type !== 'formation' && alea.chance(0.35)
                ? e.chargeRelationEntreprises
                : o.auteur(),
          proposition: {
            nature: s.type === 'formation' ? 'formation' : 'offre',
            intitule: `${s.intitule ?? ''}${s.organisme ? ` — ${s.organisme}` : ''}`,
            resultat: 'acceptee',
          },
        });
      o.situation(s);
    }
  }

  // Events of the accompaniment, up to the last day the jeune still comes.
  const cej = type.code === TYPE_PARCOURS_CEJ;
  const themesEvt = () => {
    const t = theme(alea, o.freins);
    if (!alea.chance(0.3)) return [t];
    const u = theme(alea, o.freins);
    return u === t ? [t] : [t, u];
  };
  o.evenement(P, 'entretien_individuel', {
    themes: ['emploi', 'formation'],
    duree: 60,
    note:
      signature !== null
        ? 'Signature du contrat ; objectifs et premières démarches fixés.'
        : 'Présentation du contrat ; signature à programmer.',
  });
  for (let t = P + alea.entier(cej ? 10 : 20, cej ? 25 : 40); t <= L; t += alea.entier(cej ? 12 : 21, cej ? 28 : 42)) {
    const j = ouvreSuivant(t);
    if (j > L) break;
    const themes = themesEvt();
    o.evenement(j, 'entretien_individuel', {
      themes,
      modalite: alea.chance(0.85) ? 'presentiel' : 'distance',
      duree: alea.choix([30, 45, 45, 60]),
      note: alea.choix(NOTES_ENTRETIEN[themes[0]!]),
      auteur: o.auteur(),
    });
  }
  for (let t = P + alea.entier(5, 30); t <= L; t += alea.entier(25, 60)) {
    const j = ouvreSuivant(t);
    if (j > L) break;
    o.evenement(j, 'contact_telephonique', {
      themes: themesEvt(),
      duree: alea.choix([5, 10, 15]),
      note: alea.choix(NOTES_TELEPHONE),
      auteur: o.auteur(),
    });
  }
  for (let t = P + alea.entier(3, 30); t <= L; t += alea.entier(20, 55)) {
    const j = ouvreSuivant(t);
    if (j > L) break;
    o.evenement(j, 'mail_sms', { themes: ['emploi'], note: alea.choix(NOTES_MAIL), auteur: o.auteur() });
  }
  for (let t = ancre + alea.entier(10, 60); t <= L; t += alea.entier(45, 100)) {
    const j = ouvreSuivant(t);
    if (j > L) break;
    const nature = alea.pondere([
      ['offre', 55],
      ['formation', 25],
      ['immersion', 20],
    ] as const);
    const recente = j >= today - 20;
    o.evenement(j, 'proposition', {
      themes: [nature === 'formation' ? 'formation' : 'emploi'],
      duree: 15,
      auteur:
        nature === 'offre' && alea.chance(0.35)
          ? e.chargeRelationEntreprises
          : nature === 'formation' && alea.chance(0.35)
            ? e.referentFormation
            : o.auteur(),
      proposition: {
        nature,
        intitule:
          nature === 'formation'
            ? alea.choix(o.metier.formations)
            : `${nature === 'immersion' ? 'PMSMP ' : ''}${alea.choix(o.metier.postes)} chez ${alea.choix(o.metier.employeurs)}`,
        resultat:
          recente && alea.chance(0.7)
            ? 'en_attente'
            : alea.pondere([
                ['acceptee', 20],
                ['refusee', 25],
                ['sans_suite', 55],
              ] as const),
      },
    });
  }
  if (suivi !== null && suivi <= L) {
    if (alea.chance(0.3)) {
      const v = ouvreSuivant(suivi + alea.entier(15, 60));
      if (v <= L)
        o.evenement(v, 'visite', { themes: ['emploi'], duree: 60, note: alea.choix(NOTES_VISITE), auteur: o.auteur() });
    }
    if (alea.chance(0.08)) {
      const m = ouvreSuivant(suivi + alea.entier(20, 90));
      if (m <= L)
        o.evenement(m, 'mediation', {
          themes: ['emploi'],
          duree: 45,
          note: alea.choix(NOTES_MEDIATION),
          auteur: o.auteur(),
        });
    }
  }

  const heures: ParcoursPlan['heures'] = [];
  if (cej) {
    // Declared each month once it is over; the exit month too.
    const dernierMois = E !== null ? moisDe(E) : moisDe(ajouterMois(today, -1));
    for (let m = P; moisDe(m) <= dernierMois; m = ajouterMois(m, 1)) {
      heures.push({
        mois: moisDe(m),
        heures: alea.chance(0.8) ? alea.entier(30, 40) / 2 : alea.entier(12, 29) / 2,
      });
    }
  }

  const freinsLibelles = o.freins.filter((f) => f !== 'emploi' && f !== 'formation');
  return {
    parcours: {
      type: type.code,
      signature,
      debut: P,
      finPrevue: F,
      finReelle: E,
      motif,
      commentaire,
      objectifs:
        `Construire et valider un projet en ${o.metier.projet} ; accéder à un emploi ou une formation.` +
        (freinsLibelles.length > 0 ? ` Lever les freins : ${freinsLibelles.map(libelleFrein).join(', ')}.` : ''),
      sequences,
      heures,
      duDiagnostic: o.rang === 0,
    },
    // Workshops: while in the parcours and still coming (a little ahead for the open ones).
    fenetre: L >= P ? { debut: P, fin: E === null && L === today ? today + 21 : L } : null,
    scenario,
  };
}

const LIBELLES_FREINS: Record<Dimension, string> = {
  emploi: 'emploi',
  formation: 'formation',
  logement: 'logement',
  sante: 'santé',
  mobilite: 'mobilité',
  ressources: 'ressources',
  citoyennete: 'démarches administratives',
  savoirs_base: 'savoirs de base',
};
function libelleFrein(d: Dimension): string {
  return LIBELLES_FREINS[d];
}

/** The start of the school (or apprenticeship) year after a day: 1 September to mid-October. */
function rentreeApres(jour: number, alea: Alea): number {
  const annee = new Date(jour * 86_400_000).getUTCFullYear();
  let r = jourDe(`${annee}-09-01`);
  if (r < jour) r = jourDe(`${annee + 1}-09-01`);
  return ouvreSuivant(r + alea.entier(0, 45));
}

function finAnneeScolaire(rentree: number): number {
  const annee = new Date(rentree * 86_400_000).getUTCFullYear();
  return jourDe(`${annee + 1}-07-04`);
}

/** The one rule of "emploi durable" (services/activite), read on the demo's day numbers. */
function emploiDurable(s: SituationPlan): boolean {
  const iso = (jour: number | null) => (jour === null ? null : isoDe(jour));
  return estEmploiDurable({
    type: s.type,
    sousType: s.sousType,
    debut: isoDe(s.debut),
    finPrevue: iso(s.finPrevue),
    finReelle: iso(s.finReelle),
  });
}

/** The job, work-study contract, training or business the parcours leads to. */
function situationPrincipale(
  alea: Alea,
  type: 'emploi' | 'alternance' | 'formation' | 'creation',
  s: number,
  metier: MetierDemo,
): SituationPlan {
  if (type === 'emploi') {
    const sousType = alea.pondere([
      ['cdi', 15],
      ['cdd', 45],
      ['interim', 25],
      ['contrat_aide', 8],
      ['iae', 7],
    ] as const);
    const duree =
      sousType === 'cdd'
        ? alea.pondere([
            [1, 20],
            [2, 20],
            [3, 20],
            [6, 25],
            [12, 15],
          ] as const)
        : sousType === 'interim'
          ? alea.pondere([
              [1, 50],
              [2, 30],
              [6, 20],
            ] as const)
          : sousType === 'contrat_aide'
            ? alea.choix([6, 9, 12])
            : sousType === 'iae'
              ? alea.choix([4, 6, 12, 24])
              : 0;
    const finPrevue = sousType === 'cdi' ? null : ajouterMois(s, duree) - 1;
    // A CDI sometimes ends in the trial period; a CDD sometimes stops early.
    const finReelle =
      sousType === 'cdi' && alea.chance(0.12)
        ? s + alea.entier(20, 60)
        : finPrevue !== null && alea.chance(0.1)
          ? alea.entier(s + 7, finPrevue)
          : null;
    return {
      type: 'emploi',
      sousType,
      debut: s,
      finPrevue,
      finReelle,
      organisme:
        sousType === 'interim'
          ? alea.choix(AGENCES_INTERIM)
          : sousType === 'iae'
            ? alea.choix(EMPLOYEURS_IAE)
            : sousType === 'contrat_aide'
              ? alea.choix(EMPLOYEURS_CONTRAT_AIDE)
              : alea.choix(metier.employeurs),
      intitule: alea.choix(metier.postes),
      commentaire: finReelle !== null && sousType === 'cdi' ? 'Fin de la période d’essai.' : null,
    };
  }
  if (type === 'alternance') {
    const sousType = alea.chance(0.75) ? 'apprentissage' : 'professionnalisation';
    const mois = sousType === 'apprentissage' ? alea.choix([12, 24, 24]) : alea.choix([12, 12, 18]);
    const finPrevue = ajouterMois(s, mois) - 1;
    return {
      type: 'alternance',
      sousType,
      debut: s,
      finPrevue,
      finReelle: alea.chance(0.15) ? alea.entier(s + 30, finPrevue) : null,
      organisme: alea.choix(metier.employeurs),
      intitule: metier.alternance,
      commentaire: `Formation au ${alea.choix(CFA)}.`,
    };
  }
  if (type === 'formation') {
    const sousType = alea.pondere([
      ['qualifiante', 70],
      ['pre_qualifiante', 20],
      ['remise_niveau', 10],
    ] as const);
    return {
      type: 'formation',
      sousType,
      debut: s,
      finPrevue: ajouterMois(s, sousType === 'qualifiante' ? alea.entier(3, 10) : alea.entier(1, 4)) - 1,
      finReelle: null,
      organisme: alea.choix(ORGANISMES_FORMATION),
      intitule: alea.choix(metier.formations),
      commentaire: null,
    };
  }
  return {
    type: 'creation_activite',
    sousType: null,
    debut: s,
    finPrevue: null,
    finReelle: null,
    organisme: null,
    intitule: `Micro-entreprise (${metier.projet})`,
    commentaire: 'Accompagné(e) par la couveuse d’entreprises.',
  };
}

/**
 * Cuts the plan at today: nothing starts after it, what would end after it is still in
 * progress; an end already past becomes the actual end.
 */
function borner(plan: PlanChemin, today: number): PlanChemin {
  plan.evenements = plan.evenements.filter((e) => e.jour <= today);
  plan.orientations = plan.orientations.filter((o) => o.jour <= today);
  plan.situations = plan.situations
    .filter((s) => s.debut <= today)
    .map((s) => {
      const fin = s.finReelle ?? s.finPrevue;
      if (s.finReelle !== null && s.finReelle > today) return { ...s, finReelle: null };
      if (s.finReelle === null && s.finPrevue !== null && s.finPrevue < today) return { ...s, finReelle: fin };
      return s;
    });
  return plan;
}
