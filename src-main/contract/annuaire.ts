import { z } from 'zod';
import { methode, type Role } from './core';
import {
  listeDe,
  codeInsee,
  codePostal,
  dateLocale,
  email,
  heureLocale,
  id,
  siret,
  telephone,
  texte,
  texteOptionnel,
} from './champs';
import { ACCOMPAGNENT } from './dossier';
import { orientationSaisieSchema } from './orientation';
import {
  COLLEGES,
  FRAIS,
  JOURS_SEMAINE,
  MOBILISABLE_PAR,
  MODES_ACCUEIL,
  MODES_MOBILISATION,
  ORIGINES_ORIENTATION,
  PUBLICS,
  STATUTS_ORIENTATION,
  THEMATIQUES,
  TYPES_PARTENAIRE,
  TYPES_SERVICE,
  CODE_ZONE_RE,
} from './referentielsAnnuaire';

/**
 * The partner directory and the orientations (issue 5). Everyone signed in reads the directory
 * (the reception desk orients too); those who accompany jeunes keep it up to date; conventions
 * and the board are the direction's; importing a data·inclusion file is the direction's or the
 * administrator's.
 */
export const MAINTIENNENT_L_ANNUAIRE: readonly Role[] = ACCOMPAGNENT;
export const GERENT_LES_CONVENTIONS: readonly Role[] = ['direction'];
export const IMPORTENT_L_ANNUAIRE: readonly Role[] = ['direction', 'administrateur'];
export const EXPORTENT_L_ANNUAIRE: readonly Role[] = [...ACCOMPAGNENT, 'administrateur'];
/** Orientations are made from a file by those who accompany, and at the desk (with the accueil). */
export const ORIENTENT: readonly Role[] = ACCOMPAGNENT;

const thematiques = listeDe(THEMATIQUES, 'Thématique inconnue : choisissez dans la liste.');
const publics = listeDe(PUBLICS, 'Public inconnu : choisissez dans la liste.');
/** A date the person typed, already checked as a date; `null` when left empty. */
const dateOptionnelle = dateLocale.nullable().default(null);
const siteWeb = z
  .string()
  .trim()
  .max(2083, { error: 'Site web : 2 083 caractères au plus.' })
  .refine((v) => v === '' || /^https?:\/\/\S+\.\S+$/i.test(v), {
    error: 'Site web : adresse invalide, elle commence par https:// (ex. https://www.exemple.fr).',
  })
  .transform((v) => (v === '' ? null : v))
  .nullable()
  .optional()
  .transform((v) => v ?? null);

export const contactPartenaireSaisie = z.object({
  nom: texte('Nom du contact', 120),
  fonction: texteOptionnel('Fonction du contact', 120),
  telephone,
  email,
});
export type ContactPartenaireSaisie = z.input<typeof contactPartenaireSaisie>;

export const partenaireSaisieSchema = z.object({
  nom: texte('Nom', 150)
    .refine((v) => v.length >= 3, { error: 'Nom : 3 caractères au moins.' })
    // data·inclusion refuses a name ending with a full stop; "Asso." is kept as "Asso".
    .transform((v) => v.replace(/\.+$/, '')),
  type: z.enum(TYPES_PARTENAIRE, { error: 'Type de partenaire : choisissez dans la liste.' }),
  siret: siret.nullable().default(null),
  description: texteOptionnel('Description', 2000),
  thematiques,
  adresse: texteOptionnel('Adresse', 200),
  complementAdresse: texteOptionnel("Complément d'adresse", 200),
  codePostal: codePostal.nullable().default(null),
  /** The commune: an INSEE code (of the territory or not) and its name. */
  codeInsee: codeInsee.nullable().default(null),
  commune: texteOptionnel('Commune', 120),
  telephone,
  email,
  siteWeb,
  /** Free text ("lun.-ven. 9h-12h") or the OSM opening-hours form data·inclusion uses. */
  horaires: texteOptionnel("Horaires d'ouverture", 300),
  contacts: z.array(contactPartenaireSaisie).max(50, { error: 'Contacts : 50 au plus.' }).default([]),
  /** Seat in the ML's board, if any. */
  college: z.enum(COLLEGES, { error: 'Collège : choisissez dans la liste.' }).nullable().default(null),
  representant: texteOptionnel('Représentant au conseil', 160),
  notes: texteOptionnel('Notes', 8000),
  actif: z.boolean().default(true),
});
export type PartenaireSaisie = z.input<typeof partenaireSaisieSchema>;

