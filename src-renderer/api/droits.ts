import { createContext, useCallback, useContext, useMemo } from 'react';
import { DESIGNENT_LES_REFERENTS, type Role, type UtilisateurSession } from '../../src-main/contract';
import { specs, type Methode } from './client';

/** Who may call a method, as the contract declares it. */
export function rolesDe(methode: Methode): readonly Role[] | 'tous' | 'public' {
  return specs[methode]?.roles ?? [];
}

/**
 * Whether a person with these roles may call a method, read from the contract's `roles` (the
 * main process applies the same rule and refuses the call anyway). `null`: nobody signed in.
 */
export function peutAppeler(roles: readonly Role[] | null, methode: Methode): boolean {
  const permis = rolesDe(methode);
  if (permis === 'public') return true;
  if (roles === null) return false;
  return permis === 'tous' || permis.some((r) => roles.includes(r));
}

export function designeLesReferents(roles: readonly Role[]): boolean {
  return peutAppeler(roles, 'jeunes.designerReferent') && roles.some((r) => DESIGNENT_LES_REFERENTS.includes(r));
}

/** A conseiller may take for themself a jeune who has no référent yet. */
export function prendLesJeunesSansReferent(roles: readonly Role[]): boolean {
  return peutAppeler(roles, 'jeunes.designerReferent') && roles.includes('conseiller');
}

/** The signed-in person, provided by the shell around the workstation. */
export const ContexteUtilisateur = createContext<UtilisateurSession | null>(null);

export function useUtilisateur(): UtilisateurSession {
  const u = useContext(ContexteUtilisateur);
  if (!u) throw new Error('useUtilisateur hors du poste de travail (personne connectée).');
  return u;
}

/**
 * What the signed-in person may do: screens hide every action whose method they may not call,
 * rather than showing it and letting the main process refuse it.
 */
export function useDroits() {
  const utilisateur = useContext(ContexteUtilisateur);
  const roles = utilisateur?.roles ?? null;
  const peut = useCallback((methode: Methode) => peutAppeler(roles, methode), [roles]);
  return useMemo(() => ({ utilisateur, peut }), [utilisateur, peut]);
}
