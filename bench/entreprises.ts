/**
 * The employer portfolio (issue 6) at the size of a large ML's file after a few years: 2,000
 * firms, 20,000 acts typed by hand (plus one per offer and one per match), 5,000 offers, 15,000
 * matches, 60,000 situations of jeunes. Times the portfolio screen's reads (search, a firm's
 * page, the to-dos, the counters) and the offers' search, p50/p95, through the handlers as the
 * dispatcher runs them; prints the query plans of the to-dos. Figures only: never fails.
 *
 * Part of `npm run bench` (after the directory), or alone on a base of its own:
 * `npx tsx bench/entreprises.ts [--jeunes=20000] [--iterations=200]`.
 */
import { cleLuhnValide } from '../src-main/contract/champs';
import { sectionDuNaf, TYPES_CONTRAT_OFFRE } from '../src-main/contract/referentielsEntreprises';
import type { Sqlite } from '../src-main/db/open';
import type { Application } from '../src-main/host/application';
import { lectureParis } from '../src-main/services/commun/temps';
import { Alea } from '../src-main/services/demo/alea';
import { isoDe, jourDe } from '../src-main/services/demo/calendrier';
import { chrono, memoire, option } from './outils';
import { lancerSeul, lecteur, mesurerLectures, plansDeRequete, requetesDe, type CasDeLecture } from './lectures';

const NB_ENTREPRISES = option('entreprises', 2_000);
const NB_ACTES = option('actes', 20_000);
const NB_OFFRES = option('offres', 5_000);
const MISES_PAR_OFFRE = 3;
const NB_SITUATIONS = option('situations', 60_000);
const ITERATIONS = option('iterations', 200);
const ANNEES = 4;

const NAF = ['10.71C', '45.20A', '43.99C', '52.10B', '87.10A', '47.11D', '56.10A', '10.82Z', '22.29A', '01.24Z'];
const ACTIVITES = ['Boulangerie', 'Garage', 'Maçonnerie', 'Logistique', 'EHPAD', 'Supermarché', 'Restaurant'];
const NOMS = ['Martin', 'Bernard', 'Faure', 'Roux', 'Chabert', 'Moulin', 'Reynaud', 'Blanc', 'Garnier', 'Bouvier'];
const COMMUNES = ['26281', '26362', '26057', '26301', '26108', '26058', '26124', '26004', '26252', '26313'];
const TRANCHES = ['0', '1_9', '1_9', '10_49', '10_49', '50_249', '250_plus'];
const TYPES_ACTE = ['contact_telephone', 'visite', 'courriel', 'presentation_aides', 'immersion', 'suivi_emploi'];

function siret(n: number): string {
  const debut = `9${String(n).padStart(12, '0')}`;
  for (let cle = 0; cle <= 9; cle++) if (cleLuhnValide(`${debut}${cle}`)) return `${debut}${cle}`;
  throw new Error('Clé de Luhn introuvable : impossible.');
}

interface Donnees {
  charge: number;
  entreprise: number;
  situationsEnBase: number;
  evenements: number;
}

/**
 * Writes the portfolio with prepared statements in one transaction, over the last ANNEES years,
 * on the jeunes already in the base; tops the situations up to NB_SITUATIONS.
 */
