import { describe, expect, test } from 'vitest';
import {
  abandonsAffiches,
  anneesProposees,
  besoinVide,
  changerGenre,
  csvBesoins,
  donneesDomaines,
  donneesMois,
  donneesProgrammes,
  enPourcent,
  entreeBesoin,
  erreurPeriode,
  libellePeriode,
  libelleTrimestre,
  lignesCsvBesoins,
  manquesBesoin,
  moisCourt,
  moisDeLaPeriode,
  periodeDe,
  periodeEnDates,
  periodeParDefaut,
  programmesProposes,
  raccourci,
  remplissage,
  resumeFormationJeune,
  tableauBesoins,
  trierActions,
  type ActionDuTableau,
  type ProgrammeDuTableau,
  type SyntheseBesoins,
} from '../../src-renderer/screens/formation/logiqueTableau';
import { pourcentage } from '../../src-renderer/screens/formation/logique';

const tableauVide = {
  places: 0,
  parStatut: [],
  positionnements: 0,
  entres: 0,
  tauxRemplissage: null,
  delaiMoyenJours: null,
  delaiMedianJours: null,
  abandons: 0,
  tauxAbandon: null,
};

function action(id: number, p: Partial<Omit<ActionDuTableau, 'tableau'>>, t: Partial<ActionDuTableau['tableau']> = {}) {
  return {
    id,
    intitule: `Action ${id}`,
    programme: 'PRF 2026',
    referentNom: null,
    debut: '2026-03-02',
    fin: '2026-06-30',
    statut: 'en_cours' as const,
    ...p,
    tableau: { ...tableauVide, ...t },
  } satisfies ActionDuTableau;
}

describe('Périodes du tableau de bord', () => {
  test("l'année civile en cours par défaut, et les cinq dernières années proposées", () => {
    expect(periodeParDefaut('2026-05-14')).toEqual({ genre: 'annee', annee: 2026 });
    expect(periodeDe(periodeParDefaut('2026-05-14'))).toEqual({ du: '2026-01-01', au: '2026-12-31' });
    expect(anneesProposees('2026-05-14')).toEqual([2026, 2025, 2024, 2023, 2022]);
  });

  test('un trimestre va du premier jour de son premier mois au dernier jour de son troisième', () => {
    expect(periodeDe({ genre: 'trimestre', annee: 2026, trimestre: 1 })).toEqual({
      du: '2026-01-01',
      au: '2026-03-31',
    });
    expect(periodeDe({ genre: 'trimestre', annee: 2026, trimestre: 2 })).toEqual({
      du: '2026-04-01',
      au: '2026-06-30',
    });
    expect(periodeDe({ genre: 'trimestre', annee: 2026, trimestre: 3 })).toEqual({
      du: '2026-07-01',
      au: '2026-09-30',
    });
    expect(periodeDe({ genre: 'trimestre', annee: 2025, trimestre: 4 })).toEqual({
      du: '2025-10-01',
      au: '2025-12-31',
    });
    expect(libelleTrimestre(1)).toBe('1er trimestre (janv. – mars)');
    expect(libelleTrimestre(4)).toBe('4e trimestre (oct. – déc.)');
  });

  test('des dates saisies : prises une fois lisibles et dans l’ordre, sinon le message dit quoi corriger', () => {
    expect(periodeDe({ genre: 'personnalisee', du: '01/02/2026', au: '15/03/2026' })).toEqual({
      du: '2026-02-01',
      au: '2026-03-15',
    });
    expect(erreurPeriode({ genre: 'personnalisee', du: '01/02/2026', au: '15/03/2026' })).toBeNull();
    expect(periodeDe({ genre: 'personnalisee', du: '31/02/2026', au: '15/03/2026' })).toBeNull();
    expect(erreurPeriode({ genre: 'personnalisee', du: '31/02/2026', au: '15/03/2026' })).toBe(
      'Début : une date JJ/MM/AAAA.',
    );
    expect(erreurPeriode({ genre: 'personnalisee', du: '01/02/2026', au: '15/03' })).toBe('Fin : une date JJ/MM/AAAA.');
    expect(periodeDe({ genre: 'personnalisee', du: '15/03/2026', au: '01/02/2026' })).toBeNull();
    expect(erreurPeriode({ genre: 'personnalisee', du: '15/03/2026', au: '01/02/2026' })).toBe(
      'La fin précède le début.',
    );
    expect(erreurPeriode({ genre: 'annee', annee: 2026 })).toBeNull();
  });

  test('changer de genre garde les dates : l’année en cours devient le trimestre en cours, des dates les mêmes bornes', () => {
    const aujourdhui = '2026-05-14';
    expect(changerGenre({ genre: 'annee', annee: 2026 }, 'trimestre', aujourdhui)).toEqual({
      genre: 'trimestre',
      annee: 2026,
      trimestre: 2,
    });
    expect(changerGenre({ genre: 'annee', annee: 2024 }, 'trimestre', aujourdhui)).toEqual({
      genre: 'trimestre',
      annee: 2024,
      trimestre: 1,
    });
    expect(changerGenre({ genre: 'trimestre', annee: 2025, trimestre: 3 }, 'personnalisee', aujourdhui)).toEqual({
      genre: 'personnalisee',
      du: '01/07/2025',
      au: '30/09/2025',
    });
    expect(changerGenre({ genre: 'personnalisee', du: '10/11/2024', au: '20/01/2025' }, 'annee', aujourdhui)).toEqual({
      genre: 'annee',
      annee: 2024,
    });
    // Dates that cannot be read: back to the current year rather than nowhere.
    expect(changerGenre({ genre: 'personnalisee', du: 'n’importe', au: '' }, 'annee', aujourdhui)).toEqual({
      genre: 'annee',
      annee: 2026,
    });
  });

  test('le titre dit la période comme on la dit : année, trimestre, ou dates', () => {
    expect(libellePeriode({ du: '2026-01-01', au: '2026-12-31' })).toBe('en 2026');
    expect(libellePeriode({ du: '2026-04-01', au: '2026-06-30' })).toBe('au 2e trimestre 2026');
    expect(libellePeriode({ du: '2026-01-01', au: '2026-03-31' })).toBe('au 1er trimestre 2026');
    expect(libellePeriode({ du: '2026-02-01', au: '2026-03-15' })).toBe('du 01/02/2026 au 15/03/2026');
    expect(periodeEnDates({ du: '2026-02-01', au: '2026-03-15' })).toBe(true);
    expect(periodeEnDates({ du: '2026-04-01', au: '2026-06-30' })).toBe(false);
  });
});

