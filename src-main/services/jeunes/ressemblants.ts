import type { JeuneResume } from '../../contract/accueil';
import type { Sqlite } from '../../db/open';
import { instruction } from '../commun/instructions';
import { compact, mots } from '../commun/texte';
import { dateFr, joursEntre } from '../commun/temps';
import { resumes } from './recherche';

export interface Identite {
  nomNaissance: string;
  nomUsage?: string | null | undefined;
  prenoms: string;
  dateNaissance?: string | null | undefined;
}

/** Two birth dates are "close" when a typo is the likely cause (see docs/regles-accueil.md). */
export function datesProches(a: string, b: string): boolean {
  if (Math.abs(joursEntre(a, b)) <= 31) return true;
  const [ya, ma, da] = a.split('-');
  const [yb, mb, db] = b.split('-');
  if (ya === yb && ma === db && da === mb) return true; // day and month swapped
  if (ma === mb && da === db && Math.abs(Number(ya) - Number(yb)) === 1) return true; // year slip
  return false;
}

/**
 * Files that may be the same person as the identity being typed: the classic duplicate. The
 * names are compared folded (no accents, case, spaces or hyphens); birth names and usual names
 * are interchangeable because either may have been typed as "nom".
 */
export function trouverRessemblants(sqlite: Sqlite, identite: Identite): (JeuneResume & { raison: string })[] {
  const noms = new Set([compact(identite.nomNaissance), compact(identite.nomUsage ?? '')].filter((n) => n.length > 0));
  const prenom = mots(identite.prenoms)[0] ?? '';
  if (noms.size === 0 && !identite.dateNaissance) return [];

  // Candidates: anyone sharing a name word, or the birth date.
  const candidats = new Set<number>();
  const parMot = instruction(sqlite, 'SELECT jeune_id AS id FROM jeune_mot_cle WHERE mot = ? LIMIT 2000');
  for (const mot of new Set([...noms, ...mots(identite.nomNaissance), ...mots(identite.nomUsage ?? '')])) {
    for (const r of parMot.all(mot) as { id: number }[]) candidats.add(r.id);
  }
  if (identite.dateNaissance) {
    const parDate = instruction(sqlite, 'SELECT id FROM jeune WHERE date_naissance = ? LIMIT 2000');
    for (const r of parDate.all(identite.dateNaissance) as { id: number }[]) candidats.add(r.id);
  }
  if (candidats.size === 0) return [];

  const trouves: (JeuneResume & { raison: string })[] = [];
  for (const j of resumes(sqlite, [...candidats])) {
    const nomEgal = noms.has(compact(j.nomNaissance)) || (j.nomUsage !== null && noms.has(compact(j.nomUsage)));
    const prenomEgal = prenom !== '' && mots(j.prenoms)[0] === prenom;
    const d = identite.dateNaissance ?? null;
    const memeDate = d !== null && j.dateNaissance === d;
    let raison: string | null = null;
    if (nomEgal && prenomEgal) {
      if (d === null) raison = 'Mêmes nom et prénom';
      else if (memeDate) raison = 'Mêmes nom, prénom et date de naissance';
      else if (datesProches(d, j.dateNaissance)) raison = `Mêmes nom et prénom, né(e) le ${dateFr(j.dateNaissance)}`;
    } else if (memeDate && nomEgal) {
      raison = 'Même nom et même date de naissance';
    } else if (memeDate && prenomEgal) {
      raison = "Même prénom et même date de naissance (nom d'usage ?)";
    }
    if (raison) trouves.push({ ...j, raison });
  }
  return trouves.slice(0, 20);
}
