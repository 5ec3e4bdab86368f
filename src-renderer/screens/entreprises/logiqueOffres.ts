import {
  ISSUE_MISE_EN_RELATION_LIBELLES,
  SITUATION_DU_CONTRAT,
  SOUS_TYPES_SITUATION,
  STATUTS_OFFRE,
  TYPE_CONTRAT_OFFRE_LIBELLES,
  TYPE_SITUATION_LIBELLES,
  type IssueMiseEnRelation,
  type MiseEnRelation,
  type MotifNonRetenu,
  type Offre,
  type SituationJeune,
  type StatutOffre,
  type TypeContratOffre,
  type TypeSituation,
} from '../../../src-main/contract';
import type { Entree } from '../../api/client';
import { dateFr, dateIso, decalerJours } from '../../components/dates';
import { dateEnvoyee, dateOptionnelle, nombreSaisi } from '../dossier/logique';
import { libelleContrat } from './logique';

/*
 * What the offer and match screens compute without React: typed text to the contract's input and
 * back, the expiry shown before saving, which situations a retained jeune's match may link, and
 * the sentences shown after an outcome. Tested on their own (tests/renderer/offres.test.ts).
 */

/** An offer expiring within this many days is highlighted in the list and on its page. */
export const JOURS_EXPIRATION_PROCHE = 7;

/** Whole days from `du` to `au` (both `YYYY-MM-DD`); negative when `au` is before. */
export function joursEntre(du: string, au: string): number {
  const jour = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number);
    return Date.UTC(y!, m! - 1, d!);
  };
  return Math.round((jour(au) - jour(du)) / 86_400_000);
}

/** « CDD · 6 mois », « CDI », « Contrat d'apprentissage · 24 mois ». */
export function libelleContratOffre(typeContrat: TypeContratOffre, dureeMois: number | null): string {
  return `${TYPE_CONTRAT_OFFRE_LIBELLES[typeContrat]}${dureeMois ? ` · ${dureeMois} mois` : ''}`;
}

/** The situation a retained jeune enters on this contract, as the file names it (« Emploi · CDD »). */
export function libelleSituationDuContrat(typeContrat: TypeContratOffre): string {
  const { type, sousType } = SITUATION_DU_CONTRAT[typeContrat];
  return libelleContrat(type, sousType);
}

/** The situation types that may name a firm of the portfolio as employer (those a contract leads to). */
export const TYPES_AVEC_ENTREPRISE: readonly TypeSituation[] = [
  ...new Set(Object.values(SITUATION_DU_CONTRAT).map((s) => s.type)),
];

export function accepteEntreprise(type: TypeSituation | null): boolean {
  return type !== null && TYPES_AVEC_ENTREPRISE.includes(type);
}

/**
 * The day an open offer stops being open, as the main process computes it: the employer's
 * deadline, else the reception date plus the days set in Paramètres. Null when it cannot be told
 * yet (reception date not a date, or the setting unknown).
 */
export function expirationPrevue(
  recueLe: string | null,
  dateLimite: string | null,
  jours: number | null,
): string | null {
  if (dateLimite !== null) return dateLimite;
  if (recueLe === null || jours === null) return null;
  return decalerJours(recueLe, jours);
}

/** The help under the deadline field: when the offer will expire, from what is typed. */
export function texteExpiration(recueSaisie: string, limiteSaisie: string, jours: number | null): string {
  const limite = dateIso(limiteSaisie);
  if (limite !== null) return `L’offre expirera le ${dateFr(limite)} (date limite de l’employeur).`;
  if (jours === null) return 'Vide : l’offre expirera selon le délai réglé dans Paramètres.';
  const expire = expirationPrevue(dateIso(recueSaisie), null, jours);
  return expire
    ? `Vide : l’offre expirera le ${dateFr(expire)} (${jours} jours après sa réception, réglé dans Paramètres).`
    : `Vide : l’offre expirera ${jours} jours après sa réception (réglé dans Paramètres).`;
}

