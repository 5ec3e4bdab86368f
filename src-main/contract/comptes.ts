import { z } from 'zod';
import { methode, roleSchema } from './core';
import { personnelSchema } from './installation';
import {
  defautMotDePasse,
  email,
  id,
  identifiantConnexion,
  instant,
  motDePasseSaisi,
  nouveauMotDePasse,
  texte,
} from './champs';

/** Idle time before the session locks (DOMAIN.md and issue 3: 10 minutes by default). */
export const VERROUILLAGE_MINUTES = { defaut: 10, min: 1, max: 120 } as const;
/** How long the access trail is kept (DOMAIN.md: 1 year by default, 6 months to 3 years). */
export const CONSERVATION_JOURNAL_MOIS = { defaut: 12, min: 6, max: 36 } as const;
/** Portfolio alert: a jeune without contact for this many weeks (issue 4). */
export const SEMAINES_SANS_CONTACT = { defaut: 6, min: 2, max: 26 } as const;
/** An orientation still « proposée » after this many days is to follow up (issue 5). */
export const RELANCE_ORIENTATION_JOURS = { defaut: 30, min: 7, max: 180 } as const;
/** A convention shows as « à renouveler » this many days before it expires. */
export const PREAVIS_CONVENTION_JOURS = { defaut: 60, min: 15, max: 365 } as const;
/** An open offer with no deadline of its own expires this many days after it was received (issue 6). */
export const EXPIRATION_OFFRE_JOURS = { defaut: 60, min: 7, max: 365 } as const;
/** To-do: an open offer received this many days ago still without any mise en relation. */
export const OFFRE_SANS_MISE_EN_RELATION_JOURS = { defaut: 15, min: 1, max: 180 } as const;
/** To-do: alternance and fixed-term contracts ending within this many days. */
export const FIN_CONTRAT_JOURS = { defaut: 60, min: 7, max: 180 } as const;
/** To-do: a firm (not inactive) without any service act for this many months. */
export const ENTREPRISE_SANS_ACTE_MOIS = { defaut: 6, min: 1, max: 36 } as const;

/**
 * Failed sign-ins (docs/comptes.md): from the 3rd consecutive failure the next attempt waits
 * (5 s, then 10 s); the 5th locks the account for 15 minutes, or until an administrator unlocks it.
 */
export const ECHECS_AVANT_DELAI = 3;
export const DELAI_INITIAL_SECONDES = 5;
export const ECHECS_AVANT_BLOCAGE = 5;
export const BLOCAGE_MINUTES = 15;

export const utilisateurSessionSchema = z.object({
  id,
  prenom: z.string(),
  nom: z.string(),
  identifiant: z.string(),
  roles: z.array(roleSchema),
  siteId: z.number().nullable(),
});
export type UtilisateurSession = z.infer<typeof utilisateurSessionSchema>;

export const etatSessionSchema = z.object({
  installee: z.boolean(),
  structure: z.string().nullable(),
  /** Installed, but no active administrator can sign in (database from before accounts). */
  administrateurADefinir: z.boolean(),
  /** Null when nobody is signed in; kept (name only is shown) while the session is locked. */
  utilisateur: utilisateurSessionSchema.nullable(),
  verrouillee: z.boolean(),
  doitChangerMotDePasse: z.boolean(),
  verrouillageMinutes: z.number(),
});
export type EtatSession = z.infer<typeof etatSessionSchema>;

export const compteSchema = personnelSchema.extend({
  motDePasseDefini: z.boolean(),
  doitChangerMotDePasse: z.boolean(),
  echecsConsecutifs: z.number(),
  bloqueJusqua: instant.nullable(),
  derniereConnexion: instant.nullable(),
});
export type Compte = z.infer<typeof compteSchema>;

const compteSaisie = z.object({
  prenom: texte('Prénom', 80),
  nom: texte('Nom', 80),
  email: email,
  roles: z.array(roleSchema).min(1, { error: 'Choisissez au moins un rôle.' }),
  siteId: id.nullable().default(null),
});

function sansIdentifiantDansLeMotDePasse(champ: string) {
  return (v: { identifiant: string } & Record<string, unknown>, ctx: z.RefinementCtx) => {
    const defaut = defautMotDePasse(String(v[champ] ?? ''), v.identifiant);
    if (defaut) ctx.addIssue({ code: 'custom', message: defaut, path: [champ] });
  };
}

/** One setting: a whole number within its bounds, refused with its label and unit in French. */
function reglage(
  libelle: string,
  bornes: { min: number; max: number },
  unite: string,
  { singulier = unite === 'mois' ? unite : unite.replace(/s$/, ''), maximum = `${bornes.max} ${unite}` } = {},
) {
  return z
    .number({ error: `${libelle} : un nombre de ${unite}.` })
    .int({ error: `${libelle} : un nombre entier de ${unite}.` })
    .min(bornes.min, { error: `${libelle} : ${bornes.min} ${bornes.min > 1 ? unite : singulier} au moins.` })
    .max(bornes.max, { error: `${libelle} : ${maximum} au plus.` });
}

