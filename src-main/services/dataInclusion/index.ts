import type { annuaireContract } from '../../contract/annuaire';
import type { Contexte, Handler } from '../commun/contexte';
import { lectureParis } from '../commun/temps';
import { exporterAnnuaire, jeuEnJson } from './export';
import { importer, type ContexteImport } from './import';

type C = typeof annuaireContract;

export { importer } from './import';
export { rapportEnTexte } from './rapport';

function contexteImport(ctx: Contexte): ContexteImport {
  return { sqlite: ctx.sqlite, horloge: ctx.horloge, acteurId: ctx.acteur.id };
}

export const dataInclusionHandlers = {
  'dataInclusion.analyser': ((input, ctx) =>
    importer(contexteImport(ctx), [{ nom: null, contenu: input.contenu }], {
      ecrire: false,
      toutOuRien: input.toutOuRien,
    })) satisfies Handler<C, 'dataInclusion.analyser'>,

  'dataInclusion.importer': ((input, ctx) =>
    importer(contexteImport(ctx), [{ nom: null, contenu: input.contenu }], {
      ecrire: true,
      toutOuRien: input.toutOuRien,
    })) satisfies Handler<C, 'dataInclusion.importer'>,

  'dataInclusion.exporter': ((input, ctx) => {
    const jeu = exporterAnnuaire(ctx.sqlite, { inclureInactifs: input.inclureInactifs });
    return {
      nomFichier: `annuaire-data-inclusion-${lectureParis(ctx.horloge.maintenant()).date}.json`,
      contenu: jeuEnJson(jeu),
      nombre: jeu.structures.length,
    };
  }) satisfies Handler<C, 'dataInclusion.exporter'>,
};
