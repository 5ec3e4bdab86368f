import type { activiteContract } from '../../contract/activite';
import type { Handlers } from '../commun/contexte';

type C = typeof activiteContract;

// PLACEHOLDER: every handler below is replaced by the real service.
export const activiteHandlers = {
  'evenements.duJeune': () => {
    throw new Error('À écrire : evenements.duJeune');
  },
  'evenements.creer': () => {
    throw new Error('À écrire : evenements.creer');
  },
  'evenements.modifier': () => {
    throw new Error('À écrire : evenements.modifier');
  },
  'evenements.supprimer': () => {
    throw new Error('À écrire : evenements.supprimer');
  },
  'ateliers.lister': () => {
    throw new Error('À écrire : ateliers.lister');
  },
  'ateliers.lire': () => {
    throw new Error('À écrire : ateliers.lire');
  },
  'ateliers.creer': () => {
    throw new Error('À écrire : ateliers.creer');
  },
  'ateliers.modifier': () => {
    throw new Error('À écrire : ateliers.modifier');
  },
  'ateliers.inscrire': () => {
    throw new Error('À écrire : ateliers.inscrire');
  },
  'ateliers.desinscrire': () => {
    throw new Error('À écrire : ateliers.desinscrire');
  },
  'ateliers.emarger': () => {
    throw new Error('À écrire : ateliers.emarger');
  },
  'situations.duJeune': () => {
    throw new Error('À écrire : situations.duJeune');
  },
  'situations.enregistrer': () => {
    throw new Error('À écrire : situations.enregistrer');
  },
  'situations.supprimer': () => {
    throw new Error('À écrire : situations.supprimer');
  },
} satisfies Handlers<C>;
