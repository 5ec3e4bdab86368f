import { hostname } from 'node:os';
import { describe, expect, test, vi } from 'vitest';
import { principal } from '../../src-main/cli/main';
import { baseNeuve, capturerConsole } from './console';
import { banc, choisirMotDePasse, installer } from '../aide';
import { INSTALLATION_DE_TEST, MOT_DE_PASSE_ADMINISTRATEUR } from '../fixtures/installation';

const { sortie, erreurs } = capturerConsole();

/** A database file with the test structure installed, and a staff member who holds `accueil` only. */
async function baseInstallee() {
  const db = baseNeuve();
  const b = banc({ cheminBase: db });
  await installer(b);
  const { id, session } = await b.personne(['accueil'], 'accueil.cli');
  await choisirMotDePasse(b, session, 'Accueil-Cli-2026!');
  b.app.fermer();
  return { db, accueil: id };
}

function journal(db: string) {
  const b = banc({ cheminBase: db });
  try {
    return b.app.base.sqlite
      .prepare('SELECT utilisateur_id, action, poste, methode FROM journal_acces ORDER BY id')
      .all();
  } finally {
    b.app.fermer();
  }
}

describe('la commande tremplin', () => {
  test('appel : la CLI est un transport du même contrat', async () => {
    const db = baseNeuve();
    expect(await principal(['appel', 'session.etat', '{}', '--db', db])).toBe(0);
    expect(JSON.parse(sortie.join('\n'))).toMatchObject({ installee: false });
    sortie.length = 0;
    expect(await principal(['appel', 'jeunes.rechercher', '{"texte":"a"}', '--db', db])).toBe(1);
    expect(JSON.parse(sortie.join('\n'))).toMatchObject({ code: 'non_installe' });
  });

  test('appel --identifiant : connecté avec le mot de passe de l’environnement, soumis aux rôles, tracé', async () => {
    const { db, accueil } = await baseInstallee();
    const appel = ['appel', 'jeunes.rechercher', '{"texte":"a"}', '--db', db];
    expect(await principal(appel)).toBe(1);
    expect(JSON.parse(sortie.join('\n'))).toMatchObject({ code: 'non_connecte' });

    sortie.length = 0;
    vi.stubEnv('TREMPLIN_MOT_DE_PASSE', MOT_DE_PASSE_ADMINISTRATEUR);
    expect(await principal([...appel, '--identifiant', INSTALLATION_DE_TEST.administrateur.identifiant])).toBe(0);
    expect(JSON.parse(sortie.join('\n'))).toMatchObject({ jeunes: [] });

    sortie.length = 0;
    vi.stubEnv('TREMPLIN_MOT_DE_PASSE', 'Accueil-Cli-2026!');
    expect(await principal(['appel', 'comptes.lister', '{}', '--db', db, '--identifiant', 'accueil.cli'])).toBe(1);
    expect(JSON.parse(sortie.join('\n'))).toMatchObject({ code: 'acces_refuse' });
    const poste = `${hostname()} (ligne de commande)`;
    expect(journal(db).slice(-3)).toEqual([
      { utilisateur_id: 1, action: 'connexion', poste, methode: 'session.ouvrir' },
      { utilisateur_id: accueil, action: 'connexion', poste, methode: 'session.ouvrir' },
      { utilisateur_id: accueil, action: 'acces_refuse', poste, methode: 'comptes.lister' },
    ]);
  });

  test('appel --identifiant : sans mot de passe dans l’environnement, ou avec un faux, rien n’est appelé', async () => {
    const { db } = await baseInstallee();
    const appel = ['appel', 'jeunes.creer', '{}', '--db', db, '--identifiant', 'accueil.cli'];
    expect(await principal(appel)).toBe(2);
    expect(erreurs[0]).toContain('TREMPLIN_MOT_DE_PASSE');
    vi.stubEnv('TREMPLIN_MOT_DE_PASSE', 'Pas-le-bon-2026!');
    expect(await principal(appel)).toBe(1);
    expect(erreurs.join('\n')).toContain('Connexion refusée : Identifiant ou mot de passe incorrect.');
    expect(sortie).toEqual([]);
  });

  test('une entrée JSON mal formée est expliquée en français', async () => {
    const db = baseNeuve();
    expect(await principal(['appel', 'session.etat', '{pas json', '--db', db])).toBe(2);
    expect(erreurs[0]).toContain('Entrée JSON invalide');
  });

  test('migrer : met à jour puis dit que la base est à jour', async () => {
    const db = baseNeuve();
    expect(await principal(['migrer', '--db', db])).toBe(0);
    expect(sortie[0]).toMatch(/mise à jour du schéma 0 au schéma \d+/);
    sortie.length = 0;
    expect(await principal(['migrer', '--db', db])).toBe(0);
    expect(sortie[0]).toMatch(/Base à jour/);
  });

  test('methodes liste le contrat ; une commande inconnue est refusée avec l’aide', async () => {
    expect(await principal(['methodes'])).toBe(0);
    expect(sortie.some((l) => l.startsWith('jeunes.rechercher'))).toBe(true);
    expect(await principal(['supprimer-tout'])).toBe(2);
    expect(erreurs.join('\n')).toContain('Commande inconnue');
    expect(await principal(['demo'])).toBe(2);
    expect(erreurs.join('\n')).toContain('--db');
  });
});