/** An open offer whose expiry is today or within the next days: to work on, or to extend. */
export function expireBientot(o: Pick<Offre, 'statut' | 'expireLe'>, aujourdhui: string): boolean {
  if (o.statut !== 'ouverte') return false;
  const jours = joursEntre(aujourdhui, o.expireLe);
  return jours >= 0 && jours <= JOURS_EXPIRATION_PROCHE;
}

/**
 * Why no jeune may be proposed on this offer now (the main process refuses it the same), or null
 * when it reads « ouverte ».
 */
export function raisonNonProposable(o: Pick<Offre, 'statut' | 'expireLe'>): string | null {
  switch (o.statut) {
    case 'ouverte':
      return null;
    case 'pourvue':
      return 'Offre pourvue : on n’y propose plus de jeunes. Si l’employeur cherche encore, rouvrez-la.';
    case 'annulee':
      return 'Offre annulée : on n’y propose plus de jeunes.';
    case 'expiree':
      return `Offre expirée le ${dateFr(o.expireLe)} : repoussez sa date limite (« Modifier ») pour y proposer des jeunes.`;
  }
}

/** « 3 proposés · 1 retenu · 2 en attente ». */
export function resumeMisesEnRelation(m: Offre['misesEnRelation']): string {
  if (m.total === 0) return 'Aucun jeune proposé';
  const parts = [`${m.total} proposé${m.total > 1 ? 's' : ''}`];
  if (m.retenus > 0) parts.push(`${m.retenus} retenu${m.retenus > 1 ? 's' : ''}`);
  if (m.enAttente > 0) parts.push(`${m.enAttente} en attente`);
  return parts.join(' · ');
}

// ——— The offers' list ———

export interface FiltresOffres {
  texte: string;
  /** Null: every status. */
  statut: StatutOffre | null;
  typeContrat: TypeContratOffre | null;
  codeInsee: string | null;
  transmisesAMoi: boolean;
}

export const FILTRES_OFFRES: FiltresOffres = {
  texte: '',
  statut: 'ouverte',
  typeContrat: null,
  codeInsee: null,
  transmisesAMoi: false,
};

export const LIMITE_OFFRES = 300;

/** The search sent for the filters (`texte` is the one typed, once settled). */
export function criteresOffres(f: FiltresOffres, texte: string): Entree<'offres.rechercher'> {
  return {
    texte: texte.trim(),
    statuts: f.statut === null ? [...STATUTS_OFFRE] : [f.statut],
    typesContrat: f.typeContrat === null ? [] : [f.typeContrat],
    codeInsee: f.codeInsee,
    entrepriseId: null,
    transmisesAMoi: f.transmisesAMoi,
    limite: LIMITE_OFFRES,
  };
}

export function filtresOffresActifs(f: FiltresOffres): boolean {
  return f.statut !== FILTRES_OFFRES.statut || f.typeContrat !== null || f.codeInsee !== null || f.transmisesAMoi;
}

// ——— The offer's form ———

export interface SaisieOffre {
  intitule: string;
  metier: string;
  codeRome: string;
  typeContrat: TypeContratOffre | null;
  dureeMois: string;
  postes: string;
  lieu: string;
  codeInsee: string | null;
  commune: string;
  recueLe: string;
  dateLimite: string;
  description: string;
  interlocuteur: string;
  statut: 'ouverte' | 'pourvue' | 'annulee';
  conseillerIds: number[];
}

/** The form's fields for a new offer (received today) or as an offer reads now. */
export function saisieOffre(o: Offre | null | undefined, aujourdhui: string): SaisieOffre {
  return {
    intitule: o?.intitule ?? '',
    metier: o?.metier ?? '',
    codeRome: o?.codeRome ?? '',
    typeContrat: o?.typeContrat ?? null,
    dureeMois: o?.dureeMois != null ? String(o.dureeMois) : '',
    postes: String(o?.postes ?? 1),
    lieu: o?.lieu ?? '',
    codeInsee: o?.codeInsee ?? null,
    commune: o?.commune ?? '',
    recueLe: dateFr(o?.recueLe ?? aujourdhui),
    dateLimite: dateFr(o?.dateLimite),
    description: o?.description ?? '',
    interlocuteur: o?.interlocuteur ?? '',
    statut: o?.statutSaisi ?? 'ouverte',
    conseillerIds: o?.conseillers.map((c) => c.id) ?? [],
  };
}

