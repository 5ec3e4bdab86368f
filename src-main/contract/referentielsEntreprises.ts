/**
 * Referentials of the employer portfolio (issue 6; DOMAIN.md "Entreprise"; the seeds' "P3
 * Entreprise"). Codes are stable: stored in the base and in exports; labels are French.
 */

export const STATUTS_ENTREPRISE = ['prospect', 'partenaire', 'inactif'] as const;
export type StatutEntreprise = (typeof STATUTS_ENTREPRISE)[number];
export const STATUT_ENTREPRISE_LIBELLES: Record<StatutEntreprise, string> = {
  prospect: 'Prospect',
  partenaire: 'Partenaire',
  inactif: 'Inactive',
};

/**
 * Size bands, grouped from INSEE's "tranche d'effectif salarié" into the bands an ML uses to
 * talk about its employers (TPE, PME, ETI and large firms).
 */
export const TRANCHES_EFFECTIF = ['0', '1_9', '10_49', '50_249', '250_plus'] as const;
export type TrancheEffectif = (typeof TRANCHES_EFFECTIF)[number];
export const TRANCHE_EFFECTIF_LIBELLES: Record<TrancheEffectif, string> = {
  '0': 'Sans salarié',
  '1_9': '1 à 9 salariés',
  '10_49': '10 à 49 salariés',
  '50_249': '50 à 249 salariés',
  '250_plus': '250 salariés et plus',
};

/** Where the relation came from (seeds: recruitment, follow-up of trainees, forums…). */
export const ORIGINES_ENTREPRISE = [
  'forum',
  'recrutement',
  'suivi_jeune',
  'prospection',
  'demarche_jeune',
  'partenaire',
  'reseau',
  'autre',
] as const;
export type OrigineEntreprise = (typeof ORIGINES_ENTREPRISE)[number];
export const ORIGINE_ENTREPRISE_LIBELLES: Record<OrigineEntreprise, string> = {
  forum: 'Forum, salon, job dating',
  recrutement: 'Recrutement (offre reçue)',
  suivi_jeune: "Suivi d'un jeune (stage, immersion, contrat)",
  prospection: 'Prospection de la Mission Locale',
  demarche_jeune: "Démarche d'un jeune",
  partenaire: 'Signalée par un partenaire',
  reseau: 'Réseau (club, fédération, chambre consulaire)',
  autre: 'Autre',
};

/**
 * Sections of the NAF rév. 2 (the "secteur" of a firm), each with the divisions (the first two
 * digits of the NAF code) it covers.
 */
export const SECTIONS_NAF = [
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
  'O',
  'P',
  'Q',
  'R',
  'S',
  'T',
  'U',
] as const;
export type SectionNaf = (typeof SECTIONS_NAF)[number];
export const SECTION_NAF: Record<SectionNaf, { libelle: string; divisions: readonly [number, number] }> = {
  A: { libelle: 'Agriculture, sylviculture et pêche', divisions: [1, 3] },
  B: { libelle: 'Industries extractives', divisions: [5, 9] },
  C: { libelle: 'Industrie manufacturière', divisions: [10, 33] },
  D: { libelle: 'Électricité, gaz, vapeur et air conditionné', divisions: [35, 35] },
  E: { libelle: 'Eau, assainissement, déchets et dépollution', divisions: [36, 39] },
  F: { libelle: 'Construction', divisions: [41, 43] },
  G: { libelle: "Commerce, réparation d'automobiles et de motocycles", divisions: [45, 47] },
  H: { libelle: 'Transports et entreposage', divisions: [49, 53] },
  I: { libelle: 'Hébergement et restauration', divisions: [55, 56] },
  J: { libelle: 'Information et communication', divisions: [58, 63] },
  K: { libelle: "Activités financières et d'assurance", divisions: [64, 66] },
  L: { libelle: 'Activités immobilières', divisions: [68, 68] },
  M: { libelle: 'Activités spécialisées, scientifiques et techniques', divisions: [69, 75] },
  N: { libelle: 'Services administratifs et de soutien', divisions: [77, 82] },
  O: { libelle: 'Administration publique', divisions: [84, 84] },
  P: { libelle: 'Enseignement', divisions: [85, 85] },
  Q: { libelle: 'Santé humaine et action sociale', divisions: [86, 88] },
  R: { libelle: 'Arts, spectacles et activités récréatives', divisions: [90, 93] },
  S: { libelle: 'Autres activités de services', divisions: [94, 96] },
  T: { libelle: 'Activités des ménages en tant qu’employeurs', divisions: [97, 98] },
  U: { libelle: 'Activités extra-territoriales', divisions: [99, 99] },
};

/** NAF rév. 2 code as INSEE writes it: two digits, a dot, two digits, a letter ("56.10A"). */
export const CODE_NAF_RE = /^\d{2}\.\d{2}[A-Z]$/;

/** The section of a NAF code ("56.10A" → "I"), or null for a division no section covers. */
export function sectionDuNaf(naf: string): SectionNaf | null {
  const division = Number(naf.slice(0, 2));
  return (
    SECTIONS_NAF.find((s) => division >= SECTION_NAF[s].divisions[0] && division <= SECTION_NAF[s].divisions[1]) ?? null
  );
}

