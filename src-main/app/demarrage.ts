import { join } from 'node:path';
import { BaseTropRecenteError, MigrationEchoueeError } from '../db/migrer';

export interface Environnement {
  /** app.getPath('userData') */
  donneesUtilisateur: string;
  /** app.getAppPath(): the repository in development, app.asar once packaged. */
  dossierApplication: string;
  /** process.resourcesPath */
  dossierRessources: string;
  /** app.isPackaged */
  empaquetee: boolean;
}

export interface Chemins {
  base: string;
  sauvegardes: string;
  migrations: string;
  rendu: string;
  preload: string;
}

/** Every path the desktop app uses, computed once at startup and passed down. */
export function cheminsApplication(env: Environnement): Chemins {
  return {
    base: join(env.donneesUtilisateur, 'tremplin.sqlite'),
    sauvegardes: join(env.donneesUtilisateur, 'sauvegardes'),
    // Migrations ship outside app.asar (electron-builder extraResources) so they stay plain files.
    migrations: env.empaquetee ? join(env.dossierRessources, 'migrations') : join(env.dossierApplication, 'migrations'),
    rendu: join(env.dossierApplication, 'dist'),
    preload: join(env.dossierApplication, 'dist-main', 'preload.cjs'),
  };
}

export interface MessageErreur {
  titre: string;
  message: string;
}

/** What the error box says when Tremplin cannot start; French, actionable, no stack. */
export function messageErreurDemarrage(erreur: unknown, cheminBase: string): MessageErreur {
  if (erreur instanceof BaseTropRecenteError) {
    return { titre: 'Version de Tremplin trop ancienne', message: erreur.message };
  }
  if (erreur instanceof MigrationEchoueeError) {
    return {
      titre: 'Mise à jour de la base impossible',
      message: `${erreur.message}\n\nTremplin va se fermer. Signalez ce message à votre administrateur ; la base se trouve ici :\n${cheminBase}`,
    };
  }
  const detail = erreur instanceof Error ? erreur.message : String(erreur);
  return {
    titre: 'Tremplin ne peut pas démarrer',
    message:
      `Tremplin n'a pas pu ouvrir sa base de données ou sa fenêtre et va se fermer.\n\n` +
      `Vérifiez qu'aucune autre session de Tremplin n'est ouverte et que le disque n'est pas plein, puis relancez. ` +
      `Si le problème persiste, signalez ce message à votre administrateur.\n\nBase : ${cheminBase}\nDétail : ${detail}`,
  };
}
