import { useCallback, useMemo } from 'react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { EtatSession } from '../../src-main/contract';
import { appeler } from './client';
import { useRequete } from './hooks';

/** The query key of `session.etat`, as `useRequete` builds it. */
const CLE_ETAT = ['session.etat', {}] as const;

export function useEtatSession() {
  return useRequete('session.etat', {});
}

/** Which screen the shell shows, from the session's state alone. */
export type Ecran = 'installation' | 'administrateur' | 'connexion' | 'verrouillee' | 'motDePasse' | 'poste';

export function ecranDe(etat: EtatSession): Ecran {
  if (!etat.installee) return 'installation';
  if (etat.administrateurADefinir) return 'administrateur';
  if (!etat.utilisateur) return 'connexion';
  if (etat.verrouillee) return 'verrouillee';
  if (etat.doitChangerMotDePasse) return 'motDePasse';
  return 'poste';
}

/**
 * Forgets every answer but the session's own: once the screen is locked or the person gone,
 * nothing they saw may stay in memory for the next one (nor be shown again from the cache).
 */
export function oublierDonnees(client: QueryClient): void {
  void client.cancelQueries({ predicate: (q) => q.queryKey[0] !== CLE_ETAT[0] });
  client.removeQueries({ predicate: (q) => q.queryKey[0] !== CLE_ETAT[0] });
  client.getMutationCache().clear();
}

/** What changes the session from the page: the state just received, locking, signing out. */
export function useSession() {
  const client = useQueryClient();
  const appliquer = useCallback((etat: EtatSession) => client.setQueryData(CLE_ETAT, etat), [client]);
  const relire = useCallback(() => client.invalidateQueries({ queryKey: CLE_ETAT }), [client]);
  /** The screen goes first, at once; the main process is told right after. */
  const changerAussitot = useCallback(
    async (changement: Partial<EtatSession>, appel: () => Promise<unknown>) => {
      client.setQueryData<EtatSession>(CLE_ETAT, (e) => (e ? { ...e, ...changement } : e));
      try {
        await appel();
      } catch {
        // Refused (already locked, signed out elsewhere): the state read again says what holds.
      }
      await relire();
    },
    [client, relire],
  );
  const verrouiller = useCallback(
    (motif: 'demande' | 'inactivite') =>
      changerAussitot({ verrouillee: true }, () => appeler('session.verrouiller', { motif })),
    [changerAussitot],
  );
  const fermer = useCallback(
    () =>
      changerAussitot({ utilisateur: null, verrouillee: false, doitChangerMotDePasse: false }, () =>
        appeler('session.fermer', {}),
      ),
    [changerAussitot],
  );
  return useMemo(() => ({ appliquer, relire, verrouiller, fermer }), [appliquer, relire, verrouiller, fermer]);
}