export const serviceSaisieSchema = z.object({
  nom: texte('Nom du service', 150)
    .refine((v) => v.length >= 3, { error: 'Nom du service : 3 caractères au moins.' })
    .transform((v) => v.replace(/\.+$/, '')),
  description: texteOptionnel('Description', 2000),
  type: z.enum(TYPES_SERVICE, { error: 'Type de service : choisissez dans la liste.' }).nullable().default(null),
  thematiques,
  publics,
  publicsPrecisions: texteOptionnel('Précisions sur les publics', 500),
  conditionsAcces: texteOptionnel("Conditions d'accès", 2000),
  frais: z.enum(FRAIS, { error: 'Frais : gratuit ou payant.' }).nullable().default(null),
  fraisPrecisions: texteOptionnel('Précisions sur les frais', 500),
  modesAccueil: listeDe(MODES_ACCUEIL, "Mode d'accueil : en présentiel ou à distance."),
  /** Codes of communes, départements, EPCI, or "france"; empty: the partner's commune. */
  zoneEligibilite: z
    .array(
      z
        .string()
        .trim()
        .toUpperCase()
        .transform((v) => (v === 'FRANCE' ? 'france' : v))
        .refine((v) => CODE_ZONE_RE.test(v), {
          error: "Zone d'éligibilité : code de commune (5 caractères), de département (2), d'EPCI (9) ou « france ».",
        }),
    )
    .max(500)
    .default([])
    .transform((l) => [...new Set(l)]),
  modesMobilisation: listeDe(MODES_MOBILISATION, 'Mode de mobilisation : choisissez dans la liste.'),
  mobilisablePar: listeDe(MOBILISABLE_PAR, 'Mobilisable par : professionnels ou usagers.'),
  mobilisationPrecisions: texteOptionnel('Comment mobiliser le service', 2000),
  lienMobilisation: siteWeb,
  telephone,
  email,
  contactNom: texteOptionnel('Contact du service', 120),
  horaires: texteOptionnel("Horaires d'accueil", 300),
  actif: z.boolean().default(true),
});
export type ServiceSaisie = z.input<typeof serviceSaisieSchema>;

export const servicePartenaireSchema = z.object({
  id,
  partenaireId: id,
  nom: z.string(),
  description: z.string().nullable(),
  type: z.enum(TYPES_SERVICE).nullable(),
  thematiques: z.array(z.enum(THEMATIQUES)),
  publics: z.array(z.enum(PUBLICS)),
  publicsPrecisions: z.string().nullable(),
  conditionsAcces: z.string().nullable(),
  frais: z.enum(FRAIS).nullable(),
  fraisPrecisions: z.string().nullable(),
  modesAccueil: z.array(z.enum(MODES_ACCUEIL)),
  zoneEligibilite: z.array(z.string()),
  modesMobilisation: z.array(z.enum(MODES_MOBILISATION)),
  mobilisablePar: z.array(z.enum(MOBILISABLE_PAR)),
  mobilisationPrecisions: z.string().nullable(),
  lienMobilisation: z.string().nullable(),
  telephone: z.string().nullable(),
  email: z.string().nullable(),
  contactNom: z.string().nullable(),
  horaires: z.string().nullable(),
  actif: z.boolean(),
  /** data·inclusion identity: where the record came from. */
  source: z.string(),
  modifieLe: z.string(),
});
export type ServicePartenaire = z.infer<typeof servicePartenaireSchema>;

