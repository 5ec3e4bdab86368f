import { beforeEach, describe, expect, test } from 'vitest';
import type { Contract, OutputOf } from '../../src-main/contract';
import type { Contexte } from '../../src-main/services/commun/contexte';
import { prochainesActionsDe } from '../../src-main/services/entreprises/suivi';
import { banc, installer, type Banc } from '../aide';
import {
  insererActeSql,
  insererEntrepriseSql,
  insererEvenementSql,
  insererJeuneSql,
  insererMiseEnRelationSql,
  insererOffreSql,
  insererSituationSql,
} from '../fixtures/entreprises';

/**
 * The follow-up of the employer portfolio (issue 6, docs/suivi-entreprises.md): the to-dos
 * (contracts ending, offers without a match, firms without an act, planned follow-ups), a firm's
 * next actions and the year's counters. "Today" is Monday 16/03/2026 in Paris. The portfolio is
 * written with plain SQL (tests/fixtures/entreprises.ts) at chosen dates: this file tests the
 * reading rules, not the forms.
 */

type AFaire = OutputOf<Contract, 'entreprises.aFaire'>;

let b: Banc;
let claire: number;
let karim: number;
let lea: number;

const sqlite = () => b.app.base.sqlite;

beforeEach(async () => {
  b = banc({ maintenant: new Date('2026-03-16T09:00:00Z').toISOString() });
  const s = await installer(b);
  [claire, karim] = s.conseillers as [number, number];
  lea = insererJeuneSql(b, 'Martin', 'Léa');
});

async function aFaire(entree: { responsableId?: number } = {}): Promise<AFaire> {
  return b.appeler('entreprises.aFaire', entree);
}

async function reglerParametres(changes: Record<string, number>) {
  const parametres = await b.appeler('parametres.lire', {});
  await b.appeler('parametres.enregistrer', { ...parametres, ...changes });
}

/** A context enough for the firm page's helper, which reads the base and the clock only. */
function contexte(): Contexte {
  return { db: b.app.base.db, sqlite: sqlite(), horloge: b.horloge } as unknown as Contexte;
}

describe('fins de contrat', () => {
  test('alternance and fixed-term jobs ending within 60 days, from today to the 60th day', async () => {
    const garage = insererEntrepriseSql(b, 'Garage Vercors Automobiles');
    const j = (nom: string) => insererJeuneSql(b, nom);
    const soixante = insererSituationSql(b, j('Soixante'), 'alternance', '2024-09-02', {
      sousType: 'apprentissage',
      finPrevue: '2026-05-15',
      entrepriseId: garage,
      intitule: 'CAP Maintenance des véhicules',
    });
    insererSituationSql(b, j('SoixanteEtUn'), 'alternance', '2024-09-02', {
      sousType: 'apprentissage',
      finPrevue: '2026-05-16',
    });
    const ceJour = insererSituationSql(b, j('Aujourdhui'), 'emploi', '2025-09-16', {
      sousType: 'cdd',
      finPrevue: '2026-03-16',
      organisme: 'Boulangerie Chabert',
    });
    insererSituationSql(b, j('Hier'), 'emploi', '2025-09-15', { sousType: 'cdd', finPrevue: '2026-03-15' });
    insererSituationSql(b, j('Cdi'), 'emploi', '2025-01-06', { sousType: 'cdi', finPrevue: '2026-04-01' });
    insererSituationSql(b, j('Finie'), 'alternance', '2024-09-02', {
      sousType: 'apprentissage',
      finPrevue: '2026-04-01',
      finReelle: '2026-02-27',
    });
    insererSituationSql(b, j('Formation'), 'formation', '2025-10-01', { finPrevue: '2026-04-01' });
    insererSituationSql(b, j('Immersion'), 'immersion', '2026-03-09', { sousType: 'pmsmp', finPrevue: '2026-03-20' });
    const sansSousType = insererSituationSql(b, j('Emploi'), 'emploi', '2026-01-05', { finPrevue: '2026-04-30' });

    const { finsDeContrat, reglages } = await aFaire();
    expect(reglages.finContratJours).toBe(60);
    expect(finsDeContrat.map((f) => f.situationId)).toEqual([ceJour, sansSousType, soixante]);
    expect(finsDeContrat[2]).toEqual({
      situationId: soixante,
      jeuneId: expect.any(Number),
      jeuneNom: 'Soixante Camille',
      type: 'alternance',
      sousType: 'apprentissage',
      intitule: 'CAP Maintenance des véhicules',
      finPrevue: '2026-05-15',
      joursRestants: 60,
      entrepriseId: garage,
      employeur: 'Garage Vercors Automobiles',
    });
    // An employer outside the portfolio is the one typed on the situation.
    expect(finsDeContrat[0]).toMatchObject({ joursRestants: 0, entrepriseId: null, employeur: 'Boulangerie Chabert' });
  });

  test('a shorter notice in Paramètres moves the threshold', async () => {
    const a = insererSituationSql(b, lea, 'alternance', '2024-09-02', {
      sousType: 'professionnalisation',
      finPrevue: '2026-04-15',
    });
    insererSituationSql(b, insererJeuneSql(b, 'Plus'), 'alternance', '2024-09-02', { finPrevue: '2026-04-16' });
    await reglerParametres({ finContratJours: 30 });
    const r = await aFaire();
    expect(r.reglages.finContratJours).toBe(30);
    expect(r.finsDeContrat.map((f) => f.situationId)).toEqual([a]);
  });
});

