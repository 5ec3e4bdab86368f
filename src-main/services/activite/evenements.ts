import { eq } from 'drizzle-orm';
import type { activiteContract, EvenementJeune } from '../../contract/activite';
import type { NatureProposition, ResultatProposition, Theme } from '../../contract/referentielsParcours';
import { evenement } from '../../db/schema';
import { recalculerContacts } from '../commun/contacts';
import type { Contexte, Handler } from '../commun/contexte';
import { ErreurMetier, introuvable, regle } from '../commun/erreurs';
import { instruction } from '../commun/instructions';
import { dateFr } from '../commun/temps';
import { creation, modification } from '../commun/tracabilite';
import { aujourdhui, dossierExistant } from '../jeunes';
import { themesDepuisTexte, themesEnTexte } from './commun';

type C = typeof activiteContract;

/** What a person types for an event, once parsed (the date already resolved). */
interface Saisie {
  date: string;
  type: EvenementJeune['type'];
  modalite: EvenementJeune['modalite'];
  themes: readonly Theme[];
  dureeMinutes: number | null;
  note: string | null;
  proposition: { nature: NatureProposition; intitule: string; resultat: ResultatProposition } | null;
}

/** The stored columns of a typed event. */
function colonnes(s: Saisie) {
  return {
    date: s.date,
    type: s.type,
    modalite: s.modalite,
    themes: themesEnTexte(s.themes),
    dureeMinutes: s.dureeMinutes,
    note: s.note,
    propositionNature: s.proposition?.nature ?? null,
    propositionIntitule: s.proposition?.intitule ?? null,
    propositionResultat: s.proposition?.resultat ?? null,
  };
}

/** Writes an event and returns its id; the caller recomputes the last contact. */
export function insererEvenement(
  ctx: Contexte,
  e: Saisie & { jeuneId: number; auteurId: number; atelierId: number | null },
): number {
  return ctx.db
    .insert(evenement)
    .values({ ...colonnes(e), jeuneId: e.jeuneId, auteurId: e.auteurId, atelierId: e.atelierId, ...creation(ctx) })
    .returning({ id: evenement.id })
    .get().id;
}

const SELECT_EVENEMENT = `
  SELECT e.id, e.jeune_id AS jeuneId, e.date, e.type, e.modalite, e.themes, e.duree_minutes AS dureeMinutes,
         e.note, e.auteur_id AS auteurId, u.prenom || ' ' || u.nom AS auteurNom,
         e.proposition_nature AS propositionNature, e.proposition_intitule AS propositionIntitule,
         e.proposition_resultat AS propositionResultat, e.atelier_id AS atelierId, e.diagnostic_id AS diagnosticId,
         a.intitule AS atelierIntitule, a.date AS atelierDate
  FROM evenement e
  JOIN utilisateur u ON u.id = e.auteur_id
  LEFT JOIN atelier a ON a.id = e.atelier_id`;

interface Ligne extends Omit<EvenementJeune, 'themes' | 'proposition'> {
  themes: string;
  propositionNature: NatureProposition | null;
  propositionIntitule: string | null;
  propositionResultat: ResultatProposition | null;
  diagnosticId: number | null;
  atelierIntitule: string | null;
  atelierDate: string | null;
}

function enEvenement(l: Ligne): EvenementJeune {
  return {
    id: l.id,
    jeuneId: l.jeuneId,
    date: l.date,
    type: l.type,
    modalite: l.modalite,
    themes: themesDepuisTexte(l.themes),
    dureeMinutes: l.dureeMinutes,
    note: l.note,
    auteurId: l.auteurId,
    auteurNom: l.auteurNom,
    proposition:
      l.propositionNature && l.propositionIntitule
        ? {
            nature: l.propositionNature,
            intitule: l.propositionIntitule,
            resultat: l.propositionResultat ?? 'en_attente',
          }
        : null,
    atelierId: l.atelierId,
  };
}

/** Reads an event and names its jeune's file for the trail. */
function evenementExistant(ctx: Contexte, id: number): Ligne {
  const e = instruction(ctx.sqlite, `${SELECT_EVENEMENT} WHERE e.id = ?`).get(id) as Ligne | undefined;
  if (!e) throw introuvable('Événement');
  ctx.dossier(e.jeuneId);
  return e;
}

function refuserFutur(date: string, today: string) {
  if (date > today) {
    throw regle(
      `Événement daté du ${dateFr(date)}, dans le futur : un événement enregistre ce qui a eu lieu. Pour prévoir un entretien, prenez un rendez-vous.`,
      'date',
    );
  }
}

