/**
 * Benchmark of the search-as-you-type at the desk (issue: "find a jeune in 100,000 files while
 * typing"). Run with `npm run bench` or `npx tsx bench/run.ts [--jeunes=100000] [--iterations=300]`.
 *
 * For each query of a realistic workload it measures:
 * - the service (`rechercherJeunes`), which is what every transport ends up calling;
 * - the same SQL run directly with better-sqlite3 (statements captured from the service itself,
 *   same parameters, same LIMIT and iteration, plus the résumé fetch), so that the ratio
 *   service / raw is the overhead of the service layer alone;
 * - for information, the dispatcher round trip (validation, read transaction, output check).
 *
 * It prints figures and whether the targets are met; it never fails on timing.
 *
 * Then the access trail (`mesurerJournal`) and, on the same base filled with 2,000,000 events,
 * the jeune's path: opening a file and the conseiller's portfolio (bench/parcours.ts); then the
 * partner directory at the size of a departmental data·inclusion file (bench/annuaire.ts); then
 * the employer portfolio: 2,000 firms, their acts, offers and matches (bench/entreprises.ts, which
 * also runs alone: `npx tsx bench/entreprises.ts`); then the training actions: 2,000 actions,
 * 30,000 candidacies with their steps, 3,000 unmet needs (bench/formation.ts, which also runs
 * alone: `npx tsx bench/formation.ts`).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Statement } from 'better-sqlite3';
import type { Sqlite } from '../src-main/db/open';
import { dossierMigrationsDuDepot, ouvrirApplication } from '../src-main/host/application';
import { ROLES } from '../src-main/contract';
import type { Application } from '../src-main/host/application';
import { nouvelleSession, type SessionPoste } from '../src-main/host/sessions';
import { handlers } from '../src-main/services';
import { ajouterAuJournal, purgerJournal, verifierJournal } from '../src-main/services/journal/chaine';
import { genererDemo, MOT_DE_PASSE_DEMO } from '../src-main/services/demo';
import { rechercherJeunes } from '../src-main/services/jeunes/recherche';
import { chrono, memoire, Mo, ms, option, quantile, tableau, x } from './outils';
import { mesurerParcours } from './parcours';
import { mesurerAnnuaire } from './annuaire';
import { mesurerEntreprises } from './entreprises';
import { mesurerFormation } from './formation';

const CIBLE_P95_MS = 5;
const CIBLE_RATIO = 1.5;
const LIMITE = 20;

const NB_JEUNES = option('jeunes', 100_000);
const ITERATIONS = option('iterations', 300);
const ECHAUFFEMENT = 30;

/** The workload: what a desk agent types, keystroke after keystroke. */
const REQUETES: readonly { texte: string; quoi: string }[] = [
  { texte: 'd', quoi: 'frappe 1 lettre' },
  { texte: 'du', quoi: 'frappe 2 lettres' },
  { texte: 'dup', quoi: 'frappe 3 lettres' },
  { texte: 'dupo', quoi: 'frappe 4 lettres' },
  { texte: 'dupont', quoi: 'nom complet' },
  { texte: 'm', quoi: 'frappe 1 lettre' },
  { texte: 'mar', quoi: 'frappe 3 lettres' },
  { texte: 'martin', quoi: 'nom très fréquent' },
  { texte: 'mar dup', quoi: 'deux fragments' },
  { texte: 'lea mar', quoi: 'deux fragments' },
  { texte: 'dupont lucas', quoi: 'nom + prénom' },
  { texte: 'lefevre', quoi: 'sans accent (Lefèvre)' },
  { texte: 'heloise', quoi: 'sans accent (Héloïse)' },
  { texte: 'maelys', quoi: 'sans accent (Maëlys)' },
  { texte: 'benaissa', quoi: 'sans accent (Benaïssa)' },
  { texte: 'legoff', quoi: 'particule collée (Le Goff)' },
  { texte: 'ndiaye', quoi: "apostrophe (N'Diaye)" },
  { texte: 'celik noe', quoi: 'rare + rare (Çelik Noé)' },
  { texte: '12/03/2005', quoi: 'date de naissance' },
  { texte: 'martin 12/03/2005', quoi: 'nom fréquent + date' },
  { texte: '06 12', quoi: 'début de téléphone' },
  { texte: '06 12 34', quoi: 'téléphone plus long' },
  { texte: 'zzz', quoi: 'aucun résultat' },
];

