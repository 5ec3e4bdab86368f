import { communeSchema, type Commune } from '../../contract/installation';
import { lireCsv, plierEntete } from '../commun/csv';

export interface AnalyseCsv {
  communes: Commune[];
  erreurs: { ligne: number; message: string }[];
}

const VRAI = new Set(['1', 'oui', 'o', 'x', 'vrai', 'true', 'yes', 'qpv', 'zrr']);
const FAUX = new Set(['', '0', 'non', 'n', 'faux', 'false', 'no', '-']);

/** Column names accepted in a header line, folded (no accents, lower case). */
const ENTETES: Record<string, keyof RawCommune> = {
  insee: 'insee',
  code_insee: 'insee',
  codeinsee: 'insee',
  code_commune: 'insee',
  com: 'insee',
  nom: 'nom',
  commune: 'nom',
  libelle: 'nom',
  nom_commune: 'nom',
  code_postal: 'codePostal',
  codepostal: 'codePostal',
  cp: 'codePostal',
  qpv: 'qpv',
  zrr: 'zrr',
};

interface RawCommune {
  insee: string;
  nom: string;
  codePostal: string;
  qpv: string;
  zrr: string;
}

function booleen(valeur: string, colonne: string, ligne: number, erreurs: AnalyseCsv['erreurs']): boolean {
  const v = valeur.trim().toLowerCase();
  if (VRAI.has(v)) return true;
  if (FAUX.has(v)) return false;
  erreurs.push({ ligne, message: `Colonne ${colonne} : « ${valeur} » n'est pas compris ; écrivez oui ou non.` });
  return false;
}

/**
 * Reads a communes file: `INSEE;nom;code postal;QPV;ZRR`, separator `;` or `,` or tab, header
 * line optional. Every bad line is reported with its number; nothing is kept from a file that
 * has errors, so the caller shows them and writes nothing.
 */
export function analyserCsvCommunes(contenu: string): AnalyseCsv {
  const lu = lireCsv(contenu);
  if (lu.lignes.length === 0 && lu.erreurs.length === 0) {
    return { communes: [], erreurs: [{ ligne: 0, message: 'Le fichier est vide.' }] };
  }
  const erreurs: AnalyseCsv['erreurs'] = lu.erreurs.map((e) => ({
    ligne: e.ligne,
    message: `Ligne mal formée (${e.message}).`,
  }));
  const lignes = lu.lignes;
  let colonnes: (keyof RawCommune | null)[] = ['insee', 'nom', 'codePostal', 'qpv', 'zrr'];
  let debut = 0;
  const premiere = lignes[0]?.cellules.map(plierEntete) ?? [];
  if (premiere.some((c) => c in ENTETES)) {
    colonnes = premiere.map((c) => ENTETES[c] ?? null);
    debut = 1;
    for (const requise of ['insee', 'nom'] as const) {
      if (!colonnes.includes(requise)) {
        erreurs.push({ ligne: 1, message: `En-tête : colonne « ${requise} » absente.` });
      }
    }
    if (erreurs.length > 0) return { communes: [], erreurs };
  }
  const communes: Commune[] = [];
  const vues = new Map<string, number>();
  for (let i = debut; i < lignes.length; i++) {
    const { numero, cellules } = lignes[i]!;
    const brut: RawCommune = { insee: '', nom: '', codePostal: '', qpv: '', zrr: '' };
    colonnes.forEach((c, j) => {
      if (c) brut[c] = (cellules[j] ?? '').trim();
    });
    const avant = erreurs.length;
    const candidat = {
      insee: brut.insee,
      nom: brut.nom,
      codePostal: brut.codePostal === '' ? null : brut.codePostal,
      qpv: booleen(brut.qpv, 'QPV', numero, erreurs),
      zrr: booleen(brut.zrr, 'ZRR', numero, erreurs),
    };
    const parsed = communeSchema.safeParse(candidat);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) erreurs.push({ ligne: numero, message: issue.message });
    }
    if (erreurs.length > avant || !parsed.success) continue;
    const deja = vues.get(parsed.data.insee);
    if (deja !== undefined) {
      erreurs.push({ ligne: numero, message: `Code INSEE ${parsed.data.insee} déjà présent ligne ${deja}.` });
      continue;
    }
    vues.set(parsed.data.insee, numero);
    communes.push(parsed.data);
  }
  if (communes.length === 0 && erreurs.length === 0) {
    erreurs.push({ ligne: 0, message: 'Aucune commune trouvée dans le fichier.' });
  }
  return { communes: erreurs.length > 0 ? [] : communes, erreurs };
}
