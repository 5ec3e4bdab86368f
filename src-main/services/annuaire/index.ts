import { conventionsHandlers } from './conventions';
import { csvHandlers } from './csv';
import { partenairesHandlers } from './partenaires';
import { permanencesHandlers } from './permanences';
import { rechercheHandlers } from './recherche';
import { servicesHandlers } from './services';

/** The partner directory: partners, their services, permanences and conventions (issue 5). */
export const annuaireHandlers = {
  ...rechercheHandlers,
  ...partenairesHandlers,
  ...servicesHandlers,
  ...permanencesHandlers,
  ...conventionsHandlers,
  ...csvHandlers,
};
