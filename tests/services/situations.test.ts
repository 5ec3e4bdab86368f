import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Contract, InputOf } from '../../src-main/contract';
import {
  dureeSituationMois,
  estEmploiDurable,
  situationEnCours,
  type PeriodeSituation,
} from '../../src-main/services/activite/situations';
import { ajouterJours, ajouterMois, moisEntiers } from '../../src-main/services/commun/temps';
import { banc, installer, type Banc } from '../aide';
import { insererEntreprise } from '../fixtures/entreprises';
import { dernierIdJournal, instantane, lignesJournal } from '../fixtures/journal';

function periode(autres: Partial<PeriodeSituation>): PeriodeSituation {
  return { type: 'emploi', sousType: 'cdd', debut: '2026-03-01', finPrevue: null, finReelle: null, ...autres };
}

describe('calcul des mois sur des dates', () => {
  test('un jour absent du mois visé devient son dernier jour ; les années se franchissent dans les deux sens', () => {
    expect(ajouterMois('2026-01-31', 1)).toBe('2026-02-28');
    expect(ajouterMois('2028-01-31', 1)).toBe('2028-02-29');
    expect(ajouterMois('2026-11-15', 3)).toBe('2027-02-15');
    expect(ajouterMois('2026-02-15', -3)).toBe('2025-11-15');
    expect(ajouterJours('2026-02-28', 1)).toBe('2026-03-01');
    expect(ajouterJours('2026-03-01', -1)).toBe('2026-02-28');
  });

  test('mois entiers : le plus grand nombre de mois ajoutés sans dépasser la fin', () => {
    expect(moisEntiers('2026-03-15', '2026-09-14')).toBe(5);
    expect(moisEntiers('2026-03-15', '2026-09-15')).toBe(6);
    expect(moisEntiers('2026-01-31', '2026-02-28')).toBe(1);
    expect(moisEntiers('2026-03-15', '2026-03-01')).toBe(0);
  });
});

describe('emploi durable : un CDI, ou un contrat de 6 mois et plus (emploi, alternance)', () => {
  test('un CDI, même sans date de fin, même rompu en période d’essai', () => {
    expect(estEmploiDurable(periode({ sousType: 'cdi' }))).toBe(true);
    expect(estEmploiDurable(periode({ sousType: 'cdi', finReelle: '2026-04-15' }))).toBe(true);
  });

  test('un CDD de 6 mois exactement (le dernier jour travaillé compte) ; pas de 5 mois, ni à un jour près', () => {
    expect(estEmploiDurable(periode({ finPrevue: '2026-08-31' }))).toBe(true);
    expect(dureeSituationMois(periode({ finPrevue: '2026-08-31' }))).toBe(6);
    expect(estEmploiDurable(periode({ finPrevue: '2026-07-31' }))).toBe(false);
    expect(dureeSituationMois(periode({ finPrevue: '2026-07-31' }))).toBe(5);
    expect(estEmploiDurable(periode({ finPrevue: '2026-08-30' }))).toBe(false);
    // Mid-month start; a start on the 31st ends on the eve of the same day six months on.
    expect(estEmploiDurable(periode({ debut: '2026-03-15', finPrevue: '2026-09-14' }))).toBe(true);
    expect(estEmploiDurable(periode({ debut: '2026-01-31', finPrevue: '2026-07-30' }))).toBe(true);
    expect(estEmploiDurable(periode({ debut: '2026-01-31', finPrevue: '2026-07-29' }))).toBe(false);
  });

  test('un CDD sans date de fin ne compte pas : sa durée est inconnue', () => {
    expect(estEmploiDurable(periode({}))).toBe(false);
    expect(dureeSituationMois(periode({}))).toBeNull();
  });

  test('la fin réelle prime sur la fin prévue', () => {
    // Planned for a year, ended after three months.
    expect(estEmploiDurable(periode({ finPrevue: '2027-02-28', finReelle: '2026-05-31' }))).toBe(false);
    // Planned for three months, extended to eight.
    expect(estEmploiDurable(periode({ finPrevue: '2026-05-31', finReelle: '2026-10-31' }))).toBe(true);
  });

  test('intérim, contrat aidé et IAE suivent la règle de durée', () => {
    expect(estEmploiDurable(periode({ sousType: 'interim', finPrevue: '2026-04-30' }))).toBe(false);
    expect(estEmploiDurable(periode({ sousType: 'iae', finPrevue: '2027-02-28' }))).toBe(true);
  });

  test('une alternance : un apprentissage de 2 ans oui, un contrat de professionnalisation de 4 mois non', () => {
    expect(
      estEmploiDurable(
        periode({ type: 'alternance', sousType: 'apprentissage', debut: '2025-09-01', finPrevue: '2027-08-31' }),
      ),
    ).toBe(true);
    expect(dureeSituationMois(periode({ debut: '2025-09-01', finPrevue: '2027-08-31' }))).toBe(24);
    expect(
      estEmploiDurable(periode({ type: 'alternance', sousType: 'professionnalisation', finPrevue: '2026-06-30' })),
    ).toBe(false);
  });

  test("une formation, une immersion ou un service civique ne sont pas des emplois, quelle qu'en soit la durée", () => {
    expect(estEmploiDurable(periode({ type: 'formation', sousType: 'qualifiante', finPrevue: '2027-06-30' }))).toBe(
      false,
    );
    expect(estEmploiDurable(periode({ type: 'service_civique', sousType: null, finPrevue: '2026-12-31' }))).toBe(false);
  });

  test("en cours : commencée, et sans fin réelle ou finie aujourd'hui au plus tôt", () => {
    expect(situationEnCours(periode({}), '2026-03-01')).toBe(true);
    expect(situationEnCours(periode({}), '2026-02-28')).toBe(false);
    expect(situationEnCours(periode({ finPrevue: '2026-03-05' }), '2026-03-10')).toBe(true);
    expect(situationEnCours(periode({ finReelle: '2026-03-10' }), '2026-03-10')).toBe(true);
    expect(situationEnCours(periode({ finReelle: '2026-03-09' }), '2026-03-10')).toBe(false);
  });
});

