import { beforeEach, describe, expect, test } from 'vitest';
import type { EntreeChronologie } from '../../src-main/contract/dossier';
import { SQL_CHRONOLOGIE } from '../../src-main/services/dossier/chronologie';
import { banc, installer, type Banc } from '../aide';
import { insererPartenaire, insererService } from '../fixtures/annuaire';
import { insererEntreprise } from '../fixtures/entreprises';
import { insererAction, insererPositionnement } from '../fixtures/formation';
import { dernierIdJournal, lignesJournal } from '../fixtures/journal';

/**
 * The timeline of a jeune's file (issue 4): every accueil, appointment, event, diagnostic,
 * parcours step, situation, orientation and exit in one list, most recent first, filterable by
 * kind and theme, each line opening its record. Rules: docs/regles-dossier.md.
 *
 * Records of the other areas (diagnostics, parcours, events, situations) are written here with
 * plain SQL, as their services would: this file tests the timeline, not them.
 */

let b: Banc;
let lieux: Awaited<ReturnType<typeof installer>>;
let jeuneId: number;
let autreId: number;
let claire: number;
let ids: Record<string, number>;

const sqlite = () => b.app.base.sqlite;
const CREE = '2026-03-10T09:00:00.000Z';

/** Inserts one row with the traceability columns filled; returns its rowid. */
function inserer(table: string, valeurs: Record<string, unknown>, tracabilite = true): number {
  const ligne = tracabilite
    ? { cree_le: CREE, cree_par: claire, modifie_le: CREE, modifie_par: claire, ...valeurs }
    : valeurs;
  const colonnes = Object.keys(ligne);
  const r = sqlite()
    .prepare(`INSERT INTO ${table} (${colonnes.join(', ')}) VALUES (${colonnes.map((c) => `@${c}`).join(', ')})`)
    .run(ligne);
  return Number(r.lastInsertRowid);
}

async function creerJeune(nomNaissance: string, prenoms: string) {
  return (
    await b.appeler('jeunes.creer', {
      nomNaissance,
      prenoms,
      dateNaissance: '2006-04-12',
      sexe: 'F',
      confirmeMalgreRessemblants: true,
    })
  ).id;
}

async function accueil(jeune: number, date: string, heure: string, autres: Record<string, unknown>) {
  return (
    await b.appeler('accueils.enregistrer', {
      jeuneId: jeune,
      date,
      heure,
      siteId: lieux.siege,
      canal: 'physique',
      motifs: ['emploi'],
      reponse: 'information',
      ...autres,
    })
  ).id;
}

async function lire(filtres: Record<string, unknown> = {}) {
  return (await b.appeler('jeunes.chronologie', { jeuneId, ...filtres })).entrees;
}

const resume = (e: EntreeChronologie) => [e.date, e.heure, e.genre, e.titre];

