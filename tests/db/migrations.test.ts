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
    expect(migrations.map((m) => m.tag)).toEqual([
      '0000_socle',
      '0001_administrateur_local',
      '0002_comptes_journal',
      '0003_journal_inalterable',
      '0004_parcours',
      '0005_annuaire',
      '0006_entreprises',
      '0007_formation',
    ]);
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

  test('0002_comptes_journal ajoute comptes, mentions, journal et réglages sans toucher aux lignes existantes', () => {
    const { sqlite } = ouvrirBase(':memory:');
    migrer(sqlite, migrations, { jusqua: 2 });
    sqlite.prepare("INSERT INTO commune (insee, nom, qpv, zrr) VALUES ('26281', 'Romans-sur-Isère', 1, 0)").run();
    const jeune = insererJeune(sqlite);
    const avant = instantane(sqlite);
    migrer(sqlite, migrations, { jusqua: 3 });
    expect(versionSchema(sqlite)).toBe(3);
    expect(tables(sqlite)).toEqual(
      expect.arrayContaining(['mention_sensible', 'compte_acces', 'journal_acces', 'parametre']),
    );
    expect(instantane(sqlite, Object.keys(avant))).toEqual(avant);
    for (const t of ['mention_sensible', 'compte_acces', 'journal_acces', 'parametre']) {
      expect(sqlite.prepare(`SELECT count(*) AS n FROM ${t}`).get(), t).toEqual({ n: 0 });
    }
    // The new tables hang on the existing rows: a mention on the jeune, access for the account.
    sqlite
      .prepare(
        "INSERT INTO mention_sensible (jeune_id, nature, texte, cree_le, modifie_le) VALUES (?, 'sante', 'x', 'x', 'x')",
      )
      .run(jeune);
    sqlite.prepare('INSERT INTO compte_acces (utilisateur_id) VALUES (1)').run();
    expect(sqlite.prepare('SELECT doit_changer_mot_de_passe, echecs_consecutifs FROM compte_acces').get()).toEqual({
      doit_changer_mot_de_passe: 0,
      echecs_consecutifs: 0,
    });
    expect(() => sqlite.prepare('INSERT INTO compte_acces (utilisateur_id) VALUES (99)').run()).toThrow(/FOREIGN KEY/);
  });

  test('0003_journal_inalterable : une entrée ne se modifie jamais, ne se supprime que couverte par une purge', () => {
    const { sqlite } = ouvrirBase(':memory:');
    migrer(sqlite, migrations, { jusqua: 3 });
    for (const action of ['connexion', 'lecture', 'deconnexion']) insererEntree(sqlite, action, null);
    const avant = sqlite.prepare('SELECT * FROM journal_acces ORDER BY id').all();
    migrer(sqlite, migrations, { jusqua: 4 });
    expect(versionSchema(sqlite)).toBe(4);
    expect(sqlite.prepare('SELECT * FROM journal_acces ORDER BY id').all()).toEqual(avant);

    const MODIFICATION = 'Journal des accès : une entrée ne se modifie jamais.';
    const SUPPRESSION = 'Journal des accès : une entrée ne se supprime que par une purge journalisée.';
    expect(() => sqlite.prepare("UPDATE journal_acces SET poste = 'ailleurs' WHERE id = 2").run()).toThrow(
      MODIFICATION,
    );
    expect(() => sqlite.prepare('DELETE FROM journal_acces WHERE id = 1').run()).toThrow(SUPPRESSION);
    // A purge logged first covers the entries up to the one it names, and no further.
    insererEntree(sqlite, 'journal_purge', 2);
    sqlite.prepare('DELETE FROM journal_acces WHERE id <= 2').run();
    expect(() => sqlite.prepare('DELETE FROM journal_acces WHERE id = 3').run()).toThrow(SUPPRESSION);
    expect(() => sqlite.prepare("DELETE FROM journal_acces WHERE action = 'journal_purge'").run()).toThrow(SUPPRESSION);
    expect(() => sqlite.prepare("UPDATE journal_acces SET objet_id = 99 WHERE action = 'journal_purge'").run()).toThrow(
      MODIFICATION,
    );
    expect(sqlite.prepare('SELECT id, action FROM journal_acces ORDER BY id').all()).toEqual([
      { id: 3, action: 'deconnexion' },
      { id: 4, action: 'journal_purge' },
    ]);
  });

  test('0004_parcours : le dossier complet et le parcours, sans toucher aux jeunes existants ; les types de parcours semés', () => {
    const { sqlite } = ouvrirBase(':memory:');
    migrer(sqlite, migrations, { jusqua: 4 });
    sqlite.prepare("INSERT INTO commune (insee, nom, qpv, zrr) VALUES ('26281', 'Romans-sur-Isère', 1, 0)").run();
    const jeune = insererJeune(sqlite);
    const avant = sqlite.prepare('SELECT * FROM jeune').get() as Record<string, unknown>;
    migrer(sqlite, migrations, { jusqua: 5 });
    expect(versionSchema(sqlite)).toBe(5);
    // Existing files keep every value, and read the new fields as "not known yet".
    expect(sqlite.prepare('SELECT * FROM jeune').get()).toEqual({
      ...avant,
      adresse: null,
      qpv: null,
      niveau: null,
      diplome: null,
      situation_premier_accueil: null,
      logement: null,
      ressources: null,
      permis_b: 0,
      vehicule: 0,
      inscrit_france_travail: 0,
      identifiant_france_travail: null,
      ase: 0,
      rsa: 0,
      information_donnees_le: null,
      consentement_transmission_le: null,
    });
    expect(tables(sqlite)).toEqual(
      expect.arrayContaining([
        'diagnostic',
        'diagnostic_dimension',
        'diagnostic_entretien',
        'type_parcours',
        'parcours',
        'sequence',
        'parcours_heures',
        'evenement',
        'atelier',
        'atelier_participant',
        'situation',
        'jeune_fusion',
      ]),
    );
    expect(
      sqlite
        .prepare(
          'SELECT code, duree_max_mois, heures_hebdo_min, heures_hebdo_max, historique FROM type_parcours ORDER BY ordre',
        )
        .all(),
    ).toEqual([
      { code: 'contrat_engagement', duree_max_mois: 24, heures_hebdo_min: null, heures_hebdo_max: null, historique: 0 },
      { code: 'cej', duree_max_mois: 12, heures_hebdo_min: 15, heures_hebdo_max: 20, historique: 0 },
      { code: 'pacea', duree_max_mois: 24, heures_hebdo_min: null, heures_hebdo_max: null, historique: 0 },
      { code: 'garantie_jeunes', duree_max_mois: 18, heures_hebdo_min: null, heures_hebdo_max: null, historique: 1 },
      { code: 'civis', duree_max_mois: 24, heures_hebdo_min: null, heures_hebdo_max: null, historique: 1 },
    ]);
    // An événement hangs on the existing jeune; an unknown parcours type is refused by the base.
    sqlite
      .prepare(
        "INSERT INTO evenement (jeune_id, date, type, modalite, auteur_id, cree_le, modifie_le) VALUES (?, '2026-01-05', 'entretien_individuel', 'presentiel', 1, 'x', 'x')",
      )
      .run(jeune);
    expect(() =>
      sqlite
        .prepare(
          "INSERT INTO parcours (jeune_id, type_code, debut, fin_prevue, referent_id, cree_le, modifie_le) VALUES (?, 'inconnu', '2026-01-05', '2026-06-05', 1, 'x', 'x')",
        )
        .run(jeune),
    ).toThrow(/FOREIGN KEY/);
  });
});

