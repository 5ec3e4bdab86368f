import { and, eq } from 'drizzle-orm';
import type { activiteContract, Atelier } from '../../contract/activite';
import type { TypeAtelier, TypeEvenement } from '../../contract/referentielsParcours';
import { atelier, atelierParticipant, evenement } from '../../db/schema';
import { recalculerContacts } from '../commun/contacts';
import type { Contexte, Handler } from '../commun/contexte';
import { ErreurMetier, introuvable, regle } from '../commun/erreurs';
import { instruction } from '../commun/instructions';
import { dateFr } from '../commun/temps';
import { creation, modification } from '../commun/tracabilite';
import { verifierSite } from '../accueil';
import { aujourdhui, dossierExistant } from '../jeunes';
import { themesDepuisTexte, themesEnTexte } from './commun';
import { insererEvenement } from './evenements';

type C = typeof activiteContract;

/** The event a workshop leaves on each present jeune's file. */
function typeEvenement(type: TypeAtelier): TypeEvenement {
  return type === 'information_collective' ? 'information_collective' : 'atelier_collectif';
}

const SELECT_ATELIER = `
  SELECT a.id, a.type, a.intitule, a.date, a.heure, a.duree_minutes AS dureeMinutes, a.site_id AS siteId,
         s.nom AS siteNom, a.animateur_id AS animateurId, u.prenom || ' ' || u.nom AS animateurNom,
         a.capacite, a.themes, a.note,
         (SELECT count(*) FROM atelier_participant p WHERE p.atelier_id = a.id) AS inscrits,
         -- sum() of only nulls is null: no count of presents until the attendance list is taken.
         (SELECT sum(p.present) FROM atelier_participant p WHERE p.atelier_id = a.id) AS presents
  FROM atelier a
  JOIN site s ON s.id = a.site_id
  JOIN utilisateur u ON u.id = a.animateur_id`;

type Ligne = Omit<Atelier, 'themes'> & { themes: string };

function enAtelier(l: Ligne): Atelier {
  return { ...l, themes: themesDepuisTexte(l.themes) };
}

function atelierExistant(ctx: Contexte, id: number): Ligne {
  const a = instruction(ctx.sqlite, `${SELECT_ATELIER} WHERE a.id = ?`).get(id) as Ligne | undefined;
  if (!a) throw introuvable('Atelier');
  return a;
}

function verifierAnimateur(ctx: Contexte, id: number) {
  const u = instruction(ctx.sqlite, 'SELECT actif FROM utilisateur WHERE id = ?').get(id) as
    { actif: number } | undefined;
  if (!u?.actif) {
    throw regle('Animateur inconnu ou inactif : choisissez un membre du personnel en activité.', 'animateurId');
  }
}

function participants(ctx: Contexte, atelierId: number) {
  return instruction(
    ctx.sqlite,
    'SELECT jeune_id AS jeuneId, present, evenement_id AS evenementId FROM atelier_participant WHERE atelier_id = ?',
  ).all(atelierId) as { jeuneId: number; present: number | null; evenementId: number | null }[];
}

function complet(capacite: number): string {
  return `Atelier complet (${capacite} places) : augmentez la capacité de l'atelier ou retirez un jeune de la liste.`;
}

function places(ctx: Contexte, atelierId: number) {
  const a = atelierExistant(ctx, atelierId);
  return { inscrits: a.inscrits, capacite: a.capacite };
}