/**
 * What the form sends, for `offreSaisieSchema` to check: a CDI never carries a duration (the field
 * is disabled), an empty count of positions is one.
 */
export function entreeOffre(s: SaisieOffre): Record<string, unknown> {
  return {
    intitule: s.intitule,
    metier: s.metier,
    codeRome: s.codeRome,
    typeContrat: s.typeContrat ?? undefined,
    dureeMois: s.typeContrat === 'cdi' ? null : nombreSaisi(s.dureeMois),
    postes: nombreSaisi(s.postes) ?? 1,
    lieu: s.lieu,
    codeInsee: s.codeInsee,
    commune: s.commune,
    recueLe: dateEnvoyee(s.recueLe),
    dateLimite: dateOptionnelle(s.dateLimite),
    description: s.description,
    interlocuteur: s.interlocuteur,
    statut: s.statut,
    conseillerIds: s.conseillerIds,
  };
}

// ——— Outcomes of a match ———

/** The outcomes in the order offered: the decisions first, « en attente » last (it undoes one). */
export const ISSUES_PROPOSEES: readonly IssueMiseEnRelation[] = ['retenu', 'non_retenu', 'desistement', 'en_attente'];

export interface SaisieIssue {
  issue: IssueMiseEnRelation | null;
  issueLe: string;
  motifNonRetenu: MotifNonRetenu | null;
  commentaire: string;
  /** Null: the contract starts on the outcome's day (the field shows that date until typed). */
  debutContrat: string | null;
  /** Retained: link a situation already in the file rather than create one. */
  lier: boolean;
  situationId: number | null;
}

export function saisieIssue(m: MiseEnRelation, aujourdhui: string): SaisieIssue {
  return {
    issue: m.issue === 'en_attente' ? null : m.issue,
    issueLe: dateFr(m.issueLe ?? aujourdhui),
    motifNonRetenu: m.motifNonRetenu,
    commentaire: m.commentaire ?? '',
    debutContrat: null,
    lier: false,
    situationId: null,
  };
}

/** The contract's first day as shown: typed, else the outcome's date. */
export function debutAffiche(s: SaisieIssue): string {
  return s.debutContrat ?? s.issueLe;
}

/**
 * What the page refuses before sending, as `{ champ: message }` (the contract checks the motif and
 * the « autre » comment itself; these are the choices it cannot see).
 */
export function manquesIssue(s: SaisieIssue): Record<string, string> {
  const m: Record<string, string> = {};
  if (s.issue === null) m.issue = 'Choisissez l’issue de la mise en relation.';
  if (s.issue === 'retenu' && s.lier && s.situationId === null) {
    m.situationId = 'Choisissez la situation à lier, ou créez-en une.';
  }
  return m;
}

/** The outcome as sent to `misesEnRelation.enregistrerIssue` (call once `manquesIssue` is empty). */
export function entreeIssue(
  s: SaisieIssue & { issue: IssueMiseEnRelation },
  m: Pick<MiseEnRelation, 'id' | 'modifieLe'>,
): Entree<'misesEnRelation.enregistrerIssue'> {
  const retenu = s.issue === 'retenu';
  const debut = retenu && !s.lier && s.debutContrat !== null && s.debutContrat.trim() !== '';
  return {
    id: m.id,
    issue: s.issue,
    ...(s.issue === 'en_attente' ? {} : { issueLe: dateEnvoyee(s.issueLe) }),
    motifNonRetenu: s.issue === 'non_retenu' ? s.motifNonRetenu : null,
    commentaire: s.commentaire,
    ...(debut ? { debutContrat: dateEnvoyee(s.debutContrat ?? '') } : {}),
    situationId: retenu && s.lier ? s.situationId : null,
    modifieLeLu: m.modifieLe,
  };
}

/**
 * The jeune's situations a retained match may link instead of creating one: those of the type the
 * offer's contract leads to, not already the outcome of another match, and naming no other firm;
 * the ones in progress first.
 */
