import { z } from 'zod';
import { orientationResumeSchema, orientationSaisieSchema } from './orientation';
import { methode } from './core';
import { codeReferentiel, dateLocale, id, texte, texteOptionnel } from './champs';
import { ACCOMPAGNENT, SUIVENT_LES_PARCOURS } from './dossier';
import { CONCLUSIONS_DIAGNOSTIC, DIMENSIONS, MOTIFS_SORTIE, TYPES_SEQUENCE } from './referentielsParcours';

export const typeParcoursSchema = z.object({
  code: z.string(),
  libelle: z.string(),
  dureeMaxMois: z.number(),
  heuresHebdoMin: z.number().nullable(),
  heuresHebdoMax: z.number().nullable(),
  historique: z.boolean(),
  actif: z.boolean(),
  ordre: z.number(),
});
export type TypeParcours = z.infer<typeof typeParcoursSchema>;

const texteLong = (libelle: string) => texteOptionnel(libelle, 4000);

export const dimensionSaisieSchema = z.object({
  dimension: z.enum(DIMENSIONS, { error: 'Dimension du diagnostic inconnue.' }),
  situation: texteLong('Situation'),
  frein: z.boolean().default(false),
  freins: texteLong('Freins'),
  note: texteLong('Note'),
});
export type DimensionSaisie = z.input<typeof dimensionSaisieSchema>;

export const conclusionSaisieSchema = z
  .object({
    conclusion: z.enum(CONCLUSIONS_DIAGNOSTIC, {
      error: 'Conclusion : choisissez parcours, orientation ou réponse ponctuelle.',
    }),
    date: dateLocale,
    typeParcoursPropose: codeReferentiel.nullable().default(null),
    /** For « orientation »: the partner (or service), the reason, whether the diagnostic is transmitted. */
    orientation: orientationSaisieSchema.nullable().default(null),
    note: texteLong('Conclusion'),
  })
  .refine((c) => c.conclusion !== 'parcours' || c.typeParcoursPropose !== null, {
    error: 'Conclusion « parcours » : choisissez le type de parcours proposé.',
    path: ['typeParcoursPropose'],
  })
  .refine((c) => c.conclusion !== 'orientation' || c.orientation !== null, {
    error: 'Conclusion « orientation » : choisissez le partenaire dans l’annuaire et le motif.',
    path: ['orientation'],
  });

export const diagnosticSchema = z.object({
  id,
  jeuneId: id,
  conseillerId: id,
  conseillerNom: z.string(),
  debut: z.string(),
  /** Dates of the interviews, oldest first. */
  entretiens: z.array(z.string()),
  dimensions: z.array(
    z.object({
      dimension: z.enum(DIMENSIONS),
      situation: z.string().nullable(),
      frein: z.boolean(),
      freins: z.string().nullable(),
      note: z.string().nullable(),
    }),
  ),
  conclusion: z.enum(CONCLUSIONS_DIAGNOSTIC).nullable(),
  conclusionLe: z.string().nullable(),
  typeParcoursPropose: z.string().nullable(),
  /** The orientation the conclusion made, if any. */
  orientation: orientationResumeSchema.nullable(),
  conclusionNote: z.string().nullable(),
});
export type Diagnostic = z.infer<typeof diagnosticSchema>;

export const sequenceSaisieSchema = z.object({
  type: z.enum(TYPES_SEQUENCE, { error: 'Séquence : choisissez un type de la liste.' }),
  debut: dateLocale,
  fin: dateLocale.nullable().default(null),
});
export type SequenceSaisie = z.input<typeof sequenceSaisieSchema>;

const parcoursSaisie = z.object({
  typeCode: codeReferentiel,
  /** Null until signed: the contract then shows as "à signer". */
  signatureDate: dateLocale.nullable().default(null),
  debut: dateLocale,
  finPrevue: dateLocale,
  referentId: id,
  objectifs: texteLong('Objectifs'),
  /** In order; replaces the séquences held (a séquence keeps its row when its position is kept). */
  sequences: z.array(sequenceSaisieSchema).max(20).default([]),
  diagnosticId: id.nullable().default(null),
});
export type ParcoursSaisie = z.input<typeof parcoursSaisie>;