beforeEach(async () => {
  b = banc({ maintenant: '2026-03-10T09:15:00Z' });
  lieux = await installer(b);
  claire = lieux.conseillers[0]!;
  jeuneId = await creerJeune('Dupont', 'Élodie');
  autreId = await creerJeune('Martin', 'Lucas');

  // The jeune's path, from the premier accueil to an exit into alternance.
  ids = {};
  ids.a1 = await accueil(jeuneId, '2025-09-01', '09:30', { motifs: ['emploi', 'information'] });
  ids.d1 = inserer('diagnostic', {
    jeune_id: jeuneId,
    conseiller_id: claire,
    debut: '2025-09-08',
    conclusion: 'parcours',
    conclusion_le: '2025-09-15',
    type_parcours_propose: 'cej',
  });
  inserer('diagnostic_entretien', { diagnostic_id: ids.d1, date: '2025-09-08' }, false);
  inserer('diagnostic_entretien', { diagnostic_id: ids.d1, date: '2025-09-15' }, false);
  inserer('diagnostic_dimension', { diagnostic_id: ids.d1, dimension: 'logement', frein: 1 }, false);
  inserer('diagnostic_dimension', { diagnostic_id: ids.d1, dimension: 'mobilite', frein: 1 }, false);
  inserer('diagnostic_dimension', { diagnostic_id: ids.d1, dimension: 'emploi', frein: 0 }, false);
  ids.rdv = (
    await b.appeler('rendezVous.creer', {
      jeuneId,
      conseillerId: claire,
      siteId: lieux.siege,
      date: '2025-09-15',
      heure: '10:00',
      objet: 'formation',
    })
  ).id;
  await b.appeler('rendezVous.changerStatut', { id: ids.rdv, statut: 'honore' });
  ids.entretien = inserer('evenement', {
    jeune_id: jeuneId,
    date: '2025-09-15',
    type: 'entretien_individuel',
    modalite: 'presentiel',
    themes: 'emploi,formation',
    duree_minutes: 45,
    note: 'Projet : vente.\nPiste : alternance en boulangerie.',
    auteur_id: claire,
  });
  ids.parcours = inserer('parcours', {
    jeune_id: jeuneId,
    type_code: 'cej',
    signature_date: '2025-09-29',
    debut: '2025-10-01',
    fin_prevue: '2026-09-30',
    fin_reelle: '2026-03-02',
    motif_sortie: 'alternance',
    sortie_commentaire: 'Apprentissage signé',
    referent_id: claire,
  });
  ids.s1 = inserer('sequence', {
    parcours_id: ids.parcours,
    ordre: 1,
    type: 'orientation',
    debut: '2025-10-01',
    fin: '2026-01-15',
  });
  ids.s2 = inserer('sequence', {
    parcours_id: ids.parcours,
    ordre: 2,
    type: 'accompagnement',
    debut: '2026-01-16',
    fin: '2026-03-02',
  });
  const adil = insererPartenaire(b, 'ADIL de la Drôme', { type: 'logement' });
  const cmp = insererPartenaire(b, 'CMP de Romans', { type: 'sante' });
  const garage = insererPartenaire(b, 'Garage solidaire', { type: 'mobilite' });
  const scooters = insererService(b, garage, 'Location de scooters');
  ids.a2 = await accueil(jeuneId, '2025-10-06', '14:00', {
    canal: 'telephone',
    motifs: ['logement'],
    reponse: 'orientation_partenaire',
    orientation: { partenaireId: adil, motif: 'Recherche d’un studio' },
  });
  ids.oa2 = (sqlite().prepare('SELECT id FROM orientation WHERE accueil_id = ?').get(ids.a2) as { id: number }).id;
  // From the file, refused by the partner.
  ids.oDossier = inserer('orientation', {
    jeune_id: jeuneId,
    partenaire_id: garage,
    service_id: scooters,
    date: '2026-01-20',
    motif: 'Se rendre en alternance',
    origine: 'dossier',
    statut: 'refusee',
    retour_le: '2026-01-27',
    motif_refus: 'Plus de scooter disponible',
  });
  ids.atelier = inserer('atelier', {
    type: 'atelier_emploi',
    intitule: 'Préparer son entretien',
    date: '2025-11-20',
    heure: '14:00',
    duree_minutes: 120,
    site_id: lieux.siege,
    animateur_id: claire,
    capacite: 12,
    themes: 'emploi',
  });
  ids.evAtelier = inserer('evenement', {
    jeune_id: jeuneId,
    date: '2025-11-20',
    type: 'atelier_collectif',
    modalite: 'presentiel',
    themes: 'emploi',
    duree_minutes: 120,
    auteur_id: claire,
    atelier_id: ids.atelier,
  });
  inserer('atelier_participant', {
    atelier_id: ids.atelier,
    jeune_id: jeuneId,
    present: 1,
    evenement_id: ids.evAtelier,
  });
  ids.situation = inserer('situation', {
    jeune_id: jeuneId,
    type: 'alternance',
    sous_type: 'apprentissage',
    debut: '2026-03-02',
    fin_prevue: '2028-02-28',
    organisme: 'Boulangerie Martin',
    intitule: 'CAP boulanger',
  });
  ids.d2 = inserer('diagnostic', {
    jeune_id: jeuneId,
    conseiller_id: claire,
    debut: '2026-02-03',
    conclusion: 'orientation',
    conclusion_le: '2026-02-05',
  });
  inserer('diagnostic_dimension', { diagnostic_id: ids.d2, dimension: 'sante', frein: 1 }, false);
  ids.od2 = inserer('orientation', {
    jeune_id: jeuneId,
    partenaire_id: cmp,
    date: '2026-02-05',
    motif: 'Suivi psychologique',
    transmission_diagnostic: 1,
    diagnostic_id: ids.d2,
    origine: 'diagnostic',
    statut: 'acceptee',
    retour_le: '2026-02-12',
  });
  ids.d3 = inserer('diagnostic', { jeune_id: jeuneId, conseiller_id: claire, debut: '2026-03-05' });

  // Another jeune's records on the same days: never on this timeline.
  await accueil(autreId, '2025-09-01', '09:45', {});
  inserer('evenement', {
    jeune_id: autreId,
    date: '2025-09-15',
    type: 'visite',
    modalite: 'presentiel',
    auteur_id: claire,
  });
  inserer('situation', { jeune_id: autreId, type: 'emploi', sous_type: 'cdi', debut: '2026-01-05' });
});

