import { and, eq } from 'drizzle-orm';
import { STATUT_ORIENTATION_LIBELLES, type OrigineOrientation } from '../../contract/referentielsAnnuaire';
import { orientation } from '../../db/schema';
import type { Contexte } from '../commun/contexte';
import { regle } from '../commun/erreurs';
import { instruction } from '../commun/instructions';
import { dateFr } from '../commun/temps';
import { creation } from '../commun/tracabilite';
import { versionSuivante } from '../commun/versions';
import { aujourdhui, jeuneExistant, type JeuneLigne } from '../jeunes';

/**
 * The rules of an orientation wherever it is made (the file, an accueil, a diagnostic): one place
 * for the partner, the date and the consent to transmit the diagnostic. docs/orientations.md.
 */

/** What is typed for an orientation, once parsed. */
export interface SaisieOrientation {
  partenaireId: number;
  serviceId: number | null;
  motif: string;
  transmissionDiagnostic: boolean;
}

export interface NouvelleOrientation {
  jeuneId: number;
  saisie: SaisieOrientation;
  date: string;
  origine: OrigineOrientation;
  accueilId?: number | null;
  /** For « diagnostic »: the diagnostic that concluded on this orientation. */
  diagnosticId?: number | null;
  commentaire?: string | null;
  /** Where the orientation sits in the caller's input, for the field of a refusal ('' at the top). */
  champ?: string;
}

export type LigneOrientation = typeof orientation.$inferSelect;

function champDe(prefixe: string | undefined, nom: string): string {
  return prefixe ? `${prefixe}.${nom}` : nom;
}

interface LignePartenaire {
  id: number;
  nom: string;
  actif: number;
}

/**
 * The partner exists and is active; the service, if any, is this partner's and active. A
 * destination already held (an orientation being corrected) is not refused for having been
 * deactivated since: `deja` says what it was.
 */
function verifierDestination(
  ctx: Contexte,
  s: SaisieOrientation,
  champ: string | undefined,
  deja?: { partenaireId: number; serviceId: number | null },
) {
  const p = instruction(ctx.sqlite, 'SELECT id, nom, actif FROM partenaire WHERE id = ?').get(s.partenaireId) as
    LignePartenaire | undefined;
  if (!p) {
    throw regle(
      "Partenaire introuvable dans l'annuaire : choisissez-le dans la liste (il a peut-être été fusionné ou retiré).",
      champDe(champ, 'partenaireId'),
    );
  }
  if (!p.actif && p.id !== deja?.partenaireId) {
    throw regle(
      `« ${p.nom} » est marqué inactif dans l'annuaire : choisissez un partenaire actif, ou réactivez sa fiche.`,
      champDe(champ, 'partenaireId'),
    );
  }
  if (s.serviceId === null) return;
  const service = instruction(
    ctx.sqlite,
    'SELECT partenaire_id AS partenaireId, nom, actif FROM service_partenaire WHERE id = ?',
  ).get(s.serviceId) as { partenaireId: number; nom: string; actif: number } | undefined;
  if (!service || service.partenaireId !== p.id) {
    throw regle(
      `Ce service n'est pas un service de « ${p.nom} » : choisissez un de ses services, ou laissez le service vide.`,
      champDe(champ, 'serviceId'),
    );
  }
  if (!service.actif && s.serviceId !== deja?.serviceId) {
    throw regle(
      `Le service « ${service.nom} » de ${p.nom} n'est plus proposé : choisissez un autre service, ou laissez le service vide.`,
      champDe(champ, 'serviceId'),
    );
  }
}

/** An orientation is dated between the jeune's birth and today. */
function verifierDate(ctx: Contexte, j: JeuneLigne, date: string, champ: string) {
  if (date > aujourdhui(ctx)) {
    throw regle(
      `Orientation datée du ${dateFr(date)}, dans le futur : datez-la du jour où elle est proposée au jeune.`,
      champ,
    );
  }
  if (date < j.dateNaissance) {
    throw regle(
      `Orientation datée du ${dateFr(date)}, avant la naissance du jeune (${dateFr(j.dateNaissance)}) : corrigez la date.`,
      champ,
    );
  }
}

/**
 * DOMAIN.md "Personal data": the diagnostic goes to a partner only with the jeune's consent,
 * recorded on or before the orientation's date. Returns the diagnostic transmitted: the one given
 * (a diagnostic's own conclusion), otherwise the latest started on or before that date.
 */
function diagnosticTransmis(
  ctx: Contexte,
  j: JeuneLigne,
  date: string,
  diagnosticId: number | null,
  champ: string | undefined,
): number {
  const ici = champDe(champ, 'transmissionDiagnostic');
  const consentement = j.consentementTransmissionLe;
  if (consentement === null) {
    throw regle(
      "Transmission du diagnostic : le consentement du jeune n'est pas enregistré. Enregistrez d'abord la date de son consentement dans la Fiche, ou décochez la transmission.",
      ici,
    );
  }
  if (consentement > date) {
    throw regle(
      `Transmission du diagnostic : le consentement du jeune est daté du ${dateFr(consentement)}, après l'orientation du ${dateFr(date)}. Vérifiez la date du consentement dans la Fiche, ou décochez la transmission.`,
      ici,
    );
  }
  if (diagnosticId !== null) return diagnosticId;
  const dernier = instruction(
    ctx.sqlite,
    'SELECT id FROM diagnostic WHERE jeune_id = ? AND debut <= ? ORDER BY debut DESC, id DESC LIMIT 1',
  ).get(j.id, date) as { id: number } | undefined;
  if (!dernier) {
    throw regle(
      `Transmission du diagnostic : aucun diagnostic n'était commencé au ${dateFr(date)}. Faites d'abord le diagnostic, ou décochez la transmission.`,
      ici,
    );
  }
  return dernier.id;
}

