import { estDateValide } from '../../contract/champs';
import type { JeuneResume } from '../../contract/accueil';
import type { Sqlite } from '../../db/open';
import { instruction } from '../commun/instructions';
import { mots } from '../commun/texte';

/** What the desk typed, split into criteria. */
export interface Criteres {
  mots: string[];
  dateNaissance: string | null;
  telephone: string | null;
  /** Something was typed that can match nobody (e.g. 31/02/2005). */
  impossible: boolean;
}

const DATE_FR = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const DATE_COLLEE = /^(\d{2})(\d{2})(\d{4})$/;

export function analyserRecherche(texte: string): Criteres {
  const criteres: Criteres = { mots: [], dateNaissance: null, telephone: null, impossible: false };
  const brut = texte.trim();
  // A phone typed with spaces or dots ("06 12 34") is one criterion, not several words.
  const chiffres = brut.replace(/[\s.\-()]/g, '');
  if (/^(\+33|0033)?\d{4,}$/.test(chiffres) && !DATE_COLLEE.test(chiffres) && !DATE_FR.test(brut)) {
    criteres.telephone = chiffres.replace(/^(\+33|0033)/, '0');
    return criteres;
  }
  for (const morceau of brut.split(/\s+/).filter(Boolean)) {
    const m = DATE_FR.exec(morceau) ?? DATE_COLLEE.exec(morceau);
    if (m) {
      const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
      if (estDateValide(iso)) criteres.dateNaissance = iso;
      else criteres.impossible = true;
      continue;
    }
    criteres.mots.push(...mots(morceau));
  }
  return criteres;
}

/** Upper bound of a prefix range: folded words hold only [a-z0-9], all below 0x7f. */
function borne(prefixe: string): string {
  return `${prefixe}\u007f`;
}

const RESUME_SQL = `
  SELECT j.id, j.nom_naissance AS nomNaissance, j.nom_usage AS nomUsage, j.prenoms,
         j.date_naissance AS dateNaissance, j.sexe, j.telephone, c.nom AS communeNom,
         CASE WHEN u.id IS NULL THEN NULL ELSE u.prenom || ' ' || u.nom END AS conseillerNom,
         j.premier_accueil_date AS premierAccueilDate, j.dernier_contact_date AS dernierContactDate
  FROM jeune j
  LEFT JOIN commune c ON c.insee = j.commune_insee
  LEFT JOIN utilisateur u ON u.id = j.conseiller_referent_id`;

export function resumes(sqlite: Sqlite, ids: number[]): JeuneResume[] {
  if (ids.length === 0) return [];
  const st = instruction(sqlite, `${RESUME_SQL} WHERE j.id IN (${ids.map(() => '?').join(',')})`);
  const parId = new Map((st.all(...ids) as JeuneResume[]).map((r) => [r.id, r]));
  return ids.map((id) => parId.get(id)).filter((r): r is JeuneResume => r !== undefined);
}

const EXISTS_MOT = 'EXISTS (SELECT 1 FROM jeune_mot_cle k2 WHERE k2.jeune_id = ID AND k2.mot >= ? AND k2.mot < ?)';

/** How many index rows a prefix spans, counted up to a cap: enough to pick the narrowest word. */
function largeur(sqlite: Sqlite, mot: string): number {
  const st = instruction(
    sqlite,
    'SELECT count(*) AS n FROM (SELECT 1 FROM jeune_mot_cle WHERE mot >= ? AND mot < ? LIMIT 500)',
  );
  return (st.get(mot, borne(mot)) as { n: number }).n;
}

/**
 * Ids of the jeunes matching every criterion, at most `limite` of them. The most selective
 * criterion drives an index range scan (birth date, else phone, else the name word spanning the
 * fewest index rows) and the others are checked per row, so that the cost follows the number of
 * rows returned, not the size of the file.
 */
export function idsCorrespondants(sqlite: Sqlite, c: Criteres, limite: number): number[] {
  if (c.impossible) return [];
  const motsUniques = [...new Set(c.mots)];
  let sql: string;
  const params: unknown[] = [];
  if (c.dateNaissance || c.telephone) {
    const conditions: string[] = [];
    if (c.dateNaissance) {
      conditions.push('j.date_naissance = ?');
      params.push(c.dateNaissance);
    }
    if (c.telephone) {
      conditions.push('j.telephone >= ? AND j.telephone < ?');
      params.push(c.telephone, borne(c.telephone));
    }
    for (const m of motsUniques) {
      conditions.push(EXISTS_MOT.replace('ID', 'j.id'));
      params.push(m, borne(m));
    }
    // Ordered by the driving index itself, so that reading stops at the page size.
    const ordre = c.dateNaissance ? 'j.date_naissance, j.nom_naissance, j.prenoms' : 'j.telephone';
    sql = `SELECT j.id FROM jeune j WHERE ${conditions.join(' AND ')} ORDER BY ${ordre}`;
  } else if (motsUniques.length > 0) {
    const tries =
      motsUniques.length === 1
        ? motsUniques
        : motsUniques
            .map((m) => ({ m, n: largeur(sqlite, m) }))
            .sort((a, b) => a.n - b.n || b.m.length - a.m.length)
            .map((x) => x.m);
    const [pilote, ...autres] = tries as [string, ...string[]];
    params.push(pilote, borne(pilote));
    for (const m of autres) params.push(m, borne(m));
    sql = `SELECT k.jeune_id AS id FROM jeune_mot_cle k WHERE k.mot >= ? AND k.mot < ?${autres
      .map(() => ` AND ${EXISTS_MOT.replace('ID', 'k.jeune_id')}`)
      .join('')} ORDER BY k.mot, k.jeune_id`;
  } else {
    return [];
  }
  const st = instruction(sqlite, sql);
  const ids: number[] = [];
  const vus = new Set<number>();
  // iterate() stops reading as soon as enough distinct jeunes are found.
  for (const row of st.iterate(...params) as IterableIterator<{ id: number }>) {
    if (vus.has(row.id)) continue;
    vus.add(row.id);
    ids.push(row.id);
    if (ids.length >= limite) break; // closing the iterator resets the statement
  }
  return ids;
}

export function rechercherJeunes(sqlite: Sqlite, texte: string, limite: number) {
  const ids = idsCorrespondants(sqlite, analyserRecherche(texte), limite + 1);
  return { jeunes: resumes(sqlite, ids.slice(0, limite)), plusDeResultats: ids.length > limite };
}

/** Rewrites the search words of one jeune; called by every service that changes a name. */
export function indexerJeune(
  sqlite: Sqlite,
  jeune: { id: number; nomNaissance: string; nomUsage: string | null; prenoms: string },
): void {
  instruction(sqlite, 'DELETE FROM jeune_mot_cle WHERE jeune_id = ?').run(jeune.id);
  const ajout = instruction(sqlite, 'INSERT OR IGNORE INTO jeune_mot_cle (mot, jeune_id) VALUES (?, ?)');
  const tous = new Set([...mots(jeune.nomNaissance), ...mots(jeune.nomUsage ?? ''), ...mots(jeune.prenoms)]);
  // "Le Goff" is also typed "legoff": index the joined name too.
  for (const nom of [jeune.nomNaissance, jeune.nomUsage ?? '']) {
    const m = mots(nom);
    if (m.length > 1) tous.add(m.join(''));
  }
  for (const mot of tous) ajout.run(mot, jeune.id);
}
