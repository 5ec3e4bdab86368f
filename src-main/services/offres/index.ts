import { handlersMisesEnRelation } from './misesEnRelation';
import { handlersOffres } from './offres';

/** Offers received from the firms and the matches of jeunes on them (docs/offres-mises-en-relation.md). */
export const offresHandlers = {
  ...handlersOffres,
  ...handlersMisesEnRelation,
};
