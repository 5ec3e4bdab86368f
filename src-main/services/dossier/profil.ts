import { eq } from 'drizzle-orm';
import type { dossierContract } from '../../contract/dossier';
import { jeune } from '../../db/schema';
import type { Handler } from '../commun/contexte';
import { regle } from '../commun/erreurs';
import { verifierVersion, versionSuivante } from '../commun/versions';
import { compact } from '../commun/texte';
import { dateFr } from '../commun/temps';
import { aujourdhui, avertissementAge, jeuneExistant, verifierIdentite, type JeuneLigne } from '../jeunes';
import { indexerJeune } from '../jeunes/recherche';
import { trouverRessemblants } from '../jeunes/ressemblants';

type C = typeof dossierContract;

/**
 * `jeunes.modifier`: the whole file saved at once, refused if someone saved it since it was read
 * (optimistic concurrency on `modifie_le`), so that two conseillers never silently overwrite
 * each other's words.
 */
export const modifierProfil = ((input, ctx) => {
  const { id, modifieLeLu, ...profil } = input;
  const avant = jeuneExistant(ctx, id);
  ctx.dossier(id);
  verifierVersion(
    ctx,
    avant,
    modifieLeLu,
    'cette fiche',
    "Vos saisies sont toujours à l'écran : notez-les, rechargez la fiche, puis reportez-les.",
  );

  verifierIdentite(ctx, profil);
  const today = aujourdhui(ctx);
  const dates = [
    ['informationDonneesLe', 'Information sur les données'],
    ['consentementTransmissionLe', 'Consentement à la transmission'],
  ] as const;
  for (const [champ, libelle] of dates) {
    const date = profil[champ];
    if (date === null) continue;
    if (date > today) {
      throw regle(`${libelle} : le ${dateFr(date)} est dans le futur ; saisissez la date où c'est fait.`, champ);
    }
    if (date < profil.dateNaissance) {
      throw regle(`${libelle} : le ${dateFr(date)} précède la naissance ; vérifiez la date.`, champ);
    }
  }

  const modifieLe = versionSuivante(ctx, avant.modifieLe);
  ctx.db
    .update(jeune)
    .set({ ...profil, modifieLe, modifiePar: ctx.acteur.id })
    .where(eq(jeune.id, id))
    .run();

  const avertissements: string[] = [];
  const age = avertissementAge(profil.dateNaissance, profil.rqth, avant.premierAccueilDate ?? today);
  if (age) avertissements.push(age);
  if (identiteChangee(avant, profil)) {
    indexerJeune(ctx.sqlite, { id, ...profil });
    // A corrected name or birth date is when two files of one person show up: say so.
    for (const autre of trouverRessemblants(ctx.sqlite, profil).filter((r) => r.id !== id)) {
      avertissements.push(
        `La fiche ressemble au dossier n° ${autre.id} (${autre.prenoms} ${autre.nomUsage ?? autre.nomNaissance}, né(e) le ${dateFr(autre.dateNaissance)}) : s'il s'agit de la même personne, fusionnez les deux dossiers.`,
      );
    }
  }
  return { id, modifieLe, avertissements };
}) satisfies Handler<C, 'jeunes.modifier'>;

function identiteChangee(
  avant: JeuneLigne,
  apres: { nomNaissance: string; nomUsage: string | null; prenoms: string; dateNaissance: string },
): boolean {
  return (
    compact(avant.nomNaissance) !== compact(apres.nomNaissance) ||
    compact(avant.nomUsage ?? '') !== compact(apres.nomUsage ?? '') ||
    compact(avant.prenoms) !== compact(apres.prenoms) ||
    avant.dateNaissance !== apres.dateNaissance
  );
}
