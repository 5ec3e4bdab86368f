import Papa from 'papaparse';

/**
 * Reading a CSV file a person gives (communes at installation, a funder's programme of training
 * actions): UTF-8 with or without byte order mark, `;`, `,` or tab between fields, quoted cells
 * that may hold the separator or line breaks, as spreadsheets write them.
 */

/** One record of the file, with its row number as a spreadsheet shows it (the header is row 1). */
export interface LigneCsv {
  numero: number;
  cellules: string[];
}

export interface CsvLu {
  lignes: LigneCsv[];
  /** What the reader could not make sense of (an unclosed quote…), by row number. */
  erreurs: { ligne: number; message: string }[];
}

const SEPARATEURS = [';', ',', '\t'] as const;

/**
 * The separator is the one the first line uses most: a header of known column names is never
 * ambiguous, where guessing over the whole file can be misled by commas in a description.
 */
function separateurDe(texte: string): string {
  const premiere = texte.slice(0, texte.search(/\r?\n|$/));
  let meilleur: string = SEPARATEURS[0];
  let nombre = -1;
  for (const s of SEPARATEURS) {
    const n = premiere.split(s).length - 1;
    if (n > nombre) [meilleur, nombre] = [s, n];
  }
  return meilleur;
}

/**
 * The records of a CSV text, blank rows left out but counted, so that each record keeps the row
 * number a spreadsheet shows it under (a cell with line breaks is one row).
 */
export function lireCsv(contenu: string): CsvLu {
  const texte = contenu.replace(/^\uFEFF/, '');
  if (texte.trim() === '') return { lignes: [], erreurs: [] };
  const lu = Papa.parse<string[]>(texte, { delimiter: separateurDe(texte), skipEmptyLines: false });
  const erreurs = lu.errors.map((e) => ({
    ligne: (e.row ?? 0) + 1,
    message:
      e.code === 'MissingQuotes'
        ? 'guillemet ouvrant sans guillemet fermant : la cellule court jusqu’à la fin du fichier'
        : e.code === 'InvalidQuotes'
          ? 'guillemet mal placé dans une cellule (doublez-le pour l’écrire : "")'
          : e.message,
  }));
  const lignes = lu.data
    .map((cellules, i) => ({ numero: i + 1, cellules }))
    .filter((l) => l.cellules.some((c) => c.trim() !== ''));
  return { lignes, erreurs };
}

/** A header folded for matching: no accents nor case, any punctuation and spaces one `_`. */
export function plierEntete(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}
