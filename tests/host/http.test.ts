import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { CHEMIN_API, CHEMIN_EVENEMENTS, ENTETE_JETON, ENTETE_SESSION } from '../../src-main/contract';
import { demarrerHoteHttp, type Hote } from '../../src-main/host/http';
import { banc, installer, type Banc } from '../aide';
import { INSTALLATION_DE_TEST, MOT_DE_PASSE_ADMINISTRATEUR } from '../fixtures/installation';

let hote: Hote;
let b: Banc;
const POSTE = 'accueil-1 (navigateur)';
/** What a tab draws once (22 to 64 characters of base64url). */
const ONGLET = 'onglet-A-0123456789abcdef';
const AUTRE_ONGLET = 'onglet-B-0123456789abcdef';

beforeEach(async () => {
  b = banc();
  await installer(b);
  const statique = mkdtempSync(join(tmpdir(), 'tremplin-dist-'));
  writeFileSync(join(statique, 'index.html'), '<!doctype html><title>Tremplin</title>');
  mkdirSync(join(statique, 'assets'));
  writeFileSync(join(statique, 'assets', 'app.js'), 'console.log(1)');
  hote = await demarrerHoteHttp({ dispatcher: b.app.dispatcher, poste: POSTE, dossierStatique: statique });
});

afterEach(async () => {
  await hote.fermer();
});

/** Raw request, so that Host and Origin can be forged as an attacker would. */
function envoyer(options: { chemin: string; methode?: string; entetes?: Record<string, string>; corps?: string }) {
  return new Promise<{ statut: number; corps: string; entetes: Record<string, unknown> }>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: hote.port,
        path: options.chemin,
        method: options.methode ?? 'GET',
        headers: options.entetes,
      },
      (res) => {
        let corps = '';
        res.on('data', (d: Buffer) => (corps += d.toString()));
        res.on('end', () => resolve({ statut: res.statusCode ?? 0, corps, entetes: res.headers }));
      },
    );
    req.on('error', reject);
    if (options.corps) req.write(options.corps);
    req.end();
  });
}

function appel(methode: string, entree: unknown, entetes: Record<string, string> = {}) {
  return envoyer({
    chemin: CHEMIN_API,
    methode: 'POST',
    entetes: { 'content-type': 'application/json', [ENTETE_JETON]: hote.jeton, [ENTETE_SESSION]: ONGLET, ...entetes },
    corps: JSON.stringify({ methode, entree }),
  });
}

async function resultat(methode: string, entree: unknown, onglet = ONGLET) {
  const r = await appel(methode, entree, { [ENTETE_SESSION]: onglet });
  expect(r.statut).toBe(200);
  return JSON.parse(r.corps) as { ok: boolean; value?: unknown; error?: { code: string } };
}

