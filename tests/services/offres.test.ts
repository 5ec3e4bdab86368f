import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Contract, InputOf, OutputOf } from '../../src-main/contract';
import type { SessionPoste } from '../../src-main/host/sessions';
import { expirationOffre } from '../../src-main/services/offres/lectures';
import { banc, installer, type Banc } from '../aide';
import { insererEntreprise } from '../fixtures/entreprises';
import { compter, dernierIdJournal, instantane, lignesJournal } from '../fixtures/journal';

/**
 * Offers received from the firms and the matches of jeunes on them (issue 6,
 * docs/offres-mises-en-relation.md): expiry, automatic « pourvue », outcomes and their effect on
 * the jeune's situations. "Today" is Tuesday 10/03/2026 in Paris. Firms are written with plain
 * SQL (tests/fixtures/entreprises.ts): this file tests offers and matches.
 */

let b: Banc;
let claire: number;
let karim: number;
let lea: number;
let admin: number;
let boulangerie: number;
let garage: number;
let elodie: number;
let lucas: number;

const sqlite = () => b.app.base.sqlite;

type SaisieOffre = InputOf<Contract, 'offres.enregistrer'>['offre'];
type Issue = InputOf<Contract, 'misesEnRelation.enregistrerIssue'>;
type Offre = OutputOf<Contract, 'offres.lire'>;

const TABLES = ['offre', 'offre_diffusion', 'mise_en_relation', 'acte_service', 'situation'];

/** The rows a refused call must leave untouched. */
function etat(): string {
  return TABLES.map((t) => instantane(sqlite(), t)).join('\n');
}

async function refus(
  methode: string,
  entree: unknown,
  message: string | RegExp,
  code = 'regle_metier',
  session: SessionPoste = b.session,
) {
  const avant = etat();
  const depuis = dernierIdJournal(sqlite());
  const r = await b.brut(methode, entree, session);
  if (r.ok) throw new Error(`${methode} aurait dû être refusé`);
  if (typeof message === 'string') expect(r.error.message).toBe(message);
  else expect(r.error.message).toMatch(message);
  expect(r.error.code).toBe(code);
  expect(etat()).toBe(avant);
  // No file is traced as read or changed; a refusal of rights is itself traced, as every one is.
  expect(lignesJournal(sqlite(), depuis).map((l) => l.action)).toEqual(code === 'acces_refuse' ? ['acces_refuse'] : []);
  return r.error;
}

function saisieOffre(autres: Partial<SaisieOffre> = {}): SaisieOffre {
  return { intitule: 'Vendeur en boulangerie', typeContrat: 'cdd', dureeMois: 6, recueLe: '2026-03-01', ...autres };
}

async function nouvelleOffre(autres: Partial<SaisieOffre> = {}, entrepriseId = boulangerie): Promise<number> {
  return (await b.appeler('offres.enregistrer', { entrepriseId, offre: saisieOffre(autres) })).id;
}

async function lireOffre(id: number): Promise<Offre> {
  return b.appeler('offres.lire', { id });
}

async function modifierOffre(id: number, autres: Partial<SaisieOffre>) {
  const o = await lireOffre(id);
  return b.appeler('offres.enregistrer', {
    entrepriseId: o.entrepriseId,
    id,
    modifieLeLu: o.modifieLe,
    offre: {
      intitule: o.intitule,
      typeContrat: o.typeContrat,
      dureeMois: o.dureeMois,
      postes: o.postes,
      recueLe: o.recueLe,
      dateLimite: o.dateLimite,
      statut: o.statutSaisi,
      conseillerIds: o.conseillers.map((c) => c.id),
      ...autres,
    },
  });
}

async function proposer(offreId: number, jeuneIds: number[], autres: { date?: string } = {}) {
  return (await b.appeler('misesEnRelation.proposer', { offreId, jeuneIds, ...autres })).ids;
}

/** A match as the offer shows it. */
async function mer(id: number) {
  const m = (await lireOffre(offreDe(id))).liste.find((x) => x.id === id);
  if (!m) throw new Error(`mise en relation ${id} absente`);
  return m;
}

function offreDe(miseEnRelationId: number): number {
  return (
    sqlite().prepare('SELECT offre_id AS id FROM mise_en_relation WHERE id = ?').get(miseEnRelationId) as {
      id: number;
    }
  ).id;
}

async function entreeIssue(id: number, autres: Partial<Issue>): Promise<Issue> {
  return { id, issue: 'retenu', modifieLeLu: (await mer(id)).modifieLe, ...autres };
}

async function noterIssue(id: number, autres: Partial<Issue> = {}) {
  return b.appeler('misesEnRelation.enregistrerIssue', await entreeIssue(id, autres));
}

