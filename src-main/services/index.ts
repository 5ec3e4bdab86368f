import { accueilHandlers } from './accueil';
import { comptesHandlers } from './comptes';
import { installationHandlers } from './installation';
import { journalHandlers } from './journal';

/** Every handler, by method name; the dispatcher checks it matches the contract exactly. */
export const handlers = { ...installationHandlers, ...accueilHandlers, ...comptesHandlers, ...journalHandlers };
