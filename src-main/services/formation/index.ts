import { actionsHandlers } from './actions';
import { besoinsHandlers } from './besoins';
import { bilansHandlers } from './bilans';
import { csvHandlers } from './csv';

/**
 * Training actions, their CSV import, bilans and unmet needs (issue 7, docs/formation.md). The
 * référent's dashboard (`formation.tableauDeBord`) is computed with the candidacies, in
 * services/positionnements/tableau.ts.
 */
export const formationHandlers = {
  ...actionsHandlers,
  ...csvHandlers,
  ...bilansHandlers,
  ...besoinsHandlers,
};
