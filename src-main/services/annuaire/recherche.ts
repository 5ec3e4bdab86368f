import type { annuaireContract, PartenaireTrouve } from '../../contract/annuaire';
import type { ParsedInputOf } from '../../contract/core';
import type { Sqlite } from '../../db/open';
import type { Contexte, Handler } from '../commun/contexte';
import { instruction } from '../commun/instructions';
import { mots, plier } from '../commun/texte';
import { conventionsDesPartenaires } from './conventions';
import { liste } from './lectures';

type C = typeof annuaireContract;
type Criteres = ParsedInputOf<C, 'partenaires.rechercher'>;

/**
 * The directory search. Structured criteria run in SQL on the JSON columns: a code is looked for
 * with its quotes (`"jeunes"`, `"logement-hebergement--` for a category's sub-themes), a substring
 * test that needs no JSON parsing; 20,000 services are scanned in 10 to 20 ms. Words, which must
 * ignore accents (SQLite folds none), are matched against a folded text per partner kept in
 * memory (see `textesPlies`).
 */

/** The département of a commune: 2 characters, 3 overseas (971…976), 2A/2B in Corsica. */
export function departementDe(codeInsee: string): string {
  return codeInsee.startsWith('97') ? codeInsee.slice(0, 3) : codeInsee.slice(0, 2);
}

interface Filtre {
  sql: string;
  params: unknown[];
}

const aucun: Filtre = { sql: '1', params: [] };

function ou(a: Filtre, b: Filtre): Filtre {
  return { sql: `(${a.sql}) OR (${b.sql})`, params: [...a.params, ...b.params] };
}

function et(...filtres: Filtre[]): Filtre {
  const utiles = filtres.filter((f) => f !== aucun);
  if (utiles.length === 0) return aucun;
  return { sql: utiles.map((f) => `(${f.sql})`).join(' AND '), params: utiles.flatMap((f) => f.params) };
}

/** The JSON array in `colonne` holds one of these codes (each given with its opening quote). */
function contientUn(colonne: string, motifs: string[]): Filtre {
  return { sql: motifs.map(() => `instr(${colonne}, ?) > 0`).join(' OR '), params: motifs };
}

/** A category stands for itself and each of its sub-themes. */
function motifsThematiques(thematiques: readonly string[]): string[] {
  return thematiques.flatMap((t) => (t.includes('--') ? [`"${t}"`] : [`"${t}"`, `"${t}--`]));
}

/**
 * What a service (alias `s`, its partner `p`) must satisfy by itself: one of the themes, one of
 * the publics (a service that lists none is open to all), eligible in the commune (its zone holds
 * the commune, its département or the whole country; an empty zone means where it is given, the
 * partner's commune unless the service has its own address).
 */
function filtreService(c: Criteres): Filtre {
  const themes = c.thematiques.length > 0 ? contientUn('s.thematiques', motifsThematiques(c.thematiques)) : aucun;
  const publics =
    c.publics.length > 0
      ? ou(
          contientUn(
            's.publics',
            c.publics.map((p) => `"${p}"`),
          ),
          { sql: 'json_array_length(s.publics) = 0', params: [] },
        )
      : aucun;
  const commune =
    c.codeInsee !== null
      ? ou(
          contientUn('s.zone_eligibilite', [
            `"${c.codeInsee}"`,
            `"${departementDe(c.codeInsee)}"`,
            '"france"',
            '"99100"',
          ]),
          {
            sql: 'json_array_length(s.zone_eligibilite) = 0 AND coalesce(s.code_insee, p.code_insee) = ?',
            params: [c.codeInsee],
          },
        )
      : aucun;
  return et(themes, publics, commune);
}

/**
 * A partner matches on its own when the criteria it can meet itself suffice: its own themes, its
 * own commune; publics are the services'.
 */
function filtrePartenaireSeul(c: Criteres): Filtre | null {
  if (c.publics.length > 0) return null;
  return et(
    c.thematiques.length > 0 ? contientUn('p.thematiques', motifsThematiques(c.thematiques)) : aucun,
    c.codeInsee !== null ? { sql: 'p.code_insee = ?', params: [c.codeInsee] } : aucun,
  );
}

function avecCriteresDeService(c: Criteres): boolean {
  return c.thematiques.length > 0 || c.publics.length > 0 || c.codeInsee !== null;
}

type LignePartenaire = Omit<PartenaireTrouve, 'thematiques' | 'actif' | 'services' | 'conventionARenouveler'> & {
  thematiques: string;
  actif: number;
};