/** What the ML did for an employer (DOMAIN.md "acte de service"; seeds' P3 Entreprise). */
export const TYPES_ACTE = [
  'contact_telephone',
  'visite',
  'courriel',
  'presentation_aides',
  'immersion',
  'offre',
  'mise_en_relation',
  'suivi_emploi',
  'mediation',
  'forum',
  'information_rse',
] as const;
export type TypeActe = (typeof TYPES_ACTE)[number];
export const TYPE_ACTE_LIBELLES: Record<TypeActe, string> = {
  contact_telephone: 'Contact téléphonique',
  visite: 'Visite en entreprise',
  courriel: 'Courrier ou courriel',
  presentation_aides: "Présentation des aides à l'embauche",
  immersion: "Mise en place d'une immersion (PMSMP)",
  offre: 'Offre enregistrée',
  mise_en_relation: 'Mise en relation',
  suivi_emploi: "Suivi dans l'emploi",
  mediation: 'Médiation',
  forum: 'Forum, salon, job dating',
  information_rse: 'Information sur la RSE',
};
/** Acts written by the offer and match screens themselves; typed by hand only by exception. */
export const ACTES_AUTOMATIQUES: readonly TypeActe[] = ['offre', 'mise_en_relation'];

export const TYPES_CONTRAT_OFFRE = [
  'cdi',
  'cdd',
  'interim',
  'apprentissage',
  'professionnalisation',
  'contrat_aide',
  'iae',
  'pmsmp',
  'stage',
] as const;
export type TypeContratOffre = (typeof TYPES_CONTRAT_OFFRE)[number];
export const TYPE_CONTRAT_OFFRE_LIBELLES: Record<TypeContratOffre, string> = {
  cdi: 'CDI',
  cdd: 'CDD',
  interim: 'Intérim',
  apprentissage: "Contrat d'apprentissage",
  professionnalisation: 'Contrat de professionnalisation',
  contrat_aide: 'Contrat aidé (PEC…)',
  iae: 'Insertion par l’activité économique (IAE)',
  pmsmp: 'Immersion (PMSMP)',
  stage: 'Stage',
};
/**
 * The situation a retained jeune enters, by the offer's contract (the subtype codes are those of
 * SOUS_TYPES_SITUATION).
 */
export const SITUATION_DU_CONTRAT: Record<
  TypeContratOffre,
  { type: 'emploi' | 'alternance' | 'immersion'; sousType: string }
> = {
  cdi: { type: 'emploi', sousType: 'cdi' },
  cdd: { type: 'emploi', sousType: 'cdd' },
  interim: { type: 'emploi', sousType: 'interim' },
  contrat_aide: { type: 'emploi', sousType: 'contrat_aide' },
  iae: { type: 'emploi', sousType: 'iae' },
  apprentissage: { type: 'alternance', sousType: 'apprentissage' },
  professionnalisation: { type: 'alternance', sousType: 'professionnalisation' },
  pmsmp: { type: 'immersion', sousType: 'pmsmp' },
  stage: { type: 'immersion', sousType: 'stage' },
};

/** "expiree" is never typed: an open offer past its deadline reads as expired (docs/entreprises.md). */
export const STATUTS_OFFRE = ['ouverte', 'pourvue', 'annulee', 'expiree'] as const;
export type StatutOffre = (typeof STATUTS_OFFRE)[number];
export const STATUTS_OFFRE_SAISIS = ['ouverte', 'pourvue', 'annulee'] as const;
export const STATUT_OFFRE_LIBELLES: Record<StatutOffre, string> = {
  ouverte: 'Ouverte',
  pourvue: 'Pourvue',
  annulee: 'Annulée',
  expiree: 'Expirée',
};

export const ISSUES_MISE_EN_RELATION = ['en_attente', 'retenu', 'non_retenu', 'desistement'] as const;
export type IssueMiseEnRelation = (typeof ISSUES_MISE_EN_RELATION)[number];
export const ISSUE_MISE_EN_RELATION_LIBELLES: Record<IssueMiseEnRelation, string> = {
  en_attente: 'En attente',
  retenu: 'Retenu',
  non_retenu: 'Non retenu',
  desistement: 'Désistement',
};

export const MOTIFS_NON_RETENU = [
  'profil',
  'experience',
  'savoir_etre',
  'absence_entretien',
  'mobilite',
  'autre_candidat',
  'offre_retiree',
  'autre',
] as const;
export type MotifNonRetenu = (typeof MOTIFS_NON_RETENU)[number];
export const MOTIF_NON_RETENU_LIBELLES: Record<MotifNonRetenu, string> = {
  profil: 'Profil ne correspondant pas au poste',
  experience: 'Expérience ou qualification insuffisante',
  savoir_etre: 'Savoir-être',
  absence_entretien: "Absent(e) à l'entretien",
  mobilite: 'Mobilité (transport, permis, horaires)',
  autre_candidat: 'Un autre candidat a été retenu',
  offre_retiree: "Offre retirée par l'employeur",
  autre: 'Autre (préciser)',
};

/** ROME v4 code of a job ("G1602"). */
export const CODE_ROME_RE = /^[A-N]\d{4}$/;