describe('0005_annuaire', () => {
  /** A UTC date `n` days before the real today: the migration reads SQLite's own `date('now')`. */
  function ilYa(n: number): string {
    return new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
  }

  test('les partenaires en texte libre deviennent des fiches de l’annuaire (une par nom) et des orientations ; rien d’autre ne change', () => {
    const { sqlite } = ouvrirBase(':memory:');
    migrer(sqlite, migrations, { jusqua: 5 });
    sqlite.prepare("INSERT INTO commune (insee, nom, qpv, zrr) VALUES ('26281', 'Romans-sur-Isère', 1, 0)").run();
    const site = Number(
      sqlite
        .prepare(
          "INSERT INTO site (nom, type, commune_insee, cree_le, modifie_le) VALUES ('Siège', 'siege', '26281', 'x', 'x')",
        )
        .run().lastInsertRowid,
    );
    const jeune = insererJeune(sqlite);
    const accueil = (date: string, reponse: string, partenaire: string | null, commentaire: string | null) =>
      Number(
        sqlite
          .prepare(
            `INSERT INTO accueil (jeune_id, instant, date, heure, site_id, canal, reponse, partenaire, commentaire,
               cree_le, cree_par, modifie_le, modifie_par)
             VALUES (?, ?, ?, '10:00', ?, 'physique', ?, ?, ?, '2025-01-10T09:00:00.000Z', 1, '2025-01-10T09:00:00.000Z', 1)`,
          )
          .run(jeune, `${date}T09:00:00.000Z`, date, site, reponse, partenaire, commentaire).lastInsertRowid,
      );
    const recent = accueil(ilYa(30), 'orientation_partenaire', 'ADIL de la Drôme', 'Studio à Romans');
    const ancien = accueil(ilYa(31), 'orientation_partenaire', '  ADIL de la Drôme ', null);
    accueil('2025-01-12', 'information', null, 'Renseignements');
    accueil('2025-01-13', 'information', '   ', null);
    const diagnostic = (conclusion: string | null, le: string | null, partenaire: string | null, note: string | null) =>
      Number(
        sqlite
          .prepare(
            `INSERT INTO diagnostic (jeune_id, conseiller_id, debut, conclusion, conclusion_le, type_parcours_propose,
               partenaire, conclusion_note, cree_le, cree_par, modifie_le, modifie_par)
             VALUES (?, 1, '2025-01-20', ?, ?, ?, ?, ?, 'x', 1, 'y', 1)`,
          )
          .run(jeune, conclusion, le, conclusion === 'parcours' ? 'cej' : null, partenaire, note).lastInsertRowid,
      );
    const conclu = diagnostic('orientation', '2025-02-01', 'CMP de Romans', 'Soins');
    diagnostic('parcours', '2025-02-03', null, null);
    const sansNote = diagnostic('orientation', null, 'ADIL de la Drôme', null);
    const avant = instantane(sqlite);

    migrer(sqlite, migrations, { jusqua: 6 });
    expect(versionSchema(sqlite)).toBe(6);

    // One partner per distinct name (spaces trimmed), to be completed: type « autre », created here.
    const partenaires = sqlite
      .prepare('SELECT id, nom, type, source, source_id FROM partenaire ORDER BY nom')
      .all() as {
      id: number;
      nom: string;
      type: string;
      source: string;
      source_id: string;
    }[];
    expect(partenaires.map((p) => [p.nom, p.type, p.source])).toEqual([
      ['ADIL de la Drôme', 'autre', 'tremplin'],
      ['CMP de Romans', 'autre', 'tremplin'],
    ]);
    expect(new Set(partenaires.map((p) => p.source_id)).size).toBe(2);
    for (const p of partenaires) expect(p.source_id).toMatch(/^[0-9a-f]{32}$/);
    const [adil, cmp] = partenaires.map((p) => p.id) as [number, number];

    // Each orientation kept its file, date and author; a recent one is still awaited.
    expect(
      sqlite
        .prepare(
          `SELECT jeune_id, partenaire_id, service_id, date, motif, transmission_diagnostic, diagnostic_id, origine,
                  accueil_id, statut, retour_le, cree_par FROM orientation ORDER BY origine, date`,
        )
        .all(),
    ).toEqual([
      {
        jeune_id: jeune,
        partenaire_id: adil,
        service_id: null,
        date: ilYa(31),
        motif: "Orientation donnée à l'accueil",
        transmission_diagnostic: 0,
        diagnostic_id: null,
        origine: 'accueil',
        accueil_id: ancien,
        statut: 'sans_suite',
        retour_le: null,
        cree_par: 1,
      },
      {
        jeune_id: jeune,
        partenaire_id: adil,
        service_id: null,
        date: ilYa(30),
        motif: 'Studio à Romans',
        transmission_diagnostic: 0,
        diagnostic_id: null,
        origine: 'accueil',
        accueil_id: recent,
        statut: 'proposee',
        retour_le: null,
        cree_par: 1,
      },
      {
        jeune_id: jeune,
        partenaire_id: adil,
        service_id: null,
        date: '2025-01-20',
        motif: 'Conclusion du diagnostic',
        transmission_diagnostic: 0,
        diagnostic_id: sansNote,
        origine: 'diagnostic',
        accueil_id: null,
        statut: 'sans_suite',
        retour_le: null,
        cree_par: 1,
      },
      {
        jeune_id: jeune,
        partenaire_id: cmp,
        service_id: null,
        date: '2025-02-01',
        motif: 'Soins',
        transmission_diagnostic: 0,
        diagnostic_id: conclu,
        origine: 'diagnostic',
        accueil_id: null,
        statut: 'sans_suite',
        retour_le: null,
        cree_par: 1,
      },
    ]);

    // The free-text columns are gone; every other value of every existing table is unchanged.
    const colonnes = (table: string) =>
      (sqlite.prepare(`SELECT name FROM pragma_table_info('${table}')`).all() as { name: string }[]).map((c) => c.name);
    expect(colonnes('accueil')).not.toContain('partenaire');
    expect(colonnes('diagnostic')).not.toContain('partenaire');
    const sansPartenaire = (lignes: unknown[]) =>
      lignes.map((l) => {
        const { partenaire: _partenaire, ...reste } = l as Record<string, unknown>;
        return reste;
      });
    expect(instantane(sqlite, Object.keys(avant))).toEqual({
      ...avant,
      accueil: sansPartenaire(avant.accueil!),
      diagnostic: sansPartenaire(avant.diagnostic!),
    });
  });
});

