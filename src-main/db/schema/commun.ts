import { integer, text } from 'drizzle-orm/sqlite-core';

/** Who created and last changed a row, and when (DOMAIN.md: every object keeps it). */
export function tracabilite() {
  return {
    creeLe: text('cree_le').notNull(),
    creePar: integer('cree_par'),
    modifieLe: text('modifie_le').notNull(),
    modifiePar: integer('modifie_par'),
  };
}