/** The `diagnostic_id` column: the diagnostic concluding (always kept), or the one transmitted. */
function diagnosticLie(
  ctx: Contexte,
  j: JeuneLigne,
  o: { date: string; saisie: SaisieOrientation; diagnosticId: number | null; champ: string | undefined },
): number | null {
  if (o.saisie.transmissionDiagnostic) return diagnosticTransmis(ctx, j, o.date, o.diagnosticId, o.champ);
  return o.diagnosticId;
}

/**
 * Checks and writes an orientation; every refusal is thrown before the row is written. The
 * caller names the jeune's file for the trail.
 */
export function creerOrientation(ctx: Contexte, o: NouvelleOrientation): number {
  const j = jeuneExistant(ctx, o.jeuneId);
  verifierDestination(ctx, o.saisie, o.champ);
  verifierDate(ctx, j, o.date, champDe(o.champ, 'date'));
  const diagnosticId = diagnosticLie(ctx, j, {
    date: o.date,
    saisie: o.saisie,
    diagnosticId: o.origine === 'diagnostic' ? (o.diagnosticId ?? null) : null,
    champ: o.champ,
  });
  return ctx.db
    .insert(orientation)
    .values({
      jeuneId: j.id,
      partenaireId: o.saisie.partenaireId,
      serviceId: o.saisie.serviceId,
      date: o.date,
      motif: o.saisie.motif,
      transmissionDiagnostic: o.saisie.transmissionDiagnostic,
      diagnosticId,
      origine: o.origine,
      accueilId: o.origine === 'accueil' ? (o.accueilId ?? null) : null,
      commentaire: o.commentaire ?? null,
      ...creation(ctx),
    })
    .returning({ id: orientation.id })
    .get().id;
}

/** The orientation a diagnostic concluded on, if any. */
export function orientationDuDiagnostic(ctx: Contexte, diagnosticId: number): LigneOrientation | undefined {
  return ctx.db
    .select()
    .from(orientation)
    .where(and(eq(orientation.diagnosticId, diagnosticId), eq(orientation.origine, 'diagnostic')))
    .get();
}

/** « acceptée le 12/03/2026 » : what the partner answered, for messages. */
function retourEnTexte(o: LigneOrientation): string {
  const statut = STATUT_ORIENTATION_LIBELLES[o.statut].toLowerCase();
  return o.retourLe ? `${statut} le ${dateFr(o.retourLe)}` : statut;
}

/**
 * A diagnostic saved again with its conclusion « orientation »: the orientation follows (partner,
 * service, reason, transmission, date) while the partner has not answered; once it has, the
 * destination stays, and the rest follows as long as the answer does not precede the new date.
 */
export function corrigerOrientationDuDiagnostic(
  ctx: Contexte,
  existante: LigneOrientation,
  maj: { saisie: SaisieOrientation; date: string; champ: string },
) {
  const { saisie, date, champ } = maj;
  const destinationChangee = saisie.partenaireId !== existante.partenaireId || saisie.serviceId !== existante.serviceId;
  if (existante.statut !== 'proposee' && destinationChangee) {
    throw regle(
      `L'orientation de ce diagnostic a déjà une suite (${retourEnTexte(existante)}) : elle ne change plus de partenaire ni de service. Pour orienter ailleurs, créez une nouvelle orientation depuis le dossier.`,
      champDe(champ, 'partenaireId'),
    );
  }
  if (existante.retourLe !== null && existante.retourLe < date) {
    throw regle(
      `L'orientation de ce diagnostic a une suite (${retourEnTexte(existante)}) antérieure à la conclusion du ${dateFr(date)} : gardez la date de conclusion, ou corrigez d'abord la suite de l'orientation.`,
      'conclusion.date',
    );
  }
  const j = jeuneExistant(ctx, existante.jeuneId);
  verifierDestination(ctx, saisie, champ, existante);
  verifierDate(ctx, j, date, 'conclusion.date');
  const diagnosticId = diagnosticLie(ctx, j, { date, saisie, diagnosticId: existante.diagnosticId, champ });
  ctx.db
    .update(orientation)
    .set({
      partenaireId: saisie.partenaireId,
      serviceId: saisie.serviceId,
      motif: saisie.motif,
      transmissionDiagnostic: saisie.transmissionDiagnostic,
      diagnosticId,
      date,
      modifieLe: versionSuivante(ctx, existante.modifieLe),
      modifiePar: ctx.acteur.id,
    })
    .where(eq(orientation.id, existante.id))
    .run();
}

/**
 * A diagnostic concluded otherwise than « orientation »: its orientation goes while the partner
 * has not answered; an answered one is a fact of the jeune's path and the conclusion stays.
 */
export function retirerOrientationDuDiagnostic(ctx: Contexte, existante: LigneOrientation) {
  if (existante.statut !== 'proposee') {
    throw regle(
      `L'orientation de ce diagnostic a déjà une suite (${retourEnTexte(existante)}) : la conclusion reste « orientation ». Pour une autre suite, commencez un nouveau diagnostic.`,
      'conclusion.conclusion',
    );
  }
  ctx.db.delete(orientation).where(eq(orientation.id, existante.id)).run();
}
