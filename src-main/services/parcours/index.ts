import type { parcoursContract } from '../../contract/parcours';
import type { Handlers } from '../commun/contexte';

type C = typeof parcoursContract;

// PLACEHOLDER: every handler below is replaced by the real service.
export const parcoursHandlers = {
  'typesParcours.lister': () => {
    throw new Error('À écrire : typesParcours.lister');
  },
  'typesParcours.enregistrer': () => {
    throw new Error('À écrire : typesParcours.enregistrer');
  },
  'diagnostics.duJeune': () => {
    throw new Error('À écrire : diagnostics.duJeune');
  },
  'diagnostics.enregistrer': () => {
    throw new Error('À écrire : diagnostics.enregistrer');
  },
  'parcours.duJeune': () => {
    throw new Error('À écrire : parcours.duJeune');
  },
  'parcours.ouvrir': () => {
    throw new Error('À écrire : parcours.ouvrir');
  },
  'parcours.modifier': () => {
    throw new Error('À écrire : parcours.modifier');
  },
  'parcours.sortir': () => {
    throw new Error('À écrire : parcours.sortir');
  },
  'parcours.annulerSortie': () => {
    throw new Error('À écrire : parcours.annulerSortie');
  },
  'parcours.declarerHeures': () => {
    throw new Error('À écrire : parcours.declarerHeures');
  },
  'parcours.contrat': () => {
    throw new Error('À écrire : parcours.contrat');
  },
} satisfies Handlers<C>;
