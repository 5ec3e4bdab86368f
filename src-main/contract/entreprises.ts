import { z } from 'zod';
import { methode, type Role } from './core';
import {
  codeInsee,
  codePostal,
  dateLocale,
  email,
  id,
  listeDe,
  optionnel,
  siret,
  telephone,
  texte,
  texteOptionnel,
} from './champs';
import { contactPartenaireSaisie } from './annuaire';
import { ACCOMPAGNENT } from './dossier';
import { TYPES_SITUATION } from './referentielsParcours';
import {
  CODE_NAF_RE,
  CODE_ROME_RE,
  ISSUES_MISE_EN_RELATION,
  MOTIFS_NON_RETENU,
  ORIGINES_ENTREPRISE,
  SECTIONS_NAF,
  STATUTS_ENTREPRISE,
  STATUTS_OFFRE,
  STATUTS_OFFRE_SAISIS,
  TRANCHES_EFFECTIF,
  TYPES_ACTE,
  TYPES_CONTRAT_OFFRE,
  sectionDuNaf,
} from './referentielsEntreprises';

/**
 * The employer portfolio (issue 6). Every act is capitalised "so that all conseillers can use
 * it" (seeds, P3 Entreprise): whoever accompanies jeunes reads and records firms, acts, offers
 * and matches; reassigning a portfolio is the chargés de relation entreprises' and direction's.
 */
export const SUIVENT_LES_ENTREPRISES: readonly Role[] = ACCOMPAGNENT;
export const REAFFECTENT_LES_ENTREPRISES: readonly Role[] = ['charge_relation_entreprises', 'direction'];

/** "5610A", "56.10 a" and "56.10A" are the same NAF code. */
export const codeNaf = z
  .string()
  .trim()
  .toUpperCase()
  .transform((v) => v.replace(/\s+/g, '').replace(/^(\d{2})\.?(\d{2})([A-Z])$/, '$1.$2$3'))
  .refine((v) => CODE_NAF_RE.test(v), { error: 'Code NAF : 4 chiffres et une lettre attendus (ex. 56.10A).' })
  .refine((v) => sectionDuNaf(v) !== null, { error: 'Code NAF : cette division n’existe pas dans la NAF.' });

export const codeRome = z
  .string()
  .trim()
  .toUpperCase()
  .refine((v) => CODE_ROME_RE.test(v), { error: 'Code ROME : une lettre et 4 chiffres attendus (ex. G1602).' });

export const entrepriseSaisieSchema = z
  .object({
    siret,
    nom: texte('Raison sociale ou enseigne', 150).refine((v) => v.length >= 2, {
      error: 'Nom : 2 caractères au moins.',
    }),
    naf: optionnel(codeNaf),
    /** Derived from the NAF code when one is given; chosen by hand otherwise. */
    secteur: z.enum(SECTIONS_NAF, { error: 'Secteur : choisissez dans la liste.' }).nullable().default(null),
    tranche: z.enum(TRANCHES_EFFECTIF, { error: 'Effectif : choisissez une tranche.' }).nullable().default(null),
    adresse: texteOptionnel('Adresse', 200),
    codePostal: optionnel(codePostal),
    codeInsee: optionnel(codeInsee),
    commune: texteOptionnel('Commune', 120),
    /** The establishment stands in a quartier prioritaire de la politique de la ville. */
    qpv: z.boolean().default(false),
    telephone,
    email,
    /** The staff member who owns the relation; null: nobody yet. */
    responsableId: id.nullable().default(null),
    statut: z.enum(STATUTS_ENTREPRISE, { error: 'Statut : prospect, partenaire ou inactive.' }).default('prospect'),
    origine: z.enum(ORIGINES_ENTREPRISE, { error: 'Origine : choisissez dans la liste.' }).nullable().default(null),
    notes: texteOptionnel('Notes', 8000),
    /** The interlocuteurs, in the order shown; replaced whole on each save. */
    contacts: z.array(contactPartenaireSaisie).max(50, { error: 'Interlocuteurs : 50 au plus.' }).default([]),
  })
  .transform((e) => ({ ...e, secteur: e.naf === null ? e.secteur : sectionDuNaf(e.naf) }));
