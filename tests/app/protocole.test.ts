import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { creerServeurRenderer, fichierDemande, SCHEMA_PRIVILEGIE } from '../../src-main/app/protocole';
import { POLITIQUE_CONTENU } from '../../src-main/app/securite';

vi.mock('electron', () => {
  throw new Error("src-main/app ne doit pas charger 'electron' hors de main.ts");
});

let racine: string;
let dist: string;
let servir: (r: Request) => Promise<Response>;

beforeAll(() => {
  racine = mkdtempSync(join(tmpdir(), 'tremplin-protocole-'));
  dist = join(racine, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Tremplin</title>');
  writeFileSync(join(dist, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(dist, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(join(dist, 'assets', 'roboto.woff2'), 'w');
  writeFileSync(join(racine, 'secret.txt'), 'SECRET');
  writeFileSync(join(racine, 'distant.txt'), 'VOISIN');
  servir = creerServeurRenderer(dist);
});

afterAll(() => rmSync(racine, { recursive: true, force: true }));

const lire = (url: string, method = 'GET') => servir(new Request(url, { method }));

describe('app:// protocol', () => {
  it('is registered as a standard, secure scheme', () => {
    expect(SCHEMA_PRIVILEGIE.scheme).toBe('app');
    expect(SCHEMA_PRIVILEGIE.privileges).toMatchObject({ standard: true, secure: true });
    expect(SCHEMA_PRIVILEGIE.privileges).not.toHaveProperty('bypassCSP');
  });

  it('serves index.html at the root, with the CSP and its type', async () => {
    for (const url of ['app://tremplin/', 'app://tremplin/index.html', 'app://tremplin']) {
      const r = await lire(url);
      expect(r.status, url).toBe(200);
      expect(await r.text()).toContain('<title>Tremplin</title>');
      expect(r.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(r.headers.get('content-security-policy')).toBe(POLITIQUE_CONTENU);
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('serves assets with their types', async () => {
    const js = await lire('app://tremplin/assets/index-abc.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe('console.log(1)');
    expect((await lire('app://tremplin/assets/index-abc.css')).headers.get('content-type')).toBe(
      'text/css; charset=utf-8',
    );
    expect((await lire('app://tremplin/assets/roboto.woff2')).headers.get('content-type')).toBe('font/woff2');
  });

  it('falls back to index.html for client routes, not for missing assets', async () => {
    const route = await lire('app://tremplin/jeunes/123');
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>');
    expect((await lire('app://tremplin/assets/absent.js')).status).toBe(404);
  });

  it.each([
    'app://tremplin/../secret.txt',
    'app://tremplin/%2e%2e/secret.txt',
    'app://tremplin/..%2fsecret.txt',
    'app://tremplin/assets/..%2f..%2fsecret.txt',
    'app://tremplin/..%5csecret.txt',
    'app://tremplin/%2e%2e%2fdistant.txt',
    'app://tremplin/%00index.html',
    'app://tremplin/%E0%A4%A',
    'app://autre/index.html',
    'http://tremplin/index.html',
  ])('refuses %s', async (url) => {
    const r = await lire(url);
    const corps = await r.text();
    expect(corps).not.toContain('SECRET');
    expect(corps).not.toContain('VOISIN');
    expect(corps).not.toContain('<title>');
    expect(r.status).toBe(404);
  });

  it('fichierDemande never leaves the folder', () => {
    expect(fichierDemande(dist, 'app://tremplin/assets/index-abc.js')).toBe(join(dist, 'assets', 'index-abc.js'));
    // The URL parser already folds %2e%2e into '..' and resolves it: whatever comes out stays inside.
    for (const url of [
      'app://tremplin/%2e%2e/secret.txt',
      'app://tremplin/a/../../../secret.txt',
      'app://tremplin/..%2f..%2fsecret.txt',
    ]) {
      const fichier = fichierDemande(dist, url);
      if (fichier !== null) expect(fichier.startsWith(dist + sep), url).toBe(true);
    }
    expect(fichierDemande(dist, 'app://tremplin/..%2fsecret.txt')).toBeNull();
    expect(fichierDemande(dist, 'app://tremplin/a%2f..%2f..%2fsecret.txt')).toBeNull();
    expect(fichierDemande(dist, 'app://tremplin/%2Fetc%2Fpasswd')).toBe(join(dist, 'etc', 'passwd'));
  });

  it('answers only GET and HEAD', async () => {
    expect((await lire('app://tremplin/index.html', 'POST')).status).toBe(405);
    expect((await lire('app://tremplin/index.html', 'HEAD')).status).toBe(200);
  });
});
