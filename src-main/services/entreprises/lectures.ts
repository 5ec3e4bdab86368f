import {
  SUIVENT_LES_ENTREPRISES,
  type Acte,
  type Entreprise,
  type MiseEnRelation,
  type Offre,
} from '../../contract/entreprises';
import { ROLE_LIBELLES } from '../../contract/core';
import {
  ISSUE_MISE_EN_RELATION_LIBELLES,
  MOTIF_NON_RETENU_LIBELLES,
  STATUT_OFFRE_LIBELLES,
  TYPE_ACTE_LIBELLES,
  TYPE_CONTRAT_OFFRE_LIBELLES,
} from '../../contract/referentielsEntreprises';
import { SOUS_TYPES_SITUATION, TYPE_SITUATION_LIBELLES, type TypeSituation } from '../../contract/referentielsParcours';
import { situationEnCours } from '../activite/situations';
import type { Contexte } from '../commun/contexte';
import { introuvable, regle } from '../commun/erreurs';
import { instruction } from '../commun/instructions';
import { dateFr, lectureParis } from '../commun/temps';
import { aujourdhui } from '../jeunes';
import { misesEnRelationOu, offresOu } from '../offres/lectures';
import { prochainesActionsDe } from './suivi';

/**
 * Reads of the employer portfolio shared by its handlers: the firm row, its acts, the people who
 * may own a relation, and the firm's page. Reading the names of the jeunes placed at a firm is
 * not reading their files (as `orientations.versPartenaire`): no file is named for the trail.
 */

/** What the rules of a save read of the stored firm. */
export interface EntrepriseLigne {
  id: number;
  siret: string;
  nom: string;
  commune: string | null;
  responsableId: number | null;
  modifieLe: string;
  modifiePar: number | null;
}

/** The stored firm, or a refusal naming it as gone. */
export function entrepriseExistante(ctx: Contexte, id: number): EntrepriseLigne {
  const e = instruction(
    ctx.sqlite,
    `SELECT id, siret, nom, commune, responsable_id AS responsableId, modifie_le AS modifieLe, modifie_par AS modifiePar
     FROM entreprise WHERE id = ?`,
  ).get(id) as EntrepriseLigne | undefined;
  if (!e) throw introuvable('Entreprise');
  return e;
}

const NOM_UTILISATEUR = "u.prenom || ' ' || u.nom";

/**
 * The owner of a relation is a staff member still in post who accompanies jeunes: a portfolio
 * left with someone who cannot sign in, or who never meets jeunes, is a portfolio nobody works.
 */
export function verifierResponsable(ctx: Contexte, utilisateurId: number, champ: string): void {
  const p = instruction(
    ctx.sqlite,
    `SELECT ${NOM_UTILISATEUR} AS nom, u.actif,
            (SELECT count(*) FROM utilisateur_role r
             WHERE r.utilisateur_id = u.id AND r.role IN (SELECT value FROM json_each(?))) AS roles
     FROM utilisateur u WHERE u.id = ?`,
  ).get(JSON.stringify(SUIVENT_LES_ENTREPRISES), utilisateurId) as
    { nom: string; actif: number; roles: number } | undefined;
  if (!p) {
    throw regle("Responsable : cette personne n'existe pas dans le personnel ; choisissez-la dans la liste.", champ);
  }
  if (p.actif !== 1) {
    throw regle(
      `${p.nom} n'est plus en poste (compte désactivé) : confiez l'entreprise à une personne active du personnel.`,
      champ,
    );
  }
  if (p.roles === 0) {
    const roles = SUIVENT_LES_ENTREPRISES.map((r) => ROLE_LIBELLES[r].toLowerCase()).join(', ');
    throw regle(
      `${p.nom} n'accompagne pas les jeunes : une entreprise se confie à une personne de l'un de ces profils : ${roles}.`,
      champ,
    );
  }
}

/** Writes the change of owner the firm's timeline shows (creation with an owner included). */
export function noterAffectation(ctx: Contexte, entrepriseId: number, avantId: number | null, apresId: number | null) {
  instruction(
    ctx.sqlite,
    'INSERT INTO entreprise_affectation (entreprise_id, avant_id, apres_id, le, par) VALUES (?, ?, ?, ?, ?)',
  ).run(entrepriseId, avantId, apresId, ctx.horloge.maintenant().toISOString(), ctx.acteur.id || null);
}

const SELECT_ACTE = `
  SELECT a.id, a.entreprise_id AS entrepriseId, e.nom AS entrepriseNom, a.date, a.type, a.interlocuteur, a.note,
         a.prochaine_action_le AS prochaineActionLe, a.prochaine_action AS prochaineAction, a.offre_id AS offreId,
         a.mise_en_relation_id AS miseEnRelationId, a.auteur_id AS auteurId,
         coalesce(${NOM_UTILISATEUR}, 'Inconnu') AS auteurNom, a.modifie_le AS modifieLe
  FROM acte_service a
  JOIN entreprise e ON e.id = a.entreprise_id
  LEFT JOIN utilisateur u ON u.id = a.auteur_id`;

