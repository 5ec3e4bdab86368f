import { eq } from 'drizzle-orm';
import type { entreprisesContract, MiseEnRelation, Offre } from '../../contract/entreprises';
import { ISSUE_MISE_EN_RELATION_LIBELLES, SITUATION_DU_CONTRAT } from '../../contract/referentielsEntreprises';
import { TYPE_SITUATION_LIBELLES, type TypeSituation } from '../../contract/referentielsParcours';
import { acteService, miseEnRelation, offre as tableOffre, situation } from '../../db/schema';
import { avertissementsSituation, TYPES_SITUATION_ENTREPRISE } from '../activite/situations';
import type { Contexte, Handler } from '../commun/contexte';
import { introuvable, regle } from '../commun/erreurs';
import { instruction } from '../commun/instructions';
import { ajouterJours, ajouterMois, dateFr } from '../commun/temps';
import { creation, modification } from '../commun/tracabilite';
import { verifierVersion, versionSuivante } from '../commun/versions';
import { aujourdhui, dossierExistant, dossierIntrouvable } from '../jeunes';
import { misesEnRelationOu } from './lectures';
import { exigerAuteurOuDirection, modifiePar, offreExistante, offreFermee, statutLu } from './regles';

type C = typeof entreprisesContract;

function pluriel(n: number, mot: string): string {
  return `${n} ${mot}${n > 1 ? 's' : ''}`;
}

/** A match and what its rules need beyond the list's columns; names the jeune's file. */
function miseEnRelationExistante(ctx: Contexte, id: number) {
  const m = misesEnRelationOu(ctx, 'm.id = ?', [id])[0];
  if (!m) throw introuvable('Mise en relation');
  ctx.dossier(m.jeuneId);
  const { creee } = instruction(ctx.sqlite, 'SELECT situation_creee AS creee FROM mise_en_relation WHERE id = ?').get(
    id,
  ) as { creee: number };
  return { ...m, situationCreee: creee === 1 };
}

/** The jeune as a sentence names them (« Élodie Dupont »). */
function nomDuJeune(ctx: Contexte, jeuneId: number): string {
  const j = instruction(
    ctx.sqlite,
    "SELECT prenoms || ' ' || coalesce(nom_usage, nom_naissance) AS nom FROM jeune WHERE id = ?",
  ).get(jeuneId) as { nom: string } | undefined;
  if (!j) throw dossierIntrouvable(ctx.sqlite, jeuneId);
  return j.nom;
}

/** « de Lucas », « d'Élodie ». */
function deNom(nom: string): string {
  return /^[aeiouyàâäéèêëîïôöùûüœh]/i.test(nom) ? `d'${nom}` : `de ${nom}`;
}

/**
 * The planned end of a contract of `mois` months starting on `debut`: the eve of the same day
 * `mois` months later, so that a 6-month CDD lasts 6 whole months (the end day is worked, as
 * `dureeSituationMois` counts) and is an emploi durable.
 */
function finPrevue(debut: string, mois: number | null): string | null {
  return mois === null ? null : ajouterJours(ajouterMois(debut, mois), -1);
}

/**
 * « Retenu » with `situationId`: an existing situation of the same jeune, of a type a firm can
 * employ, naming no other employer and linked to no other match, now names the firm.
 */
