/**
 * The fixed enumerations of the jeune's path (DOMAIN.md: Jeune, Diagnostic, Parcours, Événement,
 * Situation, Sortie). Rules and indicators depend on these codes, so they change only with a
 * release; the parcours types, which the State changes by law, are an editable referential
 * (table `type_parcours`, seeded with TYPES_PARCOURS_PAR_DEFAUT).
 */

/** Nomenclature of diploma levels (DOMAIN.md). */
export const NIVEAUX = ['infra_3', 'niveau_3', 'niveau_4', 'niveau_5_plus'] as const;
export type Niveau = (typeof NIVEAUX)[number];
export const NIVEAU_LIBELLES: Record<Niveau, string> = {
  infra_3: 'Infra 3 (sans diplôme)',
  niveau_3: 'Niveau 3 (CAP, BEP)',
  niveau_4: 'Niveau 4 (Bac)',
  niveau_5_plus: 'Niveau 5 et plus (Bac+2 et au-delà)',
};

/** What the jeune was doing when first received. */
export const SITUATIONS_PREMIER_ACCUEIL = ['neet', 'scolaire', 'emploi', 'formation'] as const;
export type SituationPremierAccueil = (typeof SITUATIONS_PREMIER_ACCUEIL)[number];
export const SITUATION_PREMIER_ACCUEIL_LIBELLES: Record<SituationPremierAccueil, string> = {
  neet: 'Ni en emploi, ni en études, ni en formation',
  scolaire: 'Élève ou étudiant(e)',
  emploi: 'En emploi',
  formation: 'En formation',
};

export const LOGEMENTS = [
  'parents',
  'autonome',
  'heberge_tiers',
  'foyer',
  'hebergement_urgence',
  'sans_domicile',
  'autre',
] as const;
export type Logement = (typeof LOGEMENTS)[number];
export const LOGEMENT_LIBELLES: Record<Logement, string> = {
  parents: 'Chez les parents ou la famille',
  autonome: 'Logement autonome',
  heberge_tiers: 'Hébergé(e) par un tiers',
  foyer: 'Foyer, FJT, résidence sociale',
  hebergement_urgence: "Hébergement d'urgence",
  sans_domicile: 'Sans domicile',
  autre: 'Autre',
};

/** Main resources of the jeune. */
export const RESSOURCES = [
  'aucune',
  'salaire',
  'allocation_parcours',
  'chomage',
  'rsa',
  'aah',
  'famille',
  'autre',
] as const;
export type Ressource = (typeof RESSOURCES)[number];
export const RESSOURCE_LIBELLES: Record<Ressource, string> = {
  aucune: 'Aucune ressource',
  salaire: 'Salaire',
  allocation_parcours: 'Allocation de parcours (CEJ, PACEA)',
  chomage: 'Allocation chômage',
  rsa: 'RSA',
  aah: 'AAH',
  famille: 'Aide de la famille',
  autre: 'Autre',
};

/** The dimensions of the diagnostic; also the themes of events and the filter of the timeline. */
export const DIMENSIONS = [
  'emploi',
  'formation',
  'logement',
  'sante',
  'mobilite',
  'ressources',
  'citoyennete',
  'savoirs_base',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];
export const DIMENSION_LIBELLES: Record<Dimension, string> = {
  emploi: 'Emploi',
  formation: 'Formation',
  logement: 'Logement',
  sante: 'Santé',
  mobilite: 'Mobilité',
  ressources: 'Ressources',
  citoyennete: 'Citoyenneté, loisirs',
  savoirs_base: 'Savoirs de base',
};
export const THEMES = DIMENSIONS;
export type Theme = Dimension;

export const CONCLUSIONS_DIAGNOSTIC = ['parcours', 'orientation', 'reponse_ponctuelle'] as const;
export type ConclusionDiagnostic = (typeof CONCLUSIONS_DIAGNOSTIC)[number];
export const CONCLUSION_DIAGNOSTIC_LIBELLES: Record<ConclusionDiagnostic, string> = {
  parcours: 'Entrée en parcours contractualisé',
  orientation: 'Orientation vers un partenaire',
  reponse_ponctuelle: 'Réponse ponctuelle',
};