export const ateliersHandlers = {
  'ateliers.lister': ((input, ctx) => {
    if (input.du > input.au) {
      throw regle(`Le ${dateFr(input.du)} est après le ${dateFr(input.au)} : inversez les deux dates.`, 'au');
    }
    const parSite = input.siteId !== undefined;
    const lignes = instruction(
      ctx.sqlite,
      `${SELECT_ATELIER} WHERE a.date BETWEEN ? AND ? ${parSite ? 'AND a.site_id = ?' : ''} ORDER BY a.date, a.heure, a.id`,
    ).all(...[input.du, input.au, ...(parSite ? [input.siteId] : [])]) as Ligne[];
    return lignes.map(enAtelier);
  }) satisfies Handler<C, 'ateliers.lister'>,

  'ateliers.lire': ((input, ctx) => {
    const a = atelierExistant(ctx, input.id);
    const liste = instruction(
      ctx.sqlite,
      `SELECT j.id AS jeuneId, j.nom_naissance AS nomNaissance, j.nom_usage AS nomUsage, j.prenoms,
              j.date_naissance AS dateNaissance, p.present
       FROM atelier_participant p JOIN jeune j ON j.id = p.jeune_id
       WHERE p.atelier_id = ?
       ORDER BY coalesce(j.nom_usage, j.nom_naissance) COLLATE NOCASE, j.prenoms COLLATE NOCASE, j.id`,
    ).all(a.id) as {
      jeuneId: number;
      nomNaissance: string;
      nomUsage: string | null;
      prenoms: string;
      dateNaissance: string;
      present: number | null;
    }[];
    return {
      ...enAtelier(a),
      participants: liste.map((p) => ({ ...p, present: p.present === null ? null : p.present === 1 })),
    };
  }) satisfies Handler<C, 'ateliers.lire'>,

  'ateliers.creer': ((input, ctx) => {
    verifierSite(ctx, input.siteId);
    verifierAnimateur(ctx, input.animateurId);
    const { id } = ctx.db
      .insert(atelier)
      .values({ ...input, themes: themesEnTexte(input.themes), ...creation(ctx) })
      .returning({ id: atelier.id })
      .get();
    return { id };
  }) satisfies Handler<C, 'ateliers.creer'>,

  'ateliers.modifier': ((input, ctx) => {
    const a = atelierExistant(ctx, input.id);
    // A past workshop keeps its closed site or departed animator; a new choice must be current.
    if (input.siteId !== a.siteId) verifierSite(ctx, input.siteId);
    if (input.animateurId !== a.animateurId) verifierAnimateur(ctx, input.animateurId);
    if (input.capacite < a.inscrits) {
      throw regle(
        `Capacité : ${a.inscrits} jeunes sont déjà inscrits ; désinscrivez-en avant de descendre à ${input.capacite} places.`,
        'capacite',
      );
    }
    const themes = themesEnTexte(input.themes);
    // Read through the attendance list's links: evenement has no index on atelier_id.
    const crees = instruction(
      ctx.sqlite,
      'SELECT jeune_id AS jeuneId FROM atelier_participant WHERE atelier_id = ? AND evenement_id IS NOT NULL',
    ).all(a.id) as { jeuneId: number }[];
    if (a.presents !== null && input.date > aujourdhui(ctx)) {
      throw regle(
        `La feuille d'émargement de cet atelier est déjà remplie : il ne peut pas être reporté au ${dateFr(input.date)}, après aujourd'hui. Programmez un nouvel atelier pour cette date.`,
        'date',
      );
    }
    ctx.db
      .update(atelier)
      .set({
        type: input.type,
        intitule: input.intitule,
        date: input.date,
        heure: input.heure,
        dureeMinutes: input.dureeMinutes,
        siteId: input.siteId,
        animateurId: input.animateurId,
        capacite: input.capacite,
        themes,
        note: input.note,
        ...modification(ctx),
      })
      .where(eq(atelier.id, a.id))
      .run();
    const suivi = (x: {
      type: TypeAtelier;
      intitule: string;
      date: string;
      dureeMinutes: number;
      animateurId: number;
    }) => JSON.stringify([typeEvenement(x.type), x.intitule, x.date, x.dureeMinutes, x.animateurId]);
    if (crees.length > 0 && (suivi(input) !== suivi(a) || themes !== a.themes)) {
      // The events of the attendance list follow their workshop: a date corrected after the list
      // was taken moves every present jeune's event (and last contact). A note still equal to the
      // old title follows the new one; a note someone wrote on one jeune's event stays.
      instruction(
        ctx.sqlite,
        `UPDATE evenement SET type = @type, date = @date, duree_minutes = @duree, themes = @themes, auteur_id = @auteur,
                note = CASE WHEN note IS @ancienIntitule THEN @intitule ELSE note END,
                modifie_le = @le, modifie_par = @par
         WHERE id IN (SELECT evenement_id FROM atelier_participant WHERE atelier_id = @atelier)`,
      ).run({
        type: typeEvenement(input.type),
        date: input.date,
        duree: input.dureeMinutes,
        themes,
        auteur: input.animateurId,
        ancienIntitule: a.intitule,
        intitule: input.intitule,
        le: ctx.horloge.maintenant().toISOString(),
        par: ctx.acteur.id,
        atelier: a.id,
      });
      for (const { jeuneId } of crees) {
        if (input.date !== a.date) recalculerContacts(ctx.sqlite, jeuneId);
        // The contract names no file for this method; the changed events still belong in the trail.
        ctx.tracer('modification', { type: 'jeune', id: jeuneId });
      }
    }
    return { id: a.id };
  }) satisfies Handler<C, 'ateliers.modifier'>,

  'ateliers.inscrire': ((input, ctx) => {
    const a = atelierExistant(ctx, input.atelierId);
    dossierExistant(ctx, input.jeuneId);
    const deja = instruction(ctx.sqlite, 'SELECT 1 FROM atelier_participant WHERE atelier_id = ? AND jeune_id = ?').get(
      a.id,
      input.jeuneId,
    );
    if (deja) throw new ErreurMetier('conflit', 'Ce jeune est déjà sur la liste de cet atelier.');
    if (a.inscrits >= a.capacite) throw regle(complet(a.capacite), 'atelierId');
    ctx.db
      .insert(atelierParticipant)
      .values({ atelierId: a.id, jeuneId: input.jeuneId, ...creation(ctx) })
      .run();
    return places(ctx, a.id);
  }) satisfies Handler<C, 'ateliers.inscrire'>,

  'ateliers.desinscrire': ((input, ctx) => {
    const a = atelierExistant(ctx, input.atelierId);
    dossierExistant(ctx, input.jeuneId);
    const p = participants(ctx, a.id).find((x) => x.jeuneId === input.jeuneId);
    if (!p) throw regle("Ce jeune n'est pas sur la liste de cet atelier.", 'jeuneId');
    if (p.present === 1) {
      throw regle(
        "Ce jeune est marqué présent : décochez-le d'abord sur la feuille d'émargement, puis retirez-le de la liste.",
        'jeuneId',
      );
    }
    ctx.db
      .delete(atelierParticipant)
      .where(and(eq(atelierParticipant.atelierId, a.id), eq(atelierParticipant.jeuneId, input.jeuneId)))
      .run();
    return places(ctx, a.id);
  }) satisfies Handler<C, 'ateliers.desinscrire'>,

  'ateliers.emarger': ((input, ctx) => {
    const a = atelierExistant(ctx, input.atelierId);
    if (a.date > aujourdhui(ctx)) {
      throw regle(
        `L'atelier a lieu le ${dateFr(a.date)} : la feuille d'émargement se remplit le jour de l'atelier ou après.`,
        'atelierId',
      );
    }
    const presents = new Set(input.presents);
    const liste = participants(ctx, a.id);
    const ajoutes = [...presents].filter((j) => !liste.some((p) => p.jeuneId === j));
    for (const jeuneId of ajoutes) dossierExistant(ctx, jeuneId);
    if (liste.length + ajoutes.length > a.capacite) {
      throw regle(
        `Atelier complet (${a.capacite} places) : ${ajoutes.length} jeune(s) coché(s) hors liste pour ${Math.max(0, a.capacite - liste.length)} place(s) libre(s). Augmentez la capacité de l'atelier.`,
        'presents',
      );
    }
    if (liste.length + ajoutes.length === 0) {
      throw regle("La liste de l'atelier est vide : inscrivez ou cochez au moins un jeune.", 'presents');
    }
    for (const jeuneId of ajoutes) {
      ctx.db
        .insert(atelierParticipant)
        .values({ atelierId: a.id, jeuneId, ...creation(ctx) })
        .run();
      liste.push({ jeuneId, present: null, evenementId: null });
    }
    const themes = themesDepuisTexte(a.themes);
    let evenementsCrees = 0;
    let evenementsRetires = 0;
    for (const p of liste) {
      const present = presents.has(p.jeuneId);
      let evenementId = p.evenementId;
      if (present && evenementId === null) {
        evenementId = insererEvenement(ctx, {
          jeuneId: p.jeuneId,
          date: a.date,
          type: typeEvenement(a.type),
          modalite: 'presentiel',
          themes,
          dureeMinutes: a.dureeMinutes,
          note: a.intitule,
          proposition: null,
          // The activity is the animator's, whoever fills in the sheet.
          auteurId: a.animateurId,
          atelierId: a.id,
        });
        evenementsCrees++;
      }
      const retire = !present && evenementId !== null ? evenementId : null;
      if (retire !== null) evenementId = null;
      // Only a changed line is written: the same list taken twice changes nothing.
      if ((p.present === 1) !== present || p.present === null || evenementId !== p.evenementId) {
        ctx.db
          .update(atelierParticipant)
          .set({ present, evenementId, ...modification(ctx) })
          .where(and(eq(atelierParticipant.atelierId, a.id), eq(atelierParticipant.jeuneId, p.jeuneId)))
          .run();
      }
      if (retire !== null) {
        ctx.db.delete(evenement).where(eq(evenement.id, retire)).run();
        evenementsRetires++;
      }
      if (evenementId !== p.evenementId) recalculerContacts(ctx.sqlite, p.jeuneId);
      // The sheet records every listed jeune's presence or absence: each file is in the trail.
      ctx.dossier(p.jeuneId);
    }
    return {
      presents: liste.filter((p) => presents.has(p.jeuneId)).length,
      absents: liste.filter((p) => !presents.has(p.jeuneId)).length,
      evenementsCrees,
      evenementsRetires,
    };
  }) satisfies Handler<C, 'ateliers.emarger'>,
};
