import type { annuaireContract } from '../../contract/annuaire';
import type { Handler } from '../commun/contexte';

type C = typeof annuaireContract;

// STUB(issue 5): replaced by the real handlers.
function nonFait(methode: string): never {
  throw new Error(`${methode} : pas encore écrit`);
}

export const dataInclusionHandlers = {
  'dataInclusion.analyser': ((_input, _ctx) => nonFait('dataInclusion.analyser')) satisfies Handler<
    C,
    'dataInclusion.analyser'
  >,
  'dataInclusion.importer': ((_input, _ctx) => nonFait('dataInclusion.importer')) satisfies Handler<
    C,
    'dataInclusion.importer'
  >,
  'dataInclusion.exporter': ((_input, _ctx) => nonFait('dataInclusion.exporter')) satisfies Handler<
    C,
    'dataInclusion.exporter'
  >,
};
