import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { CustomScheme } from 'electron';
import { HOTE_APP, POLITIQUE_CONTENU, SCHEMA_APP } from './securite';

/**
 * `standard` gives app:// a real origin (so 'self', storage and relative URLs work), `secure`
 * makes it a secure context like https. It must be registered before the app is ready.
 */
export const SCHEMA_PRIVILEGIE: CustomScheme = {
  scheme: SCHEMA_APP,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

function reponse(statut: number, corps: Uint8Array | string, type: string): Response {
  return new Response(typeof corps === 'string' ? corps : new Uint8Array(corps), {
    status: statut,
    headers: {
      'Content-Type': type,
      'Content-Security-Policy': POLITIQUE_CONTENU,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    },
  });
}

const introuvable = () => reponse(404, 'Introuvable', 'text/plain; charset=utf-8');

/**
 * The file under `dossier` that a request names, or null when the request leaves it (`..`,
 * encoded separators, another host) or cannot be decoded.
 */
export function fichierDemande(dossier: string, url: string): string | null {
  let adresse: URL;
  try {
    adresse = new URL(url);
  } catch {
    return null;
  }
  if (adresse.protocol !== `${SCHEMA_APP}:` || adresse.host.toLowerCase() !== HOTE_APP) return null;
  let chemin: string;
  try {
    chemin = decodeURIComponent(adresse.pathname);
  } catch {
    return null;
  }
  if (chemin.includes('\0')) return null;
  if (chemin === '/' || chemin === '') chemin = '/index.html';
  const racine = resolve(dossier);
  const fichier = resolve(racine, `.${chemin}`);
  const rel = relative(racine, fichier);
  if (rel === '' || isAbsolute(rel) || rel.split(sep).includes('..')) return null;
  return fichier;
}

export type LireFichier = (chemin: string) => Promise<Uint8Array>;

/**
 * Serves the vite build (`dist/`). A path without extension that matches no file falls back to
 * index.html, so that client-side routes survive a reload.
 */
export function creerServeurRenderer(
  dossier: string,
  lire: LireFichier = readFile,
): (requete: Request) => Promise<Response> {
  return async (requete) => {
    if (requete.method !== 'GET' && requete.method !== 'HEAD')
      return reponse(405, 'Méthode refusée', 'text/plain; charset=utf-8');
    const fichier = fichierDemande(dossier, requete.url);
    if (fichier === null) return introuvable();
    const extension = extname(fichier).toLowerCase();
    try {
      return reponse(200, await lire(fichier), TYPES[extension] ?? 'application/octet-stream');
    } catch {
      if (extension !== '') return introuvable();
      try {
        return reponse(200, await lire(resolve(dossier, 'index.html')), TYPES['.html']!);
      } catch {
        return introuvable();
      }
    }
  };
}
