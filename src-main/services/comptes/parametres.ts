import {
  CONSERVATION_JOURNAL_MOIS,
  ENTREPRISE_SANS_ACTE_MOIS,
  EXPIRATION_OFFRE_JOURS,
  FIN_CONTRAT_JOURS,
  OFFRE_SANS_MISE_EN_RELATION_JOURS,
  PREAVIS_CONVENTION_JOURS,
  RELANCE_ORIENTATION_JOURS,
  SEMAINES_SANS_CONTACT,
  VERROUILLAGE_MINUTES,
  type Parametres,
} from '../../contract/comptes';
import type { Sqlite } from '../../db/open';
import { instruction } from '../commun/instructions';

const DEFAUTS: Parametres = {
  verrouillageMinutes: VERROUILLAGE_MINUTES.defaut,
  conservationJournalMois: CONSERVATION_JOURNAL_MOIS.defaut,
  semainesSansContact: SEMAINES_SANS_CONTACT.defaut,
  relanceOrientationJours: RELANCE_ORIENTATION_JOURS.defaut,
  preavisConventionJours: PREAVIS_CONVENTION_JOURS.defaut,
  expirationOffreJours: EXPIRATION_OFFRE_JOURS.defaut,
  offreSansMiseEnRelationJours: OFFRE_SANS_MISE_EN_RELATION_JOURS.defaut,
  finContratJours: FIN_CONTRAT_JOURS.defaut,
  entrepriseSansActeMois: ENTREPRISE_SANS_ACTE_MOIS.defaut,
};

/** The settings, each at its default until an administrator changes it. */
export function lireParametres(sqlite: Sqlite): Parametres {
  const lus = { ...DEFAUTS };
  for (const { cle, valeur } of instruction(sqlite, 'SELECT cle, valeur FROM parametre').all() as {
    cle: string;
    valeur: string;
  }[]) {
    if (cle in lus) lus[cle as keyof Parametres] = Number(valeur);
  }
  return lus;
}

export function ecrireParametres(sqlite: Sqlite, valeurs: Parametres, par: number, le: string): void {
  const ecrire = instruction(
    sqlite,
    `INSERT INTO parametre (cle, valeur, modifie_le, modifie_par) VALUES (?, ?, ?, ?)
     ON CONFLICT (cle) DO UPDATE SET valeur = excluded.valeur, modifie_le = excluded.modifie_le,
       modifie_par = excluded.modifie_par`,
  );
  for (const [cle, valeur] of Object.entries(valeurs)) ecrire.run(cle, String(valeur), le, par);
}