describe('la ligne du temps', () => {
  test('tout le parcours, le plus récent d’abord ; dans une journée, l’heure puis l’ordre habituel', async () => {
    expect((await lire()).map(resume)).toEqual([
      ['2026-03-05', null, 'diagnostic', 'Diagnostic commencé'],
      ['2026-03-02', null, 'sortie', "Sortie de Contrat d'engagement jeune (CEJ) : alternance"],
      ['2026-03-02', null, 'situation', 'Alternance (Apprentissage) : Boulangerie Martin'],
      ['2026-02-05', null, 'orientation', 'Orientation vers CMP de Romans'],
      ['2026-02-05', null, 'diagnostic', 'Diagnostic conclu : orientation vers un partenaire'],
      ['2026-01-20', null, 'orientation', 'Orientation vers Garage solidaire'],
      ['2026-01-16', null, 'sequence', "Séquence 2 : accompagnement vers l'emploi et/ou la formation"],
      ['2025-11-20', '14:00', 'evenement', 'Atelier collectif : Préparer son entretien'],
      ['2025-10-06', '14:00', 'orientation', 'Orientation vers ADIL de la Drôme'],
      ['2025-10-06', '14:00', 'accueil', 'Accueil (téléphone)'],
      ['2025-10-01', null, 'sequence', 'Séquence 1 : orientation et consolidation de projet'],
      ['2025-10-01', null, 'parcours', "Entrée en Contrat d'engagement jeune (CEJ)"],
      ['2025-09-15', null, 'evenement', 'Entretien individuel'],
      ['2025-09-15', null, 'diagnostic', 'Diagnostic conclu : entrée en parcours contractualisé'],
      ['2025-09-15', '10:00', 'rendez_vous', 'Rendez-vous avec Claire Fabre : honoré'],
      ['2025-09-01', '09:30', 'accueil', 'Premier accueil (physique)'],
    ]);
  });

  test('chaque ligne dit l’essentiel, son auteur et ses thèmes', async () => {
    const parCle = new Map((await lire()).map((e) => [e.cle, e]));
    expect(parCle.get(`accueil-${ids.a1}`)).toMatchObject({
      detail: 'Motifs : Emploi, Information · Réponse : Information donnée · Siège de Romans',
      themes: ['emploi'],
      auteurNom: 'Sophie Morel',
    });
    expect(parCle.get(`accueil-${ids.a2}`)).toMatchObject({
      detail: 'Motifs : Logement · Réponse : Orientation vers un partenaire (ADIL de la Drôme) · Siège de Romans',
      themes: ['logement'],
    });
    expect(parCle.get(`rendez_vous-${ids.rdv}`)).toMatchObject({
      detail: 'Objet : Formation · Siège de Romans · 45 min',
      themes: ['formation'],
      auteurNom: 'Claire Fabre',
    });
    expect(parCle.get(`evenement-${ids.entretien}`)).toMatchObject({
      detail: 'Présentiel · 45 min · Projet : vente. Piste : alternance en boulangerie.',
      themes: ['emploi', 'formation'],
      auteurNom: 'Claire Fabre',
    });
    expect(parCle.get(`diagnostic-${ids.d1}`)).toMatchObject({
      detail:
        "Commencé le 08/09/2025 · 2 entretiens · Freins : Logement, Mobilité · Proposé : Contrat d'engagement jeune (CEJ)",
      themes: ['logement', 'mobilite'],
    });
    expect(parCle.get(`diagnostic-${ids.d3}`)).toMatchObject({ detail: 'En cours', themes: [] });
    expect(parCle.get(`parcours-${ids.parcours}`)).toMatchObject({
      detail: 'Signé le 29/09/2025 · Fin prévue le 30/09/2026 · Référent : Claire Fabre',
      themes: [],
    });
    expect(parCle.get(`sortie-${ids.parcours}`)).toMatchObject({
      detail: 'Entré(e) le 01/10/2025 · Apprentissage signé',
      themes: ['emploi'],
    });
    expect(parCle.get(`sequence-${ids.s1}`)).toMatchObject({
      detail: "Contrat d'engagement jeune (CEJ) · Jusqu'au 15/01/2026",
    });
    expect(parCle.get(`situation-${ids.situation}`)).toMatchObject({
      detail: 'CAP boulanger · Fin prévue le 28/02/2028',
      themes: ['emploi'],
    });
    // An orientation says its service, reason and outcome; it carries the themes of where it was made.
    expect(parCle.get(`orientation-${ids.oa2}`)).toMatchObject({
      detail: 'Motif : Recherche d’un studio · Proposée',
      themes: ['logement'],
      auteurNom: 'Sophie Morel',
    });
    expect(parCle.get(`orientation-${ids.oDossier}`)).toMatchObject({
      detail:
        'Service : Location de scooters · Motif : Se rendre en alternance · Refusée le 27/01/2026 · Raison : Plus de scooter disponible',
      themes: [],
      auteurNom: 'Claire Fabre',
    });
    expect(parCle.get(`orientation-${ids.od2}`)).toMatchObject({
      detail: 'Motif : Suivi psychologique · Acceptée le 12/02/2026 · Diagnostic transmis',
      themes: ['sante'],
    });
    expect(parCle.get(`diagnostic-${ids.d2}`)).toMatchObject({
      detail: 'Commencé le 03/02/2026 · Freins : Santé · Partenaire : CMP de Romans',
    });
  });

  test('chaque ligne ouvre son enregistrement ; les clés sont uniques', async () => {
    const entrees = await lire();
    expect(new Set(entrees.map((e) => e.cle)).size).toBe(entrees.length);
    const cibles = Object.fromEntries(entrees.map((e) => [e.cle, e.cible]));
    expect(cibles).toEqual({
      [`accueil-${ids.a1}`]: { type: 'accueil', id: ids.a1 },
      [`accueil-${ids.a2}`]: { type: 'accueil', id: ids.a2 },
      [`orientation-${ids.oa2}`]: { type: 'orientation', id: ids.oa2 },
      [`orientation-${ids.oDossier}`]: { type: 'orientation', id: ids.oDossier },
      [`rendez_vous-${ids.rdv}`]: { type: 'rendez_vous', id: ids.rdv },
      [`evenement-${ids.entretien}`]: { type: 'evenement', id: ids.entretien },
      // Created by the workshop's attendance list, it is still the jeune's event.
      [`evenement-${ids.evAtelier}`]: { type: 'evenement', id: ids.evAtelier },
      [`diagnostic-${ids.d1}`]: { type: 'diagnostic', id: ids.d1 },
      [`diagnostic-${ids.d2}`]: { type: 'diagnostic', id: ids.d2 },
      [`orientation-${ids.od2}`]: { type: 'orientation', id: ids.od2 },
      [`diagnostic-${ids.d3}`]: { type: 'diagnostic', id: ids.d3 },
      [`parcours-${ids.parcours}`]: { type: 'parcours', id: ids.parcours },
      [`sequence-${ids.s1}`]: { type: 'parcours', id: ids.parcours },
      [`sequence-${ids.s2}`]: { type: 'parcours', id: ids.parcours },
      [`sortie-${ids.parcours}`]: { type: 'parcours', id: ids.parcours },
      [`situation-${ids.situation}`]: { type: 'situation', id: ids.situation },
    });
  });

  test('filtre par genre', async () => {
    expect((await lire({ genres: ['parcours', 'sequence', 'sortie'] })).map((e) => e.cle)).toEqual([
      `sortie-${ids.parcours}`,
      `sequence-${ids.s2}`,
      `sequence-${ids.s1}`,
      `parcours-${ids.parcours}`,
    ]);
    expect((await lire({ genres: ['orientation'] })).map((e) => e.titre)).toEqual([
      'Orientation vers CMP de Romans',
      'Orientation vers Garage solidaire',
      'Orientation vers ADIL de la Drôme',
    ]);
    expect(await lire({ genres: [] })).toEqual([]);
  });

  test('filtre par thème : les lignes qui le portent, jamais celles sans thème', async () => {
    expect((await lire({ theme: 'emploi' })).map((e) => e.cle)).toEqual([
      `sortie-${ids.parcours}`, // exit into alternance
      `situation-${ids.situation}`, // alternance counts as emploi
      `evenement-${ids.evAtelier}`,
      `evenement-${ids.entretien}`,
      `accueil-${ids.a1}`,
    ]);
    expect((await lire({ theme: 'logement' })).map((e) => e.cle)).toEqual([
      `orientation-${ids.oa2}`,
      `accueil-${ids.a2}`,
      `diagnostic-${ids.d1}`,
    ]);
    expect((await lire({ theme: 'sante', genres: ['orientation'] })).map((e) => e.cle)).toEqual([
      `orientation-${ids.od2}`,
    ]);
    expect(await lire({ theme: 'savoirs_base' })).toEqual([]);
  });

  test('un dossier sans historique : une ligne du temps vide', async () => {
    const neuf = await creerJeune('Petit', 'Noé');
    expect((await b.appeler('jeunes.chronologie', { jeuneId: neuf })).entrees).toEqual([]);
  });

  test('la consultation est tracée : une entrée « lecture » du dossier', async () => {
    const depuis = dernierIdJournal(sqlite());
    await lire();
    expect(lignesJournal(sqlite(), depuis).map((l) => [l.action, l.objet_type, l.objet_id, l.methode])).toEqual([
      ['lecture', 'jeune', jeuneId, 'jeunes.chronologie'],
    ]);
  });

  test('refus : dossier inconnu, profil qui n’accompagne pas ; rien n’est tracé comme lecture', async () => {
    const depuis = dernierIdJournal(sqlite());
    expect(await b.brut('jeunes.chronologie', { jeuneId: 9999 })).toEqual({
      ok: false,
      error: {
        code: 'introuvable',
        message: 'Dossier jeune introuvable : la fiche a peut-être été supprimée ou fusionnée.',
      },
    });
    const accueil = await b.personne(['accueil']);
    expect(await b.brut('jeunes.chronologie', { jeuneId }, accueil.session)).toMatchObject({
      ok: false,
      error: { code: 'acces_refuse' },
    });
    expect(lignesJournal(sqlite(), depuis).filter((l) => l.action === 'lecture')).toEqual([]);
  });
});

