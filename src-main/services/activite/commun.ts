import { THEMES, type Theme } from '../../contract/referentielsParcours';
import type { Contexte } from '../commun/contexte';
import { introuvable } from '../commun/erreurs';
import { instruction } from '../commun/instructions';
import { lectureParis } from '../commun/temps';

export function aujourdhui(ctx: Contexte): string {
  return lectureParis(ctx.horloge.maintenant()).date;
}

/** Checks the jeune's file exists and names it for the access trail. */
export function dossierExistant(ctx: Contexte, jeuneId: number): void {
  if (!instruction(ctx.sqlite, 'SELECT 1 FROM jeune WHERE id = ?').get(jeuneId)) throw introuvable('Dossier jeune');
  ctx.dossier(jeuneId);
}

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
