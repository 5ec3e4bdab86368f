import { z } from 'zod';
import { methode, ROLES, roleSchema } from './core';
import {
  codeInsee,
  codePostal,
  email,
  id,
  identifiantConnexion,
  defautMotDePasse,
  nouveauMotDePasse,
  siret,
  texte,
  texteOptionnel,
} from './champs';
import { REFERENTIELS_EDITABLES, TYPES_SITE } from './referentiels';

export const communeSchema = z.object({
  insee: codeInsee,
  nom: texte('Nom de la commune', 120),
  codePostal: codePostal
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  qpv: z.boolean().default(false),
  zrr: z.boolean().default(false),
});
export type Commune = z.output<typeof communeSchema>;

export const siteSaisieSchema = z.object({
  nom: texte('Nom du site', 120),
  type: z.enum(TYPES_SITE, { error: 'Type de site : siège, antenne ou permanence.' }),
  communeInsee: codeInsee,
  adresse: texteOptionnel('Adresse', 250),
});
export const siteSchema = z.object({
  id,
  nom: z.string(),
  type: z.enum(TYPES_SITE),
  communeInsee: z.string(),
  communeNom: z.string(),
  adresse: z.string().nullable(),
  actif: z.boolean(),
});
export type Site = z.infer<typeof siteSchema>;

export const personnelSaisieSchema = z.object({
  prenom: texte('Prénom', 80),
  nom: texte('Nom', 80),
  identifiant: identifiantConnexion,
  email: email,
  roles: z.array(roleSchema).min(1, { error: 'Choisissez au moins un rôle.' }),
  /** Index in the `sites` list of the same installation, or an existing site id elsewhere. */
  site: z.number().int().min(0).nullable().default(null),
});
export const personnelSchema = z.object({
  id,
  prenom: z.string(),
  nom: z.string(),
  identifiant: z.string(),
  email: z.string().nullable(),
  roles: z.array(roleSchema),
  siteId: z.number().nullable(),
  actif: z.boolean(),
});
export type Personnel = z.infer<typeof personnelSchema>;

/**
 * The first administrator, created by the wizard with a password (or, on a database installed
 * before accounts existed, by the rescue step). Often the director: other roles may be added.
 */
export const administrateurSaisieSchema = z
  .object({
    prenom: texte('Prénom', 80),
    nom: texte('Nom', 80),
    identifiant: identifiantConnexion,
    email: email,
    autresRoles: z.array(roleSchema).default([]),
    motDePasse: nouveauMotDePasse,
  })
  .superRefine((a, ctx) => {
    const defaut = defautMotDePasse(a.motDePasse, a.identifiant);
    if (defaut) ctx.addIssue({ code: 'custom', message: defaut, path: ['motDePasse'] });
  });

export const structureSaisieSchema = z.object({
  nom: texte('Nom de la structure', 160),
  siret,
  adresse: texte('Adresse', 250),
  codePostal,
  commune: texte('Commune du siège', 120),
  president: texteOptionnel('Président(e)', 120),
  direction: texteOptionnel('Directeur(rice)', 120),
});
export const structureSchema = structureSaisieSchema.extend({
  siret: z.string(),
  codePostal: z.string(),
  installeeLe: z.string(),
});

export const ligneCsvErreurSchema = z.object({ ligne: z.number(), message: z.string() });

export const installationContract = {
  'installation.terminer': methode({
    resume: 'Assistant de première installation : structure, sites, communes et personnel en une fois.',
    roles: ['administrateur'],
    mode: 'ecriture',
    input: z.object({
      structure: structureSaisieSchema,
      sites: z
        .array(siteSaisieSchema)
        .min(1, { error: 'Déclarez au moins un site (le siège).' })
        .refine((s) => s.filter((x) => x.type === 'siege').length === 1, {
          error: 'Déclarez exactement un siège parmi les sites.',
        }),
      communes: z.array(communeSchema).min(1, { error: 'Déclarez au moins une commune du territoire.' }),
      personnel: z.array(personnelSaisieSchema).default([]),
      administrateur: administrateurSaisieSchema,
    }),
    output: z.object({ sites: z.number(), communes: z.number(), personnel: z.number() }),
  }),
  'installation.definirAdministrateur': methode({
    resume:
      "Secours : crée l'administrateur d'une structure installée qui n'en a aucun avec un mot de passe (base antérieure aux comptes).",
    roles: 'public',
    mode: 'ecriture',
    input: z.object({ administrateur: administrateurSaisieSchema }),
    output: z.object({ id }),
  }),
  'installation.analyserCommunesCsv': methode({
    resume: 'Lit un fichier CSV de communes (INSEE;nom;code postal;QPV;ZRR) sans rien enregistrer.',
    roles: ['administrateur'],
    mode: 'lecture',
    input: z.object({ contenu: z.string().max(5_000_000, { error: 'Fichier trop volumineux (5 Mo au plus).' }) }),
    output: z.object({
      communes: z.array(communeSchema),
      erreurs: z.array(ligneCsvErreurSchema),
    }),
  }),
  'structure.lire': methode({
    resume: 'La structure, ses sites et ses communes.',
    roles: 'tous',
    mode: 'lecture',
    input: z.object({}).default({}),
    output: z.object({
      structure: structureSchema,
      sites: z.array(siteSchema),
      communes: z.array(communeSchema),
    }),
  }),
  'communes.enregistrer': methode({
    resume: 'Ajoute ou met à jour des communes du territoire (par code INSEE).',
    roles: ['administrateur'],
    mode: 'ecriture',
    input: z.object({ communes: z.array(communeSchema).min(1) }),
    output: z.object({ ajoutees: z.number(), modifiees: z.number() }),
  }),
  'personnel.lister': methode({
    resume: 'Le personnel, filtré par rôle.',
    roles: 'tous',
    mode: 'lecture',
    input: z
      .object({ role: roleSchema.optional(), actifsSeulement: z.boolean().default(true) })
      .default({ actifsSeulement: true }),
    output: z.array(personnelSchema),
  }),
  'referentiels.lister': methode({
    resume: 'Les référentiels modifiables et leurs valeurs.',
    roles: 'tous',
    mode: 'lecture',
    input: z.object({}).default({}),
    output: z.array(
      z.object({
        referentiel: z.enum(REFERENTIELS_EDITABLES),
        libelle: z.string(),
        valeurs: z.array(
          z.object({
            code: z.string(),
            libelle: z.string(),
            ordre: z.number(),
            actif: z.boolean(),
            systeme: z.boolean(),
          }),
        ),
      }),
    ),
  }),
  'referentiels.enregistrerValeur': methode({
    resume: "Ajoute une valeur à un référentiel, ou en change le libellé, l'ordre ou l'activité.",
    roles: ['administrateur'],
    mode: 'ecriture',
    input: z.object({
      referentiel: z.enum(REFERENTIELS_EDITABLES),
      code: z
        .string()
        .trim()
        .regex(/^[a-z0-9_]{2,40}$/, {
          error: 'Code : 2 à 40 caractères parmi lettres minuscules sans accent, chiffres et _.',
        }),
      libelle: texte('Libellé', 120),
      ordre: z.number().int().min(0).max(999).optional(),
      actif: z.boolean().default(true),
    }),
    output: z.object({ cree: z.boolean() }),
  }),
} as const;

export const TOUS_LES_ROLES = ROLES;