describe('mises en relation sur des offres', () => {
  test('une ligne par mise en relation : l’offre et l’employeur, le contrat, l’issue et son motif', async () => {
    const boulangerie = insererEntreprise(b, 'Boulangerie Martin');
    const garage = insererEntreprise(b, 'Garage du Centre');
    const offre = (entrepriseId: number, intitule: string, typeContrat: string) =>
      inserer('offre', {
        entreprise_id: entrepriseId,
        intitule,
        type_contrat: typeContrat,
        recue_le: '2026-02-01',
        auteur_id: claire,
      });
    const apprenti = offre(boulangerie, 'Apprenti boulanger', 'apprentissage');
    const mecanicien = offre(garage, 'Mécanicien', 'cdi');
    const retenu = inserer('mise_en_relation', {
      offre_id: apprenti,
      jeune_id: jeuneId,
      date: '2026-02-20',
      issue: 'retenu',
      issue_le: '2026-02-27',
      auteur_id: claire,
    });
    const nonRetenu = inserer('mise_en_relation', {
      offre_id: mecanicien,
      jeune_id: jeuneId,
      date: '2026-02-25',
      issue: 'non_retenu',
      issue_le: '2026-03-03',
      motif_non_retenu: 'mobilite',
      commentaire: 'Pas de permis pour venir à 6 h',
      auteur_id: claire,
    });
    const enAttente = inserer('mise_en_relation', {
      offre_id: mecanicien,
      jeune_id: autreId,
      date: '2026-02-25',
      auteur_id: claire,
    });
    expect(await lire({ genres: ['mise_en_relation'] })).toEqual([
      {
        genre: 'mise_en_relation',
        cle: `mise_en_relation-${nonRetenu}`,
        date: '2026-02-25',
        heure: null,
        titre: 'Mise en relation : Mécanicien — Garage du Centre',
        detail:
          'CDI · Non retenu le 03/03/2026 · Motif : Mobilité (transport, permis, horaires) · Pas de permis pour venir à 6 h',
        themes: ['emploi'],
        auteurNom: 'Claire Fabre',
        cible: { type: 'mise_en_relation', id: nonRetenu },
      },
      {
        genre: 'mise_en_relation',
        cle: `mise_en_relation-${retenu}`,
        date: '2026-02-20',
        heure: null,
        titre: 'Mise en relation : Apprenti boulanger — Boulangerie Martin',
        detail: "Contrat d'apprentissage · Retenu le 27/02/2026",
        themes: ['emploi'],
        auteurNom: 'Claire Fabre',
        cible: { type: 'mise_en_relation', id: retenu },
      },
    ]);
    // The other jeune's match, still waiting, is on their timeline only.
    const autre = (await b.appeler('jeunes.chronologie', { jeuneId: autreId, genres: ['mise_en_relation'] })).entrees;
    expect(autre.map((e) => [e.cle, e.detail])).toEqual([[`mise_en_relation-${enAttente}`, 'CDI · En attente']]);
    // Among the other lines of the file, by date; under the theme « emploi » too.
    expect((await lire()).map((e) => e.cle).slice(2, 6)).toEqual([
      `situation-${ids.situation}`,
      `mise_en_relation-${nonRetenu}`,
      `mise_en_relation-${retenu}`,
      `orientation-${ids.od2}`,
    ]);
    expect((await lire({ theme: 'emploi' })).map((e) => e.cle)).toContain(`mise_en_relation-${retenu}`);
  });
});

