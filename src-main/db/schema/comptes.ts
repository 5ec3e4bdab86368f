import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { utilisateur } from './structure';

/**
 * What lets a staff member sign in, kept apart from `utilisateur` so that no listing of the
 * staff can carry a password hash by accident.
 */
export const compteAcces = sqliteTable('compte_acces', {
  utilisateurId: integer('utilisateur_id')
    .primaryKey()
    .references(() => utilisateur.id, { onDelete: 'cascade' }),
  /** `scrypt$N$r$p$salt$hash` (base64): the parameters travel with the hash. */
  empreinte: text('empreinte'),
  doitChangerMotDePasse: integer('doit_changer_mot_de_passe', { mode: 'boolean' }).notNull().default(false),
  echecsConsecutifs: integer('echecs_consecutifs').notNull().default(0),
  dernierEchecLe: text('dernier_echec_le'),
  bloqueJusqua: text('bloque_jusqua'),
  derniereConnexion: text('derniere_connexion'),
  motDePasseChangeLe: text('mot_de_passe_change_le'),
});

/** Settings an administrator changes (idle lock, trail retention); absent key = default. */
export const parametre = sqliteTable('parametre', {
  cle: text('cle').primaryKey(),
  valeur: text('valeur').notNull(),
  modifieLe: text('modifie_le').notNull(),
  modifiePar: integer('modifie_par'),
});

/**
 * The access trail: append-only (triggers of migration 0003 refuse UPDATE, and DELETE outside a
 * logged purge) and chained: `empreinte` = SHA-256 of the entry's fields and of the previous
 * entry's `empreinte`. No personal data: ids, codes and the workstation's name only.
 */
export const journalAcces = sqliteTable(
  'journal_acces',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    horodatage: text('horodatage').notNull(),
    utilisateurId: integer('utilisateur_id'),
    action: text('action').notNull(),
    objetType: text('objet_type'),
    objetId: integer('objet_id'),
    poste: text('poste').notNull(),
    methode: text('methode'),
    /** For a purge: the `empreinte` of the last entry removed, so the chain's new start is checked. */
    reference: text('reference'),
    empreintePrecedente: text('empreinte_precedente').notNull(),
    empreinte: text('empreinte').notNull(),
  },
  (t) => [
    index('journal_acces_objet').on(t.objetType, t.objetId, t.id),
    index('journal_acces_utilisateur').on(t.utilisateurId, t.id),
    index('journal_acces_horodatage').on(t.horodatage),
    // Read by the DELETE trigger for every row a purge removes: without it, a purge is quadratic.
    index('journal_acces_action').on(t.action, t.objetId),
  ],
);