describe('Chiffres et graphiques', () => {
  test('les mois en français abrégé, et tous les mois d’une période, d’une année sur l’autre', () => {
    expect(moisCourt('2026-01')).toBe('janv. 2026');
    expect(moisCourt('2025-12')).toBe('déc. 2025');
    expect(moisCourt('2026-08')).toBe('août 2026');
    expect(moisDeLaPeriode({ du: '2025-11-15', au: '2026-02-03' })).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
  });

  test('taux en pourcentage à une décimale, « — » sans places ; remplissage et abandons lisibles', () => {
    expect(pourcentage(2 / 3)).toBe('66,7\u00a0%');
    expect(pourcentage(null)).toBe('—');
    expect(enPourcent(2 / 3)).toBe(66.7);
    expect(enPourcent(1.25)).toBe(125);
    expect(enPourcent(null)).toBeNull();
    expect(remplissage(12, 20, 0.6)).toBe('12 / 20 (60\u00a0%)');
    expect(abandonsAffiches(0, 0)).toBe('0');
    expect(abandonsAffiches(2, 2 / 12)).toBe('2 (16,7\u00a0%)');
    expect(raccourci('Programme régional de formation 2026 — parcours qualifiants', 30)).toBe(
      'Programme régional de formati…',
    );
    expect(raccourci('PRF 2026')).toBe('PRF 2026');
  });

  test('« Remplissage par programme » : par nom, places, entrées, taux et étiquette imprimée', () => {
    const p = (programme: string, places: number, entres: number): ProgrammeDuTableau => ({
      ...tableauVide,
      programme,
      financeur: 'region',
      actions: 1,
      places,
      entres,
      tauxRemplissage: places === 0 ? null : entres / places,
    });
    const barres = donneesProgrammes([
      p('Région — PRF', 20, 15),
      p('France Travail — AFPR', 0, 0),
      p('État — PIC', 8, 10),
    ]);
    expect(barres.map((b) => b.programme)).toEqual(['État — PIC', 'France Travail — AFPR', 'Région — PRF']);
    expect(barres[0]).toMatchObject({ places: 8, entrees: 10, taux: 125, etiquette: '10 (125\u00a0%)' });
    expect(barres[1]).toMatchObject({ taux: null, etiquette: '0 (—)' });
    expect(barres[2]).toMatchObject({ places: 20, entrees: 15, taux: 75 });
  });

  test('« Entrées par mois » : chaque mois de la période, dans l’ordre, un mois sans chiffres à zéro', () => {
    const points = donneesMois(
      [
        { mois: '2026-03', entrees: 4, positionnements: 9 },
        { mois: '2026-01', entrees: 1, positionnements: 3 },
      ],
      { du: '2026-01-01', au: '2026-03-31' },
    );
    expect(points).toEqual([
      { mois: '2026-01', libelle: 'janv. 2026', entrees: 1, positionnements: 3 },
      { mois: '2026-02', libelle: 'févr. 2026', entrees: 0, positionnements: 0 },
      { mois: '2026-03', libelle: 'mars 2026', entrees: 4, positionnements: 9 },
    ]);
  });

  test('les actions se trient par colonne ; une action sans le chiffre (sans entrée, sans référent) reste en bas', () => {
    const actions = [
      action(1, { referentNom: 'Reynaud Julie', debut: '2026-02-01' }, { tauxRemplissage: 0.5, delaiMoyenJours: 20 }),
      action(2, { referentNom: null, debut: '2026-01-05' }, { tauxRemplissage: null }),
      action(3, { referentNom: 'Aubert Paul', debut: '2026-03-01' }, { tauxRemplissage: 1, delaiMoyenJours: 12.5 }),
    ];
    expect(trierActions(actions, 'remplissage', 'asc').map((a) => a.id)).toEqual([1, 3, 2]);
    expect(trierActions(actions, 'remplissage', 'desc').map((a) => a.id)).toEqual([3, 1, 2]);
    expect(trierActions(actions, 'referent', 'asc').map((a) => a.id)).toEqual([3, 1, 2]);
    expect(trierActions(actions, 'referent', 'desc').map((a) => a.id)).toEqual([1, 3, 2]);
    expect(trierActions(actions, 'delai', 'asc').map((a) => a.id)).toEqual([3, 1, 2]);
    expect(trierActions(actions, 'debut', 'asc').map((a) => a.id)).toEqual([2, 1, 3]);
    // Equal figures: by start date, then title.
    expect(trierActions(actions, 'places', 'desc').map((a) => a.id)).toEqual([2, 1, 3]);
  });

  test('le filtre des programmes garde celui choisi même si la période n’en a plus', () => {
    expect(programmesProposes([{ programme: 'PRF' }, { programme: 'AFPR' }, { programme: 'PRF' }], null)).toEqual([
      'AFPR',
      'PRF',
    ]);
    expect(programmesProposes([{ programme: 'PRF' }], 'Émergence')).toEqual(['Émergence', 'PRF']);
  });
});

