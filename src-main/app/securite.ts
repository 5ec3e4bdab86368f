import type { BrowserWindowConstructorOptions } from 'electron';
import { POLITIQUE_CONTENU } from '../contract/pont';

/**
 * The renderer is served from this origin only (see protocole.ts). Every check below compares
 * against it, so a page that somehow navigated elsewhere loses the contract at once.
 */
export const SCHEMA_APP = 'app';
export const HOTE_APP = 'tremplin';
export const ORIGINE_APP = `${SCHEMA_APP}://${HOTE_APP}`;
export const URL_ACCUEIL = `${ORIGINE_APP}/index.html`;

/** The renderer's CSP, one policy whichever transport serves the page. */
export { POLITIQUE_CONTENU };

/**
 * Node's URL gives an opaque origin ('null') to non-http schemes such as app://, so `origin`
 * cannot be compared: scheme and host (with port) are compared instead.
 */
export function estDeLOrigine(url: string, origine: string): boolean {
  let cible: URL;
  let attendue: URL;
  try {
    cible = new URL(url);
    attendue = new URL(origine);
  } catch {
    return false;
  }
  // Chromium lowercases the host of a standard scheme; Node's parser leaves app:// hosts as typed.
  const hote = cible.host.toLowerCase();
  return cible.protocol === attendue.protocol && hote === attendue.host.toLowerCase() && hote !== '';
}

export function optionsFenetre(cheminPreload: string): BrowserWindowConstructorOptions {
  return {
    title: 'Tremplin',
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    // Shown on 'ready-to-show' so the desk never flashes an empty white frame.
    show: false,
    backgroundColor: '#f5f7fa',
    webPreferences: {
      preload: cheminPreload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
    },
  };
}

/** The slice of Electron's Session that the hardening touches, so tests can pass a plain object. */
export interface SessionDurcissable {
  setPermissionRequestHandler(
    gestionnaire: (contenus: unknown, permission: string, reponse: (accordee: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(gestionnaire: (contenus: unknown, permission: string) => boolean): void;
  webRequest: {
    onHeadersReceived(
      ecouteur: (
        details: { responseHeaders?: Record<string, string[]> },
        reponse: (r: { responseHeaders?: Record<string, string | string[]> }) => void,
      ) => void,
    ): void;
  };
}

/** Adds the CSP to every response; a CSP already sent by a server is replaced, not merged. */
export function entetesAvecPolitique(entetes: Record<string, string[]> | undefined): Record<string, string[]> {
  const resultat: Record<string, string[]> = {};
  for (const [nom, valeur] of Object.entries(entetes ?? {})) {
    if (nom.toLowerCase() !== 'content-security-policy') resultat[nom] = valeur;
  }
  resultat['Content-Security-Policy'] = [POLITIQUE_CONTENU];
  return resultat;
}

export function durcirSession(session: SessionDurcissable): void {
  // The desk needs no camera, microphone, location, notifications or clipboard reading.
  session.setPermissionRequestHandler((_contenus, _permission, reponse) => reponse(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, reponse) =>
    reponse({ responseHeaders: entetesAvecPolitique(details.responseHeaders) }),
  );
}

export interface EvenementNavigation {
  preventDefault(): void;
  readonly url: string;
}

/** The slice of Electron's WebContents that the hardening touches. */
export interface ContenusDurcissables {
  on(evenement: 'will-navigate', ecouteur: (e: EvenementNavigation) => void): unknown;
  on(evenement: 'will-redirect', ecouteur: (e: EvenementNavigation) => void): unknown;
  on(evenement: 'will-frame-navigate', ecouteur: (e: EvenementNavigation) => void): unknown;
  on(evenement: 'will-attach-webview', ecouteur: (e: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(gestionnaire: (details: { url: string }) => { action: 'deny' }): void;
}

export interface Navigateur {
  openExternal(url: string): Promise<void>;
}

export function estHttps(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

export function durcirContenus(
  contenus: ContenusDurcissables,
  navigateur: Navigateur,
  journaliser: (message: string, erreur?: unknown) => void = () => {},
  origine: string = ORIGINE_APP,
): void {
  const refuserAilleurs = (e: EvenementNavigation) => {
    if (!estDeLOrigine(e.url, origine)) {
      e.preventDefault();
      journaliser(`Navigation refusée vers ${e.url}`);
    }
  };
  contenus.on('will-navigate', refuserAilleurs);
  contenus.on('will-redirect', refuserAilleurs);
  contenus.on('will-frame-navigate', refuserAilleurs);
  contenus.on('will-attach-webview', (e) => e.preventDefault());
  contenus.setWindowOpenHandler(({ url }) => {
    // Only https goes to the system browser: file:, smb:, javascript: and the like could run
    // or open something on the desk's computer.
    if (estHttps(url)) {
      navigateur.openExternal(url).catch((erreur: unknown) => journaliser(`Ouverture impossible de ${url}`, erreur));
    } else {
      journaliser(`Ouverture de fenêtre refusée : ${url}`);
    }
    return { action: 'deny' };
  });
}
