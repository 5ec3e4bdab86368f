import type { Sqlite } from '../../db/open';
import { instruction } from './instructions';

/**
 * Recomputes a jeune's premier accueil (the earliest accueil carries the mark; a back-dated entry
 * can take it from a later one) and last contact (latest accueil, honoured appointment or
 * événement). Called by every write that adds, moves or removes one of those, and by merges.
 */
export function recalculerContacts(sqlite: Sqlite, jeuneId: number): void {
  const premier = instruction(
    sqlite,
    'SELECT id, date FROM accueil WHERE jeune_id = ? ORDER BY instant, id LIMIT 1',
  ).get(jeuneId) as { id: number; date: string } | undefined;
  instruction(sqlite, 'UPDATE accueil SET premier = (id = ?) WHERE jeune_id = ?').run(premier?.id ?? 0, jeuneId);
  const dernier = instruction(
    sqlite,
    `SELECT max(d) AS d FROM (SELECT max(date) AS d FROM accueil WHERE jeune_id = @j
       UNION ALL SELECT max(date) FROM rendez_vous WHERE jeune_id = @j AND statut = 'honore'
       UNION ALL SELECT max(date) FROM evenement WHERE jeune_id = @j)`,
  ).get({ j: jeuneId }) as { d: string | null };
  instruction(sqlite, 'UPDATE jeune SET premier_accueil_date = ?, dernier_contact_date = ? WHERE id = ?').run(
    premier?.date ?? null,
    dernier.d,
    jeuneId,
  );
}
