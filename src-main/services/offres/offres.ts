import { and, eq } from 'drizzle-orm';
import { SUIVENT_LES_ENTREPRISES, type entreprisesContract, type Offre } from '../../contract/entreprises';
import { TYPE_CONTRAT_OFFRE_LIBELLES, type TypeContratOffre } from '../../contract/referentielsEntreprises';
import { acteService, offre, offreDiffusion } from '../../db/schema';
import type { Contexte, Handler } from '../commun/contexte';
import { regle } from '../commun/erreurs';
import { instruction } from '../commun/instructions';
import { dateFr } from '../commun/temps';
import { mots, plier } from '../commun/texte';
import { creation } from '../commun/tracabilite';
import { verifierVersion, versionSuivante } from '../commun/versions';
import { aujourdhui } from '../jeunes';
import { lireParametres } from '../comptes/parametres';
import { misesEnRelationOu, offresOu, statutOffreSql } from './lectures';
import { entrepriseExistante, exigerAuteurOuDirection, modifiePar, offreExistante } from './regles';

type C = typeof entreprisesContract;

function pluriel(n: number, mot: string): string {
  return `${n} ${mot}${n > 1 ? 's' : ''}`;
}

/**
 * The note of the act « Offre enregistrée »: what the offer is, never a jeune's name (the act
 * stays on the firm's page when a file is anonymised).
 */
function noteActeOffre(o: {
  intitule: string;
  typeContrat: TypeContratOffre;
  dureeMois: number | null;
  postes: number;
}) {
  const duree = o.dureeMois === null ? '' : `, ${o.dureeMois} mois`;
  return `« ${o.intitule} » : ${TYPE_CONTRAT_OFFRE_LIBELLES[o.typeContrat]}${duree}, ${pluriel(o.postes, 'poste')}.`;
}

/**
 * The conseillers an offer is passed on to: staff who accompany jeunes and are active. One
 * already informed keeps their place on a later save even if their account closed since.
 */
function verifierConseillers(ctx: Contexte, ids: number[], dejaInformes: ReadonlySet<number>): void {
  const nouveaux = ids.filter((id) => !dejaInformes.has(id));
  if (nouveaux.length === 0) return;
  const lus = new Map(
    (
      instruction(
        ctx.sqlite,
        `SELECT u.id, u.prenom || ' ' || u.nom AS nom, u.actif,
                EXISTS (SELECT 1 FROM utilisateur_role r WHERE r.utilisateur_id = u.id
                        AND r.role IN (SELECT value FROM json_each(?))) AS accompagne
         FROM utilisateur u WHERE u.id IN (SELECT value FROM json_each(?))`,
      ).all(JSON.stringify(SUIVENT_LES_ENTREPRISES), JSON.stringify(nouveaux)) as {
        id: number;
        nom: string;
        actif: number;
        accompagne: number;
      }[]
    ).map((u) => [u.id, u]),
  );
  for (const id of nouveaux) {
    const u = lus.get(id);
    if (!u) {
      throw regle(
        'Conseillers informés : une personne choisie n’existe pas dans le personnel. Rechargez la liste et choisissez à nouveau.',
        'offre.conseillerIds',
      );
    }
    if (u.actif !== 1) {
      throw regle(
        `Conseillers informés : le compte de ${u.nom} est désactivé. Retirez cette personne de la liste.`,
        'offre.conseillerIds',
      );
    }
    if (u.accompagne !== 1) {
      throw regle(
        `Conseillers informés : ${u.nom} n'accompagne pas de jeunes (ni conseiller, ni référent formation, ni chargé de relation entreprises, ni direction). Retirez cette personne de la liste.`,
        'offre.conseillerIds',
      );
    }
  }
}

