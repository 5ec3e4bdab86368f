import { z } from 'zod';
import { defineContract } from './core';
import { installationContract } from './installation';
import { accueilContract } from './accueil';
import { comptesContract } from './comptes';
import { journalContract } from './journal';
import { dossierContract } from './dossier';
import { parcoursContract } from './parcours';
import { activiteContract } from './activite';
import { portefeuilleContract } from './portefeuille';
import { annuaireContract } from './annuaire';
import { entreprisesContract } from './entreprises';
import { formationContract } from './formation';

/** The single contract: every method the renderer, the HTTP host and the CLI may call. */
export const contract = defineContract(
  installationContract,
  accueilContract,
  comptesContract,
  journalContract,
  dossierContract,
  parcoursContract,
  activiteContract,
  portefeuilleContract,
  annuaireContract,
  entreprisesContract,
  formationContract,
);
export type Contract = typeof contract;

export * from './core';
export * from './champs';
export * from './referentiels';
export * from './installation';
export * from './accueil';
export * from './comptes';
export * from './journal';
export * from './referentielsParcours';
export * from './profil';
export * from './dossier';
export * from './parcours';
export * from './activite';
export * from './portefeuille';
export * from './referentielsAnnuaire';
export * from './orientation';
export * from './annuaire';
export * from './dataInclusion';
export * from './referentielsEntreprises';
export * from './entreprises';
export * from './referentielsFormation';
export * from './formation';

// Zod's own messages (type errors, missing keys) in French, in the main process and the page alike.
z.config(z.locales.fr());
export * from './pont';
export * from './temps';
