import { and, eq, gt, isNull } from 'drizzle-orm';
import type { ParsedInputOf } from '../../contract/core';
import type { parcoursContract, TypeParcours } from '../../contract/parcours';
import { MOTIF_SORTIE_LIBELLES } from '../../contract/referentielsParcours';
import type { Sqlite } from '../../db/open';
import { parcours, sequence } from '../../db/schema';
import { chargerActeur } from '../comptes/acteur';
import type { Contexte, Handler } from '../commun/contexte';
import { regle } from '../commun/erreurs';
import { instruction } from '../commun/instructions';
import { dateFr } from '../commun/temps';
import { creation, modification } from '../commun/tracabilite';
import { aujourdhui, jeuneExistant } from '../jeunes';
import { ligneParcours, parcoursComplet, parcoursDuJeune, sequencesDe, type LigneParcours } from './lectures';
import {
  moisDuParcours,
  moisFr,
  verifierFinPrevue,
  verifierSequences,
  verifierSignature,
  verifierSortie,
  type DatesParcours,
  type SequenceDates,
} from './regles';
import { typeChoisi, typeExistant } from './types';

type C = typeof parcoursContract;

/** A parcours named by the call: it must exist, and its jeune's file goes to the trail. */
function parcoursExistant(ctx: Contexte, id: number): LigneParcours {
  const p = ligneParcours(ctx.sqlite, id);
  ctx.dossier(p.jeuneId);
  return p;
}

/** The référent of a parcours: an active staff member who holds the conseiller role. */
function verifierReferent(sqlite: Sqlite, referentId: number): void {
  const referent = chargerActeur(sqlite, referentId);
  if (!referent?.roles.includes('conseiller')) {
    throw regle('Référent : choisissez un conseiller actif de la structure.', 'referentId');
  }
}

/** The diagnostic that proposed the parcours: one of the same jeune's. */
function verifierDiagnostic(sqlite: Sqlite, diagnosticId: number | null, jeuneId: number): void {
  if (diagnosticId === null) return;
  const d = instruction(sqlite, 'SELECT jeune_id AS jeuneId FROM diagnostic WHERE id = ?').get(diagnosticId) as
    { jeuneId: number } | undefined;
  if (!d) throw regle('Diagnostic introuvable : rattachez le parcours à un diagnostic de ce jeune.', 'diagnosticId');
  if (d.jeuneId !== jeuneId) {
    throw regle(
      "Ce diagnostic est celui d'un autre jeune : rattachez le parcours à un diagnostic de ce jeune.",
      'diagnosticId',
    );
  }
}

/**
 * DOMAIN.md: a jeune has at most one open parcours of a given type at a time. Periods of the same
 * type do not overlap either (one may start the day the previous one ended), so that a late
 * entry or a cancelled exit cannot create two at once.
 */
function verifierUnSeulParType(
  sqlite: Sqlite,
  jeuneId: number,
  type: TypeParcours,
  p: DatesParcours,
  saufId: number | null,
): void {
  const autres = instruction(
    sqlite,
    `SELECT debut, fin_reelle AS finReelle FROM parcours
     WHERE jeune_id = ? AND type_code = ? AND id <> ? ORDER BY debut`,
  ).all(jeuneId, type.code, saufId ?? 0) as { debut: string; finReelle: string | null }[];
  const fin = (x: { finReelle: string | null }) => x.finReelle ?? '9999-12-31';
  for (const autre of autres) {
    if (autre.finReelle === null && p.finReelle === null) {
      throw regle(
        `Un parcours « ${type.libelle} » est déjà ouvert pour ce jeune depuis le ${dateFr(autre.debut)} : enregistrez sa sortie avant d'en ouvrir un autre, ou modifiez-le.`,
        'typeCode',
      );
    }
    if (p.debut < fin(autre) && autre.debut < fin(p)) {
      const periode =
        autre.finReelle === null
          ? `ouvert depuis le ${dateFr(autre.debut)}`
          : `du ${dateFr(autre.debut)} au ${dateFr(autre.finReelle)}`;
      throw regle(
        `Ce jeune a déjà un parcours « ${type.libelle} » ${periode} : un seul parcours d'un même type à la fois ; corrigez les dates.`,
        'debut',
      );
    }
  }
}

type Saisie = ParsedInputOf<C, 'parcours.ouvrir'> | ParsedInputOf<C, 'parcours.modifier'>;

/** The columns a person types, as stored: the same on opening and on editing. */
function colonnes(type: TypeParcours, s: Saisie) {
  return {
    typeCode: type.code,
    signatureDate: s.signatureDate,
    debut: s.debut,
    finPrevue: s.finPrevue,
    referentId: s.referentId,
    objectifs: s.objectifs,
    diagnosticId: s.diagnosticId,
  };
}

