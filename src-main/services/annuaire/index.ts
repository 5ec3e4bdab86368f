import type { annuaireContract } from '../../contract/annuaire';
import type { Handler } from '../commun/contexte';

type C = typeof annuaireContract;

// STUB(issue 5): replaced by the real handlers.
function nonFait(methode: string): never {
  throw new Error(`${methode} : pas encore écrit`);
}

export const annuaireHandlers = {
  'partenaires.rechercher': ((_input, _ctx) => nonFait('partenaires.rechercher')) satisfies Handler<
    C,
    'partenaires.rechercher'
  >,
  'partenaires.lire': ((_input, _ctx) => nonFait('partenaires.lire')) satisfies Handler<C, 'partenaires.lire'>,
  'partenaires.creer': ((_input, _ctx) => nonFait('partenaires.creer')) satisfies Handler<C, 'partenaires.creer'>,
  'partenaires.modifier': ((_input, _ctx) => nonFait('partenaires.modifier')) satisfies Handler<
    C,
    'partenaires.modifier'
  >,
  'services.enregistrer': ((_input, _ctx) => nonFait('services.enregistrer')) satisfies Handler<
    C,
    'services.enregistrer'
  >,
  'services.supprimer': ((_input, _ctx) => nonFait('services.supprimer')) satisfies Handler<C, 'services.supprimer'>,
  'permanences.enregistrer': ((_input, _ctx) => nonFait('permanences.enregistrer')) satisfies Handler<
    C,
    'permanences.enregistrer'
  >,
  'permanences.supprimer': ((_input, _ctx) => nonFait('permanences.supprimer')) satisfies Handler<
    C,
    'permanences.supprimer'
  >,
  'permanences.lister': ((_input, _ctx) => nonFait('permanences.lister')) satisfies Handler<C, 'permanences.lister'>,
  'conventions.enregistrer': ((_input, _ctx) => nonFait('conventions.enregistrer')) satisfies Handler<
    C,
    'conventions.enregistrer'
  >,
  'conventions.supprimer': ((_input, _ctx) => nonFait('conventions.supprimer')) satisfies Handler<
    C,
    'conventions.supprimer'
  >,
  'conventions.aRenouveler': ((_input, _ctx) => nonFait('conventions.aRenouveler')) satisfies Handler<
    C,
    'conventions.aRenouveler'
  >,
  'partenaires.exporterCsv': ((_input, _ctx) => nonFait('partenaires.exporterCsv')) satisfies Handler<
    C,
    'partenaires.exporterCsv'
  >,
};
