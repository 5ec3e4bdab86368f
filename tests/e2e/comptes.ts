import { MOT_DE_PASSE_ADMINISTRATEUR } from '../fixtures/installation';

/**
 * The accounts of the installed e2e host, with their final passwords (each one chose it at a
 * first sign-in, as `comptes.creer` and a reset require). All meet the policy.
 */
export const COMPTES = {
  administrateur: { identifiant: 'smorel', motDePasse: MOT_DE_PASSE_ADMINISTRATEUR, nom: 'Sophie Morel' },
  accueil: { identifiant: 'lroux', motDePasse: 'Accueil-Roux-2026!', nom: 'Léa Roux' },
  conseillere: { identifiant: 'cfabre', motDePasse: 'Fabre-Conseil-26!', nom: 'Claire Fabre' },
  conseillerDirection: { identifiant: 'kbenali', motDePasse: 'Benali-Direction-26!', nom: 'Karim Benali' },
  /** Only for the failed sign-ins test: it ends up locked. */
  essais: { identifiant: 'tessai', motDePasse: 'Essai-Connexion-26!', nom: 'Tom Essai' },
} as const;
export type CompteE2e = (typeof COMPTES)[keyof typeof COMPTES];

/** Sensitive mentions written by the setup: each jeune's référent (and direction) alone may read it. */
export const MENTIONS = {
  /** Élodie Dupont, whose référent is Claire Fabre. */
  dupont: 'Suivi psychologique hebdomadaire au CMP',
  /** Yanis Martin, whose référent is Karim Benali. */
  martin: 'Mesure de réparation pénale en cours',
} as const;
