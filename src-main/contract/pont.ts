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