const permanenceSaisie = z
  .object({
    siteId: id,
    jour: z.union(
      JOURS_SEMAINE.map((j) => z.literal(j)),
      { error: 'Jour : du lundi au samedi.' },
    ),
    heureDebut: heureLocale,
    heureFin: heureLocale,
    /** "chaque semaine", "1er et 3e mardis"… */
    frequence: texteOptionnel('Fréquence', 120),
    note: texteOptionnel('Note', 500),
  })
  .refine((p) => p.heureDebut < p.heureFin, {
    error: "Horaires : l'heure de fin doit suivre l'heure de début.",
    path: ['heureFin'],
  });

export const permanenceSchema = z.object({
  id,
  partenaireId: id,
  siteId: id,
  siteNom: z.string(),
  jour: z.number(),
  heureDebut: z.string(),
  heureFin: z.string(),
  frequence: z.string().nullable(),
  note: z.string().nullable(),
});
export type Permanence = z.infer<typeof permanenceSchema>;

const conventionSaisie = z
  .object({
    objet: texte('Objet de la convention', 300),
    signeeLe: dateOptionnelle,
    expireLe: dateOptionnelle,
    note: texteOptionnel('Note', 2000),
  })
  .refine((c) => c.signeeLe === null || c.expireLe === null || c.signeeLe <= c.expireLe, {
    error: "Échéance : la convention ne peut pas expirer avant d'être signée.",
    path: ['expireLe'],
  });

export const conventionSchema = z.object({
  id,
  partenaireId: id,
  partenaireNom: z.string(),
  objet: z.string(),
  signeeLe: z.string().nullable(),
  expireLe: z.string().nullable(),
  note: z.string().nullable(),
  /** Expired, or expiring within the notice set in Paramètres. */
  aRenouveler: z.boolean(),
  /** Days until expiry (negative once expired); null without an expiry date. */
  joursRestants: z.number().nullable(),
});
export type Convention = z.infer<typeof conventionSchema>;

export const partenaireSchema = z.object({
  id,
  nom: z.string(),
  type: z.enum(TYPES_PARTENAIRE),
  siret: z.string().nullable(),
  description: z.string().nullable(),
  thematiques: z.array(z.enum(THEMATIQUES)),
  adresse: z.string().nullable(),
  complementAdresse: z.string().nullable(),
  codePostal: z.string().nullable(),
  codeInsee: z.string().nullable(),
  commune: z.string().nullable(),
  telephone: z.string().nullable(),
  email: z.string().nullable(),
  siteWeb: z.string().nullable(),
  horaires: z.string().nullable(),
  contacts: z.array(
    z.object({
      id,
      nom: z.string(),
      fonction: z.string().nullable(),
      telephone: z.string().nullable(),
      email: z.string().nullable(),
    }),
  ),
  college: z.enum(COLLEGES).nullable(),
  representant: z.string().nullable(),
  notes: z.string().nullable(),
  actif: z.boolean(),
  source: z.string(),
  dateMaj: z.string(),
  services: z.array(servicePartenaireSchema),
  permanences: z.array(permanenceSchema),
  conventions: z.array(conventionSchema),
  /** Orientations made to this partner, by outcome. */
  orientations: z.object({
    total: z.number(),
    parStatut: z.array(z.object({ statut: z.enum(STATUTS_ORIENTATION), nombre: z.number() })),
  }),
  /** For the concurrency check of `partenaires.modifier`. */
  modifieLe: z.string(),
});
export type Partenaire = z.infer<typeof partenaireSchema>;

