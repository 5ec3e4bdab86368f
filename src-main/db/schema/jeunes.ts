import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { tracabilite } from './commun';
import { LOGEMENTS, NIVEAUX, RESSOURCES, SITUATIONS_PREMIER_ACCUEIL } from '../../contract/referentielsParcours';
import { commune, utilisateur } from './structure';

export const jeune = sqliteTable(
  'jeune',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    nomNaissance: text('nom_naissance').notNull(),
    nomUsage: text('nom_usage'),
    prenoms: text('prenoms').notNull(),
    dateNaissance: text('date_naissance').notNull(),
    sexe: text('sexe', { enum: ['F', 'M'] }).notNull(),
    telephone: text('telephone'),
    email: text('email'),
    communeInsee: text('commune_insee').references(() => commune.insee),
    rqth: integer('rqth', { mode: 'boolean' }).notNull().default(false),
    // The full file (issue 4); grouped in the contract as identité, coordonnées, situation, droits.
    adresse: text('adresse'),
    /** Residence in a QPV when known from the address; null: read from the commune. */
    qpv: integer('qpv', { mode: 'boolean' }),
    niveau: text('niveau', { enum: NIVEAUX }),
    diplome: text('diplome'),
    situationPremierAccueil: text('situation_premier_accueil', { enum: SITUATIONS_PREMIER_ACCUEIL }),
    logement: text('logement', { enum: LOGEMENTS }),
    ressources: text('ressources', { enum: RESSOURCES }),
    permisB: integer('permis_b', { mode: 'boolean' }).notNull().default(false),
    vehicule: integer('vehicule', { mode: 'boolean' }).notNull().default(false),
    inscritFranceTravail: integer('inscrit_france_travail', { mode: 'boolean' }).notNull().default(false),
    identifiantFranceTravail: text('identifiant_france_travail'),
    ase: integer('ase', { mode: 'boolean' }).notNull().default(false),
    rsa: integer('rsa', { mode: 'boolean' }).notNull().default(false),
    /** Date the jeune was informed of the processing of their data (RGPD). */
    informationDonneesLe: text('information_donnees_le'),
    /** Date of the recorded consent to transmit the diagnostic to a partner; null: none. */
    consentementTransmissionLe: text('consentement_transmission_le'),
    conseillerReferentId: integer('conseiller_referent_id').references(() => utilisateur.id),
    /** Date of the earliest accueil; kept by the accueil service, start of every delay rule. */
    premierAccueilDate: text('premier_accueil_date'),
    dernierContactDate: text('dernier_contact_date'),
    ...tracabilite(),
  },
  (t) => [
    index('jeune_date_naissance').on(t.dateNaissance),
    index('jeune_telephone').on(t.telephone),
    index('jeune_premier_accueil').on(t.premierAccueilDate),
    index('jeune_referent').on(t.conseillerReferentId, t.dernierContactDate),
  ],
);

/**
 * Search index: one row per name word of a jeune, lower-cased and without accents, so that a
 * prefix typed at the desk is an index range scan. Kept by the jeunes service, never by hand.
 */
export const jeuneMotCle = sqliteTable(
  'jeune_mot_cle',
  {
    mot: text('mot').notNull(),
    jeuneId: integer('jeune_id')
      .notNull()
      .references(() => jeune.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.mot, t.jeuneId] }), index('jeune_mot_cle_jeune').on(t.jeuneId, t.mot)],
);

/** Health and justice mentions (DOMAIN.md): shown only to the jeune's référent and direction. */
export const mentionSensible = sqliteTable(
  'mention_sensible',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    jeuneId: integer('jeune_id')
      .notNull()
      .references(() => jeune.id, { onDelete: 'cascade' }),
    nature: text('nature', { enum: ['sante', 'justice'] }).notNull(),
    texte: text('texte').notNull(),
    ...tracabilite(),
  },
  (t) => [index('mention_sensible_jeune').on(t.jeuneId)],
);

/**
 * A file merged into another (issue 4): the absorbed number stays readable so that the trail
 * and old references lead to the surviving file.
 */
export const jeuneFusion = sqliteTable(
  'jeune_fusion',
  {
    absorbeId: integer('absorbe_id').primaryKey(),
    conserveId: integer('conserve_id')
      .notNull()
      .references(() => jeune.id),
    fusionneLe: text('fusionne_le').notNull(),
    fusionnePar: integer('fusionne_par').notNull(),
    /** The absorbed file's identity as it was (JSON), so that a wrong merge can be understood. */
    identiteAbsorbee: text('identite_absorbee').notNull(),
  },
  (t) => [index('jeune_fusion_conserve').on(t.conserveId)],
);
