import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { contract, defineContract, methode } from '../../src-main/contract';
import { creerDispatcher } from '../../src-main/host/dispatcher';
import { ouvrirBase } from '../../src-main/db/open';
import { lireMigrations, migrer } from '../../src-main/db/migrer';
import { dossierMigrationsDuDepot } from '../../src-main/host/application';
import { handlers } from '../../src-main/services';
import { horlogeSysteme, type Contexte } from '../../src-main/services/commun/contexte';
import { ErreurMetier } from '../../src-main/services/commun/erreurs';
import { banc, installer, type Banc } from '../aide';

function baseMigree() {
  const base = ouvrirBase(':memory:');
  migrer(base.sqlite, lireMigrations(dossierMigrationsDuDepot()));
  return base;
}

/** An installed structure, so that calls go past the "non installé" gate. */
async function bancInstalle() {
  const b = banc();
  await installer(b);
  return b;
}

/** A method of a throwaway contract, callable by anyone signed in. */
function methodeEssai(spec: Partial<Parameters<typeof methode>[0]> = {}) {
  return methode({ resume: 'essai', roles: 'tous', mode: 'ecriture', input: z.object({}), output: z.null(), ...spec });
}

/**
 * A dispatcher over the bench's database with a one-method contract; `appeler` calls it as the
 * bench's administrator, at the bench's time.
 */
function dispatcherEssai(b: Banc, spec: ReturnType<typeof methodeEssai>, handler: unknown) {
  const d = creerDispatcher({
    contract: { 'essai.methode': spec },
    handlers: { 'essai.methode': handler },
    base: b.app.base,
    horloge: b.horloge,
    journaliser: () => {},
  });
  return (session = b.session) => d.appeler('essai.methode', {}, session);
}

function entreesJournal(b: Banc): { action: string; objet_id: number | null; methode: string | null }[] {
  return b.app.base.sqlite.prepare('SELECT action, objet_id, methode FROM journal_acces ORDER BY id').all() as never;
}

const COMPTE_ESSAI = "SELECT count(*) AS n FROM commune WHERE insee = '26999'";
const INSERT_ESSAI = "INSERT INTO commune (insee, nom) VALUES ('26999', 'Essai')";

describe('le contrat', () => {
  test('un nom de méthode déclaré deux fois est refusé au chargement', () => {
    const m = methode({ resume: 'x', roles: 'tous', mode: 'lecture', input: z.object({}), output: z.null() });
    expect(() => defineContract({ 'a.b': m }, { 'a.b': m })).toThrow(/deux fois.*a\.b/);
  });

  test('chaque méthode a exactement un traitement, et réciproquement', () => {
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(contract).sort());
    const base = baseMigree();
    expect(() =>
      creerDispatcher({
        contract,
        handlers: { ...handlers, 'fantome.agir': () => null },
        base,
        horloge: horlogeSysteme,
      }),
    ).toThrow(/fantome\.agir/);
    const { 'jeunes.creer': _retire, ...incomplets } = handlers;
    expect(() => creerDispatcher({ contract, handlers: incomplets, base, horloge: horlogeSysteme })).toThrow(
      /jeunes\.creer/,
    );
  });

  test('chaque méthode déclare ses rôles et son mode', () => {
    for (const [nom, spec] of Object.entries(contract)) {
      expect(spec.roles === 'tous' || spec.roles === 'public' || spec.roles.length > 0, nom).toBe(true);
      expect(['lecture', 'ecriture']).toContain(spec.mode);
      expect(spec.resume.length, nom).toBeGreaterThan(5);
    }
  });
});

