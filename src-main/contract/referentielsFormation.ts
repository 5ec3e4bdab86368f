/**
 * Referentials of the training actions and their référents (issue 7; DOMAIN.md "Action de
 * formation"; the seeds' "Offre de service n°2"). Codes are stable; labels are French.
 */

export const FINANCEURS = ['region', 'france_travail', 'etat', 'opco', 'agefiph', 'collectivite', 'autre'] as const;
export type Financeur = (typeof FINANCEURS)[number];
export const FINANCEUR_LIBELLES: Record<Financeur, string> = {
  region: 'Région',
  france_travail: 'France Travail',
  etat: 'État',
  opco: 'OPCO',
  agefiph: 'Agefiph',
  collectivite: 'Collectivité (département, commune, EPCI)',
  autre: 'Autre financeur',
};

export const STATUTS_ACTION = ['programmee', 'en_recrutement', 'en_cours', 'terminee', 'annulee'] as const;
export type StatutAction = (typeof STATUTS_ACTION)[number];
export const STATUT_ACTION_LIBELLES: Record<StatutAction, string> = {
  programmee: 'Programmée',
  en_recrutement: 'En recrutement',
  en_cours: 'En cours',
  terminee: 'Terminée',
  annulee: 'Annulée',
};

/** The kind of training, which is also the subtype of the jeune's "formation" situation on entry. */
export const TYPES_FORMATION = ['qualifiante', 'pre_qualifiante', 'remise_niveau'] as const;
export type TypeFormation = (typeof TYPES_FORMATION)[number];

/**
 * Fields of training: the 14 "grands domaines" of the ROME (the letter that starts a ROME code,
 * the same as the offers'), plus the basics (savoirs de base, remise à niveau, orientation).
 */
export const DOMAINES_FORMATION = [
  'A',
  'B',
  'C',
  'D',
  'E',
  'F',
  'G',
  'H',
  'I',
  'J',
  'K',
  'L',
  'M',
  'N',
  'socle',
] as const;
export type DomaineFormation = (typeof DOMAINES_FORMATION)[number];
export const DOMAINE_FORMATION_LIBELLES: Record<DomaineFormation, string> = {
  A: 'Agriculture, espaces verts, soins aux animaux',
  B: 'Arts et façonnage d’ouvrages d’art',
  C: 'Banque, assurance, immobilier',
  D: 'Commerce, vente, grande distribution',
  E: 'Communication, média, multimédia',
  F: 'Bâtiment, travaux publics',
  G: 'Hôtellerie-restauration, tourisme, animation',
  H: 'Industrie',
  I: 'Installation et maintenance',
  J: 'Santé',
  K: 'Services à la personne et à la collectivité',
  L: 'Spectacle',
  M: 'Support à l’entreprise (gestion, administration, informatique)',
  N: 'Transport et logistique',
  socle: 'Savoirs de base, remise à niveau, orientation',
};

/**
 * A candidacy's path (DOMAIN.md). Each status lists where it may go next; the final ones go
 * nowhere. A step typed by mistake is undone (`positionnements.annulerEtape`), never rewritten.
 */
export const STATUTS_POSITIONNEMENT = [
  'propose',
  'candidature_transmise',
  'information_collective',
  'en_commission',
  'retenu',
  'entre',
  'non_retenu',
  'desiste',
  'abandon',
  'termine',
] as const;
export type StatutPositionnement = (typeof STATUTS_POSITIONNEMENT)[number];
export const STATUT_POSITIONNEMENT_LIBELLES: Record<StatutPositionnement, string> = {
  propose: 'Proposé',
  candidature_transmise: 'Candidature transmise',
  information_collective: 'Information collective',
  en_commission: 'En commission',
  retenu: 'Retenu',
  entre: 'Entré en formation',
  non_retenu: 'Non retenu',
  desiste: 'Désisté',
  abandon: 'Abandon',
  termine: 'Terminé',
};
export const TRANSITIONS_POSITIONNEMENT: Record<StatutPositionnement, readonly StatutPositionnement[]> = {
  propose: ['candidature_transmise', 'information_collective', 'en_commission', 'non_retenu', 'desiste'],
  candidature_transmise: ['information_collective', 'en_commission', 'retenu', 'non_retenu', 'desiste'],
  information_collective: ['en_commission', 'retenu', 'non_retenu', 'desiste'],
  en_commission: ['retenu', 'non_retenu', 'desiste'],
  retenu: ['entre', 'desiste'],
  entre: ['abandon', 'termine'],
  non_retenu: [],
  desiste: [],
  abandon: [],
  termine: [],
};
/** Holding a place of the action: retained (until entry) or entered (until the end). */
export const STATUTS_OCCUPANT_UNE_PLACE: readonly StatutPositionnement[] = ['retenu', 'entre', 'abandon', 'termine'];

export const MOTIFS_NON_RETENU_FORMATION = ['prerequis', 'projet', 'tests', 'absence', 'places', 'autre'] as const;
export type MotifNonRetenuFormation = (typeof MOTIFS_NON_RETENU_FORMATION)[number];
export const MOTIF_NON_RETENU_FORMATION_LIBELLES: Record<MotifNonRetenuFormation, string> = {
  prerequis: 'Pré-requis non remplis',
  projet: 'Projet professionnel pas encore validé',
  tests: 'Tests de sélection non réussis',
  absence: 'Absent(e) à l’information collective ou à l’entretien',
  places: 'Plus de place',
  autre: 'Autre (préciser)',
};

/** A commission's decision on a candidacy it examined; "ajourne" leaves it in commission. */
export const DECISIONS_COMMISSION = ['retenu', 'non_retenu', 'ajourne'] as const;
export type DecisionCommission = (typeof DECISIONS_COMMISSION)[number];
export const DECISION_COMMISSION_LIBELLES: Record<DecisionCommission, string> = {
  retenu: 'Retenu',
  non_retenu: 'Non retenu',
  ajourne: 'Ajourné (revu à une prochaine commission)',
};

export const TYPES_BILAN_ACTION = ['intermediaire', 'final'] as const;
export type TypeBilanAction = (typeof TYPES_BILAN_ACTION)[number];
export const TYPE_BILAN_ACTION_LIBELLES: Record<TypeBilanAction, string> = {
  intermediaire: 'Bilan intermédiaire',
  final: 'Bilan final',
};

/** Why a validated training need found no answer (seeds: "besoins non satisfaits"). */
export const RAISONS_BESOIN = ['aucune_action', 'prerequis', 'places', 'dates', 'mobilite', 'autre'] as const;
export type RaisonBesoin = (typeof RAISONS_BESOIN)[number];
export const RAISON_BESOIN_LIBELLES: Record<RaisonBesoin, string> = {
  aucune_action: 'Aucune action sur le territoire',
  prerequis: 'Pré-requis non remplis',
  places: 'Plus de place',
  dates: 'Dates inadaptées',
  mobilite: 'Mobilité (trop loin, pas de transport)',
  autre: 'Autre',
};
