import type { formationContract } from '../../contract/formation';
import type { Financeur, StatutAction } from '../../contract/referentielsFormation';
import type { Handler } from '../commun/contexte';
import { instruction } from '../commun/instructions';
import { ajouterMois } from '../commun/temps';
import { candidaturesDesActions, tableauDe, type CandidatureLue } from './lectures';

type C = typeof formationContract;

/**
 * The référent formation's dashboard over a period (docs/positionnements.md, « Tableau de bord »).
 * Every figure is `tableauDe`, the computation of the action's file, applied to a group of
 * actions: totals and programmes over the actions starting in the period (DOMAIN.md
 * taux_remplissage_formation), cancelled ones aside; months count the entries and proposals
 * dated in each month; the list shows every action running during the period.
 */

interface ActionDuTableau {
  id: number;
  intitule: string;
  programme: string;
  financeur: Financeur;
  referentNom: string | null;
  debut: string;
  fin: string;
  statut: StatutAction;
  places: number;
}

/** Each month `YYYY-MM` from `du`'s to `au`'s. */
function moisDe(du: string, au: string): string[] {
  const mois: string[] = [];
  for (let m = `${du.slice(0, 7)}-01`; m.slice(0, 7) <= au.slice(0, 7); m = ajouterMois(m, 1)) mois.push(m.slice(0, 7));
  return mois;
}

export const tableauDeBordFormation = ((input, ctx) => {
  const { du, au } = input;
  // The référent's and programme's filters, on the action `a`.
  const filtre =
    '(@referentId IS NULL OR a.referent_id = @referentId) AND (@programme IS NULL OR a.programme = @programme)';
  const params = { du, au, referentId: input.referentId, programme: input.programme };
  const selection = `a.debut <= @au AND a.fin >= @du AND ${filtre}`;

  const actions = instruction(
    ctx.sqlite,
    `SELECT a.id, a.intitule, a.programme, a.financeur,
            CASE WHEN u.id IS NULL THEN NULL ELSE u.prenom || ' ' || u.nom END AS referentNom,
            a.debut, a.fin, a.statut, a.places
     FROM action_formation a LEFT JOIN utilisateur u ON u.id = a.referent_id
     WHERE ${selection}
     ORDER BY a.debut, a.intitule COLLATE NOCASE, a.id`,
  ).all(params) as ActionDuTableau[];
  const candidatures = new Map<number, CandidatureLue[]>();
  for (const c of candidaturesDesActions(ctx, selection, [params])) {
    const liste = candidatures.get(c.actionId);
    if (liste) liste.push(c);
    else candidatures.set(c.actionId, [c]);
  }
  const figures = (groupe: readonly ActionDuTableau[]) =>
    tableauDe({
      places: groupe.reduce((s, a) => s + a.places, 0),
      candidatures: groupe.flatMap((a) => candidatures.get(a.id) ?? []),
    });

  // Actions starting in the period; a cancelled action offered no place.
  const comptees = actions.filter((a) => a.debut >= du && a.debut <= au && a.statut !== 'annulee');
  const programmes = new Map<string, ActionDuTableau[]>();
  for (const a of comptees) {
    const cle = JSON.stringify([a.programme, a.financeur]);
    const groupe = programmes.get(cle);
    if (groupe) groupe.push(a);
    else programmes.set(cle, [a]);
  }

  const parMoisLu = (sql: string) =>
    new Map(
      (instruction(ctx.sqlite, sql).all(params) as { mois: string; n: number }[]).map((l) => [l.mois, l.n] as const),
    );
  const entrees = parMoisLu(
    `SELECT substr(e.date, 1, 7) AS mois, count(*) AS n
     FROM etape_positionnement e
     JOIN positionnement p ON p.id = e.positionnement_id
     JOIN action_formation a ON a.id = p.action_id
     WHERE e.statut = 'entre' AND e.date BETWEEN @du AND @au AND ${filtre}
     GROUP BY mois`,
  );
  const proposes = parMoisLu(
    `SELECT substr(p.date, 1, 7) AS mois, count(*) AS n
     FROM positionnement p
     JOIN action_formation a ON a.id = p.action_id
     WHERE p.date BETWEEN @du AND @au AND ${filtre}
     GROUP BY mois`,
  );

  return {
    du,
    au,
    total: { ...figures(comptees), actions: comptees.length },
    parProgramme: [...programmes.values()]
      .map((groupe) => ({
        programme: groupe[0]!.programme,
        financeur: groupe[0]!.financeur,
        actions: groupe.length,
        ...figures(groupe),
      }))
      .sort((x, y) => x.programme.localeCompare(y.programme, 'fr') || x.financeur.localeCompare(y.financeur)),
    parMois: moisDe(du, au).map((mois) => ({
      mois,
      entrees: entrees.get(mois) ?? 0,
      positionnements: proposes.get(mois) ?? 0,
    })),
    actions: actions.map((a) => ({
      id: a.id,
      intitule: a.intitule,
      programme: a.programme,
      referentNom: a.referentNom,
      debut: a.debut,
      fin: a.fin,
      statut: a.statut,
      tableau: figures([a]),
    })),
  };
}) satisfies Handler<C, 'formation.tableauDeBord'>;

export const tableauHandlers = { 'formation.tableauDeBord': tableauDeBordFormation };