const synthese: SyntheseBesoins = {
  du: '2026-01-01',
  au: '2026-12-31',
  total: 7,
  jeunes: 5,
  parDomaine: [
    { domaine: 'J', total: 2, jeunes: 2, parRaison: [{ raison: 'prerequis', nombre: 2 }] },
    {
      domaine: 'K',
      total: 5,
      jeunes: 4,
      parRaison: [
        { raison: 'places', nombre: 3 },
        { raison: 'mobilite', nombre: 2 },
      ],
    },
  ],
  parRaison: [
    { raison: 'places', nombre: 3 },
    { raison: 'mobilite', nombre: 2 },
    { raison: 'prerequis', nombre: 2 },
  ],
  objetsFrequents: [
    { objet: 'cap aepe', domaine: 'K', nombre: 3 },
    { objet: '=aide-soignant; "DEAS"', domaine: 'J', nombre: 2 },
  ],
};

describe('Besoins non satisfaits', () => {
  test('le tableau domaine × raison : les plus gros domaines d’abord, chaque raison comptée, zéro sinon', () => {
    const t = tableauBesoins(synthese);
    expect(t.lignes.map((l) => l.domaine)).toEqual(['K', 'J']);
    expect(t.lignes[0]).toMatchObject({
      libelle: 'Services à la personne et à la collectivité',
      total: 5,
      jeunes: 4,
      parRaison: { aucune_action: 0, prerequis: 0, places: 3, dates: 0, mobilite: 2, autre: 0 },
    });
    expect(t.totalParRaison).toEqual({ aucune_action: 0, prerequis: 2, places: 3, dates: 0, mobilite: 2, autre: 0 });
    // The distinct jeunes of the period, not the sum of the domains (a jeune may be in two).
    expect(t.jeunes).toBe(5);
    expect(donneesDomaines(synthese)).toEqual([
      { domaine: 'K', libelle: 'Services à la personne', total: 5, jeunes: 4 },
      { domaine: 'J', libelle: 'Santé', total: 2, jeunes: 2 },
    ]);
  });

  test('le CSV : titre, tableau avec la ligne Total, puis les formations les plus demandées', () => {
    const lignes = lignesCsvBesoins(synthese);
    expect(lignes[0]).toEqual(['Besoins de formation non satisfaits en 2026']);
    expect(lignes[2]).toEqual([
      'Domaine',
      'Aucune action sur le territoire',
      'Pré-requis non remplis',
      'Plus de place',
      'Dates inadaptées',
      'Mobilité (trop loin, pas de transport)',
      'Autre',
      'Total',
      'Jeunes distincts',
    ]);
    expect(lignes[3]).toEqual(['Services à la personne et à la collectivité', '0', '0', '3', '0', '2', '0', '5', '4']);
    expect(lignes[5]).toEqual(['Total', '0', '2', '3', '0', '2', '0', '7', '5']);
    expect(lignes[7]).toEqual(['Formations ou métiers les plus demandés', 'Domaine', 'Besoins']);
    expect(lignes[8]).toEqual(['cap aepe', 'Services à la personne et à la collectivité', '3']);
  });

  test('le fichier : BOM, points-virgules, CRLF, et une cellule qui ressemble à une formule écrite en texte', () => {
    const { nomFichier, contenu } = csvBesoins(synthese);
    expect(nomFichier).toBe('besoins-non-satisfaits-2026-01-01-2026-12-31.csv');
    expect(contenu.startsWith('\uFEFFBesoins de formation non satisfaits en 2026\r\n')).toBe(true);
    expect(contenu.endsWith('\r\n')).toBe(true);
    expect(contenu).toContain('\r\nTotal;0;2;3;0;2;0;7;5\r\n');
    expect(contenu).toContain(`"'=aide-soignant; ""DEAS""";Santé;2`);
  });

  test('sans objet fréquent, le CSV s’arrête à la ligne Total', () => {
    const lignes = lignesCsvBesoins({ ...synthese, objetsFrequents: [] });
    expect(lignes[lignes.length - 1]![0]).toBe('Total');
  });
});