describe('le dispatcher', () => {
  test('une méthode inconnue est refusée', async () => {
    const b = banc();
    expect(await b.brut('jeunes.supprimerTout', {})).toMatchObject({ ok: false, error: { code: 'methode_inconnue' } });
    expect(await b.brut('__proto__', {})).toMatchObject({ ok: false, error: { code: 'methode_inconnue' } });
  });

  test('les rôles déclarés sont appliqués dans le processus principal', async () => {
    const b = await bancInstalle();
    const { session } = await b.personne(['accueil']);
    const r = await b.brut('installation.analyserCommunesCsv', { contenu: '26281;Romans;;;' }, session);
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'acces_refuse', message: expect.stringContaining('Administrateur') },
    });
    expect(await b.brut('jeunes.rechercher', { texte: 'a' }, session)).toMatchObject({ ok: true });
  });

  test('une entrée invalide est refusée champ par champ, en français, sans rien écrire', async () => {
    const b = await bancInstalle();
    const r = await b.brut('jeunes.creer', { nomNaissance: '', prenoms: 42, dateNaissance: '12/04/2006', sexe: 'X' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('entree_invalide');
    expect(r.error.message).toMatch(/^Saisie incomplète ou invalide, rien n'a été enregistré\./);
    expect(r.error.champs!.map((c) => c.champ).sort()).toEqual(['dateNaissance', 'nomNaissance', 'prenoms', 'sexe']);
    for (const c of r.error.champs!) expect(c.message).not.toMatch(/expected|received|Invalid input/);
  });

  test('une erreur au milieu d’un traitement annule tout ce qu’il avait écrit', async () => {
    const b = await bancInstalle();
    const appeler = dispatcherEssai(b, methodeEssai(), (_i: unknown, ctx: Contexte) => {
      ctx.sqlite.prepare(INSERT_ESSAI).run();
      throw new ErreurMetier('regle_metier', 'Refus volontaire.');
    });
    expect(await appeler()).toEqual({ ok: false, error: { code: 'regle_metier', message: 'Refus volontaire.' } });
    expect(b.app.base.sqlite.prepare(COMPTE_ESSAI).get()).toEqual({ n: 0 });
  });

  test('une méthode de lecture ne peut pas écrire', async () => {
    const b = await bancInstalle();
    const appeler = dispatcherEssai(b, methodeEssai({ mode: 'lecture' }), (_i: unknown, ctx: Contexte) => {
      ctx.sqlite.prepare(INSERT_ESSAI).run();
      return null;
    });
    expect(await appeler()).toMatchObject({ ok: false, error: { code: 'erreur_interne' } });
    expect(b.app.base.sqlite.prepare(COMPTE_ESSAI).get()).toEqual({ n: 0 });
    // The connection is writable again for the next call.
    b.app.base.sqlite.prepare(INSERT_ESSAI).run();
  });

  test('une réponse non conforme au contrat est une erreur, et la transaction est annulée', async () => {
    const b = await bancInstalle();
    const spec = methodeEssai({ output: z.object({ id: z.number() }) });
    const appeler = dispatcherEssai(b, spec, (_i: unknown, ctx: Contexte) => {
      ctx.sqlite.prepare(INSERT_ESSAI).run();
      return { id: 'pas un nombre' };
    });
    expect(await appeler()).toMatchObject({
      ok: false,
      error: { code: 'erreur_interne', message: expect.stringContaining("rien n'a été enregistré") },
    });
    expect(b.app.base.sqlite.prepare(COMPTE_ESSAI).get()).toEqual({ n: 0 });
  });

  test('après une écriture réussie, un événement « données modifiées » est diffusé', async () => {
    const recus: unknown[] = [];
    const b = await bancInstalle();
    const d = creerDispatcher({
      contract,
      handlers,
      base: b.app.base,
      horloge: b.horloge,
      diffuser: (e) => recus.push(e),
    });
    await d.appeler('jeunes.rechercher', { texte: 'x' }, b.session);
    expect(recus).toEqual([]);
    await d.appeler(
      'jeunes.creer',
      { nomNaissance: 'A', prenoms: 'B', dateNaissance: '2006-01-01', sexe: 'F' },
      b.session,
    );
    expect(recus).toEqual([{ type: 'donnees_modifiees', domaines: ['jeunes'] }]);
    await d.appeler(
      'jeunes.creer',
      { nomNaissance: '', prenoms: 'B', dateNaissance: '2006-01-01', sexe: 'F' },
      b.session,
    );
    expect(recus).toHaveLength(1);
  });
});

describe('la trace des dossiers, dans la transaction de l’appel', () => {
  const JEUNE = { nomNaissance: 'Dupont', prenoms: 'Élodie', dateNaissance: '2006-04-12', sexe: 'F' } as const;

  test('une lecture de fiche écrit son entrée ; si elle ne peut pas s’écrire, rien n’est répondu', async () => {
    const b = await bancInstalle();
    const { id } = await b.appeler('jeunes.creer', JEUNE);
    const avant = entreesJournal(b).length;
    expect(await b.brut('jeunes.lire', { id })).toMatchObject({ ok: true, value: { jeune: { id } } });
    expect(entreesJournal(b).slice(avant)).toEqual([{ action: 'lecture', objet_id: id, methode: 'jeunes.lire' }]);

    b.app.base.sqlite.exec(
      "CREATE TRIGGER essai_sans_trace BEFORE INSERT ON journal_acces BEGIN SELECT RAISE(ABORT, 'essai'); END",
    );
    const r = await b.brut('jeunes.lire', { id });
    expect(r.ok).toBe(false);
    expect(r).not.toHaveProperty('value');
    expect(entreesJournal(b)).toHaveLength(avant + 1);
    // The connection is not left in query_only: the next write goes through once the trail can.
    b.app.base.sqlite.exec('DROP TRIGGER essai_sans_trace');
    expect(await b.brut('jeunes.creer', { ...JEUNE, prenoms: 'Marc', confirmeMalgreRessemblants: true })).toMatchObject(
      { ok: true },
    );
  });

  test('sans table du journal (base abîmée), une lecture de fiche échoue au lieu de répondre', async () => {
    const b = await bancInstalle();
    const { id } = await b.appeler('jeunes.creer', JEUNE);
    b.app.base.sqlite.exec('DROP TABLE journal_acces');
    const r = await b.brut('jeunes.lire', { id });
    expect(r).toMatchObject({ ok: false, error: { code: 'erreur_interne' } });
    expect(r).not.toHaveProperty('value');
  });

  test('une écriture et ses entrées sont validées ensemble ou pas du tout', async () => {
    const b = await bancInstalle();
    const appeler = dispatcherEssai(b, methodeEssai({ dossier: 'modification' }), (_i: unknown, ctx: Contexte) => {
      ctx.sqlite.prepare(INSERT_ESSAI).run();
      ctx.dossier(1);
      ctx.dossier(2);
      return null;
    });
    // The second file's entry is refused: the first one and the handler's write go too.
    b.app.base.sqlite.exec(
      "CREATE TRIGGER essai_refus BEFORE INSERT ON journal_acces WHEN NEW.objet_id = 2 BEGIN SELECT RAISE(ABORT, 'essai'); END",
    );
    const avant = entreesJournal(b).length;
    expect((await appeler()).ok).toBe(false);
    expect(b.app.base.sqlite.prepare(COMPTE_ESSAI).get()).toEqual({ n: 0 });
    expect(entreesJournal(b)).toHaveLength(avant);
    b.app.base.sqlite.exec('DROP TRIGGER essai_refus');
    expect(await appeler()).toEqual({ ok: true, value: null });
    expect(entreesJournal(b).slice(avant)).toEqual([
      { action: 'modification', objet_id: 1, methode: 'essai.methode' },
      { action: 'modification', objet_id: 2, methode: 'essai.methode' },
    ]);
  });

  test('un traitement marqué « dossier » qui ne nomme aucune fiche échoue, sans rien écrire', async () => {
    const b = await bancInstalle();
    const avant = entreesJournal(b).length;
    for (const mode of ['lecture', 'ecriture'] as const) {
      const appeler = dispatcherEssai(b, methodeEssai({ mode, dossier: 'lecture' }), (_i: unknown, ctx: Contexte) => {
        if (mode === 'ecriture') ctx.sqlite.prepare(INSERT_ESSAI).run();
        return null;
      });
      expect(await appeler(), mode).toMatchObject({ ok: false, error: { code: 'erreur_interne' } });
    }
    expect(b.app.base.sqlite.prepare(COMPTE_ESSAI).get()).toEqual({ n: 0 });
    expect(entreesJournal(b)).toHaveLength(avant);
  });

  test('un traitement non marqué qui nomme une fiche échoue : la trace mentirait sur l’action', async () => {
    const b = await bancInstalle();
    const avant = entreesJournal(b).length;
    const appeler = dispatcherEssai(b, methodeEssai(), (_i: unknown, ctx: Contexte) => {
      ctx.sqlite.prepare(INSERT_ESSAI).run();
      ctx.dossier(1);
      return null;
    });
    expect(await appeler()).toMatchObject({ ok: false, error: { code: 'erreur_interne' } });
    expect(b.app.base.sqlite.prepare(COMPTE_ESSAI).get()).toEqual({ n: 0 });
    expect(entreesJournal(b)).toHaveLength(avant);
  });
});

describe('le verrouillage pour inactivité, appliqué par le processus principal', () => {
  async function accueilConnecte() {
    const b = await bancInstalle();
    const { id, session } = await b.personne(['accueil']);
    const avant = entreesJournal(b).length;
    const verrouillages = () =>
      entreesJournal(b)
        .slice(avant)
        .filter((e) => e.action === 'verrouillage_session');
    const lire = () => b.brut('fileAttente.duJour', { siteId: 1 }, session);
    return { b, id, session, verrouillages, lire };
  }

  test('après le délai réglé sans activité, la session se verrouille et une seule entrée est écrite', async () => {
    const { b, id, session, verrouillages, lire } = await accueilConnecte();
    b.horloge.avancer(10);
    expect(await lire()).toMatchObject({ ok: true });
    b.horloge.avancer(1);
    expect(await lire()).toMatchObject({ ok: false, error: { code: 'session_verrouillee' } });
    expect(session).toMatchObject({ utilisateurId: id, verrouillee: true });
    expect(await lire()).toMatchObject({ ok: false, error: { code: 'session_verrouillee' } });
    const entrees = b.app.base.sqlite
      .prepare("SELECT utilisateur_id, poste, methode FROM journal_acces WHERE action = 'verrouillage_session'")
      .all();
    expect(verrouillages()).toHaveLength(1);
    expect(entrees).toEqual([{ utilisateur_id: id, poste: session.poste, methode: null }]);
    // What the locked screen still shows: who it belongs to, nothing else.
    expect(await b.brut('session.etat', {}, session)).toMatchObject({
      ok: true,
      value: { verrouillee: true, utilisateur: { id } },
    });
  });

  test('le délai est celui des réglages', async () => {
    const { b, verrouillages, lire } = await accueilConnecte();
    await b.appeler('parametres.enregistrer', { verrouillageMinutes: 2, conservationJournalMois: 12 });
    b.horloge.avancer(2);
    expect(await lire()).toMatchObject({ ok: true });
    b.horloge.avancer(1);
    expect(await lire()).toMatchObject({ ok: false, error: { code: 'session_verrouillee' } });
    expect(verrouillages()).toHaveLength(1);
  });

  test('les lectures ne repoussent pas le verrouillage', async () => {
    const { b, lire } = await accueilConnecte();
    b.horloge.avancer(8);
    expect(await lire()).toMatchObject({ ok: true });
    b.horloge.avancer(8);
    expect(await lire()).toMatchObject({ ok: false, error: { code: 'session_verrouillee' } });
  });

  test('une écriture le repousse', async () => {
    const { b, session, lire } = await accueilConnecte();
    b.horloge.avancer(8);
    const ecrire = await b.brut(
      'jeunes.creer',
      { nomNaissance: 'Martin', prenoms: 'Loïc', dateNaissance: '2005-11-03', sexe: 'M' },
      session,
    );
    expect(ecrire).toMatchObject({ ok: true });
    b.horloge.avancer(8);
    expect(await lire()).toMatchObject({ ok: true });
  });

  test('le signal d’activité de la page le repousse', async () => {
    const { b, verrouillages, lire, session } = await accueilConnecte();
    b.horloge.avancer(8);
    expect(await b.brut('session.activite', {}, session)).toEqual({ ok: true, value: { verrouillageMinutes: 10 } });
    b.horloge.avancer(8);
    expect(await lire()).toMatchObject({ ok: true });
    expect(verrouillages()).toEqual([]);
  });
});
