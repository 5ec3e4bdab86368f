import { eq } from 'drizzle-orm';
import type { formationContract } from '../../contract/formation';
import { STATUT_ACTION_LIBELLES } from '../../contract/referentielsFormation';
import { NIVEAU_LIBELLES, NIVEAUX } from '../../contract/referentielsParcours';
import { positionnement } from '../../db/schema';
import type { Contexte, Handler } from '../commun/contexte';
import { ErreurMetier, regle } from '../commun/erreurs';
import { instruction } from '../commun/instructions';
import { ageLe, dateFr } from '../commun/temps';
import { creation } from '../commun/tracabilite';
import { verifierVersion, versionSuivante } from '../commun/versions';
import { actionExistante, STATUTS_ENTRES, type LigneActionLue } from '../formation/lectures';
import { programmeLesFormations } from '../formation/regles';
import { aujourdhui, dossierExistant, jeuneExistant, type JeuneLigne } from '../jeunes';
import { commissionsHandlers } from './commissions';
import { positionnementsOu } from './lectures';
import {
  annulerDerniereEtape,
  avancer,
  ecrireEtape,
  positionnementExistant,
  statutCite,
  type PositionnementLu,
} from './machine';
import { tableauHandlers } from './tableau';

type C = typeof formationContract;

/** « Élodie Dupont », as a sentence names a jeune. */
function nomDansUnePhrase(j: JeuneLigne): string {
  return `${j.prenoms} ${j.nomUsage ?? j.nomNaissance}`;
}

/**
 * The action's prerequisites a jeune does not meet (age on the first day, level): words, not
 * refusals — the training body decides, and a conseiller may know better than the file.
 */
function avertissementsPrerequis(j: JeuneLigne, action: LigneActionLue): string[] {
  const mots: string[] = [];
  const nom = nomDansUnePhrase(j);
  const age = ageLe(j.dateNaissance, action.debut);
  const suite = "Vérifiez avec l'organisme avant de transmettre la candidature.";
  if (action.ageMinimum !== null && age < action.ageMinimum) {
    mots.push(
      `${nom} aura ${age} ans au début de l'action (${dateFr(action.debut)}) : l'action demande ${action.ageMinimum} ans au moins. ${suite}`,
    );
  }
  if (action.ageMaximum !== null && age > action.ageMaximum) {
    mots.push(
      `${nom} aura ${age} ans au début de l'action (${dateFr(action.debut)}) : l'action demande ${action.ageMaximum} ans au plus. ${suite}`,
    );
  }
  if (
    action.niveauMinimum !== null &&
    j.niveau !== null &&
    NIVEAUX.indexOf(j.niveau) < NIVEAUX.indexOf(action.niveauMinimum)
  ) {
    mots.push(
      `${nom} a le niveau « ${NIVEAU_LIBELLES[j.niveau]} » : l'action demande « ${NIVEAU_LIBELLES[action.niveauMinimum]} » au moins. ${suite}`,
    );
  }
  return mots;
}

/** Checks the version the screen read of a candidacy. */
function verifierVersionLue(ctx: Contexte, p: PositionnementLu, lue: string, suite: string) {
  verifierVersion(ctx, { modifieLe: p.modifieLe, modifiePar: p.modifiePar }, lue, 'cette candidature', suite);
}

/**
 * Deleting a candidacy typed by mistake: its author, the action's référent, the référent
 * formation or direction (the others note it « désisté »).
 */
function exigerDroitDeSupprimer(ctx: Contexte, p: PositionnementLu, action: LigneActionLue) {
  if (p.auteurId === ctx.acteur.id || action.referentId === ctx.acteur.id || programmeLesFormations(ctx)) return;
  const auteur = instruction(ctx.sqlite, "SELECT prenom || ' ' || nom AS nom FROM utilisateur WHERE id = ?").get(
    p.auteurId,
  ) as { nom: string } | undefined;
  throw new ErreurMetier(
    'acces_refuse',
    `Seuls l'auteur du positionnement (${auteur?.nom ?? 'inconnu'}), le référent de l'action, le référent formation et la direction peuvent le supprimer. Si le jeune ne donne pas suite, notez-le « désisté ».`,
  );
}

