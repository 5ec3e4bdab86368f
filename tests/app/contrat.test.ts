import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { brancherContrat, creerDiffuseur, REFUS_ORIGINE } from '../../src-main/app/contrat';
import { ORIGINE_APP, URL_ACCUEIL } from '../../src-main/app/securite';
import { CANAL_APPEL, CANAL_EVENEMENT, contract, type Evenement, type Resultat } from '../../src-main/contract';
import type { Acteur } from '../../src-main/services/commun/contexte';
import { banc, installer, type Banc } from '../aide';
import { evenementDe, fauxIpcPrincipal, type GestionnaireAppel } from './faux';

// Proves the glue runs without Electron: any value import of 'electron' would fail here.
vi.mock('electron', () => {
  throw new Error("src-main/app ne doit pas charger 'electron' hors de main.ts");
});

describe('brancherContrat', () => {
  let b: Banc;
  let appeler: ReturnType<typeof vi.fn<(m: string, e: unknown, a: Acteur) => Promise<Resultat<unknown>>>>;
  let gestionnaire: GestionnaireAppel;
  let debrancher: () => void;
  let journal: string[];
  let enregistres: Map<string, GestionnaireAppel>;

  beforeEach(() => {
    b = banc();
    appeler = vi.fn((m: string, e: unknown, a: Acteur) => b.app.dispatcher.appeler(m, e, a));
    const { ipc, gestionnaires } = fauxIpcPrincipal();
    journal = [];
    enregistres = gestionnaires;
    debrancher = brancherContrat(
      ipc,
      { appeler },
      () => b.app.acteurLocal,
      ORIGINE_APP,
      (m) => journal.push(m),
    );
    gestionnaire = gestionnaires.get(CANAL_APPEL)!;
  });

  afterEach(() => {
    debrancher();
    b.app.fermer();
  });

  it('binds one handler, on the call channel, and unbinds it', () => {
    expect([...enregistres.keys()]).toEqual([CANAL_APPEL]);
    debrancher();
    expect(enregistres.size).toBe(0);
    debrancher = () => {};
  });

  it('the dispatcher lists exactly the contract methods', () => {
    expect([...b.app.dispatcher.methodes].sort()).toEqual(Object.keys(contract).sort());
    expect(b.app.dispatcher.methodes.length).toBeGreaterThan(0);
  });

  it('every contract method reaches the dispatcher through the IPC handler', async () => {
    await installer(b);
    appeler.mockClear();
    for (const methode of Object.keys(contract)) {
      const r = await gestionnaire(evenementDe(URL_ACCUEIL), methode, {});
      expect(appeler, methode).toHaveBeenLastCalledWith(methode, {}, b.app.acteurLocal);
      expect(r, methode).toEqual(await appeler.mock.results.at(-1)!.value);
      if (!r.ok) {
        expect(r.error.code, `${methode} : ${r.error.message}`).not.toBe('methode_inconnue');
        expect(r, methode).not.toEqual(REFUS_ORIGINE);
      }
    }
    expect(appeler).toHaveBeenCalledTimes(Object.keys(contract).length);
  });

  it('returns the real result of a call', async () => {
    const r = await gestionnaire(evenementDe(`${ORIGINE_APP}/`), 'installation.etat', {});
    expect(appeler).toHaveBeenCalledOnce();
    expect(r).toEqual(await b.brut('installation.etat', {}));
    expect(r.ok).toBe(true);
  });

  it.each([
    'https://evil.example/',
    'file:///home/accueil/page.html',
    'http://tremplin/',
    'app://autre/index.html',
    'app://tremplin.evil.example/',
    'devtools://devtools/bundled/index.html',
    '',
    'pas une url',
  ])('refuses a call from a foreign frame (%s) without reaching the dispatcher', async (url) => {
    const r = await gestionnaire(evenementDe(url), 'installation.etat', {});
    expect(r).toEqual(REFUS_ORIGINE);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('acces_refuse');
      expect(r.error.message).toMatch(/refusé/);
    }
    expect(appeler).not.toHaveBeenCalled();
    expect(journal.join('\n')).toMatch(/refusé/);
  });

  it('refuses a call whose frame is gone or disposed', async () => {
    expect(await gestionnaire(evenementDe(null), 'installation.etat', {})).toEqual(REFUS_ORIGINE);
    const dispose = {
      get senderFrame(): { url: string } {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    };
    expect(await gestionnaire(dispose, 'installation.etat', {})).toEqual(REFUS_ORIGINE);
    expect(appeler).not.toHaveBeenCalled();
  });

  it('refuses a method name that is not a string', async () => {
    const r = await gestionnaire(evenementDe(URL_ACCUEIL), 42, {});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('entree_invalide');
    expect(appeler).not.toHaveBeenCalled();
  });

  it('turns an unexpected throw into a French internal error, never a stack', async () => {
    appeler.mockRejectedValueOnce(new Error('SQLITE_BUSY at Statement.run (/src/x.ts:1:1)'));
    const r = await gestionnaire(evenementDe(URL_ACCUEIL), 'installation.etat', {});
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('erreur_interne');
      expect(r.error.message).not.toMatch(/SQLITE|\.ts/);
    }
  });

  it('reads the acting person at each call', async () => {
    const { ipc, gestionnaires } = fauxIpcPrincipal();
    const personnes: Acteur[] = [
      { id: 101, nom: 'A', roles: ['accueil'] },
      { id: 102, nom: 'B', roles: ['direction'] },
    ];
    let courant = 0;
    const espion = vi.fn(async (): Promise<Resultat<unknown>> => ({ ok: true, value: null }));
    brancherContrat(ipc, { appeler: espion }, () => personnes[courant]!, ORIGINE_APP);
    const g = gestionnaires.get(CANAL_APPEL)!;
    await g(evenementDe(URL_ACCUEIL), 'x', 1);
    courant = 1;
    await g(evenementDe(URL_ACCUEIL), 'x', 2);
    expect(espion.mock.calls).toEqual([
      ['x', 1, personnes[0]],
      ['x', 2, personnes[1]],
    ]);
  });
});

describe('creerDiffuseur', () => {
  it('forwards events to the open window on the event channel', () => {
    const envois: unknown[][] = [];
    let detruite = false;
    const contenus = { isDestroyed: () => detruite, send: (...args: unknown[]) => void envois.push(args) };
    const diffuser = creerDiffuseur(() => contenus);
    const e: Evenement = { type: 'donnees_modifiees', domaines: ['jeunes'] };
    diffuser(e);
    detruite = true;
    diffuser(e);
    expect(envois).toEqual([[CANAL_EVENEMENT, e]]);
    expect(() => creerDiffuseur(() => null)(e)).not.toThrow();
  });
});
