import { describe, expect, it, vi } from 'vitest';
import {
  durcirContenus,
  durcirSession,
  entetesAvecPolitique,
  estDeLOrigine,
  optionsFenetre,
  ORIGINE_APP,
  POLITIQUE_CONTENU,
  URL_ACCUEIL,
} from '../../src-main/app/securite';
import { fauxContenus, fausseSession } from './faux';

vi.mock('electron', () => {
  throw new Error("src-main/app ne doit pas charger 'electron' hors de main.ts");
});

/** Parses "a x y; b z" into { a: ['x','y'], b: ['z'] }. */
function directives(politique: string): Record<string, string[]> {
  const resultat: Record<string, string[]> = {};
  for (const partie of politique.split(';')) {
    const [nom, ...valeurs] = partie.trim().split(/\s+/);
    if (nom) resultat[nom] = valeurs;
  }
  return resultat;
}

describe('optionsFenetre', () => {
  it('isolates the page from Node and loads the given preload', () => {
    const options = optionsFenetre('/opt/Tremplin/resources/app.asar/dist-main/preload.cjs');
    expect(options.webPreferences).toMatchObject({
      preload: '/opt/Tremplin/resources/app.asar/dist-main/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
    expect(options.webPreferences).not.toHaveProperty('experimentalFeatures');
    expect(options.show).toBe(false);
  });
});

describe('estDeLOrigine', () => {
  it.each([
    [URL_ACCUEIL, true],
    [`${ORIGINE_APP}/assets/index-abc.js?x=1#y`, true],
    ['APP://TREMPLIN/index.html', true],
    ['app://tremplin:8080/', false],
    ['app://tremplin@evil.example/', false],
    ['https://tremplin/', false],
    ['file:///tremplin/index.html', false],
    ['app:tremplin', false],
    ['javascript:alert(1)', false],
    ['about:blank', false],
  ])('%s → %s', (url, attendu) => {
    expect(estDeLOrigine(url, ORIGINE_APP)).toBe(attendu);
  });
});

describe('durcirSession', () => {
  it('denies every permission request and check', () => {
    const { session, etat } = fausseSession();
    durcirSession(session);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'unknown']) {
      const reponse = vi.fn();
      etat.demande!(null, permission, reponse);
      expect(reponse, permission).toHaveBeenCalledExactlyOnceWith(false);
      expect(etat.verification!(null, permission), permission).toBe(false);
    }
  });

  it('adds a strict CSP to every response, replacing any other', () => {
    const { session, etat } = fausseSession();
    durcirSession(session);
    const reponse = vi.fn();
    etat.entetes!(
      { responseHeaders: { 'content-type': ['text/html'], 'content-security-policy': ["script-src * 'unsafe-eval'"] } },
      reponse,
    );
    expect(reponse).toHaveBeenCalledOnce();
    const entetes = reponse.mock.calls[0]![0].responseHeaders as Record<string, string[]>;
    expect(entetes['content-type']).toEqual(['text/html']);
    const csp = Object.entries(entetes).filter(([nom]) => nom.toLowerCase() === 'content-security-policy');
    expect(csp).toEqual([['Content-Security-Policy', [POLITIQUE_CONTENU]]]);

    const sansEntetes = vi.fn();
    etat.entetes!({}, sansEntetes);
    expect(sansEntetes.mock.calls[0]![0].responseHeaders).toEqual({ 'Content-Security-Policy': [POLITIQUE_CONTENU] });
  });

  it('the CSP allows scripts from the app only and never eval', () => {
    const d = directives(entetesAvecPolitique(undefined)['Content-Security-Policy']![0]!);
    expect(POLITIQUE_CONTENU).not.toMatch(/unsafe-eval|wasm-unsafe-eval|\*/);
    expect(d['default-src']).toEqual(["'none'"]);
    expect(d['script-src']).toEqual(["'self'"]);
    expect(d['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect(d['connect-src']).toEqual(["'self'"]);
    expect(d['img-src']).toEqual(["'self'", 'data:']);
    expect(d['font-src']).toEqual(["'self'", 'data:']);
    expect(d['object-src']).toEqual(["'none'"]);
    expect(d['frame-ancestors']).toEqual(["'none'"]);
  });
});

describe('durcirContenus', () => {
  function prepare() {
    const faux = fauxContenus();
    const navigateur = { openExternal: vi.fn(async (_url: string) => {}) };
    const journal: string[] = [];
    durcirContenus(faux.contenus, navigateur, (m) => journal.push(m));
    return { ...faux, navigateur, journal };
  }

  it.each(['will-navigate', 'will-redirect', 'will-frame-navigate'])(
    '%s: refuses other origins, allows the app',
    (nom) => {
      const f = prepare();
      expect(f.nombreEcouteurs(nom)).toBe(1);
      expect(f.emettre(nom, 'https://evil.example/')).toBe(true);
      expect(f.emettre(nom, 'file:///etc/passwd')).toBe(true);
      expect(f.emettre(nom, 'http://localhost:5173/')).toBe(true);
      expect(f.emettre(nom, 'app://ailleurs/index.html')).toBe(true);
      expect(f.emettre(nom, `${ORIGINE_APP}/index.html#/jeunes`)).toBe(false);
      expect(f.navigateur.openExternal).not.toHaveBeenCalled();
      expect(f.journal.some((m) => m.includes('https://evil.example/'))).toBe(true);
    },
  );

  it('refuses attaching a <webview>', () => {
    const f = prepare();
    expect(f.emettre('will-attach-webview', 'https://evil.example/')).toBe(true);
  });

  it('denies window.open; https goes to the system browser, nothing else does', () => {
    const f = prepare();
    expect(f.ouvrir('https://www.service-public.fr/')).toEqual({ action: 'deny' });
    expect(f.ouvrir('http://insecure.example/')).toEqual({ action: 'deny' });
    expect(f.ouvrir('file:///C:/Windows/System32/calc.exe')).toEqual({ action: 'deny' });
    expect(f.ouvrir('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(f.ouvrir(`${ORIGINE_APP}/index.html`)).toEqual({ action: 'deny' });
    expect(f.navigateur.openExternal.mock.calls).toEqual([['https://www.service-public.fr/']]);
  });

  it('a failing system browser is logged, not thrown', async () => {
    const faux = fauxContenus();
    const journal: string[] = [];
    durcirContenus(faux.contenus, { openExternal: () => Promise.reject(new Error('pas de navigateur')) }, (m) =>
      journal.push(m),
    );
    expect(faux.ouvrir('https://exemple.fr/')).toEqual({ action: 'deny' });
    await new Promise((r) => setTimeout(r, 0));
    expect(journal).toEqual(['Ouverture impossible de https://exemple.fr/']);
  });
});
