import { beforeEach, describe, expect, test } from 'vitest';
import { banc, installer, type Banc } from '../aide';
import { insererPartenaire, insererService } from '../fixtures/annuaire';

let b: Banc;
let lieux: Awaited<ReturnType<typeof installer>>;

beforeEach(async () => {
  // 10:15 in Paris (winter time, UTC+1).
  b = banc({ maintenant: '2026-03-10T09:15:00Z' });
  lieux = await installer(b);
});

function compter(table: string): number {
  return (b.app.base.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

async function creer(
  nomNaissance: string,
  prenoms: string,
  dateNaissance: string,
  autres: Record<string, unknown> = {},
) {
  return b.appeler('jeunes.creer', {
    nomNaissance,
    prenoms,
    dateNaissance,
    sexe: 'F',
    confirmeMalgreRessemblants: true,
    ...autres,
  });
}

async function noms(texte: string) {
  return (await b.appeler('jeunes.rechercher', { texte })).jeunes.map((j) => `${j.prenoms} ${j.nomNaissance}`);
}

describe('recherche à la frappe', () => {
  beforeEach(async () => {
    await creer('Dupont', 'Élodie Marie', '2006-04-12', { telephone: '06 12 34 56 78' });
    await creer('Lefèvre', 'Loïc', '2005-11-03', { nomUsage: 'Martin' });
    await creer('Le Goff', 'Maëlys', '2007-01-30');
    await creer("N'Diaye", 'Aïssatou', '2004-06-15', { telephone: '+33 7 98 76 54 32' });
    await creer('Dupuis', 'Marc', '2006-04-12');
  });

  test('fragments sans accents ni casse, dans n’importe quel ordre', async () => {
    expect(await noms('elo dup')).toEqual(['Élodie Marie Dupont']);
    expect(await noms('DUP ELO')).toEqual(['Élodie Marie Dupont']);
    expect(await noms('lefevre')).toEqual(['Loïc Lefèvre']);
    expect(await noms('maelys')).toEqual(['Maëlys Le Goff']);
    expect(await noms('aissatou ndiaye')).toEqual(["Aïssatou N'Diaye"]);
  });

  test("le nom d'usage et le nom composé collé trouvent aussi", async () => {
    expect(await noms('martin')).toEqual(['Loïc Lefèvre']);
    expect(await noms('legoff')).toEqual(['Maëlys Le Goff']);
  });

  test('un préfixe trouve tous les noms qui commencent ainsi', async () => {
    expect((await noms('dup')).sort()).toEqual(['Marc Dupuis', 'Élodie Marie Dupont']);
  });

  test('date de naissance au format français, seule ou avec un nom', async () => {
    expect((await noms('12/04/2006')).sort()).toEqual(['Marc Dupuis', 'Élodie Marie Dupont']);
    expect(await noms('dupuis 12/04/2006')).toEqual(['Marc Dupuis']);
    expect(await noms('12042006 marc')).toEqual(['Marc Dupuis']);
    expect(await noms('31/02/2006')).toEqual([]);
  });

  test('téléphone, avec espaces ou au format international', async () => {
    expect(await noms('06 12 34')).toEqual(['Élodie Marie Dupont']);
    expect(await noms('0798')).toEqual(["Aïssatou N'Diaye"]);
  });

  test('rien de tapé, rien de trouvé ; la limite est signalée', async () => {
    expect(await noms('   ')).toEqual([]);
    const r = await b.appeler('jeunes.rechercher', { texte: 'd', limite: 1 });
    expect(r.jeunes).toHaveLength(1);
    expect(r.plusDeResultats).toBe(true);
  });

  test('le résumé permet de distinguer les personnes', async () => {
    const [j] = (await b.appeler('jeunes.rechercher', { texte: 'elodie' })).jeunes;
    expect(j).toMatchObject({ dateNaissance: '2006-04-12', telephone: '0612345678', sexe: 'F' });
  });
});

describe('création et ressemblants', () => {
  test('les dossiers ressemblants sont montrés avant la création', async () => {
    await creer('Dupont', 'Élodie', '2006-04-12');
    const proches = await b.appeler('jeunes.ressemblants', {
      nomNaissance: 'DUPONT',
      prenoms: 'elodie',
      dateNaissance: '2006-04-21',
    });
    expect(proches).toHaveLength(1);
    expect(proches[0]!.raison).toContain('Mêmes nom et prénom');
    // Day and month swapped is a classic typo.
    expect(
      await b.appeler('jeunes.ressemblants', {
        nomNaissance: 'Dupont',
        prenoms: 'Elodie',
        dateNaissance: '2006-12-04',
      }),
    ).toHaveLength(1);
    // Same name, born ten years apart: another person.
    expect(
      await b.appeler('jeunes.ressemblants', {
        nomNaissance: 'Dupont',
        prenoms: 'Elodie',
        dateNaissance: '1996-08-01',
      }),
    ).toHaveLength(0);
    // Married name typed as birth name, same first name and birth date.
    await creer('Benali', 'Sarah', '2003-09-09', { nomUsage: 'Roux' });
    expect(
      await b.appeler('jeunes.ressemblants', { nomNaissance: 'Roux', prenoms: 'Sarah', dateNaissance: '2003-09-09' }),
    ).toHaveLength(1);
  });

  test('créer malgré un ressemblant exige une confirmation explicite', async () => {
    await creer('Dupont', 'Élodie', '2006-04-12');
    const r = await b.brut('jeunes.creer', {
      nomNaissance: 'Dupont',
      prenoms: 'Elodie',
      dateNaissance: '2006-04-13',
      sexe: 'F',
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'conflit' } });
    expect(compter('jeune')).toBe(1);
    await b.appeler('jeunes.creer', {
      nomNaissance: 'Dupont',
      prenoms: 'Elodie',
      dateNaissance: '2006-04-13',
      sexe: 'F',
      confirmeMalgreRessemblants: true,
    });
    expect(compter('jeune')).toBe(2);
  });

  test('une date de naissance invalide est refusée en français et rien n’est écrit', async () => {
    const r = await b.brut('jeunes.creer', {
      nomNaissance: 'Petit',
      prenoms: 'Noé',
      dateNaissance: '2005-02-31',
      sexe: 'M',
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('entree_invalide');
    expect(r.error.champs).toEqual([{ champ: 'dateNaissance', message: expect.stringContaining('JJ/MM/AAAA') }]);
    expect(compter('jeune') + compter('jeune_mot_cle')).toBe(0);
  });

  test('une naissance dans le futur est refusée', async () => {
    const r = await b.brut('jeunes.creer', {
      nomNaissance: 'Petit',
      prenoms: 'Noé',
      dateNaissance: '2027-01-01',
      sexe: 'M',
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'regle_metier', champs: [{ champ: 'dateNaissance' }] } });
  });

  test('hors 16-25 ans : un avertissement, pas un refus ; RQTH jusqu’à 29 ans', async () => {
    expect((await creer('Jeune', 'Trop', '2011-01-01')).avertissements[0]).toContain('15 ans');
    expect((await creer('Grand', 'Trop', '1999-01-01')).avertissements[0]).toContain('27 ans');
    expect((await creer('Grand', 'Rqth', '1999-01-01', { rqth: true })).avertissements).toEqual([]);
    expect((await creer('Bon', 'Age', '2006-01-01')).avertissements).toEqual([]);
    expect(compter('jeune')).toBe(4);
  });

  test('téléphone et e-mail mal formés sont refusés avec leur champ', async () => {
    const r = await b.brut('jeunes.creer', {
      nomNaissance: 'A',
      prenoms: 'B',
      dateNaissance: '2006-01-01',
      sexe: 'F',
      telephone: '12',
      email: 'pas-un-mail',
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.champs!.map((c) => c.champ).sort()).toEqual(['email', 'telephone']);
  });
});

describe('accueil', () => {
  test('le premier accueil est marqué automatiquement, les suivants non', async () => {
    const { id } = await creer('Dupont', 'Élodie', '2006-04-12');
    const premier = await b.appeler('accueils.enregistrer', {
      jeuneId: id,
      siteId: lieux.siege,
      canal: 'physique',
      motifs: ['emploi', 'logement'],
      reponse: 'information',
    });
    expect(premier.premierAccueil).toBe(true);
    b.horloge.avancer(60 * 24);
    const second = await b.appeler('accueils.enregistrer', {
      jeuneId: id,
      siteId: lieux.siege,
      canal: 'telephone',
      motifs: ['emploi'],
      reponse: 'information',
    });
    expect(second.premierAccueil).toBe(false);
    const fiche = await b.appeler('jeunes.lire', { id });
    expect(fiche.jeune.premierAccueilDate).toBe('2026-03-10');
    expect(fiche.accueils.map((a) => [a.date, a.heure, a.premier])).toEqual([
      ['2026-03-11', '10:15', false],
      ['2026-03-10', '10:15', true],
    ]);
    expect(fiche.accueils[1]!.motifs).toEqual(['emploi', 'logement']);
  });

  test('un accueil saisi après coup mais plus ancien devient le premier', async () => {
    const { id } = await creer('Dupont', 'Élodie', '2006-04-12');
    await b.appeler('accueils.enregistrer', {
      jeuneId: id,
      siteId: lieux.siege,
      canal: 'physique',
      motifs: ['emploi'],
      reponse: 'information',
    });
    const ancien = await b.appeler('accueils.enregistrer', {
      jeuneId: id,
      date: '2026-02-02',
      heure: '14:00',
      siteId: lieux.antenne,
      canal: 'physique',
      motifs: ['formation'],
      reponse: 'information',
    });
    expect(ancien.premierAccueil).toBe(true);
    const fiche = await b.appeler('jeunes.lire', { id });
    expect(fiche.jeune.premierAccueilDate).toBe('2026-02-02');
    expect(fiche.accueils.filter((a) => a.premier)).toHaveLength(1);
  });

  test('l’heure saisie est lue à Paris et stockée en UTC', async () => {
    const { id } = await creer('Dupont', 'Élodie', '2006-04-12');
    await b.appeler('accueils.enregistrer', {
      jeuneId: id,
      date: '2026-03-09',
      heure: '17:45',
      siteId: lieux.siege,
      canal: 'physique',
      motifs: ['emploi'],
      reponse: 'information',
    });
    const { instant } = b.app.base.sqlite.prepare('SELECT instant FROM accueil').get() as { instant: string };
    expect(instant).toBe('2026-03-09T16:45:00.000Z');
  });

  test('une orientation sans partenaire est refusée, rien n’est écrit', async () => {
    const { id } = await creer('Dupont', 'Élodie', '2006-04-12');
    const r = await b.brut('accueils.enregistrer', {
      jeuneId: id,
      siteId: lieux.siege,
      canal: 'physique',
      motifs: ['sante'],
      reponse: 'orientation_partenaire',
    });
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'regle_metier',
        message: 'Orientation : choisissez le partenaire dans l’annuaire et le motif.',
        champs: [{ champ: 'orientation' }],
      },
    });
    expect(compter('accueil')).toBe(0);
    expect(compter('orientation')).toBe(0);
  });

  test('réponse « orientation » : l’orientation vers le partenaire est faite avec l’accueil, à sa date', async () => {
    const { id } = await creer('Dupont', 'Élodie', '2006-04-12');
    const mda = insererPartenaire(b, 'Maison des adolescents', { type: 'sante' });
    const ecoute = insererService(b, mda, 'Écoute jeunes');
    // Consent is recorded, yet the desk never transmits a diagnostic.
    b.app.base.sqlite.prepare("UPDATE jeune SET consentement_transmission_le = '2026-01-05' WHERE id = ?").run(id);
    // Léa Roux holds the desk only: orienting is part of the accueil.
    const r = await b.brut(
      'accueils.enregistrer',
      {
        jeuneId: id,
        date: '2026-03-09',
        heure: '16:30',
        siteId: lieux.siege,
        canal: 'physique',
        motifs: ['sante'],
        reponse: 'orientation_partenaire',
        orientation: { partenaireId: mda, serviceId: ecoute, motif: 'Besoin d’écoute' },
      },
      b.sessionDe(lieux.accueil),
    );
    if (!r.ok) throw new Error(r.error.message);
    const ok = r.value as { id: number; premierAccueil: boolean };
    expect(ok.premierAccueil).toBe(true);
    const [orientation] = await b.appeler('orientations.duJeune', { jeuneId: id });
    expect(orientation).toMatchObject({
      partenaireNom: 'Maison des adolescents',
      serviceNom: 'Écoute jeunes',
      date: '2026-03-09',
      motif: 'Besoin d’écoute',
      origine: 'accueil',
      accueilId: ok.id,
      transmissionDiagnostic: false,
      diagnosticId: null,
      statut: 'proposee',
      auteurNom: 'Léa Roux',
    });
    // The accueil shows its orientation in the file.
    const fiche = await b.appeler('jeunes.lire', { id });
    expect(fiche.accueils[0]!.orientation).toEqual({
      id: orientation!.id,
      partenaireId: mda,
      partenaireNom: 'Maison des adolescents',
      serviceNom: 'Écoute jeunes',
      motif: 'Besoin d’écoute',
      transmissionDiagnostic: false,
      statut: 'proposee',
    });
  });

  test('refusé sans rien écrire : orientation avec une autre réponse, partenaire inactif, service d’un autre', async () => {
    const { id } = await creer('Dupont', 'Élodie', '2006-04-12');
    const mda = insererPartenaire(b, 'Maison des adolescents', { type: 'sante' });
    const ferme = insererPartenaire(b, 'Point accueil fermé', { actif: false });
    const autre = insererService(b, ferme, 'Écoute');
    const accueil = {
      jeuneId: id,
      siteId: lieux.siege,
      canal: 'physique',
      motifs: ['sante'],
      reponse: 'orientation_partenaire',
    };
    const refus = async (entree: Record<string, unknown>, message: string, champ: string) => {
      expect(await b.brut('accueils.enregistrer', { ...accueil, ...entree })).toMatchObject({
        ok: false,
        error: { code: 'regle_metier', message, champs: [{ champ }] },
      });
      expect([compter('accueil'), compter('accueil_motif'), compter('orientation')]).toEqual([0, 0, 0]);
    };
    await refus(
      { reponse: 'information', orientation: { partenaireId: mda, motif: 'Écoute' } },
      'Une orientation accompagne la réponse « orientation vers un partenaire » : choisissez cette réponse, ou retirez l’orientation.',
      'orientation',
    );
    await refus(
      { orientation: { partenaireId: ferme, motif: 'Écoute' } },
      "« Point accueil fermé » est marqué inactif dans l'annuaire : choisissez un partenaire actif, ou réactivez sa fiche.",
      'orientation.partenaireId',
    );
    await refus(
      { orientation: { partenaireId: mda, serviceId: autre, motif: 'Écoute' } },
      "Ce service n'est pas un service de « Maison des adolescents » : choisissez un de ses services, ou laissez le service vide.",
      'orientation.serviceId',
    );
  });

  test('réponse « rendez-vous » : le rendez-vous est pris dans le même enregistrement', async () => {
    const { id } = await creer('Dupont', 'Élodie', '2006-04-12');
    const r = await b.appeler('accueils.enregistrer', {
      jeuneId: id,
      siteId: lieux.siege,
      canal: 'physique',
      motifs: ['emploi'],
      reponse: 'rdv_conseiller',
      rendezVous: { conseillerId: lieux.conseillers[0]!, siteId: lieux.siege, date: '2026-03-12', heure: '14:00' },
    });
    expect(r.rendezVousId).not.toBeNull();
    expect((await b.appeler('rendezVous.jour', { date: '2026-03-12' })).map((x) => [x.heure, x.statut])).toEqual([
      ['14:00', 'prevu'],
    ]);
  });

  test('si le rendez-vous est impossible, l’accueil n’est pas enregistré non plus', async () => {
    const { id } = await creer('Dupont', 'Élodie', '2006-04-12');
    const conseiller = lieux.conseillers[0]!;
    await b.appeler('rendezVous.creer', {
      jeuneId: id,
      conseillerId: conseiller,
      siteId: lieux.siege,
      date: '2026-03-12',
      heure: '14:00',
    });
    const r = await b.brut('accueils.enregistrer', {
      jeuneId: id,
      siteId: lieux.siege,
      canal: 'physique',
      motifs: ['emploi'],
      reponse: 'rdv_conseiller',
      rendezVous: { conseillerId: conseiller, siteId: lieux.siege, date: '2026-03-12', heure: '14:30' },
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'conflit' } });
    expect(compter('accueil')).toBe(0);
    expect(compter('rendez_vous')).toBe(1);
  });

  test('un accueil daté dans le futur, un motif inconnu : refusés', async () => {
    const { id } = await creer('Dupont', 'Élodie', '2006-04-12');
    const futur = await b.brut('accueils.enregistrer', {
      jeuneId: id,
      date: '2026-03-11',
      heure: '09:00',
      siteId: lieux.siege,
      canal: 'physique',
      motifs: ['emploi'],
      reponse: 'information',
    });
    expect(futur).toMatchObject({ ok: false, error: { code: 'regle_metier' } });
    const motif = await b.brut('accueils.enregistrer', {
      jeuneId: id,
      siteId: lieux.siege,
      canal: 'physique',
      motifs: ['astrologie'],
      reponse: 'information',
    });
    expect(motif).toMatchObject({ ok: false, error: { champs: [{ champ: 'motifs.0' }] } });
    expect(compter('accueil')).toBe(0);
  });
});

