import type { parcoursContract } from '../../contract/parcours';
import type { Handlers } from '../commun/contexte';
import { contratHandlers } from './contrat';
import { diagnosticsHandlers } from './diagnostics';
import { parcoursHandlers as parcoursSeuls } from './parcours';
import { typesParcoursHandlers } from './types';

/** Parcours types, diagnostics, contractualised parcours and their printable contract (issue 4). */
export const parcoursHandlers = {
  ...typesParcoursHandlers,
  ...diagnosticsHandlers,
  ...parcoursSeuls,
  ...contratHandlers,
} satisfies Handlers<typeof parcoursContract>;