export const criteresPartenairesSchema = z
  .object({
    /** Words of the name, of a service's name or description, of the notes. */
    texte: z.string().trim().max(100).default(''),
    types: listeDe(TYPES_PARTENAIRE, 'Type de partenaire inconnu.'),
    /** A category matches its sub-themes too. A partner matches on its own themes or a service's. */
    thematiques,
    publics,
    /** INSEE code: partners located there, and services eligible there (commune, its département, France). */
    codeInsee: codeInsee.nullable().default(null),
    college: z.enum(COLLEGES).nullable().default(null),
    inclureInactifs: z.boolean().default(false),
    limite: z.number().int().min(1).max(500).default(100),
  })
  .default({
    texte: '',
    types: [],
    thematiques: [],
    publics: [],
    codeInsee: null,
    college: null,
    inclureInactifs: false,
    limite: 100,
  });
export type CriteresPartenaires = z.input<typeof criteresPartenairesSchema>;

export const partenaireTrouveSchema = z.object({
  id,
  nom: z.string(),
  type: z.enum(TYPES_PARTENAIRE),
  commune: z.string().nullable(),
  codeInsee: z.string().nullable(),
  telephone: z.string().nullable(),
  thematiques: z.array(z.enum(THEMATIQUES)),
  actif: z.boolean(),
  college: z.enum(COLLEGES).nullable(),
  /** The partner's services that match the criteria (all of them without service criteria). */
  services: z.array(
    z.object({
      id,
      nom: z.string(),
      thematiques: z.array(z.enum(THEMATIQUES)),
      publics: z.array(z.enum(PUBLICS)),
    }),
  ),
  /** The earliest convention to renew, if any. */
  conventionARenouveler: z.object({ id, expireLe: z.string().nullable() }).nullable(),
});
export type PartenaireTrouve = z.infer<typeof partenaireTrouveSchema>;

export const orientationSchema = z.object({
  id,
  jeuneId: id,
  jeuneNom: z.string(),
  partenaireId: id,
  partenaireNom: z.string(),
  partenaireType: z.enum(TYPES_PARTENAIRE),
  serviceId: z.number().nullable(),
  serviceNom: z.string().nullable(),
  date: z.string(),
  motif: z.string(),
  transmissionDiagnostic: z.boolean(),
  /** The diagnostic transmitted (the latest at the orientation's date), if any. */
  diagnosticId: z.number().nullable(),
  origine: z.enum(ORIGINES_ORIENTATION),
  accueilId: z.number().nullable(),
  statut: z.enum(STATUTS_ORIENTATION),
  retourLe: z.string().nullable(),
  motifRefus: z.string().nullable(),
  commentaire: z.string().nullable(),
  /** Null for orientations taken over from before the directory, whose author is unknown. */
  auteurId: z.number().nullable(),
  auteurNom: z.string(),
  /** Still "proposée" after the number of days set in Paramètres. */
  aRelancer: z.boolean(),
  modifieLe: z.string(),
});
export type Orientation = z.infer<typeof orientationSchema>;

const compteRendu = z.object({ crees: z.number(), misAJour: z.number(), inchanges: z.number() });
export const rapportImportSchema = z.object({
  structures: compteRendu,
  services: compteRendu,
  /** Each refused record, with where it is in the file and every reason, in French. */
  refus: z.array(
    z.object({
      /** "structures[12]" / "services[3]". */
      position: z.string(),
      genre: z.enum(['structure', 'service']),
      identifiant: z.string().nullable(),
      nom: z.string().nullable(),
      raisons: z.array(z.string()),
    }),
  ),
  /** True once written; false for the preview. */
  ecrit: z.boolean(),
});
export type RapportImport = z.infer<typeof rapportImportSchema>;

const fichierTexte = z.object({
  /** The file's content, as read (UTF-8). */
  contenu: z
    .string({ error: 'Fichier : contenu attendu.' })
    .max(200_000_000, { error: 'Fichier trop volumineux (200 Mo au plus).' }),
  /** Write nothing at all if a single record is refused. */
  toutOuRien: z.boolean().default(false),
});

const fichierProduit = z.object({ nomFichier: z.string(), contenu: z.string(), nombre: z.number() });

