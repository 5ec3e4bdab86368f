import type { Application } from '../../src-main/host/application';
import { nouvelleSession } from '../../src-main/host/sessions';
import { clientDe, INSTALLATION_DE_TEST } from '../fixtures/installation';
import { COMPTES } from './comptes';

/**
 * The fixed "today" of the path journey: Monday 16 March 2026, 10:00 in Paris. The main process
 * and the page both read it, so the alerts of the portfolio are the same every run.
 */
export const AUJOURDHUI_PARCOURS = new Date('2026-03-16T09:00:00.000Z');
export const AUJOURDHUI_PARCOURS_FR = '16/03/2026';

/** Jeunes of Claire Fabre's portfolio written before the journey, each raising known alerts. */
export const PORTEFEUILLE = {
  /** Seen once at the desk in December, never since: "sans contact". */
  sansContact: { nomNaissance: 'Girard', prenoms: 'Noah', dateNaissance: '2005-02-17', sexe: 'M' },
  /**
   * In a CEJ since October, still in the orientation séquence (beyond 4 months), ending on
   * 3 April, no solution since October's premier accueil; phoned last week.
   */
  finDeParcours: { nomNaissance: 'Moreau', prenoms: 'Inès', dateNaissance: '2004-06-30', sexe: 'F' },
} as const;

/**
 * Jeunes of the employer portfolio journey, followed by nobody in particular so that Claire
 * Fabre's portfolio and its alerts stay as above.
 */
export const JEUNES_ENTREPRISES = {
  /** Apprentice since September 2024; the contract ends on 30 April 2026, within the 60 days of the to-do. */
  alternant: { nomNaissance: 'Petit', prenoms: 'Lucas', dateNaissance: '2006-05-11', sexe: 'M' },
  /** Both proposed on the bakery's offer: one retained, the other not. */
  retenue: { nomNaissance: 'Roussel', prenoms: 'Emma', dateNaissance: '2005-09-23', sexe: 'F' },
  nonRetenu: { nomNaissance: 'Lambert', prenoms: 'Hugo', dateNaissance: '2004-12-02', sexe: 'M' },
} as const;
/**
 * The training journey: a training body of the directory, and three jeunes to position on its
 * action (two retained, one not), followed by nobody in particular.
 */
export const ORGANISME_FORMATION = 'AFPA Valence';
export const JEUNES_FORMATION = {
  retenue: { nomNaissance: 'Garnier', prenoms: 'Chloé', dateNaissance: '2005-03-14', sexe: 'F' },
  retenu: { nomNaissance: 'Bertrand', prenoms: 'Tom', dateNaissance: '2004-10-07', sexe: 'M' },
  nonRetenu: { nomNaissance: 'Lemaire', prenoms: 'Sacha', dateNaissance: '2006-01-29', sexe: 'M' },
} as const;

export const FIN_ALTERNANCE = { date: '2026-04-30', fr: '30/04/2026', employeur: 'Garage du Centre' } as const;

/** Writes Claire Fabre's portfolio through the dispatcher, as the administrator would. */
export async function preparerPortefeuille(app: Application): Promise<void> {
  const admin = clientDe(app, nouvelleSession('preparation-parcours'));
  const ouverte = await admin('session.ouvrir', {
    identifiant: COMPTES.administrateur.identifiant,
    motDePasse: COMPTES.administrateur.motDePasse,
  });
  if (ouverte.statut !== 'ouverte') throw new Error(`Préparation : ${ouverte.message}`);
  const comptes = await admin('comptes.lister', {});
  const fabre = comptes.find((c) => c.identifiant === COMPTES.conseillere.identifiant);
  if (!fabre) throw new Error('Claire Fabre absente de l’installation de test.');
  const { sites } = await admin('structure.lire', {});
  const siege = sites.find((s) => s.nom === INSTALLATION_DE_TEST.sites[0]?.nom);
  if (!siege) throw new Error('Siège absent de l’installation de test.');

  const accueillir = async (jeuneId: number, date: string) =>
    admin('accueils.enregistrer', {
      jeuneId,
      date,
      heure: '10:00',
      siteId: siege.id,
      canal: 'physique',
      motifs: ['emploi'],
      reponse: 'information',
    });

  const girard = await admin('jeunes.creer', { ...PORTEFEUILLE.sansContact, communeInsee: '26281' });
  await admin('jeunes.designerReferent', { jeuneId: girard.id, conseillerId: fabre.id });
  await accueillir(girard.id, '2025-12-01');

  const moreau = await admin('jeunes.creer', { ...PORTEFEUILLE.finDeParcours, communeInsee: '26281' });
  await admin('jeunes.designerReferent', { jeuneId: moreau.id, conseillerId: fabre.id });
  await accueillir(moreau.id, '2025-10-06');
  const diagnostic = await admin('diagnostics.enregistrer', {
    jeuneId: moreau.id,
    date: '2025-10-13',
    dimensions: [{ dimension: 'emploi', situation: 'Sans emploi depuis la sortie du lycée', frein: false }],
    conclusion: { conclusion: 'parcours', date: '2025-10-13', typeParcoursPropose: 'cej' },
  });
  await admin('parcours.ouvrir', {
    jeuneId: moreau.id,
    typeCode: 'cej',
    signatureDate: '2025-10-20',
    debut: '2025-10-20',
    finPrevue: '2026-04-03',
    referentId: fabre.id,
    objectifs: 'Trouver une formation qualifiante en logistique',
    sequences: [{ type: 'orientation', debut: '2025-10-20' }],
    diagnosticId: diagnostic.id,
  });
  await admin('evenements.creer', {
    jeuneId: moreau.id,
    date: '2026-03-10',
    type: 'contact_telephonique',
    modalite: 'distance',
    themes: ['formation'],
    note: 'Point sur les candidatures en formation logistique',
  });

  const alternant = await admin('jeunes.creer', { ...JEUNES_ENTREPRISES.alternant, communeInsee: '26281' });
  await accueillir(alternant.id, '2024-06-10');
  await admin('situations.enregistrer', {
    jeuneId: alternant.id,
    type: 'alternance',
    sousType: 'apprentissage',
    debut: '2024-09-02',
    finPrevue: FIN_ALTERNANCE.date,
    organisme: FIN_ALTERNANCE.employeur,
    intitule: 'CAP maintenance des véhicules',
  });
  for (const jeune of [JEUNES_ENTREPRISES.retenue, JEUNES_ENTREPRISES.nonRetenu]) {
    const { id } = await admin('jeunes.creer', { ...jeune, communeInsee: '26281' });
    await accueillir(id, '2026-02-02');
  }
  await admin('partenaires.creer', {
    nom: ORGANISME_FORMATION,
    type: 'organisme_formation',
    codeInsee: '26362',
    commune: 'Valence',
    thematiques: [],
  });
  for (const jeune of Object.values(JEUNES_FORMATION)) {
    const { id } = await admin('jeunes.creer', { ...jeune, communeInsee: '26281' });
    await accueillir(id, '2026-01-12');
  }
  await admin('session.fermer', {});
}
