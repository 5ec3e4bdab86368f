import { mkdirSync } from 'node:fs';
import { hostname } from 'node:os';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { autoUpdater } from 'electron-updater';
import { ouvrirApplication, type Application } from '../host/application';
import { brancherContrat, creerDiffuseur } from './contrat';
import { cheminsApplication, messageErreurDemarrage, type Chemins } from './demarrage';
import { modeleMenu } from './menu';
import { surveillerMisesAJour } from './miseAJour';
import { creerServeurRenderer, SCHEMA_PRIVILEGIE } from './protocole';
import { durcirContenus, durcirSession, optionsFenetre, ORIGINE_APP, SCHEMA_APP, URL_ACCUEIL } from './securite';

// The only file that imports Electron values: everything it calls takes Electron objects as
// arguments and is tested under plain Node (tests/app).

function journaliser(message: string, erreur?: unknown): void {
  if (erreur === undefined) console.log(`[Tremplin] ${message}`);
  else console.error(`[Tremplin] ${message}`, erreur);
}

let fenetre: BrowserWindow | null = null;
let application: Application | null = null;

function creerFenetre(chemins: Chemins): BrowserWindow {
  const nouvelle = new BrowserWindow(optionsFenetre(chemins.preload));
  nouvelle.once('ready-to-show', () => nouvelle.show());
  nouvelle.on('closed', () => {
    if (fenetre === nouvelle) fenetre = null;
  });
  void nouvelle.loadURL(URL_ACCUEIL);
  return nouvelle;
}

function aPropos(): void {
  const options = {
    type: 'info' as const,
    title: 'À propos de Tremplin',
    message: `Tremplin ${app.getVersion()}`,
    detail:
      'Poste de travail de la Mission Locale : accueil, parcours, entreprises, formation, indicateurs.\nLes données restent sur ce poste.',
    buttons: ['Fermer'],
  };
  void (fenetre ? dialog.showMessageBox(fenetre, options) : dialog.showMessageBox(options));
}

async function proposerRedemarrage(version: string): Promise<boolean> {
  const options = {
    type: 'question' as const,
    title: 'Mise à jour de Tremplin',
    message: `La version ${version} de Tremplin est prête à être installée.`,
    detail:
      'Enregistrez votre saisie en cours avant de redémarrer. Sinon, la mise à jour sera proposée au prochain démarrage.',
    buttons: ['Redémarrer maintenant', 'Plus tard'],
    defaultId: 1,
    cancelId: 1,
  };
  const { response } = fenetre ? await dialog.showMessageBox(fenetre, options) : await dialog.showMessageBox(options);
  return response === 0;
}

function demarrer(): void {
  const chemins = cheminsApplication({
    donneesUtilisateur: app.getPath('userData'),
    dossierApplication: app.getAppPath(),
    dossierRessources: process.resourcesPath,
    empaquetee: app.isPackaged,
  });
  try {
    mkdirSync(chemins.sauvegardes, { recursive: true });
    // Migrations (with their verified backup) run here, before any window exists.
    const ouverte = ouvrirApplication({
      cheminBase: chemins.base,
      dossierMigrations: chemins.migrations,
      dossierSauvegardes: chemins.sauvegardes,
      diffuser: creerDiffuseur(() => fenetre?.webContents ?? null),
      journaliser,
    });
    application = ouverte;
    if (ouverte.migration.apres !== ouverte.migration.avant) {
      journaliser(`Base mise à jour du schéma ${ouverte.migration.avant} au schéma ${ouverte.migration.apres}.`);
    }
    durcirSession(session.defaultSession);
    protocol.handle(SCHEMA_APP, creerServeurRenderer(chemins.rendu));
    brancherContrat(ipcMain, ouverte.dispatcher, hostname(), ORIGINE_APP, journaliser);
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(modeleMenu({ developpement: !app.isPackaged, surAPropos: aPropos })),
    );
    fenetre = creerFenetre(chemins);
  } catch (erreur) {
    echouer(erreur, chemins.base);
    return;
  }
  if (app.isPackaged) {
    void surveillerMisesAJour(autoUpdater, { journaliser, proposerRedemarrage });
  }
}

function echouer(erreur: unknown, cheminBase: string): void {
  journaliser('Échec du démarrage', erreur);
  const { titre, message } = messageErreurDemarrage(erreur, cheminBase);
  dialog.showErrorBox(titre, message);
  application?.fermer();
  application = null;
  app.exit(1);
}

// Two processes migrating or writing the same file would fight over it: one desk, one instance.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  protocol.registerSchemesAsPrivileged([SCHEMA_PRIVILEGIE]);
  app.enableSandbox();
  app.on('web-contents-created', (_evenement, contenus) => durcirContenus(contenus, shell, journaliser));
  app.on('second-instance', () => {
    if (!fenetre) return;
    if (fenetre.isMinimized()) fenetre.restore();
    fenetre.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    application?.fermer();
    application = null;
  });
  app
    .whenReady()
    .then(demarrer)
    .catch((erreur: unknown) => echouer(erreur, '(chemin non déterminé)'));
}
