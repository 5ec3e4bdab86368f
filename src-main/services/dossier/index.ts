import type { dossierContract } from '../../contract/dossier';
import type { Handler, Handlers } from '../commun/contexte';
import { exigerDossier } from '../jeunes';
import { chronologie } from './chronologie';
import { apercuFusion, fusionner } from './fusion';
import { modifierProfil } from './profil';

type C = typeof dossierContract;

export const dossierHandlers = {
  'jeunes.modifier': modifierProfil,

  'jeunes.chronologie': ((input, ctx) => {
    exigerDossier(ctx.sqlite, input.jeuneId);
    ctx.dossier(input.jeuneId);
    return { entrees: chronologie(ctx.sqlite, input.jeuneId, input) };
  }) satisfies Handler<C, 'jeunes.chronologie'>,

  'jeunes.apercuFusion': apercuFusion,

  'jeunes.fusionner': fusionner,
} satisfies Handlers<C>;
