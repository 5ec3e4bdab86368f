import { CANAL_APPEL, CANAL_EVENEMENT } from '../contract/pont';
import type { Evenement, Resultat } from '../contract/core';
import type { Dispatcher } from '../host/dispatcher';
import { nouvelleSession, type SessionPoste } from '../host/sessions';
import { estDeLOrigine } from './securite';

/** What the handler reads from Electron's IpcMainInvokeEvent. */
export interface EvenementAppel {
  readonly senderFrame: { readonly url: string } | null;
  /** The window's contents: one workstation session per window. */
  readonly sender: { readonly id: number };
}

/** The slice of Electron's ipcMain used here, so tests can pass a plain object. */
export interface IpcPrincipal {
  handle(
    canal: string,
    gestionnaire: (evenement: EvenementAppel, ...args: unknown[]) => Promise<Resultat<unknown>>,
  ): void;
  removeHandler(canal: string): void;
}

export const REFUS_ORIGINE: Resultat<never> = {
  ok: false,
  error: {
    code: 'acces_refuse',
    message: "Appel refusé : il ne provient pas de l'application Tremplin. Fermez et rouvrez Tremplin.",
  },
};

function urlDeLExpediteur(evenement: EvenementAppel): string | null {
  // A frame that was disposed meanwhile throws on access; it is then treated as a stranger.
  try {
    return evenement.senderFrame?.url ?? null;
  } catch {
    return null;
  }
}

/**
 * Binds the whole contract to one IPC channel. Each window has its own session (who is signed
 * in, locked or not), kept here and handed to the dispatcher with each call; `poste` names the
 * workstation in the access trail. Returns the unbinding function.
 */
export function brancherContrat(
  ipc: IpcPrincipal,
  dispatcher: Pick<Dispatcher, 'appeler'>,
  poste: string,
  origine: string,
  journaliser: (message: string, erreur?: unknown) => void = () => {},
): () => void {
  const sessions = new Map<number, SessionPoste>();
  const sessionDe = (evenement: EvenementAppel) => {
    let s = sessions.get(evenement.sender.id);
    if (!s) sessions.set(evenement.sender.id, (s = nouvelleSession(poste)));
    return s;
  };
  ipc.handle(CANAL_APPEL, async function appelDuRendu(evenement, methode, entree): Promise<Resultat<unknown>> {
    const url = urlDeLExpediteur(evenement);
    if (url === null || !estDeLOrigine(url, origine)) {
      journaliser(`Appel IPC refusé depuis ${url ?? 'un cadre inconnu'}`);
      return REFUS_ORIGINE;
    }
    if (typeof methode !== 'string') {
      return { ok: false, error: { code: 'entree_invalide', message: 'Nom de méthode manquant ou invalide.' } };
    }
    try {
      return await dispatcher.appeler(methode, entree, sessionDe(evenement));
    } catch (erreur) {
      journaliser(`Erreur inattendue pendant « ${methode} »`, erreur);
      return {
        ok: false,
        error: {
          code: 'erreur_interne',
          message: 'Une erreur inattendue est survenue ; réessayez ou redémarrez Tremplin.',
        },
      };
    }
  });
  return () => ipc.removeHandler(CANAL_APPEL);
}

export interface ContenusDestinataires {
  isDestroyed(): boolean;
  send(canal: string, ...args: unknown[]): void;
}

/** Forwards domain events to the window, if there is one still open. */
export function creerDiffuseur(destinataire: () => ContenusDestinataires | null): (evenement: Evenement) => void {
  return (evenement) => {
    const contenus = destinataire();
    if (contenus && !contenus.isDestroyed()) contenus.send(CANAL_EVENEMENT, evenement);
  };
}
