import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cheminsApplication, messageErreurDemarrage } from '../../src-main/app/demarrage';
import { modeleMenu } from '../../src-main/app/menu';
import { surveillerMisesAJour, type Actualiseur } from '../../src-main/app/miseAJour';
import { BaseTropRecenteError, MigrationEchoueeError } from '../../src-main/db/migrer';
import { dossierMigrationsDuDepot, ouvrirApplication } from '../../src-main/host/application';
import type { MenuItemConstructorOptions } from 'electron';

vi.mock('electron', () => {
  throw new Error("src-main/app ne doit pas charger 'electron' hors de main.ts");
});

describe('cheminsApplication', () => {
  it('development: migrations and pages from the checkout, data in userData', () => {
    const c = cheminsApplication({
      donneesUtilisateur: '/home/claire/.config/Tremplin',
      dossierApplication: '/src/tremplin',
      dossierRessources: '/usr/lib/electron/resources',
      empaquetee: false,
    });
    expect(c).toEqual({
      base: join('/home/claire/.config/Tremplin', 'tremplin.sqlite'),
      sauvegardes: join('/home/claire/.config/Tremplin', 'sauvegardes'),
      migrations: join('/src/tremplin', 'migrations'),
      rendu: join('/src/tremplin', 'dist'),
      preload: join('/src/tremplin', 'dist-main', 'preload.cjs'),
    });
  });

  it('packaged: migrations from the resources folder, outside app.asar', () => {
    const c = cheminsApplication({
      donneesUtilisateur: '/home/claire/.config/Tremplin',
      dossierApplication: '/opt/Tremplin/resources/app.asar',
      dossierRessources: '/opt/Tremplin/resources',
      empaquetee: true,
    });
    expect(c.migrations).toBe(join('/opt/Tremplin/resources', 'migrations'));
    expect(c.base).toBe(join('/home/claire/.config/Tremplin', 'tremplin.sqlite'));
    expect(c.preload).toBe(join('/opt/Tremplin/resources/app.asar', 'dist-main', 'preload.cjs'));
  });
});

