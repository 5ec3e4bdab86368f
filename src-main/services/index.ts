import { accueilHandlers } from './accueil';
import { comptesHandlers } from './comptes';
import { installationHandlers } from './installation';
import { journalHandlers } from './journal';
import { dossierHandlers } from './dossier';
import { parcoursHandlers } from './parcours';
import { activiteHandlers } from './activite';
import { portefeuilleHandlers } from './portefeuille';
import { annuaireHandlers } from './annuaire';
import { dataInclusionHandlers } from './dataInclusion';
import { orientationsHandlers } from './orientations';
import { entreprisesHandlers } from './entreprises';
import { offresHandlers } from './offres';
import { formationHandlers } from './formation';
import { positionnementsHandlers } from './positionnements';

/** Every handler, by method name; the dispatcher checks it matches the contract exactly. */
export const handlers = {
  ...installationHandlers,
  ...accueilHandlers,
  ...comptesHandlers,
  ...journalHandlers,
  ...dossierHandlers,
  ...parcoursHandlers,
  ...activiteHandlers,
  ...portefeuilleHandlers,
  ...annuaireHandlers,
  ...dataInclusionHandlers,
  ...orientationsHandlers,
  ...entreprisesHandlers,
  ...offresHandlers,
  ...formationHandlers,
  ...positionnementsHandlers,
};
