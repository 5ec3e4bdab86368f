import type { MenuItemConstructorOptions } from 'electron';

export interface OptionsMenu {
  /** Reload and developer tools exist only outside the packaged app. */
  developpement: boolean;
  surAPropos: () => void;
}

export function modeleMenu(options: OptionsMenu): MenuItemConstructorOptions[] {
  const affichage: MenuItemConstructorOptions[] = [
    { label: 'Taille normale', role: 'resetZoom' },
    { label: 'Agrandir', role: 'zoomIn' },
    { label: 'Réduire', role: 'zoomOut' },
    { type: 'separator' },
    { label: 'Plein écran', role: 'togglefullscreen' },
  ];
  if (options.developpement) {
    affichage.push(
      { type: 'separator' },
      { label: 'Recharger', role: 'reload' },
      { label: 'Outils de développement', role: 'toggleDevTools' },
    );
  }
  return [
    { label: 'Fichier', submenu: [{ label: 'Quitter', role: 'quit', accelerator: 'CmdOrCtrl+Q' }] },
    {
      label: 'Édition',
      submenu: [
        { label: 'Annuler', role: 'undo' },
        { label: 'Rétablir', role: 'redo' },
        { type: 'separator' },
        { label: 'Couper', role: 'cut' },
        { label: 'Copier', role: 'copy' },
        { label: 'Coller', role: 'paste' },
        { label: 'Tout sélectionner', role: 'selectAll' },
      ],
    },
    { label: 'Affichage', submenu: affichage },
    { label: 'Aide', submenu: [{ label: 'À propos de Tremplin', click: () => options.surAPropos() }] },
  ];
}