export type EntrepriseSaisie = z.input<typeof entrepriseSaisieSchema>;

export const interlocuteurSchema = z.object({
  id,
  nom: z.string(),
  fonction: z.string().nullable(),
  telephone: z.string().nullable(),
  email: z.string().nullable(),
});

export const acteSaisieSchema = z
  .object({
    /** Today when omitted; an act is recorded once done. */
    date: dateLocale.optional(),
    type: z.enum(TYPES_ACTE, { error: "Type d'acte : choisissez dans la liste." }),
    /** The firm's interlocuteur met or called, as a name (kept if the contact list changes). */
    interlocuteur: texteOptionnel('Interlocuteur', 120),
    note: texteOptionnel('Note', 4000),
    /** A next action planned with the firm ("rappeler pour l'alternance de septembre"). */
    prochaineActionLe: dateLocale.nullable().default(null),
    prochaineAction: texteOptionnel('Prochaine action', 300),
  })
  .refine((a) => (a.prochaineActionLe === null) === (a.prochaineAction === null), {
    error: 'Prochaine action : indiquez à la fois la date et ce qu’il faudra faire.',
    path: ['prochaineAction'],
  });
export type ActeSaisie = z.input<typeof acteSaisieSchema>;

export const acteSchema = z.object({
  id,
  entrepriseId: id,
  entrepriseNom: z.string(),
  date: z.string(),
  type: z.enum(TYPES_ACTE),
  interlocuteur: z.string().nullable(),
  note: z.string().nullable(),
  prochaineActionLe: z.string().nullable(),
  prochaineAction: z.string().nullable(),
  /** Set on the acts the offer and match screens write themselves. */
  offreId: z.number().nullable(),
  miseEnRelationId: z.number().nullable(),
  auteurId: z.number(),
  auteurNom: z.string(),
  modifieLe: z.string(),
});
export type Acte = z.infer<typeof acteSchema>;

export const offreSaisieSchema = z
  .object({
    intitule: texte("Intitulé de l'offre", 160),
    /** The job in the employer's words. */
    metier: texteOptionnel('Métier', 160),
    codeRome: optionnel(codeRome),
    typeContrat: z.enum(TYPES_CONTRAT_OFFRE, { error: 'Type de contrat : choisissez dans la liste.' }),
    /** Null for a CDI, or when the employer has not said. */
    dureeMois: z
      .number({ error: 'Durée : un nombre de mois.' })
      .int({ error: 'Durée : un nombre entier de mois.' })
      .min(1, { error: 'Durée : 1 mois au moins.' })
      .max(48, { error: 'Durée : 48 mois au plus.' })
      .nullable()
      .default(null),
    postes: z
      .number({ error: 'Postes : un nombre.' })
      .int({ error: 'Postes : un nombre entier.' })
      .min(1, { error: 'Postes : 1 au moins.' })
      .max(99, { error: 'Postes : 99 au plus.' })
      .default(1),
    lieu: texteOptionnel('Lieu de travail', 200),
    codeInsee: optionnel(codeInsee),
    commune: texteOptionnel('Commune', 120),
    /** Today when omitted. */
    recueLe: dateLocale.optional(),
    /** The employer's own deadline; without it the offer expires after the days set in Paramètres. */
    dateLimite: dateLocale.nullable().default(null),
    description: texteOptionnel('Description', 4000),
    interlocuteur: texteOptionnel('Interlocuteur', 120),
    statut: z.enum(STATUTS_OFFRE_SAISIS, { error: 'Statut : ouverte, pourvue ou annulée.' }).default('ouverte'),
    /** The conseillers the offer was passed on to. */
    conseillerIds: z
      .array(id)
      .max(50, { error: 'Conseillers informés : 50 au plus.' })
      .default([])
      .transform((l) => [...new Set(l)]),
  })
  .refine((o) => o.typeContrat !== 'cdi' || o.dureeMois === null, {
    error: 'Durée : un CDI n’a pas de durée ; laissez le champ vide.',
    path: ['dureeMois'],
  })
  .refine((o) => o.dateLimite === null || o.recueLe === undefined || o.dateLimite >= o.recueLe, {
    error: 'Date limite : elle ne peut pas précéder la réception de l’offre.',
    path: ['dateLimite'],
  });