/** Every row of every table but the migrator's own, to compare before and after a migration. */
function instantane(sqlite: Database.Database, seulement?: string[]): Record<string, unknown[]> {
  return Object.fromEntries(
    (seulement ?? tables(sqlite).filter((t) => t !== 'tremplin_migration' && t !== 'sqlite_sequence')).map((t) => [
      t,
      sqlite.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all(),
    ]),
  );
}

function insererJeune(sqlite: Database.Database): number {
  return Number(
    sqlite
      .prepare(
        `INSERT INTO jeune (nom_naissance, prenoms, date_naissance, sexe, cree_le, cree_par, modifie_le, modifie_par)
         VALUES ('Dupont', 'Élodie', '2006-04-12', 'F', 'x', 1, 'x', 1)`,
      )
      .run().lastInsertRowid,
  );
}

function insererEntree(sqlite: Database.Database, action: string, objetId: number | null) {
  sqlite
    .prepare(
      `INSERT INTO journal_acces (horodatage, action, objet_id, poste, empreinte_precedente, empreinte)
       VALUES ('2026-03-10T09:15:00.000Z', ?, ?, 'poste-test', 'x', 'y')`,
    )
    .run(action, objetId);
}

describe('0006_entreprises', () => {
  test('le portefeuille entreprises arrive vide ; les situations existantes gardent leur employeur en texte, sans entreprise liée', () => {
    const { sqlite } = ouvrirBase(':memory:');
    migrer(sqlite, migrations, { jusqua: 6 });
    const jeune = insererJeune(sqlite);
    sqlite
      .prepare(
        `INSERT INTO situation (jeune_id, type, sous_type, debut, fin_prevue, organisme, cree_le, modifie_le)
         VALUES (?, 'alternance', 'apprentissage', '2025-09-01', '2027-08-31', 'Boulangerie Martin', 'x', 'x')`,
      )
      .run(jeune);
    const avant = sqlite.prepare('SELECT * FROM situation').all();
    migrer(sqlite, migrations);
    expect(tables(sqlite)).toEqual(
      expect.arrayContaining([
        'entreprise',
        'entreprise_contact',
        'entreprise_affectation',
        'acte_service',
        'offre',
        'offre_diffusion',
        'mise_en_relation',
      ]),
    );
    expect(sqlite.prepare('SELECT * FROM situation').all()).toEqual(
      avant.map((l) => ({ ...(l as object), entreprise_id: null })),
    );
    // One establishment, one row: a second firm with the same SIRET is refused by the base itself.
    const inserer = sqlite.prepare(
      "INSERT INTO entreprise (siret, nom, cree_le, modifie_le) VALUES ('73282932000074', ?, 'x', 'x')",
    );
    inserer.run('Boulangerie Martin');
    expect(() => inserer.run('Boulangerie Martin bis')).toThrow(/UNIQUE/);
  });
});

