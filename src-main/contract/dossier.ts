import { z } from 'zod';
import { methode, type Role } from './core';
import { dateLocale, id, instant, texteOptionnel } from './champs';
import { jeuneResumeSchema, jeuneSaisieSchema } from './accueil';
import { LOGEMENTS, NIVEAUX, RESSOURCES, SITUATIONS_PREMIER_ACCUEIL, THEMES } from './referentielsParcours';

/**
 * Who works the jeune's path: reads the timeline, records events and situations. The accueil
 * keeps the desk's view of the file (identity, accueils, appointments); the administrateur
 * manages the tool, not the files.
 */
export const ACCOMPAGNENT: readonly Role[] = [
  'conseiller',
  'referent_formation',
  'charge_relation_entreprises',
  'direction',
];
/** Who holds the contractualised path: diagnostics, parcours, séquences, exits. */
export const SUIVENT_LES_PARCOURS: readonly Role[] = ['conseiller', 'direction'];
/** Who may correct a file's identity and situation: everyone who meets jeunes. */
export const MODIFIENT_LES_DOSSIERS: readonly Role[] = ['accueil', ...ACCOMPAGNENT];

function choix<T extends string>(valeurs: readonly [T, ...T[]], libelle: string) {
  return z
    .enum(valeurs, { error: `${libelle} : choisissez une valeur de la liste.` })
    .nullable()
    .default(null);
}

/**
 * The whole file of DOMAIN.md's Jeune, grouped the way a conseiller thinks: identité and
 * coordonnées (the desk's fields), situation, freins (logement, mobilité, ressources), droits.
 */
export const profilSaisieSchema = jeuneSaisieSchema.extend({
  adresse: texteOptionnel('Adresse', 200),
  /** Residence in a QPV known from the address; null: read from the commune. */
  qpv: z.boolean().nullable().default(null),
  niveau: choix(NIVEAUX, 'Niveau de formation'),
  diplome: texteOptionnel('Diplôme le plus élevé', 160),
  situationPremierAccueil: choix(SITUATIONS_PREMIER_ACCUEIL, 'Situation au premier accueil'),
  logement: choix(LOGEMENTS, 'Logement'),
  ressources: choix(RESSOURCES, 'Ressources'),
  permisB: z.boolean().default(false),
  vehicule: z.boolean().default(false),
  inscritFranceTravail: z.boolean().default(false),
  identifiantFranceTravail: texteOptionnel('Identifiant France Travail', 20),
  ase: z.boolean().default(false),
  rsa: z.boolean().default(false),
  informationDonneesLe: dateLocale.nullable().default(null),
  consentementTransmissionLe: dateLocale.nullable().default(null),
});
export type ProfilSaisie = z.input<typeof profilSaisieSchema>;

/** Kinds of lines of the timeline. */
export const GENRES_CHRONOLOGIE = [
  'accueil',
  'rendez_vous',
  'evenement',
  'diagnostic',
  'parcours',
  'sequence',
  'sortie',
  'situation',
  'orientation',
  'mise_en_relation',
  'positionnement',
  'besoin_formation',
] as const;
export type GenreChronologie = (typeof GENRES_CHRONOLOGIE)[number];
export const GENRE_CHRONOLOGIE_LIBELLES: Record<GenreChronologie, string> = {
  accueil: 'Accueils',
  rendez_vous: 'Rendez-vous',
  evenement: 'Événements',
  diagnostic: 'Diagnostics',
  parcours: 'Parcours',
  sequence: 'Séquences',
  sortie: 'Sorties',
  situation: 'Situations',
  orientation: 'Orientations',
  mise_en_relation: 'Mises en relation',
  positionnement: 'Positionnements en formation',
  besoin_formation: 'Besoins de formation non satisfaits',
};

/** The record a timeline line opens. */
export const CIBLES_CHRONOLOGIE = [
  'accueil',
  'rendez_vous',
  'evenement',
  'diagnostic',
  'parcours',
  'situation',
  'atelier',
  'orientation',
  'mise_en_relation',
  'positionnement',
  'besoin_formation',
] as const;

