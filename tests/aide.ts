import { ouvrirApplication, dossierMigrationsDuDepot, type Application } from '../src-main/host/application';
import type { Contract, InputOf, OutputOf, Resultat } from '../src-main/contract';
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

export type Client = <M extends keyof Contract & string>(methode: M, entree: InputOf<Contract, M>) => Promise<OutputOf<Contract, M>>;

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

/** A small installed structure: siège + antenne, 3 communes (one QPV, one ZRR), 3 staff. */
export async function installer(b: Banc) {
  await b.appeler('installation.terminer', {
    structure: {
      nom: 'Mission Locale des Collines',
      siret: '73282932000074',
      adresse: '1 place de la Mairie',
      codePostal: '26300',
      commune: 'Romans-sur-Isère',
    },
    sites: [
      { nom: 'Siège de Romans', type: 'siege', communeInsee: '26281' },
      { nom: 'Antenne de Saint-Donat', type: 'antenne', communeInsee: '26301' },
    ],
    communes: [
      { insee: '26281', nom: 'Romans-sur-Isère', codePostal: '26100', qpv: true, zrr: false },
      { insee: '26301', nom: 'Saint-Donat-sur-l’Herbasse', codePostal: '26260', qpv: false, zrr: true },
      { insee: '26057', nom: 'Bourg-de-Péage', codePostal: '26300', qpv: false, zrr: false },
    ],
    personnel: [
      { prenom: 'Claire', nom: 'Fabre', identifiant: 'cfabre', roles: ['conseiller'], site: 0 },
      { prenom: 'Karim', nom: 'Benali', identifiant: 'kbenali', roles: ['conseiller', 'direction'], site: 1 },
      { prenom: 'Léa', nom: 'Roux', identifiant: 'lroux', roles: ['accueil'], site: 0 },
    ],
  });
  const { sites } = await b.appeler('structure.lire', {});
  const conseillers = await b.appeler('personnel.lister', { role: 'conseiller' });
  const id = (identifiant: string) => conseillers.find((c) => c.identifiant === identifiant)!.id;
  // Claire Fabre first, then Karim Benali.
  return { siege: sites[0]!.id, antenne: sites[1]!.id, conseillers: [id('cfabre'), id('kbenali')] };
}
