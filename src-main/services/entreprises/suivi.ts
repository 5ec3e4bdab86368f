/**
 * The follow-up of the employer portfolio (issue 6): the to-dos of the portfolio screen, the
 * next actions of a firm's page and the year's counters. Each to-do rule is written once here
 * and said in words in docs/suivi-entreprises.md. Reading a jeune's name in a to-do is not
 * reading the file (as on a firm's page), so nothing here names a file for the trail.
 */
import type { entreprisesContract, Entreprise } from '../../contract/entreprises';
import type { Parametres } from '../../contract/comptes';
import { SOUS_TYPES_SITUATION, TYPE_SITUATION_LIBELLES, type TypeSituation } from '../../contract/referentielsParcours';
import { lectureParis } from '../../contract/temps';
import type { Contexte, Handler } from '../commun/contexte';
import { instruction } from '../commun/instructions';
import { ajouterJours, ajouterMois, dateFr, joursEntre, moisEntiers } from '../commun/temps';
import { lireParametres } from '../comptes/parametres';
import { aujourdhui } from '../jeunes';
import { expirationOffreSql } from '../offres/lectures';

type C = typeof entreprisesContract;
type ProchaineAction = Entreprise['prochainesActions'][number];

/** A planned follow-up shows among the to-dos from this many days before its date. */
export const RELANCE_PREAVIS_JOURS = 7;
/** An open offer is flagged on its firm's page from this many days before it expires. */
export const EXPIRATION_PREAVIS_JOURS = 7;

/** Whose to-dos: the whole ML, one person's portfolio, or one firm (its page). */
type Perimetre = { tous: true } | { responsableId: number } | { entrepriseId: number };

/**
 * The condition on the firm `colonne` (an id column) for that scope, and its parameters. For a
 * person's portfolio the unary `+` keeps SQLite on the query's date index (a few weeks of
 * contracts, the follow-ups due): walking every act or situation of hundreds of firms through
 * the firm's index costs two to three times more (bench/entreprises.ts).
 */
function restriction(p: Perimetre, colonne: string): { sql: string; params: number[] } {
  if ('responsableId' in p)
    return {
      sql: ` AND +${colonne} IN (SELECT id FROM entreprise WHERE responsable_id = ?)`,
      params: [p.responsableId],
    };
  if ('entrepriseId' in p) return { sql: ` AND ${colonne} = ?`, params: [p.entrepriseId] };
  return { sql: '', params: [] };
}

const JEUNE_NOM = `COALESCE(j.nom_usage, j.nom_naissance) || ' ' || j.prenoms`;

// ---------------------------------------------------------------------------------------------
// Contracts ending.

interface FinDeContrat {
  situationId: number;
  jeuneId: number;
  jeuneNom: string;
  type: TypeSituation;
  sousType: string | null;
  intitule: string | null;
  finPrevue: string;
  joursRestants: number;
  entrepriseId: number | null;
  employeur: string | null;
}

/**
 * Alternance contracts, and jobs other than a CDI with a planned end, not ended yet, whose
 * planned end is between today and today + `jours` (both included); soonest first. Driven by
 * the index on fin_prevue: a range of a few weeks, whatever the size of the base.
 */
function finsDeContrat(ctx: Contexte, jour: string, jours: number, p: Perimetre): FinDeContrat[] {
  const r = restriction(p, 's.entreprise_id');
  const lignes = instruction(
    ctx.sqlite,
    `SELECT s.id AS situationId, s.jeune_id AS jeuneId, ${JEUNE_NOM} AS jeuneNom, s.type, s.sous_type AS sousType,
            s.intitule, s.fin_prevue AS finPrevue, s.entreprise_id AS entrepriseId,
            COALESCE(e.nom, s.organisme) AS employeur
     FROM situation s
     JOIN jeune j ON j.id = s.jeune_id
     LEFT JOIN entreprise e ON e.id = s.entreprise_id
     WHERE s.fin_prevue >= ? AND s.fin_prevue <= ? AND s.fin_reelle IS NULL
       AND (s.type = 'alternance' OR (s.type = 'emploi' AND COALESCE(s.sous_type, '') <> 'cdi'))${r.sql}
     ORDER BY s.fin_prevue, jeuneNom, s.id`,
  ).all(jour, ajouterJours(jour, jours), ...r.params) as Omit<FinDeContrat, 'joursRestants'>[];
  return lignes.map((l) => ({ ...l, joursRestants: joursEntre(jour, l.finPrevue) }));
}

