import { THEMES, type Theme } from '../../contract/referentielsParcours';

/**
 * Themes are stored comma-separated, once each and in the referential's order, so that two
 * writes of the same set store the same text (a repeated attendance list changes nothing).
 */
export function themesEnTexte(themes: readonly Theme[]): string {
  const choisis = new Set(themes);
  return THEMES.filter((t) => choisis.has(t)).join(',');
}

export function themesDepuisTexte(texte: string): Theme[] {
  return texte === '' ? [] : (texte.split(',') as Theme[]);
}