export function situationsLiables(
  situations: readonly SituationJeune[],
  m: Pick<MiseEnRelation, 'id' | 'typeContrat' | 'entrepriseId'>,
): SituationJeune[] {
  const type = SITUATION_DU_CONTRAT[m.typeContrat].type;
  return situations
    .filter(
      (s) =>
        s.type === type &&
        (s.miseEnRelationId === null || s.miseEnRelationId === m.id) &&
        (s.entrepriseId === null || s.entrepriseId === m.entrepriseId),
    )
    .sort((a, b) => Number(b.enCours) - Number(a.enCours) || b.debut.localeCompare(a.debut));
}

/** « Emploi · CDD, Serveur, depuis le 02/03/2026 (en cours) », to choose a situation to link. */
export function libelleSituation(s: SituationJeune): string {
  const sousType = s.sousType ? ` · ${SOUS_TYPES_SITUATION[s.type][s.sousType] ?? s.sousType}` : '';
  const quoi = [s.intitule, s.organisme].filter(Boolean).join(' chez ');
  const quand = s.finReelle
    ? `du ${dateFr(s.debut)} au ${dateFr(s.finReelle)}`
    : `depuis le ${dateFr(s.debut)}${s.enCours ? ' (en cours)' : ''}`;
  return `${TYPE_SITUATION_LIBELLES[s.type]}${sousType}${quoi ? `, ${quoi}` : ''}, ${quand}`;
}

/** What is said once an outcome is saved, and whether it points at the jeune's situations. */
export interface ApresIssue {
  message: string;
  gravite: 'success' | 'warning';
  /** The jeune whose situations changed: the notice links to them. */
  situationDe: { jeuneId: number; jeuneNom: string } | null;
}

export function apresIssue(
  m: Pick<MiseEnRelation, 'jeuneId' | 'jeuneNom' | 'typeContrat' | 'issue' | 'situationId'>,
  envoye: { issue: IssueMiseEnRelation; situationId: number | null },
  r: { situationId: number | null; avertissements: readonly string[] },
): ApresIssue {
  const phrases: string[] = [];
  let situationDe: ApresIssue['situationDe'] = null;
  if (envoye.issue === 'retenu' && r.situationId !== null) {
    situationDe = { jeuneId: m.jeuneId, jeuneNom: m.jeuneNom };
    if (envoye.situationId !== null)
      phrases.push(`Retenu : situation existante liée dans le dossier de ${m.jeuneNom}.`);
    else if (m.issue === 'retenu' && m.situationId !== null)
      phrases.push(`Retenu : situation de ${m.jeuneNom} à jour.`);
    else
      phrases.push(`Situation créée dans le dossier de ${m.jeuneNom} (${libelleSituationDuContrat(m.typeContrat)}).`);
  } else if (m.issue === 'retenu' && envoye.issue !== 'retenu' && m.situationId !== null) {
    situationDe = { jeuneId: m.jeuneId, jeuneNom: m.jeuneNom };
    phrases.push(
      `Issue notée : ${ISSUE_MISE_EN_RELATION_LIBELLES[envoye.issue]}. Dossier de ${m.jeuneNom} : la situation créée par cette mise en relation est supprimée (une situation qui existait déjà est seulement détachée).`,
    );
  } else {
    phrases.push(`Issue notée pour ${m.jeuneNom} : ${ISSUE_MISE_EN_RELATION_LIBELLES[envoye.issue]}.`);
  }
  // The main process says itself when the offer becomes filled or open again.
  phrases.push(...r.avertissements);
  return { message: phrases.join(' '), gravite: r.avertissements.length > 0 ? 'warning' : 'success', situationDe };
}

/** The jeune's file on its « Mises en relation » tab, framing one of them if given. */
export function lienMisesEnRelationJeune(jeuneId: number, miseEnRelationId?: number): string {
  return `#/dossier?jeune=${jeuneId}&onglet=mises-en-relation${miseEnRelationId ? `&miseEnRelation=${miseEnRelationId}` : ''}`;
}