function libelleContrat(f: Pick<FinDeContrat, 'type' | 'sousType'>): string {
  return (
    (f.sousType !== null ? SOUS_TYPES_SITUATION[f.type][f.sousType] : undefined) ?? TYPE_SITUATION_LIBELLES[f.type]
  );
}

function dansJours(n: number): string {
  return n === 0 ? "aujourd'hui" : `dans ${n} jour${n > 1 ? 's' : ''}`;
}

// ---------------------------------------------------------------------------------------------
// Offers.

interface OffreOuverte {
  offreId: number;
  intitule: string;
  entrepriseId: number;
  entrepriseNom: string;
  recueLe: string;
  expireLe: string;
  misesEnRelation: number;
}

/**
 * Offers reading "ouverte" today (typed open and not past expiry), narrowed by `condition` over
 * `o` and the match count `n`. Driven by the index on (statut, recue_le).
 */
function offresOuvertes(
  ctx: Contexte,
  parametres: Parametres,
  jour: string,
  recuesAuPlusTard: string,
  p: Perimetre,
  sansMiseEnRelation: boolean,
): OffreOuverte[] {
  const expire = expirationOffreSql('o', parametres.expirationOffreJours);
  const r = restriction(p, 'o.entreprise_id');
  return instruction(
    ctx.sqlite,
    `SELECT o.id AS offreId, o.intitule, o.entreprise_id AS entrepriseId, e.nom AS entrepriseNom,
            o.recue_le AS recueLe, ${expire} AS expireLe,
            (SELECT count(*) FROM mise_en_relation m WHERE m.offre_id = o.id) AS misesEnRelation
     FROM offre o
     JOIN entreprise e ON e.id = o.entreprise_id
     WHERE o.statut = 'ouverte' AND o.recue_le <= ? AND ${expire} >= ?${r.sql}
       ${sansMiseEnRelation ? 'AND NOT EXISTS (SELECT 1 FROM mise_en_relation m WHERE m.offre_id = o.id)' : ''}
     ORDER BY expireLe, o.recue_le, o.id`,
  ).all(recuesAuPlusTard, jour, ...r.params) as OffreOuverte[];
}

/** Open offers received `offreSansMiseEnRelationJours` days ago or more, nobody proposed yet. */
function offresSansMiseEnRelation(ctx: Contexte, parametres: Parametres, jour: string, p: Perimetre) {
  return offresOuvertes(
    ctx,
    parametres,
    jour,
    ajouterJours(jour, -parametres.offreSansMiseEnRelationJours),
    p,
    true,
  ).map((o) => ({
    offreId: o.offreId,
    intitule: o.intitule,
    entrepriseId: o.entrepriseId,
    entrepriseNom: o.entrepriseNom,
    recueLe: o.recueLe,
    jours: joursEntre(o.recueLe, jour),
    expireLe: o.expireLe,
  }));
}

// ---------------------------------------------------------------------------------------------
// Planned follow-ups ("prochaine action" of an act).

interface Relance {
  acteId: number;
  entrepriseId: number;
  entrepriseNom: string;
  date: string;
  libelle: string;
  enRetard: boolean;
}

/**
 * Prochaines actions still pending (no act recorded for the firm after the planning act: a
 * greater id, dated on or after it), due on or before `auPlusTard` (null: any date); soonest
 * first.
 */
function relances(ctx: Contexte, jour: string, auPlusTard: string | null, p: Perimetre): Relance[] {
  const r = restriction(p, 'a.entreprise_id');
  const lignes = instruction(
    ctx.sqlite,
    `SELECT a.id AS acteId, a.entreprise_id AS entrepriseId, e.nom AS entrepriseNom,
            a.prochaine_action_le AS date, a.prochaine_action AS libelle
     FROM acte_service a
     JOIN entreprise e ON e.id = a.entreprise_id
     WHERE a.prochaine_action_le IS NOT NULL ${auPlusTard === null ? '' : 'AND a.prochaine_action_le <= ?'}${r.sql}
       AND NOT EXISTS (SELECT 1 FROM acte_service b
                       WHERE b.entreprise_id = a.entreprise_id AND b.date >= a.date AND b.id > a.id)
     ORDER BY a.prochaine_action_le, a.id`,
  ).all(...(auPlusTard === null ? [] : [auPlusTard]), ...r.params) as Omit<Relance, 'enRetard'>[];
  return lignes.map((l) => ({ ...l, libelle: l.libelle || 'Prochaine action', enRetard: l.date < jour }));
}

// ---------------------------------------------------------------------------------------------
// Firms left without any act.