// ---------------------------------------------------------------------------------------------
// Capture of the exact statements the service runs, through a recording proxy of the handle.

interface Appel {
  sql: string;
  methode: 'iterate' | 'all' | 'get';
  params: unknown[];
}

function capturer(sqlite: Sqlite, texte: string): Appel[] {
  const appels: Appel[] = [];
  const espion = new Proxy(sqlite, {
    get(cible, prop) {
      if (prop === 'prepare') {
        return (sql: string) => {
          const st = cible.prepare(sql);
          return new Proxy(st, {
            get(s, p) {
              const v: unknown = Reflect.get(s, p, s);
              if ((p === 'iterate' || p === 'all' || p === 'get') && typeof v === 'function') {
                return (...params: unknown[]) => {
                  appels.push({ sql, methode: p, params });
                  return (v as (...a: unknown[]) => unknown).apply(s, params);
                };
              }
              return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(s) : v;
            },
          });
        };
      }
      const v: unknown = Reflect.get(cible, prop, cible);
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(cible) : v;
    },
  });
  // A fresh proxy is a fresh key of the service's statement cache: every statement is prepared
  // (and so seen) again.
  rechercherJeunes(espion, texte, LIMITE);
  return appels;
}

interface Etape {
  st: Statement;
  methode: Appel['methode'];
  params: unknown[];
}

/**
 * Every statement the service ran, in order: the narrowing counts (`get`) that choose the
 * driving word, the id scan (`iterate`), then the résumé fetch (`all`, on the ids found).
 */
interface CasBrut {
  preparatoires: Etape[];
  ids: Etape | null;
  resume: { st: Statement } | null;
}

function preparerBrut(sqlite: Sqlite, appels: Appel[]): CasBrut {
  const iScan = appels.findIndex((a) => a.methode === 'iterate');
  const scan = iScan >= 0 ? appels[iScan]! : null;
  const resume = iScan >= 0 ? appels[iScan + 1] : undefined;
  return {
    preparatoires: (iScan >= 0 ? appels.slice(0, iScan) : appels).map((a) => ({
      st: sqlite.prepare(a.sql),
      methode: a.methode,
      params: a.params,
    })),
    ids: scan ? { st: sqlite.prepare(scan.sql), methode: scan.methode, params: scan.params } : null,
    resume: resume ? { st: sqlite.prepare(resume.sql) } : null,
  };
}

/** The same work as the service, minus the service: same statements, same distinct-id loop. */
function executerBrut(c: CasBrut): number {
  for (const e of c.preparatoires) e.st.get(...e.params);
  if (!c.ids) return 0;
  const ids: number[] = [];
  const vus = new Set<number>();
  for (const l of c.ids.st.iterate(...c.ids.params) as Iterable<{ id: number }>) {
    if (vus.has(l.id)) continue;
    vus.add(l.id);
    ids.push(l.id);
    if (ids.length >= LIMITE + 1) break;
  }
  const n = Math.min(ids.length, LIMITE);
  if (n > 0 && c.resume) c.resume.st.all(...ids.slice(0, n));
  return n;
}

const verdict = (ok: boolean) => (ok ? 'atteint' : 'MANQUÉ');

// ---------------------------------------------------------------------------------------------

