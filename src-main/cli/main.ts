import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contract } from '../contract';
import { BaseTropRecenteError, MigrationEchoueeError } from '../db/migrer';
import { ouvrirBase } from '../db/open';
import { dossierMigrationsDuDepot, ouvrirApplication, type Application } from '../host/application';
import { demarrerHoteHttp, type Hote } from '../host/http';
import type { Evenement } from '../contract/core';
import { nouvelleSession } from '../host/sessions';
import { verifierJournal } from '../services/journal/chaine';
import { ErreurMetier } from '../services/commun/erreurs';
import { horlogeSysteme } from '../services/commun/contexte';

const AIDE = `Tremplin — poste de travail de la Mission Locale

Usage :
  tremplin serve [--db FICHIER] [--demo] [--jeunes N] [--port N]
      Aperçu dans un navigateur : sert l'interface et le contrat sur 127.0.0.1 avec un jeton.
      --demo remplit la base (temporaire si --db est absent) de données fictives.
  tremplin demo --db FICHIER [--jeunes N] [--graine S]
      Remplit une base vide d'une Mission Locale fictive (déterministe pour une graine).
  tremplin migrer --db FICHIER
      Met la base à jour (sauvegarde vérifiée avant).
  tremplin appel METHODE [JSON] --db FICHIER [--identifiant ID]
      Appelle une méthode du contrat et affiche le résultat (JSON). Avec --identifiant, se
      connecte d'abord (mot de passe lu dans la variable TREMPLIN_MOT_DE_PASSE) : l'appel est
      soumis aux rôles du compte et inscrit au journal des accès comme depuis l'application.
  tremplin import data-inclusion FICHIER [FICHIER…] --db FICHIER [--tout-ou-rien] [--essai]
      Importe les structures et services de fichiers data·inclusion (lus comme un seul jeu) dans
      l'annuaire des partenaires ; affiche ce qui est créé, mis à jour, inchangé et refusé (avec
      les raisons). --tout-ou-rien : rien n'est écrit si une fiche est refusée ; --essai : analyse
      seule, rien n'est écrit. Code de sortie 0 sans refus, 1 avec des refus, 2 si le fichier est
      illisible ou la commande mal formée.
  tremplin audit verify --db FICHIER
      Vérifie la chaîne d'empreintes du journal des accès ; nomme la première entrée altérée
      (code de sortie 1). « audit verifier » est synonyme.
  tremplin methodes
      Liste les méthodes du contrat.
`;

const RACINE = resolve(import.meta.dirname, '..', '..');

function ouvrir(chemin: string, diffuser?: (e: Evenement) => void): Application {
  return ouvrirApplication({
    cheminBase: chemin,
    dossierMigrations: dossierMigrationsDuDepot(),
    dossierSauvegardes: join(resolve(chemin, '..'), 'sauvegardes'),
    ...(diffuser ? { diffuser } : {}),
    journaliser: (m, e) => console.error(m, e),
  });
}

function entier(valeur: string | undefined, defaut: number, nom: string): number {
  if (valeur === undefined) return defaut;
  const n = Number(valeur);
  if (!Number.isInteger(n) || n < 0)
    throw new ErreurUsage(`${nom} : nombre entier positif attendu (reçu « ${valeur} »).`);
  return n;
}

class ErreurUsage extends Error {}

function barre(fait: number, total: number, etape: string) {
  if (!process.stderr.isTTY) return;
  const pct = total > 0 ? Math.floor((fait / total) * 100) : 100;
  process.stderr.write(`\r${etape.padEnd(40).slice(0, 40)} ${String(pct).padStart(3)} %`);
  if (fait >= total) process.stderr.write('\n');
}