function lierSituation(ctx: Contexte, m: MiseEnRelation, situationId: number): void {
  const s = instruction(
    ctx.sqlite,
    `SELECT s.jeune_id AS jeuneId, s.type, s.entreprise_id AS entrepriseId, e.nom AS entrepriseNom
     FROM situation s LEFT JOIN entreprise e ON e.id = s.entreprise_id WHERE s.id = ?`,
  ).get(situationId) as
    { jeuneId: number; type: TypeSituation; entrepriseId: number | null; entrepriseNom: string | null } | undefined;
  if (!s) throw introuvable('Situation');
  if (s.jeuneId !== m.jeuneId) {
    throw regle(
      `Cette situation est celle d'un autre jeune : choisissez une situation du dossier ${deNom(nomDuJeune(ctx, m.jeuneId))}, ou laissez le champ vide pour la créer.`,
      'situationId',
    );
  }
  if (!TYPES_SITUATION_ENTREPRISE.includes(s.type)) {
    throw regle(
      `Cette situation est « ${TYPE_SITUATION_LIBELLES[s.type]} » : une embauche se lie à un emploi, une alternance ou une immersion. Choisissez-en une autre, ou laissez le champ vide pour la créer.`,
      'situationId',
    );
  }
  if (s.entrepriseId !== null && s.entrepriseId !== m.entrepriseId) {
    throw regle(
      `Cette situation a pour employeur « ${s.entrepriseNom} », pas « ${m.entrepriseNom} » : choisissez la bonne situation, ou laissez le champ vide pour la créer.`,
      'situationId',
    );
  }
  const autre = instruction(
    ctx.sqlite,
    `SELECT o.intitule FROM mise_en_relation x JOIN offre o ON o.id = x.offre_id
     WHERE x.situation_id = ? AND x.id <> ?`,
  ).get(situationId, m.id) as { intitule: string } | undefined;
  if (autre) {
    throw regle(
      `Cette situation est déjà liée à la mise en relation sur l'offre « ${autre.intitule} » : choisissez-en une autre, ou laissez le champ vide pour la créer.`,
      'situationId',
    );
  }
  const { modifieLe, modifiePar: par } = modification(ctx);
  instruction(
    ctx.sqlite,
    `UPDATE situation SET entreprise_id = ?, organisme = coalesce(organisme, ?), modifie_le = ?, modifie_par = ?
     WHERE id = ?`,
  ).run(m.entrepriseId, m.entrepriseNom, modifieLe, par, situationId);
}

/**
 * « Retenu » without `situationId`: the jeune's situation at the firm, from the offer's contract.
 * Returns its id and the words a new situation earns (an open one it overlaps, no end date).
 */
function creerSituation(
  ctx: Contexte,
  m: MiseEnRelation,
  o: Offre,
  debut: string,
): { id: number; avertissements: string[] } {
  const { type, sousType } = SITUATION_DU_CONTRAT[o.typeContrat];
  const valeurs = {
    jeuneId: m.jeuneId,
    type,
    sousType,
    debut,
    finPrevue: finPrevue(debut, o.dureeMois),
    finReelle: null,
    organisme: m.entrepriseNom,
    entrepriseId: m.entrepriseId,
    intitule: o.intitule,
  };
  // Read before the insert: the overlap check must not find the new situation itself.
  const avertissements = avertissementsSituation(ctx, valeurs, true);
  const id = ctx.db
    .insert(situation)
    .values({ ...valeurs, ...creation(ctx) })
    .returning({ id: situation.id })
    .get().id;
  return { id, avertissements };
}

