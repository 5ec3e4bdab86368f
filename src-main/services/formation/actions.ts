import { eq } from 'drizzle-orm';
import type { ParsedInputOf } from '../../contract/core';
import type { formationContract, LigneAction } from '../../contract/formation';
import { NIVEAUX } from '../../contract/referentielsParcours';
import {
  STATUT_ACTION_LIBELLES,
  STATUTS_POSITIONNEMENT,
  TRANSITIONS_POSITIONNEMENT,
} from '../../contract/referentielsFormation';
import { actionFormation } from '../../db/schema';
import type { Contexte, Handler } from '../commun/contexte';
import { ErreurMetier, regle } from '../commun/erreurs';
import { instruction } from '../commun/instructions';
import { mots, plier } from '../commun/texte';
import { dateFr } from '../commun/temps';
import { creation } from '../commun/tracabilite';
import { verifierVersion, versionSuivante } from '../commun/versions';
import { aujourdhui } from '../jeunes';
import { commissionsDeLAction, positionnementsOu, tableauDesActions } from '../positionnements/lectures';
import { actionExistante, actionsOu, bilansDeLAction, enLigne, type LigneActionLue } from './lectures';
import {
  exigerSuiviDeLAction,
  programmeLesFormations,
  verifierOrganisme,
  verifierReference,
  verifierReferent,
} from './regles';

type C = typeof formationContract;
type Criteres = ParsedInputOf<C, 'actions.rechercher'>;
type Saisie = ParsedInputOf<C, 'actions.enregistrer'>['action'];

// ---------------------------------------------------------------------------------------------
// The lookup a conseiller runs in front of a jeune. Criteria run in SQL; the words typed, which
// must ignore accents (SQLite folds none), are matched in memory on the rows left, a few hundred
// to 2,000 actions folded in a few milliseconds.

/** Which actions a jeune meets the prerequisites of, and the other structured criteria. */
function filtres(c: Criteres): { where: string; params: unknown[] } {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const dans = (colonne: string, valeurs: readonly string[]) => {
    conditions.push(`${colonne} IN (SELECT value FROM json_each(?))`);
    params.push(JSON.stringify(valeurs));
  };
  if (c.statuts.length > 0) dans('a.statut', c.statuts);
  if (c.domaines.length > 0) dans('a.domaine', c.domaines);
  if (c.codeInsee !== null) {
    conditions.push('a.code_insee = ?');
    params.push(c.codeInsee);
  }
  if (c.debutApres !== null) {
    conditions.push('a.debut >= ?');
    params.push(c.debutApres);
  }
  if (c.debutAvant !== null) {
    conditions.push('a.debut <= ?');
    params.push(c.debutAvant);
  }
  if (c.niveau !== null) {
    // A level meets every minimum up to itself, in the order of NIVEAUX; no minimum admits all.
    conditions.push(`(a.niveau_minimum IS NULL OR a.niveau_minimum IN (SELECT value FROM json_each(?)))`);
    params.push(JSON.stringify(NIVEAUX.slice(0, NIVEAUX.indexOf(c.niveau) + 1)));
  }
  if (c.age !== null) {
    conditions.push('(a.age_minimum IS NULL OR a.age_minimum <= ?) AND (a.age_maximum IS NULL OR a.age_maximum >= ?)');
    params.push(c.age, c.age);
  }
  if (c.referentId !== null) {
    conditions.push('a.referent_id = ?');
    params.push(c.referentId);
  }
  if (c.programme !== null && c.programme !== '') {
    conditions.push('a.programme = ?');
    params.push(c.programme);
  }
  return { where: conditions.length === 0 ? '1' : conditions.join(' AND '), params };
}

/** Every word typed begins somewhere in the action's title, programme, body, place or number. */
function filtreTexte(texte: string): ((a: LigneActionLue) => boolean) | null {
  const cherches = mots(texte);
  if (cherches.length === 0) return null;
  return (a) => {
    const siens = ` ${plier(
      [a.intitule, a.programme, a.organismeNom, a.certification, a.commune, a.lieu, a.reference]
        .filter((t) => t !== null)
        .join(' '),
    )}`;
    return cherches.every((m) => siens.includes(` ${m}`));
  };
}

