import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dossierMigrationsDuDepot, ouvrirApplication, type Application } from '../../src-main/host/application';
import { demarrerHoteHttp, type Hote } from '../../src-main/host/http';
import { nouvelleSession } from '../../src-main/host/sessions';
import { clientDe, INSTALLATION_DE_TEST } from '../fixtures/installation';
import { COMPTES, MENTIONS, type CompteE2e } from './comptes';

export interface HoteDeTest {
  app: Application;
  hote: Hote;
  fermer(): Promise<void>;
}

/** A provisional password, as an administrator would hand it over (meets the policy). */
const PROVISOIRE = 'Provisoire-2026!';

/**
 * Opens the real application on a fresh SQLite file and serves the built renderer over the local
 * HTTP host, as `tremplin serve` does. With `installee`, the structure of the desk tests is
 * installed through the dispatcher like the wizard would, with accounts of known passwords and
 * two jeunes, each followed by a conseiller and carrying a sensitive mention.
 */
export async function demarrerHoteDeTest(options: {
  installee: boolean;
  dossierStatique: string;
  /** A fixed "now" for the main process (the page's clock is fixed by the test itself). */
  maintenant?: Date;
  /** Data of a journey, written through the dispatcher once installed. */
  preparer?: (app: Application) => Promise<void>;
}): Promise<HoteDeTest> {
  const dossier = mkdtempSync(join(tmpdir(), 'tremplin-e2e-'));
  let hote: Hote | null = null;
  const app = ouvrirApplication({
    cheminBase: join(dossier, 'tremplin.sqlite'),
    dossierMigrations: dossierMigrationsDuDepot(),
    diffuser: (e) => hote?.diffuser(e),
    journaliser: (m, e) => console.error(m, e),
    ...(options.maintenant ? { horloge: { maintenant: () => new Date(options.maintenant!) } } : {}),
  });
  if (options.installee) await installer(app);
  if (options.preparer) await options.preparer(app);
  hote = await demarrerHoteHttp({ dispatcher: app.dispatcher, dossierStatique: options.dossierStatique });
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

async function installer(app: Application): Promise<void> {
  // The wizard's session: signed in as the first administrator once the installation is done.
  const admin = clientDe(app, nouvelleSession('installation-e2e'));
  await admin('installation.terminer', INSTALLATION_DE_TEST);
  await admin('comptes.creer', {
    prenom: 'Tom',
    nom: 'Essai',
    identifiant: COMPTES.essais.identifiant,
    roles: ['accueil'],
    motDePasseProvisoire: PROVISOIRE,
  });
  const comptes = await admin('comptes.lister', {});
  const idDe = (identifiant: string) => {
    const c = comptes.find((x) => x.identifiant === identifiant);
    if (!c) throw new Error(`Compte ${identifiant} absent de l'installation de test.`);
    return c.id;
  };
  // Staff declared in the wizard have no password yet: the administrator gives a provisional one,
  // then each person signs in once on their own workstation session and chooses theirs.
  const personnes: CompteE2e[] = [COMPTES.accueil, COMPTES.conseillere, COMPTES.conseillerDirection, COMPTES.essais];
  for (const p of personnes) {
    if (p !== COMPTES.essais) {
      await admin('comptes.reinitialiserMotDePasse', { id: idDe(p.identifiant), motDePasseProvisoire: PROVISOIRE });
    }
    const soi = clientDe(app, nouvelleSession(`poste-${p.identifiant}`));
    const r = await soi('session.ouvrir', { identifiant: p.identifiant, motDePasse: PROVISOIRE });
    if (r.statut !== 'ouverte') throw new Error(`${p.identifiant} : ${r.message}`);
    await soi('session.changerMotDePasse', { actuel: PROVISOIRE, nouveau: p.motDePasse });
    await soi('session.fermer', {});
  }

  const dupont = await admin('jeunes.creer', {
    nomNaissance: 'Dupont',
    prenoms: 'Élodie',
    dateNaissance: '2006-04-12',
    sexe: 'F',
    telephone: '0612345678',
    communeInsee: '26281',
  });
  const martin = await admin('jeunes.creer', {
    nomNaissance: 'Martin',
    prenoms: 'Yanis',
    dateNaissance: '2004-11-03',
    sexe: 'M',
    telephone: '0798765432',
    communeInsee: '26301',
  });
  const suivis = [
    { jeuneId: dupont.id, referent: COMPTES.conseillere, nature: 'sante', texte: MENTIONS.dupont },
    { jeuneId: martin.id, referent: COMPTES.conseillerDirection, nature: 'justice', texte: MENTIONS.martin },
  ] as const;
  for (const s of suivis) {
    await admin('jeunes.designerReferent', { jeuneId: s.jeuneId, conseillerId: idDe(s.referent.identifiant) });
    await admin('jeunes.ajouterMention', { jeuneId: s.jeuneId, nature: s.nature, texte: s.texte });
  }
  await admin('session.fermer', {});
}