async function remplirDemo(app: Application, jeunes: number, graine: number): Promise<boolean> {
  const installee = app.base.sqlite.prepare('SELECT 1 FROM structure').get() !== undefined;
  if (installee) return false;
  // Loaded on demand: only `demo` and `serve --demo` need the generator.
  const { genererDemo } = await import('../services/demo');
  const debut = Date.now();
  const bilan = await genererDemo(app, { jeunes, graine, maintenant: new Date(), progression: barre });
  console.error(
    `Données de démonstration créées en ${((Date.now() - debut) / 1000).toFixed(1)} s : ${JSON.stringify(bilan)}`,
  );
  return true;
}

async function construireInterfaceSiAbsente(): Promise<string> {
  const dist = join(RACINE, 'dist');
  if (!existsSync(join(dist, 'index.html'))) {
    console.error("Construction de l'interface (première fois)…");
    const { build } = await import('vite');
    await build({ configFile: join(RACINE, 'vite.config.ts'), logLevel: 'warn' });
  }
  return dist;
}

async function serve(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      db: { type: 'string' },
      demo: { type: 'boolean', default: false },
      jeunes: { type: 'string' },
      port: { type: 'string' },
      graine: { type: 'string' },
    },
  });
  if (!values.db && !values.demo)
    throw new ErreurUsage('Précisez --db FICHIER, ou --demo pour une base de démonstration temporaire.');
  const chemin = values.db ? resolve(values.db) : join(mkdtempSync(join(tmpdir(), 'tremplin-')), 'demo.sqlite');
  let hote: Hote | null = null;
  const app = ouvrir(chemin, (e) => hote?.diffuser(e));
  if (values.demo)
    await remplirDemo(app, entier(values.jeunes, 2000, '--jeunes'), entier(values.graine, 1, '--graine'));
  const dossierStatique = await construireInterfaceSiAbsente();
  hote = await demarrerHoteHttp({
    dispatcher: app.dispatcher,
    dossierStatique,
    port: entier(values.port, 0, '--port'),
  });
  console.log(`Tremplin (aperçu navigateur) : ${hote.url}`);
  if (values.demo) {
    const { ADMINISTRATEUR_DEMO, MOT_DE_PASSE_DEMO } = await import('../services/demo');
    console.log(
      `Comptes de démonstration (mot de passe « ${MOT_DE_PASSE_DEMO} ») : ${ADMINISTRATEUR_DEMO.identifiant} (administrateur), ` +
        'nchabert (direction), sfaure (accueil) ; la liste complète est dans l’écran Comptes.',
    );
  }
  console.log(`Base : ${chemin}`);
  console.log('Ctrl+C pour arrêter.');
  await new Promise<void>((resolveArret) => {
    const arreter = () => resolveArret();
    process.once('SIGINT', arreter);
    process.once('SIGTERM', arreter);
  });
  await hote.fermer();
  app.fermer();
  return 0;
}