describe("file d'attente du jour", () => {
  test('arrivé, en attente avec durée, pris en charge, parti', async () => {
    const { id } = await creer('Dupont', 'Élodie', '2006-04-12');
    const { id: autre } = await creer('Martin', 'Noé', '2005-05-05');
    const p1 = await b.appeler('fileAttente.ajouter', { siteId: lieux.siege, jeuneId: id, motif: 'Offre d’emploi' });
    b.horloge.avancer(5);
    const p2 = await b.appeler('fileAttente.ajouter', { siteId: lieux.siege, jeuneId: autre });
    b.horloge.avancer(12);
    let file = await b.appeler('fileAttente.duJour', { siteId: lieux.siege });
    expect(file.map((p) => [p.jeuneNom, p.statut, p.attenteMinutes, p.heureArrivee])).toEqual([
      ['Dupont Élodie', 'en_attente', 17, '10:15'],
      ['Martin Noé', 'en_attente', 12, '10:20'],
    ]);
    await b.appeler('fileAttente.prendreEnCharge', { passageId: p1.id, conseillerId: lieux.conseillers[0]! });
    b.horloge.avancer(30);
    await b.appeler('fileAttente.marquerParti', { passageId: p2.id });
    file = await b.appeler('fileAttente.duJour', { siteId: lieux.siege });
    expect(file.map((p) => [p.statut, p.attenteMinutes, p.conseillerNom])).toEqual([
      ['pris_en_charge', 17, 'Claire Fabre'],
      ['parti', 42, null],
    ]);
    // The antenna's queue is another queue.
    expect(await b.appeler('fileAttente.duJour', { siteId: lieux.antenne })).toEqual([]);
  });

  test('pas deux fois dans la file, pas de prise en charge d’un jeune parti', async () => {
    const { id } = await creer('Dupont', 'Élodie', '2006-04-12');
    const p = await b.appeler('fileAttente.ajouter', { siteId: lieux.siege, jeuneId: id });
    expect(await b.brut('fileAttente.ajouter', { siteId: lieux.siege, jeuneId: id })).toMatchObject({
      ok: false,
      error: { code: 'conflit' },
    });
    await b.appeler('fileAttente.marquerParti', { passageId: p.id });
    expect(
      await b.brut('fileAttente.prendreEnCharge', { passageId: p.id, conseillerId: lieux.conseillers[0]! }),
    ).toMatchObject({ ok: false, error: { code: 'conflit' } });
    // Came back later the same day: a new arrival is allowed.
    await b.appeler('fileAttente.ajouter', { siteId: lieux.siege, jeuneId: id });
  });

  test('seul un conseiller peut prendre en charge', async () => {
    const { id } = await creer('Dupont', 'Élodie', '2006-04-12');
    const p = await b.appeler('fileAttente.ajouter', { siteId: lieux.siege, jeuneId: id });
    const r = await b.brut('fileAttente.prendreEnCharge', { passageId: p.id, conseillerId: lieux.accueil });
    expect(r).toMatchObject({ ok: false, error: { code: 'regle_metier' } });
  });
});