async function principal(): Promise<void> {
  const dossier = mkdtempSync(join(tmpdir(), 'tremplin-bench-'));
  const chemin = join(dossier, 'bench.sqlite');
  const maintenant = new Date('2026-03-10T09:15:00Z');
  const app = ouvrirApplication({
    cheminBase: chemin,
    dossierMigrations: dossierMigrationsDuDepot(),
    horloge: { maintenant: () => maintenant },
    journaliser: () => {},
  });
  try {
    console.log(
      `Tremplin — banc d'essai de la recherche à la frappe (Node ${process.version}, ${process.platform}/${process.arch})`,
    );
    console.log(`Base temporaire : ${chemin}\n`);

    const duree = chrono();
    let derniereLigne = 0;
    const bilan = await genererDemo(app, {
      jeunes: NB_JEUNES,
      graine: 2026,
      maintenant,
      historique: false,
      progression: (fait, total, etape) => {
        if (process.stdout.isTTY && duree() - derniereLigne > 200) {
          derniereLigne = duree();
          process.stdout.write(`\r${etape} : ${fait.toLocaleString('fr-FR')} / ${total.toLocaleString('fr-FR')}   `);
        }
      },
    });
    const tGeneration = duree();
    if (process.stdout.isTTY) process.stdout.write('\r'.padEnd(70) + '\r');
    const sqlite = app.base.sqlite;
    const mots = (
      sqlite.prepare('SELECT count(*) AS n FROM jeune_mot_cle').get() as {
        n: number;
      }
    ).n;
    console.log(
      `Génération : ${bilan.jeunes.toLocaleString('fr-FR')} jeunes (dont ${bilan.doublons} doublons), ` +
        `${mots.toLocaleString('fr-FR')} mots indexés, en ${(tGeneration / 1000).toFixed(1)} s ` +
        `(${Math.round(bilan.jeunes / (tGeneration / 1000)).toLocaleString('fr-FR')} jeunes/s).`,
    );
    console.log(`Fichier : ${Mo(statSync(chemin).size)} (+ WAL ${Mo(fichierOuZero(`${chemin}-wal`))})`);
    console.log(memoire('Mémoire après génération'));

    const cas = REQUETES.map((r) => {
      const appels = capturer(sqlite, r.texte);
      return {
        ...r,
        appels,
        brut: preparerBrut(sqlite, appels),
        service: [] as number[],
        sql: [] as number[],
        dispatcher: [] as number[],
        trouves: 0,
        plus: false,
      };
    });

    // Measured as the accueil desk calls it: signed in, with the rights check and the session.
    const session = nouvelleSession('banc d’essai');
    const connexion = await app.dispatcher.appeler(
      'session.ouvrir',
      { identifiant: 'sfaure', motDePasse: MOT_DE_PASSE_DEMO },
      session,
    );
    if (!connexion.ok || session.utilisateurId === null) throw new Error('Connexion du banc d’essai refusée.');

    // Warm-up: page cache, statement caches, JIT.
    for (let i = 0; i < ECHAUFFEMENT; i++) {
      for (const c of cas) {
        rechercherJeunes(sqlite, c.texte, LIMITE);
        executerBrut(c.brut);
        await app.dispatcher.appeler('jeunes.rechercher', { texte: c.texte, limite: LIMITE }, session);
      }
    }

    // Measured rounds, the three paths interleaved so that any drift hits them alike.
    for (let i = 0; i < ITERATIONS; i++) {
      for (const c of cas) {
        let t = chrono();
        const r = rechercherJeunes(sqlite, c.texte, LIMITE);
        c.service.push(t());
        t = chrono();
        const n = executerBrut(c.brut);
        c.sql.push(t());
        t = chrono();
        const d = await app.dispatcher.appeler('jeunes.rechercher', { texte: c.texte, limite: LIMITE }, session);
        c.dispatcher.push(t());
        if (i === 0) {
          c.trouves = r.jeunes.length;
          c.plus = r.plusDeResultats;
          if (n !== r.jeunes.length)
            console.warn(`Attention : « ${c.texte} » : ${n} résultats en SQL brut, ${r.jeunes.length} par le service.`);
          if (!d.ok) console.warn(`Attention : « ${c.texte} » refusé par le répartiteur : ${d.error.message}`);
        }
      }
    }

    console.log(`\nRecherche à la frappe, limite ${LIMITE}, ${ITERATIONS} mesures par requête (ms) :\n`);
    const lignes = cas.map((c) => {
      const sMed = quantile(c.service, 0.5);
      const sP95 = quantile(c.service, 0.95);
      const bMed = quantile(c.sql, 0.5);
      const bP95 = quantile(c.sql, 0.95);
      return [
        `« ${c.texte} »`,
        c.quoi,
        `${c.trouves}${c.plus ? '+' : ''}`,
        ms(sMed),
        ms(sP95),
        ms(bMed),
        ms(bP95),
        x(sMed / bMed),
        ms(quantile(c.dispatcher, 0.5)),
        ms(quantile(c.dispatcher, 0.95)),
        sP95 < CIBLE_P95_MS ? 'ok' : 'LENT',
      ];
    });
    console.log(
      tableau(
        [
          'requête',
          'cas',
          'résultats',
          'service méd.',
          'service p95',
          'SQL méd.',
          'SQL p95',
          'ratio méd.',
          'répart. méd.',
          'répart. p95',
          `p95<${CIBLE_P95_MS}`,
        ],
        lignes,
      ),
    );

    const service = cas.flatMap((c) => c.service);
    const sql = cas.flatMap((c) => c.sql);
    const dispatcher = cas.flatMap((c) => c.dispatcher);
    const somme = (v: number[]) => v.reduce((s, a) => s + a, 0);
    const p95Service = quantile(service, 0.95);
    const ratioMedian = quantile(service, 0.5) / quantile(sql, 0.5);
    const ratioTotal = somme(service) / somme(sql);
    const ratioP95 = p95Service / quantile(sql, 0.95);
    console.log(`\nEnsemble de la charge (${service.length.toLocaleString('fr-FR')} recherches par chemin) :\n`);
    console.log(
      tableau(
        ['chemin', 'médiane (ms)', 'p95 (ms)', 'p99 (ms)', 'max (ms)', 'ratio / SQL brut'],
        [
          [
            'service rechercherJeunes',
            ms(quantile(service, 0.5)),
            ms(p95Service),
            ms(quantile(service, 0.99)),
            ms(Math.max(...service)),
            `${x(ratioMedian)} (méd.)`,
          ],
          [
            'SQL brut (même requête)',
            ms(quantile(sql, 0.5)),
            ms(quantile(sql, 0.95)),
            ms(quantile(sql, 0.99)),
            ms(Math.max(...sql)),
            '×1.00',
          ],
          [
            'répartiteur (information)',
            ms(quantile(dispatcher, 0.5)),
            ms(quantile(dispatcher, 0.95)),
            ms(quantile(dispatcher, 0.99)),
            ms(Math.max(...dispatcher)),
            `${x(quantile(dispatcher, 0.5) / quantile(sql, 0.5))} (méd.)`,
          ],
        ],
      ),
    );
    console.log(`\nObjectifs (${NB_JEUNES.toLocaleString('fr-FR')} jeunes) :`);
    console.log(`  p95 du service < ${CIBLE_P95_MS} ms : ${ms(p95Service)} ms → ${verdict(p95Service < CIBLE_P95_MS)}`);
    console.log(
      `  ratio service / SQL brut < ${CIBLE_RATIO} : ${x(ratioMedian)} sur les médianes, ${x(ratioTotal)} sur le temps total, ` +
        `${x(ratioP95)} sur les p95 → ${verdict(ratioMedian < CIBLE_RATIO && ratioTotal < CIBLE_RATIO)}`,
    );
    const lentes = cas.filter((c) => quantile(c.service, 0.95) >= CIBLE_P95_MS);
    if (lentes.length > 0)
      console.log(
        `  requêtes au-dessus de ${CIBLE_P95_MS} ms au p95 : ${lentes.map((c) => `« ${c.texte} »`).join(', ')}`,
      );
    console.log(memoire('\nMémoire en fin de mesure'));

    // Query plans: the slowest queries, and every one above target, to see what SQLite does.
    const aExpliquer = [...cas].sort((a, b) => quantile(b.service, 0.95) - quantile(a.service, 0.95)).slice(0, 3);
    for (const c of lentes) if (!aExpliquer.includes(c)) aExpliquer.push(c);
    console.log('\nPlans de requête (EXPLAIN QUERY PLAN) des requêtes les plus lentes :');
    for (const c of aExpliquer) {
      const appel = c.appels[0];
      if (!appel) continue;
      const plan = sqlite.prepare(`EXPLAIN QUERY PLAN ${appel.sql}`).all(...appel.params) as { detail: string }[];
      const lignesLues = lignesExaminees(sqlite, appel);
      console.log(
        `\n« ${c.texte} » (p95 ${ms(quantile(c.service, 0.95))} ms, ${lignesLues.toLocaleString('fr-FR')} lignes d'index parcourues environ) :`,
      );
      for (const p of plan) console.log(`  ${p.detail}`);
    }

    await mesurerJournal(app, session);
    await mesurerParcours(app, maintenant);
    mesurerAnnuaire(app, maintenant);
    mesurerEntreprises(app, maintenant);
    mesurerFormation(app, maintenant);
  } finally {
    app.fermer();
    rmSync(dossier, { recursive: true, force: true });
  }
}

