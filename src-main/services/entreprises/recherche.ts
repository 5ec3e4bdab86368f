import type { ParsedInputOf } from '../../contract/core';
import type { z } from 'zod';
import type { entreprisesContract, LigneEntreprise, ressemblanteSchema } from '../../contract/entreprises';
import type { TypeActe } from '../../contract/referentielsEntreprises';
import { parNom } from '../annuaire/recherche';
import { lireParametres } from '../comptes/parametres';
import type { Contexte } from '../commun/contexte';
import { instruction } from '../commun/instructions';
import { compact, mots } from '../commun/texte';
import { aujourdhui } from '../jeunes';
import { statutOffreSql } from '../offres/lectures';

type C = typeof entreprisesContract;
type Criteres = ParsedInputOf<C, 'entreprises.rechercher'>;
type Ressemblante = z.infer<typeof ressemblanteSchema>;

// ---------------------------------------------------------------------------------------------
// The portfolio search. The criteria of a row run in SQL; the words, which must ignore accents
// (SQLite folds none), in memory over the names of the rows left: a portfolio counts a few
// thousand firms, folded in a few milliseconds. The counters are read for the page's rows only,
// in one query with grouped subqueries.

/**
 * What was typed matches a firm: digits are a piece of its SIRET (the SIREN, say); words each
 * begin a word of its name, or run together from the start of one of its words ("leroymerlin"
 * finds « Leroy Merlin »; "artin" finds no « Martin »).
 */
function filtreTexte(texte: string): ((l: { nom: string; siret: string }) => boolean) | null {
  const chiffres = texte.replace(/[\s.]/g, '');
  if (/^\d+$/.test(chiffres)) return (l) => l.siret.includes(chiffres);
  const cherches = mots(texte);
  if (cherches.length === 0) return null;
  const colle = cherches.join('');
  return (l) => {
    const noms = mots(l.nom);
    return (
      cherches.every((m) => noms.some((n) => n.startsWith(m))) ||
      noms.some((_, i) => noms.slice(i).join('').startsWith(colle))
    );
  };
}

interface LignePage extends Omit<LigneEntreprise, 'qpv' | 'dernierActe'> {
  qpv: number;
  acteDate: string | null;
  acteType: TypeActe | null;
}

