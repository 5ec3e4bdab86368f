import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { contract, defineContract, methode } from '../../src-main/contract';
import { creerDispatcher } from '../../src-main/host/dispatcher';
import { ouvrirBase } from '../../src-main/db/open';
import { lireMigrations, migrer } from '../../src-main/db/migrer';
import { dossierMigrationsDuDepot } from '../../src-main/host/application';
import { handlers } from '../../src-main/services';
import { horlogeSysteme, type Acteur } from '../../src-main/services/commun/contexte';
import { ErreurMetier } from '../../src-main/services/commun/erreurs';
import { banc, installer } from '../aide';

const accueilSeul: Acteur = { id: 1, nom: 'Accueil', roles: ['accueil'] };

function baseMigree() {
  const base = ouvrirBase(':memory:');
  migrer(base.sqlite, lireMigrations(dossierMigrationsDuDepot()));
  return base;
}

/** An installed structure, so that calls go past the "non installé" gate. */
async function baseInstallee() {
  const b = banc();
  await installer(b);
  return b.app.base;
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
      expect(spec.roles === 'tous' || spec.roles.length > 0, nom).toBe(true);
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
    const b = banc();
    await installer(b);
    const r = await b.brut('installation.analyserCommunesCsv', { contenu: '26281;Romans;;;' }, accueilSeul);
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'acces_refuse', message: expect.stringContaining('Administrateur') },
    });
    expect(await b.brut('jeunes.rechercher', { texte: 'a' }, accueilSeul)).toMatchObject({ ok: true });
  });

  test('une entrée invalide est refusée champ par champ, en français, sans rien écrire', async () => {
    const b = banc();
    await installer(b);
    const r = await b.brut('jeunes.creer', { nomNaissance: '', prenoms: 42, dateNaissance: '12/04/2006', sexe: 'X' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('entree_invalide');
    expect(r.error.message).toMatch(/^Saisie incomplète ou invalide, rien n'a été enregistré\./);
    expect(r.error.champs!.map((c) => c.champ).sort()).toEqual(['dateNaissance', 'nomNaissance', 'prenoms', 'sexe']);
    for (const c of r.error.champs!) expect(c.message).not.toMatch(/expected|received|Invalid input/);
  });

  test('une erreur au milieu d’un traitement annule tout ce qu’il avait écrit', async () => {
    const base = await baseInstallee();
    const contrat = {
      'essai.ecrireEtEchouer': methode({
        resume: 'essai',
        roles: 'tous',
        mode: 'ecriture',
        input: z.object({}),
        output: z.null(),
      }),
    };
    const d = creerDispatcher({
      contract: contrat,
      handlers: {
        'essai.ecrireEtEchouer': (_i: unknown, ctx: { sqlite: typeof base.sqlite }) => {
          ctx.sqlite.prepare(INSERT_ESSAI).run();
          throw new ErreurMetier('regle_metier', 'Refus volontaire.');
        },
      },
      base,
      horloge: horlogeSysteme,
    });
    const r = await d.appeler('essai.ecrireEtEchouer', {}, { id: 1, nom: 'x', roles: ['administrateur'] });
    expect(r).toEqual({ ok: false, error: { code: 'regle_metier', message: 'Refus volontaire.' } });
    expect(base.sqlite.prepare(COMPTE_ESSAI).get()).toEqual({ n: 0 });
  });

  test('une méthode de lecture ne peut pas écrire', async () => {
    const base = await baseInstallee();
    const contrat = {
      'essai.lireEnEcrivant': methode({
        resume: 'essai',
        roles: 'tous',
        mode: 'lecture',
        input: z.object({}),
        output: z.null(),
      }),
    };
    const d = creerDispatcher({
      contract: contrat,
      handlers: {
        'essai.lireEnEcrivant': (_i: unknown, ctx: { sqlite: typeof base.sqlite }) => {
          ctx.sqlite.prepare(INSERT_ESSAI).run();
          return null;
        },
      },
      base,
      horloge: horlogeSysteme,
      journaliser: () => {},
    });
    const r = await d.appeler('essai.lireEnEcrivant', {}, { id: 1, nom: 'x', roles: [] });
    expect(r).toMatchObject({ ok: false, error: { code: 'erreur_interne' } });
    expect(base.sqlite.prepare(COMPTE_ESSAI).get()).toEqual({ n: 0 });
    // The connection is writable again for the next call.
    base.sqlite.prepare(INSERT_ESSAI).run();
  });

  test('une réponse non conforme au contrat est une erreur, et la transaction est annulée', async () => {
    const base = await baseInstallee();
    const contrat = {
      'essai.mauvaiseReponse': methode({
        resume: 'essai',
        roles: 'tous',
        mode: 'ecriture',
        input: z.object({}),
        output: z.object({ id: z.number() }),
      }),
    };
    const d = creerDispatcher({
      contract: contrat,
      handlers: {
        'essai.mauvaiseReponse': (_i: unknown, ctx: { sqlite: typeof base.sqlite }) => {
          ctx.sqlite.prepare(INSERT_ESSAI).run();
          return { id: 'pas un nombre' };
        },
      },
      base,
      horloge: horlogeSysteme,
      journaliser: () => {},
    });
    const r = await d.appeler('essai.mauvaiseReponse', {}, { id: 1, nom: 'x', roles: [] });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'erreur_interne', message: expect.stringContaining("rien n'a été enregistré") },
    });
    expect(base.sqlite.prepare(COMPTE_ESSAI).get()).toEqual({ n: 0 });
  });

  test('après une écriture réussie, un événement « données modifiées » est diffusé', async () => {
    const recus: unknown[] = [];
    const b = banc();
    await installer(b);
    const d = creerDispatcher({
      contract,
      handlers,
      base: b.app.base,
      horloge: b.horloge,
      diffuser: (e) => recus.push(e),
    });
    await d.appeler('jeunes.rechercher', { texte: 'x' }, b.app.acteurLocal);
    expect(recus).toEqual([]);
    await d.appeler(
      'jeunes.creer',
      { nomNaissance: 'A', prenoms: 'B', dateNaissance: '2006-01-01', sexe: 'F' },
      b.app.acteurLocal,
    );
    expect(recus).toEqual([{ type: 'donnees_modifiees', domaines: ['jeunes'] }]);
    await d.appeler(
      'jeunes.creer',
      { nomNaissance: '', prenoms: 'B', dateNaissance: '2006-01-01', sexe: 'F' },
      b.app.acteurLocal,
    );
    expect(recus).toHaveLength(1);
  });
});