/**
 * The price of the access trail: a traced read (the file's trail entry is written, and fsynced,
 * in the read's transaction) against the same read without trail, the sign-in's scrypt, and
 * the verification of a year-sized trail.
 */
async function mesurerJournal(app: Application, session: SessionPoste): Promise<void> {
  const { sqlite } = app.base;
  const ids = (sqlite.prepare('SELECT id FROM jeune ORDER BY random() LIMIT 500').all() as { id: number }[]).map(
    (r) => r.id,
  );
  const traces: number[] = [];
  const nues: number[] = [];
  const ctx = {
    db: app.base.db,
    sqlite,
    horloge: { maintenant: () => new Date() },
    acteur: { id: 1, nom: '', roles: ROLES },
  };
  for (const id of ids) {
    let t = chrono();
    const r = await app.dispatcher.appeler('jeunes.lire', { id }, session);
    traces.push(t());
    if (!r.ok) throw new Error(r.error.message);
    // The same handler, in a read transaction, with the trail call made a no-op.
    t = chrono();
    sqlite.transaction(() =>
      (handlers['jeunes.lire'] as (i: unknown, c: unknown) => unknown)({ id }, { ...ctx, dossier: () => {} }),
    )();
    nues.push(t());
  }
  console.log(`\nJournal des accès (${ids.length} fiches ouvertes) :\n`);
  console.log(
    tableau(
      ['chemin', 'médiane (ms)', 'p95 (ms)', 'ratio'],
      [
        [
          'jeunes.lire tracé (répartiteur)',
          ms(quantile(traces, 0.5)),
          ms(quantile(traces, 0.95)),
          x(quantile(traces, 0.5) / quantile(nues, 0.5)),
        ],
        ['même lecture, sans trace', ms(quantile(nues, 0.5)), ms(quantile(nues, 0.95)), '×1.00'],
      ],
    ),
  );

  const connexions: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = chrono();
    await app.dispatcher.appeler(
      'session.ouvrir',
      { identifiant: 'sfaure', motDePasse: MOT_DE_PASSE_DEMO },
      nouvelleSession('banc'),
    );
    connexions.push(t());
  }
  console.log(
    `\nConnexion (scrypt N=2^17, r=8, p=1, hors du fil principal) : médiane ${ms(quantile(connexions, 0.5))} ms`,
  );

  // A busy year at a small ML: 250 working days × 20 people × 40 traced actions.
  const volume = option('journal', 200_000);
  const lot = Array.from({ length: 10_000 }, (_, i) => ({
    horodatage: new Date().toISOString(),
    utilisateurId: 1 + (i % 20),
    action: 'lecture' as const,
    objetType: 'jeune' as const,
    objetId: 1 + (i % 1000),
    poste: 'banc',
    methode: 'jeunes.lire',
  }));
  let t = chrono();
  for (let n = 0; n < volume; n += lot.length) sqlite.transaction(() => ajouterAuJournal(sqlite, lot))();
  const ecriture = t();
  t = chrono();
  const v = verifierJournal(sqlite);
  const verification = t();
  console.log(
    `Journal de ${v.entrees.toLocaleString('fr-FR')} entrées : écrit en ${ms(ecriture)} ms ` +
      `(${Math.round((volume / ecriture) * 1000).toLocaleString('fr-FR')} entrées/s), vérifié en ${ms(verification)} ms ` +
      `(${Math.round((v.entrees / verification) * 1000).toLocaleString('fr-FR')} entrées/s) : ${v.intact ? 'intact' : 'ROMPU'}`,
  );
  t = chrono();
  const supprimees = sqlite.transaction(() =>
    purgerJournal(sqlite, new Date(Date.now() + 60_000).toISOString(), {
      horodatage: new Date().toISOString(),
      utilisateurId: 1,
      objetType: null,
      objetId: null,
      poste: 'banc',
      methode: 'journal.purger',
    }),
  )();
  const purge = t();
  console.log(
    `Purge de ${supprimees.toLocaleString('fr-FR')} entrées en ${ms(purge)} ms ; ` +
      `chaîne ${verifierJournal(sqlite).intact ? 'toujours intacte' : 'ROMPUE'} après la purge.`,
  );
}

