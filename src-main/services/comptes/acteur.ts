import { ROLES, type Role } from '../../contract/core';
import type { Sqlite } from '../../db/open';
import type { Acteur } from '../commun/contexte';
import { instruction } from '../commun/instructions';

/**
 * The signed-in person as the dispatcher sees them, read afresh at each call: a role removed or
 * an account deactivated by an administrator takes effect at once, not at the next sign-in.
 */
export function chargerActeur(sqlite: Sqlite, utilisateurId: number): (Acteur & { siteId: number | null }) | null {
  const u = instruction(
    sqlite,
    'SELECT prenom, nom, site_id AS siteId FROM utilisateur WHERE id = ? AND actif = 1',
  ).get(utilisateurId) as { prenom: string; nom: string; siteId: number | null } | undefined;
  if (!u) return null;
  const roles = (
    instruction(sqlite, 'SELECT role FROM utilisateur_role WHERE utilisateur_id = ?').all(utilisateurId) as {
      role: string;
    }[]
  )
    .map((r) => r.role)
    .filter((r): r is Role => (ROLES as readonly string[]).includes(r))
    .sort((a, b) => ROLES.indexOf(a) - ROLES.indexOf(b));
  return { id: utilisateurId, nom: `${u.prenom} ${u.nom}`, roles, siteId: u.siteId };
}
