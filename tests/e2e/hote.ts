import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dossierMigrationsDuDepot, ouvrirApplication, type Application } from '../../src-main/host/application';
import { demarrerHoteHttp, type Hote } from '../../src-main/host/http';
import type { Contract, InputOf, OutputOf } from '../../src-main/contract';

export interface HoteDeTest {
  app: Application;
  hote: Hote;
  fermer(): Promise<void>;
}

/**
 * Opens the real application on a fresh SQLite file and serves the built renderer over the local
 * HTTP host, as `tremplin serve` does. With `installee`, the structure of the desk tests is
 * installed through the dispatcher, like the wizard would, and two jeunes exist.
 */
export async function demarrerHoteDeTest(options: { installee: boolean; dossierStatique: string }): Promise<HoteDeTest> {
  const dossier = mkdtempSync(join(tmpdir(), 'tremplin-e2e-'));
  let hote: Hote | null = null;
  const app = ouvrirApplication({
    cheminBase: join(dossier, 'tremplin.sqlite'),
    dossierMigrations: dossierMigrationsDuDepot(),
    diffuser: (e) => hote?.diffuser(e),
    journaliser: (m, e) => console.error(m, e),
  });
  const appeler = async <M extends keyof Contract & string>(m: M, entree: InputOf<Contract, M>): Promise<OutputOf<Contract, M>> => {
    const r = await app.dispatcher.appeler(m, entree, app.acteurLocal);
    if (!r.ok) throw new Error(`${m} : ${r.error.message}`);
    return r.value as OutputOf<Contract, M>;
  };
  if (options.installee) {
    await appeler('installation.terminer', {
      structure: {
        nom: 'Mission Locale des Collines',
        siret: '73282932000074',
        adresse: '1 place de la Mairie',
        codePostal: '26100',
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
    await appeler('jeunes.creer', {
      nomNaissance: 'Dupont',
      prenoms: 'Élodie',
      dateNaissance: '2006-04-12',
      sexe: 'F',
      telephone: '0612345678',
      communeInsee: '26281',
    });
    await appeler('jeunes.creer', {
      nomNaissance: 'Martin',
      prenoms: 'Yanis',
      dateNaissance: '2004-11-03',
      sexe: 'M',
      telephone: '0798765432',
      communeInsee: '26301',
    });
  }
  hote = await demarrerHoteHttp({ dispatcher: app.dispatcher, acteur: app.acteurLocal, dossierStatique: options.dossierStatique });
  const h = hote;
  return {
    app,
    hote: h,
    async fermer() {
      await h.fermer();
      app.fermer();
      rmSync(dossier, { recursive: true, force: true });
    },
  };
}