export type OffreSaisie = z.input<typeof offreSaisieSchema>;

export const offreSchema = z.object({
  id,
  entrepriseId: id,
  entrepriseNom: z.string(),
  intitule: z.string(),
  metier: z.string().nullable(),
  codeRome: z.string().nullable(),
  typeContrat: z.enum(TYPES_CONTRAT_OFFRE),
  dureeMois: z.number().nullable(),
  postes: z.number(),
  lieu: z.string().nullable(),
  codeInsee: z.string().nullable(),
  commune: z.string().nullable(),
  recueLe: z.string(),
  dateLimite: z.string().nullable(),
  description: z.string().nullable(),
  interlocuteur: z.string().nullable(),
  /** As read today: an open offer past its expiry date reads "expiree". */
  statut: z.enum(STATUTS_OFFRE),
  /** The status as typed (ouverte, pourvue, annulée). */
  statutSaisi: z.enum(STATUTS_OFFRE_SAISIS),
  /** The deadline, or the reception date plus the expiry set in Paramètres. */
  expireLe: z.string(),
  /** The day it was filled (by hand, or by the last position retained). */
  pourvueLe: z.string().nullable(),
  conseillers: z.array(z.object({ id, nom: z.string() })),
  misesEnRelation: z.object({ total: z.number(), enAttente: z.number(), retenus: z.number() }),
  auteurId: z.number(),
  auteurNom: z.string(),
  modifieLe: z.string(),
});
export type Offre = z.infer<typeof offreSchema>;

export const miseEnRelationSchema = z.object({
  id,
  offreId: id,
  offreIntitule: z.string(),
  typeContrat: z.enum(TYPES_CONTRAT_OFFRE),
  entrepriseId: id,
  entrepriseNom: z.string(),
  jeuneId: id,
  jeuneNom: z.string(),
  date: z.string(),
  issue: z.enum(ISSUES_MISE_EN_RELATION),
  issueLe: z.string().nullable(),
  motifNonRetenu: z.enum(MOTIFS_NON_RETENU).nullable(),
  commentaire: z.string().nullable(),
  /** The jeune's situation at the firm, once retained. */
  situationId: z.number().nullable(),
  auteurId: z.number(),
  auteurNom: z.string(),
  modifieLe: z.string(),
});
export type MiseEnRelation = z.infer<typeof miseEnRelationSchema>;

export const ligneEntrepriseSchema = z.object({
  id,
  nom: z.string(),
  siret: z.string(),
  commune: z.string().nullable(),
  codeInsee: z.string().nullable(),
  qpv: z.boolean(),
  secteur: z.enum(SECTIONS_NAF).nullable(),
  tranche: z.enum(TRANCHES_EFFECTIF).nullable(),
  statut: z.enum(STATUTS_ENTREPRISE),
  responsableId: z.number().nullable(),
  responsableNom: z.string().nullable(),
  dernierActe: z.object({ date: z.string(), type: z.enum(TYPES_ACTE) }).nullable(),
  offresOuvertes: z.number(),
  /** Distinct jeunes with a situation naming the firm; `jeunesEnPoste`: in progress today. */
  jeunesPlaces: z.number(),
  jeunesEnPoste: z.number(),
});
export type LigneEntreprise = z.infer<typeof ligneEntrepriseSchema>;

export const GENRES_CHRONOLOGIE_ENTREPRISE = [
  'creation',
  'acte',
  'offre',
  'mise_en_relation',
  'situation',
  'affectation',
] as const;