function generer(sqlite: Sqlite, maintenant: Date): Donnees {
  const alea = new Alea(6);
  const today = jourDe(lectureParis(maintenant).date);
  const debut = today - Math.round(ANNEES * 365.25);
  const instant = maintenant.toISOString();
  const jour = () => alea.entier(debut, today);

  const staff = (role: string) =>
    (
      sqlite
        .prepare(
          `SELECT u.id FROM utilisateur u JOIN utilisateur_role r ON r.utilisateur_id = u.id
           WHERE r.role = ? AND u.actif = 1 ORDER BY u.id`,
        )
        .all(role) as { id: number }[]
    ).map((l) => l.id);
  const charge = staff('charge_relation_entreprises')[0];
  const conseillers = staff('conseiller');
  if (charge === undefined || conseillers.length === 0)
    throw new Error('La base n’a ni chargé(e) de relation entreprises ni conseiller.');
  const jeunes = (sqlite.prepare('SELECT id FROM jeune ORDER BY id').all() as { id: number }[]).map((j) => j.id);
  if (jeunes.length < 1_000) throw new Error('Il faut au moins 1 000 jeunes dans la base.');

  const trace = `'${instant}', ?, '${instant}', ?`;
  const st = {
    entreprise: sqlite.prepare(
      `INSERT INTO entreprise (siret, nom, naf, secteur, tranche, code_insee, commune, responsable_id, statut,
         cree_le, cree_par, modifie_le, modifie_par) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    contact: sqlite.prepare(
      'INSERT INTO entreprise_contact (entreprise_id, ordre, nom, fonction, telephone) VALUES (?, ?, ?, ?, ?)',
    ),
    affectation: sqlite.prepare(
      'INSERT INTO entreprise_affectation (entreprise_id, avant_id, apres_id, le, par) VALUES (?, NULL, ?, ?, ?)',
    ),
    offre: sqlite.prepare(
      `INSERT INTO offre (entreprise_id, intitule, metier, type_contrat, duree_mois, postes, code_insee, commune,
         recue_le, date_limite, statut, pourvue_le, auteur_id, cree_le, cree_par, modifie_le, modifie_par)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ${trace})`,
    ),
    diffusion: sqlite.prepare('INSERT OR IGNORE INTO offre_diffusion (offre_id, utilisateur_id) VALUES (?, ?)'),
    mise: sqlite.prepare(
      `INSERT OR IGNORE INTO mise_en_relation (offre_id, jeune_id, date, issue, issue_le, motif_non_retenu,
         situation_id, situation_creee, auteur_id, cree_le, cree_par, modifie_le, modifie_par)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ${trace})`,
    ),
    situation: sqlite.prepare(
      `INSERT INTO situation (jeune_id, type, sous_type, debut, fin_prevue, fin_reelle, organisme, entreprise_id,
         intitule, cree_le, cree_par, modifie_le, modifie_par) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ${trace})`,
    ),
    acte: sqlite.prepare(
      `INSERT INTO acte_service (entreprise_id, date, type, note, prochaine_action_le, prochaine_action, offre_id,
         mise_en_relation_id, auteur_id, cree_le, cree_par, modifie_le, modifie_par)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ${trace})`,
    ),
    evenement: sqlite.prepare(
      `INSERT INTO evenement (jeune_id, date, type, modalite, auteur_id, cree_le, cree_par, modifie_le, modifie_par)
       VALUES (?, ?, 'entretien_individuel', 'presentiel', ?, ${trace})`,
    ),
  };

  let situations = (sqlite.prepare('SELECT count(*) AS n FROM situation').get() as { n: number }).n;
  let evenements = (sqlite.prepare('SELECT count(*) AS n FROM evenement').get() as { n: number }).n;
  const firmes: { id: number; nom: string; insee: string }[] = [];
  const actes: { e: number; jour: number; type: string; offre: number | null; mise: number | null; par: number }[] = [];

  sqlite.transaction(() => {
    for (let i = 0; i < NB_ENTREPRISES; i++) {
      const naf = alea.choix(NAF);
      const nom = `${alea.choix(ACTIVITES)} ${alea.choix(NOMS)} ${i + 1}`;
      const insee = alea.choix(COMMUNES);
      const responsable = alea.chance(0.4) ? charge : alea.chance(0.75) ? alea.choix(conseillers) : null;
      const le = new Date((debut - 200 + alea.entier(0, 1600)) * 86_400_000 + 9 * 3_600_000).toISOString();
      const creeLe = le < instant ? le : instant;
      const id = Number(
        st.entreprise.run(
          siret(i + 1),
          nom,
          naf,
          sectionDuNaf(naf),
          alea.choix(TRANCHES),
          insee,
          `Commune ${insee}`,
          responsable,
          alea.pondere([
            ['partenaire', 50],
            ['prospect', 38],
            ['inactif', 12],
          ] as const),
          creeLe,
          charge,
          creeLe,
          charge,
        ).lastInsertRowid,
      );
      for (let k = 0; k < alea.entier(1, 2); k++)
        st.contact.run(id, k, `${alea.choix(NOMS)} Contact`, 'Gérant', '0475000000');
      if (responsable !== null) st.affectation.run(id, responsable, creeLe, charge);
      firmes.push({ id, nom, insee });
    }

    // Offers, their matches (a retained jeune gets the situation at the firm), and their acts.
    for (let i = 0; i < NB_OFFRES; i++) {
      const f = alea.choix(firmes);
      const recue = jour();
      const contrat = alea.choix(TYPES_CONTRAT_OFFRE);
      const duree = contrat === 'cdi' ? null : alea.choix([1, 3, 6, 12, 24]);
      const postes = alea.chance(0.8) ? 1 : 2;
      const auteur = alea.chance(0.6) ? charge : alea.choix(conseillers);
      const ancienne = recue < today - 60;
      const statut = ancienne && alea.chance(0.35) ? 'pourvue' : ancienne && alea.chance(0.1) ? 'annulee' : 'ouverte';
      const offre = Number(
        st.offre.run(
          f.id,
          `Poste ${i + 1} de ${f.nom}`,
          'Employé polyvalent',
          contrat,
          duree,
          postes,
          f.insee,
          `Commune ${f.insee}`,
          isoDe(recue),
          alea.chance(0.3) ? isoDe(recue + alea.entier(14, 45)) : null,
          statut,
          statut === 'pourvue' ? isoDe(Math.min(today, recue + alea.entier(10, 40))) : null,
          auteur,
          auteur,
          auteur,
        ).lastInsertRowid,
      );
      for (const c of alea.plusieurs(conseillers, alea.entier(1, 3))) st.diffusion.run(offre, c);
      actes.push({ e: f.id, jour: recue, type: 'offre', offre, mise: null, par: auteur });
      for (let k = 0; k < MISES_PAR_OFFRE; k++) {
        const date = Math.min(today, recue + alea.entier(1, 20));
        const jeune = alea.choix(jeunes);
        const issue =
          date > today - 20
            ? 'en_attente'
            : alea.pondere([
                ['retenu', 25],
                ['non_retenu', 50],
                ['desistement', 15],
                ['en_attente', 10],
              ] as const);
        const issueLe = issue === 'en_attente' ? null : Math.min(today, date + alea.entier(3, 20));
        let situation: number | null = null;
        if (issue === 'retenu' && issueLe !== null) {
          const fin = duree === null ? null : issueLe + duree * 30;
          situation = Number(
            st.situation.run(
              jeune,
              contrat === 'apprentissage' || contrat === 'professionnalisation' ? 'alternance' : 'emploi',
              contrat === 'apprentissage' || contrat === 'professionnalisation' ? contrat : 'cdd',
              isoDe(issueLe),
              fin === null ? null : isoDe(fin),
              fin !== null && fin < today ? isoDe(fin) : null,
              f.nom,
              f.id,
              `Poste ${i + 1}`,
              auteur,
              auteur,
            ).lastInsertRowid,
          );
          situations++;
        }
        const r = st.mise.run(
          offre,
          jeune,
          isoDe(date),
          issue,
          issueLe === null ? null : isoDe(issueLe),
          issue === 'non_retenu' ? 'profil' : null,
          situation,
          situation === null ? 0 : 1,
          auteur,
          auteur,
          auteur,
        );
        if (r.changes === 1)
          actes.push({
            e: f.id,
            jour: date,
            type: 'mise_en_relation',
            offre: null,
            mise: Number(r.lastInsertRowid),
            par: auteur,
          });
      }
    }
    // Acts typed by hand, a quarter with a next action.
    for (let i = 0; i < NB_ACTES; i++) {
      actes.push({
        e: alea.choix(firmes).id,
        jour: jour(),
        type: alea.choix(TYPES_ACTE),
        offre: null,
        mise: null,
        par: alea.chance(0.6) ? charge : alea.choix(conseillers),
      });
    }
    // In date order, as they are typed.
    actes.sort((a, b) => a.jour - b.jour);
    for (const a of actes) {
      const prochaine = a.offre === null && a.mise === null && alea.chance(0.25) ? a.jour + alea.entier(7, 45) : null;
      st.acte.run(
        a.e,
        isoDe(a.jour),
        a.type,
        'Note de banc d’essai.',
        prochaine === null ? null : isoDe(prochaine),
        prochaine === null ? null : 'Rappeler',
        a.offre,
        a.mise,
        a.par,
        a.par,
        a.par,
      );
    }

    // The jeunes' other situations, up to NB_SITUATIONS: jobs and apprenticeships ending around
    // today, a fifth of them at a firm of the portfolio.
    for (; situations < NB_SITUATIONS; situations++) {
      const type = alea.pondere([
        ['emploi', 50],
        ['alternance', 15],
        ['formation', 25],
        ['immersion', 10],
      ] as const);
      const d = jour();
      const fin = type === 'emploi' && alea.chance(0.2) ? null : d + alea.entier(14, 730);
      const f = type !== 'formation' && alea.chance(0.2) ? alea.choix(firmes) : null;
      st.situation.run(
        alea.choix(jeunes),
        type,
        type === 'emploi' ? alea.choix(['cdd', 'interim', 'cdi']) : type === 'alternance' ? 'apprentissage' : null,
        isoDe(d),
        fin === null ? null : isoDe(fin),
        fin !== null && fin < today && alea.chance(0.9) ? isoDe(fin) : null,
        f?.nom ?? 'Employeur hors portefeuille',
        f?.id ?? null,
        'Situation de banc d’essai',
        charge,
        charge,
      );
    }
    // The jeunes' événements (the counters' denominator), when the base has few.
    for (; evenements < jeunes.length * 15; evenements++)
      st.evenement.run(alea.choix(jeunes), isoDe(jour()), charge, charge, charge);
  })();
  sqlite.pragma('optimize');
  return { charge, entreprise: firmes[0]!.id, situationsEnBase: situations, evenements };
}

/** The SQL statements a call runs (through a recording proxy of the connection). */
export function mesurerEntreprises(app: Application, maintenant: Date): void {
  console.log(`\n— Portefeuille entreprises (issue 6) —\n`);
  const { sqlite } = app.base;
  const duree = chrono();
  const donnees = generer(sqlite, maintenant);
  const compte = (table: string) =>
    (sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n.toLocaleString('fr-FR');
  console.log(
    `Génération en ${(duree() / 1000).toFixed(1)} s : ${compte('entreprise')} entreprises, ${compte('acte_service')} actes ` +
      `(dont ${NB_ACTES.toLocaleString('fr-FR')} saisis, les autres par les offres et mises en relation), ${compte('offre')} offres, ` +
      `${compte('mise_en_relation')} mises en relation, ${compte('situation')} situations, ${compte('evenement')} événements.`,
  );

  const { ctxDe, appeler } = lecteur(app, maintenant, { id: donnees.charge, roles: ['charge_relation_entreprises'] });

  const ids = (sqlite.prepare('SELECT id FROM entreprise ORDER BY random() LIMIT 500').all() as { id: number }[]).map(
    (r) => r.id,
  );
  const plusGrosse = (
    sqlite
      .prepare('SELECT entreprise_id AS id FROM acte_service GROUP BY entreprise_id ORDER BY count(*) DESC LIMIT 1')
      .get() as { id: number }
  ).id;
  const cas: CasDeLecture[] = [
    {
      quoi: 'toutes les entreprises (500 premières)',
      methode: 'entreprises.rechercher',
      entree: () => ({}),
      taille: (r) => String((r as { total: number }).total),
    },
    {
      quoi: '« mon portefeuille » (chargé·e)',
      methode: 'entreprises.rechercher',
      entree: () => ({ responsableId: donnees.charge }),
      taille: (r) => String((r as { total: number }).total),
    },
    {
      quoi: 'filtre secteur F + partenaires',
      methode: 'entreprises.rechercher',
      entree: () => ({ secteurs: ['F'], statuts: ['partenaire'] }),
      taille: (r) => String((r as { total: number }).total),
    },
    {
      quoi: 'mots du nom (« boulangerie martin »)',
      methode: 'entreprises.rechercher',
      entree: () => ({ texte: 'boulangerie martin' }),
      taille: (r) => String((r as { total: number }).total),
    },
    {
      quoi: 'fiche d’une entreprise (au hasard)',
      methode: 'entreprises.lire',
      entree: (i) => ({ id: ids[i % ids.length] }),
      taille: (r) => `${(r as { chronologie: unknown[] }).chronologie.length} lignes`,
    },
    {
      quoi: 'fiche de l’entreprise la plus suivie',
      methode: 'entreprises.lire',
      entree: () => ({ id: plusGrosse }),
      taille: (r) => `${(r as { chronologie: unknown[] }).chronologie.length} lignes`,
    },
    {
      quoi: 'à faire, toute la ML',
      methode: 'entreprises.aFaire',
      entree: () => ({}),
      taille: (r) => tailleAFaire(r),
    },
    {
      quoi: 'à faire, portefeuille du chargé·e',
      methode: 'entreprises.aFaire',
      entree: () => ({ responsableId: donnees.charge }),
      taille: (r) => tailleAFaire(r),
    },
    {
      quoi: 'compteurs de l’année',
      methode: 'entreprises.compteurs',
      entree: () => ({}),
      taille: (r) => `${(r as { actesEntreprises: number }).actesEntreprises} actes`,
    },
    {
      quoi: 'offres ouvertes',
      methode: 'offres.rechercher',
      entree: () => ({}),
      taille: (r) => String((r as { total: number }).total),
    },
    {
      quoi: 'offres, tous statuts, un mot',
      methode: 'offres.rechercher',
      entree: () => ({ statuts: ['ouverte', 'pourvue', 'annulee', 'expiree'], texte: 'poste' }),
      taille: (r) => String((r as { total: number }).total),
    },
  ];
  mesurerLectures(cas, appeler, ITERATIONS);

  // How SQLite runs the to-dos and the counters: each statement must start from an index.
  console.log('\nPlans de requête (EXPLAIN QUERY PLAN) des « à faire » et des compteurs :');
  const statements = new Set([
    ...requetesDe(sqlite, (s) => appeler('entreprises.aFaire', { responsableId: donnees.charge }, ctxDe(s))),
    ...requetesDe(sqlite, (s) => appeler('entreprises.aFaire', {}, ctxDe(s))),
    ...requetesDe(sqlite, (s) => appeler('entreprises.compteurs', {}, ctxDe(s))),
  ]);
  plansDeRequete(
    sqlite,
    [...statements].filter((sql) => /acte_service|situation|offre|evenement|mise_en_relation|entreprise/.test(sql)),
    lectureParis(maintenant).date,
  );
  console.log(memoire('\nMémoire après le portefeuille entreprises'));
}

function tailleAFaire(r: unknown): string {
  const a = r as Record<'finsDeContrat' | 'offresSansMiseEnRelation' | 'entreprisesSansActe' | 'relances', unknown[]>;
  return `${a.finsDeContrat.length}/${a.offresSansMiseEnRelation.length}/${a.entreprisesSansActe.length}/${a.relances.length}`;
}

lancerSeul(import.meta.url, 'entreprises', mesurerEntreprises);