describe('offres sans mise en relation', () => {
  test('open offers received 15 days ago or more, without any match, not expired', async () => {
    const e = insererEntrepriseSql(b, 'Hôtel du Parc');
    const quinze = insererOffreSql(b, e, '2026-03-01', { intitule: 'Commis de cuisine' });
    insererOffreSql(b, e, '2026-03-02', { intitule: 'Quatorze jours' });
    const avecMise = insererOffreSql(b, e, '2026-02-01', { intitule: 'Avec un jeune proposé' });
    insererMiseEnRelationSql(b, avecMise, lea, '2026-02-10');
    insererOffreSql(b, e, '2026-01-05', { intitule: 'Expirée (60 jours)' });
    insererOffreSql(b, e, '2026-02-02', { intitule: 'Date limite passée', dateLimite: '2026-03-15' });
    const limiteCeJour = insererOffreSql(b, e, '2026-02-02', {
      intitule: 'Date limite ce jour',
      dateLimite: '2026-03-16',
    });
    insererOffreSql(b, e, '2026-02-02', { intitule: 'Annulée', statut: 'annulee' });
    insererOffreSql(b, e, '2026-02-02', { intitule: 'Pourvue', statut: 'pourvue', pourvueLe: '2026-03-01' });

    const { offresSansMiseEnRelation, reglages } = await aFaire();
    expect(reglages.offreSansMiseEnRelationJours).toBe(15);
    // The one expiring soonest first.
    expect(offresSansMiseEnRelation).toEqual([
      {
        offreId: limiteCeJour,
        intitule: 'Date limite ce jour',
        entrepriseId: e,
        entrepriseNom: 'Hôtel du Parc',
        recueLe: '2026-02-02',
        jours: 42,
        expireLe: '2026-03-16',
      },
      {
        offreId: quinze,
        intitule: 'Commis de cuisine',
        entrepriseId: e,
        entrepriseNom: 'Hôtel du Parc',
        recueLe: '2026-03-01',
        jours: 15,
        expireLe: '2026-04-30',
      },
    ]);
  });

  test('the days set in Paramètres move both thresholds: without a match, and expiry', async () => {
    const e = insererEntrepriseSql(b, 'Hôtel du Parc');
    const dix = insererOffreSql(b, e, '2026-03-06');
    const vieille = insererOffreSql(b, e, '2026-01-05');
    expect((await aFaire()).offresSansMiseEnRelation.map((o) => o.offreId)).toEqual([]);
    await reglerParametres({ offreSansMiseEnRelationJours: 10, expirationOffreJours: 90 });
    expect((await aFaire()).offresSansMiseEnRelation.map((o) => o.offreId)).toEqual([vieille, dix]);
  });
});