describe('hôte HTTP local', () => {
  test('écoute sur 127.0.0.1 seulement, avec un jeton propre à chaque lancement', async () => {
    expect(hote.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#jeton=[\w-]{20,}$/);
    const autre = await demarrerHoteHttp({ dispatcher: banc().app.dispatcher, dossierStatique: tmpdir() });
    expect(autre.jeton).not.toBe(hote.jeton);
    await autre.fermer();
  });

  test('un appel avec le jeton passe par le contrat', async () => {
    expect(await resultat('session.etat', {})).toMatchObject({ ok: true, value: { installee: true } });
    const invalide = await resultat('session.ouvrir', { identifiant: '' });
    expect(invalide).toMatchObject({ ok: false, error: { code: 'entree_invalide' } });
  });

  test('sans session d’onglet, ou avec un identifiant mal formé, refusé (400, en français)', async () => {
    const sans = await envoyer({
      chemin: CHEMIN_API,
      methode: 'POST',
      entetes: { 'content-type': 'application/json', [ENTETE_JETON]: hote.jeton },
      corps: JSON.stringify({ methode: 'session.etat', entree: {} }),
    });
    expect(sans.statut).toBe(400);
    expect(JSON.parse(sans.corps)).toMatchObject({
      ok: false,
      error: { code: 'transport', message: expect.stringContaining('Session de l’onglet absente') },
    });
    for (const id of ['', 'court', 'x'.repeat(65), 'onglet avec espaces 0123456789', 'onglet/../0123456789abcdef']) {
      expect((await appel('session.etat', {}, { [ENTETE_SESSION]: id })).statut, id).toBe(400);
    }
  });

  test('deux onglets sont deux sessions : se connecter dans l’un ne connecte pas l’autre', async () => {
    const { identifiant } = INSTALLATION_DE_TEST.administrateur;
    expect(await resultat('jeunes.rechercher', { texte: 'a' })).toMatchObject({ error: { code: 'non_connecte' } });
    const ouverte = await resultat('session.ouvrir', { identifiant, motDePasse: MOT_DE_PASSE_ADMINISTRATEUR });
    expect(ouverte).toMatchObject({ ok: true, value: { statut: 'ouverte' } });
    expect(await resultat('session.etat', {})).toMatchObject({ value: { utilisateur: { identifiant } } });
    expect(await resultat('jeunes.rechercher', { texte: 'a' })).toMatchObject({ ok: true });
    expect(await resultat('session.etat', {}, AUTRE_ONGLET)).toMatchObject({ ok: true, value: { utilisateur: null } });
    expect(await resultat('jeunes.rechercher', { texte: 'a' }, AUTRE_ONGLET)).toMatchObject({
      error: { code: 'non_connecte' },
    });
    // The trail names the workstation the host was given.
    expect(
      b.app.base.sqlite.prepare("SELECT poste FROM journal_acces WHERE action = 'connexion' ORDER BY id DESC").get(),
    ).toEqual({ poste: POSTE });
  });

  test('sans jeton, ou avec un mauvais, refusé', async () => {
    expect((await appel('session.etat', {}, { [ENTETE_JETON]: '' })).statut).toBe(403);
    expect((await appel('session.etat', {}, { [ENTETE_JETON]: 'x'.repeat(hote.jeton.length) })).statut).toBe(403);
    expect((await envoyer({ chemin: `${CHEMIN_EVENEMENTS}?jeton=faux` })).statut).toBe(403);
  });

  test('un autre nom d’hôte (DNS rebinding) ou une autre origine sont refusés', async () => {
    expect((await appel('session.etat', {}, { host: 'evil.example' })).statut).toBe(403);
    expect((await appel('session.etat', {}, { origin: 'https://evil.example' })).statut).toBe(403);
    expect((await appel('session.etat', {}, { origin: hote.origine })).statut).toBe(200);
    expect((await envoyer({ chemin: '/', entetes: { host: `attaquant.example:${hote.port}` } })).statut).toBe(403);
  });

  test('corps illisible, mauvais type, mauvaise méthode HTTP : refusés clairement', async () => {
    const illisible = await envoyer({
      chemin: CHEMIN_API,
      methode: 'POST',
      entetes: { 'content-type': 'application/json', [ENTETE_JETON]: hote.jeton },
      corps: '{pas du json',
    });
    expect(illisible.statut).toBe(400);
    expect(JSON.parse(illisible.corps).error.message).toContain('JSON');
    const texte = await envoyer({
      chemin: CHEMIN_API,
      methode: 'POST',
      entetes: { 'content-type': 'text/plain', [ENTETE_JETON]: hote.jeton },
      corps: '{}',
    });
    expect(texte.statut).toBe(415);
    expect((await envoyer({ chemin: CHEMIN_API, entetes: { [ENTETE_JETON]: hote.jeton } })).statut).toBe(405);
  });

  test('sert l’interface avec une CSP stricte, et refuse de sortir du dossier', async () => {
    const page = await envoyer({ chemin: '/' });
    expect(page.statut).toBe(200);
    expect(page.corps).toContain('<title>Tremplin</title>');
    expect(String(page.entetes['content-security-policy'])).toContain("script-src 'self'");
    expect((await envoyer({ chemin: '/assets/app.js' })).corps).toBe('console.log(1)');
    expect((await envoyer({ chemin: '/un/ecran/du/renderer' })).corps).toContain('Tremplin');
    expect((await envoyer({ chemin: '/..%2f..%2f..%2fetc%2fpasswd' })).corps).not.toContain('root:');
  });
});
