export * from './structure';
export * from './jeunes';
export * from './accueil';
export * from './comptes';
export * from './parcours';
export * from './annuaire';
export * from './entreprises';
export * from './formation';
