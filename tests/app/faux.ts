import type { EvenementAppel, IpcPrincipal } from '../../src-main/app/contrat';
import type { ContenusDurcissables, EvenementNavigation, SessionDurcissable } from '../../src-main/app/securite';
import type { Resultat } from '../../src-main/contract';

/** Plain stand-ins for Electron objects: the app/ code takes them as arguments. */

export type GestionnaireAppel = (evenement: EvenementAppel, ...args: unknown[]) => Promise<Resultat<unknown>>;

export function fauxIpcPrincipal() {
  const gestionnaires = new Map<string, GestionnaireAppel>();
  const ipc = {
    handle(canal: string, gestionnaire: GestionnaireAppel) {
      // Electron throws on a second handler for the same channel; so does the fake.
      if (gestionnaires.has(canal)) throw new Error(`Deuxième gestionnaire pour ${canal}`);
      gestionnaires.set(canal, gestionnaire);
    },
    removeHandler(canal: string) {
      gestionnaires.delete(canal);
    },
  } satisfies IpcPrincipal;
  return { ipc, gestionnaires };
}

export const evenementDe = (url: string | null, fenetre = 1): EvenementAppel => ({
  senderFrame: url === null ? null : { url },
  sender: { id: fenetre },
});

export function fauxEvenementNavigation(url: string): EvenementNavigation & { empeche: boolean } {
  const e = {
    url,
    empeche: false,
    preventDefault() {
      e.empeche = true;
    },
  };
  return e;
}

type Ecouteur = (e: EvenementNavigation) => void;

export function fauxContenus() {
  const ecouteurs = new Map<string, Ecouteur[]>();
  let ouverture: ((details: { url: string }) => { action: 'deny' }) | null = null;
  const contenus = {
    on(nom: string, ecouteur: Ecouteur) {
      ecouteurs.set(nom, [...(ecouteurs.get(nom) ?? []), ecouteur]);
    },
    setWindowOpenHandler(gestionnaire: (details: { url: string }) => { action: 'deny' }) {
      ouverture = gestionnaire;
    },
  } satisfies ContenusDurcissables;
  return {
    contenus,
    /** Emits like Electron and says whether a listener called preventDefault. */
    emettre(nom: string, url: string): boolean {
      const e = fauxEvenementNavigation(url);
      for (const ecouteur of ecouteurs.get(nom) ?? []) ecouteur(e);
      return e.empeche;
    },
    ouvrir(url: string) {
      if (!ouverture) throw new Error('Aucun gestionnaire window.open');
      return ouverture({ url });
    },
    nombreEcouteurs: (nom: string) => ecouteurs.get(nom)?.length ?? 0,
  };
}

type GestionnairePermission = (contenus: unknown, permission: string, reponse: (accordee: boolean) => void) => void;
type VerificationPermission = (contenus: unknown, permission: string) => boolean;
type EcouteurEntetes = (
  details: { responseHeaders?: Record<string, string[]> },
  reponse: (r: { responseHeaders?: Record<string, string | string[]> }) => void,
) => void;

export function fausseSession() {
  const etat: {
    demande: GestionnairePermission | null;
    verification: VerificationPermission | null;
    entetes: EcouteurEntetes | null;
  } = { demande: null, verification: null, entetes: null };
  const session = {
    setPermissionRequestHandler(g: GestionnairePermission) {
      etat.demande = g;
    },
    setPermissionCheckHandler(g: VerificationPermission) {
      etat.verification = g;
    },
    webRequest: {
      onHeadersReceived(e: EcouteurEntetes) {
        etat.entetes = e;
      },
    },
  } satisfies SessionDurcissable;
  return { session, etat };
}
