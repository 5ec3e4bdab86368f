import type { dossierContract } from '../../contract/dossier';
import type { Handlers } from '../commun/contexte';

type C = typeof dossierContract;

// PLACEHOLDER: every handler below is replaced by the real service.
export const dossierHandlers = {
  'jeunes.modifier': () => {
    throw new Error('À écrire : jeunes.modifier');
  },
  'jeunes.chronologie': () => {
    throw new Error('À écrire : jeunes.chronologie');
  },
  'jeunes.apercuFusion': () => {
    throw new Error('À écrire : jeunes.apercuFusion');
  },
  'jeunes.fusionner': () => {
    throw new Error('À écrire : jeunes.fusionner');
  },
} satisfies Handlers<C>;