export const annuaireContract = {
  'partenaires.rechercher': methode({
    resume:
      'Cherche dans l’annuaire des partenaires par nom, type, thématique, public, commune (services éligibles compris) ou collège.',
    roles: 'tous',
    mode: 'lecture',
    input: criteresPartenairesSchema,
    output: z.object({ partenaires: z.array(partenaireTrouveSchema), total: z.number() }),
  }),
  'partenaires.lire': methode({
    resume:
      'La fiche d’un partenaire : coordonnées, contacts, services, permanences, conventions, orientations reçues.',
    roles: 'tous',
    mode: 'lecture',
    input: z.object({ id }),
    output: partenaireSchema,
  }),
  'partenaires.creer': methode({
    resume: 'Ajoute un partenaire à l’annuaire (SIRET contrôlé, doublon de nom ou de SIRET signalé).',
    roles: MAINTIENNENT_L_ANNUAIRE,
    mode: 'ecriture',
    input: partenaireSaisieSchema,
    output: z.object({ id }),
  }),
  'partenaires.modifier': methode({
    resume: 'Modifie la fiche d’un partenaire (refusé si quelqu’un l’a modifiée entre-temps).',
    roles: MAINTIENNENT_L_ANNUAIRE,
    mode: 'ecriture',
    input: z.object({ id, modifieLeLu: z.string(), partenaire: partenaireSaisieSchema }),
    output: z.object({ id }),
  }),
  'services.enregistrer': methode({
    resume: 'Ajoute ou modifie un service d’un partenaire (champs du schéma data·inclusion).',
    roles: MAINTIENNENT_L_ANNUAIRE,
    mode: 'ecriture',
    input: z.object({ partenaireId: id, id: id.nullable().default(null), service: serviceSaisieSchema }),
    output: z.object({ id }),
  }),
  'services.supprimer': methode({
    resume: 'Supprime un service sans orientation ; un service qui en a reçu est seulement désactivé.',
    roles: MAINTIENNENT_L_ANNUAIRE,
    mode: 'ecriture',
    input: z.object({ id }),
    output: z.object({ supprime: z.boolean() }),
  }),
  'permanences.enregistrer': methode({
    resume: 'Ajoute ou modifie une permanence que le partenaire tient dans un site de la Mission Locale.',
    roles: MAINTIENNENT_L_ANNUAIRE,
    mode: 'ecriture',
    input: z.object({ partenaireId: id, id: id.nullable().default(null), permanence: permanenceSaisie }),
    output: z.object({ id }),
  }),
  'permanences.supprimer': methode({
    resume: 'Retire une permanence.',
    roles: MAINTIENNENT_L_ANNUAIRE,
    mode: 'ecriture',
    input: z.object({ id }),
    output: z.object({ id }),
  }),
  'permanences.lister': methode({
    resume: 'Les permanences des partenaires dans les sites de la Mission Locale, par jour.',
    roles: 'tous',
    mode: 'lecture',
    input: z.object({ siteId: id.nullable().default(null) }).default({ siteId: null }),
    output: z.array(permanenceSchema.extend({ partenaireNom: z.string() })),
  }),
  'conventions.enregistrer': methode({
    resume: 'Ajoute ou modifie une convention avec un partenaire (objet, signature, échéance).',
    roles: GERENT_LES_CONVENTIONS,
    mode: 'ecriture',
    input: z.object({ partenaireId: id, id: id.nullable().default(null), convention: conventionSaisie }),
    output: z.object({ id }),
  }),
  'conventions.supprimer': methode({
    resume: 'Supprime une convention saisie par erreur.',
    roles: GERENT_LES_CONVENTIONS,
    mode: 'ecriture',
    input: z.object({ id }),
    output: z.object({ id }),
  }),
  'conventions.aRenouveler': methode({
    resume: 'Les conventions échues ou qui arrivent à échéance dans le délai fixé dans les paramètres.',
    roles: 'tous',
    mode: 'lecture',
    input: z.object({}).default({}),
    output: z.object({ preavisJours: z.number(), conventions: z.array(conventionSchema) }),
  }),
  'dataInclusion.analyser': methode({
    resume:
      'Lit un fichier data·inclusion (structures et services) et dit ce qu’un import créerait, mettrait à jour et refuserait, sans rien écrire.',
    roles: IMPORTENT_L_ANNUAIRE,
    mode: 'lecture',
    input: fichierTexte,
    output: rapportImportSchema,
  }),
  'dataInclusion.importer': methode({
    resume:
      'Importe les structures et services d’un fichier data·inclusion ; chaque fiche est reprise entière ou refusée avec ses raisons ; réimporter le même fichier ne change rien.',
    roles: IMPORTENT_L_ANNUAIRE,
    mode: 'ecriture',
    input: fichierTexte,
    output: rapportImportSchema,
  }),
  'dataInclusion.exporter': methode({
    resume: 'L’annuaire au format JSON du schéma data·inclusion (structures et services).',
    roles: EXPORTENT_L_ANNUAIRE,
    mode: 'lecture',
    input: z.object({ inclureInactifs: z.boolean().default(false) }).default({ inclureInactifs: false }),
    output: fichierProduit,
  }),
  'partenaires.exporterCsv': methode({
    resume: 'L’annuaire en CSV pour le tableur (une ligne par partenaire, séparateur point-virgule).',
    roles: EXPORTENT_L_ANNUAIRE,
    mode: 'lecture',
    input: z.object({ inclureInactifs: z.boolean().default(false) }).default({ inclureInactifs: false }),
    output: fichierProduit,
  }),
  'orientations.duJeune': methode({
    resume: 'Les orientations d’un jeune vers les partenaires, avec leur suite.',
    roles: ACCOMPAGNENT,
    mode: 'lecture',
    dossier: 'lecture',
    input: z.object({ jeuneId: id }),
    output: z.array(orientationSchema),
  }),
  'orientations.creer': methode({
    resume:
      'Oriente un jeune vers un partenaire (ou l’un de ses services), avec le motif ; le diagnostic n’est transmis qu’avec le consentement enregistré du jeune.',
    roles: ORIENTENT,
    mode: 'ecriture',
    dossier: 'modification',
    input: orientationSaisieSchema.extend({
      jeuneId: id,
      /** Today when omitted. */
      date: dateLocale.optional(),
      commentaire: texteOptionnel('Commentaire', 2000),
    }),
    output: z.object({ id }),
  }),
  'orientations.enregistrerRetour': methode({
    resume: 'Note la suite d’une orientation : acceptée, refusée (avec la raison) ou sans suite.',
    roles: ORIENTENT,
    mode: 'ecriture',
    dossier: 'modification',
    input: z
      .object({
        id,
        statut: z.enum(STATUTS_ORIENTATION, { error: 'Suite : acceptée, refusée, sans suite ou proposée.' }),
        /** Today when omitted. */
        retourLe: dateLocale.optional(),
        motifRefus: texteOptionnel('Raison du refus', 1000),
        commentaire: texteOptionnel('Commentaire', 2000),
        modifieLeLu: z.string(),
      })
      .refine((r) => r.statut !== 'refusee' || r.motifRefus !== null, {
        error: 'Orientation refusée : indiquez la raison du refus.',
        path: ['motifRefus'],
      }),
    output: z.object({ id }),
  }),
  'orientations.supprimer': methode({
    resume: 'Supprime une orientation saisie par erreur (son auteur ou la direction).',
    roles: ORIENTENT,
    mode: 'ecriture',
    dossier: 'suppression',
    input: z.object({ id }),
    output: z.object({ id }),
  }),
  'orientations.versPartenaire': methode({
    resume: 'Les orientations faites vers un partenaire, les plus récentes d’abord.',
    roles: ACCOMPAGNENT,
    mode: 'lecture',
    input: z.object({ partenaireId: id, limite: z.number().int().min(1).max(1000).default(200) }),
    output: z.array(orientationSchema),
  }),
} as const;
