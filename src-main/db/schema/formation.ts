import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { NIVEAUX } from '../../contract/referentielsParcours';
import {
  DECISIONS_COMMISSION,
  DOMAINES_FORMATION,
  FINANCEURS,
  MOTIFS_NON_RETENU_FORMATION,
  RAISONS_BESOIN,
  STATUTS_ACTION,
  STATUTS_POSITIONNEMENT,
  TYPES_BILAN_ACTION,
  TYPES_FORMATION,
} from '../../contract/referentielsFormation';
import { tracabilite } from './commun';
import { partenaire } from './annuaire';
import { jeune } from './jeunes';
import { situation } from './parcours';
import { utilisateur } from './structure';

/** Training actions of the territory and their référents (issue 7). */
export const actionFormation = sqliteTable(
  'action_formation',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    intitule: text('intitule').notNull(),
    programme: text('programme').notNull(),
    financeur: text('financeur', { enum: FINANCEURS }).notNull(),
    organismeId: integer('organisme_id')
      .notNull()
      .references(() => partenaire.id),
    typeFormation: text('type_formation', { enum: TYPES_FORMATION }).notNull(),
    domaine: text('domaine', { enum: DOMAINES_FORMATION }).notNull(),
    certification: text('certification'),
    lieu: text('lieu'),
    codeInsee: text('code_insee'),
    commune: text('commune'),
    debut: text('debut').notNull(),
    fin: text('fin').notNull(),
    places: integer('places').notNull(),
    prerequis: text('prerequis'),
    niveauMinimum: text('niveau_minimum', { enum: NIVEAUX }),
    ageMinimum: integer('age_minimum'),
    ageMaximum: integer('age_maximum'),
    description: text('description'),
    referentId: integer('referent_id').references(() => utilisateur.id),
    statut: text('statut', { enum: STATUTS_ACTION }).notNull().default('programmee'),
    /** The funder's number of the action: the CSV import matches on it. */
    reference: text('reference'),
    ...tracabilite(),
  },
  (t) => [
    uniqueIndex('action_formation_reference').on(t.reference),
    index('action_formation_debut').on(t.debut),
    index('action_formation_statut').on(t.statut, t.debut),
    index('action_formation_referent').on(t.referentId),
    index('action_formation_organisme').on(t.organismeId),
  ],
);

export const positionnement = sqliteTable(
  'positionnement',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    actionId: integer('action_id')
      .notNull()
      .references(() => actionFormation.id),
    jeuneId: integer('jeune_id')
      .notNull()
      .references(() => jeune.id),
    /** The day the jeune was proposed. */
    date: text('date').notNull(),
    statut: text('statut', { enum: STATUTS_POSITIONNEMENT }).notNull().default('propose'),
    statutLe: text('statut_le').notNull(),
    motifNonRetenu: text('motif_non_retenu', { enum: MOTIFS_NON_RETENU_FORMATION }),
    certificationObtenue: integer('certification_obtenue', { mode: 'boolean' }),
    commentaire: text('commentaire'),
    /** The jeune's "formation" situation, created on entry. */
    situationId: integer('situation_id').references(() => situation.id, { onDelete: 'set null' }),
    bilanLe: text('bilan_le'),
    bilanApports: text('bilan_apports'),
    bilanSuite: text('bilan_suite'),
    auteurId: integer('auteur_id')
      .notNull()
      .references(() => utilisateur.id),
    ...tracabilite(),
  },
  (t) => [
    uniqueIndex('positionnement_action_jeune').on(t.actionId, t.jeuneId),
    index('positionnement_jeune').on(t.jeuneId, t.date),
    index('positionnement_statut').on(t.actionId, t.statut),
    index('positionnement_situation').on(t.situationId),
  ],
);

