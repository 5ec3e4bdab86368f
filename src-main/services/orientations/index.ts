import type { annuaireContract } from '../../contract/annuaire';
import type { Handler } from '../commun/contexte';

type C = typeof annuaireContract;

// STUB(issue 5): replaced by the real handlers.
function nonFait(methode: string): never {
  throw new Error(`${methode} : pas encore écrit`);
}

export const orientationsHandlers = {
  'orientations.duJeune': ((_input, _ctx) => nonFait('orientations.duJeune')) satisfies Handler<
    C,
    'orientations.duJeune'
  >,
  'orientations.creer': ((_input, _ctx) => nonFait('orientations.creer')) satisfies Handler<C, 'orientations.creer'>,
  'orientations.enregistrerRetour': ((_input, _ctx) => nonFait('orientations.enregistrerRetour')) satisfies Handler<
    C,
    'orientations.enregistrerRetour'
  >,
  'orientations.supprimer': ((_input, _ctx) => nonFait('orientations.supprimer')) satisfies Handler<
    C,
    'orientations.supprimer'
  >,
  'orientations.versPartenaire': ((_input, _ctx) => nonFait('orientations.versPartenaire')) satisfies Handler<
    C,
    'orientations.versPartenaire'
  >,
};
