import type { entreprisesContract } from '../../contract/entreprises';
import type { Handler } from '../commun/contexte';
import { regle } from '../commun/erreurs';
import { suiviHandlers } from './suivi';

type C = typeof entreprisesContract;

// STUB(issue 6): firms and service acts.
const aFaire = (): never => {
  throw regle('STUB(issue 6) : pas encore écrit.');
};

export const entreprisesHandlers = {
  'entreprises.rechercher': aFaire satisfies Handler<C, 'entreprises.rechercher'>,
  'entreprises.lire': aFaire satisfies Handler<C, 'entreprises.lire'>,
  'entreprises.ressemblantes': aFaire satisfies Handler<C, 'entreprises.ressemblantes'>,
  'entreprises.creer': aFaire satisfies Handler<C, 'entreprises.creer'>,
  'entreprises.modifier': aFaire satisfies Handler<C, 'entreprises.modifier'>,
  'entreprises.reaffecter': aFaire satisfies Handler<C, 'entreprises.reaffecter'>,
  'actes.enregistrer': aFaire satisfies Handler<C, 'actes.enregistrer'>,
  'actes.supprimer': aFaire satisfies Handler<C, 'actes.supprimer'>,
  ...suiviHandlers,
};