function peutCorriger(ctx: Contexte, e: Ligne): boolean {
  return e.auteurId === ctx.acteur.id || ctx.acteur.roles.includes('direction');
}

/** The event's columns, the proposal's outcome left out: what only its author or direction may change. */
function sansResultat(s: Saisie): string {
  const { propositionResultat: _resultat, ...reste } = colonnes(s);
  return JSON.stringify(reste);
}

function saisieDe(e: Ligne): Saisie {
  const { date, type, modalite, dureeMinutes, note, proposition } = enEvenement(e);
  return { date, type, modalite, dureeMinutes, note, proposition, themes: themesDepuisTexte(e.themes) };
}

export const evenementsHandlers = {
  'evenements.duJeune': ((input, ctx) => {
    dossierExistant(ctx, input.jeuneId);
    const lignes = instruction(
      ctx.sqlite,
      `${SELECT_EVENEMENT} WHERE e.jeune_id = ? ORDER BY e.date DESC, e.id DESC`,
    ).all(input.jeuneId) as Ligne[];
    return lignes.map(enEvenement);
  }) satisfies Handler<C, 'evenements.duJeune'>,

  'evenements.creer': ((input, ctx) => {
    dossierExistant(ctx, input.jeuneId);
    const today = aujourdhui(ctx);
    const date = input.date ?? today;
    refuserFutur(date, today);
    const id = insererEvenement(ctx, {
      ...input,
      date,
      jeuneId: input.jeuneId,
      auteurId: ctx.acteur.id,
      atelierId: null,
    });
    recalculerContacts(ctx.sqlite, input.jeuneId);
    return { id };
  }) satisfies Handler<C, 'evenements.creer'>,

  'evenements.modifier': ((input, ctx) => {
    const e = evenementExistant(ctx, input.id);
    const avant = saisieDe(e);
    // An omitted date keeps the event's own: "today" is a default for a new event only.
    const apres: Saisie = { ...input, date: input.date ?? e.date };
    refuserFutur(apres.date, aujourdhui(ctx));
    if (!peutCorriger(ctx, e) && sansResultat(apres) !== sansResultat(avant)) {
      throw new ErreurMetier(
        'acces_refuse',
        `Seul l'auteur de l'événement (${e.auteurNom}) ou la direction peut le corriger ; vous pouvez seulement mettre à jour le résultat de sa proposition.`,
      );
    }
    if (e.atelierId !== null) {
      const suitAtelier = (s: Saisie) => JSON.stringify([s.date, s.type, s.dureeMinutes, themesEnTexte(s.themes)]);
      if (suitAtelier(apres) !== suitAtelier(avant)) {
        throw regle(
          `Cet événement vient de l'atelier « ${e.atelierIntitule} » du ${dateFr(e.atelierDate!)} : sa date, son type, sa durée et ses thèmes suivent l'atelier. Modifiez l'atelier, ou décochez le jeune sur la feuille d'émargement.`,
        );
      }
    }
    if (e.diagnosticId !== null && (apres.date !== avant.date || apres.type !== avant.type)) {
      throw regle(
        'Cet événement est un entretien de diagnostic : sa date et son type font partie du diagnostic et ne changent pas. La note, la durée et les thèmes se corrigent ici.',
        'date',
      );
    }
    ctx.db
      .update(evenement)
      .set({ ...colonnes(apres), ...modification(ctx) })
      .where(eq(evenement.id, e.id))
      .run();
    recalculerContacts(ctx.sqlite, e.jeuneId);
    return { id: e.id };
  }) satisfies Handler<C, 'evenements.modifier'>,

  'evenements.supprimer': ((input, ctx) => {
    const e = evenementExistant(ctx, input.id);
    if (e.atelierId !== null) {
      throw regle(
        `Cet événement vient de l'atelier « ${e.atelierIntitule} » du ${dateFr(e.atelierDate!)} : pour le retirer, décochez le jeune sur la feuille d'émargement.`,
      );
    }
    if (e.diagnosticId !== null) {
      throw regle(
        'Cet événement est un entretien de diagnostic : il reste attaché au diagnostic et ne se supprime pas. Sa note, sa durée et ses thèmes se corrigent.',
      );
    }
    if (!peutCorriger(ctx, e)) {
      throw new ErreurMetier(
        'acces_refuse',
        `Seul l'auteur de l'événement (${e.auteurNom}) ou la direction peut le supprimer.`,
      );
    }
    ctx.db.delete(evenement).where(eq(evenement.id, e.id)).run();
    recalculerContacts(ctx.sqlite, e.jeuneId);
    return { id: e.id };
  }) satisfies Handler<C, 'evenements.supprimer'>,
};
