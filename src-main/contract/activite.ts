import { z } from 'zod';
import { methode } from './core';
import { dateLocale, heureLocale, id, texte, texteOptionnel } from './champs';
import { ACCOMPAGNENT } from './dossier';
import {
  MODALITES,
  NATURES_PROPOSITION,
  RESULTATS_PROPOSITION,
  THEMES,
  TYPES_ATELIER,
  TYPES_EVENEMENT,
  TYPES_SITUATION,
} from './referentielsParcours';

const themes = z
  .array(z.enum(THEMES, { error: 'Thème inconnu : choisissez dans la liste.' }))
  .max(THEMES.length)
  .default([]);

export const propositionSchema = z.object({
  nature: z.enum(NATURES_PROPOSITION, { error: 'Proposition : choisissez offre, formation ou immersion.' }),
  intitule: texte('Intitulé de la proposition', 200),
  resultat: z.enum(RESULTATS_PROPOSITION).default('en_attente'),
});

const evenementSaisie = z
  .object({
    /** Today (Europe/Paris) when omitted. */
    date: dateLocale.optional(),
    type: z.enum(TYPES_EVENEMENT, { error: "Type d'événement : choisissez dans la liste." }),
    modalite: z.enum(MODALITES).default('presentiel'),
    themes,
    dureeMinutes: z
      .number({ error: 'Durée : un nombre de minutes.' })
      .int()
      .min(1, { error: 'Durée : 1 minute au moins.' })
      .max(600, { error: 'Durée : 600 minutes au plus.' })
      .nullable()
      .default(null),
    note: texteOptionnel('Note', 8000),
    /** Required for a "proposition"; any event may carry one (an offer handed during an interview). */
    proposition: propositionSchema.nullable().default(null),
  })
  .refine((e) => e.type !== 'proposition' || e.proposition !== null, {
    error: 'Proposition : indiquez ce qui est proposé (offre, formation ou immersion) et son intitulé.',
    path: ['proposition'],
  });
export type EvenementSaisie = z.input<typeof evenementSaisie>;

export const evenementJeuneSchema = z.object({
  id,
  jeuneId: id,
  date: z.string(),
  type: z.enum(TYPES_EVENEMENT),
  modalite: z.enum(MODALITES),
  themes: z.array(z.enum(THEMES)),
  dureeMinutes: z.number().nullable(),
  note: z.string().nullable(),
  auteurId: id,
  auteurNom: z.string(),
  proposition: z
    .object({ nature: z.enum(NATURES_PROPOSITION), intitule: z.string(), resultat: z.enum(RESULTATS_PROPOSITION) })
    .nullable(),
  atelierId: z.number().nullable(),
});
export type EvenementJeune = z.infer<typeof evenementJeuneSchema>;

const atelierSaisie = z.object({
  type: z.enum(TYPES_ATELIER, { error: "Type d'atelier : choisissez dans la liste." }),
  intitule: texte('Intitulé', 160),
  date: dateLocale,
  heure: heureLocale,
  dureeMinutes: z
    .number({ error: 'Durée : un nombre de minutes.' })
    .int()
    .min(15, { error: 'Durée : 15 minutes au moins.' })
    .max(600, { error: 'Durée : 600 minutes au plus.' }),
  siteId: id,
  animateurId: id,
  capacite: z
    .number({ error: 'Capacité : un nombre de places.' })
    .int()
    .min(1, { error: 'Capacité : 1 place au moins.' })
    .max(500, { error: 'Capacité : 500 places au plus.' }),
  themes,
  note: texteOptionnel('Note', 4000),
});

export const atelierSchema = z.object({
  id,
  type: z.enum(TYPES_ATELIER),
  intitule: z.string(),
  date: z.string(),
  heure: z.string(),
  dureeMinutes: z.number(),
  siteId: id,
  siteNom: z.string(),
  animateurId: id,
  animateurNom: z.string(),
  capacite: z.number(),
  themes: z.array(z.enum(THEMES)),
  note: z.string().nullable(),
  inscrits: z.number(),
  /** Null until the attendance list is taken. */
  presents: z.number().nullable(),
});
export type Atelier = z.infer<typeof atelierSchema>;

const situationSaisie = z.object({
  type: z.enum(TYPES_SITUATION, { error: 'Type de situation : choisissez dans la liste.' }),
  sousType: z.string().trim().min(1).max(40).nullable().default(null),
  debut: dateLocale,
  finPrevue: dateLocale.nullable().default(null),
  finReelle: dateLocale.nullable().default(null),
  /** Employer or training body as typed; filled with the firm's name when one is chosen. */
  organisme: texteOptionnel('Employeur ou organisme', 160),
  /** The employer, a firm of the portfolio (emploi, alternance, immersion only). */
  entrepriseId: id.nullable().default(null),
  intitule: texteOptionnel('Poste ou intitulé', 160),
  commentaire: texteOptionnel('Commentaire', 4000),
});
export type SituationSaisie = z.input<typeof situationSaisie>;

export const situationSchema = z.object({
  id,
  jeuneId: id,
  type: z.enum(TYPES_SITUATION),
  sousType: z.string().nullable(),
  debut: z.string(),
  finPrevue: z.string().nullable(),
  finReelle: z.string().nullable(),
  organisme: z.string().nullable(),
  entrepriseId: z.number().nullable(),
  entrepriseNom: z.string().nullable(),
  /** The mise en relation this situation came from (a "retenu"), if any. */
  miseEnRelationId: z.number().nullable(),
  /** The training candidacy this situation came from (an entry), if any. */
  positionnementId: z.number().nullable(),
  intitule: z.string().nullable(),
  commentaire: z.string().nullable(),
  /** DOMAIN.md: a CDI, or a contract of 6 months or more (emploi, alternance). */
  emploiDurable: z.boolean(),
  /** Whole months from start to actual (or planned) end; null when open-ended. */
  dureeMois: z.number().nullable(),
  enCours: z.boolean(),
});
export type SituationJeune = z.infer<typeof situationSchema>;

