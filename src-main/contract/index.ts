import { z } from 'zod';
import { defineContract } from './core';
import { installationContract } from './installation';
import { accueilContract } from './accueil';
import { comptesContract } from './comptes';
import { journalContract } from './journal';

/** The single contract: every method the renderer, the HTTP host and the CLI may call. */
export const contract = defineContract(installationContract, accueilContract, comptesContract, journalContract);
export type Contract = typeof contract;

export * from './core';
export * from './champs';
export * from './referentiels';
export * from './installation';
export * from './accueil';
export * from './comptes';
export * from './journal';

// Zod's own messages (type errors, missing keys) in French, in the main process and the page alike.
z.config(z.locales.fr());
export * from './pont';
export * from './temps';
