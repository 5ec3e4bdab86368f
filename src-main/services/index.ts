import { accueilHandlers } from './accueil';
import { installationHandlers } from './installation';

/** Every handler, by method name; the dispatcher checks it matches the contract exactly. */
export const handlers = { ...installationHandlers, ...accueilHandlers };
