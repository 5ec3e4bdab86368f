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