export function rechercherEntreprises(ctx: Contexte, c: Criteres): { entreprises: LigneEntreprise[]; total: number } {
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (c.statuts.length > 0) {
    conditions.push('e.statut IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(c.statuts));
  }
  if (c.secteurs.length > 0) {
    conditions.push('e.secteur IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(c.secteurs));
  }
  if (c.tranches.length > 0) {
    conditions.push('e.tranche IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(c.tranches));
  }
  if (c.codeInsee !== null) {
    conditions.push('e.code_insee = ?');
    params.push(c.codeInsee);
  }
  if (c.responsableId === null) conditions.push('e.responsable_id IS NULL');
  else if (c.responsableId !== undefined) {
    conditions.push('e.responsable_id = ?');
    params.push(c.responsableId);
  }
  const where = conditions.length === 0 ? '1' : conditions.join(' AND ');
  let trouves = instruction(ctx.sqlite, `SELECT e.id, e.nom, e.siret FROM entreprise e WHERE ${where}`).all(
    ...params,
  ) as { id: number; nom: string; siret: string }[];
  const texte = filtreTexte(c.texte);
  if (texte) trouves = trouves.filter(texte);
  const ids = parNom(trouves)
    .slice(0, c.limite)
    .map((l) => l.id);
  if (ids.length === 0) return { entreprises: [], total: trouves.length };

  const today = aujourdhui(ctx);
  const { expirationOffreJours } = lireParametres(ctx.sqlite);
  const lignes = instruction(
    ctx.sqlite,
    `SELECT e.id, e.nom, e.siret, e.commune, e.code_insee AS codeInsee, e.qpv, e.secteur, e.tranche, e.statut,
            e.responsable_id AS responsableId,
            CASE WHEN u.id IS NULL THEN NULL ELSE u.prenom || ' ' || u.nom END AS responsableNom,
            a.date AS acteDate, a.type AS acteType,
            coalesce(o.ouvertes, 0) AS offresOuvertes,
            coalesce(s.places, 0) AS jeunesPlaces, coalesce(s.enPoste, 0) AS jeunesEnPoste
     FROM entreprise e
     LEFT JOIN utilisateur u ON u.id = e.responsable_id
     LEFT JOIN acte_service a ON a.id = (
       SELECT x.id FROM acte_service x WHERE x.entreprise_id = e.id ORDER BY x.date DESC, x.id DESC LIMIT 1)
     LEFT JOIN (
       SELECT o.entreprise_id, count(*) AS ouvertes FROM offre o
       -- The first test lets the status index narrow the offers read.
       WHERE o.statut = 'ouverte' AND ${statutOffreSql('o', expirationOffreJours, today)} = 'ouverte'
       GROUP BY o.entreprise_id) o ON o.entreprise_id = e.id
     LEFT JOIN (
       SELECT entreprise_id, count(DISTINCT jeune_id) AS places,
              count(DISTINCT CASE WHEN debut <= @today AND (fin_reelle IS NULL OR fin_reelle >= @today)
                                  THEN jeune_id END) AS enPoste
       FROM situation WHERE entreprise_id IS NOT NULL GROUP BY entreprise_id) s ON s.entreprise_id = e.id
     WHERE e.id IN (SELECT value FROM json_each(@ids))`,
  ).all({ ids: JSON.stringify(ids), today }) as LignePage[];
  const parId = new Map(lignes.map((l) => [l.id, l]));
  return {
    total: trouves.length,
    entreprises: ids.map((id) => {
      const { qpv, acteDate, acteType, ...l } = parId.get(id)!;
      return {
        ...l,
        qpv: qpv === 1,
        dernierActe: acteDate === null || acteType === null ? null : { date: acteDate, type: acteType },
      };
    }),
  };
}

// ---------------------------------------------------------------------------------------------
// Look-alikes: the same establishment (SIRET), another establishment of the same firm (SIREN),
// or a name close enough to be the same employer typed twice.

/** Legal forms say nothing of who the employer is: « SARL Dupont » and « Dupont SAS » look alike. */
const FORMES_JURIDIQUES = new Set([
  'sa',
  'sas',
  'sasu',
  'sarl',
  'eurl',
  'snc',
  'sci',
  'scop',
  'scic',
  'selarl',
  'ei',
  'eirl',
  'gie',
]);

/** The folded words of a name without its legal form (kept whole when it is nothing else). */
export function nomCompare(nom: string): string {
  const tous = mots(nom);
  const utiles = tous.filter((m) => !FORMES_JURIDIQUES.has(m));
  return (utiles.length > 0 ? utiles : tous).join(' ');
}

/** Fewer letters than this and a name is contained in too many others to warn about it. */
const LETTRES_MIN_CONTENU = 4;

/**
 * Two names are neighbours when they are the same written without spaces (« De La Fontaine » =
 * « Delafontaine »), or when the words of one stand whole, in order, in the other
 * (« Carrefour » in « Carrefour Market »; « Martin » is not in « Martinez »).
 */
export function nomsVoisins(a: string, b: string): boolean {
  if (a === '' || b === '') return false;
  if (a.replace(/ /g, '') === b.replace(/ /g, '')) return true;
  const [court, long] = a.length <= b.length ? [a, b] : [b, a];
  if (court.replace(/ /g, '').length < LETTRES_MIN_CONTENU) return false;
  return ` ${long} `.includes(` ${court} `);
}

const RANG_RAISON = { siret: 0, siren: 1, nom: 2 } as const;
/** The form shows a short list; more would be a name too common to be a warning. */
const RESSEMBLANTES_MAX = 20;

/**
 * The firms already recorded under the same SIRET, the same SIREN or a neighbouring name, the
 * firm `exclu` (the one being edited) left out. `siret` may be partly typed: from 9 digits on,
 * the SIREN is compared.
 */
export function ressemblantes(ctx: Contexte, nom: string, siret: string, exclu: number | null): Ressemblante[] {
  const trouvees = new Map<number, Ressemblante>();
  const chiffres = siret.replace(/\s+/g, '');
  if (/^\d{9,14}$/.test(chiffres)) {
    const memeSiren = instruction(
      ctx.sqlite,
      'SELECT id, nom, siret, commune FROM entreprise WHERE siret >= ? AND siret < ? AND id IS NOT ?',
    ).all(chiffres.slice(0, 9), `${chiffres.slice(0, 9)}:`, exclu) as Omit<Ressemblante, 'raison'>[];
    for (const e of memeSiren) trouvees.set(e.id, { ...e, raison: e.siret === chiffres ? 'siret' : 'siren' });
  }
  const cle = nomCompare(nom);
  if (compact(cle).length >= 2) {
    const toutes = instruction(ctx.sqlite, 'SELECT id, nom, siret, commune FROM entreprise WHERE id IS NOT ?').all(
      exclu,
    ) as Omit<Ressemblante, 'raison'>[];
    for (const e of toutes) {
      if (!trouvees.has(e.id) && nomsVoisins(cle, nomCompare(e.nom))) trouvees.set(e.id, { ...e, raison: 'nom' });
    }
  }
  return parNom([...trouvees.values()])
    .sort((a, b) => RANG_RAISON[a.raison] - RANG_RAISON[b.raison])
    .slice(0, RESSEMBLANTES_MAX);
}
