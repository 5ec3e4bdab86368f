/**
 * Folds a name for matching: lower case, no accents, ligatures opened, any punctuation a space.
 * "Lætitia D'Estienne-Ørsted" → "laetitia d estienne orsted".
 */
export function plier(texte: string): string {
  return texte
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/ø/g, 'o')
    .replace(/ł/g, 'l')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function mots(texte: string): string[] {
  const plie = plier(texte);
  return plie === '' ? [] : plie.split(' ');
}

/** Compact form used to compare whole names: "De La Fontaine" = "Delafontaine". */
export function compact(texte: string): string {
  return plier(texte).replace(/ /g, '');
}