// ---------------------------------------------------------------------------------------------
// Words: one folded text per partner (name, description, notes, contacts, active services' names
// and descriptions), built once and kept while the directory does not change. Folding the whole
// directory costs a few hundred milliseconds at 20,000 services; a word search on the kept texts
// a few. The key is the connection's change count (every write made through it, committed or
// not) with SQLite's data version (any commit by another connection, another workstation): any
// write anywhere rebuilds, which is safe and rare next to keystrokes.

interface TextesPlies {
  cle: string;
  textes: Map<number, string>;
}

const textesParBase = new WeakMap<Sqlite, TextesPlies>();

/** Each Latin letter beyond ASCII, lower case, as `plier` reads it: é → e, œ → oe. */
const SANS_ACCENT: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l' };
for (let code = 0xc0; code <= 0x24f; code++) {
  const lettre = String.fromCharCode(code).toLowerCase();
  SANS_ACCENT[lettre] ??= lettre.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/**
 * Lower case without accents, as `plier` gives the words searched, but punctuation kept: a word
 * typed holds none, so a substring test finds it all the same. One pass with a table: folding
 * the whole directory is most of the cost of building, and this beats `normalize` by half.
 */
function sansAccents(texte: string): string {
  // eslint-disable-next-line no-control-regex -- what is not ASCII
  return texte.toLowerCase().replace(/[^\x00-\x7f]/g, (c) => SANS_ACCENT[c] ?? c);
}

function construireTextes(sqlite: Sqlite): Map<number, string> {
  const morceaux = new Map<number, string[]>();
  const ajouter = (id: number, ...valeurs: (string | null)[]) => {
    let l = morceaux.get(id);
    if (!l) morceaux.set(id, (l = []));
    for (const v of valeurs) if (v) l.push(v);
  };
  for (const p of instruction(sqlite, 'SELECT id, nom, description, notes FROM partenaire').iterate() as Iterable<{
    id: number;
    nom: string;
    description: string | null;
    notes: string | null;
  }>)
    ajouter(p.id, p.nom, p.description, p.notes);
  for (const c of instruction(sqlite, 'SELECT partenaire_id AS id, nom FROM partenaire_contact').iterate() as Iterable<{
    id: number;
    nom: string;
  }>)
    ajouter(c.id, c.nom);
  for (const s of instruction(
    sqlite,
    'SELECT partenaire_id AS id, nom, description FROM service_partenaire WHERE actif = 1',
  ).iterate() as Iterable<{ id: number; nom: string; description: string | null }>)
    ajouter(s.id, s.nom, s.description);
  const textes = new Map<number, string>();
  // Fields are joined by a line break: a word never spans two fields.
  for (const [id, l] of morceaux) textes.set(id, sansAccents(l.join('\n')));
  return textes;
}

/** The folded texts, from memory when nothing was written since they were built. */
function textesPlies(sqlite: Sqlite): Map<number, string> {
  const etat = instruction(
    sqlite,
    'SELECT total_changes() AS ecritures, (SELECT data_version FROM pragma_data_version) AS version, (SELECT query_only FROM pragma_query_only) AS lecture',
  ).get() as { ecritures: number; version: number; lecture: number };
  const cle = `${etat.ecritures}:${etat.version}`;
  const connus = textesParBase.get(sqlite);
  if (connus?.cle === cle) return connus.textes;
  const textes = construireTextes(sqlite);
  // Built inside a write, the texts could hold what a rollback then undoes: not kept.
  if (etat.lecture === 1) textesParBase.set(sqlite, { cle, textes });
  return textes;
}

/** The partners whose folded text holds every word typed; null when no word was typed. */
function partenairesAvecLesMots(sqlite: Sqlite, texte: string): Set<number> | null {
  const cherches = mots(texte);
  if (cherches.length === 0) return null;
  const ids = new Set<number>();
  for (const [id, t] of textesPlies(sqlite)) if (cherches.every((m) => t.includes(m))) ids.add(id);
  return ids;
}

// ---------------------------------------------------------------------------------------------

/** Folded names, by name: the same few thousand names are sorted at every keystroke. */
const clesDeTri = new Map<string, string>();

function cleDeTri(nom: string): string {
  let cle = clesDeTri.get(nom);
  if (cle === undefined) {
    // Names renamed over months pile up: start again rather than grow without end.
    if (clesDeTri.size > 100_000) clesDeTri.clear();
    clesDeTri.set(nom, (cle = plier(nom)));
  }
  return cle;
}

/** Name order as a person reads it: case, accents and punctuation ignored. */
export function parNom<T extends { nom: string; id: number }>(lignes: readonly T[]): T[] {
  const decorees = lignes.map((l) => ({ cle: cleDeTri(l.nom), l }));
  decorees.sort((a, b) =>
    a.cle < b.cle ? -1 : a.cle > b.cle ? 1 : a.l.nom < b.l.nom ? -1 : a.l.nom > b.l.nom ? 1 : a.l.id - b.l.id,
  );
  return decorees.map((d) => d.l);
}

export function rechercherPartenaires(ctx: Contexte, c: Criteres): { partenaires: PartenaireTrouve[]; total: number } {
  const avecMots = partenairesAvecLesMots(ctx.sqlite, c.texte);
  if (avecMots?.size === 0) return { partenaires: [], total: 0 };

  const service = filtreService(c);
  let parServices = aucun;
  if (avecCriteresDeService(c)) {
    const seul = filtrePartenaireSeul(c);
    const existe = {
      sql: `EXISTS (SELECT 1 FROM service_partenaire s WHERE s.partenaire_id = p.id AND s.actif = 1 AND ${service.sql})`,
      params: service.params,
    };
    parServices = seul ? ou(seul, existe) : existe;
  }
  const filtre = et(
    c.inclureInactifs ? aucun : { sql: 'p.actif = 1', params: [] },
    c.types.length > 0
      ? { sql: 'p.type IN (SELECT value FROM json_each(?))', params: [JSON.stringify(c.types)] }
      : aucun,
    c.college !== null ? { sql: 'p.college = ?', params: [c.college] } : aucun,
    parServices,
  );
  // Names first, to order and count every match; the rest of the row for the page only. Read in
  // byte order (the name index), they come nearly sorted: the sort by folded name is then quick.
  let trouves = instruction(ctx.sqlite, `SELECT p.id, p.nom FROM partenaire p WHERE ${filtre.sql} ORDER BY p.nom`).all(
    ...filtre.params,
  ) as { id: number; nom: string }[];
  if (avecMots) trouves = trouves.filter((l) => avecMots.has(l.id));
  const ids = parNom(trouves)
    .slice(0, c.limite)
    .map((p) => p.id);
  const lignes = new Map(
    (
      instruction(
        ctx.sqlite,
        `SELECT p.id, p.nom, p.type, p.commune, p.code_insee AS codeInsee, p.telephone, p.thematiques, p.actif, p.college
         FROM partenaire p WHERE p.id IN (SELECT value FROM json_each(?))`,
      ).all(JSON.stringify(ids)) as LignePartenaire[]
    ).map((l) => [l.id, l]),
  );

  const services = new Map<number, PartenaireTrouve['services']>(ids.map((id) => [id, []]));
  const lignesServices = instruction(
    ctx.sqlite,
    `SELECT s.id, s.partenaire_id AS partenaireId, s.nom, s.thematiques, s.publics
     FROM service_partenaire s JOIN partenaire p ON p.id = s.partenaire_id
     WHERE s.partenaire_id IN (SELECT value FROM json_each(?)) AND s.actif = 1 AND (${service.sql})`,
  ).all(JSON.stringify(ids), ...service.params) as {
    id: number;
    partenaireId: number;
    nom: string;
    thematiques: string;
    publics: string;
  }[];
  for (const s of parNom(lignesServices)) {
    services.get(s.partenaireId)!.push({
      id: s.id,
      nom: s.nom,
      thematiques: liste(s.thematiques),
      publics: liste(s.publics),
    } as PartenaireTrouve['services'][number]);
  }

  const aRenouveler = new Map<number, PartenaireTrouve['conventionARenouveler']>();
  // Sorted by expiry: the first one met for a partner is its earliest.
  for (const conv of conventionsDesPartenaires(ctx, ids)) {
    if (conv.aRenouveler && !aRenouveler.has(conv.partenaireId))
      aRenouveler.set(conv.partenaireId, { id: conv.id, expireLe: conv.expireLe });
  }

  return {
    total: trouves.length,
    partenaires: ids.map((id) => {
      const p = lignes.get(id)!;
      return {
        ...p,
        thematiques: liste(p.thematiques),
        actif: p.actif === 1,
        services: services.get(id)!,
        conventionARenouveler: aRenouveler.get(id) ?? null,
      } as PartenaireTrouve;
    }),
  };
}

export const rechercheHandlers = {
  'partenaires.rechercher': ((input, ctx) => rechercherPartenaires(ctx, input)) satisfies Handler<
    C,
    'partenaires.rechercher'
  >,
};
