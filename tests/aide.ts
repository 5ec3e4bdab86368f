import { ouvrirApplication, dossierMigrationsDuDepot, type Application } from '../src-main/host/application';
import type { Resultat } from '../src-main/contract';
import { INSTALLATION_DE_TEST, type Client } from './fixtures/installation';

export type { Client };
import type { Acteur } from '../src-main/services/commun/contexte';

/** A fixed clock, movable by tests: "today" is whatever the test says. */
export function horlogeFixe(iso: string) {
  let t = new Date(iso);
  return {
    maintenant: () => new Date(t),
    regler: (nouveau: string) => {
      t = new Date(nouveau);
    },
    avancer: (minutes: number) => {
      t = new Date(t.getTime() + minutes * 60_000);
    },
  };
}

export interface Banc {
  app: Application;
  horloge: ReturnType<typeof horlogeFixe>;
  /** Calls through the dispatcher and throws the French message on failure. */
  appeler: Client;
  brut: (methode: string, entree: unknown, acteur?: Acteur) => Promise<Resultat<unknown>>;
}

export function banc(options: { maintenant?: string; cheminBase?: string } = {}): Banc {
  const horloge = horlogeFixe(options.maintenant ?? '2026-03-10T09:15:00Z');
  const app = ouvrirApplication({
    cheminBase: options.cheminBase ?? ':memory:',
    dossierMigrations: dossierMigrationsDuDepot(),
    horloge,
    journaliser: () => {},
  });
  const brut = (methode: string, entree: unknown, acteur: Acteur = app.acteurLocal) =>
    app.dispatcher.appeler(methode, entree, acteur);
  const appeler = (async (methode: string, entree: unknown) => {
    const r = await brut(methode, entree);
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return r.value;
  }) as Client;
  return { app, horloge, appeler, brut };
}

/** The test structure installed: siège + antenne, 3 communes (one QPV, one ZRR), 3 staff. */
export async function installer(b: Banc) {
  await b.appeler('installation.terminer', INSTALLATION_DE_TEST);
  const { sites } = await b.appeler('structure.lire', {});
  const conseillers = await b.appeler('personnel.lister', { role: 'conseiller' });
  const id = (identifiant: string) => conseillers.find((c) => c.identifiant === identifiant)!.id;
  // Claire Fabre first, then Karim Benali.
  return { siege: sites[0]!.id, antenne: sites[1]!.id, conseillers: [id('cfabre'), id('kbenali')] };
}