describe('entreprises sans acte', () => {
  test('firms not inactive whose last act, or creation, is 6 whole months old', async () => {
    const six = insererEntrepriseSql(b, 'Six mois', { responsableId: claire });
    insererActeSql(b, six, '2025-03-02');
    insererActeSql(b, six, '2025-09-16');
    const cinq = insererEntrepriseSql(b, 'Cinq mois et des jours');
    insererActeSql(b, cinq, '2025-09-17');
    const inactive = insererEntrepriseSql(b, 'Inactive', { statut: 'inactif' });
    insererActeSql(b, inactive, '2024-01-10');
    const recente = insererEntrepriseSql(b, 'Récente', { statut: 'partenaire' });
    insererActeSql(b, recente, '2024-01-10');
    insererActeSql(b, recente, '2026-03-02');
    // Without any act: counted from its creation, the Paris day of the instant.
    const creeeSansActe = insererEntrepriseSql(b, 'Créée il y a six mois', { creeLe: '2025-09-15T22:30:00.000Z' });
    insererEntrepriseSql(b, 'Créée hier soir', { creeLe: '2025-09-16T22:30:00.000Z' });

    const { entreprisesSansActe, reglages } = await aFaire();
    expect(reglages.entrepriseSansActeMois).toBe(6);
    expect(entreprisesSansActe).toEqual([
      { entrepriseId: creeeSansActe, nom: 'Créée il y a six mois', responsableNom: null, dernierActe: null, mois: 6 },
      { entrepriseId: six, nom: 'Six mois', responsableNom: 'Claire Fabre', dernierActe: '2025-09-16', mois: 6 },
    ]);

    await reglerParametres({ entrepriseSansActeMois: 1 });
    expect((await aFaire()).entreprisesSansActe.map((e) => e.entrepriseId).sort((x, y) => x - y)).toEqual(
      [six, cinq, creeeSansActe, creeeSansActe + 1].sort((x, y) => x - y),
    );
  });

  test('a month end counts whole months the way contracts do', async () => {
    b.horloge.regler('2026-02-28T09:00:00Z');
    const fin = insererEntrepriseSql(b, 'Fin de mois');
    insererActeSql(b, fin, '2025-08-31');
    await reglerParametres({ entrepriseSansActeMois: 6 });
    expect((await aFaire()).entreprisesSansActe).toEqual([
      { entrepriseId: fin, nom: 'Fin de mois', responsableNom: null, dernierActe: '2025-08-31', mois: 6 },
    ]);
  });
});

describe('relances', () => {
  test('pending next actions due within 7 days or overdue; done once a later act is recorded', async () => {
    const e = insererEntrepriseSql(b, 'Transports Drôme Logistique');
    const enRetard = insererActeSql(b, e, '2026-02-20', {
      prochaineActionLe: '2026-03-10',
      prochaineAction: 'Rappeler pour les préparateurs de commandes',
    });
    const autre = insererEntrepriseSql(b, 'Boulangerie Chabert');
    const septJours = insererActeSql(b, autre, '2026-03-02', {
      type: 'visite',
      prochaineActionLe: '2026-03-23',
      prochaineAction: 'Envoyer la plaquette des aides',
    });
    const troisieme = insererEntrepriseSql(b, 'EHPAD Les Tilleuls');
    insererActeSql(b, troisieme, '2026-03-02', { prochaineActionLe: '2026-03-24', prochaineAction: 'Huit jours' });

    expect((await aFaire()).relances).toEqual([
      {
        acteId: enRetard,
        entrepriseId: e,
        entrepriseNom: 'Transports Drôme Logistique',
        date: '2026-03-10',
        libelle: 'Rappeler pour les préparateurs de commandes',
        enRetard: true,
      },
      {
        acteId: septJours,
        entrepriseId: autre,
        entrepriseNom: 'Boulangerie Chabert',
        date: '2026-03-23',
        libelle: 'Envoyer la plaquette des aides',
        enRetard: false,
      },
    ]);

    // An act recorded afterwards but dated before the planning act does not close it…
    insererActeSql(b, e, '2026-02-19', { type: 'courriel' });
    expect((await aFaire()).relances.map((r) => r.acteId)).toEqual([enRetard, septJours]);
    // …an act recorded afterwards on the same day or later does.
    insererActeSql(b, e, '2026-02-20', { type: 'contact_telephone' });
    expect((await aFaire()).relances.map((r) => r.acteId)).toEqual([septJours]);
    // An act of another firm changes nothing for this one.
    insererActeSql(b, troisieme, '2026-03-16');
    expect((await aFaire()).relances.map((r) => r.acteId)).toEqual([septJours]);
  });
});