export const parametresSchema = z.object({
  verrouillageMinutes: reglage('Verrouillage', VERROUILLAGE_MINUTES, 'minutes'),
  conservationJournalMois: reglage('Conservation du journal', CONSERVATION_JOURNAL_MOIS, 'mois', {
    maximum: '36 mois (3 ans)',
  }),
  semainesSansContact: reglage('Alerte sans contact', SEMAINES_SANS_CONTACT, 'semaines').default(
    SEMAINES_SANS_CONTACT.defaut,
  ),
  relanceOrientationJours: reglage('Relance des orientations', RELANCE_ORIENTATION_JOURS, 'jours').default(
    RELANCE_ORIENTATION_JOURS.defaut,
  ),
  preavisConventionJours: reglage('Échéance des conventions', PREAVIS_CONVENTION_JOURS, 'jours').default(
    PREAVIS_CONVENTION_JOURS.defaut,
  ),
  expirationOffreJours: reglage('Expiration des offres', EXPIRATION_OFFRE_JOURS, 'jours').default(
    EXPIRATION_OFFRE_JOURS.defaut,
  ),
  offreSansMiseEnRelationJours: reglage(
    'Offres sans mise en relation',
    OFFRE_SANS_MISE_EN_RELATION_JOURS,
    'jours',
  ).default(OFFRE_SANS_MISE_EN_RELATION_JOURS.defaut),
  finContratJours: reglage('Fins de contrat à suivre', FIN_CONTRAT_JOURS, 'jours').default(FIN_CONTRAT_JOURS.defaut),
  entrepriseSansActeMois: reglage('Entreprises sans acte', ENTREPRISE_SANS_ACTE_MOIS, 'mois').default(
    ENTREPRISE_SANS_ACTE_MOIS.defaut,
  ),
});
export type Parametres = z.infer<typeof parametresSchema>;

export const comptesContract = {
  'session.etat': methode({
    resume: 'Qui est connecté sur ce poste, si la session est verrouillée, si la structure est installée.',
    roles: 'public',
    mode: 'lecture',
    input: z.object({}).default({}),
    output: etatSessionSchema,
  }),
  'session.ouvrir': methode({
    resume:
      'Connexion par identifiant et mot de passe ; sur une session verrouillée, la même personne la rouvre, une autre en change.',
    roles: 'public',
    mode: 'ecriture',
    input: z.object({ identifiant: identifiantConnexion, motDePasse: motDePasseSaisi }),
    output: z.discriminatedUnion('statut', [
      z.object({ statut: z.literal('ouverte'), session: etatSessionSchema }),
      z.object({
        statut: z.literal('refusee'),
        message: z.string(),
        /** Seconds before another attempt is accepted (growing delay), if any. */
        attendreSecondes: z.number().nullable(),
        bloqueJusqua: instant.nullable(),
      }),
    ]),
  }),
  'session.verrouiller': methode({
    resume: "Verrouille la session (raccourci clavier, ou inactivité) : l'écran ne montre plus rien.",
    roles: 'tous',
    mode: 'ecriture',
    input: z.object({ motif: z.enum(['demande', 'inactivite']).default('demande') }).default({ motif: 'demande' }),
    output: z.object({ verrouillee: z.literal(true) }),
  }),
  'session.fermer': methode({
    resume: 'Déconnexion : le poste revient à l’écran de connexion.',
    roles: 'tous',
    mode: 'ecriture',
    input: z.object({}).default({}),
    output: z.object({ fermee: z.literal(true) }),
  }),
  'session.activite': methode({
    resume: 'Signale que la personne travaille (clavier, souris) : repousse le verrouillage pour inactivité.',
    roles: 'tous',
    mode: 'lecture',
    input: z.object({}).default({}),
    output: z.object({ verrouillageMinutes: z.number() }),
  }),
  'session.changerMotDePasse': methode({
    resume: 'Change son propre mot de passe (obligatoire après une réinitialisation).',
    roles: 'tous',
    mode: 'ecriture',
    input: z.object({ actuel: motDePasseSaisi, nouveau: nouveauMotDePasse }).refine((v) => v.actuel !== v.nouveau, {
      error: 'Le nouveau mot de passe doit être différent de l’actuel.',
      path: ['nouveau'],
    }),
    output: etatSessionSchema,
  }),

  'comptes.lister': methode({
    resume: 'Les comptes du personnel, avec leurs rôles et leur état (blocage, mot de passe à changer).',
    roles: ['administrateur'],
    mode: 'lecture',
    input: z.object({}).default({}),
    output: z.array(compteSchema),
  }),
  'comptes.creer': methode({
    resume: 'Crée un compte avec un mot de passe provisoire, à changer à la première connexion.',
    roles: ['administrateur'],
    mode: 'ecriture',
    input: compteSaisie
      .extend({ identifiant: identifiantConnexion, motDePasseProvisoire: nouveauMotDePasse })
      .superRefine(sansIdentifiantDansLeMotDePasse('motDePasseProvisoire')),
    output: z.object({ id }),
  }),
  'comptes.modifier': methode({
    resume: 'Change les noms, les rôles, le site principal ou l’activité d’un compte.',
    roles: ['administrateur'],
    mode: 'ecriture',
    input: compteSaisie.extend({ id, actif: z.boolean() }),
    output: z.object({ id }),
  }),
  'comptes.reinitialiserMotDePasse': methode({
    resume: 'Donne un mot de passe provisoire ; la personne en choisit un nouveau à sa prochaine connexion.',
    roles: ['administrateur'],
    mode: 'ecriture',
    input: z.object({ id, motDePasseProvisoire: nouveauMotDePasse }),
    output: z.object({ id }),
  }),
  'comptes.debloquer': methode({
    resume: 'Lève le blocage temporaire d’un compte après des échecs de connexion.',
    roles: ['administrateur'],
    mode: 'ecriture',
    input: z.object({ id }),
    output: z.object({ id }),
  }),

  'parametres.lire': methode({
    resume:
      'Les réglages : verrouillage pour inactivité, conservation du journal, alerte « sans contact » du portefeuille.',
    roles: 'tous',
    mode: 'lecture',
    input: z.object({}).default({}),
    output: parametresSchema,
  }),
  'parametres.enregistrer': methode({
    resume: 'Change les réglages (administrateur).',
    roles: ['administrateur'],
    mode: 'ecriture',
    input: parametresSchema,
    output: parametresSchema,
  }),
} as const;