/**
 * Firms not inactive whose last act (or, without any, their creation) is `entrepriseSansActeMois`
 * whole months old or more; the longest forgotten first. SQL keeps the firms a few days around
 * the limit (month ends, the UTC creation instant); the exact count of months is made here.
 */
function entreprisesSansActe(ctx: Contexte, jour: string, mois: number, responsableId: number | null) {
  const lignes = instruction(
    ctx.sqlite,
    `SELECT * FROM (
       SELECT e.id AS entrepriseId, e.nom, e.cree_le AS creeLe,
              CASE WHEN u.id IS NULL THEN NULL ELSE u.prenom || ' ' || u.nom END AS responsableNom,
              (SELECT max(a.date) FROM acte_service a WHERE a.entreprise_id = e.id) AS dernierActe
       FROM entreprise e
       LEFT JOIN utilisateur u ON u.id = e.responsable_id
       WHERE e.statut <> 'inactif' ${responsableId === null ? '' : 'AND e.responsable_id = ?'})
     WHERE COALESCE(dernierActe, substr(creeLe, 1, 10)) <= ?`,
  ).all(...(responsableId === null ? [] : [responsableId]), ajouterJours(ajouterMois(jour, -mois), 3)) as {
    entrepriseId: number;
    nom: string;
    creeLe: string;
    responsableNom: string | null;
    dernierActe: string | null;
  }[];
  return lignes
    .map((l) => {
      const depuis = l.dernierActe ?? lectureParis(new Date(l.creeLe)).date;
      return { ...l, depuis, mois: moisEntiers(depuis, jour) };
    })
    .filter((l) => l.mois >= mois)
    .sort(
      (a, b) => a.depuis.localeCompare(b.depuis) || a.nom.localeCompare(b.nom, 'fr') || a.entrepriseId - b.entrepriseId,
    )
    .map(({ entrepriseId, nom, responsableNom, dernierActe, mois: m }) => ({
      entrepriseId,
      nom,
      responsableNom,
      dernierActe,
      mois: m,
    }));
}

// ---------------------------------------------------------------------------------------------
// A firm's page.

/**
 * A firm's next actions: its pending planned follow-ups (whatever their date), the contracts
 * there ending within `finContratJours`, and its open offers that need work: expiring within
 * `EXPIRATION_PREAVIS_JOURS` days, or without any match after `offreSansMiseEnRelationJours`
 * (one line per offer, the expiry first). Soonest first.
 */
export function prochainesActionsDe(ctx: Contexte, entrepriseId: number): Entreprise['prochainesActions'] {
  const jour = aujourdhui(ctx);
  const parametres = lireParametres(ctx.sqlite);
  const p: Perimetre = { entrepriseId };
  const actions: ProchaineAction[] = [];
  for (const r of relances(ctx, jour, null, p)) {
    actions.push({
      genre: 'relance',
      date: r.date,
      libelle: r.enRetard ? `${r.libelle} (prévue le ${dateFr(r.date)}, en retard)` : r.libelle,
      cible: { type: 'acte', id: r.acteId },
    });
  }
  for (const f of finsDeContrat(ctx, jour, parametres.finContratJours, p)) {
    actions.push({
      genre: 'fin_contrat',
      date: f.finPrevue,
      libelle: `Fin du contrat de ${f.jeuneNom} (${libelleContrat(f)}${f.intitule ? `, ${f.intitule}` : ''}) le ${dateFr(f.finPrevue)}, ${dansJours(f.joursRestants)} : proposer un suivi ou une suite`,
      cible: { type: 'situation', id: f.situationId },
    });
  }
  const sansMiseEnRelationDepuis = ajouterJours(jour, -parametres.offreSansMiseEnRelationJours);
  for (const o of offresOuvertes(ctx, parametres, jour, jour, p, false)) {
    const reste = joursEntre(jour, o.expireLe);
    if (reste <= EXPIRATION_PREAVIS_JOURS) {
      actions.push({
        genre: 'offre_expire',
        date: o.expireLe,
        libelle: `Offre « ${o.intitule} » : expire le ${dateFr(o.expireLe)}${o.misesEnRelation === 0 ? ', aucun jeune proposé' : ''} ; la prolonger, la pourvoir ou l’annuler avec l’employeur`,
        cible: { type: 'offre', id: o.offreId },
      });
    } else if (o.misesEnRelation === 0 && o.recueLe <= sansMiseEnRelationDepuis) {
      actions.push({
        genre: 'offre_sans_mise_en_relation',
        date: ajouterJours(o.recueLe, parametres.offreSansMiseEnRelationJours),
        libelle: `Offre « ${o.intitule} » : aucun jeune proposé depuis ${joursEntre(o.recueLe, jour)} jours (reçue le ${dateFr(o.recueLe)})`,
        cible: { type: 'offre', id: o.offreId },
      });
    }
  }
  return actions.sort((a, b) => a.date.localeCompare(b.date) || a.cible.id - b.cible.id);
}

