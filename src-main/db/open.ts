import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import * as schema from './schema';

export type Schema = typeof schema;
export type Db = BetterSQLite3Database<Schema>;
export type Sqlite = Database.Database;

export interface Base {
  sqlite: Sqlite;
  db: Db;
  close(): void;
}

/**
 * Opens (or creates) the database file with the pragmas the product relies on. Takes the path
 * from the caller: nothing here knows where the user data folder is.
 */
export function ouvrirBase(chemin: string, options: { lectureSeule?: boolean } = {}): Base {
  const sqlite = new Database(chemin, { readonly: options.lectureSeule ?? false });
  if (!options.lectureSeule && chemin !== ':memory:') {
    sqlite.pragma('journal_mode = WAL');
  }
  // FULL: an accueil recorded at 6 pm must survive a power cut at 6:01 pm.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = drizzle(sqlite, { schema });
  return { sqlite, db, close: () => sqlite.close() };
}
