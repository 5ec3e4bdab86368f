import { z } from 'zod';
import { orientationResumeSchema, orientationSaisieSchema } from './orientation';
import { methode, type Role } from './core';
import {
  codeInsee,
  codeReferentiel,
  dateLocale,
  email,
  heureLocale,
  id,
  instant,
  telephone,
  texte,
  texteOptionnel,
} from './champs';
import { profilSchema } from './profil';
import { NATURES_MENTION, SEXES, STATUTS_PASSAGE, STATUTS_RDV } from './referentiels';

/**
 * Who designates or changes any jeune's référent; a conseiller may only take for themself a jeune
 * who has none (otherwise anyone could read anyone's sensitive mentions).
 */
export const DESIGNENT_LES_REFERENTS: readonly Role[] = ['direction', 'administrateur'];

/** Who works the desk: reception staff, and conseillers who often take the desk too. */
const DESK: readonly Role[] = ['accueil', 'conseiller', 'direction', 'administrateur'];
/**
 * Who finds and opens a jeune's file: the desk, and the staff who work with jeunes without taking
 * the desk (référents formation position them on actions, chargés de relation entreprises match
 * them to offers).
 */
const TROUVENT_LES_JEUNES: readonly Role[] = [...DESK, 'referent_formation', 'charge_relation_entreprises'];

export const jeuneResumeSchema = z.object({
  id,
  nomNaissance: z.string(),
  nomUsage: z.string().nullable(),
  prenoms: z.string(),
  dateNaissance: z.string(),
  sexe: z.enum(SEXES),
  telephone: z.string().nullable(),
  communeNom: z.string().nullable(),
  conseillerNom: z.string().nullable(),
  premierAccueilDate: z.string().nullable(),
  dernierContactDate: z.string().nullable(),
});
export type JeuneResume = z.infer<typeof jeuneResumeSchema>;

export const jeuneSaisieSchema = z.object({
  nomNaissance: texte('Nom de naissance', 80),
  nomUsage: texteOptionnel("Nom d'usage", 80),
  prenoms: texte('Prénom(s)', 120),
  dateNaissance: dateLocale,
  sexe: z.enum(SEXES, { error: 'Sexe : choisissez Femme ou Homme.' }),
  telephone,
  email,
  communeInsee: codeInsee
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  rqth: z.boolean().default(false),
});
export type JeuneSaisie = z.input<typeof jeuneSaisieSchema>;

export const passageSchema = z.object({
  id,
  siteId: id,
  jeuneId: id,
  jeuneNom: z.string(),
  date: z.string(),
  arriveeLe: instant,
  heureArrivee: z.string(),
  statut: z.enum(STATUTS_PASSAGE),
  motif: z.string().nullable(),
  /** Minutes waited: until now while waiting, until taken or left otherwise. */
  attenteMinutes: z.number(),
  conseillerId: z.number().nullable(),
  conseillerNom: z.string().nullable(),
  prisEnChargeLe: z.string().nullable(),
  partiLe: z.string().nullable(),
});
export type Passage = z.infer<typeof passageSchema>;

export const rendezVousSchema = z.object({
  id,
  jeuneId: id,
  jeuneNom: z.string(),
  conseillerId: id,
  conseillerNom: z.string(),
  siteId: id,
  siteNom: z.string(),
  date: z.string(),
  heure: z.string(),
  dureeMinutes: z.number(),
  objet: z.string().nullable(),
  statut: z.enum(STATUTS_RDV),
  commentaire: z.string().nullable(),
});
export type RendezVous = z.infer<typeof rendezVousSchema>;

export const accueilSchema = z.object({
  id,
  date: z.string(),
  heure: z.string(),
  siteId: id,
  siteNom: z.string(),
  canal: z.string(),
  motifs: z.array(z.string()),
  reponse: z.string(),
  /** The orientation this accueil made (answer « orientation vers un partenaire »). */
  orientation: orientationResumeSchema.nullable(),
  premier: z.boolean(),
  commentaire: z.string().nullable(),
  auteurNom: z.string(),
});
export type Accueil = z.infer<typeof accueilSchema>;

