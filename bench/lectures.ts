import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { contract, type Role } from '../src-main/contract';
import type { Sqlite } from '../src-main/db/open';
import { dossierMigrationsDuDepot, ouvrirApplication, type Application } from '../src-main/host/application';
import { handlers } from '../src-main/services';
import { genererDemo } from '../src-main/services/demo';
import { chrono, ms, option, quantile, tableau } from './outils';

/**
 * What the screens' benches (employer portfolio, training actions) share: the handlers run as the
 * dispatcher runs a read, the timing loop and its table, the query plans, and running alone.
 */
export type Methode = keyof typeof handlers;

export interface CasDeLecture {
  quoi: string;
  methode: Methode;
  entree: (i: number) => unknown;
  /** What the answer holds, printed beside the times ("42 actions"). */
  taille: (r: unknown) => string;
}

/**
 * The handlers as the dispatcher runs them, minus the dispatcher: input parsed for its defaults,
 * one transaction, the connection in query_only (as bench/annuaire.ts). `ctxDe` builds the
 * context over another connection object (the statement spy of `requetesDe`).
 */
export function lecteur(app: Application, maintenant: Date, acteur: { id: number; roles: Role[] }) {
  const { sqlite } = app.base;
  const ctxDe = (s: Sqlite) => ({
    db: app.base.db,
    sqlite: s,
    horloge: { maintenant: () => maintenant },
    acteur: { ...acteur, nom: 'Banc' },
    dossier: () => {},
    tracer: () => {},
    emettre: () => {},
  });
  const ctx = ctxDe(sqlite);
  const appeler = (methode: Methode, entree: unknown, c: ReturnType<typeof ctxDe> = ctx) => {
    const lue: unknown = contract[methode].input.parse(entree);
    sqlite.pragma('query_only = 1');
    try {
      return sqlite.transaction(() => (handlers[methode] as (i: unknown, c: unknown) => unknown)(lue, c))();
    } finally {
      sqlite.pragma('query_only = 0');
    }
  };
  return { ctxDe, appeler };
}

/** Each read, warmed up ten times then called `iterations` times: p50 and p95 in a table. */
export function mesurerLectures(
  cas: readonly CasDeLecture[],
  appeler: (methode: Methode, entree: unknown) => unknown,
  iterations: number,
): void {
  const lignes: string[][] = [];
  for (const c of cas) {
    for (let i = 0; i < 10; i++) appeler(c.methode, c.entree(i));
    const durees: number[] = [];
    let taille = '';
    for (let i = 0; i < iterations; i++) {
      const t = chrono();
      const r = appeler(c.methode, c.entree(i));
      durees.push(t());
      if (i === 0) taille = c.taille(r);
    }
    lignes.push([c.quoi, c.methode, taille, ms(quantile(durees, 0.5)), ms(quantile(durees, 0.95))]);
  }
  console.log(`\n${iterations} appels chacun (service sans le dispatcher) :`);
  console.log(tableau(['lecture', 'méthode', 'résultat', 'p50 (ms)', 'p95 (ms)'], lignes));
}

/** The SQL a call prepares, caught by a spy over the connection. */
export function requetesDe(sqlite: Sqlite, appel: (s: Sqlite) => unknown): string[] {
  const vues: string[] = [];
  const espion = new Proxy(sqlite, {
    get(cible, prop) {
      if (prop === 'prepare')
        return (sql: string) => {
          vues.push(sql);
          return cible.prepare(sql);
        };
      const v: unknown = Reflect.get(cible, prop, cible);
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(cible) : v;
    },
  });
  appel(espion);
  return vues;
}

/**
 * How SQLite runs each statement (EXPLAIN QUERY PLAN), every parameter (positional or named) set
 * to `valeur`; a statement whose parameters cannot be guessed here (JSON lists…) is skipped.
 */
export function plansDeRequete(sqlite: Sqlite, statements: Iterable<string>, valeur: string): void {
  for (const sql of statements) {
    const nbParams = (sql.match(/\?/g) ?? []).length;
    const nommes = [...new Set(sql.match(/@[a-z]\w*/gi) ?? [])];
    try {
      const params = nommes.length > 0 ? [Object.fromEntries(nommes.map((n) => [n.slice(1), valeur]))] : [];
      const plan = sqlite
        .prepare(`EXPLAIN QUERY PLAN ${sql}`)
        .all(...params, ...Array.from({ length: nbParams }, () => valeur)) as { detail: string }[];
      console.log(`\n${sql.replace(/\s+/g, ' ').trim().slice(0, 110)}…`);
      for (const p of plan) console.log(`  ${p.detail}`);
    } catch {
      // Skipped: see above.
    }
  }
}

/**
 * A bench file run on its own (`npx tsx bench/x.ts`): a temporary base with the demo's structure
 * and jeunes without history, then `mesurer`. Does nothing when the file is imported by run.ts.
 */
export function lancerSeul(
  urlDuFichier: string,
  nom: string,
  mesurer: (app: Application, maintenant: Date) => void,
): void {
  if (process.argv[1] === undefined || urlDuFichier !== pathToFileURL(process.argv[1]).href) return;
  const seul = async () => {
    const dossier = mkdtempSync(join(tmpdir(), `tremplin-bench-${nom}-`));
    const maintenant = new Date('2026-03-10T09:15:00Z');
    const app = ouvrirApplication({
      cheminBase: join(dossier, 'bench.sqlite'),
      dossierMigrations: dossierMigrationsDuDepot(),
      horloge: { maintenant: () => maintenant },
      journaliser: () => {},
    });
    try {
      const t = chrono();
      const jeunes = option('jeunes', 20_000);
      await genererDemo(app, { jeunes, graine: 2026, maintenant, historique: false });
      console.log(`Base : ${jeunes.toLocaleString('fr-FR')} jeunes en ${(t() / 1000).toFixed(1)} s.`);
      mesurer(app, maintenant);
    } finally {
      app.fermer();
      rmSync(dossier, { recursive: true, force: true });
    }
  };
  seul().catch((e: unknown) => {
    console.error(`Le banc d'essai n'a pas pu s'exécuter : ${e instanceof Error ? e.message : String(e)}`);
    if (e instanceof Error && e.stack) console.error(e.stack);
    process.exitCode = 1;
  });
}
