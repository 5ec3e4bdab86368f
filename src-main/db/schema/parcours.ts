import {
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
  type AnySQLiteColumn,
} from 'drizzle-orm/sqlite-core';
import {
  CONCLUSIONS_DIAGNOSTIC,
  DIMENSIONS,
  MODALITES,
  MOTIFS_SORTIE,
  NATURES_PROPOSITION,
  RESULTATS_PROPOSITION,
  TYPES_ATELIER,
  TYPES_EVENEMENT,
  TYPES_SEQUENCE,
  TYPES_SITUATION,
} from '../../contract/referentielsParcours';
import { tracabilite } from './commun';
import { jeune } from './jeunes';
import { site, utilisateur } from './structure';
import { entreprise } from './entreprises';

/** Editable referential of contractualised paths (seeded by the migration). */
export const typeParcours = sqliteTable('type_parcours', {
  code: text('code').primaryKey(),
  libelle: text('libelle').notNull(),
  dureeMaxMois: integer('duree_max_mois').notNull(),
  heuresHebdoMin: integer('heures_hebdo_min'),
  heuresHebdoMax: integer('heures_hebdo_max'),
  /** A type the law has replaced: still recordable (imports, late entries), warned when opened. */
  historique: integer('historique', { mode: 'boolean' }).notNull().default(false),
  actif: integer('actif', { mode: 'boolean' }).notNull().default(true),
  ordre: integer('ordre').notNull().default(0),
});

export const diagnostic = sqliteTable(
  'diagnostic',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    jeuneId: integer('jeune_id')
      .notNull()
      .references(() => jeune.id),
    conseillerId: integer('conseiller_id')
      .notNull()
      .references(() => utilisateur.id),
    /** Date of the first interview. */
    debut: text('debut').notNull(),
    conclusion: text('conclusion', { enum: CONCLUSIONS_DIAGNOSTIC }),
    conclusionLe: text('conclusion_le'),
    /** For "parcours": the type proposed. */
    typeParcoursPropose: text('type_parcours_propose').references(() => typeParcours.code),
    conclusionNote: text('conclusion_note'),
    ...tracabilite(),
  },
  (t) => [index('diagnostic_jeune').on(t.jeuneId, t.debut)],
);

/** The interviews a diagnostic was spread over. */
export const diagnosticEntretien = sqliteTable(
  'diagnostic_entretien',
  {
    diagnosticId: integer('diagnostic_id')
      .notNull()
      .references(() => diagnostic.id, { onDelete: 'cascade' }),
    date: text('date').notNull(),
  },
  (t) => [primaryKey({ columns: [t.diagnosticId, t.date] })],
);

export const diagnosticDimension = sqliteTable(
  'diagnostic_dimension',
  {
    diagnosticId: integer('diagnostic_id')
      .notNull()
      .references(() => diagnostic.id, { onDelete: 'cascade' }),
    dimension: text('dimension', { enum: DIMENSIONS }).notNull(),
    situation: text('situation'),
    /** An obstacle ("frein") was found on this dimension. */
    frein: integer('frein', { mode: 'boolean' }).notNull().default(false),
    freins: text('freins'),
    note: text('note'),
  },
  (t) => [primaryKey({ columns: [t.diagnosticId, t.dimension] })],
);

export const parcours = sqliteTable(
  'parcours',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    jeuneId: integer('jeune_id')
      .notNull()
      .references(() => jeune.id),
    typeCode: text('type_code')
      .notNull()
      .references(() => typeParcours.code),
    /** Null until the contract is signed. */
    signatureDate: text('signature_date'),
    debut: text('debut').notNull(),
    finPrevue: text('fin_prevue').notNull(),
    /** The exit date; null while the parcours is open. */
    finReelle: text('fin_reelle'),
    referentId: integer('referent_id')
      .notNull()
      .references(() => utilisateur.id),
    objectifs: text('objectifs'),
    motifSortie: text('motif_sortie', { enum: MOTIFS_SORTIE }),
    sortieCommentaire: text('sortie_commentaire'),
    diagnosticId: integer('diagnostic_id').references(() => diagnostic.id),
    ...tracabilite(),
  },
  (t) => [
    index('parcours_jeune').on(t.jeuneId, t.debut),
    index('parcours_debut').on(t.debut),
    index('parcours_fin_reelle').on(t.finReelle),
    index('parcours_referent').on(t.referentId, t.finReelle),
  ],
);

export const sequence = sqliteTable(
  'sequence',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    parcoursId: integer('parcours_id')
      .notNull()
      .references(() => parcours.id, { onDelete: 'cascade' }),
    ordre: integer('ordre').notNull(),
    type: text('type', { enum: TYPES_SEQUENCE }).notNull(),
    debut: text('debut').notNull(),
    /** Null for the séquence in progress. */
    fin: text('fin'),
    ...tracabilite(),
  },
  (t) => [uniqueIndex('sequence_parcours_ordre').on(t.parcoursId, t.ordre)],
);

