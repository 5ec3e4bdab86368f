import type { formationContract } from '../../contract/formation';
import type { Handler } from '../commun/contexte';
import { regle } from '../commun/erreurs';

type C = typeof formationContract;

// STUB(issue 7): candidacies, their status machine, entry commissions.
const aFaire = (): never => {
  throw regle('STUB(issue 7) : pas encore écrit.');
};

export const positionnementsHandlers = {
  'positionnements.proposer': aFaire satisfies Handler<C, 'positionnements.proposer'>,
  'positionnements.changerStatut': aFaire satisfies Handler<C, 'positionnements.changerStatut'>,
  'positionnements.annulerEtape': aFaire satisfies Handler<C, 'positionnements.annulerEtape'>,
  'positionnements.supprimer': aFaire satisfies Handler<C, 'positionnements.supprimer'>,
  'positionnements.enregistrerBilan': aFaire satisfies Handler<C, 'positionnements.enregistrerBilan'>,
  'positionnements.duJeune': aFaire satisfies Handler<C, 'positionnements.duJeune'>,
  'commissions.enregistrer': aFaire satisfies Handler<C, 'commissions.enregistrer'>,
  'commissions.procesVerbal': aFaire satisfies Handler<C, 'commissions.procesVerbal'>,
};