/** Séquences of a parcours, in their usual order. */
export const TYPES_SEQUENCE = ['orientation', 'accompagnement', 'suivi_emploi'] as const;
export type TypeSequence = (typeof TYPES_SEQUENCE)[number];
export const TYPE_SEQUENCE_LIBELLES: Record<TypeSequence, string> = {
  orientation: 'Orientation et consolidation de projet',
  accompagnement: "Accompagnement vers l'emploi et/ou la formation",
  suivi_emploi: "Suivi dans l'emploi",
};
/** DOMAIN.md: the orientation séquence lasts at most 4 months; warned 15 days before. */
export const SEQUENCE_ORIENTATION_MAX_MOIS = 4;
export const SEQUENCE_ORIENTATION_PREAVIS_JOURS = 15;

export const MOTIFS_SORTIE = [
  'emploi_durable',
  'emploi_non_durable',
  'alternance',
  'formation',
  'creation_activite',
  'autonomie',
  'abandon',
  'demenagement',
  'limite_age',
  'fin_droits',
  'autre',
] as const;
export type MotifSortie = (typeof MOTIFS_SORTIE)[number];
export const MOTIF_SORTIE_LIBELLES: Record<MotifSortie, string> = {
  emploi_durable: 'Emploi durable',
  emploi_non_durable: 'Emploi non durable',
  alternance: 'Alternance',
  formation: 'Formation',
  creation_activite: "Création d'activité",
  autonomie: 'Autonomie acquise',
  abandon: 'Abandon, sans nouvelles',
  demenagement: 'Déménagement',
  limite_age: "Limite d'âge",
  fin_droits: 'Fin de droits',
  autre: 'Autre',
};
/** DOMAIN.md: "sortie positive" = the first five motifs. */
export const MOTIFS_SORTIE_POSITIVE: readonly MotifSortie[] = [
  'emploi_durable',
  'emploi_non_durable',
  'alternance',
  'formation',
  'creation_activite',
];

export const TYPES_EVENEMENT = [
  'entretien_individuel',
  'atelier_collectif',
  'information_collective',
  'contact_telephonique',
  'mail_sms',
  'visite',
  'mediation',
  'proposition',
] as const;
export type TypeEvenement = (typeof TYPES_EVENEMENT)[number];
export const TYPE_EVENEMENT_LIBELLES: Record<TypeEvenement, string> = {
  entretien_individuel: 'Entretien individuel',
  atelier_collectif: 'Atelier collectif',
  information_collective: 'Information collective',
  contact_telephonique: 'Contact téléphonique',
  mail_sms: 'Mail, SMS',
  visite: 'Visite',
  mediation: 'Médiation',
  proposition: 'Proposition',
};

export const MODALITES = ['presentiel', 'distance'] as const;
export type Modalite = (typeof MODALITES)[number];
export const MODALITE_LIBELLES: Record<Modalite, string> = { presentiel: 'Présentiel', distance: 'À distance' };

/** What a proposal offers the jeune, and what came of it. */
export const NATURES_PROPOSITION = ['offre', 'formation', 'immersion'] as const;
export type NatureProposition = (typeof NATURES_PROPOSITION)[number];
export const NATURE_PROPOSITION_LIBELLES: Record<NatureProposition, string> = {
  offre: "Offre d'emploi",
  formation: 'Formation',
  immersion: 'Immersion (PMSMP, stage)',
};
export const RESULTATS_PROPOSITION = ['en_attente', 'acceptee', 'refusee', 'sans_suite'] as const;
export type ResultatProposition = (typeof RESULTATS_PROPOSITION)[number];
export const RESULTAT_PROPOSITION_LIBELLES: Record<ResultatProposition, string> = {
  en_attente: 'En attente',
  acceptee: 'Acceptée',
  refusee: 'Refusée',
  sans_suite: 'Sans suite',
};

export const TYPES_ATELIER = [
  'atelier_emploi',
  'atelier_formation',
  'atelier_alternance',
  'information_collective',
  'autre',
] as const;
export type TypeAtelier = (typeof TYPES_ATELIER)[number];
export const TYPE_ATELIER_LIBELLES: Record<TypeAtelier, string> = {
  atelier_emploi: 'Atelier emploi',
  atelier_formation: 'Atelier formation',
  atelier_alternance: 'Atelier alternance',
  information_collective: 'Information collective',
  autre: 'Autre atelier',
};

export const TYPES_SITUATION = [
  'emploi',
  'alternance',
  'formation',
  'immersion',
  'service_civique',
  'creation_activite',
  'scolarite',
] as const;
export type TypeSituation = (typeof TYPES_SITUATION)[number];
export const TYPE_SITUATION_LIBELLES: Record<TypeSituation, string> = {
  emploi: 'Emploi',
  alternance: 'Alternance',
  formation: 'Formation',
  immersion: 'Immersion',
  service_civique: 'Service civique',
  creation_activite: "Création d'activité",
  scolarite: 'Retour en scolarité',
};