/** Every rule of a parcours typed or edited; the exit, if any, is the one recorded. */
function verifierSaisie(
  ctx: Contexte,
  jeuneId: number,
  type: TypeParcours,
  s: Saisie,
  o: { finReelle: string | null; saufId: number | null; referentAVerifier: boolean },
): void {
  const dates: DatesParcours = { debut: s.debut, finPrevue: s.finPrevue, finReelle: o.finReelle };
  verifierFinPrevue(dates);
  if (dates.finReelle !== null && dates.finReelle < dates.debut) {
    throw regle(
      `La sortie (${dateFr(dates.finReelle)}) précéderait le début du parcours (${dateFr(dates.debut)}) : corrigez la date de début.`,
      'debut',
    );
  }
  verifierSignature(s.signatureDate, dates, aujourdhui(ctx));
  if (o.referentAVerifier) verifierReferent(ctx.sqlite, s.referentId);
  verifierSequences(s.sequences, dates);
  verifierUnSeulParType(ctx.sqlite, jeuneId, type, dates, o.saufId);
  verifierDiagnostic(ctx.sqlite, s.diagnosticId, jeuneId);
}

/**
 * Writes the séquences in order. A row keeps its id (and its trace) while its position is kept;
 * an unchanged row is not rewritten; rows beyond the new count go.
 */
function ecrireSequences(ctx: Contexte, parcoursId: number, sequences: readonly SequenceDates[]): void {
  const existantes = new Map(sequencesDe(ctx.sqlite, parcoursId).map((s) => [s.ordre, s]));
  sequences.forEach((s, i) => {
    const ordre = i + 1;
    const avant = existantes.get(ordre);
    if (!avant) {
      ctx.db
        .insert(sequence)
        .values({ parcoursId, ordre, type: s.type, debut: s.debut, fin: s.fin, ...creation(ctx) })
        .run();
    } else if (avant.type !== s.type || avant.debut !== s.debut || avant.fin !== s.fin) {
      ctx.db
        .update(sequence)
        .set({ type: s.type, debut: s.debut, fin: s.fin, ...modification(ctx) })
        .where(eq(sequence.id, avant.id))
        .run();
    }
  });
  ctx.db
    .delete(sequence)
    .where(and(eq(sequence.parcoursId, parcoursId), gt(sequence.ordre, sequences.length)))
    .run();
}

function resultat(ctx: Contexte, id: number, avertissements: readonly string[]) {
  return {
    id,
    avertissements: [...avertissements, ...parcoursComplet(ctx.sqlite, id, aujourdhui(ctx)).avertissements],
  };
}