describe('messageErreurDemarrage', () => {
  let dossier: string | null = null;
  afterEach(() => {
    if (dossier) rmSync(dossier, { recursive: true, force: true });
    dossier = null;
  });

  it('a database from a newer version: the French refusal, nothing changed', () => {
    dossier = mkdtempSync(join(tmpdir(), 'tremplin-demarrage-'));
    const chemin = join(dossier, 'tremplin.sqlite');
    const future = new Database(chemin);
    future.pragma('user_version = 999');
    future.close();
    let erreur: unknown = null;
    try {
      ouvrirApplication({
        cheminBase: chemin,
        dossierMigrations: dossierMigrationsDuDepot(),
        dossierSauvegardes: dossier,
      });
    } catch (e) {
      erreur = e;
    }
    expect(erreur).toBeInstanceOf(BaseTropRecenteError);
    const { titre, message } = messageErreurDemarrage(erreur, chemin);
    expect(titre).toMatch(/Tremplin/);
    expect(message).toMatch(/plus récente/);
    expect(message).toMatch(/Installez/);
    expect(message).not.toMatch(/at .*\(|\.ts:/);
  });

  it('a failed migration and any other error: French, with the path and what to do', () => {
    const m = messageErreurDemarrage(
      new MigrationEchoueeError("La mise à jour de la base (étape x) a échoué ; la base n'a pas été modifiée."),
      '/d/t.sqlite',
    );
    expect(m.message).toMatch(/a échoué/);
    expect(m.message).toContain('/d/t.sqlite');
    const autre = new Error('SQLITE_CANTOPEN: unable to open database file');
    const g = messageErreurDemarrage(autre, '/d/t.sqlite');
    expect(g.titre).toBe('Tremplin ne peut pas démarrer');
    expect(g.message).toMatch(/relancez/);
    expect(g.message).toContain('/d/t.sqlite');
    expect(g.message).not.toContain(autre.stack!.split('\n')[1]!.trim());
  });
});

function libelles(menu: MenuItemConstructorOptions[]): string[] {
  return menu.map((m) => m.label ?? '');
}
function sousMenu(menu: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const trouve = menu.find((m) => m.label === label);
  if (!trouve || !Array.isArray(trouve.submenu)) throw new Error(`Menu ${label} absent`);
  return trouve.submenu;
}

describe('modeleMenu', () => {
  it('French menus: Fichier/Quitter, Édition with copy and paste, Aide/À propos', () => {
    const surAPropos = vi.fn();
    const menu = modeleMenu({ developpement: false, surAPropos });
    expect(libelles(menu)).toEqual(['Fichier', 'Édition', 'Affichage', 'Aide']);
    expect(sousMenu(menu, 'Fichier')).toContainEqual(expect.objectContaining({ label: 'Quitter', role: 'quit' }));
    const edition = sousMenu(menu, 'Édition');
    expect(edition).toContainEqual({ label: 'Copier', role: 'copy' });
    expect(edition).toContainEqual({ label: 'Coller', role: 'paste' });
    const aide = sousMenu(menu, 'Aide');
    expect(aide[0]!.label).toBe('À propos de Tremplin');
    aide[0]!.click!(undefined as never, undefined, undefined as never);
    expect(surAPropos).toHaveBeenCalledOnce();
  });

  it('reload and developer tools only in development', () => {
    const roles = (developpement: boolean) =>
      sousMenu(modeleMenu({ developpement, surAPropos: () => {} }), 'Affichage').map((m) => m.role);
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('forceReload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('reload');
    expect(roles(true)).toContain('toggleDevTools');
  });
});

function fauxActualiseur(verification: () => Promise<unknown> = async () => null) {
  const ecouteurs = new Map<string, (...args: never[]) => void>();
  const actualiseur = {
    autoDownload: false,
    autoInstallOnAppQuit: true,
    on(evenement: string, ecouteur: (...args: never[]) => void) {
      ecouteurs.set(evenement, ecouteur);
    },
    checkForUpdates: vi.fn(verification),
    quitAndInstall: vi.fn(),
  } satisfies Actualiseur;
  const emettre = (evenement: string, ...args: unknown[]) =>
    (ecouteurs.get(evenement) as (...a: unknown[]) => void)(...args);
  return { actualiseur, emettre };
}

describe('surveillerMisesAJour', () => {
  it('never installs on quit behind the person, and installs only if they accept', async () => {
    const { actualiseur, emettre } = fauxActualiseur();
    const journal: string[] = [];
    let accepte = false;
    const proposerRedemarrage = vi.fn(async () => accepte);
    await surveillerMisesAJour(actualiseur, { journaliser: (m) => journal.push(m), proposerRedemarrage });
    expect(actualiseur.checkForUpdates).toHaveBeenCalledOnce();
    expect(actualiseur.autoInstallOnAppQuit).toBe(false);

    emettre('update-downloaded', { version: '0.2.0' });
    await new Promise((r) => setTimeout(r, 0));
    expect(proposerRedemarrage).toHaveBeenCalledWith('0.2.0');
    expect(actualiseur.quitAndInstall).not.toHaveBeenCalled();
    expect(journal.join('\n')).toMatch(/reportée/);

    accepte = true;
    emettre('update-downloaded', { version: '0.2.0' });
    await new Promise((r) => setTimeout(r, 0));
    expect(actualiseur.quitAndInstall).toHaveBeenCalledOnce();
  });

  it('an offline desk: the failed check is logged in French, not thrown', async () => {
    const { actualiseur } = fauxActualiseur(() => Promise.reject(new Error('net::ERR_NAME_NOT_RESOLVED')));
    const journal: string[] = [];
    await expect(
      surveillerMisesAJour(actualiseur, {
        journaliser: (m) => journal.push(m),
        proposerRedemarrage: async () => false,
      }),
    ).resolves.toBeUndefined();
    expect(journal).toEqual(['La recherche de mise à jour a échoué.']);
  });
});