describe('les situations du jeune', () => {
  let b: Banc;
  let jeune: number;
  const sqlite = () => b.app.base.sqlite;
  type Saisie = InputOf<Contract, 'situations.enregistrer'>;

  beforeEach(async () => {
    // Tuesday 10 March 2026, 10:15 in Paris.
    b = banc({ maintenant: '2026-03-10T09:15:00Z' });
    await installer(b);
    jeune = await nouveauJeune('Dupont');
  });

  afterEach(() => b.app.fermer());

  async function nouveauJeune(nomNaissance: string) {
    const { id } = await b.appeler('jeunes.creer', {
      nomNaissance,
      prenoms: 'Élodie',
      dateNaissance: '2006-04-12',
      sexe: 'F',
      confirmeMalgreRessemblants: true,
    });
    return id;
  }

  function saisie(autres: Partial<Saisie> = {}): Saisie {
    return { jeuneId: jeune, type: 'emploi', sousType: 'cdd', debut: '2026-01-05', finPrevue: '2026-07-04', ...autres };
  }

  async function refus(methode: string, entree: unknown) {
    const tables = ['situation', 'journal_acces'];
    const avant = tables.map((t) => instantane(sqlite(), t));
    const r = await b.brut(methode, entree);
    if (r.ok) throw new Error(`${methode} aurait dû être refusé`);
    expect(tables.map((t) => instantane(sqlite(), t))).toEqual(avant);
    return r.error;
  }

  test('enregistrée avec employeur et poste en texte libre ; lue avec emploi durable, durée et « en cours »', async () => {
    const r = await b.appeler(
      'situations.enregistrer',
      saisie({ organisme: 'Boulangerie Martin, Romans', intitule: 'Vendeuse', commentaire: 'Temps plein' }),
    );
    expect(r).toEqual({ id: expect.any(Number), emploiDurable: true, avertissements: [] });
    expect(await b.appeler('situations.duJeune', { jeuneId: jeune })).toEqual([
      {
        id: r.id,
        jeuneId: jeune,
        type: 'emploi',
        sousType: 'cdd',
        debut: '2026-01-05',
        finPrevue: '2026-07-04',
        finReelle: null,
        organisme: 'Boulangerie Martin, Romans',
        // An employer typed, not a firm of the portfolio; no match led to it.
        entrepriseId: null,
        entrepriseNom: null,
        miseEnRelationId: null,
        positionnementId: null,
        intitule: 'Vendeuse',
        commentaire: 'Temps plein',
        emploiDurable: true,
        dureeMois: 6,
        enCours: true,
      },
    ]);
  });

  test('la plus récente en premier ; une situation terminée ou à venir n’est pas en cours', async () => {
    await b.appeler(
      'situations.enregistrer',
      saisie({
        type: 'immersion',
        sousType: 'pmsmp',
        debut: '2025-11-03',
        finPrevue: '2025-11-14',
        finReelle: '2025-11-14',
      }),
    );
    await b.appeler(
      'situations.enregistrer',
      saisie({ type: 'formation', sousType: 'qualifiante', debut: '2026-09-01', finPrevue: '2027-06-30' }),
    );
    await b.appeler(
      'situations.enregistrer',
      saisie({ type: 'service_civique', sousType: null, debut: '2026-01-05', finPrevue: null }),
    );
    const liste = await b.appeler('situations.duJeune', { jeuneId: jeune });
    expect(liste.map((s) => [s.type, s.enCours, s.dureeMois])).toEqual([
      ['formation', false, 10],
      ['service_civique', true, null],
      ['immersion', false, 0],
    ]);
  });

  test("le sous-type appartient au type, et il est obligatoire quand le type en a ; rien n'est écrit", async () => {
    const manquant = await refus('situations.enregistrer', saisie({ sousType: null }));
    expect(manquant.message).toBe('Emploi : précisez le sous-type (CDI, CDD, Intérim, Contrat aidé, IAE).');
    expect(manquant.champs).toEqual([expect.objectContaining({ champ: 'sousType' })]);
    const autreType = await refus('situations.enregistrer', saisie({ type: 'alternance', sousType: 'cdi' }));
    expect(autreType.message).toBe(
      'Sous-type « cdi » inconnu pour « Alternance » : choisissez parmi Apprentissage, Contrat de professionnalisation.',
    );
    const sansSousType = await refus('situations.enregistrer', saisie({ type: 'service_civique', sousType: 'cdd' }));
    expect(sansSousType.message).toBe("« Service civique » n'a pas de sous-type : laissez le champ vide.");
    // Not a key inherited from Object.prototype either.
    await refus('situations.enregistrer', saisie({ sousType: 'toString' }));
  });

  test("les fins ne précèdent pas le début ; le début n'est pas à plus d'un an ; rien n'est écrit", async () => {
    const prevue = await refus('situations.enregistrer', saisie({ finPrevue: '2026-01-04' }));
    expect(prevue.message).toBe(
      "La fin prévue (04/01/2026) précède le début (05/01/2026) : corrigez l'une des deux dates.",
    );
    expect(prevue.champs).toEqual([expect.objectContaining({ champ: 'finPrevue' })]);
    const reelle = await refus('situations.enregistrer', saisie({ finReelle: '2025-12-31' }));
    expect(reelle.message).toBe(
      "La fin réelle (31/12/2025) précède le début (05/01/2026) : corrigez l'une des deux dates.",
    );
    const loin = await refus('situations.enregistrer', saisie({ debut: '2027-03-11', finPrevue: null }));
    expect(loin.message).toBe(
      "Début le 11/03/2027, plus d'un an après aujourd'hui : vérifiez l'année (au plus tard le 10/03/2027).",
    );
    // A one-day contract and a start exactly a year ahead are fine.
    await b.appeler(
      'situations.enregistrer',
      saisie({ debut: '2026-03-02', finPrevue: '2026-03-02', finReelle: '2026-03-02' }),
    );
    await b.appeler(
      'situations.enregistrer',
      saisie({ type: 'alternance', sousType: 'apprentissage', debut: '2027-03-10', finPrevue: '2029-03-09' }),
    );
  });

  test('corrigée quand l’id est donné : l’id doit être celui d’une situation du même jeune', async () => {
    const { id } = await b.appeler('situations.enregistrer', saisie());
    const r = await b.appeler(
      'situations.enregistrer',
      saisie({ id, finReelle: '2026-02-27', commentaire: 'Fin de période d’essai' }),
    );
    expect(r).toEqual({ id, emploiDurable: false, avertissements: [] });
    const [s] = await b.appeler('situations.duJeune', { jeuneId: jeune });
    expect(s).toMatchObject({ id, finReelle: '2026-02-27', dureeMois: 1, enCours: false, emploiDurable: false });

    const autre = await nouveauJeune('Martin');
    const e = await refus('situations.enregistrer', saisie({ id, jeuneId: autre, finReelle: null }));
    expect(e.message).toBe(
      "Cette situation appartient au dossier d'un autre jeune : ouvrez le bon dossier pour la corriger.",
    );
    expect((await refus('situations.enregistrer', saisie({ id: 9999 }))).code).toBe('introuvable');
  });

  test('avertit, sans refuser, quand une nouvelle situation du même type chevauche une situation ouverte', async () => {
    await b.appeler('situations.enregistrer', saisie({ sousType: 'interim', debut: '2026-01-05', finPrevue: null }));
    const r = await b.appeler('situations.enregistrer', saisie({ debut: '2026-03-02', finPrevue: '2026-09-01' }));
    expect(r.avertissements).toEqual([
      'Une situation « Emploi » est déjà en cours depuis le 05/01/2026, sans fin réelle : si elle est terminée, indiquez sa fin réelle.',
    ]);
    expect((await b.appeler('situations.duJeune', { jeuneId: jeune })).length).toBe(2);
    // Another type, a closed one, or one starting after this one ends: no word.
    const formation = await b.appeler(
      'situations.enregistrer',
      saisie({ type: 'formation', sousType: 'qualifiante', debut: '2026-03-02' }),
    );
    expect(formation.avertissements).toEqual([]);
    const avant = await b.appeler(
      'situations.enregistrer',
      saisie({ type: 'immersion', sousType: 'stage', debut: '2026-04-01', finPrevue: null }),
    );
    const anterieure = await b.appeler(
      'situations.enregistrer',
      saisie({ type: 'immersion', sousType: 'pmsmp', debut: '2026-02-02', finPrevue: '2026-02-13' }),
    );
    expect([avant.avertissements, anterieure.avertissements]).toEqual([[], []]);
  });

  test('avertit quand un contrat autre qu’un CDI n’a pas de date de fin', async () => {
    const r = await b.appeler('situations.enregistrer', saisie({ finPrevue: null }));
    expect(r).toMatchObject({
      emploiDurable: false,
      avertissements: [
        "Sans date de fin, ce contrat ne compte pas comme emploi durable : indiquez sa fin prévue dès qu'elle est connue.",
      ],
    });
    const cdi = await b.appeler(
      'situations.enregistrer',
      saisie({ type: 'emploi', sousType: 'cdi', debut: '2026-03-09', finPrevue: null }),
    );
    expect(cdi.emploiDurable).toBe(true);
    // The CDD above is still open: the only word is the overlap.
    expect(cdi.avertissements).toHaveLength(1);
  });

  test('supprimée ; une situation inconnue est refusée', async () => {
    const { id } = await b.appeler('situations.enregistrer', saisie());
    await b.appeler('situations.supprimer', { id });
    expect(await b.appeler('situations.duJeune', { jeuneId: jeune })).toEqual([]);
    expect((await refus('situations.supprimer', { id })).code).toBe('introuvable');
  });

  test('nomme une entreprise du portefeuille comme employeur ; l’employeur laissé vide prend son nom', async () => {
    const boulangerie = insererEntreprise(b, 'Boulangerie Martin');
    const sansNom = await b.appeler('situations.enregistrer', saisie({ entrepriseId: boulangerie }));
    const avecNom = await b.appeler(
      'situations.enregistrer',
      saisie({
        type: 'immersion',
        sousType: 'pmsmp',
        debut: '2026-02-02',
        finPrevue: '2026-02-13',
        organisme: 'Boulangerie Martin, boutique de la gare',
        entrepriseId: boulangerie,
      }),
    );
    const lues = await b.appeler('situations.duJeune', { jeuneId: jeune });
    expect(lues.map((s) => [s.id, s.organisme, s.entrepriseId, s.entrepriseNom, s.miseEnRelationId])).toEqual([
      [avecNom.id, 'Boulangerie Martin, boutique de la gare', boulangerie, 'Boulangerie Martin', null],
      [sansNom.id, 'Boulangerie Martin', boulangerie, 'Boulangerie Martin', null],
    ]);
    // Corrected without the firm: the employer typed stays.
    await b.appeler('situations.enregistrer', saisie({ id: sansNom.id, organisme: 'Boulangerie Martin' }));
    expect((await b.appeler('situations.duJeune', { jeuneId: jeune }))[1]).toMatchObject({
      organisme: 'Boulangerie Martin',
      entrepriseId: null,
      entrepriseNom: null,
    });
  });

  test('une entreprise seulement pour un emploi, une alternance ou une immersion, et qui existe ; rien n’est écrit', async () => {
    const boulangerie = insererEntreprise(b, 'Boulangerie Martin');
    const formation = await refus(
      'situations.enregistrer',
      saisie({ type: 'formation', sousType: 'qualifiante', entrepriseId: boulangerie }),
    );
    expect(formation.message).toBe(
      "« Formation » n'a pas d'employeur : seuls un emploi, une alternance ou une immersion nomment une entreprise. Retirez l'entreprise, ou changez le type.",
    );
    expect(formation.champs).toEqual([expect.objectContaining({ champ: 'entrepriseId' })]);
    // The type is checked even when the employer is typed by hand.
    await refus(
      'situations.enregistrer',
      saisie({ type: 'service_civique', sousType: null, organisme: 'Mairie', entrepriseId: boulangerie }),
    );
    const inconnue = await refus('situations.enregistrer', saisie({ entrepriseId: 9999 }));
    expect(inconnue.message).toBe(
      "Cette entreprise n'existe plus dans le portefeuille : choisissez-en une autre, ou tapez le nom de l'employeur.",
    );
  });

  test('supprimer la situation d’un jeune retenu : permis ; la mise en relation reste « retenu », sans situation', async () => {
    const boulangerie = insererEntreprise(b, 'Boulangerie Martin');
    const { id: offreId } = await b.appeler('offres.enregistrer', {
      entrepriseId: boulangerie,
      offre: { intitule: 'Vendeuse', typeContrat: 'cdd', dureeMois: 3, postes: 2 },
    });
    const [miseEnRelationId] = (await b.appeler('misesEnRelation.proposer', { offreId, jeuneIds: [jeune] })).ids;
    const mer = async () => (await b.appeler('misesEnRelation.duJeune', { jeuneId: jeune }))[0]!;
    const { situationId } = await b.appeler('misesEnRelation.enregistrerIssue', {
      id: miseEnRelationId!,
      issue: 'retenu',
      modifieLeLu: (await mer()).modifieLe,
    });
    expect((await b.appeler('situations.duJeune', { jeuneId: jeune }))[0]).toMatchObject({
      id: situationId,
      entrepriseId: boulangerie,
      miseEnRelationId,
    });
    await b.appeler('situations.supprimer', { id: situationId! });
    expect(await b.appeler('situations.duJeune', { jeuneId: jeune })).toEqual([]);
    expect(await mer()).toMatchObject({ issue: 'retenu', situationId: null });
  });

  test('chaque lecture et chaque écriture trace le dossier du jeune', async () => {
    const depuis = dernierIdJournal(sqlite());
    const { id } = await b.appeler('situations.enregistrer', saisie());
    await b.appeler('situations.duJeune', { jeuneId: jeune });
    await b.appeler('situations.enregistrer', saisie({ id, finReelle: '2026-03-06' }));
    await b.appeler('situations.supprimer', { id });
    expect(lignesJournal(sqlite(), depuis).map((l) => [l.methode, l.action, l.objet_type, l.objet_id])).toEqual([
      ['situations.enregistrer', 'modification', 'jeune', jeune],
      ['situations.duJeune', 'lecture', 'jeune', jeune],
      ['situations.enregistrer', 'modification', 'jeune', jeune],
      ['situations.supprimer', 'modification', 'jeune', jeune],
    ]);
  });
});