export const prochaineActionSchema = z.object({
  genre: z.enum(['relance', 'fin_contrat', 'offre_sans_mise_en_relation', 'offre_expire']),
  date: z.string(),
  libelle: z.string(),
  cible: z.object({ type: z.enum(['acte', 'situation', 'offre']), id }),
});

export const entrepriseSchema = z.object({
  id,
  siret: z.string(),
  /** The first 9 digits: the legal unit. */
  siren: z.string(),
  nom: z.string(),
  naf: z.string().nullable(),
  secteur: z.enum(SECTIONS_NAF).nullable(),
  tranche: z.enum(TRANCHES_EFFECTIF).nullable(),
  adresse: z.string().nullable(),
  codePostal: z.string().nullable(),
  codeInsee: z.string().nullable(),
  commune: z.string().nullable(),
  qpv: z.boolean(),
  telephone: z.string().nullable(),
  email: z.string().nullable(),
  responsableId: z.number().nullable(),
  responsableNom: z.string().nullable(),
  statut: z.enum(STATUTS_ENTREPRISE),
  origine: z.enum(ORIGINES_ENTREPRISE).nullable(),
  notes: z.string().nullable(),
  contacts: z.array(interlocuteurSchema),
  actes: z.array(acteSchema),
  offres: z.array(offreSchema),
  misesEnRelation: z.array(miseEnRelationSchema),
  /** Jeunes employed, in alternance or in immersion there (situations naming the firm). */
  jeunes: z.array(
    z.object({
      situationId: id,
      jeuneId: id,
      jeuneNom: z.string(),
      type: z.enum(TYPES_SITUATION),
      sousType: z.string().nullable(),
      intitule: z.string().nullable(),
      debut: z.string(),
      finPrevue: z.string().nullable(),
      finReelle: z.string().nullable(),
      enCours: z.boolean(),
    }),
  ),
  /** Everything that happened with the firm, the most recent first. */
  chronologie: z.array(
    z.object({
      cle: z.string(),
      date: z.string(),
      genre: z.enum(GENRES_CHRONOLOGIE_ENTREPRISE),
      titre: z.string(),
      detail: z.string().nullable(),
      auteurNom: z.string().nullable(),
      cible: z.object({ type: z.enum(['acte', 'offre', 'mise_en_relation', 'situation', 'entreprise']), id }),
    }),
  ),
  /** Planned follow-ups still pending, contracts ending, offers to work on; soonest first. */
  prochainesActions: z.array(prochaineActionSchema),
  creeLe: z.string(),
  /** For the concurrency check of `entreprises.modifier`. */
  modifieLe: z.string(),
});
export type Entreprise = z.infer<typeof entrepriseSchema>;

export const criteresEntreprisesSchema = z
  .object({
    /** Words of the name, or digits of the SIRET. */
    texte: z.string().trim().max(100).default(''),
    statuts: listeDe(STATUTS_ENTREPRISE, 'Statut inconnu.'),
    secteurs: listeDe(SECTIONS_NAF, 'Secteur inconnu.'),
    tranches: listeDe(TRANCHES_EFFECTIF, "Tranche d'effectif inconnue."),
    codeInsee: codeInsee.nullable().default(null),
    /** Omitted: every owner; null: firms nobody owns; an id: that person's portfolio. */
    responsableId: id.nullable().optional(),
    limite: z.number().int().min(1).max(2000).default(500),
  })
  .default({ texte: '', statuts: [], secteurs: [], tranches: [], codeInsee: null, limite: 500 });
export type CriteresEntreprises = z.input<typeof criteresEntreprisesSchema>;

export const ressemblanteSchema = z.object({
  id,
  nom: z.string(),
  siret: z.string(),
  commune: z.string().nullable(),
  /** "siret": the same establishment (refused on save); "siren": another establishment of the same firm; "nom": a look-alike name. */
  raison: z.enum(['siret', 'siren', 'nom']),
});