export const activiteContract = {
  'evenements.duJeune': methode({
    resume: 'Les événements du jeune, du plus récent au plus ancien.',
    roles: ACCOMPAGNENT,
    mode: 'lecture',
    dossier: 'lecture',
    input: z.object({ jeuneId: id }),
    output: z.array(evenementJeuneSchema),
  }),
  'evenements.creer': methode({
    resume:
      "Enregistre un événement avec ou pour le jeune (entretien, contact, médiation, proposition...), daté d'aujourd'hui par défaut.",
    roles: ACCOMPAGNENT,
    mode: 'ecriture',
    dossier: 'modification',
    input: evenementSaisie.safeExtend({ jeuneId: id }),
    output: z.object({ id }),
  }),
  'evenements.modifier': methode({
    resume: "Corrige un événement (ou le résultat d'une proposition).",
    roles: ACCOMPAGNENT,
    mode: 'ecriture',
    dossier: 'modification',
    input: evenementSaisie.safeExtend({ id }),
    output: z.object({ id }),
  }),
  'evenements.supprimer': methode({
    resume: "Supprime un événement saisi par erreur (son auteur ou la direction ; pas ceux d'un émargement).",
    roles: ACCOMPAGNENT,
    mode: 'ecriture',
    dossier: 'modification',
    input: z.object({ id }),
    output: z.object({ id }),
  }),
  'ateliers.lister': methode({
    resume: 'Les ateliers collectifs et informations collectives entre deux dates.',
    roles: ACCOMPAGNENT,
    mode: 'lecture',
    input: z.object({ du: dateLocale, au: dateLocale, siteId: id.optional() }),
    output: z.array(atelierSchema),
  }),
  'ateliers.lire': methode({
    resume: "Un atelier et sa liste d'émargement.",
    roles: ACCOMPAGNENT,
    mode: 'lecture',
    input: z.object({ id }),
    output: atelierSchema.extend({
      participants: z.array(
        z.object({
          jeuneId: id,
          nomNaissance: z.string(),
          nomUsage: z.string().nullable(),
          prenoms: z.string(),
          dateNaissance: z.string(),
          present: z.boolean().nullable(),
        }),
      ),
    }),
  }),
  'ateliers.creer': methode({
    resume: 'Programme un atelier collectif : date, site, animateur, capacité.',
    roles: ACCOMPAGNENT,
    mode: 'ecriture',
    input: atelierSaisie,
    output: z.object({ id }),
  }),
  'ateliers.modifier': methode({
    resume: 'Modifie un atelier (la capacité ne descend pas sous le nombre d’inscrits).',
    roles: ACCOMPAGNENT,
    mode: 'ecriture',
    input: atelierSaisie.extend({ id }),
    output: z.object({ id }),
  }),
  'ateliers.inscrire': methode({
    resume: 'Inscrit un jeune à un atelier (dans la limite des places).',
    roles: ACCOMPAGNENT,
    mode: 'ecriture',
    dossier: 'modification',
    input: z.object({ atelierId: id, jeuneId: id }),
    output: z.object({ inscrits: z.number(), capacite: z.number() }),
  }),
  'ateliers.desinscrire': methode({
    resume: "Retire un jeune de la liste d'un atelier (pas après l'avoir marqué présent).",
    roles: ACCOMPAGNENT,
    mode: 'ecriture',
    dossier: 'modification',
    input: z.object({ atelierId: id, jeuneId: id }),
    output: z.object({ inscrits: z.number(), capacite: z.number() }),
  }),
  'ateliers.emarger': methode({
    resume:
      "Enregistre la liste d'émargement : chaque jeune coché reçoit l'événement de l'atelier sur son dossier, un jeune décoché le perd.",
    roles: ACCOMPAGNENT,
    mode: 'ecriture',
    dossier: 'modification',
    input: z.object({
      atelierId: id,
      /** Jeunes present; one not yet on the list is added (within the places). */
      presents: z.array(id).max(500),
    }),
    output: z.object({
      presents: z.number(),
      absents: z.number(),
      evenementsCrees: z.number(),
      evenementsRetires: z.number(),
    }),
  }),
  'situations.duJeune': methode({
    resume: 'Les situations du jeune (emploi, alternance, formation, immersion...), la plus récente en premier.',
    roles: ACCOMPAGNENT,
    mode: 'lecture',
    dossier: 'lecture',
    input: z.object({ jeuneId: id }),
    output: z.array(situationSchema),
  }),
  'situations.enregistrer': methode({
    resume: 'Enregistre ou corrige une situation du jeune : type, sous-type, dates, employeur ou organisme.',
    roles: ACCOMPAGNENT,
    mode: 'ecriture',
    dossier: 'modification',
    input: situationSaisie.extend({ jeuneId: id, id: id.nullable().default(null) }),
    output: z.object({ id, emploiDurable: z.boolean(), avertissements: z.array(z.string()) }),
  }),
  'situations.supprimer': methode({
    resume: 'Supprime une situation saisie par erreur.',
    roles: ACCOMPAGNENT,
    mode: 'ecriture',
    dossier: 'modification',
    input: z.object({ id }),
    output: z.object({ id }),
  }),
} as const;