// ---------------------------------------------------------------------------------------------
// Handlers.

const aFaire = ((input, ctx) => {
  const jour = aujourdhui(ctx);
  const parametres = lireParametres(ctx.sqlite);
  const p: Perimetre = input.responsableId === undefined ? { tous: true } : { responsableId: input.responsableId };
  return {
    reglages: {
      finContratJours: parametres.finContratJours,
      offreSansMiseEnRelationJours: parametres.offreSansMiseEnRelationJours,
      entrepriseSansActeMois: parametres.entrepriseSansActeMois,
    },
    finsDeContrat: finsDeContrat(ctx, jour, parametres.finContratJours, p),
    offresSansMiseEnRelation: offresSansMiseEnRelation(ctx, parametres, jour, p),
    entreprisesSansActe: entreprisesSansActe(ctx, jour, parametres.entrepriseSansActeMois, input.responsableId ?? null),
    relances: relances(ctx, jour, ajouterJours(jour, RELANCE_PREAVIS_JOURS), p),
  };
}) satisfies Handler<C, 'entreprises.aFaire'>;

/** acts / événements; null without any événement (DOMAIN.md part_actes_entreprises). */
function part(actes: number, evenements: number): number | null {
  return evenements === 0 ? null : actes / evenements;
}

/** The activity figures of a period, each from its own index on the date. */
function activite(ctx: Contexte, du: string, au: string) {
  const { entreprises, actes } = instruction(
    ctx.sqlite,
    `SELECT count(DISTINCT entreprise_id) AS entreprises, count(*) AS actes
     FROM acte_service WHERE date >= ? AND date <= ?`,
  ).get(du, au) as { entreprises: number; actes: number };
  const { evenements } = instruction(
    ctx.sqlite,
    'SELECT count(*) AS evenements FROM evenement WHERE date >= ? AND date <= ?',
  ).get(du, au) as { evenements: number };
  return {
    entreprisesAvecActe: entreprises,
    actesEntreprises: actes,
    evenementsJeunes: evenements,
    partActesEntreprises: part(actes, evenements),
  };
}

const compteurs = ((input, ctx) => {
  const annee = input.annee ?? Number(aujourdhui(ctx).slice(0, 4));
  const bornes = (a: number) => [`${String(a).padStart(4, '0')}-01-01`, `${String(a).padStart(4, '0')}-12-31`] as const;
  const [du, au] = bornes(annee);
  const courante = activite(ctx, du, au);
  const precedente = activite(ctx, ...bornes(annee - 1));
  const compter = (sql: string, ...params: unknown[]) =>
    (instruction(ctx.sqlite, sql).get(...params) as { n: number }).n;
  const mises = instruction(
    ctx.sqlite,
    `SELECT count(*) AS n, coalesce(sum(issue = 'retenu'), 0) AS retenues
     FROM mise_en_relation WHERE date >= ? AND date <= ?`,
  ).get(du, au) as { n: number; retenues: number };
  return {
    annee,
    du,
    au,
    ...courante,
    offresRecues: compter('SELECT count(*) AS n FROM offre WHERE recue_le >= ? AND recue_le <= ?', du, au),
    // An offer re-opened after being filled no longer counts: only those still filled.
    offresPourvues: compter(
      `SELECT count(*) AS n FROM offre WHERE statut = 'pourvue' AND pourvue_le >= ? AND pourvue_le <= ?`,
      du,
      au,
    ),
    misesEnRelation: mises.n,
    retenues: mises.retenues,
    entreprisesSuivies: compter(`SELECT count(*) AS n FROM entreprise WHERE statut <> 'inactif'`),
    precedente: {
      entreprisesAvecActe: precedente.entreprisesAvecActe,
      actesEntreprises: precedente.actesEntreprises,
      partActesEntreprises: precedente.partActesEntreprises,
    },
  };
}) satisfies Handler<C, 'entreprises.compteurs'>;

export const suiviHandlers = {
  'entreprises.aFaire': aFaire,
  'entreprises.compteurs': compteurs,
};