export const finDeContratSchema = z.object({
  situationId: id,
  jeuneId: id,
  jeuneNom: z.string(),
  type: z.enum(TYPES_SITUATION),
  sousType: z.string().nullable(),
  intitule: z.string().nullable(),
  finPrevue: z.string(),
  joursRestants: z.number(),
  entrepriseId: z.number().nullable(),
  /** The firm's name, or the employer typed on the situation. */
  employeur: z.string().nullable(),
});

const issueSaisie = z
  .object({
    id,
    issue: z.enum(ISSUES_MISE_EN_RELATION, { error: 'Issue : en attente, retenu, non retenu ou désistement.' }),
    /** Today when omitted. */
    issueLe: dateLocale.optional(),
    motifNonRetenu: z.enum(MOTIFS_NON_RETENU, { error: 'Motif : choisissez dans la liste.' }).nullable().default(null),
    commentaire: texteOptionnel('Commentaire', 2000),
    /** Retained: the first day of the contract (the outcome's date when omitted). */
    debutContrat: dateLocale.optional(),
    /** Retained: link this existing situation of the jeune instead of creating one. */
    situationId: id.nullable().default(null),
    modifieLeLu: z.string(),
  })
  .refine((s) => s.issue !== 'non_retenu' || s.motifNonRetenu !== null, {
    error: 'Non retenu : indiquez le motif.',
    path: ['motifNonRetenu'],
  })
  .refine((s) => s.motifNonRetenu !== 'autre' || s.commentaire !== null, {
    error: 'Motif « autre » : précisez-le dans le commentaire.',
    path: ['commentaire'],
  });

