import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import {
  ISSUES_MISE_EN_RELATION,
  MOTIFS_NON_RETENU,
  ORIGINES_ENTREPRISE,
  SECTIONS_NAF,
  STATUTS_ENTREPRISE,
  STATUTS_OFFRE_SAISIS,
  TRANCHES_EFFECTIF,
  TYPES_ACTE,
  TYPES_CONTRAT_OFFRE,
} from '../../contract/referentielsEntreprises';
import { tracabilite } from './commun';
import { jeune } from './jeunes';
import { situation } from './parcours';
import { utilisateur } from './structure';

/** The employer portfolio (issue 6). One row per establishment: the SIRET is unique. */
export const entreprise = sqliteTable(
  'entreprise',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    siret: text('siret').notNull(),
    nom: text('nom').notNull(),
    naf: text('naf'),
    secteur: text('secteur', { enum: SECTIONS_NAF }),
    tranche: text('tranche', { enum: TRANCHES_EFFECTIF }),
    adresse: text('adresse'),
    codePostal: text('code_postal'),
    codeInsee: text('code_insee'),
    commune: text('commune'),
    qpv: integer('qpv', { mode: 'boolean' }).notNull().default(false),
    telephone: text('telephone'),
    email: text('email'),
    responsableId: integer('responsable_id').references(() => utilisateur.id),
    statut: text('statut', { enum: STATUTS_ENTREPRISE }).notNull().default('prospect'),
    origine: text('origine', { enum: ORIGINES_ENTREPRISE }),
    notes: text('notes'),
    ...tracabilite(),
  },
  (t) => [
    uniqueIndex('entreprise_siret').on(t.siret),
    index('entreprise_nom').on(t.nom),
    index('entreprise_responsable').on(t.responsableId, t.statut),
    index('entreprise_commune').on(t.codeInsee),
  ],
);

export const entrepriseContact = sqliteTable(
  'entreprise_contact',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    entrepriseId: integer('entreprise_id')
      .notNull()
      .references(() => entreprise.id, { onDelete: 'cascade' }),
    ordre: integer('ordre').notNull().default(0),
    nom: text('nom').notNull(),
    fonction: text('fonction'),
    telephone: text('telephone'),
    email: text('email'),
  },
  (t) => [index('entreprise_contact_entreprise').on(t.entrepriseId, t.ordre)],
);

/** Each change of the person who owns the relation (reassignment, or an edit of the firm). */
export const entrepriseAffectation = sqliteTable(
  'entreprise_affectation',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    entrepriseId: integer('entreprise_id')
      .notNull()
      .references(() => entreprise.id, { onDelete: 'cascade' }),
    avantId: integer('avant_id').references(() => utilisateur.id),
    apresId: integer('apres_id').references(() => utilisateur.id),
    /** Instant (UTC) of the change, and who made it. */
    le: text('le').notNull(),
    par: integer('par').references(() => utilisateur.id),
  },
  (t) => [index('entreprise_affectation_entreprise').on(t.entrepriseId, t.le)],
);

export const offre = sqliteTable(
  'offre',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    entrepriseId: integer('entreprise_id')
      .notNull()
      .references(() => entreprise.id),
    intitule: text('intitule').notNull(),
    metier: text('metier'),
    codeRome: text('code_rome'),
    typeContrat: text('type_contrat', { enum: TYPES_CONTRAT_OFFRE }).notNull(),
    dureeMois: integer('duree_mois'),
    postes: integer('postes').notNull().default(1),
    lieu: text('lieu'),
    codeInsee: text('code_insee'),
    commune: text('commune'),
    recueLe: text('recue_le').notNull(),
    dateLimite: text('date_limite'),
    description: text('description'),
    interlocuteur: text('interlocuteur'),
    /** As typed; "expirée" is read from the dates (docs/entreprises.md). */
    statut: text('statut', { enum: STATUTS_OFFRE_SAISIS }).notNull().default('ouverte'),
    pourvueLe: text('pourvue_le'),
    auteurId: integer('auteur_id')
      .notNull()
      .references(() => utilisateur.id),
    ...tracabilite(),
  },
  (t) => [
    index('offre_entreprise').on(t.entrepriseId, t.recueLe),
    index('offre_statut').on(t.statut, t.recueLe),
    index('offre_recue').on(t.recueLe),
  ],
);

/** The conseillers an offer was passed on to. */
export const offreDiffusion = sqliteTable(
  'offre_diffusion',
  {
    offreId: integer('offre_id')
      .notNull()
      .references(() => offre.id, { onDelete: 'cascade' }),
    utilisateurId: integer('utilisateur_id')
      .notNull()
      .references(() => utilisateur.id),
  },
  (t) => [
    primaryKey({ columns: [t.offreId, t.utilisateurId] }),
    index('offre_diffusion_utilisateur').on(t.utilisateurId),
  ],
);

export const miseEnRelation = sqliteTable(
  'mise_en_relation',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    offreId: integer('offre_id')
      .notNull()
      .references(() => offre.id),
    jeuneId: integer('jeune_id')
      .notNull()
      .references(() => jeune.id),
    date: text('date').notNull(),
    issue: text('issue', { enum: ISSUES_MISE_EN_RELATION }).notNull().default('en_attente'),
    issueLe: text('issue_le'),
    motifNonRetenu: text('motif_non_retenu', { enum: MOTIFS_NON_RETENU }),
    commentaire: text('commentaire'),
    /** The jeune's situation at the firm once retained. */
    situationId: integer('situation_id').references(() => situation.id, { onDelete: 'set null' }),
    /** The situation was created by the outcome (and goes with it), rather than linked. */
    situationCreee: integer('situation_creee', { mode: 'boolean' }).notNull().default(false),
    auteurId: integer('auteur_id')
      .notNull()
      .references(() => utilisateur.id),
    ...tracabilite(),
  },
  (t) => [
    uniqueIndex('mise_en_relation_offre_jeune').on(t.offreId, t.jeuneId),
    index('mise_en_relation_jeune').on(t.jeuneId, t.date),
    index('mise_en_relation_date').on(t.date),
    index('mise_en_relation_situation').on(t.situationId),
  ],
);

/** What the ML did for an employer (DOMAIN.md "acte de service"). */
export const acteService = sqliteTable(
  'acte_service',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    entrepriseId: integer('entreprise_id')
      .notNull()
      .references(() => entreprise.id),
    date: text('date').notNull(),
    type: text('type', { enum: TYPES_ACTE }).notNull(),
    interlocuteur: text('interlocuteur'),
    note: text('note'),
    prochaineActionLe: text('prochaine_action_le'),
    prochaineAction: text('prochaine_action'),
    /** The offer or match that wrote this act; it goes with them. */
    offreId: integer('offre_id').references(() => offre.id, { onDelete: 'cascade' }),
    miseEnRelationId: integer('mise_en_relation_id').references(() => miseEnRelation.id, { onDelete: 'cascade' }),
    auteurId: integer('auteur_id')
      .notNull()
      .references(() => utilisateur.id),
    ...tracabilite(),
  },
  (t) => [
    index('acte_service_entreprise').on(t.entrepriseId, t.date),
    index('acte_service_date').on(t.date),
    index('acte_service_prochaine_action').on(t.prochaineActionLe),
    index('acte_service_offre').on(t.offreId),
    index('acte_service_mise_en_relation').on(t.miseEnRelationId),
  ],
);