describe('rendez-vous', () => {
  test('vue du jour par site et par conseiller ; déplacer ; annuler', async () => {
    const { id } = await creer('Dupont', 'Élodie', '2006-04-12');
    const [claire, karim] = lieux.conseillers as [number, number];
    const r1 = await b.appeler('rendezVous.creer', {
      jeuneId: id,
      conseillerId: claire,
      siteId: lieux.siege,
      date: '2026-03-12',
      heure: '09:00',
    });
    await b.appeler('rendezVous.creer', {
      jeuneId: id,
      conseillerId: karim,
      siteId: lieux.antenne,
      date: '2026-03-12',
      heure: '09:00',
      dureeMinutes: 30,
    });
    expect(await b.appeler('rendezVous.jour', { date: '2026-03-12' })).toHaveLength(2);
    expect(
      (await b.appeler('rendezVous.jour', { date: '2026-03-12', siteId: lieux.antenne })).map((r) => r.conseillerNom),
    ).toEqual(['Karim Benali']);
    expect(
      (await b.appeler('rendezVous.jour', { date: '2026-03-12', conseillerId: claire })).map((r) => r.siteNom),
    ).toEqual(['Siège de Romans']);

    await b.appeler('rendezVous.deplacer', { id: r1.id, date: '2026-03-13', heure: '11:30' });
    expect((await b.appeler('rendezVous.jour', { date: '2026-03-13' })).map((r) => r.heure)).toEqual(['11:30']);
    await b.appeler('rendezVous.changerStatut', { id: r1.id, statut: 'annule' });
    expect((await b.appeler('rendezVous.jour', { date: '2026-03-13' }))[0]!.statut).toBe('annule');
    expect(await b.brut('rendezVous.deplacer', { id: r1.id, date: '2026-03-14', heure: '10:00' })).toMatchObject({
      ok: false,
      error: { code: 'regle_metier' },
    });
  });

  test('un conseiller ne peut pas avoir deux rendez-vous qui se chevauchent ; un annulé libère le créneau', async () => {
    const { id } = await creer('Dupont', 'Élodie', '2006-04-12');
    const claire = lieux.conseillers[0]!;
    const r = await b.appeler('rendezVous.creer', {
      jeuneId: id,
      conseillerId: claire,
      siteId: lieux.siege,
      date: '2026-03-12',
      heure: '09:00',
      dureeMinutes: 60,
    });
    const chevauche = await b.brut('rendezVous.creer', {
      jeuneId: id,
      conseillerId: claire,
      siteId: lieux.siege,
      date: '2026-03-12',
      heure: '09:30',
    });
    expect(chevauche).toMatchObject({
      ok: false,
      error: { code: 'conflit', message: expect.stringContaining('09:00 à 10:00') },
    });
    await b.appeler('rendezVous.creer', {
      jeuneId: id,
      conseillerId: claire,
      siteId: lieux.siege,
      date: '2026-03-12',
      heure: '10:00',
    });
    await b.appeler('rendezVous.changerStatut', { id: r.id, statut: 'annule' });
    await b.appeler('rendezVous.creer', {
      jeuneId: id,
      conseillerId: claire,
      siteId: lieux.siege,
      date: '2026-03-12',
      heure: '09:00',
    });
  });

  test('honoré ou absent seulement une fois le jour venu ; les absences se voient sur le jeune', async () => {
    const { id } = await creer('Dupont', 'Élodie', '2006-04-12');
    const claire = lieux.conseillers[0]!;
    const demain = await b.appeler('rendezVous.creer', {
      jeuneId: id,
      conseillerId: claire,
      siteId: lieux.siege,
      date: '2026-03-11',
      heure: '09:00',
    });
    expect(await b.brut('rendezVous.changerStatut', { id: demain.id, statut: 'absent' })).toMatchObject({
      ok: false,
      error: { code: 'regle_metier' },
    });
    b.horloge.regler('2026-03-11T10:00:00Z');
    await b.appeler('rendezVous.changerStatut', { id: demain.id, statut: 'absent' });
    const fiche = await b.appeler('jeunes.lire', { id });
    expect(fiche.absences).toBe(1);
    expect(fiche.avertissements).toContain('1 rendez-vous non honoré(s).');
    await b.appeler('rendezVous.changerStatut', { id: demain.id, statut: 'honore' });
    expect((await b.appeler('jeunes.lire', { id })).absences).toBe(0);
    // An honoured appointment is a contact, and a later accueil typed for an earlier day keeps it.
    await b.appeler('accueils.enregistrer', {
      jeuneId: id,
      date: '2026-03-09',
      heure: '09:00',
      siteId: lieux.siege,
      canal: 'telephone',
      motifs: ['emploi'],
      reponse: 'information',
    });
    expect((await b.appeler('jeunes.lire', { id })).jeune.dernierContactDate).toBe('2026-03-11');
  });

  test('un rendez-vous avec quelqu’un qui n’est pas conseiller est refusé', async () => {
    const { id } = await creer('Dupont', 'Élodie', '2006-04-12');
    const r = await b.brut('rendezVous.creer', {
      jeuneId: id,
      conseillerId: lieux.accueil,
      siteId: lieux.siege,
      date: '2026-03-12',
      heure: '09:00',
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'regle_metier', champs: [{ champ: 'conseillerId' }] } });
  });
});
