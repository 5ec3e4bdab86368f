import { useEffect } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { appeler, specs, type Entree, type ErreurApi, type Methode, type Sortie } from './client';
import { surEvenement } from './transport';

export interface OptionsRequete {
  enabled?: boolean;
  refetchInterval?: number;
  /** Keep showing the previous answer while the next one loads (search as you type). */
  garderPrecedent?: boolean;
}

export function useRequete<M extends Methode>(
  methode: M,
  entree: Entree<M>,
  options: OptionsRequete = {},
): UseQueryResult<Sortie<M>, ErreurApi> {
  return useQuery<Sortie<M>, ErreurApi>({
    queryKey: [methode, entree],
    queryFn: () => appeler(methode, entree),
    enabled: options.enabled ?? true,
    ...(options.refetchInterval ? { refetchInterval: options.refetchInterval } : {}),
    ...(options.garderPrecedent ? { placeholderData: keepPreviousData } : {}),
    // Each read of a jeune's file is written to the access trail: it is read again when its data
    // change, not each time the window gets the focus back.
    ...(specs[methode]?.dossier === 'lecture' ? { refetchOnWindowFocus: false } : {}),
  });
}

/** A writing call; every query is refreshed after it succeeds (the desk's data are small). */
export function useAction<M extends Methode>(methode: M) {
  const client = useQueryClient();
  return useMutation<Sortie<M>, ErreurApi, Entree<M>>({
    mutationFn: (entree) => appeler(methode, entree),
    onSuccess: () => client.invalidateQueries(),
  });
}

/** A reading asked for on demand (a check, a preview): nothing is refreshed after it. */
export function useLecture<M extends Methode>(methode: M) {
  return useMutation<Sortie<M>, ErreurApi, Entree<M>>({ mutationFn: (entree) => appeler(methode, entree) });
}

/**
 * Another window or the CLI changed data: refresh what is shown. The event of this page's own
 * write arrives while its action is still pending, and that action refreshes on success: refreshing
 * here too would fetch every query twice.
 */
export function useEvenementsDonnees(): void {
  const client = useQueryClient();
  useEffect(
    () =>
      surEvenement((e) => {
        if (e.type === 'donnees_modifiees' && client.isMutating() === 0) void client.invalidateQueries();
      }),
    [client],
  );
}