/** `tremplin import data-inclusion …`: nobody is signed in, like `demo`; rows carry no author. */
async function importerFichiers(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      db: { type: 'string' },
      'tout-ou-rien': { type: 'boolean', default: false },
      essai: { type: 'boolean', default: false },
    },
    allowPositionals: true,
  });
  const [format, ...chemins] = positionals;
  const usage = 'Usage : tremplin import data-inclusion FICHIER [FICHIER…] --db FICHIER [--tout-ou-rien] [--essai]';
  if (format !== 'data-inclusion') {
    throw new ErreurUsage(format === undefined ? usage : `Format d'import inconnu : « ${format} ». ${usage}`);
  }
  if (chemins.length === 0) throw new ErreurUsage(`Précisez au moins un fichier à importer. ${usage}`);
  if (!values.db) throw new ErreurUsage('Précisez la base : --db FICHIER.');
  if (!existsSync(resolve(values.db))) throw new ErreurUsage(`Base introuvable : ${values.db}`);
  const fichiers: { nom: string; contenu: string }[] = [];
  for (const chemin of chemins) {
    try {
      fichiers.push({ nom: chemin, contenu: readFileSync(resolve(chemin), 'utf8') });
    } catch (e) {
      const code = (e as { code?: string }).code;
      const raison =
        code === 'ENOENT' ? 'fichier introuvable' : code === 'EISDIR' ? "c'est un dossier" : 'lecture refusée';
      console.error(`Impossible de lire « ${chemin} » : ${raison}. Rien n'a été importé.`);
      return 2;
    }
  }
  const { importer, rapportEnTexte } = await import('../services/dataInclusion');
  const app = ouvrir(resolve(values.db));
  try {
    const { sqlite } = app.base;
    if (sqlite.prepare('SELECT 1 FROM structure WHERE id = 1').get() === undefined) {
      console.error(
        "La structure n'est pas encore installée dans cette base : terminez d'abord l'assistant d'installation.",
      );
      return 2;
    }
    const debut = Date.now();
    // Only once the import runs long enough for someone to wonder.
    const progression = (fait: number, total: number, etape: string) => {
      if (Date.now() - debut > 1000) barre(fait, total, etape);
    };
    const options = { ecrire: !values.essai, toutOuRien: values['tout-ou-rien'], progression };
    const executer = sqlite.transaction(() =>
      importer({ sqlite, horloge: horlogeSysteme, acteurId: null }, fichiers, options),
    );
    let rapport;
    if (values.essai) {
      // As the dispatcher does for reads: an analysis that tried to write would fail, not write.
      sqlite.pragma('query_only = ON');
      try {
        rapport = executer.deferred();
      } finally {
        sqlite.pragma('query_only = OFF');
      }
    } else {
      rapport = executer.immediate();
    }
    console.log(rapportEnTexte(rapport, { essai: values.essai, toutOuRien: values['tout-ou-rien'] }));
    if (Date.now() - debut > 1000) console.error(`Terminé en ${((Date.now() - debut) / 1000).toFixed(1)} s.`);
    return rapport.refus.length === 0 ? 0 : 1;
  } catch (e) {
    // A file refused as a whole (malformed JSON, unknown shape): nothing was written.
    if (e instanceof ErreurMetier) {
      console.error(e.message);
      return 2;
    }
    if ((e as { code?: string }).code === 'SQLITE_BUSY') {
      console.error('La base est occupée par un autre poste : rien n’a été importé, réessayez dans un instant.');
      return 2;
    }
    throw e;
  } finally {
    app.fermer();
  }
}

