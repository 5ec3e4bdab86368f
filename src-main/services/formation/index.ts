import type { formationContract } from '../../contract/formation';
import type { Handler } from '../commun/contexte';
import { regle } from '../commun/erreurs';

type C = typeof formationContract;

// STUB(issue 7): training actions, their CSV import, bilans, unmet needs, dashboards.
const aFaire = (): never => {
  throw regle('STUB(issue 7) : pas encore écrit.');
};

export const formationHandlers = {
  'actions.rechercher': aFaire satisfies Handler<C, 'actions.rechercher'>,
  'actions.lire': aFaire satisfies Handler<C, 'actions.lire'>,
  'actions.enregistrer': aFaire satisfies Handler<C, 'actions.enregistrer'>,
  'actions.supprimer': aFaire satisfies Handler<C, 'actions.supprimer'>,
  'actions.analyserCsv': aFaire satisfies Handler<C, 'actions.analyserCsv'>,
  'actions.importerCsv': aFaire satisfies Handler<C, 'actions.importerCsv'>,
  'formation.tableauDeBord': aFaire satisfies Handler<C, 'formation.tableauDeBord'>,
  'bilansAction.enregistrer': aFaire satisfies Handler<C, 'bilansAction.enregistrer'>,
  'besoins.enregistrer': aFaire satisfies Handler<C, 'besoins.enregistrer'>,
  'besoins.supprimer': aFaire satisfies Handler<C, 'besoins.supprimer'>,
  'besoins.duJeune': aFaire satisfies Handler<C, 'besoins.duJeune'>,
  'besoins.synthese': aFaire satisfies Handler<C, 'besoins.synthese'>,
};
