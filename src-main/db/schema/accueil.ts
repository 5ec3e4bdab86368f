import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { tracabilite } from './commun';
import { jeune } from './jeunes';
import { site, utilisateur } from './structure';

export const rendezVous = sqliteTable(
  'rendez_vous',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    jeuneId: integer('jeune_id')
      .notNull()
      .references(() => jeune.id),
    conseillerId: integer('conseiller_id')
      .notNull()
      .references(() => utilisateur.id),
    siteId: integer('site_id')
      .notNull()
      .references(() => site.id),
    date: text('date').notNull(),
    heure: text('heure').notNull(),
    dureeMinutes: integer('duree_minutes').notNull(),
    objet: text('objet'),
    statut: text('statut', { enum: ['prevu', 'honore', 'absent', 'annule'] }).notNull(),
    commentaire: text('commentaire'),
    ...tracabilite(),
  },
  (t) => [
    index('rendez_vous_date_site').on(t.date, t.siteId),
    index('rendez_vous_conseiller_date').on(t.conseillerId, t.date),
    index('rendez_vous_jeune').on(t.jeuneId, t.date, t.heure),
  ],
);

export const accueil = sqliteTable(
  'accueil',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    jeuneId: integer('jeune_id')
      .notNull()
      .references(() => jeune.id),
    /** UTC instant of the reception; `date` and `heure` are its Europe/Paris reading. */
    instant: text('instant').notNull(),
    date: text('date').notNull(),
    heure: text('heure').notNull(),
    siteId: integer('site_id')
      .notNull()
      .references(() => site.id),
    canal: text('canal').notNull(),
    premier: integer('premier', { mode: 'boolean' }).notNull().default(false),
    reponse: text('reponse').notNull(),
    rendezVousId: integer('rendez_vous_id').references(() => rendezVous.id),
    commentaire: text('commentaire'),
    ...tracabilite(),
  },
  (t) => [index('accueil_jeune_instant').on(t.jeuneId, t.instant), index('accueil_date').on(t.date)],
);

export const accueilMotif = sqliteTable(
  'accueil_motif',
  {
    accueilId: integer('accueil_id')
      .notNull()
      .references(() => accueil.id, { onDelete: 'cascade' }),
    motif: text('motif').notNull(),
  },
  (t) => [primaryKey({ columns: [t.accueilId, t.motif] })],
);

/** One arrival in the walk-in queue of a site. */
export const passage = sqliteTable(
  'passage',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    siteId: integer('site_id')
      .notNull()
      .references(() => site.id),
    jeuneId: integer('jeune_id')
      .notNull()
      .references(() => jeune.id),
    date: text('date').notNull(),
    arriveeLe: text('arrivee_le').notNull(),
    statut: text('statut', { enum: ['en_attente', 'pris_en_charge', 'parti'] }).notNull(),
    motif: text('motif'),
    conseillerId: integer('conseiller_id').references(() => utilisateur.id),
    prisEnChargeLe: text('pris_en_charge_le'),
    partiLe: text('parti_le'),
    ...tracabilite(),
  },
  (t) => [index('passage_site_date').on(t.siteId, t.date), index('passage_jeune').on(t.jeuneId)],
);