export const parcoursHandlers = {
  'parcours.duJeune': ((input, ctx) => {
    const j = jeuneExistant(ctx, input.jeuneId);
    ctx.dossier(j.id);
    return parcoursDuJeune(ctx.sqlite, j.id, aujourdhui(ctx));
  }) satisfies Handler<C, 'parcours.duJeune'>,

  'parcours.ouvrir': ((input, ctx) => {
    const j = jeuneExistant(ctx, input.jeuneId);
    ctx.dossier(j.id);
    const avertissements: string[] = [];
    const type = typeChoisi(ctx.sqlite, input.typeCode, 'typeCode', avertissements);
    verifierSaisie(ctx, j.id, type, input, { finReelle: null, saufId: null, referentAVerifier: true });
    const { id } = ctx.db
      .insert(parcours)
      .values({ jeuneId: j.id, ...colonnes(type, input), ...creation(ctx) })
      .returning({ id: parcours.id })
      .get();
    ecrireSequences(ctx, id, input.sequences);
    return resultat(ctx, id, avertissements);
  }) satisfies Handler<C, 'parcours.ouvrir'>,

  'parcours.modifier': ((input, ctx) => {
    const avant = parcoursExistant(ctx, input.id);
    const avertissements: string[] = [];
    // A type retired since the parcours opened stays on it; a change of type must be to one in use.
    const type =
      input.typeCode === avant.typeCode
        ? typeExistant(ctx.sqlite, avant.typeCode, 'typeCode')
        : typeChoisi(ctx.sqlite, input.typeCode, 'typeCode', avertissements);
    verifierSaisie(ctx, avant.jeuneId, type, input, {
      finReelle: avant.finReelle,
      saufId: avant.id,
      // An unchanged référent is not checked again: a colleague who left does not block an edit.
      referentAVerifier: input.referentId !== avant.referentId,
    });
    ctx.db
      .update(parcours)
      .set({ ...colonnes(type, input), ...modification(ctx) })
      .where(eq(parcours.id, avant.id))
      .run();
    ecrireSequences(ctx, avant.id, input.sequences);
    return resultat(ctx, avant.id, avertissements);
  }) satisfies Handler<C, 'parcours.modifier'>,

  'parcours.sortir': ((input, ctx) => {
    const p = parcoursExistant(ctx, input.id);
    if (p.finReelle !== null) {
      throw regle(
        `Ce parcours est déjà terminé (sortie le ${dateFr(p.finReelle)}, ${MOTIF_SORTIE_LIBELLES[p.motifSortie!].toLowerCase()}) : pour corriger la sortie, annulez-la puis enregistrez-la de nouveau.`,
      );
    }
    verifierSortie(input.date, p, sequencesDe(ctx.sqlite, p.id), aujourdhui(ctx));
    ctx.db
      .update(parcours)
      .set({
        finReelle: input.date,
        motifSortie: input.motif,
        sortieCommentaire: input.commentaire,
        ...modification(ctx),
      })
      .where(eq(parcours.id, p.id))
      .run();
    // The séquence in progress ends with the parcours.
    ctx.db
      .update(sequence)
      .set({ fin: input.date, ...modification(ctx) })
      .where(and(eq(sequence.parcoursId, p.id), isNull(sequence.fin)))
      .run();
    return resultat(ctx, p.id, []);
  }) satisfies Handler<C, 'parcours.sortir'>,

  'parcours.annulerSortie': ((input, ctx) => {
    const p = parcoursExistant(ctx, input.id);
    if (p.finReelle === null) throw regle("Ce parcours n'a pas de sortie enregistrée : il est déjà ouvert.");
    const today = aujourdhui(ctx);
    const dates: DatesParcours = { debut: p.debut, finPrevue: p.finPrevue, finReelle: null };
    // The exit closed the séquence in progress on its date: cancelling it reopens that séquence.
    const sequences = sequencesDe(ctx.sqlite, p.id);
    const derniere = sequences.at(-1);
    const rouverte = derniere?.fin === p.finReelle ? derniere : undefined;
    const apres = sequences.map((s) => (s === rouverte ? { ...s, fin: null } : s));
    verifierSequences(apres, dates);
    verifierSignature(p.signatureDate, dates, today);
    verifierUnSeulParType(ctx.sqlite, p.jeuneId, typeExistant(ctx.sqlite, p.typeCode, 'typeCode'), dates, p.id);
    ctx.db
      .update(parcours)
      .set({ finReelle: null, motifSortie: null, sortieCommentaire: null, ...modification(ctx) })
      .where(eq(parcours.id, p.id))
      .run();
    if (rouverte) {
      ctx.db
        .update(sequence)
        .set({ fin: null, ...modification(ctx) })
        .where(eq(sequence.id, rouverte.id))
        .run();
    }
    return resultat(ctx, p.id, []);
  }) satisfies Handler<C, 'parcours.annulerSortie'>,

  'parcours.declarerHeures': ((input, ctx) => {
    const p = parcoursExistant(ctx, input.parcoursId);
    if (p.heuresHebdoMin === null || p.heuresHebdoMax === null) {
      throw regle(
        `Les heures d'activité se déclarent pour les parcours qui en fixent un objectif (CEJ) : « ${p.typeLibelle} » n'en prévoit pas.`,
        'parcoursId',
      );
    }
    const mois = moisDuParcours(p);
    if (!mois.includes(input.mois)) {
      throw regle(
        `${moisFr(input.mois)} est en dehors du parcours (${moisFr(mois[0]!)} à ${moisFr(mois.at(-1)!)}) : choisissez un mois du parcours.`,
        'mois',
      );
    }
    if (input.mois > aujourdhui(ctx).slice(0, 7)) {
      throw regle(
        `${moisFr(input.mois)} n'a pas encore commencé : déclarez les heures d'un mois passé ou en cours.`,
        'mois',
      );
    }
    instruction(
      ctx.sqlite,
      `INSERT INTO parcours_heures (parcours_id, mois, heures_hebdo, cree_le, cree_par, modifie_le, modifie_par)
       VALUES (@parcoursId, @mois, @heuresHebdo, @creeLe, @creePar, @modifieLe, @modifiePar)
       ON CONFLICT (parcours_id, mois) DO UPDATE SET
         heures_hebdo = excluded.heures_hebdo, modifie_le = excluded.modifie_le, modifie_par = excluded.modifie_par`,
    ).run({ parcoursId: p.id, mois: input.mois, heuresHebdo: input.heuresHebdo, ...creation(ctx) });
    return resultat(ctx, p.id, []);
  }) satisfies Handler<C, 'parcours.declarerHeures'>,
};
