import { eq } from 'drizzle-orm';
import type { Diagnostic, parcoursContract } from '../../contract/parcours';
import {
  DIMENSION_LIBELLES,
  DIMENSIONS,
  LOGEMENT_LIBELLES,
  NIVEAU_LIBELLES,
  RESSOURCE_LIBELLES,
  SITUATION_PREMIER_ACCUEIL_LIBELLES,
  SOUS_TYPES_SITUATION,
  TYPE_SITUATION_LIBELLES,
  type ConclusionDiagnostic,
  type Dimension,
  type TypeSituation,
} from '../../contract/referentielsParcours';
import type { Sqlite } from '../../db/open';
import { diagnostic, evenement } from '../../db/schema';
import { themesEnTexte } from '../activite/commun';
import { recalculerContacts } from '../commun/contacts';
import type { Contexte, Handler } from '../commun/contexte';
import { introuvable, regle } from '../commun/erreurs';
import { instruction } from '../commun/instructions';
import { dateFr } from '../commun/temps';
import { creation, modification } from '../commun/tracabilite';
import { aujourdhui, jeuneExistant, type JeuneLigne } from '../jeunes';
import { resumesOrientations } from '../orientations/lectures';
import {
  corrigerOrientationDuDiagnostic,
  creerOrientation,
  orientationDuDiagnostic,
  retirerOrientationDuDiagnostic,
  type SaisieOrientation,
} from '../orientations/regles';
import { typeChoisi } from './types';

type C = typeof parcoursContract;
type LigneDimension = Diagnostic['dimensions'][number];

const NOTE_ENTRETIEN = 'Entretien de diagnostic';

interface LigneDiagnostic {
  id: number;
  jeuneId: number;
  conseillerId: number;
  conseillerNom: string;
  debut: string;
  conclusion: ConclusionDiagnostic | null;
  conclusionLe: string | null;
  typeParcoursPropose: string | null;
  conclusionNote: string | null;
}

const SELECT_DIAGNOSTIC = `
  SELECT d.id, d.jeune_id AS jeuneId, d.conseiller_id AS conseillerId, u.prenom || ' ' || u.nom AS conseillerNom,
         d.debut, d.conclusion, d.conclusion_le AS conclusionLe, d.type_parcours_propose AS typeParcoursPropose,
         d.conclusion_note AS conclusionNote
  FROM diagnostic d JOIN utilisateur u ON u.id = d.conseiller_id`;

/** Every dimension, in the referential's order; one not yet discussed is empty. */
function dimensionsCompletes(lues: readonly LigneDimension[]): LigneDimension[] {
  const parDimension = new Map(lues.map((d) => [d.dimension, d]));
  return DIMENSIONS.map(
    (dimension) =>
      parDimension.get(dimension) ?? { dimension, situation: null, frein: false, freins: null, note: null },
  );
}

/** The jeune's diagnostics, most recent first, with their interviews and their 8 dimensions. */
function diagnosticsDuJeune(sqlite: Sqlite, jeuneId: number): Diagnostic[] {
  const lignes = instruction(sqlite, `${SELECT_DIAGNOSTIC} WHERE d.jeune_id = ? ORDER BY d.debut DESC, d.id DESC`).all(
    jeuneId,
  ) as LigneDiagnostic[];
  const entretiens = instruction(
    sqlite,
    `SELECT e.diagnostic_id AS id, e.date FROM diagnostic_entretien e JOIN diagnostic d ON d.id = e.diagnostic_id
     WHERE d.jeune_id = ? ORDER BY e.date`,
  ).all(jeuneId) as { id: number; date: string }[];
  const dimensions = instruction(
    sqlite,
    `SELECT dd.diagnostic_id AS id, dd.dimension, dd.situation, dd.frein, dd.freins, dd.note
     FROM diagnostic_dimension dd JOIN diagnostic d ON d.id = dd.diagnostic_id WHERE d.jeune_id = ?`,
  ).all(jeuneId) as (Omit<LigneDimension, 'frein'> & { id: number; frein: number })[];
  const orientations = resumesOrientations(sqlite, jeuneId, 'diagnostic');
  return lignes.map((d) => ({
    ...d,
    orientation: orientations.get(d.id) ?? null,
    entretiens: entretiens.filter((e) => e.id === d.id).map((e) => e.date),
    dimensions: dimensionsCompletes(
      dimensions.filter((x) => x.id === d.id).map(({ id: _id, ...x }) => ({ ...x, frein: x.frein === 1 })),
    ),
  }));
}