/** Service acts matching `where` (over `acte_service a`, its firm `e`), most recent first. */
export function actesOu(ctx: Contexte, where: string, params: unknown[]): Acte[] {
  return instruction(ctx.sqlite, `${SELECT_ACTE} WHERE ${where} ORDER BY a.date DESC, a.id DESC`).all(
    ...params,
  ) as Acte[];
}

type LigneFiche = Omit<
  Entreprise,
  'siren' | 'qpv' | 'contacts' | 'actes' | 'offres' | 'misesEnRelation' | 'jeunes' | 'chronologie' | 'prochainesActions'
> & { qpv: number; creePar: number | null; createurNom: string | null };

type JeuneALEntreprise = Entreprise['jeunes'][number];
type LigneChronologie = Entreprise['chronologie'][number];

/** Within one day, what comes later in a firm's life is shown first (the creation last). */
const ORDRE_DU_JOUR: Record<string, number> = {
  creation: 0,
  affectation: 1,
  offre: 2,
  acte: 3,
  mise_en_relation: 4,
  issue: 5,
  situation: 6,
};

function libelleSituation(type: TypeSituation, sousType: string | null): string {
  const sous = sousType === null ? null : (SOUS_TYPES_SITUATION[type][sousType] ?? sousType);
  return `${TYPE_SITUATION_LIBELLES[type]}${sous ? ` (${sous})` : ''}`;
}

function libelleContrat(o: Offre): string {
  const duree = o.dureeMois === null ? '' : `, ${o.dureeMois} mois`;
  return `${TYPE_CONTRAT_OFFRE_LIBELLES[o.typeContrat]}${duree}, ${o.postes} poste${o.postes > 1 ? 's' : ''}`;
}

/**
 * One line per thing that happened with the firm. The acts an offer or a match wrote themselves
 * are not repeated: the offer's and the match's own lines stand for them.
 */
function chronologie(
  ctx: Contexte,
  fiche: LigneFiche,
  actes: Acte[],
  offres: Offre[],
  misesEnRelation: MiseEnRelation[],
  jeunes: JeuneALEntreprise[],
): LigneChronologie[] {
  const lignes: (LigneChronologie & { ordre: number; rang: number })[] = [];
  const ajouter = (l: LigneChronologie, ordre: string, rang: number) =>
    lignes.push({ ...l, ordre: ORDRE_DU_JOUR[ordre]!, rang });

  ajouter(
    {
      cle: `creation-${fiche.id}`,
      date: lectureParis(new Date(fiche.creeLe)).date,
      genre: 'creation',
      titre: 'Entreprise enregistrée dans Tremplin',
      detail: null,
      auteurNom: fiche.createurNom,
      cible: { type: 'entreprise', id: fiche.id },
    },
    'creation',
    0,
  );

  const affectations = instruction(
    ctx.sqlite,
    `SELECT a.id, a.le, av.prenom || ' ' || av.nom AS avant, ap.prenom || ' ' || ap.nom AS apres,
            pa.prenom || ' ' || pa.nom AS par
     FROM entreprise_affectation a
     LEFT JOIN utilisateur av ON av.id = a.avant_id
     LEFT JOIN utilisateur ap ON ap.id = a.apres_id
     LEFT JOIN utilisateur pa ON pa.id = a.par
     WHERE a.entreprise_id = ?`,
  ).all(fiche.id) as { id: number; le: string; avant: string | null; apres: string | null; par: string | null }[];
  for (const a of affectations) {
    ajouter(
      {
        cle: `affectation-${a.id}`,
        date: lectureParis(new Date(a.le)).date,
        genre: 'affectation',
        titre: a.apres === null ? `Retirée du portefeuille de ${a.avant ?? 'personne'}` : `Confiée à ${a.apres}`,
        detail: a.apres !== null && a.avant !== null ? `Auparavant : ${a.avant}` : null,
        auteurNom: a.par,
        cible: { type: 'entreprise', id: fiche.id },
      },
      'affectation',
      a.id,
    );
  }

  for (const a of actes) {
    if (a.offreId !== null || a.miseEnRelationId !== null) continue;
    const prochaine =
      a.prochaineActionLe === null ? null : `Prochaine action le ${dateFr(a.prochaineActionLe)} : ${a.prochaineAction}`;
    ajouter(
      {
        cle: `acte-${a.id}`,
        date: a.date,
        genre: 'acte',
        titre: `${TYPE_ACTE_LIBELLES[a.type]}${a.interlocuteur ? ` avec ${a.interlocuteur}` : ''}`,
        detail: [a.note, prochaine].filter((t) => t !== null).join('\n') || null,
        auteurNom: a.auteurNom,
        cible: { type: 'acte', id: a.id },
      },
      'acte',
      a.id,
    );
  }

  for (const o of offres) {
    ajouter(
      {
        cle: `offre-${o.id}`,
        date: o.recueLe,
        genre: 'offre',
        titre: `Offre reçue : ${o.intitule}`,
        detail: `${libelleContrat(o)} — ${STATUT_OFFRE_LIBELLES[o.statut]}`,
        auteurNom: o.auteurNom,
        cible: { type: 'offre', id: o.id },
      },
      'offre',
      o.id,
    );
  }

  for (const m of misesEnRelation) {
    ajouter(
      {
        cle: `mise-en-relation-${m.id}`,
        date: m.date,
        genre: 'mise_en_relation',
        titre: `Mise en relation : ${m.jeuneNom}`,
        detail: `Offre « ${m.offreIntitule} »`,
        auteurNom: m.auteurNom,
        cible: { type: 'mise_en_relation', id: m.id },
      },
      'mise_en_relation',
      m.id,
    );
    if (m.issue !== 'en_attente' && m.issueLe !== null) {
      const motif = m.motifNonRetenu === null ? '' : ` — ${MOTIF_NON_RETENU_LIBELLES[m.motifNonRetenu]}`;
      ajouter(
        {
          cle: `issue-${m.id}`,
          date: m.issueLe,
          genre: 'mise_en_relation',
          titre: `${ISSUE_MISE_EN_RELATION_LIBELLES[m.issue]} : ${m.jeuneNom}`,
          detail: `Offre « ${m.offreIntitule} »${motif}`,
          auteurNom: null,
          cible: { type: 'mise_en_relation', id: m.id },
        },
        'issue',
        m.id,
      );
    }
  }

  for (const j of jeunes) {
    const detail = [j.intitule, j.finPrevue === null ? null : `Fin prévue le ${dateFr(j.finPrevue)}`]
      .filter((t) => t !== null)
      .join(' — ');
    ajouter(
      {
        cle: `situation-${j.situationId}`,
        date: j.debut,
        genre: 'situation',
        titre: `${j.jeuneNom} : début ${libelleSituation(j.type, j.sousType)}`,
        detail: detail || null,
        auteurNom: null,
        cible: { type: 'situation', id: j.situationId },
      },
      'situation',
      j.situationId,
    );
  }

  lignes.sort((a, b) =>
    a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.ordre !== b.ordre ? b.ordre - a.ordre : b.rang - a.rang,
  );
  return lignes.map(({ ordre: _o, rang: _r, ...l }) => l);
}

