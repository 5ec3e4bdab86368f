import {
  CHEMIN_API,
  CHEMIN_EVENEMENTS,
  ENTETE_JETON,
  ENTETE_SESSION,
  evenementSchema,
  FORME_ID_SESSION,
  type Evenement,
  type PontTremplin,
  type Resultat,
} from '../../src-main/contract';

declare global {
  interface Window {
    /** Exposed by Electron's preload; absent in a browser (HTTP host). */
    tremplin?: PontTremplin;
  }
}

const CLE_JETON = 'tremplin.jeton';
const CLE_SESSION = 'tremplin.session';

/**
 * Each tab is its own workstation session (like one Electron window): a random id is drawn once
 * per tab and kept in sessionStorage, which a reload keeps and another tab does not share.
 */
export function idSessionOnglet(): string {
  const garde = sessionStorage.getItem(CLE_SESSION);
  if (garde && FORME_ID_SESSION.test(garde)) return garde;
  const octets = crypto.getRandomValues(new Uint8Array(24));
  const id = btoa(String.fromCharCode(...octets))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
  sessionStorage.setItem(CLE_SESSION, id);
  return id;
}

/**
 * The token arrives once in the URL fragment (`#jeton=...`); it is kept for the tab's life in
 * sessionStorage and removed from the address so that it is not copied or bookmarked.
 */
function lireJeton(): string | null {
  const hash = window.location.hash.replace(/^#/, '');
  const params = new URLSearchParams(hash);
  const duLien = params.get('jeton');
  if (duLien) {
    sessionStorage.setItem(CLE_JETON, duLien);
    params.delete('jeton');
    const reste = params.toString();
    window.history.replaceState(
      null,
      '',
      window.location.pathname + window.location.search + (reste ? `#${reste}` : ''),
    );
    return duLien;
  }
  return sessionStorage.getItem(CLE_JETON);
}

function erreurTransport(message: string): Resultat<never> {
  return { ok: false, error: { code: 'transport', message } };
}

function transportHttp(): PontTremplin {
  const jeton = lireJeton();
  const session = idSessionOnglet();
  return {
    async invoke(methode, entree) {
      if (!jeton) {
        return erreurTransport(
          "Jeton d'accès absent : rouvrez Tremplin avec le lien complet affiché au démarrage du serveur.",
        );
      }
      let reponse: Response;
      try {
        reponse = await fetch(CHEMIN_API, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [ENTETE_JETON]: jeton, [ENTETE_SESSION]: session },
          body: JSON.stringify({ methode, entree }),
        });
      } catch {
        return erreurTransport(
          'Le serveur Tremplin ne répond pas : vérifiez qu’il est toujours lancé, puis réessayez.',
        );
      }
      let corps: unknown;
      try {
        corps = await reponse.json();
      } catch {
        corps = null;
      }
      if (corps !== null && typeof corps === 'object' && 'ok' in corps) return corps as Resultat<unknown>;
      if (reponse.status === 401 || reponse.status === 403) {
        return erreurTransport(
          "Accès refusé par le serveur : le jeton n'est plus valable. Rouvrez le lien affiché au démarrage.",
        );
      }
      return erreurTransport(`Réponse illisible du serveur (HTTP ${reponse.status}) ; réessayez.`);
    },
    surEvenement(ecouteur) {
      if (!jeton || typeof EventSource === 'undefined') return () => {};
      const source = new EventSource(`${CHEMIN_EVENEMENTS}?jeton=${encodeURIComponent(jeton)}`);
      const recevoir = (m: MessageEvent<string>) => {
        try {
          const e = evenementSchema.safeParse(JSON.parse(m.data));
          if (e.success) ecouteur(e.data);
        } catch {
          // A malformed event is ignored: the periodic refetch keeps the screens right.
        }
      };
      source.addEventListener('message', recevoir);
      source.addEventListener('evenement', recevoir);
      return () => source.close();
    },
  };
}

let courant: PontTremplin | null = null;

/** Electron's bridge when present, else the local HTTP host. Chosen once, at first use. */
export function transport(): PontTremplin {
  courant ??= window.tremplin ?? transportHttp();
  return courant;
}

export function surEvenement(ecouteur: (e: Evenement) => void): () => void {
  return transport().surEvenement(ecouteur);
}

/** Started at load so the token leaves the address bar at once. */
export function initialiserTransport(): void {
  transport();
}
