import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { annuaireContract } from '../../contract/annuaire';
import { SOURCE_TREMPLIN } from '../../contract/referentielsAnnuaire';
import { servicePartenaire } from '../../db/schema';
import type { Contexte, Handler } from '../commun/contexte';
import { introuvable, regle } from '../commun/erreurs';
import { instruction } from '../commun/instructions';
import { compact } from '../commun/texte';
import { creation, modification } from '../commun/tracabilite';
import { aujourdhui } from '../jeunes';
import { partenaireExistant, verifierPartenaire } from './lectures';

type C = typeof annuaireContract;

function serviceExistant(ctx: Contexte, id: number) {
  const s = ctx.db.select().from(servicePartenaire).where(eq(servicePartenaire.id, id)).get();
  if (!s) throw introuvable('Service');
  return s;
}

/** Two services of one partner with the same name are a double entry: the orientations split. */
function verifierNomLibre(ctx: Contexte, partenaireId: number, nom: string, saufId: number | null) {
  const cle = compact(nom);
  const autres = instruction(ctx.sqlite, 'SELECT nom FROM service_partenaire WHERE partenaire_id = ? AND id <> ?').all(
    partenaireId,
    saufId ?? 0,
  ) as { nom: string }[];
  const autre = autres.find((a) => compact(a.nom) === cle);
  if (autre) {
    throw regle(
      `Ce partenaire a déjà un service « ${autre.nom} » : modifiez-le (ou réactivez-le) plutôt que d'en créer un second.`,
      'service.nom',
    );
  }
}

export const servicesHandlers = {
  'services.enregistrer': ((input, ctx) => {
    partenaireExistant(ctx, input.partenaireId);
    const { thematiques, publics, modesAccueil, zoneEligibilite, modesMobilisation, mobilisablePar, ...reste } =
      input.service;
    const valeurs = {
      ...reste,
      thematiques: JSON.stringify(thematiques),
      publics: JSON.stringify(publics),
      modesAccueil: JSON.stringify(modesAccueil),
      zoneEligibilite: JSON.stringify(zoneEligibilite),
      modesMobilisation: JSON.stringify(modesMobilisation),
      mobilisablePar: JSON.stringify(mobilisablePar),
      dateMaj: aujourdhui(ctx),
    };
    if (input.id === null) {
      verifierNomLibre(ctx, input.partenaireId, reste.nom, null);
      return ctx.db
        .insert(servicePartenaire)
        .values({
          partenaireId: input.partenaireId,
          source: SOURCE_TREMPLIN,
          sourceId: randomUUID(),
          ...valeurs,
          ...creation(ctx),
        })
        .returning({ id: servicePartenaire.id })
        .get();
    }
    const avant = serviceExistant(ctx, input.id);
    verifierPartenaire(avant.partenaireId, input.partenaireId, 'Ce service');
    // A name already doubled (an import can bring two) does not block editing other fields.
    if (compact(avant.nom) !== compact(reste.nom)) verifierNomLibre(ctx, input.partenaireId, reste.nom, input.id);
    ctx.db
      .update(servicePartenaire)
      .set({ ...valeurs, ...modification(ctx) })
      .where(eq(servicePartenaire.id, input.id))
      .run();
    return { id: input.id };
  }) satisfies Handler<C, 'services.enregistrer'>,

  'services.supprimer': ((input, ctx) => {
    serviceExistant(ctx, input.id);
    // An orientation keeps its service: the service then only leaves the directory's searches.
    if (instruction(ctx.sqlite, 'SELECT 1 FROM orientation WHERE service_id = ? LIMIT 1').get(input.id)) {
      ctx.db
        .update(servicePartenaire)
        .set({ actif: false, dateMaj: aujourdhui(ctx), ...modification(ctx) })
        .where(eq(servicePartenaire.id, input.id))
        .run();
      return { supprime: false };
    }
    ctx.db.delete(servicePartenaire).where(eq(servicePartenaire.id, input.id)).run();
    return { supprime: true };
  }) satisfies Handler<C, 'services.supprimer'>,
};
