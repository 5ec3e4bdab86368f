/**
 * The training actions (issue 7) at the size of a large ML's file after a few years: 2,000
 * actions, 30,000 candidacies with their history steps (and the situations their entries
 * created), entry commissions, bilans, 3,000 unmet needs. Times the référent's reads, p50/p95,
 * through the handlers as the dispatcher runs them: the lookup in front of a jeune (default, and
 * with the jeune's level, age and a field), an action's page, the dashboard over a year, the
 * unmet needs' synthesis over a year; prints the query plans of the dashboard and the synthesis.
 * Figures only: never fails.
 *
 * Part of `npm run bench` (after the employer portfolio), or alone on a base of its own:
 * `npx tsx bench/formation.ts [--jeunes=20000] [--iterations=200]`.
 */
import {
  DOMAINES_FORMATION,
  FINANCEURS,
  MOTIFS_NON_RETENU_FORMATION,
  RAISONS_BESOIN,
  TYPES_FORMATION,
  type StatutPositionnement,
} from '../src-main/contract/referentielsFormation';
import type { Sqlite } from '../src-main/db/open';
import type { Application } from '../src-main/host/application';
import { lectureParis } from '../src-main/services/commun/temps';
import { Alea } from '../src-main/services/demo/alea';
import { isoDe, jourDe } from '../src-main/services/demo/calendrier';
import { chrono, memoire, option } from './outils';
import { lancerSeul, lecteur, mesurerLectures, plansDeRequete, requetesDe, type CasDeLecture } from './lectures';

const NB_ACTIONS = option('actions', 2_000);
const NB_POSITIONNEMENTS = option('positionnements', 30_000);
const NB_BESOINS = option('besoins', 3_000);
const ITERATIONS = option('iterations', 200);
const ANNEES = 5;

const INTITULES = [
  'CAP Cuisine',
  'Titre professionnel Agent de propreté et d’hygiène',
  'Préparateur de commandes CACES R489',
  'Titre professionnel Vendeur conseil en magasin',
  'Remise à niveau et certification Cléa',
  'Prépa concours aide-soignant',
  'Titre professionnel Maçon',
  'POE collective Agent de service hospitalier',
  'Parcours d’orientation et de découverte des métiers',
  'Prépa apprentissage BTP',
];
const OBJETS = [
  'CAP Accompagnant éducatif petite enfance',
  'Auxiliaire de puériculture',
  'Permis C et FIMO',
  'CAPa Jardinier paysagiste',
  'CAP Esthétique',
  'Développeur web',
  'CAP Maintenance des véhicules',
  'BPJEPS Animation sociale',
];
const COMMUNES = ['26281', '26362', '26057', '26108', '26058', '26113'];
const NIVEAUX_MIN = [null, null, null, 'niveau_3', 'niveau_4'] as const;

/** A candidacy's history: the statuses it goes through, in order (a path of TRANSITIONS_POSITIONNEMENT). */
const CHEMINS: readonly (readonly [readonly StatutPositionnement[], number])[] = [
  [['propose', 'candidature_transmise', 'information_collective', 'en_commission', 'retenu', 'entre', 'termine'], 30],
  [['propose', 'candidature_transmise', 'en_commission', 'retenu', 'entre', 'abandon'], 5],
  [['propose', 'candidature_transmise', 'information_collective', 'en_commission', 'non_retenu'], 20],
  [['propose', 'candidature_transmise', 'non_retenu'], 10],
  [['propose', 'candidature_transmise', 'desiste'], 15],
  [['propose', 'desiste'], 8],
  [['propose', 'candidature_transmise', 'retenu', 'desiste'], 4],
  [['propose', 'candidature_transmise', 'information_collective', 'retenu', 'entre', 'termine'], 8],
];

interface Donnees {
  referent: number;
  actionPlusSuivie: number;
}

