import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Sqlite } from './open';

export interface Migration {
  /** 1-based: after applying it, `PRAGMA user_version` equals this number. */
  numero: number;
  tag: string;
  instructions: string[];
  empreinte: string;
}

interface Journal {
  entries: { idx: number; tag: string }[];
}

/** Reads the drizzle-kit journal and its SQL files from the given folder. */
export function lireMigrations(dossier: string): Migration[] {
  const journal = JSON.parse(readFileSync(join(dossier, 'meta', '_journal.json'), 'utf8')) as Journal;
  return [...journal.entries]
    .sort((a, b) => a.idx - b.idx)
    .map((e, i) => {
      const texte = readFileSync(join(dossier, `${e.tag}.sql`), 'utf8');
      return {
        numero: i + 1,
        tag: e.tag,
        instructions: texte
          .split('--> statement-breakpoint')
          .map((s) => s.trim())
          .filter((s) => s.length > 0),
        empreinte: createHash('sha256').update(texte).digest('hex'),
      };
    });
}

export class BaseTropRecenteError extends Error {
  constructor(
    readonly versionBase: number,
    readonly versionConnue: number,
  ) {
    super(
      `Cette base de données a été écrite par une version plus récente de Tremplin ` +
        `(schéma ${versionBase}, cette version connaît le schéma ${versionConnue}). ` +
        `Installez la dernière version de Tremplin ; la base n'a pas été modifiée.`,
    );
    this.name = 'BaseTropRecenteError';
  }
}

export class MigrationEchoueeError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MigrationEchoueeError';
  }
}

export function versionSchema(sqlite: Sqlite): number {
  return sqlite.pragma('user_version', { simple: true }) as number;
}

export interface OptionsMigration {
  /** Stop after this migration number (tests migrate to N-1, insert, then to N). */
  jusqua?: number;
  /**
   * Where to write the verified backup taken before migrating a database that already holds
   * data. Without it (":memory:", tests), no backup is taken.
   */
  cheminSauvegarde?: string;
  maintenant?: () => Date;
}

export interface BilanMigration {
  avant: number;
  apres: number;
  sauvegarde: string | null;
}

/**
 * Applies the pending migrations, all in one transaction: either the database reaches the
 * target version, or it stays exactly as it was.
 */
export function migrer(sqlite: Sqlite, migrations: Migration[], options: OptionsMigration = {}): BilanMigration {
  const avant = versionSchema(sqlite);
  const connue = migrations.length;
  if (avant > connue) throw new BaseTropRecenteError(avant, connue);
  const cible = Math.min(options.jusqua ?? connue, connue);
  if (avant >= cible) return { avant, apres: avant, sauvegarde: null };

  let sauvegarde: string | null = null;
  if (avant > 0 && options.cheminSauvegarde) {
    sauvegarde = sauvegarderVerifiee(sqlite, options.cheminSauvegarde);
  }

  // foreign_keys cannot change inside a transaction: switch it off around it, then check.
  const fkAvant = sqlite.pragma('foreign_keys', { simple: true }) as number;
  sqlite.pragma('foreign_keys = OFF');
  try {
    sqlite
      .transaction(() => {
        sqlite.exec(`CREATE TABLE IF NOT EXISTS tremplin_migration (
        numero INTEGER PRIMARY KEY, tag TEXT NOT NULL, empreinte TEXT NOT NULL, appliquee_le TEXT NOT NULL)`);
        const noter = sqlite.prepare(
          'INSERT INTO tremplin_migration (numero, tag, empreinte, appliquee_le) VALUES (?, ?, ?, ?)',
        );
        const now = (options.maintenant ?? (() => new Date()))().toISOString();
        for (const m of migrations.slice(avant, cible)) {
          try {
            for (const instruction of m.instructions) sqlite.exec(instruction);
          } catch (cause) {
            throw new MigrationEchoueeError(
              `La mise à jour de la base (étape ${m.tag}) a échoué ; la base n'a pas été modifiée.`,
              { cause },
            );
          }
          noter.run(m.numero, m.tag, m.empreinte, now);
        }
        const violations = sqlite.pragma('foreign_key_check') as unknown[];
        if (violations.length > 0) {
          throw new MigrationEchoueeError(
            `La mise à jour de la base laisserait ${violations.length} référence(s) cassée(s) ; ` +
              `elle a été annulée et la base n'a pas été modifiée.`,
          );
        }
        sqlite.pragma(`user_version = ${cible}`);
      })
      .immediate();
  } finally {
    sqlite.pragma(`foreign_keys = ${fkAvant ? 'ON' : 'OFF'}`);
  }
  return { avant, apres: cible, sauvegarde };
}

/** `VACUUM INTO` a copy, then reopen it and prove it is whole before anything is changed. */
export function sauvegarderVerifiee(sqlite: Sqlite, chemin: string): string {
  sqlite.prepare('VACUUM INTO ?').run(chemin);
  const copie = new Database(chemin, { readonly: true });
  try {
    const integrite = copie.pragma('integrity_check', { simple: true });
    if (integrite !== 'ok' || versionSchema(copie) !== versionSchema(sqlite)) {
      throw new MigrationEchoueeError(
        `La sauvegarde préalable (${chemin}) n'a pas pu être vérifiée ; la mise à jour n'a pas été faite.`,
      );
    }
  } finally {
    copie.close();
  }
  return chemin;
}
