import { eq } from 'drizzle-orm';
import type { activiteContract, SituationJeune } from '../../contract/activite';
import {
  EMPLOI_DURABLE_MOIS,
  SOUS_TYPES_SITUATION,
  TYPE_SITUATION_LIBELLES,
  type TypeSituation,
} from '../../contract/referentielsParcours';
import { situation } from '../../db/schema';
import type { Contexte, Handler } from '../commun/contexte';
import { introuvable, regle } from '../commun/erreurs';
import { instruction } from '../commun/instructions';
import { ajouterJours, ajouterMois, dateFr, moisEntiers } from '../commun/temps';
import { creation, modification } from '../commun/tracabilite';
import { aujourdhui, dossierExistant } from '../jeunes';

type C = typeof activiteContract;

/** What the rules of a situation read: its kind and its dates. */
export interface PeriodeSituation {
  type: TypeSituation;
  sousType: string | null;
  debut: string;
  finPrevue: string | null;
  finReelle: string | null;
}

/**
 * Whole months from the start to the actual end, else the planned end; null when open-ended.
 * The end day is worked, as in a contract: 01/03 → 31/08 is 6 months.
 */
export function dureeSituationMois(s: PeriodeSituation): number | null {
  const fin = s.finReelle ?? s.finPrevue;
  return fin === null ? null : moisEntiers(s.debut, ajouterJours(fin, 1));
}

/**
 * DOMAIN.md's "emploi durable": a CDI, or a contract of EMPLOI_DURABLE_MOIS months or more.
 * Applied to emploi and alternance (an alternance is a work contract). A CDI counts whatever its
 * end (a broken trial period is still an access to a CDI); another contract with no end date
 * cannot be shown to last 6 months and does not count. The one rule the file, the portfolio and
 * the indicators read.
 */
export function estEmploiDurable(s: PeriodeSituation): boolean {
  if (s.type !== 'emploi' && s.type !== 'alternance') return false;
  if (s.type === 'emploi' && s.sousType === 'cdi') return true;
  const duree = dureeSituationMois(s);
  return duree !== null && duree >= EMPLOI_DURABLE_MOIS;
}

/** In progress on `date`: started, and not ended (an end on that day still counts). */
export function situationEnCours(s: PeriodeSituation, date: string): boolean {
  return s.debut <= date && (s.finReelle === null || s.finReelle >= date);
}

type Ligne = Omit<SituationJeune, 'emploiDurable' | 'dureeMois' | 'enCours'>;

// The match a situation came from: at most one (a match points at one situation, and linking a
// situation another match already holds is refused), found through its index on situation_id.
const SELECT_SITUATION = `
  SELECT s.id, s.jeune_id AS jeuneId, s.type, s.sous_type AS sousType, s.debut, s.fin_prevue AS finPrevue,
         s.fin_reelle AS finReelle, s.organisme, s.entreprise_id AS entrepriseId, e.nom AS entrepriseNom,
         (SELECT m.id FROM mise_en_relation m WHERE m.situation_id = s.id ORDER BY m.id LIMIT 1) AS miseEnRelationId,
         (SELECT p.id FROM positionnement p WHERE p.situation_id = s.id ORDER BY p.id LIMIT 1) AS positionnementId,
         s.intitule, s.commentaire
  FROM situation s
  LEFT JOIN entreprise e ON e.id = s.entreprise_id`;

/** The situations a firm of the portfolio may employ: the others have no employer. */
export const TYPES_SITUATION_ENTREPRISE: readonly TypeSituation[] = ['emploi', 'alternance', 'immersion'];

function enSituation(l: Ligne, today: string): SituationJeune {
  return {
    ...l,
    emploiDurable: estEmploiDurable(l),
    dureeMois: dureeSituationMois(l),
    enCours: situationEnCours(l, today),
  };
}

function libelleSousTypes(type: TypeSituation): string {
  return Object.values(SOUS_TYPES_SITUATION[type]).join(', ');
}

function verifier(s: PeriodeSituation, today: string) {
  const sousTypes = SOUS_TYPES_SITUATION[s.type];
  const libelle = TYPE_SITUATION_LIBELLES[s.type];
  if (Object.keys(sousTypes).length === 0) {
    if (s.sousType !== null) throw regle(`« ${libelle} » n'a pas de sous-type : laissez le champ vide.`, 'sousType');
  } else if (s.sousType === null) {
    throw regle(`${libelle} : précisez le sous-type (${libelleSousTypes(s.type)}).`, 'sousType');
  } else if (!Object.hasOwn(sousTypes, s.sousType)) {
    throw regle(
      `Sous-type « ${s.sousType} » inconnu pour « ${libelle} » : choisissez parmi ${libelleSousTypes(s.type)}.`,
      'sousType',
    );
  }
  const limite = ajouterMois(today, 12);
  if (s.debut > limite) {
    throw regle(
      `Début le ${dateFr(s.debut)}, plus d'un an après aujourd'hui : vérifiez l'année (au plus tard le ${dateFr(limite)}).`,
      'debut',
    );
  }
  for (const [champ, fin, quoi] of [
    ['finPrevue', s.finPrevue, 'La fin prévue'],
    ['finReelle', s.finReelle, 'La fin réelle'],
  ] as const) {
    if (fin !== null && fin < s.debut) {
      throw regle(
        `${quoi} (${dateFr(fin)}) précède le début (${dateFr(s.debut)}) : corrigez l'une des deux dates.`,
        champ,
      );
    }
  }
}