describe('Onglet « Formation » du dossier', () => {
  test('le résumé compte les positionnements, ceux en formation, en recrutement, et les besoins', () => {
    expect(resumeFormationJeune([], 0)).toBe('');
    expect(
      resumeFormationJeune(
        [{ statut: 'entre' }, { statut: 'propose' }, { statut: 'retenu' }, { statut: 'non_retenu' }],
        1,
      ),
    ).toBe('4 positionnements · 1 en formation · 2 en recrutement · 1 besoin non satisfait');
    expect(resumeFormationJeune([{ statut: 'termine' }], 2)).toBe('1 positionnement · 2 besoins non satisfaits');
  });

  test('un besoin noté depuis une action complète en reprend le domaine, l’intitulé et la raison', () => {
    expect(besoinVide('2026-05-14')).toEqual({
      date: '14/05/2026',
      domaine: null,
      objet: '',
      codeRome: '',
      raison: null,
      action: null,
      commentaire: '',
    });
    expect(besoinVide('2026-05-14', { id: 4, intitule: 'CAP AEPE', domaine: 'K', raison: 'places' })).toMatchObject({
      domaine: 'K',
      objet: 'CAP AEPE',
      raison: 'places',
      action: { id: 4, intitule: 'CAP AEPE' },
    });
  });

  test('le besoin envoyé : date ISO, code ROME en capitales, action facultative', () => {
    const s = { ...besoinVide('2026-05-14'), domaine: 'K' as const, raison: 'places' as const, objet: 'CAP AEPE' };
    expect(entreeBesoin({ ...s, codeRome: ' k1303 ' }, 12)).toEqual({
      id: null,
      besoin: {
        jeuneId: 12,
        date: '2026-05-14',
        domaine: 'K',
        objet: 'CAP AEPE',
        codeRome: 'K1303',
        raison: 'places',
        actionId: null,
        commentaire: '',
      },
    });
    expect(manquesBesoin({ ...s, codeRome: 'K1303' }, 12, '2026-05-14')).toEqual({});
  });

  test('refusé avant l’envoi, champ par champ : domaine, raison, formation visée, code ROME, date future', () => {
    const m = manquesBesoin(
      { ...besoinVide('2026-05-14'), objet: '  ', codeRome: 'K13', date: '15/05/2026' },
      12,
      '2026-05-14',
    );
    expect(m['besoin.domaine']).toBe('Domaine : choisissez dans la liste.');
    expect(m['besoin.raison']).toBe('Raison : cochez celle qui empêche la réponse.');
    expect(m['besoin.objet']).toMatch(/Formation ou métier visé/);
    expect(m['besoin.codeRome']).toBe('Code ROME : une lettre et 4 chiffres attendus (ex. G1602).');
    expect(m['besoin.date']).toBe('Date : elle ne peut pas être dans le futur.');
  });
});
