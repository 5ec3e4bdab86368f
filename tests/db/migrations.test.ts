import { mkdtempSync, readdirSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { ouvrirBase } from '../../src-main/db/open';
import {
  BaseTropRecenteError,
  lireMigrations,
  migrer,
  MigrationEchoueeError,
  versionSchema,
} from '../../src-main/db/migrer';
import { dossierMigrationsDuDepot, ouvrirApplication } from '../../src-main/host/application';

const migrations = lireMigrations(dossierMigrationsDuDepot());

function dossierTemporaire() {
  return mkdtempSync(join(tmpdir(), 'tremplin-test-'));
}

function tables(sqlite: Database.Database): string[] {
  return (
    sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]
  ).map((t) => t.name);
}

describe('chaque migration, une par une (N-1, des lignes, puis N)', () => {
  test('toutes les migrations du journal ont un test ici', () => {
    expect(migrations.map((m) => m.tag)).toEqual(['0000_socle', '0001_administrateur_local']);
  });

  test('0000_socle crée les tables du socle', () => {
    const { sqlite } = ouvrirBase(':memory:');
    migrer(sqlite, migrations, { jusqua: 1 });
    expect(versionSchema(sqlite)).toBe(1);
    expect(tables(sqlite)).toEqual(
      expect.arrayContaining([
        'structure',
        'commune',
        'site',
        'utilisateur',
        'utilisateur_role',
        'referentiel_valeur',
        'jeune',
        'jeune_mot_cle',
        'accueil',
        'accueil_motif',
        'passage',
        'rendez_vous',
        'tremplin_migration',
      ]),
    );
  });

  test('0001_administrateur_local ajoute l’administrateur local sans toucher aux lignes existantes', () => {
    const { sqlite } = ouvrirBase(':memory:');
    migrer(sqlite, migrations, { jusqua: 1 });
    sqlite.prepare("INSERT INTO commune (insee, nom, qpv, zrr) VALUES ('26281', 'Romans-sur-Isère', 1, 0)").run();
    migrer(sqlite, migrations, { jusqua: 2 });
    expect(sqlite.prepare('SELECT identifiant FROM utilisateur WHERE id = 1').get()).toEqual({ identifiant: 'admin' });
    expect(sqlite.prepare('SELECT role FROM utilisateur_role WHERE utilisateur_id = 1').all()).toEqual([
      { role: 'administrateur' },
    ]);
    expect(sqlite.prepare('SELECT nom, qpv FROM commune').all()).toEqual([{ nom: 'Romans-sur-Isère', qpv: 1 }]);
  });
});

describe('le migrateur', () => {
  test('réglages de la base : WAL, synchronous FULL, clés étrangères, attente', () => {
    const dossier = dossierTemporaire();
    const { sqlite } = ouvrirBase(join(dossier, 'b.sqlite'));
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite.pragma('synchronous', { simple: true })).toBe(2);
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
  });

  test('une base écrite par une version plus récente est refusée, intacte', () => {
    const dossier = dossierTemporaire();
    const chemin = join(dossier, 'future.sqlite');
    const s = new Database(chemin);
    s.pragma('user_version = 99');
    s.exec('CREATE TABLE venue_du_futur (x)');
    s.close();
    expect(() => ouvrirApplication({ cheminBase: chemin, dossierMigrations: dossierMigrationsDuDepot() })).toThrow(
      BaseTropRecenteError,
    );
    expect(() => ouvrirApplication({ cheminBase: chemin, dossierMigrations: dossierMigrationsDuDepot() })).toThrow(
      /version plus récente de Tremplin/,
    );
    const apres = new Database(chemin);
    expect(versionSchema(apres)).toBe(99);
    expect(tables(apres)).toEqual(['venue_du_futur']);
  });

  test('avant de migrer une base qui a des données, une sauvegarde vérifiée est écrite', () => {
    const dossier = dossierTemporaire();
    const chemin = join(dossier, 'b.sqlite');
    const { sqlite, close } = ouvrirBase(chemin);
    migrer(sqlite, migrations, { jusqua: 1 });
    sqlite.prepare("INSERT INTO commune (insee, nom) VALUES ('26281', 'Romans')").run();
    close();
    const app = ouvrirApplication({
      cheminBase: chemin,
      dossierMigrations: dossierMigrationsDuDepot(),
      dossierSauvegardes: dossier,
    });
    expect(app.migration).toMatchObject({ avant: 1, apres: 2 });
    expect(app.migration.sauvegarde).not.toBeNull();
    app.fermer();
    const copie = new Database(app.migration.sauvegarde!, { readonly: true });
    expect(versionSchema(copie)).toBe(1);
    expect(copie.prepare('SELECT nom FROM commune').all()).toEqual([{ nom: 'Romans' }]);
  });

  test('une migration qui échoue laisse la base exactement comme avant', () => {
    const dossier = dossierTemporaire();
    const faux = join(dossier, 'migrations');
    mkdirSync(join(faux, 'meta'), { recursive: true });
    for (const f of readdirSync(dossierMigrationsDuDepot()).filter((f) => f.endsWith('.sql'))) {
      copyFileSync(join(dossierMigrationsDuDepot(), f), join(faux, f));
    }
    writeFileSync(
      join(faux, '0002_casse.sql'),
      'CREATE TABLE bonne (x);\n--> statement-breakpoint\nCREATE TABLE commune (doublon);',
    );
    writeFileSync(
      join(faux, 'meta', '_journal.json'),
      JSON.stringify({
        entries: [...migrations.map((m, i) => ({ idx: i, tag: m.tag })), { idx: 2, tag: '0002_casse' }],
      }),
    );
    const { sqlite } = ouvrirBase(':memory:');
    migrer(sqlite, migrations);
    expect(() => migrer(sqlite, lireMigrations(faux))).toThrow(MigrationEchoueeError);
    expect(versionSchema(sqlite)).toBe(2);
    expect(tables(sqlite)).not.toContain('bonne');
  });

  test('une migration qui casserait une référence est annulée (foreign_key_check)', () => {
    const { sqlite } = ouvrirBase(':memory:');
    migrer(sqlite, migrations);
    const orpheline = [
      ...migrations,
      {
        numero: 3,
        tag: '0002_orpheline',
        empreinte: 'x',
        instructions: [
          "INSERT INTO site (nom, type, commune_insee, cree_le, modifie_le) VALUES ('Fantôme', 'antenne', '99999', 'x', 'x')",
        ],
      },
    ];
    expect(() => migrer(sqlite, orpheline)).toThrow(/référence/);
    expect(sqlite.prepare('SELECT count(*) AS n FROM site').get()).toEqual({ n: 0 });
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  test('migrer deux fois ne change rien', () => {
    const { sqlite } = ouvrirBase(':memory:');
    migrer(sqlite, migrations);
    expect(migrer(sqlite, migrations)).toEqual({ avant: 2, apres: 2, sauvegarde: null });
  });
});
