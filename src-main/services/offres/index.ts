import type { entreprisesContract } from '../../contract/entreprises';
import type { Handler } from '../commun/contexte';
import { regle } from '../commun/erreurs';

type C = typeof entreprisesContract;

// STUB(issue 6): offers and matches.
const aFaire = (): never => {
  throw regle('STUB(issue 6) : pas encore écrit.');
};

export const offresHandlers = {
  'offres.rechercher': aFaire satisfies Handler<C, 'offres.rechercher'>,
  'offres.lire': aFaire satisfies Handler<C, 'offres.lire'>,
  'offres.enregistrer': aFaire satisfies Handler<C, 'offres.enregistrer'>,
  'offres.supprimer': aFaire satisfies Handler<C, 'offres.supprimer'>,
  'misesEnRelation.proposer': aFaire satisfies Handler<C, 'misesEnRelation.proposer'>,
  'misesEnRelation.enregistrerIssue': aFaire satisfies Handler<C, 'misesEnRelation.enregistrerIssue'>,
  'misesEnRelation.supprimer': aFaire satisfies Handler<C, 'misesEnRelation.supprimer'>,
  'misesEnRelation.duJeune': aFaire satisfies Handler<C, 'misesEnRelation.duJeune'>,
};
