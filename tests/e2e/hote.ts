import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dossierMigrationsDuDepot, ouvrirApplication, type Application } from '../../src-main/host/application';
import { demarrerHoteHttp, type Hote } from '../../src-main/host/http';
import { clientDe, INSTALLATION_DE_TEST } from '../fixtures/installation';

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
export async function demarrerHoteDeTest(options: {
  installee: boolean;
  dossierStatique: string;
}): Promise<HoteDeTest> {
  const dossier = mkdtempSync(join(tmpdir(), 'tremplin-e2e-'));
  let hote: Hote | null = null;
  const app = ouvrirApplication({
    cheminBase: join(dossier, 'tremplin.sqlite'),
    dossierMigrations: dossierMigrationsDuDepot(),
    diffuser: (e) => hote?.diffuser(e),
    journaliser: (m, e) => console.error(m, e),
  });
  const appeler = clientDe(app);
  if (options.installee) {
    await appeler('installation.terminer', INSTALLATION_DE_TEST);
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
  hote = await demarrerHoteHttp({
    dispatcher: app.dispatcher,
    acteur: app.acteurLocal,
    dossierStatique: options.dossierStatique,
  });
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