export const parcoursSchema = z.object({
  id,
  jeuneId: id,
  typeCode: z.string(),
  typeLibelle: z.string(),
  signatureDate: z.string().nullable(),
  debut: z.string(),
  finPrevue: z.string(),
  finReelle: z.string().nullable(),
  referentId: id,
  referentNom: z.string(),
  objectifs: z.string().nullable(),
  motifSortie: z.enum(MOTIFS_SORTIE).nullable(),
  sortieCommentaire: z.string().nullable(),
  diagnosticId: z.number().nullable(),
  sequences: z.array(
    z.object({ id, ordre: z.number(), type: z.enum(TYPES_SEQUENCE), debut: z.string(), fin: z.string().nullable() }),
  ),
  /** For types with an hours target (CEJ): the weekly hours declared per month, oldest first. */
  heures: z.array(z.object({ mois: z.string(), heuresHebdo: z.number() })),
  /** What the rules warn about today (duration beyond the maximum, orientation séquence...). */
  avertissements: z.array(z.string()),
});
export type Parcours = z.infer<typeof parcoursSchema>;

const resultatAvecAvertissements = z.object({ id, avertissements: z.array(z.string()) });

export const parcoursContract = {
  'typesParcours.lister': methode({
    resume: 'Les types de parcours contractualisés (en vigueur et historiques) et leur durée maximale.',
    roles: 'tous',
    mode: 'lecture',
    input: z.object({}).default({}),
    output: z.array(typeParcoursSchema),
  }),
  'typesParcours.enregistrer': methode({
    resume:
      "Ajoute un type de parcours ou en change le libellé, la durée maximale, les heures attendues ou l'activité.",
    roles: ['administrateur'],
    mode: 'ecriture',
    input: z
      .object({
        code: z
          .string()
          .trim()
          .regex(/^[a-z][a-z0-9_]{1,39}$/, { error: 'Code : lettres minuscules, chiffres et _ (ex. pacea).' }),
        libelle: texte('Libellé', 120),
        dureeMaxMois: z
          .number({ error: 'Durée maximale : un nombre de mois.' })
          .int()
          .min(1, { error: 'Durée maximale : 1 mois au moins.' })
          .max(120, { error: 'Durée maximale : 120 mois au plus.' }),
        heuresHebdoMin: z.number().min(0).max(60).nullable().default(null),
        heuresHebdoMax: z.number().min(0).max(60).nullable().default(null),
        historique: z.boolean().default(false),
        actif: z.boolean().default(true),
        ordre: z.number().int().default(0),
      })
      .refine((t) => (t.heuresHebdoMin === null) === (t.heuresHebdoMax === null), {
        error: 'Heures attendues : renseignez le minimum et le maximum, ou aucun des deux.',
        path: ['heuresHebdoMax'],
      })
      .refine((t) => t.heuresHebdoMin === null || t.heuresHebdoMax === null || t.heuresHebdoMin <= t.heuresHebdoMax, {
        error: 'Heures attendues : le minimum dépasse le maximum.',
        path: ['heuresHebdoMax'],
      }),
    output: z.object({ code: z.string() }),
  }),
  'diagnostics.duJeune': methode({
    resume: 'Les diagnostics du jeune, et ce que le dossier sait déjà pour pré-remplir un nouveau diagnostic.',
    roles: ACCOMPAGNENT,
    mode: 'lecture',
    dossier: 'lecture',
    input: z.object({ jeuneId: id }),
    output: z.object({
      /** Most recent first. */
      diagnostics: z.array(diagnosticSchema),
      /** One line per dimension, from the file (niveau, logement, mobilité, ressources, situation...). */
      preRemplissage: z.array(dimensionSaisieSchema.extend({ situation: z.string().nullable() })),
    }),
  }),
  'diagnostics.enregistrer': methode({
    resume:
      "Enregistre un entretien de diagnostic (nouveau, ou suite d'un diagnostic en cours) et, le cas échéant, sa conclusion.",
    roles: SUIVENT_LES_PARCOURS,
    mode: 'ecriture',
    dossier: 'modification',
    input: z.object({
      jeuneId: id,
      /** Null: a new diagnostic; otherwise the one this interview continues. */
      diagnosticId: id.nullable().default(null),
      /** Date of this interview (today by default). */
      date: dateLocale.optional(),
      dimensions: z.array(dimensionSaisieSchema).max(DIMENSIONS.length),
      conclusion: conclusionSaisieSchema.nullable().default(null),
    }),
    output: resultatAvecAvertissements,
  }),
  'parcours.duJeune': methode({
    resume: 'Les parcours contractualisés du jeune, leurs séquences, heures déclarées et sorties.',
    roles: ACCOMPAGNENT,
    mode: 'lecture',
    dossier: 'lecture',
    input: z.object({ jeuneId: id }),
    /** Most recent first. */
    output: z.array(parcoursSchema),
  }),
  'parcours.ouvrir': methode({
    resume: 'Ouvre un parcours contractualisé : type, signature, début, fin prévue, référent, objectifs, séquences.',
    roles: SUIVENT_LES_PARCOURS,
    mode: 'ecriture',
    dossier: 'modification',
    input: parcoursSaisie.extend({ jeuneId: id }),
    output: resultatAvecAvertissements,
  }),
  'parcours.modifier': methode({
    resume: 'Modifie un parcours : signature, dates, référent, objectifs, séquences.',
    roles: SUIVENT_LES_PARCOURS,
    mode: 'ecriture',
    dossier: 'modification',
    input: parcoursSaisie.extend({ id }),
    output: resultatAvecAvertissements,
  }),
  'parcours.sortir': methode({
    resume: 'Enregistre la sortie du parcours : date et motif (la séquence en cours se termine ce jour-là).',
    roles: SUIVENT_LES_PARCOURS,
    mode: 'ecriture',
    dossier: 'modification',
    input: z.object({
      id,
      date: dateLocale,
      motif: z.enum(MOTIFS_SORTIE, { error: 'Motif de sortie inconnu : choisissez un motif de la liste.' }),
      commentaire: texteLong('Commentaire'),
    }),
    output: resultatAvecAvertissements,
  }),
  'parcours.annulerSortie': methode({
    resume: 'Annule une sortie saisie par erreur : le parcours redevient ouvert.',
    roles: SUIVENT_LES_PARCOURS,
    mode: 'ecriture',
    dossier: 'modification',
    input: z.object({ id }),
    output: resultatAvecAvertissements,
  }),
  'parcours.declarerHeures': methode({
    resume: "CEJ : enregistre les heures d'activité hebdomadaires déclarées pour un mois (objectif 15 à 20 h).",
    roles: SUIVENT_LES_PARCOURS,
    mode: 'ecriture',
    dossier: 'modification',
    input: z.object({
      parcoursId: id,
      mois: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'Mois : au format MM/AAAA.' }),
      heuresHebdo: z
        .number({ error: 'Heures hebdomadaires : un nombre.' })
        .min(0, { error: 'Heures hebdomadaires : 0 au moins.' })
        .max(60, { error: 'Heures hebdomadaires : 60 au plus.' }),
    }),
    output: resultatAvecAvertissements,
  }),
  'parcours.contrat': methode({
    resume:
      "Le contrat d'engagement à imprimer et signer (PDF) : la structure, le jeune, les objectifs et les séquences.",
    roles: SUIVENT_LES_PARCOURS,
    mode: 'lecture',
    dossier: 'export',
    input: z.object({ id }),
    output: z.object({ nomFichier: z.string(), pdfBase64: z.string() }),
  }),
} as const;
