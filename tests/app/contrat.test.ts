import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { brancherContrat, creerDiffuseur, REFUS_ORIGINE } from '../../src-main/app/contrat';
import { ORIGINE_APP, URL_ACCUEIL } from '../../src-main/app/securite';
import { CANAL_APPEL, CANAL_EVENEMENT, contract, type Evenement, type Resultat } from '../../src-main/contract';
import type { SessionPoste } from '../../src-main/host/sessions';
import { banc, installer, type Banc } from '../aide';
import { INSTALLATION_DE_TEST, MOT_DE_PASSE_ADMINISTRATEUR } from '../fixtures/installation';

const POSTE = 'accueil-1';
import { evenementDe, fauxIpcPrincipal, type GestionnaireAppel } from './faux';

// Proves the glue runs without Electron: any value import of 'electron' would fail here.
vi.mock('electron', () => {
  throw new Error("src-main/app ne doit pas charger 'electron' hors de main.ts");
});

describe('brancherContrat', () => {
  let b: Banc;
  let appeler: ReturnType<typeof vi.fn<(m: string, e: unknown, s: SessionPoste) => Promise<Resultat<unknown>>>>;
  let gestionnaire: GestionnaireAppel;
  let debrancher: () => void;
  let journal: string[];
  let enregistres: Map<string, GestionnaireAppel>;

  beforeEach(() => {
    b = banc();
    appeler = vi.fn((m: string, e: unknown, s: SessionPoste) => b.app.dispatcher.appeler(m, e, s));
    const { ipc, gestionnaires } = fauxIpcPrincipal();
    journal = [];
    enregistres = gestionnaires;
    debrancher = brancherContrat(ipc, { appeler }, POSTE, ORIGINE_APP, (m) => journal.push(m));
    gestionnaire = gestionnaires.get(CANAL_APPEL)!;
  });

  /** Signs the window in as the installation's administrator, through the IPC handler. */
  const ouvrirDans = (fenetre: number) =>
    gestionnaire(evenementDe(URL_ACCUEIL, fenetre), 'session.ouvrir', {
      identifiant: INSTALLATION_DE_TEST.administrateur.identifiant,
      motDePasse: MOT_DE_PASSE_ADMINISTRATEUR,
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
      expect(appeler, methode).toHaveBeenLastCalledWith(methode, {}, expect.objectContaining({ poste: POSTE }));
      expect(r, methode).toEqual(await appeler.mock.results.at(-1)!.value);
      if (!r.ok) {
        expect(r.error.code, `${methode} : ${r.error.message}`).not.toBe('methode_inconnue');
        expect(r, methode).not.toEqual(REFUS_ORIGINE);
      }
    }
    expect(appeler).toHaveBeenCalledTimes(Object.keys(contract).length);
  });

  it('returns the real result of a call', async () => {
    const r = await gestionnaire(evenementDe(`${ORIGINE_APP}/`), 'session.etat', {});
    expect(appeler).toHaveBeenCalledOnce();
    expect(r).toEqual(await b.brut('session.etat', {}));
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
    const r = await gestionnaire(evenementDe(url), 'session.etat', {});
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
    expect(await gestionnaire(evenementDe(null), 'session.etat', {})).toEqual(REFUS_ORIGINE);
    const dispose = {
      sender: { id: 1 },
      get senderFrame(): { url: string } {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    };
    expect(await gestionnaire(dispose, 'session.etat', {})).toEqual(REFUS_ORIGINE);
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
    const r = await gestionnaire(evenementDe(URL_ACCUEIL), 'session.etat', {});
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('erreur_interne');
      expect(r.error.message).not.toMatch(/SQLITE|\.ts/);
    }
  });

  it('keeps one session per window: signing in in one window does not sign in the other', async () => {
    await installer(b);
    const { identifiant } = INSTALLATION_DE_TEST.administrateur;
    expect(await ouvrirDans(1)).toMatchObject({ ok: true, value: { statut: 'ouverte' } });
    expect(await gestionnaire(evenementDe(URL_ACCUEIL, 1), 'session.etat', {})).toMatchObject({
      value: { utilisateur: { identifiant } },
    });
    expect(await gestionnaire(evenementDe(URL_ACCUEIL, 2), 'session.etat', {})).toMatchObject({
      ok: true,
      value: { utilisateur: null },
    });
    expect(await gestionnaire(evenementDe(URL_ACCUEIL, 2), 'jeunes.rechercher', { texte: 'a' })).toMatchObject({
      error: { code: 'non_connecte' },
    });
    const [s1, s1bis, s2] = appeler.mock.calls.slice(-4).map((c) => c[2]);
    expect(s1).toBe(s1bis);
    expect(s2).not.toBe(s1);
    expect(s1).toMatchObject({ poste: POSTE, utilisateurId: expect.any(Number) });
    expect(s2).toMatchObject({ poste: POSTE, utilisateurId: null });
  });

  it('signing out in one window leaves the other signed in', async () => {
    await installer(b);
    const sessions: SessionPoste[] = [];
    for (const fenetre of [1, 2]) {
      await ouvrirDans(fenetre);
      sessions.push(appeler.mock.lastCall![2]);
    }
    expect(await gestionnaire(evenementDe(URL_ACCUEIL, 1), 'session.fermer', {})).toMatchObject({ ok: true });
    expect(await gestionnaire(evenementDe(URL_ACCUEIL, 2), 'jeunes.rechercher', { texte: 'a' })).toMatchObject({
      ok: true,
    });
    expect(sessions.map((s) => s.utilisateurId)).toEqual([null, expect.any(Number)]);
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
