import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { hostname } from 'node:os';
import {
  CHEMIN_API,
  CHEMIN_EVENEMENTS,
  ENTETE_JETON,
  ENTETE_SESSION,
  FORME_ID_SESSION,
  POLITIQUE_CONTENU,
} from '../contract/pont';
import type { Evenement, Resultat } from '../contract/core';
import type { Dispatcher } from './dispatcher';
import { nouvelleSession, type SessionPoste } from './sessions';

/**
 * The local HTTP host: the browser preview and the end-to-end harness, never started by the
 * desktop app. It binds 127.0.0.1 only, demands a per-run token on every API call, and checks
 * Host and Origin so that another site open in the same browser cannot drive it (DNS rebinding,
 * cross-site requests).
 */
export interface OptionsHote {
  dispatcher: Dispatcher;
  /** The workstation name written in the access trail; the machine's name by default. */
  poste?: string;
  /** The built renderer (vite's `dist/`). */
  dossierStatique: string;
  port?: number;
  jeton?: string;
}

export interface Hote {
  url: string;
  origine: string;
  jeton: string;
  port: number;
  diffuser(evenement: Evenement): void;
  fermer(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

const TAILLE_MAX_REQUETE = 8 * 1024 * 1024;
/** Tabs kept at once; the least recently used session is forgotten beyond (it signs in again). */
const SESSIONS_MAX = 200;

function jetonValide(recu: string | undefined, attendu: string): boolean {
  if (!recu) return false;
  const a = Buffer.from(recu);
  const b = Buffer.from(attendu);
  return a.length === b.length && timingSafeEqual(a, b);
}

function repondreJson(res: ServerResponse, statut: number, corps: unknown) {
  res.writeHead(statut, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(corps));
}

function refus(res: ServerResponse, statut: number, message: string) {
  const r: Resultat<never> = { ok: false, error: { code: statut === 403 ? 'acces_refuse' : 'transport', message } };
  repondreJson(res, statut, r);
}

function lireCorps(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let taille = 0;
    const morceaux: Buffer[] = [];
    req.on('data', (m: Buffer) => {
      taille += m.length;
      if (taille > TAILLE_MAX_REQUETE) {
        reject(new Error('trop grand'));
        req.destroy();
        return;
      }
      morceaux.push(m);
    });
    req.on('end', () => resolve(Buffer.concat(morceaux).toString('utf8')));
    req.on('error', reject);
  });
}

export async function demarrerHoteHttp(options: OptionsHote): Promise<Hote> {
  const jeton = options.jeton ?? randomBytes(24).toString('base64url');
  const abonnes = new Set<ServerResponse>();
  let hotesAutorises = new Set<string>();
  let origine = '';
  const racine = normalize(options.dossierStatique);
  const poste = options.poste ?? `${hostname()} (navigateur)`;
  const sessions = new Map<string, SessionPoste>();

  function sessionDe(id: string): SessionPoste {
    let s = sessions.get(id);
    if (s) {
      sessions.delete(id);
    } else {
      s = nouvelleSession(poste);
      if (sessions.size >= SESSIONS_MAX) sessions.delete(sessions.keys().next().value!);
    }
    // Re-inserted so that the Map's order is least recently used first.
    sessions.set(id, s);
    return s;
  }

  function servirFichier(req: IncomingMessage, res: ServerResponse, chemin: string) {
    let relatif: string;
    try {
      relatif = decodeURIComponent(chemin);
    } catch {
      return refus(res, 400, 'Adresse mal formée.');
    }
    const cible = normalize(join(racine, relatif));
    if (cible !== racine && !cible.startsWith(racine + sep)) return refus(res, 403, 'Accès refusé.');
    let fichier = cible;
    try {
      if (!statSync(fichier).isFile()) fichier = join(racine, 'index.html');
    } catch {
      // Unknown paths fall back to the page: the renderer routes on its own.
      fichier = join(racine, 'index.html');
    }
    let taille: number;
    try {
      taille = statSync(fichier).size;
    } catch {
      return refus(res, 404, 'Interface introuvable : construisez-la avec « npm run build:renderer ».');
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(fichier)] ?? 'application/octet-stream',
      'content-length': taille,
      'content-security-policy': POLITIQUE_CONTENU,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': fichier.endsWith('index.html') ? 'no-store' : 'max-age=3600',
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(fichier).pipe(res);
  }

  const serveur = createServer(async (req, res) => {
    // DNS rebinding: only our own host names are answered.
    if (!hotesAutorises.has(req.headers.host ?? '')) return refus(res, 403, 'Hôte refusé.');
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== origine && !hotesAutorises.has(origin.replace(/^http:\/\//, ''))) {
      return refus(res, 403, 'Origine refusée.');
    }
    const url = new URL(req.url ?? '/', origine);
    if (url.pathname === CHEMIN_API) {
      if (req.method !== 'POST') return refus(res, 405, 'Méthode HTTP non permise.');
      if (!jetonValide(req.headers[ENTETE_JETON] as string | undefined, jeton)) {
        return refus(res, 403, 'Jeton absent ou invalide : rouvrez l’adresse affichée par « tremplin serve ».');
      }
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return refus(res, 415, 'Corps JSON attendu.');
      }
      let appel: { methode?: unknown; entree?: unknown };
      try {
        appel = JSON.parse(await lireCorps(req)) as typeof appel;
      } catch {
        return refus(res, 400, 'Requête illisible (JSON invalide ou trop volumineux).');
      }
      if (typeof appel.methode !== 'string') return refus(res, 400, 'Nom de méthode absent.');
      const idSession = req.headers[ENTETE_SESSION];
      if (typeof idSession !== 'string' || !FORME_ID_SESSION.test(idSession)) {
        return refus(res, 400, 'Session de l’onglet absente : rechargez la page.');
      }
      const resultat = await options.dispatcher.appeler(appel.methode, appel.entree, sessionDe(idSession));
      return repondreJson(res, 200, resultat);
    }
    if (url.pathname === CHEMIN_EVENEMENTS) {
      if (!jetonValide(url.searchParams.get('jeton') ?? undefined, jeton))
        return refus(res, 403, 'Jeton absent ou invalide.');
      res.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      res.write(': ok\n\n');
      abonnes.add(res);
      req.on('close', () => abonnes.delete(res));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return refus(res, 405, 'Méthode HTTP non permise.');
    return servirFichier(req, res, url.pathname);
  });

  await new Promise<void>((resolve, reject) => {
    serveur.once('error', reject);
    serveur.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (serveur.address() as AddressInfo).port;
  hotesAutorises = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  origine = `http://127.0.0.1:${port}`;

  return {
    url: `${origine}/#jeton=${jeton}`,
    origine,
    jeton,
    port,
    diffuser(evenement) {
      const ligne = `data: ${JSON.stringify(evenement)}\n\n`;
      for (const r of abonnes) r.write(ligne);
    },
    fermer: () =>
      new Promise<void>((resolve) => {
        for (const r of abonnes) r.end();
        abonnes.clear();
        serveur.close(() => resolve());
        serveur.closeAllConnections();
      }),
  };
}