export const mentionSensibleSchema = z.object({
  id,
  nature: z.enum(NATURES_MENTION),
  texte: z.string(),
  creeLe: instant,
  auteurNom: z.string(),
});
export type MentionSensible = z.infer<typeof mentionSensibleSchema>;

const rdvSaisie = z.object({
  conseillerId: id,
  siteId: id,
  date: dateLocale,
  heure: heureLocale,
  dureeMinutes: z.number().int().min(5).max(480).default(45),
  objet: codeReferentiel.nullable().default(null),
  commentaire: texteOptionnel('Commentaire', 1000),
});

export const accueilContract = {
  'jeunes.rechercher': methode({
    resume: 'Recherche à la frappe : fragments de nom sans accents, date de naissance JJ/MM/AAAA, téléphone.',
    roles: TROUVENT_LES_JEUNES,
    mode: 'lecture',
    input: z.object({
      texte: z.string().max(200, { error: 'Recherche : 200 caractères au plus.' }),
      limite: z.number().int().min(1).max(100).default(20),
    }),
    output: z.object({ jeunes: z.array(jeuneResumeSchema), plusDeResultats: z.boolean() }),
  }),
  'jeunes.ressemblants': methode({
    resume: 'Dossiers qui ressemblent à une fiche en cours de création (mêmes noms, naissance proche).',
    roles: DESK,
    mode: 'lecture',
    input: z.object({
      nomNaissance: z.string().max(80),
      nomUsage: z.string().max(80).nullable().optional(),
      prenoms: z.string().max(120),
      dateNaissance: dateLocale.nullable().optional(),
    }),
    output: z.array(jeuneResumeSchema.extend({ raison: z.string() })),
  }),
  'jeunes.creer': methode({
    resume: 'Crée un dossier jeune avec les champs minimaux.',
    roles: DESK,
    mode: 'ecriture',
    dossier: 'creation',
    input: jeuneSaisieSchema.extend({
      /** The person saw the look-alikes and still wants a new file. */
      confirmeMalgreRessemblants: z.boolean().default(false),
    }),
    output: z.object({ id, avertissements: z.array(z.string()) }),
  }),
  'jeunes.lire': methode({
    resume: 'La fiche du jeune vue de l’accueil : identité, accueils, rendez-vous, absences.',
    roles: TROUVENT_LES_JEUNES,
    mode: 'lecture',
    dossier: 'lecture',
    input: z.object({ id }),
    output: z.object({
      jeune: jeuneResumeSchema.extend({
        email: z.string().nullable(),
        communeInsee: z.string().nullable(),
        rqth: z.boolean(),
        age: z.number(),
        qpv: z.boolean(),
        zrr: z.boolean(),
        conseillerReferentId: z.number().nullable(),
        ...profilSchema.shape,
      }),
      /** Null when the reader is neither the jeune's référent nor direction (nothing is sent). */
      mentionsSensibles: z.array(mentionSensibleSchema).nullable(),
      accueils: z.array(accueilSchema),
      rendezVous: z.array(rendezVousSchema),
      absences: z.number(),
      avertissements: z.array(z.string()),
    }),
  }),
  'jeunes.ajouterMention': methode({
    resume: 'Ajoute une mention de santé ou de justice, visible du seul référent et de la direction.',
    roles: ['conseiller', 'direction'],
    mode: 'ecriture',
    dossier: 'modification',
    input: z.object({
      jeuneId: id,
      nature: z.enum(NATURES_MENTION, { error: 'Nature : santé ou justice.' }),
      texte: texte('Mention', 2000),
    }),
    output: z.object({ id }),
  }),
  'jeunes.designerReferent': methode({
    resume:
      'Désigne le conseiller référent du jeune : un conseiller peut prendre un jeune sans référent, la direction désigne ou change.',
    roles: ['conseiller', 'direction', 'administrateur'],
    mode: 'ecriture',
    dossier: 'modification',
    input: z.object({ jeuneId: id, conseillerId: id.nullable() }),
    output: z.object({ id }),
  }),
  'accueils.enregistrer': methode({
    resume:
      "Enregistre un accueil (physique, téléphone, numérique) ; le premier d'un jeune est marqué premier accueil.",
    roles: DESK,
    mode: 'ecriture',
    dossier: 'modification',
    input: z
      .object({
        jeuneId: id,
        /** Defaults to now (Europe/Paris). */
        date: dateLocale.optional(),
        heure: heureLocale.optional(),
        siteId: id,
        canal: codeReferentiel,
        motifs: z.array(codeReferentiel).min(1, { error: "Choisissez au moins un motif d'accueil." }),
        reponse: codeReferentiel,
        /** Required with the answer « orientation vers un partenaire »: the partner, not a name. */
        orientation: orientationSaisieSchema.omit({ transmissionDiagnostic: true }).nullable().default(null),
        commentaire: texteOptionnel('Commentaire', 2000),
        passageId: id.nullable().default(null),
        rendezVous: rdvSaisie.nullable().default(null),
      })
      .refine((a) => (a.date === undefined) === (a.heure === undefined), {
        error: 'Date et heure : renseignez les deux, ou aucune pour « maintenant ».',
        path: ['heure'],
      }),
    output: z.object({ id, premierAccueil: z.boolean(), rendezVousId: z.number().nullable() }),
  }),
  'fileAttente.duJour': methode({
    resume: "La file d'attente d'un site pour une journée (aujourd'hui par défaut).",
    roles: DESK,
    mode: 'lecture',
    input: z.object({ siteId: id, date: dateLocale.optional() }),
    output: z.array(passageSchema),
  }),
  'fileAttente.ajouter': methode({
    resume: "Met un jeune arrivé dans la file d'attente du site.",
    roles: DESK,
    mode: 'ecriture',
    dossier: 'modification',
    input: z.object({ siteId: id, jeuneId: id, motif: texteOptionnel('Motif', 200) }),
    output: z.object({ id }),
  }),
  'fileAttente.prendreEnCharge': methode({
    resume: 'Un conseiller prend en charge un jeune qui attend.',
    roles: DESK,
    mode: 'ecriture',
    dossier: 'modification',
    input: z.object({ passageId: id, conseillerId: id }),
    output: z.object({ id }),
  }),
  'fileAttente.marquerParti': methode({
    resume: 'Le jeune est reparti (reçu ou non).',
    roles: DESK,
    mode: 'ecriture',
    dossier: 'modification',
    input: z.object({ passageId: id }),
    output: z.object({ id }),
  }),
  'rendezVous.jour': methode({
    resume: "Les rendez-vous d'une journée, par site et/ou par conseiller.",
    roles: DESK,
    mode: 'lecture',
    input: z.object({ date: dateLocale, siteId: id.optional(), conseillerId: id.optional() }),
    output: z.array(rendezVousSchema),
  }),
  'rendezVous.creer': methode({
    resume: 'Prend un rendez-vous pour un jeune avec un conseiller.',
    roles: DESK,
    mode: 'ecriture',
    dossier: 'modification',
    input: rdvSaisie.extend({ jeuneId: id }),
    output: z.object({ id }),
  }),
  'rendezVous.deplacer': methode({
    resume: 'Déplace un rendez-vous prévu (date, heure, conseiller ou site).',
    roles: DESK,
    mode: 'ecriture',
    dossier: 'modification',
    input: z.object({
      id,
      date: dateLocale,
      heure: heureLocale,
      conseillerId: id.optional(),
      siteId: id.optional(),
      dureeMinutes: z.number().int().min(5).max(480).optional(),
    }),
    output: z.object({ id }),
  }),
  'rendezVous.changerStatut': methode({
    resume: 'Marque un rendez-vous honoré, absent, annulé (ou le remet à prévu).',
    roles: DESK,
    mode: 'ecriture',
    dossier: 'modification',
    input: z.object({ id, statut: z.enum(STATUTS_RDV), commentaire: texteOptionnel('Commentaire', 1000) }),
    output: z.object({ id }),
  }),
} as const;
