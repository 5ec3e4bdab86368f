import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { principal } from '../../src-main/cli/main';
import { banc, installer } from '../aide';
import { compteActif, lignesJournal, type LigneJournal } from '../fixtures/journal';

const MOT_DE_PASSE_ACCUEIL = 'Guichet-Matin-26!';
const MOT_DE_PASSE_DIRECTION = 'Bilan-Annuel-26?';

let sortie: string[];
let erreurs: string[];
let db: string;
/** The trail entry n° of a jeune's read: what a tamperer would want to hide. */
let lecture: number;
let roux: number;
const motDePasseAvant = process.env.TREMPLIN_MOT_DE_PASSE;

function journal(): LigneJournal[] {
  const base = new Database(db, { readonly: true });
  try {
    return lignesJournal(base);
  } finally {
    base.close();
  }
}

beforeEach(async () => {
  sortie = [];
  erreurs = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void sortie.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void erreurs.push(a.join(' ')));
  delete process.env.TREMPLIN_MOT_DE_PASSE;

  // A structure with some activity, prepared through the application, then closed.
  db = join(mkdtempSync(join(tmpdir(), 'tremplin-audit-')), 'base.sqlite');
  const b = banc({ cheminBase: db });
  try {
    await installer(b);
    roux = await compteActif(
      b,
      { identifiant: 'aroux', prenom: 'Anne', nom: 'Roux', roles: ['accueil'] },
      MOT_DE_PASSE_ACCUEIL,
    );
    await compteActif(
      b,
      { identifiant: 'ndirection', prenom: 'Nina', nom: 'Chabert', roles: ['direction'] },
      MOT_DE_PASSE_DIRECTION,
    );
    const { id } = await b.appeler('jeunes.creer', {
      nomNaissance: 'Dupont',
      prenoms: 'Élodie',
      dateNaissance: '2006-04-12',
      sexe: 'F',
    });
    await b.appeler('jeunes.lire', { id });
    lecture = lignesJournal(b.app.base.sqlite).at(-1)!.id;
    await b.appeler('jeunes.lire', { id });
  } finally {
    b.app.fermer();
  }
});

afterEach(() => {
  vi.restoreAllMocks();
  if (motDePasseAvant === undefined) delete process.env.TREMPLIN_MOT_DE_PASSE;
  else process.env.TREMPLIN_MOT_DE_PASSE = motDePasseAvant;
});

describe('tremplin audit verify', () => {
  test('journal intact : le dit, avec le nombre d’entrées, code de sortie 0, sans toucher au fichier', async () => {
    const avant = journal();
    expect(await principal(['audit', 'verify', '--db', db])).toBe(0);
    expect(sortie).toEqual([`Journal des accès intact : ${avant.length} entrée(s), n° 1 à ${avant.length}.`]);
    expect(erreurs).toEqual([]);
    expect(await principal(['audit', 'verifier', '--db', db])).toBe(0);
    expect(journal()).toEqual(avant);
  });

  test('une entrée modifiée dans le fichier : code de sortie 1, le message nomme l’entrée', async () => {
    const pirate = new Database(db);
    pirate.exec('DROP TRIGGER journal_acces_sans_modification');
    pirate.prepare('UPDATE journal_acces SET utilisateur_id = NULL WHERE id = ?').run(lecture);
    pirate.close();

    expect(await principal(['audit', 'verify', '--db', db])).toBe(1);
    expect(sortie).toEqual([]);
    expect(erreurs.join('\n')).toContain(`Journal des accès altéré : première entrée en défaut n° ${lecture} `);
    expect(erreurs.join('\n')).toContain("Le contenu de l'entrée a été modifié après son écriture.");
  });

  test('une entrée supprimée : l’entrée qui suit le trou est nommée', async () => {
    const pirate = new Database(db);
    pirate.exec('DROP TRIGGER journal_acces_sans_suppression');
    pirate.prepare('DELETE FROM journal_acces WHERE id = ?').run(lecture);
    pirate.close();

    expect(await principal(['audit', 'verify', '--db', db])).toBe(1);
    expect(erreurs.join('\n')).toContain(`première entrée en défaut n° ${lecture + 1} `);
    expect(erreurs.join('\n')).toContain(`L'entrée n° ${lecture} a disparu.`);
  });

  test('sans base, ou avec une base absente : usage en français, code 2', async () => {
    expect(await principal(['audit', 'verify'])).toBe(2);
    expect(erreurs.join('\n')).toContain('Précisez la base : --db FICHIER.');
    erreurs = [];
    expect(await principal(['audit', 'verify', '--db', join(tmpdir(), 'pas-de-base-ici.sqlite')])).toBe(2);
    expect(erreurs.join('\n')).toContain('Base introuvable');
  });

  test('une base antérieure au journal des accès : dit de la mettre à jour, code 2, fichier intact', async () => {
    const ancienne = join(mkdtempSync(join(tmpdir(), 'tremplin-audit-')), 'ancienne.sqlite');
    const base = new Database(ancienne);
    base.exec('CREATE TABLE structure (id INTEGER PRIMARY KEY); PRAGMA user_version = 2;');
    base.close();
    expect(await principal(['audit', 'verify', '--db', ancienne])).toBe(2);
    expect(erreurs.join('\n')).toContain('pas encore de journal des accès');
    const relue = new Database(ancienne, { readonly: true });
    try {
      expect(relue.pragma('user_version', { simple: true })).toBe(2);
    } finally {
      relue.close();
    }
  });
});