export function rechercherActions(ctx: Contexte, c: Criteres): { actions: LigneAction[]; total: number } {
  const { where, params } = filtres(c);
  let trouvees = actionsOu(ctx, where, params);
  if (c.avecPlacesSeulement) trouvees = trouvees.filter((a) => a.placesRestantes > 0);
  const texte = filtreTexte(c.texte);
  if (texte) trouvees = trouvees.filter(texte);
  const cles = new Map(trouvees.map((a) => [a.id, plier(a.intitule)]));
  trouvees.sort((x, y) => {
    if (x.debut !== y.debut) return x.debut < y.debut ? -1 : 1;
    const [cx, cy] = [cles.get(x.id)!, cles.get(y.id)!];
    return cx < cy ? -1 : cx > cy ? 1 : x.id - y.id;
  });
  return { actions: trouvees.slice(0, c.limite).map(enLigne), total: trouvees.length };
}

// ---------------------------------------------------------------------------------------------

/** Statuses after which a candidacy still waits for something (a decision, an entry, an end). */
const STATUTS_EN_COURS = STATUTS_POSITIONNEMENT.filter((s) => TRANSITIONS_POSITIONNEMENT[s].length > 0);

function colonnes(s: Saisie) {
  return {
    intitule: s.intitule,
    programme: s.programme,
    financeur: s.financeur,
    organismeId: s.organismeId,
    typeFormation: s.typeFormation,
    domaine: s.domaine,
    certification: s.certification,
    lieu: s.lieu,
    codeInsee: s.codeInsee,
    commune: s.commune,
    debut: s.debut,
    fin: s.fin,
    places: s.places,
    prerequis: s.prerequis,
    niveauMinimum: s.niveauMinimum,
    ageMinimum: s.ageMinimum,
    ageMaximum: s.ageMaximum,
    description: s.description,
    referentId: s.referentId,
    statut: s.statut,
    reference: s.reference,
  };
}

/** What the person should know about what was saved: allowed, but worth a second look. */
function avertissementsDeSuivi(ctx: Contexte, s: Saisie, avant: LigneActionLue | null, avertissements: string[]) {
  if (avant && s.places < avant.occupees) {
    avertissements.push(
      `Places : ${s.places}, mais ${avant.occupees} candidatures occupent déjà une place (retenues ou entrées) : l'action est en surnombre.`,
    );
  }
  if (s.fin < aujourdhui(ctx) && (s.statut === 'programmee' || s.statut === 'en_recrutement')) {
    avertissements.push(
      `L'action a fini le ${dateFr(s.fin)} mais reste « ${STATUT_ACTION_LIBELLES[s.statut]} » : passez-la « Terminée » (ou « Annulée »), sinon elle reste proposée aux jeunes.`,
    );
  }
  if (!avant) return;
  if (s.statut === 'annulee' && avant.statut !== 'annulee') {
    const enCours = (
      instruction(
        ctx.sqlite,
        'SELECT count(*) AS n FROM positionnement WHERE action_id = ? AND statut IN (SELECT value FROM json_each(?))',
      ).get(avant.id, JSON.stringify(STATUTS_EN_COURS)) as { n: number }
    ).n;
    if (enCours > 0) {
      avertissements.push(
        `Action annulée alors que ${enCours} candidature${enCours > 1 ? 's sont' : ' est'} encore en cours : notez pour chacune la suite (désisté, non retenu, abandon…).`,
      );
    }
  }
  if (s.fin !== avant.fin) {
    const entres = (
      instruction(
        ctx.sqlite,
        `SELECT count(*) AS n FROM positionnement p JOIN situation s ON s.id = p.situation_id
         WHERE p.action_id = ? AND s.fin_reelle IS NULL`,
      ).get(avant.id) as { n: number }
    ).n;
    if (entres > 0) {
      avertissements.push(
        `Fin de l'action changée : ${entres > 1 ? `${entres} jeunes sont en formation ; la fin prévue de leur situation reste celle saisie à l'entrée. Corrigez-la dans leur dossier` : "1 jeune est en formation ; la fin prévue de sa situation reste celle saisie à l'entrée. Corrigez-la dans son dossier"}.`,
      );
    }
  }
}