export const entreeChronologieSchema = z.object({
  genre: z.enum(GENRES_CHRONOLOGIE),
  /** Unique in the timeline: `${genre}-${id}` (a parcours yields several lines). */
  cle: z.string(),
  date: z.string(),
  heure: z.string().nullable(),
  titre: z.string(),
  detail: z.string().nullable(),
  themes: z.array(z.enum(THEMES)),
  auteurNom: z.string().nullable(),
  cible: z.object({ type: z.enum(CIBLES_CHRONOLOGIE), id }),
});
export type EntreeChronologie = z.infer<typeof entreeChronologieSchema>;

/** Fields chosen one by one when merging two files (the rest moves as a whole). */
export const CHAMPS_FUSION = [
  'nomNaissance',
  'nomUsage',
  'prenoms',
  'dateNaissance',
  'sexe',
  'telephone',
  'email',
  'adresse',
  'communeInsee',
  'qpv',
  'niveau',
  'diplome',
  'situationPremierAccueil',
  'logement',
  'ressources',
  'permisB',
  'vehicule',
  'inscritFranceTravail',
  'identifiantFranceTravail',
  'rqth',
  'ase',
  'rsa',
  'informationDonneesLe',
  'consentementTransmissionLe',
  'conseillerReferentId',
] as const;
export type ChampFusion = (typeof CHAMPS_FUSION)[number];

const valeurChamp = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const dossierContract = {
  'jeunes.modifier': methode({
    resume: 'Enregistre la fiche complète du jeune (identité, coordonnées, situation, droits).',
    roles: MODIFIENT_LES_DOSSIERS,
    mode: 'ecriture',
    dossier: 'modification',
    input: profilSaisieSchema.extend({
      id,
      /** The `modifieLe` read with the file: refused (nothing written) if someone saved since. */
      modifieLeLu: instant,
    }),
    output: z.object({ id, modifieLe: instant, avertissements: z.array(z.string()) }),
  }),
  'jeunes.chronologie': methode({
    resume:
      'Tout le parcours du jeune sur une seule ligne du temps : accueils, rendez-vous, événements, diagnostics, parcours, séquences, situations, orientations, sorties.',
    roles: ACCOMPAGNENT,
    mode: 'lecture',
    dossier: 'lecture',
    input: z.object({
      jeuneId: id,
      genres: z.array(z.enum(GENRES_CHRONOLOGIE)).optional(),
      theme: z.enum(THEMES).optional(),
    }),
    /** Most recent first. */
    output: z.object({ entrees: z.array(entreeChronologieSchema) }),
  }),
  'jeunes.apercuFusion': methode({
    resume:
      'Compare deux dossiers de la même personne avant de les fusionner : valeurs champ par champ, enregistrements de chacun.',
    roles: SUIVENT_LES_PARCOURS.concat('administrateur'),
    mode: 'lecture',
    dossier: 'lecture',
    input: z.object({ conserveId: id, absorbeId: id }),
    output: z.object({
      conserve: jeuneResumeSchema,
      absorbe: jeuneResumeSchema,
      champs: z.array(
        z.object({
          champ: z.enum(CHAMPS_FUSION),
          conserve: valeurChamp,
          absorbe: valeurChamp,
          /** The two values as a person reads them (labels, dates JJ/MM/AAAA, names). */
          conserveLibelle: z.string(),
          absorbeLibelle: z.string(),
        }),
      ),
      /** Records each file holds, by kind (accueils, rendez-vous, événements...). */
      enregistrements: z.array(z.object({ genre: z.string(), conserve: z.number(), absorbe: z.number() })),
    }),
  }),
  'jeunes.fusionner': methode({
    resume:
      "Fusionne deux dossiers de la même personne : valeurs choisies champ par champ, tout l'historique rattaché au dossier conservé.",
    roles: SUIVENT_LES_PARCOURS.concat('administrateur'),
    mode: 'ecriture',
    dossier: 'modification',
    input: z
      .object({
        conserveId: id,
        absorbeId: id,
        /** For each field, whose value survives; a field not named keeps the surviving file's. */
        valeursDe: z.partialRecord(z.enum(CHAMPS_FUSION), z.enum(['conserve', 'absorbe'])).default({}),
      })
      .refine((f) => f.conserveId !== f.absorbeId, {
        error: 'Fusion : choisissez deux dossiers différents.',
        path: ['absorbeId'],
      }),
    output: z.object({ id, enregistrementsDeplaces: z.number() }),
  }),
} as const;
