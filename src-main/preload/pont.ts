import { CANAL_APPEL, CANAL_EVENEMENT, type PontTremplin } from '../contract/pont';
import type { Evenement, Resultat } from '../contract/core';

/** The slice of Electron's ipcRenderer used here; the page never receives this object. */
export interface IpcRendu {
  invoke(canal: string, ...args: unknown[]): Promise<unknown>;
  on(canal: string, ecouteur: (evenement: unknown, ...args: unknown[]) => void): unknown;
  removeListener(canal: string, ecouteur: (evenement: unknown, ...args: unknown[]) => void): unknown;
}

export interface Pont {
  exposeInMainWorld(cle: string, api: PontTremplin): void;
}

export const CLE_PONT = 'tremplin';

export function creerPont(ipc: IpcRendu): PontTremplin {
  return Object.freeze({
    invoke(methode: string, entree: unknown): Promise<Resultat<unknown>> {
      // The main process always answers with a Resultat; a rejection here means the message
      // could not even travel (uncloneable input, process gone), reported like an HTTP failure.
      return (ipc.invoke(CANAL_APPEL, methode, entree) as Promise<Resultat<unknown>>).catch((): Resultat<unknown> => ({
        ok: false,
        error: {
          code: 'transport',
          message: "La demande n'a pas pu être transmise à Tremplin ; réessayez ou redémarrez l'application.",
        },
      }));
    },
    surEvenement(ecouteur: (evenement: Evenement) => void): () => void {
      // The IPC event carries `sender` (ipcRenderer itself): only the payload crosses over.
      const relais = (_evenementIpc: unknown, ...args: unknown[]) => ecouteur(args[0] as Evenement);
      ipc.on(CANAL_EVENEMENT, relais);
      return () => {
        ipc.removeListener(CANAL_EVENEMENT, relais);
      };
    },
  });
}

export function exposerPont(pont: Pont, ipc: IpcRendu): void {
  pont.exposeInMainWorld(CLE_PONT, creerPont(ipc));
}