describe('périmètre', () => {
  test('without responsableId the whole ML; with it, that person’s firms only', async () => {
    const deClaire = insererEntrepriseSql(b, 'Chez Claire', { responsableId: claire, statut: 'partenaire' });
    const deKarim = insererEntrepriseSql(b, 'Chez Karim', { responsableId: karim, statut: 'partenaire' });
    const aPersonne = insererEntrepriseSql(b, 'À personne');
    for (const e of [deClaire, deKarim, aPersonne]) {
      insererActeSql(b, e, '2025-06-02', { prochaineActionLe: '2026-03-12', prochaineAction: 'Relancer' });
      insererOffreSql(b, e, '2026-02-20');
      insererSituationSql(b, insererJeuneSql(b, `Jeune ${e}`), 'alternance', '2024-09-02', {
        finPrevue: '2026-04-30',
        entrepriseId: e,
      });
    }
    insererSituationSql(b, lea, 'emploi', '2025-11-03', { sousType: 'interim', finPrevue: '2026-04-03' });

    const tout = await aFaire();
    expect(tout.finsDeContrat).toHaveLength(4);
    expect(tout.offresSansMiseEnRelation).toHaveLength(3);
    expect(tout.entreprisesSansActe).toHaveLength(3);
    expect(tout.relances).toHaveLength(3);

    const claireSeule = await aFaire({ responsableId: claire });
    expect(claireSeule.finsDeContrat.map((f) => f.entrepriseId)).toEqual([deClaire]);
    expect(claireSeule.offresSansMiseEnRelation.map((o) => o.entrepriseId)).toEqual([deClaire]);
    expect(claireSeule.entreprisesSansActe.map((e) => e.entrepriseId)).toEqual([deClaire]);
    expect(claireSeule.relances.map((r) => r.entrepriseId)).toEqual([deClaire]);
  });

  test('the accueil has no access to the portfolio’s to-dos', async () => {
    const { session } = await b.personne(['accueil']);
    const r = await b.brut('entreprises.aFaire', {}, session);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('acces_refuse');
  });
});

describe('prochaines actions d’une entreprise', () => {
  test('its pending follow-ups, contracts ending, offers to work on, soonest first', async () => {
    const e = insererEntrepriseSql(b, 'Boulangerie Chabert', { responsableId: claire });
    const ailleurs = insererEntrepriseSql(b, 'Ailleurs');
    const relance = insererActeSql(b, e, '2026-03-02', {
      prochaineActionLe: '2026-04-20',
      prochaineAction: 'Point sur l’apprentie avant l’été',
    });
    const enRetard = insererActeSql(b, e, '2026-01-05', {
      prochaineActionLe: '2026-02-01',
      prochaineAction: 'Rappeler',
    });
    insererActeSql(b, ailleurs, '2026-03-02', { prochaineActionLe: '2026-03-20', prochaineAction: 'Pas elle' });
    const contrat = insererSituationSql(b, lea, 'alternance', '2024-09-02', {
      sousType: 'apprentissage',
      finPrevue: '2026-04-30',
      entrepriseId: e,
      intitule: 'CAP Boulanger',
    });
    insererSituationSql(b, insererJeuneSql(b, 'Loin'), 'alternance', '2025-09-01', {
      finPrevue: '2027-08-31',
      entrepriseId: e,
    });
    const sansMise = insererOffreSql(b, e, '2026-02-16', { intitule: 'Vendeuse en boulangerie' });
    const expire = insererOffreSql(b, e, '2026-01-20', { intitule: 'Boulanger', dateLimite: '2026-03-20' });
    const expireAvecMise = insererOffreSql(b, e, '2026-03-10', { intitule: 'Pâtissier', dateLimite: '2026-03-23' });
    insererMiseEnRelationSql(b, expireAvecMise, lea, '2026-03-11');
    insererOffreSql(b, e, '2026-03-10', { intitule: 'Récente' });
    insererOffreSql(b, e, '2026-01-05', { intitule: 'Déjà expirée' });

    expect(prochainesActionsDe(contexte(), e)).toEqual([
      {
        genre: 'relance',
        date: '2026-02-01',
        libelle: 'Rappeler (prévue le 01/02/2026, en retard)',
        cible: { type: 'acte', id: enRetard },
      },
      {
        genre: 'offre_sans_mise_en_relation',
        date: '2026-03-03',
        libelle: 'Offre « Vendeuse en boulangerie » : aucun jeune proposé depuis 28 jours (reçue le 16/02/2026)',
        cible: { type: 'offre', id: sansMise },
      },
      {
        genre: 'offre_expire',
        date: '2026-03-20',
        libelle:
          'Offre « Boulanger » : expire le 20/03/2026, aucun jeune proposé ; la prolonger, la pourvoir ou l’annuler avec l’employeur',
        cible: { type: 'offre', id: expire },
      },
      {
        genre: 'offre_expire',
        date: '2026-03-23',
        libelle: 'Offre « Pâtissier » : expire le 23/03/2026 ; la prolonger, la pourvoir ou l’annuler avec l’employeur',
        cible: { type: 'offre', id: expireAvecMise },
      },
      {
        genre: 'relance',
        date: '2026-04-20',
        libelle: 'Point sur l’apprentie avant l’été',
        cible: { type: 'acte', id: relance },
      },
      {
        genre: 'fin_contrat',
        date: '2026-04-30',
        libelle:
          'Fin du contrat de Martin Léa (Apprentissage, CAP Boulanger) le 30/04/2026, dans 45 jours : proposer un suivi ou une suite',
        cible: { type: 'situation', id: contrat },
      },
    ]);
    expect(prochainesActionsDe(contexte(), ailleurs).map((a) => a.genre)).toEqual(['relance']);
    // The firm's page shows exactly these.
    expect((await b.appeler('entreprises.lire', { id: e })).prochainesActions).toEqual(
      prochainesActionsDe(contexte(), e),
    );
  });
});