export const actionsHandlers = {
  'actions.rechercher': ((input, ctx) => rechercherActions(ctx, input)) satisfies Handler<C, 'actions.rechercher'>,

  'actions.lire': ((input, ctx) => {
    const a = actionExistante(ctx, input.id);
    const { modifiePar: _p, occupees: _o, ...action } = a;
    const besoins = (
      instruction(ctx.sqlite, 'SELECT count(*) AS n FROM besoin_formation WHERE action_id = ?').get(a.id) as {
        n: number;
      }
    ).n;
    return {
      ...action,
      positionnementsListe: positionnementsOu(ctx, 'p.action_id = ?', [a.id]),
      commissions: commissionsDeLAction(ctx, a.id),
      bilans: bilansDeLAction(ctx, a.id),
      tableau: tableauDesActions(ctx, 'a.id = ?', [a.id]),
      besoins,
    };
  }) satisfies Handler<C, 'actions.lire'>,

  'actions.enregistrer': ((input, ctx) => {
    const s = input.action;
    const avant = input.id === null ? null : actionExistante(ctx, input.id);
    if (!avant) {
      if (!programmeLesFormations(ctx)) {
        throw new ErreurMetier(
          'acces_refuse',
          "Ajouter une action au programme revient au référent formation et à la direction : demandez-leur de la créer, puis de vous en nommer référent d'action.",
        );
      }
    } else {
      exigerSuiviDeLAction(ctx, avant, 'modifier cette action');
      if (input.modifieLeLu === null) {
        throw regle("Rechargez l'action avant de la modifier : la version lue manque.", 'modifieLeLu');
      }
      verifierVersion(
        ctx,
        avant,
        input.modifieLeLu,
        `l'action « ${avant.intitule} »`,
        "Vos saisies sont toujours à l'écran : notez-les, rechargez l'action, puis reportez-les.",
      );
      if (s.referentId !== avant.referentId && !programmeLesFormations(ctx)) {
        throw new ErreurMetier(
          'acces_refuse',
          "Référent d'action : c'est le référent formation ou la direction qui confie une action. Demandez-leur de la confier à une autre personne.",
          [
            {
              champ: 'action.referentId',
              message: "Seuls le référent formation et la direction changent le référent d'action.",
            },
          ],
        );
      }
    }
    const avertissements: string[] = [];
    verifierOrganisme(ctx, s.organismeId, avant?.organismeId ?? null, avertissements, 'action.organismeId');
    verifierReferent(ctx, s.referentId, avant?.referentId ?? null, avertissements, 'action.referentId');
    verifierReference(ctx, s.reference, avant?.id ?? null, 'action.reference');
    avertissementsDeSuivi(ctx, s, avant, avertissements);
    if (!avant) {
      const { id } = ctx.db
        .insert(actionFormation)
        .values({ ...colonnes(s), ...creation(ctx) })
        .returning({ id: actionFormation.id })
        .get();
      return { id, avertissements };
    }
    ctx.db
      .update(actionFormation)
      .set({ ...colonnes(s), modifieLe: versionSuivante(ctx, avant.modifieLe), modifiePar: ctx.acteur.id })
      .where(eq(actionFormation.id, avant.id))
      .run();
    return { id: avant.id, avertissements };
  }) satisfies Handler<C, 'actions.enregistrer'>,

  'actions.supprimer': ((input, ctx) => {
    const a = actionExistante(ctx, input.id);
    const traces = instruction(
      ctx.sqlite,
      `SELECT (SELECT count(*) FROM positionnement WHERE action_id = @id) AS positionnements,
              (SELECT count(*) FROM commission_entree WHERE action_id = @id) AS commissions`,
    ).get({ id: a.id }) as { positionnements: number; commissions: number };
    if (traces.positionnements > 0) {
      const n = traces.positionnements;
      throw regle(
        `${n} jeune${n > 1 ? 's sont positionnés' : ' est positionné'} sur « ${a.intitule} » : l'action ne peut plus être supprimée, leur parcours en garde la trace. Si elle n'a pas lieu, passez-la « Annulée ».`,
      );
    }
    if (traces.commissions > 0) {
      throw regle(
        `« ${a.intitule} » a déjà tenu une commission d'entrée : l'action ne peut plus être supprimée. Si elle n'a pas lieu, passez-la « Annulée ».`,
      );
    }
    // Its bilans go with it (cascade); an unmet need that named it keeps the need, without the action.
    ctx.db.delete(actionFormation).where(eq(actionFormation.id, a.id)).run();
    return { id: a.id };
  }) satisfies Handler<C, 'actions.supprimer'>,
};