/** Where a current situation is told in the prefill. */
const DIMENSION_DE_SITUATION: Record<TypeSituation, Dimension> = {
  emploi: 'emploi',
  alternance: 'emploi',
  creation_activite: 'emploi',
  immersion: 'emploi',
  service_civique: 'emploi',
  formation: 'formation',
  scolarite: 'formation',
};

interface SituationEnCours {
  type: TypeSituation;
  sousType: string | null;
  debut: string;
  organisme: string | null;
  intitule: string | null;
}

function phraseSituation(s: SituationEnCours): string {
  const sousType = s.sousType ? SOUS_TYPES_SITUATION[s.type][s.sousType] : undefined;
  const quoi = [TYPE_SITUATION_LIBELLES[s.type] + (sousType ? ` (${sousType})` : ''), s.intitule, s.organisme]
    .filter(Boolean)
    .join(', ');
  return `En cours : ${quoi}, depuis le ${dateFr(s.debut)}.`;
}

/**
 * What the file already says, dimension by dimension: a French sentence, and the obstacles that
 * are obvious from it (sans domicile, no licence nor vehicle, no resources). RQTH is told as a
 * neutral fact, never guessed as an obstacle; the sensitive mentions are never read here.
 */
function faitsDuDossier(
  j: JeuneLigne,
  situations: readonly SituationEnCours[],
): Record<Dimension, { phrases: string[]; frein: boolean }> {
  const faits = Object.fromEntries(DIMENSIONS.map((d) => [d, { phrases: [] as string[], frein: false }])) as Record<
    Dimension,
    { phrases: string[]; frein: boolean }
  >;
  if (j.situationPremierAccueil) {
    faits.emploi.phrases.push(
      `Au premier accueil : ${SITUATION_PREMIER_ACCUEIL_LIBELLES[j.situationPremierAccueil].toLowerCase()}.`,
    );
  }
  if (j.inscritFranceTravail) faits.emploi.phrases.push('Inscrit(e) à France Travail.');
  if (j.niveau) faits.formation.phrases.push(`Niveau : ${NIVEAU_LIBELLES[j.niveau]}.`);
  if (j.diplome) faits.formation.phrases.push(`Diplôme le plus élevé : ${j.diplome}.`);
  for (const s of situations) faits[DIMENSION_DE_SITUATION[s.type]].phrases.push(phraseSituation(s));
  if (j.logement) {
    faits.logement.phrases.push(`${LOGEMENT_LIBELLES[j.logement]}.`);
    faits.logement.frein = j.logement === 'sans_domicile' || j.logement === 'hebergement_urgence';
  }
  if (j.rqth) faits.sante.phrases.push('Reconnaissance de la qualité de travailleur handicapé (RQTH).');
  faits.mobilite.phrases.push(
    j.permisB && j.vehicule
      ? 'Permis B et véhicule.'
      : j.permisB
        ? 'Permis B, sans véhicule.'
        : j.vehicule
          ? 'Véhicule, sans permis B.'
          : 'Ni permis B ni véhicule.',
  );
  faits.mobilite.frein = !j.permisB && !j.vehicule;
  if (j.ressources) {
    faits.ressources.phrases.push(`${RESSOURCE_LIBELLES[j.ressources]}.`);
    faits.ressources.frein = j.ressources === 'aucune';
  }
  if (j.rsa && j.ressources !== 'rsa') faits.ressources.phrases.push('Bénéficiaire du RSA.');
  if (j.ase) faits.citoyennete.phrases.push("Pris(e) en charge par l'Aide sociale à l'enfance (ASE).");
  return faits;
}

/**
 * The prefill of a new diagnostic: the file's facts make the situation; where the file knows
 * nothing, the previous diagnostic's situation is carried over. Its obstacles and notes are
 * carried over too, and an obstacle it found stays ticked (the conseiller unticks what is solved).
 */
function preRemplissage(sqlite: Sqlite, j: JeuneLigne, today: string, precedent: Diagnostic | undefined) {
  const situations = instruction(
    sqlite,
    `SELECT type, sous_type AS sousType, debut, organisme, intitule FROM situation
     WHERE jeune_id = ? AND debut <= ? AND coalesce(fin_reelle, fin_prevue, '9999-12-31') >= ?
     ORDER BY debut, id`,
  ).all(j.id, today, today) as SituationEnCours[];
  const faits = faitsDuDossier(j, situations);
  return DIMENSIONS.map((dimension) => {
    const avant = precedent?.dimensions.find((d) => d.dimension === dimension);
    const { phrases, frein } = faits[dimension];
    return {
      dimension,
      situation: phrases.length > 0 ? phrases.join(' ') : (avant?.situation ?? null),
      frein: frein || (avant?.frein ?? false),
      freins: avant?.freins ?? null,
      note: avant?.note ?? null,
    };
  });
}

