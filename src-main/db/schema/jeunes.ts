import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { tracabilite } from './commun';
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