/** Writes the actions, candidacies, commissions, bilans and needs with prepared statements, in one transaction. */
function generer(sqlite: Sqlite, maintenant: Date): Donnees {
  const alea = new Alea(7);
  const today = jourDe(lectureParis(maintenant).date);
  const debut = today - Math.round(ANNEES * 365.25);
  const instant = maintenant.toISOString();

  const conseillers = (
    sqlite
      .prepare(
        `SELECT DISTINCT u.id FROM utilisateur u JOIN utilisateur_role r ON r.utilisateur_id = u.id
         WHERE r.role IN ('conseiller', 'referent_formation') AND u.actif = 1 ORDER BY u.id`,
      )
      .all() as { id: number }[]
  ).map((l) => l.id);
  const organismes = (
    sqlite
      .prepare("SELECT id, nom FROM partenaire WHERE type IN ('organisme_formation', 'cfa', 'e2c') ORDER BY id")
      .all() as {
      id: number;
      nom: string;
    }[]
  ).slice();
  const jeunes = (sqlite.prepare('SELECT id FROM jeune ORDER BY id').all() as { id: number }[]).map((j) => j.id);
  if (conseillers.length === 0 || organismes.length === 0 || jeunes.length < 1_000)
    throw new Error(
      'Il faut une base de démonstration : conseillers, organismes de formation et 1 000 jeunes au moins.',
    );

  const trace = `'${instant}', ?, '${instant}', ?`;
  const st = {
    action: sqlite.prepare(
      `INSERT INTO action_formation (intitule, programme, financeur, organisme_id, type_formation, domaine, certification,
         code_insee, commune, debut, fin, places, prerequis, niveau_minimum, age_minimum, age_maximum, referent_id, statut,
         reference, cree_le, cree_par, modifie_le, modifie_par)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ${trace})`,
    ),
    positionnement: sqlite.prepare(
      `INSERT INTO positionnement (action_id, jeune_id, date, statut, statut_le, motif_non_retenu, certification_obtenue,
         situation_id, auteur_id, cree_le, cree_par, modifie_le, modifie_par)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ${trace})`,
    ),
    etape: sqlite.prepare(
      `INSERT INTO etape_positionnement (positionnement_id, statut, date, motif_non_retenu, commission_id, le, par)
       VALUES (?, ?, ?, ?, ?, '${instant}', ?)`,
    ),
    commission: sqlite.prepare(
      `INSERT INTO commission_entree (action_id, date, participants, auteur_id, cree_le, cree_par, modifie_le, modifie_par)
       VALUES (?, ?, 'Référent d’action ; organisme ; France Travail', ?, ${trace})`,
    ),
    decision: sqlite.prepare(
      `INSERT INTO decision_commission (commission_id, positionnement_id, decision, motif_non_retenu) VALUES (?, ?, ?, ?)`,
    ),
    situation: sqlite.prepare(
      `INSERT INTO situation (jeune_id, type, sous_type, debut, fin_prevue, fin_reelle, organisme, intitule,
         cree_le, cree_par, modifie_le, modifie_par) VALUES (?, 'formation', ?, ?, ?, ?, ?, ?, ${trace})`,
    ),
    bilan: sqlite.prepare(
      `INSERT INTO bilan_action (action_id, type, date, chiffres, note, auteur_id, cree_le, cree_par, modifie_le, modifie_par)
       VALUES (?, ?, ?, ?, 'Bilan de banc d’essai.', ?, ${trace})`,
    ),
    besoin: sqlite.prepare(
      `INSERT INTO besoin_formation (jeune_id, date, domaine, objet, raison, action_id, auteur_id, cree_le, cree_par,
         modifie_le, modifie_par) VALUES (?, ?, ?, ?, ?, ?, ?, ${trace})`,
    ),
  };

  const actions: {
    commission: number | null;
    id: number;
    debut: number;
    fin: number;
    places: number;
    referent: number;
    organisme: string;
    intitule: string;
    type: string;
  }[] = [];
  const compteParAction = new Map<number, number>();
  sqlite.transaction(() => {
    for (let i = 0; i < NB_ACTIONS; i++) {
      const d = debut + alea.entier(0, Math.round((ANNEES + 1) * 365.25));
      const f = d + alea.entier(4, 40) * 7;
      const statut = alea.chance(0.03)
        ? 'annulee'
        : f < today
          ? 'terminee'
          : d <= today
            ? 'en_cours'
            : d <= today + 60
              ? 'en_recrutement'
              : 'programmee';
      const an = isoDe(d).slice(0, 4);
      const financeur = alea.choix(FINANCEURS);
      const o = alea.choix(organismes);
      const intitule = `${alea.choix(INTITULES)} (session ${i + 1})`;
      const type = alea.choix(TYPES_FORMATION);
      const referent = alea.choix(conseillers);
      const insee = alea.choix(COMMUNES);
      const places = alea.entier(8, 16);
      const id = Number(
        st.action.run(
          intitule,
          `Programme ${financeur} ${an} — ${alea.choix(['parcours qualifiants', 'parcours pré-qualifiants', 'POE'])}`,
          financeur,
          o.id,
          type,
          alea.choix(DOMAINES_FORMATION),
          alea.chance(0.5) ? 'Titre professionnel' : null,
          insee,
          `Commune ${insee}`,
          isoDe(d),
          isoDe(f),
          places,
          'Pré-requis de banc d’essai.',
          alea.choix(NIVEAUX_MIN),
          alea.chance(0.3) ? alea.choix([16, 18]) : null,
          alea.chance(0.2) ? alea.choix([25, 29]) : null,
          referent,
          statut,
          `BANC-${i + 1}`,
          referent,
          referent,
        ).lastInsertRowid,
      );
      // Its entry commission a week before the start, once that day has come.
      const commission =
        d - 7 <= today
          ? Number(st.commission.run(id, isoDe(d - 7), referent, referent, referent).lastInsertRowid)
          : null;
      if (f < today - 10)
        st.bilan.run(id, 'final', isoDe(f + 10), JSON.stringify({ places }), referent, referent, referent);
      actions.push({ id, debut: d, fin: f, places, referent, organisme: o.nom, intitule, type, commission });
    }

    // Candidacies, each with its history cut at today; an entry writes the jeune's situation.
    const deja = new Set<string>();
    for (let n = 0, essais = 0; n < NB_POSITIONNEMENTS && essais < NB_POSITIONNEMENTS * 3; essais++) {
      const a = alea.choix(actions);
      const jeune = alea.choix(jeunes);
      const d0 = a.debut - alea.entier(10, 70);
      if (d0 > today || deja.has(`${a.id}|${jeune}`)) continue;
      deja.add(`${a.id}|${jeune}`);
      const chemin = alea.pondere(CHEMINS);
      // The commission's steps on its day (« en commission », then its decision), the others a few days apart.
      const kCommission = chemin.indexOf('en_commission');
      let jour = d0;
      const jours = chemin.map((s, k) => {
        if (k > 0)
          jour =
            s === 'entre'
              ? a.debut
              : s === 'termine'
                ? a.fin
                : s === 'abandon'
                  ? a.debut + Math.floor((a.fin - a.debut) / 2)
                  : kCommission >= 0 && k >= kCommission && k <= kCommission + 1
                    ? a.debut - 7
                    : Math.min(kCommission > k ? a.debut - 8 : a.debut - 1, jour + alea.entier(3, 10));
        return jour;
      });
      const faits = chemin.filter((_, k) => jours[k]! <= today);
      const dernier = faits[faits.length - 1]!;
      const jourDernier = jours[faits.length - 1]!;
      const kEntree = faits.indexOf('entre');
      let situation: number | null = null;
      if (kEntree >= 0) {
        const fin = dernier === 'abandon' || dernier === 'termine' ? isoDe(jourDernier) : null;
        situation = Number(
          st.situation.run(
            jeune,
            a.type,
            isoDe(a.debut),
            isoDe(a.fin),
            fin,
            a.organisme,
            a.intitule,
            a.referent,
            a.referent,
          ).lastInsertRowid,
        );
      }
      const motif =
        dernier === 'non_retenu' ? alea.choix(MOTIFS_NON_RETENU_FORMATION.filter((m) => m !== 'autre')) : null;
      const id = Number(
        st.positionnement.run(
          a.id,
          jeune,
          isoDe(d0),
          dernier,
          isoDe(jourDernier),
          motif,
          dernier === 'termine' ? (alea.chance(0.7) ? 1 : 0) : null,
          situation,
          a.referent,
          a.referent,
          a.referent,
        ).lastInsertRowid,
      );
      n++;
      compteParAction.set(a.id, (compteParAction.get(a.id) ?? 0) + 1);
      faits.forEach((s, k) => {
        const parCommission = kCommission >= 0 && (k === kCommission || k === kCommission + 1) ? a.commission : null;
        st.etape.run(id, s, isoDe(jours[k]!), s === 'non_retenu' ? motif : null, parCommission, a.referent);
        if (parCommission !== null && k === kCommission + 1)
          st.decision.run(parCommission, id, s, s === 'non_retenu' ? motif : null);
      });
    }

    for (let n = 0; n < NB_BESOINS; n++) {
      const raison = alea.choix(RAISONS_BESOIN);
      const auteur = alea.choix(conseillers);
      st.besoin.run(
        alea.choix(jeunes),
        isoDe(alea.entier(debut, today)),
        alea.choix(DOMAINES_FORMATION),
        alea.choix(OBJETS),
        raison,
        raison === 'places' || raison === 'dates' ? alea.choix(actions).id : null,
        auteur,
        auteur,
        auteur,
      );
    }
  })();
  sqlite.pragma('optimize');
  const plusSuivie = [...compteParAction.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  return { referent: actions[0]!.referent, actionPlusSuivie: plusSuivie };
}

/** The SQL statements a call runs (through a recording proxy of the connection). */
export function mesurerFormation(app: Application, maintenant: Date): void {
  console.log(`\n— Actions de formation (issue 7) —\n`);
  const { sqlite } = app.base;
  const duree = chrono();
  const donnees = generer(sqlite, maintenant);
  const compte = (table: string) =>
    (sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n.toLocaleString('fr-FR');
  console.log(
    `Génération en ${(duree() / 1000).toFixed(1)} s : ${compte('action_formation')} actions, ${compte('positionnement')} positionnements ` +
      `(${compte('etape_positionnement')} étapes), ${compte('commission_entree')} commissions, ${compte('bilan_action')} bilans, ` +
      `${compte('besoin_formation')} besoins non satisfaits, ${compte('situation')} situations.`,
  );

  const { ctxDe, appeler } = lecteur(app, maintenant, { id: donnees.referent, roles: ['referent_formation'] });

  const ids = (
    sqlite.prepare('SELECT id FROM action_formation ORDER BY random() LIMIT 500').all() as { id: number }[]
  ).map((r) => r.id);
  const an = Number(lectureParis(maintenant).date.slice(0, 4)) - 1;
  const annee = { du: `${an}-01-01`, au: `${an}-12-31` };
  const total = (r: unknown) => String((r as { total: number }).total);
  const cas: CasDeLecture[] = [
    { quoi: 'en recrutement (défaut)', methode: 'actions.rechercher', entree: () => ({}), taille: total },
    {
      quoi: 'pré-requis du jeune + domaines F, N',
      methode: 'actions.rechercher',
      entree: () => ({ niveau: 'niveau_3', age: 19, domaines: ['F', 'N'] }),
      taille: total,
    },
    {
      quoi: 'tous statuts, un mot (« cuisine »)',
      methode: 'actions.rechercher',
      entree: () => ({
        texte: 'cuisine',
        statuts: ['programmee', 'en_recrutement', 'en_cours', 'terminee', 'annulee'],
      }),
      taille: total,
    },
    {
      quoi: 'fiche d’une action (au hasard)',
      methode: 'actions.lire',
      entree: (i) => ({ id: ids[i % ids.length] }),
      taille: (r) => `${(r as { positionnementsListe: unknown[] }).positionnementsListe.length} positionnements`,
    },
    {
      quoi: 'fiche de l’action la plus demandée',
      methode: 'actions.lire',
      entree: () => ({ id: donnees.actionPlusSuivie }),
      taille: (r) => `${(r as { positionnementsListe: unknown[] }).positionnementsListe.length} positionnements`,
    },
    {
      quoi: `tableau de bord ${an}`,
      methode: 'formation.tableauDeBord',
      entree: () => annee,
      taille: (r) => `${(r as { actions: unknown[] }).actions.length} actions`,
    },
    {
      quoi: `tableau de bord ${an}, « mes actions »`,
      methode: 'formation.tableauDeBord',
      entree: () => ({ ...annee, referentId: donnees.referent }),
      taille: (r) => `${(r as { actions: unknown[] }).actions.length} actions`,
    },
    {
      quoi: `besoins non satisfaits ${an}`,
      methode: 'besoins.synthese',
      entree: () => annee,
      taille: (r) => `${(r as { total: number }).total} besoins`,
    },
  ];
  mesurerLectures(cas, appeler, ITERATIONS);

  // How SQLite runs the dashboard, the lookup and the synthesis: each statement should start from an index.
  console.log('\nPlans de requête (EXPLAIN QUERY PLAN) du tableau de bord, de la recherche et de la synthèse :');
  const statements = new Set([
    ...requetesDe(sqlite, (s) => appeler('formation.tableauDeBord', annee, ctxDe(s))),
    ...requetesDe(sqlite, (s) => appeler('actions.rechercher', {}, ctxDe(s))),
    ...requetesDe(sqlite, (s) => appeler('besoins.synthese', annee, ctxDe(s))),
  ]);
  plansDeRequete(sqlite, statements, annee.du);
  console.log(memoire('\nMémoire après les actions de formation'));
}

lancerSeul(import.meta.url, 'formation', mesurerFormation);
