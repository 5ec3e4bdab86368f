import { z } from 'zod';
import { ACTIONS_DOSSIER, methode, type ActionDossier, type Role } from './core';
import { dateLocale, id, instant } from './champs';

/**
 * What the access trail records (issue 3, DOMAIN.md "Personal data"): the actions on jeunes'
 * files, and the life of sessions and accounts. An entry names who, when, which record, which
 * action and which workstation; never a name, a note or any other personal data.
 */
export const ACTIONS_JOURNAL = [
  ...ACTIONS_DOSSIER,
  'connexion',
  'echec_connexion',
  'deconnexion',
  'verrouillage_session',
  'deverrouillage_session',
  'compte_bloque',
  'compte_debloque',
  'compte_cree',
  'compte_modifie',
  'roles_modifies',
  'compte_desactive',
  'compte_reactive',
  'mot_de_passe_change',
  'mot_de_passe_reinitialise',
  'parametres_modifies',
  'acces_refuse',
  'journal_purge',
  'entreprise_reaffectee',
] as const;
export type ActionJournal = (typeof ACTIONS_JOURNAL)[number];

export const ACTION_JOURNAL_LIBELLES: Record<ActionJournal, string> = {
  lecture: 'Consultation du dossier',
  creation: 'Création du dossier',
  modification: 'Modification du dossier',
  export: 'Export du dossier',
  anonymisation: 'Anonymisation du dossier',
  suppression: 'Suppression du dossier',
  connexion: 'Connexion',
  echec_connexion: 'Échec de connexion',
  deconnexion: 'Déconnexion',
  verrouillage_session: 'Verrouillage de session',
  deverrouillage_session: 'Déverrouillage de session',
  compte_bloque: 'Compte bloqué (échecs répétés)',
  compte_debloque: 'Compte débloqué',
  compte_cree: 'Compte créé',
  compte_modifie: 'Compte modifié',
  roles_modifies: 'Rôles modifiés',
  compte_desactive: 'Compte désactivé',
  compte_reactive: 'Compte réactivé',
  mot_de_passe_change: 'Mot de passe changé',
  mot_de_passe_reinitialise: 'Mot de passe réinitialisé',
  parametres_modifies: 'Réglages modifiés',
  acces_refuse: 'Action refusée (droits)',
  journal_purge: 'Purge du journal',
  entreprise_reaffectee: 'Entreprise confiée à une autre personne',
} satisfies Record<ActionDossier | ActionJournal, string>;

export const OBJETS_JOURNAL = ['jeune', 'utilisateur', 'parametres', 'journal', 'entreprise'] as const;
export type ObjetJournal = (typeof OBJETS_JOURNAL)[number];

const LECTEURS_JOURNAL: readonly Role[] = ['direction', 'administrateur'];

export const entreeJournalSchema = z.object({
  id,
  horodatage: instant,
  utilisateurId: z.number().nullable(),
  /** Read from the staff table when shown; the entry itself stores only the id. */
  utilisateurNom: z.string().nullable(),
  action: z.enum(ACTIONS_JOURNAL),
  objetType: z.enum(OBJETS_JOURNAL).nullable(),
  objetId: z.number().nullable(),
  /** The jeune's or staff member's name, read when shown (null once anonymised or deleted). */
  objetLibelle: z.string().nullable(),
  poste: z.string(),
  methode: z.string().nullable(),
});
export type EntreeJournal = z.infer<typeof entreeJournalSchema>;

export const verificationJournalSchema = z.object({
  intact: z.boolean(),
  entrees: z.number(),
  premiere: z.number().nullable(),
  derniere: z.number().nullable(),
  /** The first entry whose content or link does not match: the trail was altered there. */
  rupture: z.object({ id: z.number(), horodatage: z.string().nullable(), raison: z.string() }).nullable(),
});
export type VerificationJournal = z.infer<typeof verificationJournalSchema>;

export const journalContract = {
  'journal.rechercher': methode({
    resume: "Cherche dans le journal des accès : par personne, jeune, action et période (plus récent d'abord).",
    roles: LECTEURS_JOURNAL,
    mode: 'lecture',
    input: z
      .object({
        utilisateurId: id.optional(),
        jeuneId: id.optional(),
        action: z.enum(ACTIONS_JOURNAL).optional(),
        du: dateLocale.optional(),
        au: dateLocale.optional(),
        /** Page on: entries older than this id. */
        avantId: id.optional(),
        limite: z.number().int().min(1).max(500).default(100),
      })
      .refine((v) => !v.du || !v.au || v.du <= v.au, {
        error: 'Période : la date de début doit précéder la date de fin.',
        path: ['au'],
      }),
    output: z.object({ entrees: z.array(entreeJournalSchema), suivant: z.number().nullable() }),
  }),
  'journal.consultationsJeune': methode({
    resume: 'Qui a ouvert ou modifié ce dossier, et quand (depuis la fiche du jeune).',
    roles: LECTEURS_JOURNAL,
    mode: 'lecture',
    input: z.object({ jeuneId: id, limite: z.number().int().min(1).max(500).default(200) }),
    output: z.array(entreeJournalSchema),
  }),
  'journal.verifier': methode({
    resume: "Vérifie la chaîne d'empreintes du journal et nomme la première entrée altérée.",
    roles: LECTEURS_JOURNAL,
    mode: 'lecture',
    input: z.object({}).default({}),
    output: verificationJournalSchema,
  }),
  'journal.apercuPurge': methode({
    resume: 'Ce que la purge supprimerait : les entrées plus anciennes que la durée de conservation.',
    roles: ['administrateur'],
    mode: 'lecture',
    input: z.object({}).default({}),
    output: z.object({
      conservationMois: z.number(),
      /** Entries strictly before this date (Europe/Paris) go. */
      limite: z.string(),
      entrees: z.number(),
      plusAncienne: instant.nullable(),
    }),
  }),
  'journal.purger': methode({
    resume: 'Supprime les entrées plus anciennes que la durée de conservation ; la purge est elle-même journalisée.',
    roles: ['administrateur'],
    mode: 'ecriture',
    input: z.object({ limite: dateLocale }),
    output: z.object({ supprimees: z.number() }),
  }),
} as const;
