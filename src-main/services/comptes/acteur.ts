import { ROLES, type Role } from '../../contract/core';
import type { Sqlite } from '../../db/open';
import type { Acteur } from '../commun/contexte';
import { instruction } from '../commun/instructions';

/** A staff member's roles, known ones only, in the contract's order. */
export function rolesDe(sqlite: Sqlite, utilisateurId: number): Role[] {
  const lus = (
    instruction(sqlite, 'SELECT role FROM utilisateur_role WHERE utilisateur_id = ?').all(utilisateurId) as {
      role: string;
    }[]
  ).map((r) => r.role);
  return ROLES.filter((r) => lus.includes(r));
}

/**
 * The signed-in person as the dispatcher sees them, read afresh at each call: a role removed or
 * an account deactivated by an administrator takes effect at once, not at the next sign-in.
 */
export function chargerActeur(
  sqlite: Sqlite,
  utilisateurId: number,
): (Acteur & { prenom: string; nomFamille: string; identifiant: string; siteId: number | null }) | null {
  const u = instruction(
    sqlite,
    'SELECT prenom, nom, identifiant, site_id AS siteId FROM utilisateur WHERE id = ? AND actif = 1',
  ).get(utilisateurId) as { prenom: string; nom: string; identifiant: string; siteId: number | null } | undefined;
  if (!u) return null;
  return {
    id: utilisateurId,
    nom: `${u.prenom} ${u.nom}`,
    roles: rolesDe(sqlite, utilisateurId),
    prenom: u.prenom,
    nomFamille: u.nom,
    identifiant: u.identifiant,
    siteId: u.siteId,
  };
}