async function situations(jeuneId = elodie) {
  return b.appeler('situations.duJeune', { jeuneId });
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

beforeEach(async () => {
  b = banc({ maintenant: '2026-03-10T09:15:00Z' });
  const lieux = await installer(b);
  [claire, karim] = lieux.conseillers as [number, number];
  lea = lieux.accueil;
  admin = b.session.utilisateurId!;
  boulangerie = insererEntreprise(b, 'Boulangerie Martin', { codeInsee: '26281', commune: 'Romans-sur-Isère' });
  garage = insererEntreprise(b, 'Garage du Centre', { codeInsee: '26057', commune: 'Bourg-de-Péage' });
  elodie = await creerJeune('Dupont', 'Élodie');
  lucas = await creerJeune('Martin', 'Lucas');
});

afterEach(() => b.app.fermer());

describe('enregistrer une offre', () => {
  test('reçue aujourd’hui par défaut, ouverte, avec ses conseillers informés et l’acte « Offre enregistrée »', async () => {
    const id = await nouvelleOffre({
      recueLe: undefined,
      metier: 'Vente',
      codeRome: 'd1106',
      postes: 2,
      interlocuteur: 'M. Martin',
      conseillerIds: [karim, claire],
    });
    expect(await lireOffre(id)).toEqual({
      id,
      entrepriseId: boulangerie,
      entrepriseNom: 'Boulangerie Martin',
      intitule: 'Vendeur en boulangerie',
      metier: 'Vente',
      codeRome: 'D1106',
      typeContrat: 'cdd',
      dureeMois: 6,
      postes: 2,
      lieu: null,
      codeInsee: null,
      commune: null,
      recueLe: '2026-03-10',
      dateLimite: null,
      description: null,
      interlocuteur: 'M. Martin',
      statut: 'ouverte',
      statutSaisi: 'ouverte',
      expireLe: '2026-05-09',
      pourvueLe: null,
      // Sorted by name: Benali before Fabre.
      conseillers: [
        { id: karim, nom: 'Karim Benali' },
        { id: claire, nom: 'Claire Fabre' },
      ],
      misesEnRelation: { total: 0, enAttente: 0, retenus: 0 },
      auteurId: 1,
      auteurNom: 'Sophie Morel',
      modifieLe: '2026-03-10T09:15:00.000Z',
      liste: [],
    });
    expect(
      sqlite()
        .prepare('SELECT entreprise_id, date, type, interlocuteur, note, offre_id, auteur_id FROM acte_service')
        .all(),
    ).toEqual([
      {
        entreprise_id: boulangerie,
        date: '2026-03-10',
        type: 'offre',
        interlocuteur: 'M. Martin',
        note: '« Vendeur en boulangerie » : CDD, 6 mois, 2 postes.',
        offre_id: id,
        auteur_id: admin,
      },
    ]);
  });

  test('modifiée avec la version lue : l’acte suit la date de réception, la liste des conseillers est remplacée', async () => {
    const id = await nouvelleOffre({ recueLe: '2026-03-02', conseillerIds: [claire] });
    b.horloge.avancer(30);
    await modifierOffre(id, { recueLe: '2026-03-03', postes: 3, conseillerIds: [karim] });
    const o = await lireOffre(id);
    expect(o).toMatchObject({ recueLe: '2026-03-03', postes: 3, conseillers: [{ id: karim }] });
    expect(o.modifieLe).toBe('2026-03-10T09:45:00.000Z');
    expect(sqlite().prepare('SELECT date, note FROM acte_service WHERE offre_id = ?').all(id)).toEqual([
      { date: '2026-03-03', note: '« Vendeur en boulangerie » : CDD, 6 mois, 3 postes.' },
    ]);
    // A date left out on a change keeps the recorded one (only a new offer is "received today").
    const lue = await lireOffre(id);
    await b.appeler('offres.enregistrer', {
      entrepriseId: boulangerie,
      id,
      modifieLeLu: lue.modifieLe,
      offre: saisieOffre({ postes: 3, recueLe: undefined }),
    });
    expect((await lireOffre(id)).recueLe).toBe('2026-03-03');
  });

  test('modifier exige la version lue ; une version dépassée est refusée en disant qui a enregistré', async () => {
    const id = await nouvelleOffre();
    const lue = await lireOffre(id);
    await refus(
      'offres.enregistrer',
      { entrepriseId: boulangerie, id, offre: saisieOffre({ postes: 2 }) },
      "Modification d'une offre sans la version lue : rouvrez l'offre, puis enregistrez à nouveau vos changements.",
    );
    b.horloge.avancer(5);
    await modifierOffre(id, { postes: 2 });
    await refus(
      'offres.enregistrer',
      { entrepriseId: boulangerie, id, modifieLeLu: lue.modifieLe, offre: saisieOffre({ postes: 3 }) },
      /^Sophie Morel a enregistré cette offre le 10\/03\/2026 à 10 h 20, .*Rechargez l'offre, puis refaites vos changements\.$/,
      'conflit',
    );
  });

  test('refus en français, rien d’écrit : dates, entreprise, conseillers informés', async () => {
    const entree = (offre: Partial<SaisieOffre>, entrepriseId = boulangerie) => ({
      entrepriseId,
      offre: saisieOffre(offre),
    });
    await refus(
      'offres.enregistrer',
      entree({ recueLe: '2026-03-11' }),
      "Offre reçue le 11/03/2026, dans le futur : datez-la du jour où l'employeur l'a transmise.",
    );
    // Received today by default: a deadline before today falls before it.
    await refus(
      'offres.enregistrer',
      entree({ recueLe: undefined, dateLimite: '2026-03-09' }),
      "Date limite (09/03/2026) avant la réception de l'offre (10/03/2026) : corrigez l'une des deux dates.",
    );
    await refus(
      'offres.enregistrer',
      entree({ recueLe: '2026-03-05', dateLimite: '2026-03-04' }),
      /Date limite : elle ne peut pas précéder la réception de l’offre\./,
      'entree_invalide',
    );
    await refus(
      'offres.enregistrer',
      entree({ typeContrat: 'cdi', dureeMois: 12 }),
      /Durée : un CDI n’a pas de durée ; laissez le champ vide\./,
      'entree_invalide',
    );
    await refus(
      'offres.enregistrer',
      entree({}, 999),
      'Entreprise introuvable : la fiche a peut-être été supprimée ou fusionnée.',
      'introuvable',
    );
    await refus(
      'offres.enregistrer',
      entree({ conseillerIds: [claire, lea] }),
      "Conseillers informés : Léa Roux n'accompagne pas de jeunes (ni conseiller, ni référent formation, ni chargé de relation entreprises, ni direction). Retirez cette personne de la liste.",
    );
    sqlite().prepare('UPDATE utilisateur SET actif = 0 WHERE id = ?').run(karim);
    await refus(
      'offres.enregistrer',
      entree({ conseillerIds: [karim] }),
      'Conseillers informés : le compte de Karim Benali est désactivé. Retirez cette personne de la liste.',
    );
    await refus(
      'offres.enregistrer',
      entree({ conseillerIds: [4242] }),
      'Conseillers informés : une personne choisie n’existe pas dans le personnel. Rechargez la liste et choisissez à nouveau.',
    );
  });

  test('un conseiller informé dont le compte a été désactivé depuis reste sur l’offre modifiée', async () => {
    const id = await nouvelleOffre({ conseillerIds: [karim] });
    sqlite().prepare('UPDATE utilisateur SET actif = 0 WHERE id = ?').run(karim);
    await modifierOffre(id, { postes: 2 });
    expect((await lireOffre(id)).conseillers).toEqual([{ id: karim, nom: 'Karim Benali' }]);
  });

  test('une offre se modifie depuis son entreprise', async () => {
    const id = await nouvelleOffre();
    const lue = await lireOffre(id);
    await refus(
      'offres.enregistrer',
      { entrepriseId: garage, id, modifieLeLu: lue.modifieLe, offre: saisieOffre() },
      /^Cette offre est celle de « Boulangerie Martin » : modifiez-la depuis la fiche de cette entreprise\./,
    );
  });
});

describe('expiration', () => {
  test('une offre ouverte expire le lendemain de sa date limite, ou de sa réception + le réglage (60 jours)', async () => {
    const sansLimite = await nouvelleOffre({ intitule: 'A', recueLe: '2026-01-01' });
    const expireAujourdhui = await nouvelleOffre({ intitule: 'B', recueLe: '2026-01-09' });
    const limiteHier = await nouvelleOffre({ intitule: 'C', recueLe: '2026-03-01', dateLimite: '2026-03-09' });
    const limiteLointaine = await nouvelleOffre({ intitule: 'D', recueLe: '2026-01-01', dateLimite: '2026-03-31' });
    const pourvue = await nouvelleOffre({ intitule: 'E', recueLe: '2025-10-01', statut: 'pourvue' });
    const annulee = await nouvelleOffre({ intitule: 'F', recueLe: '2025-10-01', statut: 'annulee' });
    const lu = async (id: number) => {
      const o = await lireOffre(id);
      return [o.intitule, o.statut, o.statutSaisi, o.expireLe];
    };
    expect(await Promise.all([sansLimite, expireAujourdhui, limiteHier, limiteLointaine].map(lu))).toEqual([
      ['A', 'expiree', 'ouverte', '2026-03-02'],
      ['B', 'ouverte', 'ouverte', '2026-03-10'],
      ['C', 'expiree', 'ouverte', '2026-03-09'],
      ['D', 'ouverte', 'ouverte', '2026-03-31'],
    ]);
    expect(expirationOffre('2026-01-01', null, 60)).toBe('2026-03-02');
    // Filled or cancelled: never "expired", whatever the dates.
    expect((await lireOffre(pourvue)).statut).toBe('pourvue');
    expect((await lireOffre(annulee)).statut).toBe('annulee');

    // The next day, B has expired too.
    b.horloge.regler('2026-03-11T09:15:00Z');
    expect((await lireOffre(expireAujourdhui)).statut).toBe('expiree');

    // Ninety days in Paramètres: A and B are open again (until 01/04 and 09/04); a deadline wins.
    const parametres = await b.appeler('parametres.lire', {});
    await b.appeler('parametres.enregistrer', { ...parametres, expirationOffreJours: 90 });
    expect(await Promise.all([sansLimite, expireAujourdhui, limiteHier, limiteLointaine].map(lu))).toEqual([
      ['A', 'ouverte', 'ouverte', '2026-04-01'],
      ['B', 'ouverte', 'ouverte', '2026-04-09'],
      ['C', 'expiree', 'ouverte', '2026-03-09'],
      ['D', 'ouverte', 'ouverte', '2026-03-31'],
    ]);
  });

  test('la recherche filtre sur le statut lu aujourd’hui : ouvertes par défaut, expirées à part', async () => {
    await nouvelleOffre({ intitule: 'Expirée', recueLe: '2026-01-01' });
    await nouvelleOffre({ intitule: 'Ouverte', recueLe: '2026-03-01' });
    await nouvelleOffre({ intitule: 'Pourvue', recueLe: '2026-03-05', statut: 'pourvue' });
    const intitules = (r: { offres: { intitule: string }[] }) => r.offres.map((o) => o.intitule);
    expect(intitules(await b.appeler('offres.rechercher', {}))).toEqual(['Ouverte']);
    expect(intitules(await b.appeler('offres.rechercher', { statuts: ['expiree'] }))).toEqual(['Expirée']);
    const toutes = await b.appeler('offres.rechercher', { statuts: [], limite: 2 });
    expect(intitules(toutes)).toEqual(['Pourvue', 'Ouverte']);
    expect(toutes.total).toBe(3);
  });
});

describe('rechercher des offres', () => {
  test('par mots (sans accents), contrat, commune, entreprise, et celles transmises à moi', async () => {
    await nouvelleOffre({ intitule: 'Apprenti pâtissier', typeContrat: 'apprentissage', dureeMois: 24 });
    await nouvelleOffre(
      { intitule: 'Mécanicien automobile', typeContrat: 'cdi', dureeMois: null, conseillerIds: [admin] },
      garage,
    );
    await nouvelleOffre({ intitule: 'Vendeur', codeInsee: '26057', commune: 'Bourg-de-Péage' });
    const intitules = async (criteres: InputOf<Contract, 'offres.rechercher'>) =>
      (await b.appeler('offres.rechercher', criteres)).offres.map((o) => o.intitule).sort();
    expect(await intitules({ texte: 'patis' })).toEqual(['Apprenti pâtissier']);
    expect(await intitules({ texte: 'garage meca' })).toEqual(['Mécanicien automobile']);
    expect(await intitules({ texte: 'boulangerie' })).toEqual(['Apprenti pâtissier', 'Vendeur']);
    expect(await intitules({ typesContrat: ['cdi', 'apprentissage'] })).toEqual([
      'Apprenti pâtissier',
      'Mécanicien automobile',
    ]);
    // The place of the offer, else the firm's commune.
    expect(await intitules({ codeInsee: '26057' })).toEqual(['Mécanicien automobile', 'Vendeur']);
    expect(await intitules({ entrepriseId: garage })).toEqual(['Mécanicien automobile']);
    expect(await intitules({ transmisesAMoi: true })).toEqual(['Mécanicien automobile']);
    const r = await b.appeler('offres.rechercher', { texte: 'boulangerie', limite: 1 });
    expect([r.offres.length, r.total]).toEqual([1, 2]);
  });
});

describe('proposer des jeunes sur une offre', () => {
  test('une mise en relation par jeune, en attente ; un acte « Mise en relation » par jeune sur l’entreprise', async () => {
    const offre = await nouvelleOffre({ postes: 2 });
    const [m1, m2] = await proposer(offre, [elodie, lucas]);
    const o = await lireOffre(offre);
    expect(o.misesEnRelation).toEqual({ total: 2, enAttente: 2, retenus: 0 });
    expect(o.liste.map((m) => [m.id, m.jeuneNom, m.issue, m.date])).toEqual([
      [m2, 'Martin Lucas', 'en_attente', '2026-03-10'],
      [m1, 'Dupont Élodie', 'en_attente', '2026-03-10'],
    ]);
    const actes = sqlite()
      .prepare(
        "SELECT entreprise_id, date, note, mise_en_relation_id FROM acte_service WHERE type = 'mise_en_relation' ORDER BY id",
      )
      .all();
    // The note names the offer, never the jeune: the firm's page is not the jeune's file.
    expect(actes).toEqual([
      {
        entreprise_id: boulangerie,
        date: '2026-03-10',
        note: "Candidature proposée sur l'offre « Vendeur en boulangerie ».",
        mise_en_relation_id: m1,
      },
      {
        entreprise_id: boulangerie,
        date: '2026-03-10',
        note: "Candidature proposée sur l'offre « Vendeur en boulangerie ».",
        mise_en_relation_id: m2,
      },
    ]);
    expect(await b.appeler('misesEnRelation.duJeune', { jeuneId: elodie })).toEqual([
      {
        id: m1,
        offreId: offre,
        offreIntitule: 'Vendeur en boulangerie',
        typeContrat: 'cdd',
        entrepriseId: boulangerie,
        entrepriseNom: 'Boulangerie Martin',
        jeuneId: elodie,
        jeuneNom: 'Dupont Élodie',
        date: '2026-03-10',
        issue: 'en_attente',
        issueLe: null,
        motifNonRetenu: null,
        commentaire: null,
        situationId: null,
        auteurId: admin,
        auteurNom: 'Sophie Morel',
        modifieLe: '2026-03-10T09:15:00.000Z',
      },
    ]);
  });

  test('un jeune déjà proposé sur l’offre : refusé en le nommant, et rien n’est écrit pour les autres', async () => {
    const offre = await nouvelleOffre();
    await proposer(offre, [elodie], { date: '2026-03-05' });
    const avant = compter(sqlite(), 'mise_en_relation');
    await refus(
      'misesEnRelation.proposer',
      { offreId: offre, jeuneIds: [lucas, elodie] },
      "Élodie Dupont a déjà été proposé(e) sur cette offre le 05/03/2026 : suivez cette mise en relation plutôt que d'en créer une autre. Rien n'a été enregistré.",
    );
    expect(compter(sqlite(), 'mise_en_relation')).toBe(avant);
  });

  test('seulement sur une offre qui se lit « ouverte » : expirée, pourvue ou annulée, refusé', async () => {
    const expiree = await nouvelleOffre({ recueLe: '2026-01-01' });
    await refus(
      'misesEnRelation.proposer',
      { offreId: expiree, jeuneIds: [elodie] },
      "L'offre « Vendeur en boulangerie » a expiré : elle était valable jusqu'au 02/03/2026. Si l'employeur recrute encore, reportez sa date limite (modifier l'offre), puis proposez le jeune.",
    );
    const annulee = await nouvelleOffre({ statut: 'annulee' });
    await refus(
      'misesEnRelation.proposer',
      { offreId: annulee, jeuneIds: [elodie] },
      "L'offre « Vendeur en boulangerie » est annulée : on n'y propose plus de jeune. Si l'employeur recrute de nouveau, rouvrez-la ou enregistrez une nouvelle offre.",
    );
    const pourvue = await nouvelleOffre({ statut: 'pourvue' });
    await refus(
      'misesEnRelation.proposer',
      { offreId: pourvue, jeuneIds: [elodie] },
      /^L'offre « Vendeur en boulangerie » est pourvue depuis le 10\/03\/2026 : on n'y propose plus de jeune\./,
    );
    // Its deadline moved on, the expired offer takes jeunes again.
    await modifierOffre(expiree, { dateLimite: '2026-03-31' });
    expect(await proposer(expiree, [elodie])).toHaveLength(1);
  });

  test('date : ni dans le futur, ni avant la réception de l’offre ; dossier inconnu refusé', async () => {
    const offre = await nouvelleOffre({ recueLe: '2026-03-02' });
    await refus(
      'misesEnRelation.proposer',
      { offreId: offre, jeuneIds: [elodie], date: '2026-03-11' },
      'Mise en relation datée du 11/03/2026, dans le futur : datez-la du jour où la candidature a été proposée.',
    );
    await refus(
      'misesEnRelation.proposer',
      { offreId: offre, jeuneIds: [elodie], date: '2026-03-01' },
      "Mise en relation datée du 01/03/2026, avant la réception de l'offre (02/03/2026) : corrigez la date.",
    );
    await refus(
      'misesEnRelation.proposer',
      { offreId: offre, jeuneIds: [elodie, 9999] },
      'Dossier jeune introuvable : la fiche a peut-être été supprimée ou fusionnée.',
      'introuvable',
    );
  });
});

describe('issue d’une mise en relation et situations du jeune', () => {
  test('retenu : la situation d’emploi est créée chez l’employeur, du jour de l’issue pour la durée de l’offre', async () => {
    const offre = await nouvelleOffre({ postes: 2 });
    const [m] = await proposer(offre, [elodie], { date: '2026-03-02' });
    const r = await noterIssue(m!, { issueLe: '2026-03-09' });
    expect(r).toMatchObject({ id: m, offreStatut: 'ouverte', avertissements: [] });
    expect(await situations()).toEqual([
      {
        id: r.situationId,
        jeuneId: elodie,
        type: 'emploi',
        sousType: 'cdd',
        debut: '2026-03-09',
        // Six whole months, the last day worked: an emploi durable.
        finPrevue: '2026-09-08',
        finReelle: null,
        organisme: 'Boulangerie Martin',
        entrepriseId: boulangerie,
        entrepriseNom: 'Boulangerie Martin',
        miseEnRelationId: m,
        positionnementId: null,
        intitule: 'Vendeur en boulangerie',
        commentaire: null,
        emploiDurable: true,
        dureeMois: 6,
        enCours: true,
      },
    ]);
    expect(await mer(m!)).toMatchObject({ issue: 'retenu', issueLe: '2026-03-09', situationId: r.situationId });
    expect((await lireOffre(offre)).misesEnRelation).toEqual({ total: 1, enAttente: 0, retenus: 1 });
  });

  test('retenu sur un apprentissage : une alternance qui commence au début du contrat ; un CDI n’a pas de fin', async () => {
    const alternance = await nouvelleOffre({
      intitule: 'Apprenti boulanger',
      typeContrat: 'apprentissage',
      dureeMois: 24,
    });
    const [m] = await proposer(alternance, [elodie]);
    await noterIssue(m!, { debutContrat: '2026-09-01' });
    const cdi = await nouvelleOffre({ intitule: 'Mécanicien', typeContrat: 'cdi', dureeMois: null }, garage);
    const [m2] = await proposer(cdi, [lucas]);
    await noterIssue(m2!);
    expect((await situations(elodie)).map((s) => [s.type, s.sousType, s.debut, s.finPrevue, s.organisme])).toEqual([
      ['alternance', 'apprentissage', '2026-09-01', '2028-08-31', 'Boulangerie Martin'],
    ]);
    expect((await situations(lucas)).map((s) => [s.type, s.sousType, s.debut, s.finPrevue, s.emploiDurable])).toEqual([
      ['emploi', 'cdi', '2026-03-10', null, true],
    ]);
  });

  test('retenu lié à une situation existante du jeune : elle nomme l’entreprise ; hors « retenu », elle reste au dossier', async () => {
    const { id: situationId } = await b.appeler('situations.enregistrer', {
      jeuneId: elodie,
      type: 'emploi',
      sousType: 'cdd',
      debut: '2026-03-09',
      finPrevue: '2026-06-30',
      intitule: 'Vendeuse',
    });
    const offre = await nouvelleOffre();
    const [m] = await proposer(offre, [elodie], { date: '2026-03-02' });
    const r = await noterIssue(m!, { situationId });
    expect(r.situationId).toBe(situationId);
    expect(await situations()).toMatchObject([
      {
        id: situationId,
        organisme: 'Boulangerie Martin',
        entrepriseId: boulangerie,
        miseEnRelationId: m,
        intitule: 'Vendeuse',
        finPrevue: '2026-06-30',
      },
    ]);
    expect(sqlite().prepare('SELECT situation_creee FROM mise_en_relation WHERE id = ?').get(m)).toEqual({
      situation_creee: 0,
    });
    // Back to « en attente »: the situation was the file's, it stays, only unlinked.
    await noterIssue(m!, { issue: 'en_attente' });
    expect(await mer(m!)).toMatchObject({ issue: 'en_attente', issueLe: null, situationId: null });
    expect(await situations()).toMatchObject([{ id: situationId, entrepriseId: boulangerie, miseEnRelationId: null }]);
  });

  test('quitter « retenu » supprime la situation que l’issue avait créée ; la rétablir la recrée', async () => {
    const offre = await nouvelleOffre({ postes: 2 });
    const [m] = await proposer(offre, [elodie]);
    const { situationId } = await noterIssue(m!);
    expect(await situations()).toHaveLength(1);
    await noterIssue(m!, { issue: 'en_attente' });
    expect(await situations()).toEqual([]);
    expect(compter(sqlite(), 'situation')).toBe(0);
    const retenu = await noterIssue(m!);
    expect(retenu.situationId).not.toBe(situationId);
    await noterIssue(m!, { issue: 'desistement', commentaire: 'A trouvé un CDI ailleurs' });
    expect(await situations()).toEqual([]);
    expect(await mer(m!)).toMatchObject({ issue: 'desistement', situationId: null });
  });

  test('noter de nouveau « retenu » garde la situation telle qu’elle est au dossier', async () => {
    const offre = await nouvelleOffre({ postes: 2 });
    const [m] = await proposer(offre, [elodie]);
    const { situationId } = await noterIssue(m!);
    const r = await noterIssue(m!, { commentaire: 'Période d’essai validée' });
    expect(r.situationId).toBe(situationId);
    expect(await situations()).toHaveLength(1);
    expect(await mer(m!)).toMatchObject({ commentaire: 'Période d’essai validée', situationId });
  });

  test('une situation supprimée du dossier : la mise en relation reste « retenu », sans situation', async () => {
    const offre = await nouvelleOffre({ postes: 2 });
    const [m] = await proposer(offre, [elodie]);
    const { situationId } = await noterIssue(m!);
    await b.appeler('situations.supprimer', { id: situationId! });
    expect(await mer(m!)).toMatchObject({ issue: 'retenu', situationId: null });
  });

  test('non retenu : le motif est exigé, « autre » demande un commentaire ; le motif ne survit pas à un changement d’issue', async () => {
    const offre = await nouvelleOffre();
    const [m] = await proposer(offre, [elodie]);
    await refus(
      'misesEnRelation.enregistrerIssue',
      await entreeIssue(m!, { issue: 'non_retenu' }),
      "Saisie incomplète ou invalide, rien n'a été enregistré. Non retenu : indiquez le motif.",
      'entree_invalide',
    );
    await refus(
      'misesEnRelation.enregistrerIssue',
      await entreeIssue(m!, { issue: 'non_retenu', motifNonRetenu: 'autre' }),
      "Saisie incomplète ou invalide, rien n'a été enregistré. Motif « autre » : précisez-le dans le commentaire.",
      'entree_invalide',
    );
    await noterIssue(m!, { issue: 'non_retenu', motifNonRetenu: 'experience', issueLe: '2026-03-10' });
    expect(await mer(m!)).toMatchObject({
      issue: 'non_retenu',
      issueLe: '2026-03-10',
      motifNonRetenu: 'experience',
      situationId: null,
    });
    expect(await situations()).toEqual([]);
    await noterIssue(m!, { issue: 'desistement' });
    expect(await mer(m!)).toMatchObject({ issue: 'desistement', motifNonRetenu: null });
  });

  test('refus, rien d’écrit : issue datée dans le futur ou avant la mise en relation, début de contrat trop tôt, version dépassée', async () => {
    const offre = await nouvelleOffre();
    const [m] = await proposer(offre, [elodie], { date: '2026-03-05' });
    await refus(
      'misesEnRelation.enregistrerIssue',
      await entreeIssue(m!, { issueLe: '2026-03-11' }),
      "Issue datée du 11/03/2026, dans le futur : datez-la du jour où l'employeur ou le jeune a répondu.",
    );
    await refus(
      'misesEnRelation.enregistrerIssue',
      await entreeIssue(m!, { issueLe: '2026-03-04' }),
      "Issue datée du 04/03/2026, avant la mise en relation elle-même (05/03/2026) : corrigez la date de l'issue.",
    );
    await refus(
      'misesEnRelation.enregistrerIssue',
      await entreeIssue(m!, { debutContrat: '2026-03-01' }),
      'Début du contrat (01/03/2026) avant la mise en relation (05/03/2026) : corrigez la date de début.',
    );
    await refus(
      'misesEnRelation.enregistrerIssue',
      await entreeIssue(m!, { debutContrat: '2027-04-01' }),
      "Début du contrat le 01/04/2027, plus d'un an après aujourd'hui : vérifiez l'année (au plus tard le 10/03/2027).",
    );
    const perimee = await entreeIssue(m!, { issue: 'non_retenu', motifNonRetenu: 'profil' });
    b.horloge.avancer(10);
    await noterIssue(m!, { issue: 'desistement' });
    await refus(
      'misesEnRelation.enregistrerIssue',
      perimee,
      /^Sophie Morel a enregistré cette mise en relation le 10\/03\/2026 à 10 h 25, .*Rechargez la mise en relation, puis notez à nouveau son issue\.$/,
      'conflit',
    );
  });

  test('lier une situation : du même jeune, d’un type qui a un employeur, sans autre employeur ni autre mise en relation', async () => {
    const situation = async (jeuneId: number, autres: Record<string, unknown>) =>
      (
        await b.appeler('situations.enregistrer', {
          jeuneId,
          type: 'emploi',
          sousType: 'cdd',
          debut: '2026-03-09',
          ...autres,
        })
      ).id;
    const deLucas = await situation(lucas, {});
    const formation = await situation(elodie, { type: 'formation', sousType: 'qualifiante' });
    const auGarage = await situation(elodie, { entrepriseId: garage });
    const offre = await nouvelleOffre({ postes: 3 });
    const [m] = await proposer(offre, [elodie]);
    await refus(
      'misesEnRelation.enregistrerIssue',
      await entreeIssue(m!, { situationId: deLucas }),
      "Cette situation est celle d'un autre jeune : choisissez une situation du dossier d'Élodie Dupont, ou laissez le champ vide pour la créer.",
    );
    await refus(
      'misesEnRelation.enregistrerIssue',
      await entreeIssue(m!, { situationId: formation }),
      'Cette situation est « Formation » : une embauche se lie à un emploi, une alternance ou une immersion. Choisissez-en une autre, ou laissez le champ vide pour la créer.',
    );
    await refus(
      'misesEnRelation.enregistrerIssue',
      await entreeIssue(m!, { situationId: auGarage }),
      'Cette situation a pour employeur « Garage du Centre », pas « Boulangerie Martin » : choisissez la bonne situation, ou laissez le champ vide pour la créer.',
    );
    // A second offer of the same firm cannot take the situation another match holds.
    const libre = await situation(elodie, { sousType: 'interim' });
    await noterIssue(m!, { situationId: libre });
    const autreOffre = await nouvelleOffre({ intitule: 'Livreur' });
    const [m2] = await proposer(autreOffre, [elodie]);
    await refus(
      'misesEnRelation.enregistrerIssue',
      await entreeIssue(m2!, { situationId: libre }),
      "Cette situation est déjà liée à la mise en relation sur l'offre « Vendeur en boulangerie » : choisissez-en une autre, ou laissez le champ vide pour la créer.",
    );
  });

  test('avertit quand la situation créée chevauche un emploi ouvert du jeune', async () => {
    await b.appeler('situations.enregistrer', {
      jeuneId: elodie,
      type: 'emploi',
      sousType: 'interim',
      debut: '2026-01-05',
    });
    const offre = await nouvelleOffre({ postes: 2 });
    const [m] = await proposer(offre, [elodie]);
    const r = await noterIssue(m!);
    expect(r.avertissements).toEqual([
      'Une situation « Emploi » est déjà en cours depuis le 05/01/2026, sans fin réelle : si elle est terminée, indiquez sa fin réelle.',
    ]);
  });
});

describe('l’offre suit ses jeunes retenus', () => {
  test('pourvue quand les retenus atteignent les postes, au jour de l’issue ; rouverte quand l’un se retire', async () => {
    const offre = await nouvelleOffre({ postes: 2 });
    const [m1, m2] = await proposer(offre, [elodie, lucas], { date: '2026-03-02' });
    expect((await noterIssue(m1!, { issueLe: '2026-03-05' })).offreStatut).toBe('ouverte');
    const r = await noterIssue(m2!, { issueLe: '2026-03-06' });
    expect(r.offreStatut).toBe('pourvue');
    expect(r.avertissements).toContain(
      "2 jeunes retenus pour 2 postes : l'offre « Vendeur en boulangerie » est maintenant pourvue.",
    );
    expect(await lireOffre(offre)).toMatchObject({
      statut: 'pourvue',
      statutSaisi: 'pourvue',
      pourvueLe: '2026-03-06',
    });
    // No one is proposed on a filled offer any more.
    const troisieme = await creerJeune('Bernard', 'Inès');
    await refus(
      'misesEnRelation.proposer',
      { offreId: offre, jeuneIds: [troisieme] },
      /^L'offre « Vendeur en boulangerie » est pourvue depuis le 06\/03\/2026/,
    );

    const retrait = await noterIssue(m1!, { issue: 'desistement' });
    expect(retrait.offreStatut).toBe('ouverte');
    expect(retrait.avertissements).toEqual([
      "L'offre « Vendeur en boulangerie » est rouverte : 1 poste sur 2 à pourvoir.",
    ]);
    expect(await lireOffre(offre)).toMatchObject({ statut: 'ouverte', pourvueLe: null });
    expect(await proposer(offre, [troisieme])).toHaveLength(1);
  });

  test('une offre pourvue à la main avant d’avoir tous ses retenus n’est pas rouverte par un retrait', async () => {
    const offre = await nouvelleOffre({ postes: 2 });
    const [m] = await proposer(offre, [elodie]);
    await noterIssue(m!);
    await modifierOffre(offre, { statut: 'pourvue' });
    const r = await noterIssue(m!, { issue: 'non_retenu', motifNonRetenu: 'autre_candidat' });
    expect(r).toMatchObject({ offreStatut: 'pourvue', avertissements: [] });
  });

  test('rouverte mais passée sa date : elle se lit expirée, et le message le dit', async () => {
    const offre = await nouvelleOffre({ recueLe: '2026-01-05', dateLimite: '2026-03-10' });
    const [m] = await proposer(offre, [elodie]);
    await noterIssue(m!);
    b.horloge.regler('2026-03-12T09:15:00Z');
    const r = await noterIssue(m!, { issue: 'en_attente' });
    expect(r.offreStatut).toBe('expiree');
    expect(r.avertissements).toEqual([
      "L'offre « Vendeur en boulangerie » est rouverte : 1 poste sur 1 à pourvoir. Elle reste expirée (valable jusqu'au 10/03/2026) : reportez sa date limite si l'employeur recrute encore.",
    ]);
  });

  test('le nombre de postes ne descend pas sous les retenus ; une offre pleine ne se rouvre pas sans poste de plus', async () => {
    const offre = await nouvelleOffre({ postes: 2 });
    const [m1, m2] = await proposer(offre, [elodie, lucas]);
    await noterIssue(m1!);
    await noterIssue(m2!);
    const lue = await lireOffre(offre);
    const entree = (autres: Partial<SaisieOffre>) => ({
      entrepriseId: boulangerie,
      id: offre,
      modifieLeLu: lue.modifieLe,
      offre: saisieOffre({ postes: 2, statut: 'pourvue', ...autres }),
    });
    await refus(
      'offres.enregistrer',
      entree({ postes: 1 }),
      '2 jeunes déjà retenus sur cette offre : elle compte au moins 2 postes.',
    );
    await refus(
      'offres.enregistrer',
      entree({ statut: 'ouverte' }),
      "2 jeunes retenus pour 2 postes : l'offre est pourvue. Pour la rouvrir, augmentez le nombre de postes ; sinon, laissez-la « pourvue ».",
    );
    await b.appeler('offres.enregistrer', entree({ postes: 3, statut: 'ouverte' }));
    expect(await lireOffre(offre)).toMatchObject({ statut: 'ouverte', pourvueLe: null, postes: 3 });
  });
});

describe('supprimer', () => {
  test('une mise en relation en attente, avec son acte ; pas une fois son issue notée', async () => {
    const offre = await nouvelleOffre({ postes: 2 });
    const [m1, m2] = await proposer(offre, [elodie, lucas]);
    await noterIssue(m2!, { issue: 'non_retenu', motifNonRetenu: 'profil' });
    await refus(
      'misesEnRelation.supprimer',
      { id: m2 },
      "L'issue de cette mise en relation est notée (non retenu) : elle ne se supprime plus. Si elle a été saisie par erreur, remettez-la d'abord « en attente ».",
    );
    await b.appeler('misesEnRelation.supprimer', { id: m1! });
    expect((await lireOffre(offre)).liste.map((m) => m.id)).toEqual([m2]);
    expect(compter(sqlite(), `acte_service WHERE type = 'mise_en_relation'`)).toBe(1);
  });

  test('par son auteur ou la direction seulement', async () => {
    const offre = await nouvelleOffre();
    const [m] = await proposer(offre, [elodie]);
    await refus(
      'misesEnRelation.supprimer',
      { id: m },
      "Seul l'auteur de cette mise en relation (Sophie Morel) ou la direction peut la supprimer : demandez-leur de le faire.",
      'acces_refuse',
      b.sessionDe(claire),
    );
    await refus(
      'offres.supprimer',
      { id: offre },
      /^1 jeune a été proposé sur cette offre : elle ne se supprime plus\./,
      'regle_metier',
      b.sessionDe(claire),
    );
    expect((await b.brut('misesEnRelation.supprimer', { id: m }, b.sessionDe(karim))).ok).toBe(true);
  });

  test('une offre sans mise en relation, avec son acte et ses conseillers informés ; sinon, l’annuler', async () => {
    const offre = await nouvelleOffre({ conseillerIds: [claire] });
    const [m] = await proposer(offre, [elodie]);
    await noterIssue(m!, { issue: 'non_retenu', motifNonRetenu: 'profil' });
    await refus(
      'offres.supprimer',
      { id: offre },
      "1 jeune a été proposé sur cette offre : elle ne se supprime plus. Si l'employeur l'a retirée, passez-la au statut « annulée ».",
    );
    const vide = await nouvelleOffre({ intitule: 'Saisie en double', conseillerIds: [claire] });
    await refus(
      'offres.supprimer',
      { id: vide },
      "Seul l'auteur de cette offre (Sophie Morel) ou la direction peut la supprimer : demandez-leur de le faire.",
      'acces_refuse',
      b.sessionDe(claire),
    );
    await b.appeler('offres.supprimer', { id: vide });
    expect(compter(sqlite(), 'offre')).toBe(1);
    expect(compter(sqlite(), 'offre_diffusion')).toBe(1);
    expect(compter(sqlite(), `acte_service WHERE type = 'offre'`)).toBe(1);
  });
});

describe('trace des dossiers', () => {
  test('proposer, noter l’issue, supprimer et lire les mises en relation d’un jeune tracent son dossier ; l’offre, non', async () => {
    const offre = await nouvelleOffre({ postes: 2 });
    const depuis = dernierIdJournal(sqlite());
    const [m1, m2] = await proposer(offre, [elodie, lucas]);
    await noterIssue(m1!);
    await b.appeler('misesEnRelation.supprimer', { id: m2! });
    await b.appeler('misesEnRelation.duJeune', { jeuneId: elodie });
    expect(lignesJournal(sqlite(), depuis).map((l) => [l.methode, l.action, l.objet_id])).toEqual([
      ['misesEnRelation.proposer', 'modification', elodie],
      ['misesEnRelation.proposer', 'modification', lucas],
      ['misesEnRelation.enregistrerIssue', 'modification', elodie],
      ['misesEnRelation.supprimer', 'modification', lucas],
      ['misesEnRelation.duJeune', 'lecture', elodie],
    ]);
  });

  test('l’accueil n’a pas accès aux offres', async () => {
    const offre = await nouvelleOffre();
    const r = await b.brut('offres.lire', { id: offre }, b.sessionDe(lea));
    expect(r).toMatchObject({ ok: false, error: { code: 'acces_refuse' } });
  });
});