export const handlersOffres = {
  'offres.rechercher': ((input, ctx) => {
    const { expirationOffreJours } = lireParametres(ctx.sqlite);
    const conditions: string[] = [];
    const params: unknown[] = [];
    if (input.statuts.length > 0) {
      conditions.push(
        `(${statutOffreSql('o', expirationOffreJours, aujourdhui(ctx))}) IN (SELECT value FROM json_each(?))`,
      );
      params.push(JSON.stringify(input.statuts));
    }
    if (input.typesContrat.length > 0) {
      conditions.push('o.type_contrat IN (SELECT value FROM json_each(?))');
      params.push(JSON.stringify(input.typesContrat));
    }
    if (input.codeInsee !== null) {
      // An offer with no place of its own is at the firm.
      conditions.push('coalesce(o.code_insee, e.code_insee) = ?');
      params.push(input.codeInsee);
    }
    if (input.entrepriseId !== null) {
      conditions.push('o.entreprise_id = ?');
      params.push(input.entrepriseId);
    }
    if (input.transmisesAMoi) {
      conditions.push('EXISTS (SELECT 1 FROM offre_diffusion d WHERE d.offre_id = o.id AND d.utilisateur_id = ?)');
      params.push(ctx.acteur.id);
    }
    const where = conditions.length > 0 ? conditions.join(' AND ') : '1';
    const cherches = mots(input.texte);
    if (cherches.length === 0) {
      const { n } = instruction(
        ctx.sqlite,
        `SELECT count(*) AS n FROM offre o JOIN entreprise e ON e.id = o.entreprise_id WHERE ${where}`,
      ).get(...params) as { n: number };
      return { offres: offresOu(ctx, where, params, input.limite), total: n };
    }
    // Words are matched folded (accents, case, punctuation) on what a conseiller remembers of
    // an offer: its title, job, ROME code, place and firm. An ML holds a few hundred offers a
    // year: folding them here costs less than keeping a search index up to date.
    const candidates = instruction(
      ctx.sqlite,
      `SELECT o.id, o.intitule || ' ' || coalesce(o.metier, '') || ' ' || coalesce(o.code_rome, '') || ' ' ||
              coalesce(o.lieu, '') || ' ' || coalesce(o.commune, '') || ' ' || e.nom AS texte
       FROM offre o JOIN entreprise e ON e.id = o.entreprise_id
       WHERE ${where}
       ORDER BY o.recue_le DESC, o.id DESC`,
    ).all(...params) as { id: number; texte: string }[];
    const ids = candidates
      .filter((c) => {
        const texte = ` ${plier(c.texte)}`;
        return cherches.every((m) => texte.includes(` ${m}`));
      })
      .map((c) => c.id);
    return {
      offres: offresOu(ctx, 'o.id IN (SELECT value FROM json_each(?))', [JSON.stringify(ids.slice(0, input.limite))]),
      total: ids.length,
    };
  }) satisfies Handler<C, 'offres.rechercher'>,

  'offres.lire': ((input, ctx) => {
    const o = offreExistante(ctx, input.id);
    // The jeunes' names are shown on the offer as on a firm's page: not a read of their files.
    return { ...o, liste: misesEnRelationOu(ctx, 'm.offre_id = ?', [o.id]) };
  }) satisfies Handler<C, 'offres.lire'>,

  'offres.enregistrer': ((input, ctx) => {
    const entreprise = entrepriseExistante(ctx, input.entrepriseId);
    const today = aujourdhui(ctx);
    const saisie = input.offre;
    let existante: Offre | null = null;
    if (input.id !== null) {
      existante = offreExistante(ctx, input.id);
      if (existante.entrepriseId !== entreprise.id) {
        throw regle(
          `Cette offre est celle de « ${existante.entrepriseNom} » : modifiez-la depuis la fiche de cette entreprise. Si elle a été saisie sur la mauvaise entreprise, supprimez-la (tant qu'aucun jeune n'y est proposé) et saisissez-la sur la bonne.`,
          'entrepriseId',
        );
      }
      if (input.modifieLeLu === null) {
        throw regle(
          "Modification d'une offre sans la version lue : rouvrez l'offre, puis enregistrez à nouveau vos changements.",
          'modifieLeLu',
        );
      }
      verifierVersion(
        ctx,
        { modifieLe: existante.modifieLe, modifiePar: modifiePar(ctx, 'offre', existante.id) },
        input.modifieLeLu,
        'cette offre',
        "Rechargez l'offre, puis refaites vos changements.",
      );
    }

    // On a change, a date left out keeps the one recorded: only a new offer is "received today".
    const recueLe = saisie.recueLe ?? existante?.recueLe ?? today;
    if (recueLe > today) {
      throw regle(
        `Offre reçue le ${dateFr(recueLe)}, dans le futur : datez-la du jour où l'employeur l'a transmise.`,
        'offre.recueLe',
      );
    }
    if (saisie.dateLimite !== null && saisie.dateLimite < recueLe) {
      throw regle(
        `Date limite (${dateFr(saisie.dateLimite)}) avant la réception de l'offre (${dateFr(recueLe)}) : corrigez l'une des deux dates.`,
        'offre.dateLimite',
      );
    }
    const retenus = existante?.misesEnRelation.retenus ?? 0;
    if (saisie.postes < retenus) {
      throw regle(
        `${pluriel(retenus, 'jeune')} déjà retenu${retenus > 1 ? 's' : ''} sur cette offre : elle compte au moins ${pluriel(retenus, 'poste')}.`,
        'offre.postes',
      );
    }
    if (saisie.statut === 'ouverte' && retenus > 0 && retenus >= saisie.postes) {
      throw regle(
        `${pluriel(retenus, 'jeune')} retenu${retenus > 1 ? 's' : ''} pour ${pluriel(saisie.postes, 'poste')} : l'offre est pourvue. Pour la rouvrir, augmentez le nombre de postes ; sinon, laissez-la « pourvue ».`,
        'offre.statut',
      );
    }
    const dejaInformes = new Set(existante?.conseillers.map((c) => c.id) ?? []);
    verifierConseillers(ctx, saisie.conseillerIds, dejaInformes);

    // Filled by hand: today, or the day recorded when it was already filled.
    const pourvueLe =
      saisie.statut !== 'pourvue'
        ? null
        : existante?.statutSaisi === 'pourvue'
          ? (existante.pourvueLe ?? today)
          : today;
    const { recueLe: _recue, conseillerIds, ...champs } = saisie;
    const valeurs = { ...champs, recueLe, pourvueLe };
    let id: number;
    if (existante === null) {
      const cree = creation(ctx);
      id = ctx.db
        .insert(offre)
        .values({ ...valeurs, entrepriseId: entreprise.id, auteurId: ctx.acteur.id, ...cree })
        .returning({ id: offre.id })
        .get().id;
      ctx.db
        .insert(acteService)
        .values({
          entrepriseId: entreprise.id,
          date: recueLe,
          type: 'offre',
          interlocuteur: saisie.interlocuteur,
          note: noteActeOffre(saisie),
          offreId: id,
          auteurId: ctx.acteur.id,
          ...cree,
        })
        .run();
    } else {
      id = existante.id;
      const version = { modifieLe: versionSuivante(ctx, existante.modifieLe), modifiePar: ctx.acteur.id };
      ctx.db
        .update(offre)
        .set({ ...valeurs, ...version })
        .where(eq(offre.id, id))
        .run();
      // The act the offer wrote follows it (it cannot be edited by hand).
      ctx.db
        .update(acteService)
        .set({ date: recueLe, interlocuteur: saisie.interlocuteur, note: noteActeOffre(saisie), ...version })
        .where(and(eq(acteService.offreId, id), eq(acteService.type, 'offre')))
        .run();
      ctx.db.delete(offreDiffusion).where(eq(offreDiffusion.offreId, id)).run();
    }
    for (const utilisateurId of conseillerIds) {
      ctx.db.insert(offreDiffusion).values({ offreId: id, utilisateurId }).run();
    }
    return { id };
  }) satisfies Handler<C, 'offres.enregistrer'>,

  'offres.supprimer': ((input, ctx) => {
    const o = offreExistante(ctx, input.id);
    if (o.misesEnRelation.total > 0) {
      throw regle(
        `${pluriel(o.misesEnRelation.total, 'jeune')} ${o.misesEnRelation.total > 1 ? 'ont' : 'a'} été proposé${o.misesEnRelation.total > 1 ? 's' : ''} sur cette offre : elle ne se supprime plus. Si l'employeur l'a retirée, passez-la au statut « annulée ».`,
      );
    }
    const auteur = instruction(ctx.sqlite, 'SELECT auteur_id AS id FROM offre WHERE id = ?').get(o.id) as {
      id: number;
    };
    exigerAuteurOuDirection(ctx, auteur.id, o.auteurNom, 'cette offre');
    // Its act « Offre enregistrée » and its list of conseillers informed go with it (cascade).
    ctx.db.delete(offre).where(eq(offre.id, o.id)).run();
    return { id: o.id };
  }) satisfies Handler<C, 'offres.supprimer'>,
};