/**
 * The words (not refusals) a saved situation earns: a contract with no end, an overlap with an
 * open situation of the same type. Shared with the outcome « retenu » of a match, which creates
 * a situation too.
 */
export function avertissementsSituation(
  ctx: Contexte,
  s: PeriodeSituation & { jeuneId: number },
  nouvelle: boolean,
): string[] {
  const mots: string[] = [];
  if (
    (s.type === 'emploi' || s.type === 'alternance') &&
    s.sousType !== 'cdi' &&
    s.finPrevue === null &&
    s.finReelle === null
  ) {
    mots.push(
      "Sans date de fin, ce contrat ne compte pas comme emploi durable : indiquez sa fin prévue dès qu'elle est connue.",
    );
  }
  if (nouvelle) {
    // An open situation of the same type that this one overlaps: often the previous job whose
    // end nobody recorded. Two part-time jobs are possible, so it is a word, not a refusal.
    const fin = s.finReelle ?? s.finPrevue ?? '9999-12-31';
    const ouvertes = instruction(
      ctx.sqlite,
      `SELECT debut FROM situation WHERE jeune_id = ? AND type = ? AND fin_reelle IS NULL AND debut <= ? ORDER BY debut`,
    ).all(s.jeuneId, s.type, fin) as { debut: string }[];
    for (const o of ouvertes) {
      mots.push(
        `Une situation « ${TYPE_SITUATION_LIBELLES[s.type]} » est déjà en cours depuis le ${dateFr(o.debut)}, sans fin réelle : si elle est terminée, indiquez sa fin réelle.`,
      );
    }
  }
  return mots;
}

/**
 * A firm of the portfolio named as employer: only on a job, an alternance or an immersion, and it
 * must exist. Returns its name, which fills the employer typed when left empty.
 */
function employeur(ctx: Contexte, type: TypeSituation, entrepriseId: number): string {
  if (!TYPES_SITUATION_ENTREPRISE.includes(type)) {
    throw regle(
      `« ${TYPE_SITUATION_LIBELLES[type]} » n'a pas d'employeur : seuls un emploi, une alternance ou une immersion nomment une entreprise. Retirez l'entreprise, ou changez le type.`,
      'entrepriseId',
    );
  }
  const e = instruction(ctx.sqlite, 'SELECT nom FROM entreprise WHERE id = ?').get(entrepriseId) as
    { nom: string } | undefined;
  if (!e) {
    throw regle(
      "Cette entreprise n'existe plus dans le portefeuille : choisissez-en une autre, ou tapez le nom de l'employeur.",
      'entrepriseId',
    );
  }
  return e.nom;
}

export const situationsHandlers = {
  'situations.duJeune': ((input, ctx) => {
    dossierExistant(ctx, input.jeuneId);
    const today = aujourdhui(ctx);
    const lignes = instruction(
      ctx.sqlite,
      `${SELECT_SITUATION} WHERE s.jeune_id = ? ORDER BY s.debut DESC, s.id DESC`,
    ).all(input.jeuneId) as Ligne[];
    return lignes.map((l) => enSituation(l, today));
  }) satisfies Handler<C, 'situations.duJeune'>,

  'situations.enregistrer': ((input, ctx) => {
    dossierExistant(ctx, input.jeuneId);
    const { id: existante, ...saisie } = input;
    if (existante !== null) {
      const s = instruction(ctx.sqlite, 'SELECT jeune_id AS jeuneId FROM situation WHERE id = ?').get(existante) as
        { jeuneId: number } | undefined;
      if (!s) throw introuvable('Situation');
      if (s.jeuneId !== input.jeuneId) {
        throw regle(
          "Cette situation appartient au dossier d'un autre jeune : ouvrez le bon dossier pour la corriger.",
          'id',
        );
      }
    }
    verifier(saisie, aujourdhui(ctx));
    if (saisie.entrepriseId !== null) {
      const nom = employeur(ctx, saisie.type, saisie.entrepriseId);
      saisie.organisme ??= nom;
    }
    const mots = avertissementsSituation(ctx, saisie, existante === null);
    let id: number;
    if (existante === null) {
      id = ctx.db
        .insert(situation)
        .values({ ...saisie, ...creation(ctx) })
        .returning({ id: situation.id })
        .get().id;
    } else {
      id = existante;
      ctx.db
        .update(situation)
        .set({ ...saisie, ...modification(ctx) })
        .where(eq(situation.id, id))
        .run();
    }
    return { id, emploiDurable: estEmploiDurable(saisie), avertissements: mots };
  }) satisfies Handler<C, 'situations.enregistrer'>,

  'situations.supprimer': ((input, ctx) => {
    const s = instruction(ctx.sqlite, 'SELECT jeune_id AS jeuneId FROM situation WHERE id = ?').get(input.id) as
      { jeuneId: number } | undefined;
    if (!s) throw introuvable('Situation');
    ctx.dossier(s.jeuneId);
    ctx.db.delete(situation).where(eq(situation.id, input.id)).run();
    return { id: input.id };
  }) satisfies Handler<C, 'situations.supprimer'>,
};