export const entreprisesContract = {
  'entreprises.rechercher': methode({
    resume:
      'Les entreprises du portefeuille (d’une personne, de personne ou de toutes) avec dernier acte, offres ouvertes et jeunes placés ; filtres par secteur, effectif, commune, statut.',
    roles: SUIVENT_LES_ENTREPRISES,
    mode: 'lecture',
    input: criteresEntreprisesSchema,
    output: z.object({ entreprises: z.array(ligneEntrepriseSchema), total: z.number() }),
  }),
  'entreprises.lire': methode({
    resume:
      'La fiche d’une entreprise : interlocuteurs, chronologie des actes, offres et mises en relation, jeunes en poste, prochaines actions.',
    roles: SUIVENT_LES_ENTREPRISES,
    mode: 'lecture',
    input: z.object({ id }),
    output: entrepriseSchema,
  }),
  'entreprises.ressemblantes': methode({
    resume: 'Les entreprises déjà enregistrées au même SIRET, au même SIREN ou sous un nom voisin.',
    roles: SUIVENT_LES_ENTREPRISES,
    mode: 'lecture',
    input: z.object({
      nom: z.string().trim().max(150).default(''),
      siret: z.string().trim().max(20).default(''),
      /** The firm being edited, left out of the answer. */
      id: id.nullable().default(null),
    }),
    output: z.array(ressemblanteSchema),
  }),
  'entreprises.creer': methode({
    resume: 'Ajoute une entreprise (SIRET contrôlé et unique ; un nom voisin d’une entreprise existante est signalé).',
    roles: SUIVENT_LES_ENTREPRISES,
    mode: 'ecriture',
    input: entrepriseSaisieSchema,
    output: z.object({ id, avertissements: z.array(z.string()) }),
  }),
  'entreprises.modifier': methode({
    resume: 'Modifie la fiche d’une entreprise (refusé si quelqu’un l’a modifiée entre-temps).',
    roles: SUIVENT_LES_ENTREPRISES,
    mode: 'ecriture',
    input: z.object({ id, modifieLeLu: z.string(), entreprise: entrepriseSaisieSchema }),
    output: z.object({ id, avertissements: z.array(z.string()) }),
  }),
  'entreprises.reaffecter': methode({
    resume: 'Confie des entreprises à une autre personne (ou à personne) ; chaque changement est tracé.',
    roles: REAFFECTENT_LES_ENTREPRISES,
    mode: 'ecriture',
    input: z.object({
      entrepriseIds: z.array(id).min(1, { error: 'Choisissez au moins une entreprise.' }).max(5000),
      responsableId: id.nullable(),
    }),
    output: z.object({ reaffectees: z.number() }),
  }),
  'entreprises.aFaire': methode({
    resume:
      'À faire : contrats en alternance et à durée déterminée qui finissent bientôt, offres sans mise en relation, entreprises sans acte, relances prévues.',
    roles: SUIVENT_LES_ENTREPRISES,
    mode: 'lecture',
    input: z
      .object({
        /** Omitted: the whole ML (contracts without a firm of the portfolio included); an id: that person's firms. */
        responsableId: id.optional(),
      })
      .default({}),
    output: z.object({
      reglages: z.object({
        finContratJours: z.number(),
        offreSansMiseEnRelationJours: z.number(),
        entrepriseSansActeMois: z.number(),
      }),
      finsDeContrat: z.array(finDeContratSchema),
      offresSansMiseEnRelation: z.array(
        z.object({
          offreId: id,
          intitule: z.string(),
          entrepriseId: id,
          entrepriseNom: z.string(),
          recueLe: z.string(),
          jours: z.number(),
          expireLe: z.string(),
        }),
      ),
      entreprisesSansActe: z.array(
        z.object({
          entrepriseId: id,
          nom: z.string(),
          responsableNom: z.string().nullable(),
          dernierActe: z.string().nullable(),
          mois: z.number(),
        }),
      ),
      relances: z.array(
        z.object({
          acteId: id,
          entrepriseId: id,
          entrepriseNom: z.string(),
          date: z.string(),
          libelle: z.string(),
          enRetard: z.boolean(),
        }),
      ),
    }),
  }),
  'entreprises.compteurs': methode({
    resume:
      'Les compteurs du portefeuille pour une année : entreprises avec un acte, part des actes entreprises dans l’activité, offres, mises en relation.',
    roles: SUIVENT_LES_ENTREPRISES,
    mode: 'lecture',
    input: z.object({ annee: z.number().int().min(2000).max(2100).optional() }).default({}),
    output: z.object({
      annee: z.number(),
      du: z.string(),
      au: z.string(),
      /** DOMAIN.md entreprises_portefeuille: distinct firms with at least one act in the period. */
      entreprisesAvecActe: z.number(),
      actesEntreprises: z.number(),
      evenementsJeunes: z.number(),
      /** DOMAIN.md part_actes_entreprises: acts / jeunes' événements; null without any événement. */
      partActesEntreprises: z.number().nullable(),
      offresRecues: z.number(),
      offresPourvues: z.number(),
      misesEnRelation: z.number(),
      retenues: z.number(),
      /** Firms not inactive today. */
      entreprisesSuivies: z.number(),
      precedente: z.object({
        entreprisesAvecActe: z.number(),
        actesEntreprises: z.number(),
        partActesEntreprises: z.number().nullable(),
      }),
    }),
  }),
  'actes.enregistrer': methode({
    resume:
      'Note un acte de service pour une entreprise (contact, visite, aides, immersion, suivi…), daté d’aujourd’hui par défaut.',
    roles: SUIVENT_LES_ENTREPRISES,
    mode: 'ecriture',
    input: z.object({ entrepriseId: id, id: id.nullable().default(null), acte: acteSaisieSchema }),
    output: z.object({ id }),
  }),
  'actes.supprimer': methode({
    resume:
      'Supprime un acte saisi par erreur (son auteur ou la direction ; pas ceux d’une offre ou d’une mise en relation).',
    roles: SUIVENT_LES_ENTREPRISES,
    mode: 'ecriture',
    input: z.object({ id }),
    output: z.object({ id }),
  }),
  'offres.rechercher': methode({
    resume: 'Les offres reçues des entreprises, par statut, contrat, commune, mots ; celles qui m’ont été transmises.',
    roles: SUIVENT_LES_ENTREPRISES,
    mode: 'lecture',
    input: z
      .object({
        texte: z.string().trim().max(100).default(''),
        /** Default: the open ones. */
        statuts: z.array(z.enum(STATUTS_OFFRE)).max(STATUTS_OFFRE.length).default(['ouverte']),
        typesContrat: listeDe(TYPES_CONTRAT_OFFRE, 'Type de contrat inconnu.'),
        codeInsee: codeInsee.nullable().default(null),
        entrepriseId: id.nullable().default(null),
        /** Only the offers passed on to the caller. */
        transmisesAMoi: z.boolean().default(false),
        limite: z.number().int().min(1).max(2000).default(300),
      })
      .default({
        texte: '',
        statuts: ['ouverte'],
        typesContrat: [],
        codeInsee: null,
        entrepriseId: null,
        transmisesAMoi: false,
        limite: 300,
      }),
    output: z.object({ offres: z.array(offreSchema), total: z.number() }),
  }),
  'offres.lire': methode({
    resume: 'Une offre et ses mises en relation.',
    roles: SUIVENT_LES_ENTREPRISES,
    mode: 'lecture',
    input: z.object({ id }),
    output: offreSchema.extend({ liste: z.array(miseEnRelationSchema) }),
  }),
  'offres.enregistrer': methode({
    resume: 'Enregistre ou modifie une offre d’une entreprise (l’acte « offre enregistrée » est noté à sa création).',
    roles: SUIVENT_LES_ENTREPRISES,
    mode: 'ecriture',
    input: z.object({
      entrepriseId: id,
      id: id.nullable().default(null),
      /** Required to change an offer: refused if someone changed it meanwhile. */
      modifieLeLu: z.string().nullable().default(null),
      offre: offreSaisieSchema,
    }),
    output: z.object({ id }),
  }),
  'offres.supprimer': methode({
    resume: 'Supprime une offre saisie par erreur, tant qu’aucun jeune n’y a été proposé (sinon : l’annuler).',
    roles: SUIVENT_LES_ENTREPRISES,
    mode: 'ecriture',
    input: z.object({ id }),
    output: z.object({ id }),
  }),
  'misesEnRelation.proposer': methode({
    resume: 'Propose un ou plusieurs jeunes sur une offre ouverte (depuis l’offre ou le dossier du jeune).',
    roles: SUIVENT_LES_ENTREPRISES,
    mode: 'ecriture',
    dossier: 'modification',
    input: z.object({
      offreId: id,
      jeuneIds: z
        .array(id)
        .min(1, { error: 'Choisissez au moins un jeune.' })
        .max(50, { error: '50 jeunes au plus à la fois.' })
        .transform((l) => [...new Set(l)]),
      /** Today when omitted. */
      date: dateLocale.optional(),
      commentaire: texteOptionnel('Commentaire', 2000),
    }),
    output: z.object({ ids: z.array(id) }),
  }),
  'misesEnRelation.enregistrerIssue': methode({
    resume:
      'Note l’issue d’une mise en relation : retenu (la situation du jeune chez l’employeur est créée ou liée), non retenu (motif), désistement.',
    roles: SUIVENT_LES_ENTREPRISES,
    mode: 'ecriture',
    dossier: 'modification',
    input: issueSaisie,
    output: z.object({
      id,
      situationId: z.number().nullable(),
      offreStatut: z.enum(STATUTS_OFFRE),
      avertissements: z.array(z.string()),
    }),
  }),
  'misesEnRelation.supprimer': methode({
    resume: 'Supprime une mise en relation saisie par erreur (tant qu’elle est en attente).',
    roles: SUIVENT_LES_ENTREPRISES,
    mode: 'ecriture',
    dossier: 'modification',
    input: z.object({ id }),
    output: z.object({ id }),
  }),
  'misesEnRelation.duJeune': methode({
    resume: 'Les mises en relation d’un jeune sur les offres des entreprises, les plus récentes d’abord.',
    roles: SUIVENT_LES_ENTREPRISES,
    mode: 'lecture',
    dossier: 'lecture',
    input: z.object({ jeuneId: id }),
    output: z.array(miseEnRelationSchema),
  }),
} as const;