describe('compteurs', () => {
  /** 3 firms with acts in 2026 (4 acts), one only in 2025; 200 événements in 2026, 100 in 2025. */
  function jeuDeDonnees() {
    const [a, bb, c, d] = ['Alpha', 'Beta', 'Gamma', 'Delta'].map((n) =>
      insererEntrepriseSql(b, n, { statut: 'partenaire' }),
    ) as [number, number, number, number];
    insererEntrepriseSql(b, 'Inactive', { statut: 'inactif' });
    insererEntrepriseSql(b, 'Prospect');
    insererActeSql(b, a, '2026-01-01');
    insererActeSql(b, a, '2026-02-10');
    insererActeSql(b, bb, '2026-03-05');
    insererActeSql(b, c, '2026-12-31');
    insererActeSql(b, d, '2025-12-31');
    insererActeSql(b, a, '2025-06-10');
    for (let i = 0; i < 200; i++) insererEvenementSql(b, lea, i % 2 === 0 ? '2026-01-15' : '2026-03-02');
    for (let i = 0; i < 100; i++) insererEvenementSql(b, lea, '2025-10-01');
    insererEvenementSql(b, lea, '2024-12-31');

    const recues = [
      insererOffreSql(b, a, '2026-01-05', { statut: 'pourvue', pourvueLe: '2026-02-01' }),
      insererOffreSql(b, bb, '2026-02-05'),
      insererOffreSql(b, c, '2026-03-01', { statut: 'annulee' }),
    ];
    // Received in 2025, filled in 2026: received last year, filled this year.
    const ancienne = insererOffreSql(b, d, '2025-11-20', { statut: 'pourvue', pourvueLe: '2026-01-10' });
    insererOffreSql(b, d, '2025-06-20', { statut: 'pourvue', pourvueLe: '2025-07-10' });
    const jeunes = ['Un', 'Deux', 'Trois', 'Quatre'].map((n) => insererJeuneSql(b, n));
    insererMiseEnRelationSql(b, recues[0]!, jeunes[0]!, '2026-01-10', { issue: 'retenu', issueLe: '2026-02-01' });
    insererMiseEnRelationSql(b, recues[0]!, jeunes[1]!, '2026-01-10', {
      issue: 'non_retenu',
      issueLe: '2026-02-01',
      motifNonRetenu: 'experience',
    });
    insererMiseEnRelationSql(b, recues[1]!, jeunes[2]!, '2026-02-20');
    insererMiseEnRelationSql(b, ancienne, jeunes[3]!, '2025-12-01', { issue: 'retenu', issueLe: '2026-01-10' });
  }

  test('the year’s figures, with last year’s for comparison', async () => {
    jeuDeDonnees();
    expect(await b.appeler('entreprises.compteurs', {})).toEqual({
      annee: 2026,
      du: '2026-01-01',
      au: '2026-12-31',
      entreprisesAvecActe: 3,
      actesEntreprises: 4,
      evenementsJeunes: 200,
      partActesEntreprises: 0.02,
      offresRecues: 3,
      offresPourvues: 2,
      misesEnRelation: 3,
      retenues: 1,
      entreprisesSuivies: 5,
      precedente: { entreprisesAvecActe: 2, actesEntreprises: 2, partActesEntreprises: 0.02 },
    });
  });

  test('another year, and no événement at all: the share is null', async () => {
    jeuDeDonnees();
    const r = await b.appeler('entreprises.compteurs', { annee: 2025 });
    expect(r).toMatchObject({
      annee: 2025,
      du: '2025-01-01',
      au: '2025-12-31',
      entreprisesAvecActe: 2,
      actesEntreprises: 2,
      evenementsJeunes: 100,
      offresRecues: 2,
      offresPourvues: 1,
      misesEnRelation: 1,
      retenues: 1,
      precedente: { entreprisesAvecActe: 0, actesEntreprises: 0, partActesEntreprises: 0 },
    });
    const vide = await b.appeler('entreprises.compteurs', { annee: 2030 });
    expect(vide).toMatchObject({
      entreprisesAvecActe: 0,
      actesEntreprises: 0,
      evenementsJeunes: 0,
      partActesEntreprises: null,
      precedente: { partActesEntreprises: null },
    });
  });
});