describe('tremplin appel --identifiant', () => {
  test('le compte se connecte et l’appel est soumis à son rôle : l’accueil ne lit pas le journal', async () => {
    process.env.TREMPLIN_MOT_DE_PASSE = MOT_DE_PASSE_ACCUEIL;
    const avant = journal().at(-1)!.id;
    expect(await principal(['appel', 'journal.rechercher', '{}', '--db', db, '--identifiant', 'aroux'])).toBe(1);
    expect(JSON.parse(sortie.join('\n'))).toMatchObject({ code: 'acces_refuse' });
    const nouvelles = journal().filter((l) => l.id > avant);
    expect(nouvelles.map((l) => [l.action, l.methode])).toEqual([
      ['connexion', 'session.ouvrir'],
      ['acces_refuse', 'journal.rechercher'],
    ]);
    expect(nouvelles.map((l) => l.utilisateur_id)).toEqual([roux, roux]);
    expect(nouvelles[0]!.poste).toMatch(/\(ligne de commande\)$/);
  });

  test('la direction, elle, lit le journal par la ligne de commande', async () => {
    process.env.TREMPLIN_MOT_DE_PASSE = MOT_DE_PASSE_DIRECTION;
    expect(
      await principal([
        'appel',
        'journal.rechercher',
        '{"action":"lecture"}',
        '--db',
        db,
        '--identifiant',
        'ndirection',
      ]),
    ).toBe(0);
    const r = JSON.parse(sortie.join('\n')) as { entrees: { action: string; objetLibelle: string }[] };
    expect(r.entrees.map((e) => [e.action, e.objetLibelle])).toEqual([
      ['lecture', 'Dupont Élodie'],
      ['lecture', 'Dupont Élodie'],
    ]);
  });

  test('sans la variable TREMPLIN_MOT_DE_PASSE : message d’usage en français, rien n’est appelé', async () => {
    const avant = journal();
    expect(await principal(['appel', 'journal.rechercher', '{}', '--db', db, '--identifiant', 'ndirection'])).toBe(2);
    expect(erreurs.join('\n')).toContain('Mot de passe absent : placez-le dans la variable TREMPLIN_MOT_DE_PASSE.');
    expect(sortie).toEqual([]);
    expect(journal()).toEqual(avant);
  });

  test('un mauvais mot de passe : connexion refusée, code 1, l’échec est inscrit', async () => {
    process.env.TREMPLIN_MOT_DE_PASSE = 'Pas-Le-Bon-2026!';
    const avant = journal().at(-1)!.id;
    expect(await principal(['appel', 'journal.rechercher', '{}', '--db', db, '--identifiant', 'ndirection'])).toBe(1);
    expect(erreurs.join('\n')).toContain('Connexion refusée : Identifiant ou mot de passe incorrect.');
    expect(sortie).toEqual([]);
    expect(
      journal()
        .filter((l) => l.id > avant)
        .map((l) => l.action),
    ).toEqual(['echec_connexion']);
  });

  test('sans identifiant, une méthode réservée aux personnes connectées est refusée', async () => {
    expect(await principal(['appel', 'jeunes.rechercher', '{"texte":"dupont"}', '--db', db])).toBe(1);
    expect(JSON.parse(sortie.join('\n'))).toMatchObject({ code: 'non_connecte' });
  });
});
