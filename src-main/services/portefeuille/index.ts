import type { portefeuilleContract } from '../../contract/portefeuille';
import type { Handlers } from '../commun/contexte';

type C = typeof portefeuilleContract;

// PLACEHOLDER: every handler below is replaced by the real service.
export const portefeuilleHandlers = {
  'portefeuille.lister': () => {
    throw new Error('À écrire : portefeuille.lister');
  },
  'portefeuille.conseillers': () => {
    throw new Error('À écrire : portefeuille.conseillers');
  },
  'portefeuille.reaffecter': () => {
    throw new Error('À écrire : portefeuille.reaffecter');
  },
} satisfies Handlers<C>;
