import type { EtatSessionPoste } from '../services/commun/contexte';

/**
 * The session of one workstation window (an Electron window, a browser tab of the preview, one
 * CLI run). Held by the transport, changed only by the dispatcher: who is signed in, whether the
 * screen is locked, and when the person last showed activity (for the idle lock).
 */
export interface SessionPoste extends EtatSessionPoste {
  readonly poste: string;
  /** Epoch milliseconds, from the injected clock. */
  derniereActivite: number;
}

export function nouvelleSession(poste: string): SessionPoste {
  return { poste, utilisateurId: null, verrouillee: false, doitChangerMotDePasse: false, derniereActivite: 0 };
}