/** CEJ: the weekly activity hours declared for a month (15-20 h target). */
export const parcoursHeures = sqliteTable(
  'parcours_heures',
  {
    parcoursId: integer('parcours_id')
      .notNull()
      .references(() => parcours.id, { onDelete: 'cascade' }),
    /** `YYYY-MM`. */
    mois: text('mois').notNull(),
    heuresHebdo: real('heures_hebdo').notNull(),
    ...tracabilite(),
  },
  (t) => [primaryKey({ columns: [t.parcoursId, t.mois] })],
);

export const atelier = sqliteTable(
  'atelier',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    type: text('type', { enum: TYPES_ATELIER }).notNull(),
    intitule: text('intitule').notNull(),
    date: text('date').notNull(),
    heure: text('heure').notNull(),
    dureeMinutes: integer('duree_minutes').notNull(),
    siteId: integer('site_id')
      .notNull()
      .references(() => site.id),
    animateurId: integer('animateur_id')
      .notNull()
      .references(() => utilisateur.id),
    capacite: integer('capacite').notNull(),
    /** Comma-separated theme codes. */
    themes: text('themes').notNull().default(''),
    note: text('note'),
    ...tracabilite(),
  },
  (t) => [index('atelier_date').on(t.date)],
);

export const evenement = sqliteTable(
  'evenement',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    jeuneId: integer('jeune_id')
      .notNull()
      .references(() => jeune.id),
    date: text('date').notNull(),
    type: text('type', { enum: TYPES_EVENEMENT }).notNull(),
    modalite: text('modalite', { enum: MODALITES }).notNull(),
    /** Comma-separated theme codes (DIMENSIONS); read with the row, never searched alone. */
    themes: text('themes').notNull().default(''),
    dureeMinutes: integer('duree_minutes'),
    note: text('note'),
    auteurId: integer('auteur_id')
      .notNull()
      .references(() => utilisateur.id),
    propositionNature: text('proposition_nature', { enum: NATURES_PROPOSITION }),
    propositionIntitule: text('proposition_intitule'),
    propositionResultat: text('proposition_resultat', { enum: RESULTATS_PROPOSITION }),
    /** Created by checking the jeune on a workshop's attendance list. */
    atelierId: integer('atelier_id').references(() => atelier.id),
    /** Created by an interview of a diagnostic. */
    diagnosticId: integer('diagnostic_id').references(() => diagnostic.id),
    ...tracabilite(),
  },
  (t) => [
    index('evenement_jeune_date').on(t.jeuneId, t.date),
    index('evenement_date').on(t.date),
    index('evenement_auteur_date').on(t.auteurId, t.date),
  ],
);

export const atelierParticipant = sqliteTable(
  'atelier_participant',
  {
    atelierId: integer('atelier_id')
      .notNull()
      .references(() => atelier.id, { onDelete: 'cascade' }),
    jeuneId: integer('jeune_id')
      .notNull()
      .references(() => jeune.id),
    /** Null until the attendance list is taken. */
    present: integer('present', { mode: 'boolean' }),
    evenementId: integer('evenement_id').references(() => evenement.id),
    ...tracabilite(),
  },
  (t) => [
    primaryKey({ columns: [t.atelierId, t.jeuneId] }),
    index('atelier_participant_jeune').on(t.jeuneId),
    // Deleting an événement checks this foreign key: without it, each delete scans the lists.
    index('atelier_participant_evenement').on(t.evenementId),
  ],
);

export const situation = sqliteTable(
  'situation',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    jeuneId: integer('jeune_id')
      .notNull()
      .references(() => jeune.id),
    type: text('type', { enum: TYPES_SITUATION }).notNull(),
    sousType: text('sous_type'),
    debut: text('debut').notNull(),
    finPrevue: text('fin_prevue'),
    finReelle: text('fin_reelle'),
    /** Employer or training body as typed (the firm's name when the employer is a firm of the portfolio). */
    organisme: text('organisme'),
    /** The employer, a firm of the portfolio (issue 6). */
    entrepriseId: integer('entreprise_id').references((): AnySQLiteColumn => entreprise.id),
    intitule: text('intitule'),
    commentaire: text('commentaire'),
    ...tracabilite(),
  },
  (t) => [
    index('situation_jeune').on(t.jeuneId, t.debut),
    index('situation_debut').on(t.debut, t.type),
    index('situation_entreprise').on(t.entrepriseId),
    // The to-dos look for contracts ending soon.
    index('situation_fin_prevue').on(t.finPrevue),
  ],
);