export const commissionEntree = sqliteTable(
  'commission_entree',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    actionId: integer('action_id')
      .notNull()
      .references(() => actionFormation.id),
    date: text('date').notNull(),
    participants: text('participants'),
    note: text('note'),
    auteurId: integer('auteur_id')
      .notNull()
      .references(() => utilisateur.id),
    ...tracabilite(),
  },
  (t) => [index('commission_entree_action').on(t.actionId, t.date)],
);

/** Each dated change of a candidacy's status: its history, and what "annuler l'étape" undoes. */
export const etapePositionnement = sqliteTable(
  'etape_positionnement',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    positionnementId: integer('positionnement_id')
      .notNull()
      .references(() => positionnement.id, { onDelete: 'cascade' }),
    statut: text('statut', { enum: STATUTS_POSITIONNEMENT }).notNull(),
    date: text('date').notNull(),
    motifNonRetenu: text('motif_non_retenu', { enum: MOTIFS_NON_RETENU_FORMATION }),
    commentaire: text('commentaire'),
    /** The commission that decided this step, if any. */
    commissionId: integer('commission_id').references(() => commissionEntree.id),
    /** Instant (UTC) and author of the record. */
    le: text('le').notNull(),
    par: integer('par').references(() => utilisateur.id),
  },
  (t) => [
    index('etape_positionnement_positionnement').on(t.positionnementId, t.id),
    index('etape_positionnement_date').on(t.statut, t.date),
    index('etape_positionnement_commission').on(t.commissionId),
  ],
);

export const decisionCommission = sqliteTable(
  'decision_commission',
  {
    commissionId: integer('commission_id')
      .notNull()
      .references(() => commissionEntree.id, { onDelete: 'cascade' }),
    positionnementId: integer('positionnement_id')
      .notNull()
      .references(() => positionnement.id, { onDelete: 'cascade' }),
    decision: text('decision', { enum: DECISIONS_COMMISSION }).notNull(),
    motifNonRetenu: text('motif_non_retenu', { enum: MOTIFS_NON_RETENU_FORMATION }),
    commentaire: text('commentaire'),
  },
  (t) => [
    primaryKey({ columns: [t.commissionId, t.positionnementId] }),
    index('decision_commission_positionnement').on(t.positionnementId),
  ],
);

export const bilanAction = sqliteTable(
  'bilan_action',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    actionId: integer('action_id')
      .notNull()
      .references(() => actionFormation.id, { onDelete: 'cascade' }),
    type: text('type', { enum: TYPES_BILAN_ACTION }).notNull(),
    date: text('date').notNull(),
    /** The figures when written (JSON of chiffresBilanSchema): a bilan does not move afterwards. */
    chiffres: text('chiffres').notNull(),
    pointsForts: text('points_forts'),
    difficultes: text('difficultes'),
    note: text('note'),
    auteurId: integer('auteur_id')
      .notNull()
      .references(() => utilisateur.id),
    ...tracabilite(),
  },
  (t) => [index('bilan_action_action').on(t.actionId, t.date)],
);

/** A validated training need with no answer (DOMAIN.md "besoin non satisfait"). */
export const besoinFormation = sqliteTable(
  'besoin_formation',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    jeuneId: integer('jeune_id')
      .notNull()
      .references(() => jeune.id),
    date: text('date').notNull(),
    domaine: text('domaine', { enum: DOMAINES_FORMATION }).notNull(),
    objet: text('objet').notNull(),
    codeRome: text('code_rome'),
    raison: text('raison', { enum: RAISONS_BESOIN }).notNull(),
    actionId: integer('action_id').references(() => actionFormation.id, { onDelete: 'set null' }),
    commentaire: text('commentaire'),
    auteurId: integer('auteur_id')
      .notNull()
      .references(() => utilisateur.id),
    ...tracabilite(),
  },
  (t) => [
    index('besoin_formation_jeune').on(t.jeuneId, t.date),
    index('besoin_formation_date').on(t.date, t.domaine),
    index('besoin_formation_action').on(t.actionId),
  ],
);
