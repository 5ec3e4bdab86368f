/**
 * The slice of electron-updater's AppUpdater used here. Nothing installs behind the person's
 * back: the download happens quietly, then they choose when to restart.
 */
export interface Actualiseur {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  on(evenement: 'update-available', ecouteur: (info: { version: string }) => void): unknown;
  on(evenement: 'update-not-available', ecouteur: () => void): unknown;
  on(evenement: 'update-downloaded', ecouteur: (info: { version: string }) => void): unknown;
  on(evenement: 'error', ecouteur: (erreur: Error) => void): unknown;
  checkForUpdates(): Promise<unknown>;
  quitAndInstall(): void;
}

export interface OptionsMiseAJour {
  journaliser: (message: string, erreur?: unknown) => void;
  /** Asks the person; resolves true when they accept to restart now. */
  proposerRedemarrage: (version: string) => Promise<boolean>;
}

export function surveillerMisesAJour(actualiseur: Actualiseur, options: OptionsMiseAJour): Promise<void> {
  const { journaliser } = options;
  actualiseur.autoDownload = true;
  actualiseur.autoInstallOnAppQuit = false;
  actualiseur.on('update-available', (info) =>
    journaliser(`Mise à jour disponible : version ${info.version}, téléchargement en cours.`),
  );
  actualiseur.on('update-not-available', () => journaliser('Tremplin est à jour.'));
  actualiseur.on('error', (erreur) => journaliser('Erreur du service de mise à jour.', erreur));
  actualiseur.on('update-downloaded', (info) => {
    journaliser(`Mise à jour ${info.version} téléchargée ; en attente de l'accord de l'utilisateur.`);
    options
      .proposerRedemarrage(info.version)
      .then((accepte) => {
        if (accepte) actualiseur.quitAndInstall();
        else journaliser('Mise à jour reportée : elle sera proposée au prochain démarrage.');
      })
      .catch((erreur: unknown) => journaliser('Impossible de proposer la mise à jour.', erreur));
  });
  // An offline desk is normal in a Mission Locale: a failed check is logged, never fatal.
  return actualiseur.checkForUpdates().then(
    () => undefined,
    (erreur: unknown) => {
      journaliser('La recherche de mise à jour a échoué.', erreur);
    },
  );
}