describe('0007_formation', () => {
  test('les actions de formation arrivent vides, sans toucher aux dossiers ; une référence d’action est unique', () => {
    const { sqlite } = ouvrirBase(':memory:');
    migrer(sqlite, migrations, { jusqua: 7 });
    const jeune = insererJeune(sqlite);
    const avant = sqlite.prepare('SELECT * FROM jeune').all();
    migrer(sqlite, migrations);
    expect(tables(sqlite)).toEqual(
      expect.arrayContaining([
        'action_formation',
        'positionnement',
        'etape_positionnement',
        'commission_entree',
        'decision_commission',
        'bilan_action',
        'besoin_formation',
      ]),
    );
    expect(sqlite.prepare('SELECT * FROM jeune').all()).toEqual(avant);
    const organisme = Number(
      sqlite
        .prepare(
          `INSERT INTO partenaire (source, source_id, nom, type, date_maj, cree_le, modifie_le)
           VALUES ('tremplin', 'of-1', 'AFPA Valence', 'organisme_formation', '2026-01-01', 'x', 'x')`,
        )
        .run().lastInsertRowid,
    );
    const inserer = sqlite.prepare(
      `INSERT INTO action_formation (intitule, programme, financeur, organisme_id, type_formation, domaine, debut, fin,
         places, reference, cree_le, modifie_le)
       VALUES ('CAP Cuisine', 'PRF 2026', 'region', ?, 'qualifiante', 'G', '2026-09-01', '2027-06-30', 12, ?, 'x', 'x')`,
    );
    inserer.run(organisme, 'PRF-26-001');
    // Two actions without the funder's number are fine; the same number twice is not.
    inserer.run(organisme, null);
    inserer.run(organisme, null);
    expect(() => inserer.run(organisme, 'PRF-26-001')).toThrow(/UNIQUE/);
    void jeune;
  });
});

