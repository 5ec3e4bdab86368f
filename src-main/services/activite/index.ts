import type { activiteContract } from '../../contract/activite';
import type { Handlers } from '../commun/contexte';
import { ateliersHandlers } from './ateliers';
import { evenementsHandlers } from './evenements';
import { situationsHandlers } from './situations';

type C = typeof activiteContract;

export const activiteHandlers = {
  ...evenementsHandlers,
  ...ateliersHandlers,
  ...situationsHandlers,
} satisfies Handlers<C>;
