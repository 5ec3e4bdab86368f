import { eq } from 'drizzle-orm';
import type { annuaireContract, Orientation } from '../../contract/annuaire';
import { orientation } from '../../db/schema';
import { lireParametres } from '../comptes/parametres';
import type { Contexte, Handler } from '../commun/contexte';
import { ErreurMetier, introuvable, regle } from '../commun/erreurs';
import { instruction } from '../commun/instructions';
import { dateFr } from '../commun/temps';
import { aujourdhui, dossierExistant } from '../jeunes';
import { verifierVersion, versionSuivante } from '../commun/versions';
import { orientationsOu } from './lectures';
import { creerOrientation } from './regles';

type C = typeof annuaireContract;

/** The orientations matching `where`, with « à relancer » computed at today's date. */
function lire(ctx: Contexte, where: string, params: unknown[], limite?: number): Orientation[] {
  const { relanceOrientationJours } = lireParametres(ctx.sqlite);
  return orientationsOu(ctx.sqlite, where, params, aujourdhui(ctx), relanceOrientationJours, limite);
}

/** Reads an orientation and names its jeune's file for the trail. */
function orientationExistante(ctx: Contexte, id: number): Orientation {
  const o = lire(ctx, 'o.id = ?', [id])[0];
  if (!o) throw introuvable('Orientation');
  ctx.dossier(o.jeuneId);
  return o;
}

export const orientationsHandlers = {
  'orientations.duJeune': ((input, ctx) => {
    dossierExistant(ctx, input.jeuneId);
    return lire(ctx, 'o.jeune_id = ?', [input.jeuneId]);
  }) satisfies Handler<C, 'orientations.duJeune'>,

  'orientations.creer': ((input, ctx) => {
    dossierExistant(ctx, input.jeuneId);
    const { jeuneId, date, commentaire, ...saisie } = input;
    const id = creerOrientation(ctx, {
      jeuneId,
      saisie,
      date: date ?? aujourdhui(ctx),
      origine: 'dossier',
      commentaire,
    });
    return { id };
  }) satisfies Handler<C, 'orientations.creer'>,

  'orientations.enregistrerRetour': ((input, ctx) => {
    const o = orientationExistante(ctx, input.id);
    const modifiePar = (
      instruction(ctx.sqlite, 'SELECT modifie_par AS id FROM orientation WHERE id = ?').get(o.id) as {
        id: number | null;
      }
    ).id;
    verifierVersion(
      ctx,
      { modifieLe: o.modifieLe, modifiePar },
      input.modifieLeLu,
      'cette orientation',
      "Rechargez l'orientation, puis notez à nouveau sa suite.",
    );
    const today = aujourdhui(ctx);
    let retourLe: string | null = null;
    if (input.statut !== 'proposee') {
      retourLe = input.retourLe ?? today;
      if (retourLe > today) {
        throw regle(
          `Suite datée du ${dateFr(retourLe)}, dans le futur : datez-la du jour où le partenaire ou le jeune a répondu.`,
          'retourLe',
        );
      }
      if (retourLe < o.date) {
        throw regle(
          `Suite datée du ${dateFr(retourLe)}, avant l'orientation elle-même (${dateFr(o.date)}) : corrigez la date de la suite.`,
          'retourLe',
        );
      }
    }
    ctx.db
      .update(orientation)
      .set({
        statut: input.statut,
        retourLe,
        motifRefus: input.statut === 'refusee' ? input.motifRefus : null,
        commentaire: input.commentaire ?? o.commentaire,
        modifieLe: versionSuivante(ctx, o.modifieLe),
        modifiePar: ctx.acteur.id,
      })
      .where(eq(orientation.id, o.id))
      .run();
    return { id: o.id };
  }) satisfies Handler<C, 'orientations.enregistrerRetour'>,

  'orientations.supprimer': ((input, ctx) => {
    const o = orientationExistante(ctx, input.id);
    if (o.origine === 'accueil' && o.accueilId !== null) {
      const a = instruction(ctx.sqlite, 'SELECT date FROM accueil WHERE id = ?').get(o.accueilId) as { date: string };
      throw regle(
        `Cette orientation est la réponse donnée à l'accueil du ${dateFr(a.date)} : elle reste attachée à cet accueil. Si elle n'a pas eu lieu, notez-la « sans suite ».`,
      );
    }
    if (o.origine === 'diagnostic') {
      throw regle(
        "Cette orientation est la conclusion d'un diagnostic : pour la retirer, changez la conclusion du diagnostic (onglet Diagnostic).",
      );
    }
    if (o.auteurId !== ctx.acteur.id && !ctx.acteur.roles.includes('direction')) {
      throw new ErreurMetier(
        'acces_refuse',
        `Seul l'auteur de l'orientation (${o.auteurNom}) ou la direction peut la supprimer ; si elle n'a pas eu lieu, notez-la « sans suite ».`,
      );
    }
    ctx.db.delete(orientation).where(eq(orientation.id, o.id)).run();
    return { id: o.id };
  }) satisfies Handler<C, 'orientations.supprimer'>,

  'orientations.versPartenaire': ((input, ctx) => {
    if (!instruction(ctx.sqlite, 'SELECT 1 FROM partenaire WHERE id = ?').get(input.partenaireId)) {
      throw introuvable('Partenaire');
    }
    return lire(ctx, 'o.partenaire_id = ?', [input.partenaireId], input.limite);
  }) satisfies Handler<C, 'orientations.versPartenaire'>,
};