/** Subtypes per type (DOMAIN.md); a type without subtypes has an empty list. */
export const SOUS_TYPES_SITUATION: Record<TypeSituation, Readonly<Record<string, string>>> = {
  emploi: { cdi: 'CDI', cdd: 'CDD', interim: 'Intérim', contrat_aide: 'Contrat aidé', iae: 'IAE' },
  alternance: { apprentissage: 'Apprentissage', professionnalisation: 'Contrat de professionnalisation' },
  formation: { qualifiante: 'Qualifiante', pre_qualifiante: 'Pré-qualifiante', remise_niveau: 'Remise à niveau' },
  immersion: { pmsmp: 'PMSMP', stage: 'Stage' },
  service_civique: {},
  creation_activite: {},
  scolarite: {},
};

/** Situations that are a "solution" for the 4-month rule (DOMAIN.md, solution_4_mois). */
export const TYPES_SITUATION_SOLUTION: readonly TypeSituation[] = [
  'emploi',
  'alternance',
  'formation',
  'immersion',
  'service_civique',
  'scolarite',
];

/**
 * DOMAIN.md: "emploi durable" = a CDI, or a CDD or temporary contract of 6 months or more. We apply
 * it to emploi and alternance (an alternance is a work contract); the duration is start to
 * planned (or actual) end.
 */
export const EMPLOI_DURABLE_MOIS = 6;

export interface TypeParcoursParDefaut {
  code: string;
  libelle: string;
  dureeMaxMois: number;
  heuresHebdoMin: number | null;
  heuresHebdoMax: number | null;
  historique: boolean;
}

/** Seeded at migration; an administrator edits labels, durations and activity afterwards. */
export const TYPES_PARCOURS_PAR_DEFAUT: readonly TypeParcoursParDefaut[] = [
  {
    code: 'contrat_engagement',
    libelle: "Contrat d'engagement (loi plein emploi)",
    dureeMaxMois: 24,
    heuresHebdoMin: null,
    heuresHebdoMax: null,
    historique: false,
  },
  {
    code: 'cej',
    libelle: "Contrat d'engagement jeune (CEJ)",
    dureeMaxMois: 12,
    heuresHebdoMin: 15,
    heuresHebdoMax: 20,
    historique: false,
  },
  { code: 'pacea', libelle: 'PACEA', dureeMaxMois: 24, heuresHebdoMin: null, heuresHebdoMax: null, historique: false },
  {
    code: 'garantie_jeunes',
    libelle: 'Garantie jeunes',
    dureeMaxMois: 18,
    heuresHebdoMin: null,
    heuresHebdoMax: null,
    historique: true,
  },
  { code: 'civis', libelle: 'CIVIS', dureeMaxMois: 24, heuresHebdoMin: null, heuresHebdoMax: null, historique: true },
];
/** The type whose weekly activity hours are declared per month (15-20 h target). */
export const TYPE_PARCOURS_CEJ = 'cej';
export const TYPE_PARCOURS_CONTRAT_ENGAGEMENT = 'contrat_engagement';

/** Portfolio alerts (issue "Mes jeunes"): each has its list. */
export const ALERTES = [
  'sans_contact',
  'sequence_orientation',
  'sans_solution_4_mois',
  'fin_parcours',
  'contrat_a_signer',
  'absences_repetees',
  'orientation_sans_retour',
] as const;
export type Alerte = (typeof ALERTES)[number];
export const ALERTE_LIBELLES: Record<Alerte, string> = {
  sans_contact: 'Sans contact depuis longtemps',
  sequence_orientation: "Séquence d'orientation proche ou au-delà de 4 mois",
  sans_solution_4_mois: 'Sans solution 4 mois après le premier accueil',
  fin_parcours: 'Parcours proche de sa fin prévue',
  contrat_a_signer: 'Contrat à signer (un mois après le diagnostic)',
  absences_repetees: 'Deux rendez-vous manqués de suite',
  orientation_sans_retour: 'Orientation sans retour du partenaire',
};
/** A parcours shows in "fin_parcours" this many days before its planned end (and after). */
export const FIN_PARCOURS_PREAVIS_JOURS = 30;
/** The contract follows the diagnostic within this many months. */
export const CONTRAT_APRES_DIAGNOSTIC_MOIS = 1;