export const positionnementsHandlers = {
  'positionnements.proposer': ((input, ctx) => {
    const action = actionExistante(ctx, input.actionId);
    if (action.statut !== 'programmee' && action.statut !== 'en_recrutement') {
      throw regle(
        `L'action « ${action.intitule} » est ${STATUT_ACTION_LIBELLES[action.statut].toLowerCase()} : on ne positionne un jeune que sur une action programmée ou en recrutement. Choisissez une autre action, ou notez un besoin de formation non satisfait.`,
        'actionId',
      );
    }
    const today = aujourdhui(ctx);
    const date = input.date ?? today;
    if (date > today) {
      throw regle(
        `Positionnement daté du ${dateFr(date)}, dans le futur : datez-le du jour où le jeune a été proposé.`,
        'date',
      );
    }
    if (date > action.fin) {
      throw regle(
        `Positionnement daté du ${dateFr(date)}, après la fin de l'action (${dateFr(action.fin)}) : vérifiez la date.`,
        'date',
      );
    }
    const ids: number[] = [];
    const avertissements: string[] = [];
    for (const jeuneId of input.jeuneIds) {
      const j = jeuneExistant(ctx, jeuneId);
      ctx.dossier(jeuneId);
      const deja = instruction(
        ctx.sqlite,
        'SELECT date, statut FROM positionnement WHERE action_id = ? AND jeune_id = ?',
      ).get(action.id, jeuneId) as { date: string; statut: PositionnementLu['statut'] } | undefined;
      if (deja) {
        throw regle(
          `${nomDansUnePhrase(j)} est déjà positionné(e) sur « ${action.intitule} » depuis le ${dateFr(deja.date)} (statut ${statutCite(deja.statut)}) : suivez ce positionnement plutôt que d'en créer un autre. Rien n'a été enregistré.`,
          'jeuneIds',
        );
      }
      const id = ctx.db
        .insert(positionnement)
        .values({
          actionId: action.id,
          jeuneId,
          date,
          statut: 'propose',
          statutLe: date,
          commentaire: input.commentaire,
          auteurId: ctx.acteur.id,
          ...creation(ctx),
        })
        .returning({ id: positionnement.id })
        .get().id;
      ecrireEtape(ctx, id, { statut: 'propose', date, motifNonRetenu: null, commentaire: null, commissionId: null });
      avertissements.push(...avertissementsPrerequis(j, action));
      ids.push(id);
    }
    if (action.placesRestantes === 0) {
      avertissements.push(
        `« ${action.intitule} » n'a plus de place libre (${action.places} place${action.places > 1 ? 's' : ''}, toutes prises par des jeunes retenus ou entrés) : la candidature est enregistrée et attend un désistement.`,
      );
    }
    return { ids, avertissements };
  }) satisfies Handler<C, 'positionnements.proposer'>,

  'positionnements.changerStatut': ((input, ctx) => {
    const p = positionnementExistant(ctx, input.id);
    verifierVersionLue(ctx, p, input.modifieLeLu, 'Rechargez la candidature, puis notez à nouveau son étape.');
    const { situationId, avertissements } = avancer(ctx, p, {
      statut: input.statut,
      date: input.date ?? aujourdhui(ctx),
      motifNonRetenu: input.motifNonRetenu,
      certificationObtenue: input.certificationObtenue,
      commentaire: input.commentaire,
      commissionId: null,
    });
    return { id: p.id, situationId, avertissements };
  }) satisfies Handler<C, 'positionnements.changerStatut'>,

  'positionnements.annulerEtape': ((input, ctx) => {
    const p = positionnementExistant(ctx, input.id);
    verifierVersionLue(
      ctx,
      p,
      input.modifieLeLu,
      "Rechargez la candidature pour voir sa dernière étape avant de l'annuler.",
    );
    return { id: p.id, statut: annulerDerniereEtape(ctx, p) };
  }) satisfies Handler<C, 'positionnements.annulerEtape'>,

  'positionnements.supprimer': ((input, ctx) => {
    const p = positionnementExistant(ctx, input.id);
    if (p.statut !== 'propose') {
      throw regle(
        `Cette candidature a avancé (statut ${statutCite(p.statut)}) : elle ne se supprime plus. Si une étape a été saisie par erreur, annulez-la ; si le jeune ne donne pas suite, notez-le « désisté ».`,
      );
    }
    exigerDroitDeSupprimer(ctx, p, actionExistante(ctx, p.actionId));
    // Its « proposé » step goes with it (cascade).
    ctx.db.delete(positionnement).where(eq(positionnement.id, p.id)).run();
    return { id: p.id };
  }) satisfies Handler<C, 'positionnements.supprimer'>,

  'positionnements.enregistrerBilan': ((input, ctx) => {
    const p = positionnementExistant(ctx, input.id);
    if (!STATUTS_ENTRES.includes(p.statut)) {
      throw regle(
        `Le bilan individuel se fait une fois le jeune entré en formation ; cette candidature est ${statutCite(p.statut)}. Notez d'abord l'entrée.`,
      );
    }
    const entree = instruction(
      ctx.sqlite,
      "SELECT date FROM etape_positionnement WHERE positionnement_id = ? AND statut = 'entre' ORDER BY id DESC LIMIT 1",
    ).get(p.id) as { date: string } | undefined;
    const today = aujourdhui(ctx);
    const date = input.date ?? today;
    if (date > today) {
      throw regle(`Bilan daté du ${dateFr(date)}, dans le futur : datez-le du jour où il est fait.`, 'date');
    }
    if (entree && date < entree.date) {
      throw regle(
        `Bilan daté du ${dateFr(date)}, avant l'entrée en formation (${dateFr(entree.date)}) : corrigez la date.`,
        'date',
      );
    }
    ctx.db
      .update(positionnement)
      .set({
        bilanLe: date,
        bilanApports: input.apports,
        bilanSuite: input.suite,
        modifieLe: versionSuivante(ctx, p.modifieLe),
        modifiePar: ctx.acteur.id,
      })
      .where(eq(positionnement.id, p.id))
      .run();
    return { id: p.id };
  }) satisfies Handler<C, 'positionnements.enregistrerBilan'>,

  'positionnements.duJeune': ((input, ctx) => {
    dossierExistant(ctx, input.jeuneId);
    return positionnementsOu(ctx, 'p.jeune_id = ?', [input.jeuneId]);
  }) satisfies Handler<C, 'positionnements.duJeune'>,

  ...commissionsHandlers,
  ...tableauHandlers,
};
