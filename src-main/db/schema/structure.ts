import { sql } from 'drizzle-orm';
import { check, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { tracabilite } from './commun';

export const structure = sqliteTable(
  'structure',
  {
    id: integer('id').primaryKey(),
    nom: text('nom').notNull(),
    siret: text('siret').notNull(),
    adresse: text('adresse').notNull(),
    codePostal: text('code_postal').notNull(),
    commune: text('commune').notNull(),
    president: text('president'),
    direction: text('direction'),
    installeeLe: text('installee_le').notNull(),
    ...tracabilite(),
  },
  (t) => [check('structure_unique', sql`${t.id} = 1`)],
);

export const commune = sqliteTable('commune', {
  insee: text('insee').primaryKey(),
  nom: text('nom').notNull(),
  codePostal: text('code_postal'),
  qpv: integer('qpv', { mode: 'boolean' }).notNull().default(false),
  zrr: integer('zrr', { mode: 'boolean' }).notNull().default(false),
});

export const site = sqliteTable('site', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  nom: text('nom').notNull(),
  type: text('type', { enum: ['siege', 'antenne', 'permanence'] }).notNull(),
  communeInsee: text('commune_insee')
    .notNull()
    .references(() => commune.insee),
  adresse: text('adresse'),
  actif: integer('actif', { mode: 'boolean' }).notNull().default(true),
  ...tracabilite(),
});

export const utilisateur = sqliteTable('utilisateur', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  identifiant: text('identifiant').notNull().unique(),
  prenom: text('prenom').notNull(),
  nom: text('nom').notNull(),
  email: text('email'),
  siteId: integer('site_id').references(() => site.id),
  actif: integer('actif', { mode: 'boolean' }).notNull().default(true),
  ...tracabilite(),
});

export const utilisateurRole = sqliteTable(
  'utilisateur_role',
  {
    utilisateurId: integer('utilisateur_id')
      .notNull()
      .references(() => utilisateur.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
  },
  (t) => [primaryKey({ columns: [t.utilisateurId, t.role] })],
);

export const referentielValeur = sqliteTable(
  'referentiel_valeur',
  {
    referentiel: text('referentiel').notNull(),
    code: text('code').notNull(),
    libelle: text('libelle').notNull(),
    ordre: integer('ordre').notNull().default(0),
    actif: integer('actif', { mode: 'boolean' }).notNull().default(true),
    systeme: integer('systeme', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.referentiel, t.code] })],
);
