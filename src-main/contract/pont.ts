import type { Evenement, Resultat } from './core';

/**
 * What the preload exposes on `window.tremplin`, and what the HTTP client imitates: one typed
 * invoke and an event subscription, never ipcRenderer itself.
 */
export interface PontTremplin {
  invoke(methode: string, entree: unknown): Promise<Resultat<unknown>>;
  /** Returns the function that unsubscribes. */
  surEvenement(ecouteur: (evenement: Evenement) => void): () => void;
}

/** IPC channel names, shared by app/ and preload/. */
export const CANAL_APPEL = 'tremplin:appel';
export const CANAL_EVENEMENT = 'tremplin:evenement';

/** HTTP host: the header carrying the per-run token, and the API paths. */
export const ENTETE_JETON = 'x-tremplin-jeton';
export const CHEMIN_API = '/api/appel';
/**
 * HTTP host: each browser tab is its own workstation session (like one Electron window). The page
 * draws a random id once per tab and sends it with each call; the host keeps the session by it.
 */
export const ENTETE_SESSION = 'x-tremplin-session';
export const FORME_ID_SESSION = /^[A-Za-z0-9_-]{22,64}$/;

/** The keyboard shortcut that locks the session at once, handled by the page. */
export const RACCOURCI_VERROUILLAGE = { touche: 'l', ctrl: true, libelle: 'Ctrl+L' } as const;
export const CHEMIN_EVENEMENTS = '/api/evenements';

/**
 * MUI/emotion inject <style> elements at run time, hence 'unsafe-inline' for styles only;
 * scripts come from the app's own files and nothing may be evaluated.
 */
export const POLITIQUE_CONTENU = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