function fichierOuZero(chemin: string): number {
  try {
    return statSync(chemin).size;
  } catch {
    return 0;
  }
}

/**
 * Roughly how many index rows SQLite walks for a query: for a word search, the rows of the
 * driving word's range up to the last jeune returned (the other words are checked per row);
 * otherwise every matching row, since those queries sort before the limit applies.
 */
function lignesExaminees(sqlite: Sqlite, appel: Appel): number {
  const rendus = new Set<number>();
  let toutes = 0;
  for (const l of sqlite.prepare(appel.sql).iterate(...appel.params) as IterableIterator<{ id: number }>) {
    toutes++;
    rendus.add(l.id);
    if (rendus.size >= LIMITE + 1) break;
  }
  if (!/FROM jeune_mot_cle k WHERE k\.mot >= \? AND k\.mot < \?/.test(appel.sql)) {
    return (sqlite.prepare(`SELECT count(*) AS n FROM (${appel.sql})`).get(...appel.params) as { n: number }).n;
  }
  const pilote = sqlite.prepare(
    'SELECT k.jeune_id AS id FROM jeune_mot_cle k WHERE k.mot >= ? AND k.mot < ? ORDER BY k.mot, k.jeune_id',
  );
  let n = 0;
  const vus = new Set<number>();
  for (const l of pilote.iterate(appel.params[0], appel.params[1]) as IterableIterator<{ id: number }>) {
    n++;
    if (rendus.has(l.id)) vus.add(l.id);
    if (rendus.size > 0 && vus.size === rendus.size) break;
  }
  return Math.max(n, toutes);
}

principal().catch((e: unknown) => {
  console.error(`Le banc d'essai n'a pas pu s'exécuter : ${e instanceof Error ? e.message : String(e)}`);
  if (e instanceof Error && e.stack) console.error(e.stack);
  process.exitCode = 1;
});