export const handlersMisesEnRelation = {
  'misesEnRelation.proposer': ((input, ctx) => {
    const o = offreExistante(ctx, input.offreId);
    if (o.statut !== 'ouverte') throw regle(offreFermee(o), 'offreId');
    const today = aujourdhui(ctx);
    const date = input.date ?? today;
    if (date > today) {
      throw regle(
        `Mise en relation datée du ${dateFr(date)}, dans le futur : datez-la du jour où la candidature a été proposée.`,
        'date',
      );
    }
    if (date < o.recueLe) {
      throw regle(
        `Mise en relation datée du ${dateFr(date)}, avant la réception de l'offre (${dateFr(o.recueLe)}) : corrigez la date.`,
        'date',
      );
    }
    const ids: number[] = [];
    for (const jeuneId of input.jeuneIds) {
      dossierExistant(ctx, jeuneId);
      const deja = instruction(ctx.sqlite, 'SELECT date FROM mise_en_relation WHERE offre_id = ? AND jeune_id = ?').get(
        o.id,
        jeuneId,
      ) as { date: string } | undefined;
      if (deja) {
        throw regle(
          `${nomDuJeune(ctx, jeuneId)} a déjà été proposé(e) sur cette offre le ${dateFr(deja.date)} : suivez cette mise en relation plutôt que d'en créer une autre. Rien n'a été enregistré.`,
          'jeuneIds',
        );
      }
      const cree = creation(ctx);
      const id = ctx.db
        .insert(miseEnRelation)
        .values({ offreId: o.id, jeuneId, date, commentaire: input.commentaire, auteurId: ctx.acteur.id, ...cree })
        .returning({ id: miseEnRelation.id })
        .get().id;
      // One act per match on the firm; its note names the offer, never the jeune (the firm's
      // page joins the name at reading, so that an anonymised file leaves no name behind).
      ctx.db
        .insert(acteService)
        .values({
          entrepriseId: o.entrepriseId,
          date,
          type: 'mise_en_relation',
          note: `Candidature proposée sur l'offre « ${o.intitule} ».`,
          miseEnRelationId: id,
          auteurId: ctx.acteur.id,
          ...cree,
        })
        .run();
      ids.push(id);
    }
    return { ids };
  }) satisfies Handler<C, 'misesEnRelation.proposer'>,

  'misesEnRelation.enregistrerIssue': ((input, ctx) => {
    const m = miseEnRelationExistante(ctx, input.id);
    verifierVersion(
      ctx,
      { modifieLe: m.modifieLe, modifiePar: modifiePar(ctx, 'mise_en_relation', m.id) },
      input.modifieLeLu,
      'cette mise en relation',
      'Rechargez la mise en relation, puis notez à nouveau son issue.',
    );
    const o = offreExistante(ctx, m.offreId);
    const today = aujourdhui(ctx);
    let issueLe: string | null = null;
    if (input.issue !== 'en_attente') {
      issueLe = input.issueLe ?? today;
      if (issueLe > today) {
        throw regle(
          `Issue datée du ${dateFr(issueLe)}, dans le futur : datez-la du jour où l'employeur ou le jeune a répondu.`,
          'issueLe',
        );
      }
      if (issueLe < m.date) {
        throw regle(
          `Issue datée du ${dateFr(issueLe)}, avant la mise en relation elle-même (${dateFr(m.date)}) : corrigez la date de l'issue.`,
          'issueLe',
        );
      }
    }

    const avertissements: string[] = [];
    let situationId = m.situationId;
    let situationCreee = m.situationCreee;
    // Saved again as « retenu » with the same situation (or none named): the situation stays as
    // it is, and is corrected in the file if needed.
    const garder =
      input.issue === 'retenu' &&
      m.issue === 'retenu' &&
      situationId !== null &&
      (input.situationId === null || input.situationId === situationId);
    if (!garder && situationId !== null) {
      // Leaving « retenu » (or changing the situation): a situation the outcome created goes
      // with it; one it linked stays in the file, unlinked.
      if (situationCreee) ctx.db.delete(situation).where(eq(situation.id, situationId)).run();
      situationId = null;
      situationCreee = false;
    }
    if (input.issue === 'retenu' && !garder) {
      if (input.situationId !== null) {
        lierSituation(ctx, m, input.situationId);
        situationId = input.situationId;
        situationCreee = false;
      } else {
        const debut = input.debutContrat ?? issueLe!;
        if (debut < m.date) {
          throw regle(
            `Début du contrat (${dateFr(debut)}) avant la mise en relation (${dateFr(m.date)}) : corrigez la date de début.`,
            'debutContrat',
          );
        }
        const limite = ajouterMois(today, 12);
        if (debut > limite) {
          throw regle(
            `Début du contrat le ${dateFr(debut)}, plus d'un an après aujourd'hui : vérifiez l'année (au plus tard le ${dateFr(limite)}).`,
            'debutContrat',
          );
        }
        const cree = creerSituation(ctx, m, o, debut);
        situationId = cree.id;
        situationCreee = true;
        avertissements.push(...cree.avertissements);
      }
    }

    ctx.db
      .update(miseEnRelation)
      .set({
        issue: input.issue,
        issueLe,
        motifNonRetenu: input.issue === 'non_retenu' ? input.motifNonRetenu : null,
        commentaire: input.commentaire ?? m.commentaire,
        situationId,
        situationCreee,
        modifieLe: versionSuivante(ctx, m.modifieLe),
        modifiePar: ctx.acteur.id,
      })
      .where(eq(miseEnRelation.id, m.id))
      .run();

    // The offer follows its retained jeunes: filled when they reach its positions, open again
    // when one withdrawn leaves a position free on an offer they had filled.
    const avant = o.misesEnRelation.retenus;
    const apres = avant - (m.issue === 'retenu' ? 1 : 0) + (input.issue === 'retenu' ? 1 : 0);
    let statutSaisi = o.statutSaisi;
    const changerOffre = (statut: Offre['statutSaisi'], pourvueLe: string | null) => {
      statutSaisi = statut;
      ctx.db
        .update(tableOffre)
        .set({ statut, pourvueLe, modifieLe: versionSuivante(ctx, o.modifieLe), modifiePar: ctx.acteur.id })
        .where(eq(tableOffre.id, o.id))
        .run();
    };
    if (apres > avant && apres >= o.postes && o.statutSaisi === 'ouverte') {
      changerOffre('pourvue', issueLe);
      avertissements.push(
        `${pluriel(apres, 'jeune')} retenu${apres > 1 ? 's' : ''} pour ${pluriel(o.postes, 'poste')} : l'offre « ${o.intitule} » est maintenant pourvue.`,
      );
    } else if (apres > avant && apres > o.postes) {
      avertissements.push(
        `${pluriel(apres, 'jeune')} retenus pour ${pluriel(o.postes, 'poste')} : si l'employeur a embauché davantage, corrigez le nombre de postes de l'offre.`,
      );
    } else if (apres < avant && avant >= o.postes && apres < o.postes && o.statutSaisi === 'pourvue') {
      changerOffre('ouverte', null);
      const statut = statutLu('ouverte', o.expireLe, today);
      avertissements.push(
        `L'offre « ${o.intitule} » est rouverte : ${pluriel(o.postes - apres, 'poste')} sur ${o.postes} à pourvoir.${
          statut === 'expiree'
            ? ` Elle reste expirée (valable jusqu'au ${dateFr(o.expireLe)}) : reportez sa date limite si l'employeur recrute encore.`
            : ''
        }`,
      );
    }
    return { id: m.id, situationId, offreStatut: statutLu(statutSaisi, o.expireLe, today), avertissements };
  }) satisfies Handler<C, 'misesEnRelation.enregistrerIssue'>,

  'misesEnRelation.supprimer': ((input, ctx) => {
    const m = miseEnRelationExistante(ctx, input.id);
    if (m.issue !== 'en_attente') {
      throw regle(
        `L'issue de cette mise en relation est notée (${ISSUE_MISE_EN_RELATION_LIBELLES[m.issue].toLowerCase()}) : elle ne se supprime plus. Si elle a été saisie par erreur, remettez-la d'abord « en attente ».`,
      );
    }
    exigerAuteurOuDirection(ctx, m.auteurId, m.auteurNom, 'cette mise en relation');
    // Its act « Mise en relation » goes with it (cascade).
    ctx.db.delete(miseEnRelation).where(eq(miseEnRelation.id, m.id)).run();
    return { id: m.id };
  }) satisfies Handler<C, 'misesEnRelation.supprimer'>,

  'misesEnRelation.duJeune': ((input, ctx) => {
    dossierExistant(ctx, input.jeuneId);
    return misesEnRelationOu(ctx, 'm.jeune_id = ?', [input.jeuneId]);
  }) satisfies Handler<C, 'misesEnRelation.duJeune'>,
};
