import { beforeEach, describe, expect, test } from 'vitest';
import type { Contract, InputOf } from '../../src-main/contract';
import type { DomaineFormation, RaisonBesoin } from '../../src-main/contract/referentielsFormation';
import type { SessionPoste } from '../../src-main/host/sessions';
import { banc, installer, type Banc } from '../aide';
import { insererPartenaire } from '../fixtures/annuaire';
import {
  creerJeune,
  insererPositionnement,
  insererSituation,
  saisieAction,
  type SaisieAction,
} from '../fixtures/formation';
import { instantane, lignesJournal, dernierIdJournal } from '../fixtures/journal';

/**
 * Training actions (issue 7, docs/formation.md): who creates and changes them, the lookup a
 * conseiller runs in front of a jeune, deletion, the bilans' figures and the unmet needs.
 * "Today" is Tuesday 10/03/2026 in Paris. Candidacies are written with plain SQL
 * (tests/fixtures/formation.ts): the status machine is tested apart.
 */

let b: Banc;
let claire: number;
let karim: number;
let lea: number;
let referente: { id: number; session: SessionPoste };
let greta: number;
let jeune: number;

const sqlite = () => b.app.base.sqlite;
const compter = (table: string) => (sqlite().prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

/** The rows a refused call must leave untouched. */
function etat(): string {
  return ['action_formation', 'partenaire', 'positionnement', 'bilan_action', 'besoin_formation']
    .map((t) => instantane(sqlite(), t))
    .join('\n');
}

async function refuse(
  methode: string,
  entree: unknown,
  message: string | RegExp,
  code = 'regle_metier',
  session: SessionPoste = b.session,
) {
  const avant = etat();
  const r = await b.brut(methode, entree, session);
  if (r.ok) throw new Error('aurait dû être refusé');
  expect(r.error.code).toBe(code);
  if (typeof message === 'string') expect(r.error.message).toBe(message);
  else expect(r.error.message).toMatch(message);
  expect(etat()).toBe(avant);
}

async function appelerEn<T>(session: SessionPoste, methode: string, entree: unknown): Promise<T> {
  const r = await b.brut(methode, entree, session);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
}

async function creerAction(autres: Partial<SaisieAction> = {}, session: SessionPoste = b.session) {
  return appelerEn<{ id: number; avertissements: string[] }>(session, 'actions.enregistrer', {
    action: saisieAction(greta, autres),
  });
}

const lire = (id: number) => b.appeler('actions.lire', { id });

beforeEach(async () => {
  b = banc({ maintenant: '2026-03-10T09:15:00Z' });
  const lieux = await installer(b);
  [claire, karim] = lieux.conseillers as [number, number];
  lea = lieux.accueil;
  referente = await b.personne(['referent_formation'], 'ngarcia');
  greta = (
    await b.appeler('partenaires.creer', {
      nom: 'GRETA Viva 5',
      type: 'organisme_formation',
      siret: '19260036800018',
      codeInsee: '26281',
      commune: 'Romans-sur-Isère',
    })
  ).id;
  jeune = await creerJeune(b, 'Dupont', 'Élodie');
});

describe('une action de formation', () => {
  test('le référent formation la crée ; la fiche donne tout ce qui a été saisi, sans candidature', async () => {
    const { id, avertissements } = await creerAction(
      {
        reference: 'PRF26-QUAL-014',
        prerequis: 'Projet validé en cuisine, stage de découverte conseillé',
        niveauMinimum: 'infra_3',
        ageMinimum: 16,
        ageMaximum: 25,
        description: 'Parcours de 1 200 heures dont 420 en entreprise.',
        referentId: claire,
      },
      referente.session,
    );
    expect(avertissements).toEqual([]);
    const a = await lire(id);
    expect(a).toMatchObject({
      id,
      intitule: 'CAP Cuisine',
      programme: 'PRF 2026 — parcours qualifiants',
      financeur: 'region',
      organismeId: greta,
      organismeNom: 'GRETA Viva 5',
      typeFormation: 'qualifiante',
      domaine: 'G',
      certification: 'CAP Cuisine',
      lieu: 'GRETA Viva 5, site de Romans',
      codeInsee: '26281',
      commune: 'Romans-sur-Isère',
      debut: '2026-04-07',
      fin: '2026-12-18',
      places: 12,
      placesRestantes: 12,
      prerequis: 'Projet validé en cuisine, stage de découverte conseillé',
      niveauMinimum: 'infra_3',
      ageMinimum: 16,
      ageMaximum: 25,
      description: 'Parcours de 1 200 heures dont 420 en entreprise.',
      referentId: claire,
      referentNom: 'Claire Fabre',
      statut: 'en_recrutement',
      reference: 'PRF26-QUAL-014',
      positionnements: 0,
      entres: 0,
      positionnementsListe: [],
      commissions: [],
      bilans: [],
      besoins: 0,
    });
    expect(a.tableau.places).toBe(12);
    expect(a.tableau.positionnements).toBe(0);
    expect(a.modifieLe).toBe('2026-03-10T09:15:00.000Z');
  });

  test('un conseiller ne crée pas d’action : c’est le programme du référent formation', async () => {
    await refuse(
      'actions.enregistrer',
      { action: saisieAction(greta) },
      "Ajouter une action au programme revient au référent formation et à la direction : demandez-leur de la créer, puis de vous en nommer référent d'action.",
      'acces_refuse',
      b.sessionDe(claire),
    );
    expect(compter('action_formation')).toBe(0);
  });

  test('le référent d’action modifie son action, pas celle d’un autre, et ne la confie pas lui-même', async () => {
    const { id } = await creerAction({ referentId: claire });
    const a = await lire(id);
    await appelerEn(b.sessionDe(claire), 'actions.enregistrer', {
      id,
      modifieLeLu: a.modifieLe,
      action: saisieAction(greta, { referentId: claire, places: 14, statut: 'en_recrutement' }),
    });
    const modifiee = await lire(id);
    expect(modifiee.places).toBe(14);
    expect(modifiee.modifieLe).not.toBe(a.modifieLe);

    // Another conseiller (Karim is direction: a plain conseiller is needed).
    const autre = await b.personne(['conseiller'], 'mrenaud');
    await refuse(
      'actions.enregistrer',
      { id, modifieLeLu: modifiee.modifieLe, action: saisieAction(greta, { referentId: claire, places: 10 }) },
      "Seuls le référent formation, la direction et le référent de l'action « CAP Cuisine » (Claire Fabre) peuvent modifier cette action.",
      'acces_refuse',
      autre.session,
    );
    await refuse(
      'actions.enregistrer',
      { id, modifieLeLu: modifiee.modifieLe, action: saisieAction(greta, { referentId: autre.id }) },
      "Référent d'action : c'est le référent formation ou la direction qui confie une action. Demandez-leur de la confier à une autre personne.",
      'acces_refuse',
      b.sessionDe(claire),
    );
    // Direction (Karim) hands it over.
    await appelerEn(b.sessionDe(karim), 'actions.enregistrer', {
      id,
      modifieLeLu: modifiee.modifieLe,
      action: saisieAction(greta, { referentId: autre.id }),
    });
    expect((await lire(id)).referentId).toBe(autre.id);
  });

  test('sans référent d’action, seuls le référent formation et la direction la modifient', async () => {
    const { id } = await creerAction();
    const a = await lire(id);
    await refuse(
      'actions.enregistrer',
      { id, modifieLeLu: a.modifieLe, action: saisieAction(greta, { places: 8 }) },
      "« CAP Cuisine » n'a pas de référent d'action : seuls le référent formation et la direction peuvent modifier cette action. Demandez-leur de vous confier l'action si vous la suivez.",
      'acces_refuse',
      b.sessionDe(claire),
    );
  });

  test('une modification faite sur une version dépassée est refusée', async () => {
    const { id } = await creerAction();
    const lu = (await lire(id)).modifieLe;
    b.horloge.avancer(5);
    await b.appeler('actions.enregistrer', { id, modifieLeLu: lu, action: saisieAction(greta, { places: 10 }) });
    await refuse(
      'actions.enregistrer',
      { id, modifieLeLu: lu, action: saisieAction(greta, { places: 9 }) },
      /^Sophie Morel a enregistré l'action « CAP Cuisine » le 10\/03\/2026 à 10 h 20, après que vous l'avez ouverte : rien n'a été enregistré\./,
      'conflit',
    );
  });

  test('l’organisme est un partenaire actif de l’annuaire ; un autre type que « organisme de formation » est signalé', async () => {
    await refuse(
      'actions.enregistrer',
      { action: saisieAction(99_999) },
      "Organisme de formation introuvable dans l'annuaire : choisissez-le dans la liste, ou ajoutez-le d'abord à l'annuaire (type « Organisme de formation »).",
    );
    const ferme = insererPartenaire(b, 'AFPA Valence', { type: 'organisme_formation', actif: false });
    await refuse(
      'actions.enregistrer',
      { action: saisieAction(ferme) },
      "« AFPA Valence » est marqué inactif dans l'annuaire : choisissez un organisme actif, ou réactivez sa fiche.",
    );
    const siae = insererPartenaire(b, 'Jardins de Cocagne', { type: 'siae' });
    const { avertissements } = await b.appeler('actions.enregistrer', { action: saisieAction(siae) });
    expect(avertissements).toEqual([
      "Organisme : « Jardins de Cocagne » est classé « Structure d'insertion par l'activité économique (SIAE) » dans l'annuaire, ni organisme de formation ni CFA. Vérifiez le choix, ou corrigez son type dans l'annuaire.",
    ]);
  });

  test('le référent d’action est un membre actif du personnel qui accompagne des jeunes', async () => {
    await refuse(
      'actions.enregistrer',
      { action: saisieAction(greta, { referentId: lea }) },
      "Référent d'action : Léa Roux n'accompagne pas de jeunes (ni conseiller, ni référent formation, ni chargé de relation entreprises, ni direction). Choisissez un conseiller.",
    );
    const { id } = await creerAction({ referentId: claire });
    sqlite().prepare('UPDATE utilisateur SET actif = 0 WHERE id = ?').run(claire);
    await refuse(
      'actions.enregistrer',
      { action: saisieAction(greta, { referentId: claire }) },
      "Référent d'action : le compte de Claire Fabre est désactivé. Choisissez une autre personne.",
    );
    // The action she already follows can still be changed, with a word to hand it over.
    const r = await b.appeler('actions.enregistrer', {
      id,
      modifieLeLu: (await lire(id)).modifieLe,
      action: saisieAction(greta, { referentId: claire, places: 11 }),
    });
    expect(r.avertissements).toEqual([
      "Référent d'action : le compte de Claire Fabre est désactivé. Confiez l'action à un autre conseiller.",
    ]);
  });

  test('une référence du financeur ne désigne qu’une action', async () => {
    await creerAction({ reference: 'PRF26-QUAL-014' });
    await refuse(
      'actions.enregistrer',
      { action: saisieAction(greta, { intitule: 'Titre pro Serveur', reference: 'PRF26-QUAL-014' }) },
      "Référence « PRF26-QUAL-014 » déjà donnée à l'action « CAP Cuisine » : une référence du financeur ne désigne qu'une action. Vérifiez le numéro, ou ouvrez cette action.",
    );
  });

  test('dates et âges incohérents sont refusés à la saisie', async () => {
    await refuse(
      'actions.enregistrer',
      { action: saisieAction(greta, { debut: '2026-09-01', fin: '2026-06-30' }) },
      /Fin : l’action ne peut pas finir avant de commencer\./,
      'entree_invalide',
    );
    await refuse(
      'actions.enregistrer',
      { action: saisieAction(greta, { ageMinimum: 18, ageMaximum: 16 }) },
      /Âge maximum : il ne peut pas être inférieur à l’âge minimum\./,
      'entree_invalide',
    );
  });

  test('avertissements : places déjà occupées au-delà, action finie encore en recrutement, annulation avec candidatures en cours', async () => {
    const { id } = await creerAction({ places: 4 });
    const j = [jeune, await creerJeune(b, 'Martin', 'Lucas'), await creerJeune(b, 'Bernard', 'Inès')];
    insererPositionnement(b, id, j[0]!, 'retenu');
    insererPositionnement(b, id, j[1]!, 'retenu');
    insererPositionnement(b, id, j[2]!, 'en_commission');
    let lu = (await lire(id)).modifieLe;
    const r1 = await b.appeler('actions.enregistrer', {
      id,
      modifieLeLu: lu,
      action: saisieAction(greta, { places: 1 }),
    });
    expect(r1.avertissements).toEqual([
      "Places : 1, mais 2 candidatures occupent déjà une place (retenues ou entrées) : l'action est en surnombre.",
    ]);
    const { avertissements: finie } = await creerAction({
      intitule: 'Remise à niveau',
      debut: '2025-09-01',
      fin: '2026-02-27',
      statut: 'programmee',
    });
    expect(finie).toEqual([
      "L'action a fini le 27/02/2026 mais reste « Programmée » : passez-la « Terminée » (ou « Annulée »), sinon elle reste proposée aux jeunes.",
    ]);
    lu = (await lire(id)).modifieLe;
    const r2 = await b.appeler('actions.enregistrer', {
      id,
      modifieLeLu: lu,
      action: saisieAction(greta, { places: 4, statut: 'annulee' }),
    });
    expect(r2.avertissements).toEqual([
      'Action annulée alors que 3 candidatures sont encore en cours : notez pour chacune la suite (désisté, non retenu, abandon…).',
    ]);
  });

  test('une fin d’action déplacée laisse les situations des jeunes entrés, avec un mot pour les corriger', async () => {
    const { id } = await creerAction();
    const situation = insererSituation(b, jeune, 'formation', '2026-04-07', {
      sousType: 'qualifiante',
      finPrevue: '2026-12-18',
    });
    insererPositionnement(b, id, jeune, 'entre', { situationId: situation, statutLe: '2026-04-07' });
    const r = await b.appeler('actions.enregistrer', {
      id,
      modifieLeLu: (await lire(id)).modifieLe,
      action: saisieAction(greta, { fin: '2027-01-29' }),
    });
    expect(r.avertissements).toEqual([
      "Fin de l'action changée : 1 jeune est en formation ; la fin prévue de sa situation reste celle saisie à l'entrée. Corrigez-la dans son dossier.",
    ]);
    expect(sqlite().prepare('SELECT fin_prevue AS f FROM situation WHERE id = ?').get(situation)).toEqual({
      f: '2026-12-18',
    });
  });

  test('suppression : seulement sans candidature, par le référent formation ou la direction', async () => {
    const { id } = await creerAction();
    insererPositionnement(b, id, jeune, 'propose');
    await refuse(
      'actions.supprimer',
      { id },
      "1 jeune est positionné sur « CAP Cuisine » : l'action ne peut plus être supprimée, leur parcours en garde la trace. Si elle n'a pas lieu, passez-la « Annulée ».",
    );
    const { id: vide } = await creerAction({ intitule: 'Titre pro Serveur' });
    await refuse(
      'actions.supprimer',
      { id: vide },
      /^Action non autorisée pour votre profil/,
      'acces_refuse',
      b.sessionDe(claire),
    );
    await b.appeler('bilansAction.enregistrer', { actionId: vide, type: 'intermediaire', note: 'Recrutement lancé' });
    await b.appeler('besoins.enregistrer', {
      besoin: { jeuneId: jeune, domaine: 'G', objet: 'Serveur', raison: 'dates', actionId: vide },
    });
    await appelerEn(referente.session, 'actions.supprimer', { id: vide });
    expect(compter('action_formation')).toBe(1);
    expect(compter('bilan_action')).toBe(0);
    // The need stays, without the action.
    expect((await b.appeler('besoins.duJeune', { jeuneId: jeune }))[0]).toMatchObject({
      actionId: null,
      actionIntitule: null,
    });
  });
});

describe('la recherche d’actions', () => {
  let valence: number;
  const ids: Record<string, number> = {};

  beforeEach(async () => {
    valence = insererPartenaire(b, 'AFPA Valence', { type: 'organisme_formation' });
    const creer = async (cle: string, autres: Partial<SaisieAction>) => {
      ids[cle] = (await creerAction(autres)).id;
    };
    await creer('cuisine', { referentId: claire });
    await creer('vente', {
      intitule: 'Employé(e) commercial(e) en magasin',
      domaine: 'D',
      certification: 'Titre professionnel ECM',
      commune: 'Bourg-de-Péage',
      codeInsee: '26057',
      debut: '2026-05-04',
      fin: '2026-11-27',
      places: 2,
      niveauMinimum: 'niveau_3',
      statut: 'programmee',
    });
    await creer('aide', {
      intitule: 'Éducateur sportif (BPJEPS)',
      domaine: 'G',
      certification: null,
      debut: '2026-04-07',
      places: 10,
      niveauMinimum: 'niveau_4',
      ageMinimum: 18,
    });
    await creer('socle', {
      intitule: 'Compétences premières',
      organismeId: valence,
      programme: 'PRF 2026 — savoirs de base',
      typeFormation: 'remise_niveau',
      domaine: 'socle',
      certification: null,
      codeInsee: null,
      commune: 'Valence',
      debut: '2026-03-16',
      fin: '2026-06-26',
      places: 15,
      ageMaximum: 25,
    });
    await creer('encours', { intitule: 'CAP Pâtissier', debut: '2026-01-12', statut: 'en_cours' });
    // Places: the sales action (2 places) is full with one retained and one entered.
    const j = [jeune, await creerJeune(b, 'Martin', 'Lucas'), await creerJeune(b, 'Bernard', 'Inès')];
    insererPositionnement(b, ids.vente!, j[0]!, 'retenu');
    insererPositionnement(b, ids.vente!, j[1]!, 'entre');
    insererPositionnement(b, ids.vente!, j[2]!, 'en_commission');
    insererPositionnement(b, ids.cuisine!, j[0]!, 'non_retenu');
    insererPositionnement(b, ids.cuisine!, j[1]!, 'desiste');
    insererPositionnement(b, ids.cuisine!, j[2]!, 'abandon');
  });

  const chercher = (criteres: Record<string, unknown> = {}) => b.appeler('actions.rechercher', criteres);
  const intitules = async (criteres: Record<string, unknown> = {}) =>
    (await chercher(criteres)).actions.map((a) => a.intitule);

  test('par défaut : les actions ouvertes au recrutement, par date de début puis intitulé', async () => {
    expect(await intitules()).toEqual([
      'Compétences premières',
      'CAP Cuisine',
      'Éducateur sportif (BPJEPS)',
      'Employé(e) commercial(e) en magasin',
    ]);
    expect(await intitules({ statuts: ['en_cours'] })).toEqual(['CAP Pâtissier']);
    expect((await chercher({ statuts: [] })).total).toBe(5);
  });

  test('places restantes : les retenus, entrés, abandons et terminés occupent une place, pas les autres', async () => {
    const { actions } = await chercher();
    const vente = actions.find((a) => a.id === ids.vente)!;
    expect(vente).toMatchObject({ places: 2, placesRestantes: 0, positionnements: 3, entres: 1 });
    const cuisine = actions.find((a) => a.id === ids.cuisine)!;
    expect(cuisine).toMatchObject({
      places: 12,
      placesRestantes: 11,
      positionnements: 3,
      entres: 1,
      referentNom: 'Claire Fabre',
      organismeNom: 'GRETA Viva 5',
    });
    expect(await intitules({ avecPlacesSeulement: true })).toEqual([
      'Compétences premières',
      'CAP Cuisine',
      'Éducateur sportif (BPJEPS)',
    ]);
  });

  test('pré-requis : le niveau du jeune atteint le minimum (ou aucun minimum), son âge est dans les bornes', async () => {
    expect(await intitules({ niveau: 'infra_3' })).toEqual(['Compétences premières', 'CAP Cuisine']);
    expect(await intitules({ niveau: 'niveau_3' })).toEqual([
      'Compétences premières',
      'CAP Cuisine',
      'Employé(e) commercial(e) en magasin',
    ]);
    expect(await intitules({ niveau: 'niveau_5_plus' })).toHaveLength(4);
    expect(await intitules({ age: 17 })).toEqual([
      'Compétences premières',
      'CAP Cuisine',
      'Employé(e) commercial(e) en magasin',
    ]);
    expect(await intitules({ age: 26 })).toEqual([
      'CAP Cuisine',
      'Éducateur sportif (BPJEPS)',
      'Employé(e) commercial(e) en magasin',
    ]);
    expect(await intitules({ niveau: 'niveau_4', age: 19 })).toHaveLength(4);
  });

  test('par domaine, commune, dates de début, référent, programme', async () => {
    expect(await intitules({ domaines: ['G'] })).toEqual(['CAP Cuisine', 'Éducateur sportif (BPJEPS)']);
    expect(await intitules({ domaines: ['D', 'socle'] })).toEqual([
      'Compétences premières',
      'Employé(e) commercial(e) en magasin',
    ]);
    expect(await intitules({ codeInsee: '26057' })).toEqual(['Employé(e) commercial(e) en magasin']);
    expect(await intitules({ debutApres: '2026-04-07', debutAvant: '2026-04-30' })).toEqual([
      'CAP Cuisine',
      'Éducateur sportif (BPJEPS)',
    ]);
    expect(await intitules({ referentId: claire })).toEqual(['CAP Cuisine']);
    expect(await intitules({ programme: 'PRF 2026 — savoirs de base' })).toEqual(['Compétences premières']);
  });

  test('par mots, sans accents ni casse, sur l’intitulé, l’organisme, la commune et la certification', async () => {
    expect(await intitules({ texte: 'educateur' })).toEqual(['Éducateur sportif (BPJEPS)']);
    expect(await intitules({ texte: 'afpa' })).toEqual(['Compétences premières']);
    expect(await intitules({ texte: 'peage' })).toEqual(['Employé(e) commercial(e) en magasin']);
    expect(await intitules({ texte: 'titre prof' })).toEqual(['Employé(e) commercial(e) en magasin']);
    expect(await intitules({ texte: 'cap romans' })).toEqual(['CAP Cuisine']);
    expect(await intitules({ texte: 'uisine' })).toEqual([]);
  });

  test('la limite coupe la page, le total compte tout', async () => {
    const r = await chercher({ limite: 2 });
    expect(r.actions.map((a) => a.intitule)).toEqual(['Compétences premières', 'CAP Cuisine']);
    expect(r.total).toBe(4);
  });
});

describe('la recherche sur un gros programme', () => {
  test('2 000 actions et 30 000 candidatures : une recherche en moins d’une demi-seconde', async () => {
    const s = sqlite();
    const instant = '2026-01-05T08:00:00.000Z';
    const jeunes: number[] = [];
    const inserJeune = s.prepare(
      `INSERT INTO jeune (nom_naissance, prenoms, date_naissance, sexe, cree_le, modifie_le)
       VALUES (?, 'Test', '2005-01-01', 'F', ?, ?)`,
    );
    const inserAction = s.prepare(
      `INSERT INTO action_formation (intitule, programme, financeur, organisme_id, type_formation, domaine, debut, fin,
         places, statut, niveau_minimum, cree_le, modifie_le)
       VALUES (?, 'PRF', 'region', ?, 'qualifiante', ?, ?, '2027-06-30', ?, ?, ?, ?, ?)`,
    );
    const inserPos = s.prepare(
      `INSERT INTO positionnement (action_id, jeune_id, date, statut, statut_le, auteur_id, cree_le, modifie_le)
       VALUES (?, ?, '2026-02-02', ?, '2026-02-02', 1, ?, ?)`,
    );
    const statuts = ['propose', 'retenu', 'entre', 'non_retenu', 'en_commission', 'termine'];
    s.transaction(() => {
      for (let i = 0; i < 15; i++) jeunes.push(Number(inserJeune.run(`Jeune${i}`, instant, instant).lastInsertRowid));
      for (let i = 0; i < 2000; i++) {
        const action = Number(
          inserAction.run(
            `Action ${i}`,
            greta,
            'ABCDEFGHIJKLMN'[i % 14],
            `2026-${String((i % 12) + 1).padStart(2, '0')}-01`,
            12,
            i % 5 === 0 ? 'en_cours' : 'en_recrutement',
            i % 3 === 0 ? 'niveau_4' : null,
            instant,
            instant,
          ).lastInsertRowid,
        );
        for (let k = 0; k < 15; k++)
          inserPos.run(action, jeunes[k], statuts[(i + k) % statuts.length], instant, instant);
      }
    })();
    const criteres: InputOf<Contract, 'actions.rechercher'> = {
      statuts: [],
      niveau: 'niveau_3',
      avecPlacesSeulement: true,
      texte: 'action',
      limite: 2000,
    };
    // Speed is measured by the bench (bench/formation.ts), not here: this checks the counts at size.
    const r = await b.appeler('actions.rechercher', criteres);
    expect(r.total).toBe(1333);
    expect(r.actions).toHaveLength(1333);
    expect(r.actions[0]).toMatchObject({ positionnements: 15 });
  });
});

describe('les bilans d’une action', () => {
  let action: number;

  /**
   * 10 places; 10 candidacies: 2 proposed, 1 not retained, 1 retained, 2 in training, 1
   * abandonment (then a job), 3 ended (2 certified; one then in alternance, one in another
   * training). A job found by a jeune who never entered, one started after the bilan, and a
   * training before the action do not count.
   */
  beforeEach(async () => {
    action = (await creerAction({ places: 10, debut: '2025-09-01', fin: '2026-02-27', referentId: claire })).id;
    const j: number[] = [];
    for (const [nom, prenom] of [
      ['Dupont', 'Ana'],
      ['Martin', 'Lucas'],
      ['Bernard', 'Inès'],
      ['Petit', 'Noah'],
      ['Robert', 'Jade'],
      ['Richard', 'Léo'],
      ['Durand', 'Lina'],
      ['Moreau', 'Hugo'],
      ['Simon', 'Zoé'],
      ['Laurent', 'Adam'],
    ] as const) {
      j.push(await creerJeune(b, nom, prenom));
    }
    const entree = (jeuneId: number) =>
      insererSituation(b, jeuneId, 'formation', '2025-09-01', { sousType: 'qualifiante', finPrevue: '2026-02-27' });
    insererPositionnement(b, action, j[0]!, 'propose');
    insererPositionnement(b, action, j[1]!, 'propose');
    insererPositionnement(b, action, j[2]!, 'non_retenu');
    insererSituation(b, j[2]!, 'emploi', '2025-11-03', { sousType: 'cdd' });
    insererPositionnement(b, action, j[3]!, 'retenu');
    insererPositionnement(b, action, j[4]!, 'entre', { situationId: entree(j[4]!) });
    insererPositionnement(b, action, j[5]!, 'entre', { situationId: entree(j[5]!) });
    insererSituation(b, j[5]!, 'emploi', '2026-04-01', { sousType: 'cdi' });
    insererPositionnement(b, action, j[6]!, 'abandon', { situationId: entree(j[6]!) });
    insererSituation(b, j[6]!, 'emploi', '2025-12-01', { sousType: 'interim' });
    insererPositionnement(b, action, j[7]!, 'termine', { situationId: entree(j[7]!), certificationObtenue: true });
    insererSituation(b, j[7]!, 'alternance', '2026-03-02', { sousType: 'apprentissage' });
    insererPositionnement(b, action, j[8]!, 'termine', { situationId: entree(j[8]!), certificationObtenue: true });
    insererSituation(b, j[8]!, 'formation', '2026-03-09', { sousType: 'qualifiante' });
    insererPositionnement(b, action, j[9]!, 'termine', { situationId: entree(j[9]!), certificationObtenue: false });
    insererSituation(b, j[9]!, 'formation', '2025-01-06', { sousType: 'remise_niveau', finReelle: '2025-06-27' });
  });

  test('les chiffres sont relevés à l’écriture et gardés tels quels', async () => {
    const { id } = await appelerEn<{ id: number }>(b.sessionDe(claire), 'bilansAction.enregistrer', {
      actionId: action,
      type: 'final',
      pointsForts: 'Groupe soudé, tuteurs présents',
      difficultes: 'Mobilité vers les stages',
      note: 'Bonne action, à reconduire.',
    });
    const [bilan] = (await lire(action)).bilans;
    expect(bilan).toEqual({
      id,
      actionId: action,
      type: 'final',
      date: '2026-03-10',
      chiffres: {
        places: 10,
        positionnements: 10,
        entres: 6,
        enCours: 2,
        abandons: 1,
        termines: 3,
        certifies: 2,
        sortiesEmploi: 2,
        sortiesFormation: 1,
        tauxRemplissage: 0.6,
      },
      pointsForts: 'Groupe soudé, tuteurs présents',
      difficultes: 'Mobilité vers les stages',
      note: 'Bonne action, à reconduire.',
      auteurNom: 'Claire Fabre',
      modifieLe: '2026-03-10T09:15:00.000Z',
    });
    // A candidacy added afterwards does not move the bilan written.
    insererPositionnement(b, action, jeune, 'propose');
    expect((await lire(action)).bilans[0]!.chiffres.positionnements).toBe(10);
  });

  test('un bilan daté d’un jour passé ne compte que les suites commencées à cette date', async () => {
    await b.appeler('bilansAction.enregistrer', { actionId: action, type: 'intermediaire', date: '2026-03-05' });
    expect((await lire(action)).bilans[0]!.chiffres).toMatchObject({ sortiesEmploi: 2, sortiesFormation: 0 });
  });

  test('un seul bilan final : le réécrire le complète et relève à nouveau les chiffres ; les intermédiaires s’ajoutent', async () => {
    const premier = await b.appeler('bilansAction.enregistrer', {
      actionId: action,
      type: 'final',
      note: 'Premier jet',
    });
    insererPositionnement(b, action, jeune, 'propose');
    b.horloge.avancer(60);
    const second = await b.appeler('bilansAction.enregistrer', { actionId: action, type: 'final', note: 'Complété' });
    expect(second.id).toBe(premier.id);
    await b.appeler('bilansAction.enregistrer', { actionId: action, type: 'intermediaire', date: '2025-11-14' });
    await b.appeler('bilansAction.enregistrer', { actionId: action, type: 'intermediaire', date: '2026-01-16' });
    const bilans = (await lire(action)).bilans;
    expect(bilans.map((x) => [x.type, x.date, x.note])).toEqual([
      ['final', '2026-03-10', 'Complété'],
      ['intermediaire', '2026-01-16', null],
      ['intermediaire', '2025-11-14', null],
    ]);
    expect(bilans[0]!.chiffres.positionnements).toBe(11);
    expect(bilans[0]!.auteurNom).toBe('Sophie Morel');
    // An intermediate one does not become a second final.
    await refuse(
      'bilansAction.enregistrer',
      { actionId: action, id: bilans[1]!.id, type: 'final' },
      "« CAP Cuisine » a déjà son bilan final (du 10/03/2026) : une action n'en a qu'un. Complétez-le, ou gardez ce bilan-ci intermédiaire.",
    );
  });

  test('refus : autre conseiller que le référent, date future, bilan d’une autre action', async () => {
    const autre = await b.personne(['conseiller'], 'mrenaud');
    await refuse(
      'bilansAction.enregistrer',
      { actionId: action, type: 'intermediaire' },
      "Seuls le référent formation, la direction et le référent de l'action « CAP Cuisine » (Claire Fabre) peuvent écrire les bilans de cette action.",
      'acces_refuse',
      autre.session,
    );
    await refuse(
      'bilansAction.enregistrer',
      { actionId: action, type: 'intermediaire', date: '2026-03-11' },
      'Bilan daté du 11/03/2026, dans le futur : datez-le du jour où il est écrit.',
    );
    const ailleurs = (await creerAction({ intitule: 'Titre pro Serveur' })).id;
    const { id } = await b.appeler('bilansAction.enregistrer', { actionId: ailleurs, type: 'intermediaire' });
    await refuse(
      'bilansAction.enregistrer',
      { actionId: action, id, type: 'intermediaire' },
      'Bilan de l’action introuvable : la fiche a peut-être été supprimée ou fusionnée.',
      'introuvable',
    );
  });
});

describe('les besoins non satisfaits', () => {
  const besoin = (
    autres: Partial<InputOf<Contract, 'besoins.enregistrer'>['besoin']> = {},
  ): InputOf<Contract, 'besoins.enregistrer'>['besoin'] => ({
    jeuneId: jeune,
    domaine: 'K',
    objet: 'CAP Accompagnant éducatif petite enfance',
    raison: 'aucune_action',
    ...autres,
  });

  test('notés depuis le dossier : datés du jour par défaut, lus avec l’action qui n’a pas pu répondre', async () => {
    const action = (await creerAction()).id;
    const depuis = dernierIdJournal(sqlite());
    const { id } = await b.appeler('besoins.enregistrer', {
      besoin: besoin({ codeRome: 'K1303', raison: 'places', actionId: action, commentaire: 'Liste d’attente' }),
    });
    expect(lignesJournal(sqlite(), depuis).some((l) => l.objet_type === 'jeune' && l.objet_id === jeune)).toBe(true);
    expect(await b.appeler('besoins.duJeune', { jeuneId: jeune })).toEqual([
      {
        id,
        jeuneId: jeune,
        jeuneNom: 'Dupont Élodie',
        date: '2026-03-10',
        domaine: 'K',
        objet: 'CAP Accompagnant éducatif petite enfance',
        codeRome: 'K1303',
        raison: 'places',
        actionId: action,
        actionIntitule: 'CAP Cuisine',
        commentaire: 'Liste d’attente',
        auteurNom: 'Sophie Morel',
      },
    ]);
    expect((await lire(action)).besoins).toBe(1);
  });

  test('refus : date future, action inconnue', async () => {
    await refuse(
      'besoins.enregistrer',
      { besoin: besoin({ date: '2026-03-12' }) },
      'Besoin daté du 12/03/2026, dans le futur : datez-le du jour où il a été constaté avec le jeune.',
    );
    await refuse(
      'besoins.enregistrer',
      { besoin: besoin({ actionId: 99_999 }) },
      'Action de formation introuvable : elle a peut-être été supprimée. Choisissez-la à nouveau, ou laissez le champ vide.',
    );
  });

  test('corrigé ou supprimé par son auteur ou la direction seulement ; il ne change pas de jeune', async () => {
    const { id } = await appelerEn<{ id: number }>(b.sessionDe(claire), 'besoins.enregistrer', {
      besoin: besoin({ date: '2026-02-02' }),
    });
    const autre = await b.personne(['conseiller'], 'mrenaud');
    await refuse(
      'besoins.supprimer',
      { id },
      'Ce besoin a été noté par Claire Fabre : seuls son auteur et la direction peuvent le supprimer. Pour compléter, notez un nouveau besoin.',
      'acces_refuse',
      autre.session,
    );
    await refuse(
      'besoins.enregistrer',
      { id, besoin: besoin({ raison: 'mobilite' }) },
      'Ce besoin a été noté par Claire Fabre : seuls son auteur et la direction peuvent le modifier. Pour compléter, notez un nouveau besoin.',
      'acces_refuse',
      autre.session,
    );
    const autreJeune = await creerJeune(b, 'Martin', 'Lucas');
    await refuse(
      'besoins.enregistrer',
      { id, besoin: besoin({ jeuneId: autreJeune }) },
      'Ce besoin est celui de Dupont Élodie : il ne change pas de jeune. Supprimez-le et notez-le dans le bon dossier.',
      'regle_metier',
      b.sessionDe(claire),
    );
    await appelerEn(b.sessionDe(claire), 'besoins.enregistrer', { id, besoin: besoin({ raison: 'mobilite' }) });
    // Corrected without a date, it keeps its own.
    expect((await b.appeler('besoins.duJeune', { jeuneId: jeune }))[0]).toMatchObject({
      raison: 'mobilite',
      date: '2026-02-02',
    });
    await appelerEn(b.sessionDe(karim), 'besoins.supprimer', { id });
    expect(compter('besoin_formation')).toBe(0);
  });

  test('la synthèse de la période, sans nom : par domaine et raison, jeunes distincts, objets les plus fréquents', async () => {
    const j2 = await creerJeune(b, 'Martin', 'Lucas');
    const j3 = await creerJeune(b, 'Bernard', 'Inès');
    const noter = (jeuneId: number, date: string, domaine: DomaineFormation, objet: string, raison: RaisonBesoin) =>
      b.appeler('besoins.enregistrer', { besoin: { jeuneId, date, domaine, objet, raison } });
    await noter(jeune, '2026-01-12', 'K', 'CAP Petite enfance', 'aucune_action');
    await noter(j2, '2026-01-20', 'K', 'cap petite-enfance', 'aucune_action');
    await noter(j3, '2026-02-03', 'K', 'CAP Petite Enfance', 'mobilite');
    await noter(jeune, '2026-02-10', 'N', 'Permis C', 'prerequis');
    await noter(j2, '2026-02-11', 'N', 'CACES R489', 'places');
    await noter(jeune, '2026-02-12', 'G', 'CAP Cuisine', 'dates');
    await noter(j3, '2025-12-15', 'G', 'CAP Cuisine', 'dates'); // before the period
    const s = await b.appeler('besoins.synthese', { du: '2026-01-01', au: '2026-02-28' });
    const zeros = { aucune_action: 0, prerequis: 0, places: 0, dates: 0, mobilite: 0, autre: 0 };
    const raisons = (r: Partial<typeof zeros>) =>
      Object.entries({ ...zeros, ...r }).map(([raison, nombre]) => ({ raison, nombre }));
    expect(s).toEqual({
      du: '2026-01-01',
      au: '2026-02-28',
      total: 6,
      jeunes: 3,
      parDomaine: [
        { domaine: 'K', total: 3, jeunes: 3, parRaison: raisons({ aucune_action: 2, mobilite: 1 }) },
        { domaine: 'N', total: 2, jeunes: 2, parRaison: raisons({ prerequis: 1, places: 1 }) },
        { domaine: 'G', total: 1, jeunes: 1, parRaison: raisons({ dates: 1 }) },
      ],
      parRaison: raisons({ aucune_action: 2, mobilite: 1, prerequis: 1, places: 1, dates: 1 }),
      objetsFrequents: [
        { objet: 'CAP Petite enfance', domaine: 'K', nombre: 3 },
        { objet: 'CACES R489', domaine: 'N', nombre: 1 },
        { objet: 'CAP Cuisine', domaine: 'G', nombre: 1 },
        { objet: 'Permis C', domaine: 'N', nombre: 1 },
      ],
    });
    expect(JSON.stringify(s)).not.toMatch(/Dupont|Martin|Bernard/);
  });
});