describe('formation : positionnements et besoins non satisfaits', () => {
  test('une ligne par positionnement (action, organisme, statut du jour) et par besoin (objet, raison)', async () => {
    const afpa = insererPartenaire(b, 'AFPA Valence', { type: 'organisme_formation' });
    const cap = insererAction(b, afpa, { intitule: 'CAP Cuisine', debut: '2026-01-12' });
    const prepa = insererAction(b, afpa, { intitule: 'Prépa BTP', debut: '2026-02-02' });
    const entre = insererPositionnement(b, cap, jeuneId, 'termine', {
      date: '2025-12-01',
      entreLe: '2026-01-12',
      statutLe: '2026-02-27',
      certificationObtenue: true,
      auteurId: claire,
    });
    const refuse = insererPositionnement(b, prepa, jeuneId, 'non_retenu', {
      date: '2026-01-20',
      statutLe: '2026-01-28',
      auteurId: claire,
    });
    sqlite()
      .prepare("UPDATE positionnement SET motif_non_retenu = 'prerequis', commentaire = 'Pas de permis B' WHERE id = ?")
      .run(refuse);
    const autre = insererPositionnement(b, prepa, autreId, 'propose', { date: '2026-01-20', auteurId: claire });
    const besoin = inserer('besoin_formation', {
      jeune_id: jeuneId,
      date: '2026-01-28',
      domaine: 'K',
      objet: 'CAP petite enfance',
      raison: 'places',
      action_id: prepa,
      commentaire: 'Liste d’attente jusqu’en septembre',
      auteur_id: claire,
    });
    const sansAction = inserer('besoin_formation', {
      jeune_id: jeuneId,
      date: '2025-11-28',
      domaine: 'N',
      objet: 'Permis poids lourd',
      raison: 'aucune_action',
      auteur_id: claire,
    });
    expect(await lire({ genres: ['positionnement', 'besoin_formation'] })).toEqual([
      {
        genre: 'besoin_formation',
        cle: `besoin_formation-${besoin}`,
        date: '2026-01-28',
        heure: null,
        titre: 'Besoin de formation non satisfait : CAP petite enfance',
        detail: 'Raison : Plus de place · Action : Prépa BTP · Liste d’attente jusqu’en septembre',
        themes: ['formation'],
        auteurNom: 'Claire Fabre',
        cible: { type: 'besoin_formation', id: besoin },
      },
      {
        genre: 'positionnement',
        cle: `positionnement-${refuse}`,
        date: '2026-01-20',
        heure: null,
        titre: 'Positionnement : Prépa BTP — AFPA Valence',
        detail: 'Non retenu le 28/01/2026 · Motif : Pré-requis non remplis · Pas de permis B',
        themes: ['formation'],
        auteurNom: 'Claire Fabre',
        cible: { type: 'positionnement', id: refuse },
      },
      {
        genre: 'positionnement',
        cle: `positionnement-${entre}`,
        date: '2025-12-01',
        heure: null,
        titre: 'Positionnement : CAP Cuisine — AFPA Valence',
        detail: 'Terminé le 27/02/2026 · Certification obtenue',
        themes: ['formation'],
        auteurNom: 'Claire Fabre',
        cible: { type: 'positionnement', id: entre },
      },
      {
        genre: 'besoin_formation',
        cle: `besoin_formation-${sansAction}`,
        date: '2025-11-28',
        heure: null,
        titre: 'Besoin de formation non satisfait : Permis poids lourd',
        detail: 'Raison : Aucune action sur le territoire',
        themes: ['formation'],
        auteurNom: 'Claire Fabre',
        cible: { type: 'besoin_formation', id: sansAction },
      },
    ]);
    // The other jeune's candidacy is on their timeline only; both kinds carry the theme « formation ».
    const autres = (await b.appeler('jeunes.chronologie', { jeuneId: autreId, genres: ['positionnement'] })).entrees;
    expect(autres.map((e) => [e.cle, e.detail])).toEqual([[`positionnement-${autre}`, 'Proposé le 20/01/2026']]);
    const formation = (await lire({ theme: 'formation' })).map((e) => e.cle);
    expect(formation).toEqual(expect.arrayContaining([`positionnement-${entre}`, `besoin_formation-${besoin}`]));
    expect((await lire({ theme: 'emploi' })).map((e) => e.cle)).not.toContain(`positionnement-${entre}`);
  });
});

describe('rapidité', () => {
  test('chaque source est lue par un index sur le jeune, jamais en parcourant toute la table', () => {
    const petites = new Set(['referentiel_valeur', 'type_parcours', 'utilisateur', 'site']);
    for (const [source, sql] of Object.entries(SQL_CHRONOLOGIE)) {
      const parametres = sql.includes('?') ? [jeuneId] : [];
      const plan = sqlite()
        .prepare(`EXPLAIN QUERY PLAN ${sql}`)
        .all(...parametres) as { detail: string }[];
      const parcourues = plan
        .map((p) => /^SCAN (\w+)/.exec(p.detail)?.[1])
        .filter((t): t is string => t !== undefined && !petites.has(t));
      expect({ source, parcourues }).toEqual({ source, parcourues: [] });
    }
  });
});