describe('le migrateur', () => {
  const derniere = migrations.length;

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
    expect(app.migration).toMatchObject({ avant: 1, apres: derniere });
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
      join(faux, '9999_casse.sql'),
      'CREATE TABLE bonne (x);\n--> statement-breakpoint\nCREATE TABLE commune (doublon);',
    );
    writeFileSync(
      join(faux, 'meta', '_journal.json'),
      JSON.stringify({
        entries: [...migrations.map((m, i) => ({ idx: i, tag: m.tag })), { idx: derniere, tag: '9999_casse' }],
      }),
    );
    const { sqlite } = ouvrirBase(':memory:');
    migrer(sqlite, migrations);
    expect(() => migrer(sqlite, lireMigrations(faux))).toThrow(MigrationEchoueeError);
    expect(versionSchema(sqlite)).toBe(derniere);
    expect(tables(sqlite)).not.toContain('bonne');
  });

  test('une migration qui casserait une référence est annulée (foreign_key_check)', () => {
    const { sqlite } = ouvrirBase(':memory:');
    migrer(sqlite, migrations);
    const orpheline = [
      ...migrations,
      {
        numero: derniere + 1,
        tag: '9999_orpheline',
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
    expect(migrer(sqlite, migrations)).toEqual({ avant: derniere, apres: derniere, sauvegarde: null });
  });
});
