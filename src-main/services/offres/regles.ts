import type { Offre } from '../../contract/entreprises';
import { STATUT_OFFRE_LIBELLES, type StatutOffre } from '../../contract/referentielsEntreprises';
import type { Contexte } from '../commun/contexte';
import { ErreurMetier, introuvable } from '../commun/erreurs';
import { instruction } from '../commun/instructions';
import { dateFr } from '../commun/temps';
import { offresOu } from './lectures';

/**
 * Rules shared by the offers and the matches (docs/offres-mises-en-relation.md). Offers and
 * matches are the firm's, not a jeune's: reading them names no file; the match handlers name
 * the jeune's file themselves.
 */

export function entrepriseExistante(ctx: Contexte, id: number): { id: number; nom: string } {
  const e = instruction(ctx.sqlite, 'SELECT id, nom FROM entreprise WHERE id = ?').get(id) as
    { id: number; nom: string } | undefined;
  if (!e) throw introuvable('Entreprise');
  return e;
}

export function offreExistante(ctx: Contexte, id: number): Offre {
  const o = offresOu(ctx, 'o.id = ?', [id])[0];
  if (!o) throw introuvable('Offre');
  return o;
}

/** Who last saved a row, for the message of a refused concurrent save. */
export function modifiePar(ctx: Contexte, table: 'offre' | 'mise_en_relation', id: number): number | null {
  return (
    instruction(ctx.sqlite, `SELECT modifie_par AS id FROM ${table} WHERE id = ?`).get(id) as { id: number | null }
  ).id;
}

/**
 * A record typed by mistake is deleted by its author or by direction, as acts, events and
 * orientations are: the others ask them.
 */
export function exigerAuteurOuDirection(ctx: Contexte, auteurId: number, auteurNom: string, quoi: string): void {
  if (auteurId === ctx.acteur.id || ctx.acteur.roles.includes('direction')) return;
  throw new ErreurMetier(
    'acces_refuse',
    `Seul l'auteur de ${quoi} (${auteurNom}) ou la direction peut la supprimer : demandez-leur de le faire.`,
  );
}

/** The status a just-changed offer reads today, from its typed status and its expiry. */
export function statutLu(statutSaisi: Offre['statutSaisi'], expireLe: string, aujourdhui: string): StatutOffre {
  return statutSaisi === 'ouverte' && expireLe < aujourdhui ? 'expiree' : statutSaisi;
}

/** Why no jeune can be proposed on an offer that does not read « ouverte », and what to do. */
export function offreFermee(o: Offre): string {
  const titre = `L'offre « ${o.intitule} »`;
  switch (o.statut) {
    case 'expiree':
      return `${titre} a expiré : elle était valable jusqu'au ${dateFr(o.expireLe)}. Si l'employeur recrute encore, reportez sa date limite (modifier l'offre), puis proposez le jeune.`;
    case 'pourvue':
      return `${titre} est pourvue${o.pourvueLe ? ` depuis le ${dateFr(o.pourvueLe)}` : ''} : on n'y propose plus de jeune. Si l'employeur recrute de nouveau, rouvrez-la ou enregistrez une nouvelle offre.`;
    case 'annulee':
      return `${titre} est annulée : on n'y propose plus de jeune. Si l'employeur recrute de nouveau, rouvrez-la ou enregistrez une nouvelle offre.`;
    case 'ouverte':
      return `${titre} est ${STATUT_OFFRE_LIBELLES.ouverte.toLowerCase()}.`;
  }
}
