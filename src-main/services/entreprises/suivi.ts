import type { entreprisesContract, Entreprise } from '../../contract/entreprises';
import type { Contexte, Handler } from '../commun/contexte';
import { regle } from '../commun/erreurs';

type C = typeof entreprisesContract;

/** STUB(issue 6): a firm's pending follow-ups, contracts ending, offers to work on; soonest first. */
export function prochainesActionsDe(_ctx: Contexte, _entrepriseId: number): Entreprise['prochainesActions'] {
  return [];
}

const aFaire = (): never => {
  throw regle('STUB(issue 6) : pas encore écrit.');
};

export const suiviHandlers = {
  'entreprises.aFaire': aFaire satisfies Handler<C, 'entreprises.aFaire'>,
  'entreprises.compteurs': aFaire satisfies Handler<C, 'entreprises.compteurs'>,
};