/** Refuses a dimension typed twice: which of the two would be kept is anyone's guess. */
function verifierDimensions(dimensions: readonly { dimension: Dimension }[]) {
  const vues = new Set<Dimension>();
  dimensions.forEach((d, i) => {
    if (vues.has(d.dimension)) {
      throw regle(
        `Dimension « ${DIMENSION_LIBELLES[d.dimension]} » saisie deux fois : regroupez-la en une seule ligne.`,
        `dimensions.${i}.dimension`,
      );
    }
    vues.add(d.dimension);
  });
}

/** The diagnostic an interview continues: the same jeune's. */
function diagnosticDuJeune(ctx: Contexte, id: number, jeuneId: number): LigneDiagnostic {
  const d = instruction(ctx.sqlite, `${SELECT_DIAGNOSTIC} WHERE d.id = ?`).get(id) as LigneDiagnostic | undefined;
  if (!d || d.jeuneId !== jeuneId) throw introuvable('Diagnostic');
  return d;
}

export const diagnosticsHandlers = {
  'diagnostics.duJeune': ((input, ctx) => {
    const j = jeuneExistant(ctx, input.jeuneId);
    ctx.dossier(j.id);
    const diagnostics = diagnosticsDuJeune(ctx.sqlite, j.id);
    return { diagnostics, preRemplissage: preRemplissage(ctx.sqlite, j, aujourdhui(ctx), diagnostics[0]) };
  }) satisfies Handler<C, 'diagnostics.duJeune'>,

  'diagnostics.enregistrer': ((input, ctx) => {
    const j = jeuneExistant(ctx, input.jeuneId);
    ctx.dossier(j.id);
    const today = aujourdhui(ctx);
    const date = input.date ?? today;
    const avertissements: string[] = [];
    if (date > today) {
      throw regle(
        `Entretien daté du ${dateFr(date)}, dans le futur : un entretien s'enregistre le jour où il a lieu (ou après).`,
        'date',
      );
    }
    verifierDimensions(input.dimensions);

    let existant: LigneDiagnostic | null = null;
    let nouvelEntretien = true;
    if (input.diagnosticId !== null) {
      existant = diagnosticDuJeune(ctx, input.diagnosticId, j.id);
      if (date < existant.debut) {
        throw regle(
          `Entretien daté du ${dateFr(date)}, avant le début de ce diagnostic (${dateFr(existant.debut)}) : corrigez la date.`,
          'date',
        );
      }
      nouvelEntretien = !instruction(
        ctx.sqlite,
        'SELECT 1 FROM diagnostic_entretien WHERE diagnostic_id = ? AND date = ?',
      ).get(existant.id, date);
      // A concluded diagnostic is corrected (typos, a wrong type proposed) on the dates of its
      // interviews; a new interview after the conclusion starts a new diagnostic.
      if (existant.conclusion !== null && nouvelEntretien) {
        throw regle(
          `Ce diagnostic est conclu depuis le ${dateFr(existant.conclusionLe!)} : pour un nouvel entretien, commencez un nouveau diagnostic (il reprendra celui-ci). Pour corriger, gardez la date d'un de ses entretiens.`,
          'date',
        );
      }
    } else {
      const enCours = instruction(
        ctx.sqlite,
        'SELECT debut FROM diagnostic WHERE jeune_id = ? AND conclusion IS NULL ORDER BY debut DESC LIMIT 1',
      ).get(j.id) as { debut: string } | undefined;
      if (enCours) {
        throw regle(
          `Un diagnostic est déjà en cours pour ce jeune (commencé le ${dateFr(enCours.debut)}) : poursuivez-le plutôt que d'en commencer un autre.`,
          'diagnosticId',
        );
      }
    }

    const debut = existant?.debut ?? date;
    const conclusion = input.conclusion;
    if (conclusion) {
      if (conclusion.date < debut) {
        throw regle(
          `Conclusion datée du ${dateFr(conclusion.date)}, avant le début du diagnostic (${dateFr(debut)}) : corrigez la date de conclusion.`,
          'conclusion.date',
        );
      }
      if (conclusion.date > today) {
        throw regle(
          `Conclusion datée du ${dateFr(conclusion.date)}, dans le futur : concluez le jour où la décision est prise.`,
          'conclusion.date',
        );
      }
      if (conclusion.conclusion === 'parcours') {
        typeChoisi(ctx.sqlite, conclusion.typeParcoursPropose!, 'conclusion.typeParcoursPropose', avertissements);
      }
    }

    // Every check is done: from here on, the call writes.
    let id: number;
    if (existant) {
      id = existant.id;
      ctx.db.update(diagnostic).set(modification(ctx)).where(eq(diagnostic.id, id)).run();
    } else {
      id = ctx.db
        .insert(diagnostic)
        .values({ jeuneId: j.id, conseillerId: ctx.acteur.id, debut: date, ...creation(ctx) })
        .returning({ id: diagnostic.id })
        .get().id;
    }
    ecrireDimensions(ctx.sqlite, id, input.dimensions);
    if (conclusion) {
      conclureOrientation(ctx, { jeuneId: j.id, diagnosticId: id, nouveau: existant === null, conclusion });
      ctx.db
        .update(diagnostic)
        .set({
          conclusion: conclusion.conclusion,
          conclusionLe: conclusion.date,
          typeParcoursPropose: conclusion.conclusion === 'parcours' ? conclusion.typeParcoursPropose : null,
          conclusionNote: conclusion.note,
        })
        .where(eq(diagnostic.id, id))
        .run();
    }
    if (nouvelEntretien) {
      instruction(ctx.sqlite, 'INSERT INTO diagnostic_entretien (diagnostic_id, date) VALUES (?, ?)').run(id, date);
      // The interview is also an act with the jeune: it shows in the timeline and counts as a
      // contact. Its themes are the obstacles found during this interview.
      ctx.db
        .insert(evenement)
        .values({
          jeuneId: j.id,
          date,
          type: 'entretien_individuel',
          modalite: 'presentiel',
          themes: themesEnTexte(input.dimensions.filter((d) => d.frein).map((d) => d.dimension)),
          note: NOTE_ENTRETIEN,
          auteurId: ctx.acteur.id,
          diagnosticId: id,
          ...creation(ctx),
        })
        .run();
      recalculerContacts(ctx.sqlite, j.id);
    }
    return { id, avertissements };
  }) satisfies Handler<C, 'diagnostics.enregistrer'>,
};

