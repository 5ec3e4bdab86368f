import { useMemo } from 'react';
import type { ReferentielEditable } from '../../src-main/contract';
import { useRequete } from './hooks';

/** Referentials of the desk, with a label lookup that falls back to the code. */
export function useReferentiels() {
  const requete = useRequete('referentiels.lister', {});
  const outils = useMemo(() => {
    const donnees = requete.data ?? [];
    const valeurs = (ref: ReferentielEditable, actifsSeulement = true) =>
      (donnees.find((r) => r.referentiel === ref)?.valeurs ?? [])
        .filter((v) => !actifsSeulement || v.actif)
        .sort((a, b) => a.ordre - b.ordre);
    const libelle = (ref: ReferentielEditable, code: string) =>
      donnees.find((r) => r.referentiel === ref)?.valeurs.find((v) => v.code === code)?.libelle ?? code;
    return { valeurs, libelle };
  }, [requete.data]);
  return { ...outils, chargement: requete.isLoading, erreur: requete.error };
}

export function useStructure() {
  return useRequete('structure.lire', {});
}

export function useConseillers() {
  return useRequete('personnel.lister', { role: 'conseiller', actifsSeulement: true });
}
