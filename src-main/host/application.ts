import { join } from 'node:path';
import { contract } from '../contract';
import { ouvrirBase, type Base } from '../db/open';
import { lireMigrations, migrer, type BilanMigration } from '../db/migrer';
import { handlers } from '../services';
import { horlogeSysteme, type CoutScrypt, type Horloge } from '../services/commun/contexte';
import { creerDispatcher, type Dispatcher } from './dispatcher';
import type { Evenement } from '../contract/core';

export interface OptionsApplication {
  /** The database file, or ':memory:'. Computed by the caller (app/, cli/, tests). */
  cheminBase: string;
  dossierMigrations: string;
  /** Where the verified pre-migration backup goes; none for ':memory:'. */
  dossierSauvegardes?: string;
  horloge?: Horloge;
  diffuser?: (e: Evenement) => void;
  journaliser?: (message: string, erreur: unknown) => void;
  /** Production cost by default (DOMAIN.md); tests of other rules may pass a cheaper one. */
  coutScrypt?: CoutScrypt;
}

export interface Application {
  base: Base;
  dispatcher: Dispatcher;
  migration: BilanMigration;
  fermer(): void;
}

export function ouvrirApplication(options: OptionsApplication): Application {
  const base = ouvrirBase(options.cheminBase);
  try {
    const horloge = options.horloge ?? horlogeSysteme;
    const migrations = lireMigrations(options.dossierMigrations);
    const horodatage = horloge.maintenant().toISOString().replace(/[:.]/g, '-');
    const migration = migrer(base.sqlite, migrations, {
      maintenant: () => horloge.maintenant(),
      ...(options.dossierSauvegardes && options.cheminBase !== ':memory:'
        ? { cheminSauvegarde: join(options.dossierSauvegardes, `avant-mise-a-jour-${horodatage}.sqlite`) }
        : {}),
    });
    const dispatcher = creerDispatcher({
      contract,
      handlers,
      base,
      horloge,
      ...(options.diffuser ? { diffuser: options.diffuser } : {}),
      ...(options.journaliser ? { journaliser: options.journaliser } : {}),
      ...(options.coutScrypt ? { coutScrypt: options.coutScrypt } : {}),
    });
    return {
      base,
      dispatcher,
      migration,
      fermer: () => base.close(),
    };
  } catch (e) {
    base.close();
    throw e;
  }
}

/** The repository's migrations folder, for the CLI and tests run from a checkout. */
export function dossierMigrationsDuDepot(): string {
  return join(import.meta.dirname, '..', '..', 'migrations');
}
