/**
 * Referentials: codes and their French labels, written once here and read by the main process
 * (default values, validation) and the renderer (labels).
 *
 * Two kinds:
 * - fixed enumerations, tied to rules in code (statuses, site types): edited only by a release;
 * - editable referentials (accueil purposes, answers, channels): seeded with the values below at
 *   installation, then edited by an administrator. A `systeme` value carries a rule (e.g. the
 *   answer "orientation" asks for a partner) and can be relabelled or reordered, not removed.
 */

export const SEXES = ['F', 'M'] as const;
export const SEXE_LIBELLES: Record<(typeof SEXES)[number], string> = { F: 'Femme', M: 'Homme' };

export const TYPES_SITE = ['siege', 'antenne', 'permanence'] as const;
export type TypeSite = (typeof TYPES_SITE)[number];
export const TYPE_SITE_LIBELLES: Record<TypeSite, string> = {
  siege: 'Siège',
  antenne: 'Antenne',
  permanence: 'Permanence',
};

export const STATUTS_RDV = ['prevu', 'honore', 'absent', 'annule'] as const;
export type StatutRdv = (typeof STATUTS_RDV)[number];
export const STATUT_RDV_LIBELLES: Record<StatutRdv, string> = {
  prevu: 'Prévu',
  honore: 'Honoré',
  absent: 'Absent',
  annule: 'Annulé',
};

export const STATUTS_PASSAGE = ['en_attente', 'pris_en_charge', 'parti'] as const;
export type StatutPassage = (typeof STATUTS_PASSAGE)[number];
export const STATUT_PASSAGE_LIBELLES: Record<StatutPassage, string> = {
  en_attente: 'En attente',
  pris_en_charge: 'Pris en charge',
  parti: 'Parti',
};

/** Sensitive mentions on a jeune (DOMAIN.md): visible only to the référent and direction. */
export const NATURES_MENTION = ['sante', 'justice'] as const;
export type NatureMention = (typeof NATURES_MENTION)[number];
export const NATURE_MENTION_LIBELLES: Record<NatureMention, string> = { sante: 'Santé', justice: 'Justice' };

export const REFERENTIELS_EDITABLES = ['canal_accueil', 'motif_accueil', 'reponse_accueil'] as const;
export type ReferentielEditable = (typeof REFERENTIELS_EDITABLES)[number];
export const REFERENTIEL_LIBELLES: Record<ReferentielEditable, string> = {
  canal_accueil: "Canaux d'accueil",
  motif_accueil: "Motifs d'accueil",
  reponse_accueil: 'Réponses apportées',
};

/** Codes that rules depend on. */
export const CANAL_PHYSIQUE = 'physique';
export const REPONSE_ORIENTATION = 'orientation_partenaire';
export const REPONSE_RDV = 'rdv_conseiller';

export interface ValeurParDefaut {
  code: string;
  libelle: string;
  systeme?: boolean;
}

export const VALEURS_PAR_DEFAUT: Record<ReferentielEditable, readonly ValeurParDefaut[]> = {
  canal_accueil: [
    { code: CANAL_PHYSIQUE, libelle: 'Physique', systeme: true },
    { code: 'telephone', libelle: 'Téléphone' },
    { code: 'numerique', libelle: 'Numérique (mail, site, réseaux)' },
  ],
  motif_accueil: [
    { code: 'emploi', libelle: 'Emploi' },
    { code: 'formation', libelle: 'Formation' },
    { code: 'alternance', libelle: 'Alternance' },
    { code: 'logement', libelle: 'Logement' },
    { code: 'sante', libelle: 'Santé' },
    { code: 'mobilite', libelle: 'Mobilité' },
    { code: 'ressources', libelle: 'Ressources, aides financières' },
    { code: 'citoyennete', libelle: 'Citoyenneté, loisirs' },
    { code: 'information', libelle: 'Information' },
    { code: 'rdv', libelle: 'Venue pour un rendez-vous' },
  ],
  reponse_accueil: [
    { code: 'information', libelle: 'Information donnée', systeme: true },
    { code: REPONSE_ORIENTATION, libelle: 'Orientation vers un partenaire', systeme: true },
    { code: REPONSE_RDV, libelle: 'Rendez-vous avec un conseiller', systeme: true },
    { code: 'recu_conseiller', libelle: 'Reçu(e) par un conseiller' },
  ],
};

/** Age rule at premier accueil (DOMAIN.md): outside 16-25 warns, RQTH extends to 29. */
export const AGE_MIN = 16;
export const AGE_MAX = 25;
export const AGE_MAX_RQTH = 29;