export async function principal(argv: string[]): Promise<number> {
  const [commande, ...reste] = argv;
  try {
    switch (commande) {
      case 'serve':
        return await serve(reste);
      case 'demo': {
        const { values } = parseArgs({
          args: reste,
          options: { db: { type: 'string' }, jeunes: { type: 'string' }, graine: { type: 'string' } },
        });
        if (!values.db) throw new ErreurUsage('Précisez la base à remplir : --db FICHIER.');
        const app = ouvrir(resolve(values.db));
        try {
          if (
            !(await remplirDemo(app, entier(values.jeunes, 2000, '--jeunes'), entier(values.graine, 1, '--graine')))
          ) {
            throw new ErreurUsage('Cette base contient déjà une structure : choisissez un fichier neuf.');
          }
        } finally {
          app.fermer();
        }
        return 0;
      }
      case 'migrer': {
        const { values } = parseArgs({ args: reste, options: { db: { type: 'string' } } });
        if (!values.db) throw new ErreurUsage('Précisez la base : --db FICHIER.');
        const app = ouvrir(resolve(values.db));
        const { avant, apres, sauvegarde } = app.migration;
        app.fermer();
        console.log(
          avant === apres
            ? `Base à jour (schéma ${apres}).`
            : `Base mise à jour du schéma ${avant} au schéma ${apres}.`,
        );
        if (sauvegarde) console.log(`Sauvegarde vérifiée : ${sauvegarde}`);
        return 0;
      }
      case 'appel': {
        const { values, positionals } = parseArgs({
          args: reste,
          options: { db: { type: 'string' }, identifiant: { type: 'string' } },
          allowPositionals: true,
        });
        const [methode, json] = positionals;
        if (!values.db || !methode) {
          throw new ErreurUsage('Usage : tremplin appel METHODE [JSON] --db FICHIER [--identifiant ID]');
        }
        let entree: unknown = {};
        if (json !== undefined) {
          try {
            entree = JSON.parse(json);
          } catch {
            throw new ErreurUsage('Entrée JSON invalide : vérifiez guillemets et accolades.');
          }
        }
        const app = ouvrir(resolve(values.db));
        try {
          const session = nouvelleSession(`${hostname()} (ligne de commande)`);
          if (values.identifiant !== undefined) {
            const motDePasse = process.env.TREMPLIN_MOT_DE_PASSE;
            if (!motDePasse) {
              throw new ErreurUsage('Mot de passe absent : placez-le dans la variable TREMPLIN_MOT_DE_PASSE.');
            }
            const connexion = await app.dispatcher.appeler(
              'session.ouvrir',
              { identifiant: values.identifiant, motDePasse },
              session,
            );
            const refus = !connexion.ok
              ? connexion.error.message
              : (connexion.value as { statut: string; message?: string }).statut === 'refusee'
                ? (connexion.value as { message: string }).message
                : null;
            if (refus) {
              console.error(`Connexion refusée : ${refus}`);
              return 1;
            }
          }
          const r = await app.dispatcher.appeler(methode, entree, session);
          console.log(JSON.stringify(r.ok ? r.value : r.error, null, 2));
          return r.ok ? 0 : 1;
        } finally {
          app.fermer();
        }
      }
      case 'import':
        return await importerFichiers(reste);
      case 'audit': {
        const { values, positionals } = parseArgs({
          args: reste,
          options: { db: { type: 'string' } },
          allowPositionals: true,
        });
        const [action] = positionals;
        if (action !== 'verify' && action !== 'verifier') {
          throw new ErreurUsage('Usage : tremplin audit verify --db FICHIER');
        }
        if (!values.db) throw new ErreurUsage('Précisez la base : --db FICHIER.');
        if (!existsSync(resolve(values.db))) throw new ErreurUsage(`Base introuvable : ${values.db}`);
        // Read-only, without migrating: checking a trail must not change the file it checks.
        const base = ouvrirBase(resolve(values.db), { lectureSeule: true });
        try {
          if (
            !base.sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'journal_acces'").get()
          ) {
            throw new ErreurUsage(
              'Cette base n’a pas encore de journal des accès (version antérieure) : mettez-la à jour avec « tremplin migrer ».',
            );
          }
          const v = verifierJournal(base.sqlite);
          if (v.intact) {
            console.log(
              v.entrees === 0
                ? 'Journal des accès vide : rien à vérifier.'
                : `Journal des accès intact : ${v.entrees} entrée(s), n° ${v.premiere} à ${v.derniere}.`,
            );
            return 0;
          }
          console.error(
            `Journal des accès altéré : première entrée en défaut n° ${v.rupture!.id}` +
              `${v.rupture!.horodatage ? ` (${v.rupture!.horodatage})` : ''} : ${v.rupture!.raison}`,
          );
          return 1;
        } finally {
          base.close();
        }
      }
      case 'methodes':
        for (const [nom, spec] of Object.entries(contract)) console.log(`${nom.padEnd(34)} ${spec.resume}`);
        return 0;
      case undefined:
      case 'aide':
      case '--help':
      case '-h':
        console.log(AIDE);
        return commande === undefined ? 2 : 0;
      default:
        throw new ErreurUsage(`Commande inconnue : « ${commande} ».`);
    }
  } catch (e) {
    if (e instanceof ErreurUsage || e instanceof BaseTropRecenteError || e instanceof MigrationEchoueeError) {
      console.error(e.message);
      if (e instanceof ErreurUsage) console.error(AIDE);
      return 2;
    }
    if (e instanceof TypeError && (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`Option invalide : ${e.message}`);
      return 2;
    }
    throw e;
  }
}
