import type { MiseEnRelation, Offre } from '../../contract/entreprises';
import { lireParametres } from '../comptes/parametres';
import type { Contexte } from '../commun/contexte';
import { instruction } from '../commun/instructions';
import { ajouterJours } from '../commun/temps';
import { aujourdhui } from '../jeunes';

/**
 * An open offer expires at the end of its deadline, or, without one, at the end of the day that
 * many days (Paramètres) after it was received; it then reads "expirée" (docs/entreprises.md).
 */
export function expirationOffre(recueLe: string, dateLimite: string | null, jours: number): string {
  return dateLimite ?? ajouterJours(recueLe, jours);
}

/**
 * The same expiry as SQL over the offer row aliased `alias`. `jours` is a whole number from the
 * settings, inlined so that the expression can sit in any query.
 */
export function expirationOffreSql(alias: string, jours: number): string {
  return `coalesce(${alias}.date_limite, date(${alias}.recue_le, '+${Math.trunc(jours)} days'))`;
}

/** The status as read on `aujourdhui` (a checked YYYY-MM-DD date): an open offer past expiry is "expiree". */
export function statutOffreSql(alias: string, jours: number, aujourdhui: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(aujourdhui)) throw new Error(`Date invalide : ${aujourdhui}`);
  return `CASE WHEN ${alias}.statut = 'ouverte' AND ${expirationOffreSql(alias, jours)} < '${aujourdhui}' THEN 'expiree' ELSE ${alias}.statut END`;
}

/** The name of a staff member as every list shows it. */
const NOM_UTILISATEUR = (alias: string) => `coalesce(${alias}.prenom || ' ' || ${alias}.nom, 'Inconnu')`;

type LigneOffre = Omit<Offre, 'conseillers' | 'misesEnRelation'>;

/**
 * The offers matching `where` (over `offre o JOIN entreprise e`, `params` its values), as read
 * today, most recent first (received date, then record). Three reads whatever the number of
 * offers: the offers, then their conseillers informed and their match counts by offer. Pure
 * read: the names of jeunes are not read here, and no file is named for the trail.
 */
export function offresOu(ctx: Contexte, where: string, params: unknown[], limite = -1): Offre[] {
  const { expirationOffreJours: jours } = lireParametres(ctx.sqlite);
  const lignes = instruction(
    ctx.sqlite,
    `SELECT o.id, o.entreprise_id AS entrepriseId, e.nom AS entrepriseNom, o.intitule, o.metier,
            o.code_rome AS codeRome, o.type_contrat AS typeContrat, o.duree_mois AS dureeMois, o.postes, o.lieu,
            o.code_insee AS codeInsee, o.commune, o.recue_le AS recueLe, o.date_limite AS dateLimite,
            o.description, o.interlocuteur, ${statutOffreSql('o', jours, aujourdhui(ctx))} AS statut,
            o.statut AS statutSaisi, ${expirationOffreSql('o', jours)} AS expireLe, o.pourvue_le AS pourvueLe,
            o.auteur_id AS auteurId, ${NOM_UTILISATEUR('u')} AS auteurNom, o.modifie_le AS modifieLe
     FROM offre o
     JOIN entreprise e ON e.id = o.entreprise_id
     LEFT JOIN utilisateur u ON u.id = o.auteur_id
     WHERE ${where}
     ORDER BY o.recue_le DESC, o.id DESC
     LIMIT ?`,
  ).all(...params, limite) as LigneOffre[];
  if (lignes.length === 0) return [];
  const ids = JSON.stringify(lignes.map((l) => l.id));

  const conseillers = new Map<number, { id: number; nom: string }[]>();
  for (const c of instruction(
    ctx.sqlite,
    `SELECT d.offre_id AS offreId, u.id, ${NOM_UTILISATEUR('u')} AS nom
     FROM offre_diffusion d JOIN utilisateur u ON u.id = d.utilisateur_id
     WHERE d.offre_id IN (SELECT value FROM json_each(?))
     ORDER BY u.nom, u.prenom, u.id`,
  ).all(ids) as { offreId: number; id: number; nom: string }[]) {
    const liste = conseillers.get(c.offreId) ?? [];
    liste.push({ id: c.id, nom: c.nom });
    conseillers.set(c.offreId, liste);
  }

  const comptes = new Map(
    (
      instruction(
        ctx.sqlite,
        `SELECT offre_id AS offreId, count(*) AS total, sum(issue = 'en_attente') AS enAttente,
                sum(issue = 'retenu') AS retenus
         FROM mise_en_relation
         WHERE offre_id IN (SELECT value FROM json_each(?))
         GROUP BY offre_id`,
      ).all(ids) as { offreId: number; total: number; enAttente: number; retenus: number }[]
    ).map(({ offreId, ...c }) => [offreId, c]),
  );

  return lignes.map((l) => ({
    ...l,
    conseillers: conseillers.get(l.id) ?? [],
    misesEnRelation: comptes.get(l.id) ?? { total: 0, enAttente: 0, retenus: 0 },
  }));
}

/**
 * The matches matching `where` (over `mise_en_relation m JOIN offre o JOIN entreprise e JOIN
 * jeune j`), most recent first. The jeune's name is shown as on every list of jeunes; the caller
 * names the files it reads for the trail when its method is a `dossier` one.
 */
export function misesEnRelationOu(ctx: Contexte, where: string, params: unknown[]): MiseEnRelation[] {
  return instruction(
    ctx.sqlite,
    `SELECT m.id, m.offre_id AS offreId, o.intitule AS offreIntitule, o.type_contrat AS typeContrat,
            o.entreprise_id AS entrepriseId, e.nom AS entrepriseNom, m.jeune_id AS jeuneId,
            coalesce(j.nom_usage, j.nom_naissance) || ' ' || j.prenoms AS jeuneNom, m.date, m.issue,
            m.issue_le AS issueLe, m.motif_non_retenu AS motifNonRetenu, m.commentaire,
            m.situation_id AS situationId, m.auteur_id AS auteurId, ${NOM_UTILISATEUR('u')} AS auteurNom,
            m.modifie_le AS modifieLe
     FROM mise_en_relation m
     JOIN offre o ON o.id = m.offre_id
     JOIN entreprise e ON e.id = o.entreprise_id
     JOIN jeune j ON j.id = m.jeune_id
     LEFT JOIN utilisateur u ON u.id = m.auteur_id
     WHERE ${where}
     ORDER BY m.date DESC, m.id DESC`,
  ).all(...params) as MiseEnRelation[];
}
