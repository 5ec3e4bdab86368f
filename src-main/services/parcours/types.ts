import { asc } from 'drizzle-orm';
import type { parcoursContract, TypeParcours } from '../../contract/parcours';
import type { Sqlite } from '../../db/open';
import { typeParcours } from '../../db/schema';
import type { Handler } from '../commun/contexte';
import { regle } from '../commun/erreurs';
import { instruction } from '../commun/instructions';

type C = typeof parcoursContract;

/** A parcours type as the rules read it; refuses an unknown code. */
export function typeExistant(sqlite: Sqlite, code: string, champ: string): TypeParcours {
  const t = instruction(
    sqlite,
    `SELECT code, libelle, duree_max_mois AS dureeMaxMois, heures_hebdo_min AS heuresHebdoMin,
            heures_hebdo_max AS heuresHebdoMax, historique, actif, ordre
     FROM type_parcours WHERE code = ?`,
  ).get(code) as (Omit<TypeParcours, 'historique' | 'actif'> & { historique: number; actif: number }) | undefined;
  if (!t) throw regle(`Type de parcours « ${code} » inconnu : choisissez un type de la liste.`, champ);
  return { ...t, historique: t.historique === 1, actif: t.actif === 1 };
}

/**
 * A type chosen for a new parcours (or a proposal, or a change of type): it must be in use.
 * A historical type stays recordable (imports, late entries): the warning says so.
 */
export function typeChoisi(sqlite: Sqlite, code: string, champ: string, avertissements: string[]): TypeParcours {
  const t = typeExistant(sqlite, code, champ);
  if (!t.actif) {
    throw regle(
      `Le type « ${t.libelle} » n'est plus proposé (désactivé par l'administrateur) : choisissez un autre type.`,
      champ,
    );
  }
  if (t.historique) {
    avertissements.push(
      `« ${t.libelle} » est un type historique : à réserver aux reprises de dossiers et aux saisies tardives.`,
    );
  }
  return t;
}

export const typesParcoursHandlers = {
  'typesParcours.lister': ((_input, ctx) =>
    ctx.db
      .select()
      .from(typeParcours)
      .orderBy(asc(typeParcours.ordre), asc(typeParcours.libelle))
      .all()) satisfies Handler<C, 'typesParcours.lister'>,

  // The referential holds no personal data: no trail entry, like the other referentials.
  'typesParcours.enregistrer': ((input, ctx) => {
    const { code, ...valeurs } = input;
    ctx.db.insert(typeParcours).values(input).onConflictDoUpdate({ target: typeParcours.code, set: valeurs }).run();
    return { code };
  }) satisfies Handler<C, 'typesParcours.enregistrer'>,
};
