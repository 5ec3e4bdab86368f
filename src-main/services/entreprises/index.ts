import type { entreprisesContract } from '../../contract/entreprises';
import type { Handler } from '../commun/contexte';
import { actesHandlers } from './actes';
import { fichesHandlers } from './entreprises';
import { lireEntreprise } from './lectures';
import { rechercherEntreprises, ressemblantes } from './recherche';
import { suiviHandlers } from './suivi';

type C = typeof entreprisesContract;

export const entreprisesHandlers = {
  'entreprises.rechercher': ((input, ctx) => rechercherEntreprises(ctx, input)) satisfies Handler<
    C,
    'entreprises.rechercher'
  >,
  'entreprises.lire': ((input, ctx) => lireEntreprise(ctx, input.id)) satisfies Handler<C, 'entreprises.lire'>,
  'entreprises.ressemblantes': ((input, ctx) => ressemblantes(ctx, input.nom, input.siret, input.id)) satisfies Handler<
    C,
    'entreprises.ressemblantes'
  >,
  ...fichesHandlers,
  ...actesHandlers,
  ...suiviHandlers,
};