/**
 * The orientation a conclusion makes: created with the conclusion « orientation », corrected when
 * the diagnostic is saved again, withdrawn when it concludes otherwise (rules in
 * services/orientations/regles.ts).
 */
function conclureOrientation(
  ctx: Contexte,
  d: {
    jeuneId: number;
    diagnosticId: number;
    nouveau: boolean;
    conclusion: { conclusion: ConclusionDiagnostic; date: string; orientation: SaisieOrientation | null };
  },
) {
  const existante = d.nouveau ? undefined : orientationDuDiagnostic(ctx, d.diagnosticId);
  const { conclusion, date, orientation } = d.conclusion;
  const champ = 'conclusion.orientation';
  if (conclusion !== 'orientation' || orientation === null) {
    if (existante) retirerOrientationDuDiagnostic(ctx, existante);
  } else if (existante) {
    corrigerOrientationDuDiagnostic(ctx, existante, { saisie: orientation, date, champ });
  } else {
    creerOrientation(ctx, {
      jeuneId: d.jeuneId,
      saisie: orientation,
      date,
      origine: 'diagnostic',
      diagnosticId: d.diagnosticId,
      champ,
    });
  }
}

/** Upserts the dimensions typed; those not typed keep what an earlier interview said. */
function ecrireDimensions(sqlite: Sqlite, diagnosticId: number, dimensions: readonly LigneDimension[]) {
  const ecrire = instruction(
    sqlite,
    `INSERT INTO diagnostic_dimension (diagnostic_id, dimension, situation, frein, freins, note)
     VALUES (@diagnosticId, @dimension, @situation, @frein, @freins, @note)
     ON CONFLICT (diagnostic_id, dimension) DO UPDATE SET
       situation = excluded.situation, frein = excluded.frein, freins = excluded.freins, note = excluded.note`,
  );
  for (const d of dimensions) {
    ecrire.run({
      diagnosticId,
      dimension: d.dimension,
      situation: d.situation,
      frein: d.frein ? 1 : 0,
      freins: d.freins,
      note: d.note,
    });
  }
}