/** The firm's page: everything it holds and everything that happened with it. */
export function lireEntreprise(ctx: Contexte, id: number): Entreprise {
  const fiche = instruction(
    ctx.sqlite,
    `SELECT e.id, e.siret, e.nom, e.naf, e.secteur, e.tranche, e.adresse, e.code_postal AS codePostal,
            e.code_insee AS codeInsee, e.commune, e.qpv, e.telephone, e.email, e.responsable_id AS responsableId,
            CASE WHEN u.id IS NULL THEN NULL ELSE ${NOM_UTILISATEUR} END AS responsableNom, e.statut, e.origine,
            e.notes, e.cree_le AS creeLe, e.cree_par AS creePar,
            (SELECT c.prenom || ' ' || c.nom FROM utilisateur c WHERE c.id = e.cree_par) AS createurNom,
            e.modifie_le AS modifieLe
     FROM entreprise e LEFT JOIN utilisateur u ON u.id = e.responsable_id
     WHERE e.id = ?`,
  ).get(id) as LigneFiche | undefined;
  if (!fiche) throw introuvable('Entreprise');
  const today = aujourdhui(ctx);

  const contacts = instruction(
    ctx.sqlite,
    'SELECT id, nom, fonction, telephone, email FROM entreprise_contact WHERE entreprise_id = ? ORDER BY ordre, id',
  ).all(id) as Entreprise['contacts'];
  const actes = actesOu(ctx, 'a.entreprise_id = ?', [id]);
  const offres = offresOu(ctx, 'o.entreprise_id = ?', [id]);
  const misesEnRelation = misesEnRelationOu(ctx, 'o.entreprise_id = ?', [id]);
  const jeunes = (
    instruction(
      ctx.sqlite,
      `SELECT s.id AS situationId, s.jeune_id AS jeuneId,
              coalesce(j.nom_usage, j.nom_naissance) || ' ' || j.prenoms AS jeuneNom,
              s.type, s.sous_type AS sousType, s.intitule, s.debut, s.fin_prevue AS finPrevue, s.fin_reelle AS finReelle
       FROM situation s JOIN jeune j ON j.id = s.jeune_id
       WHERE s.entreprise_id = ?
       ORDER BY s.debut DESC, s.id DESC`,
    ).all(id) as Omit<JeuneALEntreprise, 'enCours'>[]
  ).map((s) => ({ ...s, enCours: situationEnCours(s, today) }));
  // Those at work there today first, then the most recent.
  jeunes.sort((a, b) => Number(b.enCours) - Number(a.enCours));

  const { qpv, creePar: _creePar, createurNom: _createur, ...reste } = fiche;
  return {
    ...reste,
    siren: fiche.siret.slice(0, 9),
    qpv: qpv === 1,
    contacts,
    actes,
    offres,
    misesEnRelation,
    jeunes,
    chronologie: chronologie(ctx, fiche, actes, offres, misesEnRelation, jeunes),
    prochainesActions: prochainesActionsDe(ctx, id),
  };
}
