import { describe, expect, test } from 'vitest';
import {
  contract,
  offreSaisieSchema,
  type MiseEnRelation,
  type Offre,
  type SituationJeune,
} from '../../src-main/contract';
import {
  accepteEntreprise,
  apresIssue,
  criteresOffres,
  debutAffiche,
  entreeIssue,
  entreeOffre,
  expirationPrevue,
  expireBientot,
  FILTRES_OFFRES,
  filtresOffresActifs,
  joursEntre,
  libelleContratOffre,
  libelleSituation,
  libelleSituationDuContrat,
  lienMisesEnRelationJeune,
  manquesIssue,
  raisonNonProposable,
  resumeMisesEnRelation,
  saisieIssue,
  saisieOffre,
  situationsLiables,
  texteExpiration,
  TYPES_AVEC_ENTREPRISE,
  type SaisieIssue,
} from '../../src-renderer/screens/entreprises/logiqueOffres';

const offre: Offre = {
  id: 7,
  entrepriseId: 3,
  entrepriseNom: 'Boulangerie Fabre',
  intitule: 'Vendeur en boulangerie',
  metier: 'Vente en alimentation',
  codeRome: 'D1106',
  typeContrat: 'cdd',
  dureeMois: 6,
  postes: 2,
  lieu: '12 rue des Alpes',
  codeInsee: '26362',
  commune: 'Valence',
  recueLe: '2026-03-02',
  dateLimite: null,
  description: 'Horaires du matin.',
  interlocuteur: 'Mme Fabre',
  statut: 'ouverte',
  statutSaisi: 'ouverte',
  expireLe: '2026-05-01',
  pourvueLe: null,
  conseillers: [{ id: 4, nom: 'Julie Reynaud' }],
  misesEnRelation: { total: 3, enAttente: 1, retenus: 1 },
  auteurId: 3,
  auteurNom: 'Nadia Chabert',
  modifieLe: '2026-03-02T09:00:00.000Z',
};

const mise: MiseEnRelation = {
  id: 21,
  offreId: 7,
  offreIntitule: 'Vendeur en boulangerie',
  typeContrat: 'cdd',
  entrepriseId: 3,
  entrepriseNom: 'Boulangerie Fabre',
  jeuneId: 12,
  jeuneNom: 'DUPONT Élodie',
  date: '2026-03-05',
  issue: 'en_attente',
  issueLe: null,
  motifNonRetenu: null,
  commentaire: null,
  situationId: null,
  auteurId: 4,
  auteurNom: 'Julie Reynaud',
  modifieLe: '2026-03-05T10:00:00.000Z',
};

function situation(p: Partial<SituationJeune> & Pick<SituationJeune, 'id'>): SituationJeune {
  return {
    jeuneId: 12,
    type: 'emploi',
    sousType: 'cdd',
    debut: '2026-01-05',
    finPrevue: null,
    finReelle: null,
    organisme: null,
    entrepriseId: null,
    entrepriseNom: null,
    miseEnRelationId: null,
    positionnementId: null,
    intitule: null,
    commentaire: null,
    emploiDurable: false,
    dureeMois: null,
    enCours: true,
    ...p,
  };
}

const issueInput = contract['misesEnRelation.enregistrerIssue'].input;

describe('labels', () => {
  test('a contract reads with its duration, a CDI without', () => {
    expect(libelleContratOffre('cdd', 6)).toBe('CDD · 6 mois');
    expect(libelleContratOffre('cdi', null)).toBe('CDI');
    expect(libelleContratOffre('apprentissage', 24)).toBe("Contrat d'apprentissage · 24 mois");
  });

  test('the situation a retained jeune enters is named as in the file', () => {
    expect(libelleSituationDuContrat('apprentissage')).toBe('Alternance · Apprentissage');
    expect(libelleSituationDuContrat('pmsmp')).toBe('Immersion · PMSMP');
    expect(libelleSituationDuContrat('interim')).toBe('Emploi · Intérim');
  });

  test('only a job, an alternance or an immersion names a firm of the portfolio', () => {
    expect([...TYPES_AVEC_ENTREPRISE].sort()).toEqual(['alternance', 'emploi', 'immersion']);
    expect(accepteEntreprise('emploi')).toBe(true);
    expect(accepteEntreprise('formation')).toBe(false);
    expect(accepteEntreprise('service_civique')).toBe(false);
    expect(accepteEntreprise(null)).toBe(false);
  });

  test('the matches of an offer are summed up in a few words', () => {
    expect(resumeMisesEnRelation({ total: 0, enAttente: 0, retenus: 0 })).toBe('Aucun jeune proposé');
    expect(resumeMisesEnRelation({ total: 1, enAttente: 1, retenus: 0 })).toBe('1 proposé · 1 en attente');
    expect(resumeMisesEnRelation({ total: 3, enAttente: 0, retenus: 2 })).toBe('3 proposés · 2 retenus');
  });

  test('a situation to link is told apart by its type, post, employer and dates', () => {
    expect(libelleSituation(situation({ id: 1, intitule: 'Vendeuse', organisme: 'Fabre', debut: '2026-03-09' }))).toBe(
      'Emploi · CDD, Vendeuse chez Fabre, depuis le 09/03/2026 (en cours)',
    );
    expect(
      libelleSituation(
        situation({ id: 2, sousType: null, finReelle: '2026-02-01', enCours: false, debut: '2025-11-03' }),
      ),
    ).toBe('Emploi, du 03/11/2025 au 01/02/2026');
  });

  test('the file opens on the matches tab, framing one', () => {
    expect(lienMisesEnRelationJeune(12)).toBe('#/dossier?jeune=12&onglet=mises-en-relation');
    expect(lienMisesEnRelationJeune(12, 21)).toBe('#/dossier?jeune=12&onglet=mises-en-relation&miseEnRelation=21');
  });
});

describe('expiry', () => {
  test('days are counted on the calendar, across months and the change of hour', () => {
    expect(joursEntre('2026-03-28', '2026-04-02')).toBe(5);
    expect(joursEntre('2026-10-24', '2026-10-26')).toBe(2);
    expect(joursEntre('2026-04-02', '2026-03-28')).toBe(-5);
  });

  test('the deadline wins; without it, the reception date plus the days of Paramètres', () => {
    expect(expirationPrevue('2026-03-02', '2026-03-20', 60)).toBe('2026-03-20');
    expect(expirationPrevue('2026-03-02', null, 60)).toBe('2026-05-01');
    expect(expirationPrevue('2026-12-15', null, 30)).toBe('2027-01-14');
    expect(expirationPrevue(null, null, 60)).toBeNull();
    expect(expirationPrevue('2026-03-02', null, null)).toBeNull();
  });

  test('the form tells when the offer will expire, from what is typed', () => {
    expect(texteExpiration('02/03/2026', '', 60)).toBe(
      'Vide : l’offre expirera le 01/05/2026 (60 jours après sa réception, réglé dans Paramètres).',
    );
    expect(texteExpiration('02/03/2026', '20/03/2026', 60)).toBe(
      'L’offre expirera le 20/03/2026 (date limite de l’employeur).',
    );
    expect(texteExpiration('02/03/2026', '', null)).toBe(
      'Vide : l’offre expirera selon le délai réglé dans Paramètres.',
    );
    // A reception date still being typed: the delay alone.
    expect(texteExpiration('02/03', '', 45)).toBe(
      'Vide : l’offre expirera 45 jours après sa réception (réglé dans Paramètres).',
    );
  });

  test('an open offer expiring within 7 days is highlighted; not later, not once past or closed', () => {
    expect(expireBientot({ statut: 'ouverte', expireLe: '2026-03-17' }, '2026-03-10')).toBe(true);
    expect(expireBientot({ statut: 'ouverte', expireLe: '2026-03-10' }, '2026-03-10')).toBe(true);
    expect(expireBientot({ statut: 'ouverte', expireLe: '2026-03-18' }, '2026-03-10')).toBe(false);
    expect(expireBientot({ statut: 'expiree', expireLe: '2026-03-09' }, '2026-03-10')).toBe(false);
    expect(expireBientot({ statut: 'pourvue', expireLe: '2026-03-12' }, '2026-03-10')).toBe(false);
  });

  test('jeunes are proposed only on an offer that reads « ouverte », and the page says why not', () => {
    expect(raisonNonProposable(offre)).toBeNull();
    expect(raisonNonProposable({ statut: 'pourvue', expireLe: offre.expireLe })).toMatch(/^Offre pourvue/);
    expect(raisonNonProposable({ statut: 'annulee', expireLe: offre.expireLe })).toMatch(/^Offre annulée/);
    expect(raisonNonProposable({ statut: 'expiree', expireLe: '2026-05-01' })).toBe(
      'Offre expirée le 01/05/2026 : repoussez sa date limite (« Modifier ») pour y proposer des jeunes.',
    );
  });
});

describe('the offers list', () => {
  test('by default the open offers; « tous les statuts » asks for every one', () => {
    const parse = (c: unknown) => contract['offres.rechercher'].input.parse(c);
    expect(parse(criteresOffres(FILTRES_OFFRES, '  vendeur '))).toMatchObject({
      texte: 'vendeur',
      statuts: ['ouverte'],
      typesContrat: [],
      transmisesAMoi: false,
    });
    const tous = parse(
      criteresOffres({ ...FILTRES_OFFRES, statut: null, typeContrat: 'apprentissage', transmisesAMoi: true }, ''),
    );
    expect(tous.statuts).toEqual(['ouverte', 'pourvue', 'annulee', 'expiree']);
    expect(tous.typesContrat).toEqual(['apprentissage']);
    expect(tous.transmisesAMoi).toBe(true);
  });

  test('the default filters are not « active »; any other choice is', () => {
    expect(filtresOffresActifs(FILTRES_OFFRES)).toBe(false);
    expect(filtresOffresActifs({ ...FILTRES_OFFRES, texte: 'boulanger' })).toBe(false);
    expect(filtresOffresActifs({ ...FILTRES_OFFRES, statut: null })).toBe(true);
    expect(filtresOffresActifs({ ...FILTRES_OFFRES, codeInsee: '26362' })).toBe(true);
  });
});

describe('the offer form', () => {
  test('a new offer is received today, one position, open', () => {
    const s = saisieOffre(null, '2026-03-10');
    expect(s).toMatchObject({ recueLe: '10/03/2026', postes: '1', statut: 'ouverte', typeContrat: null });
    // Nothing chosen: the contract's own message, under the field.
    const r = offreSaisieSchema.safeParse(entreeOffre({ ...s, intitule: 'Serveur' }));
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['typeContrat', 'Type de contrat : choisissez dans la liste.'],
    ]);
  });

  test('an offer read back is sent unchanged, with its typed status and its conseillers', () => {
    const r = offreSaisieSchema.parse(entreeOffre(saisieOffre({ ...offre, statut: 'expiree' }, '2026-06-01')));
    expect(r).toEqual({
      intitule: 'Vendeur en boulangerie',
      metier: 'Vente en alimentation',
      codeRome: 'D1106',
      typeContrat: 'cdd',
      dureeMois: 6,
      postes: 2,
      lieu: '12 rue des Alpes',
      codeInsee: '26362',
      commune: 'Valence',
      recueLe: '2026-03-02',
      dateLimite: null,
      description: 'Horaires du matin.',
      interlocuteur: 'Mme Fabre',
      statut: 'ouverte',
      conseillerIds: [4],
    });
  });

  test('a CDI carries no duration; empty positions are one; dates typed JJ/MM/AAAA', () => {
    const s = {
      ...saisieOffre(null, '2026-03-10'),
      intitule: 'Agent d’entretien',
      typeContrat: 'cdi' as const,
      dureeMois: '12',
      postes: ' ',
      dateLimite: '31/03/2026',
    };
    expect(offreSaisieSchema.parse(entreeOffre(s))).toMatchObject({
      dureeMois: null,
      postes: 1,
      recueLe: '2026-03-10',
      dateLimite: '2026-03-31',
    });
  });

  test('a wrong ROME code and a duration in words: each message under its field', () => {
    const s = { ...saisieOffre(offre, '2026-03-10'), codeRome: 'z12', dureeMois: 'six' };
    const r = offreSaisieSchema.safeParse(entreeOffre(s));
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['codeRome', 'Code ROME : une lettre et 4 chiffres attendus (ex. G1602).'],
      ['dureeMois', 'Durée : un nombre de mois.'],
    ]);
  });

  test('a deadline before the reception is refused on the deadline', () => {
    const r = offreSaisieSchema.safeParse(
      entreeOffre({ ...saisieOffre(offre, '2026-03-10'), dateLimite: '01/03/2026' }),
    );
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['dateLimite', 'Date limite : elle ne peut pas précéder la réception de l’offre.'],
    ]);
  });
});

describe('the outcome of a match', () => {
  const saisie = (p: Partial<SaisieIssue>): SaisieIssue => ({ ...saisieIssue(mise, '2026-03-10'), ...p });

  test('a match waiting for an answer opens with no outcome chosen, dated today', () => {
    expect(saisieIssue(mise, '2026-03-10')).toEqual({
      issue: null,
      issueLe: '10/03/2026',
      motifNonRetenu: null,
      commentaire: '',
      debutContrat: null,
      lier: false,
      situationId: null,
    });
    expect(manquesIssue(saisie({}))).toEqual({ issue: 'Choisissez l’issue de la mise en relation.' });
  });

  test('an outcome already noted opens as it was', () => {
    const s = saisieIssue(
      { ...mise, issue: 'non_retenu', issueLe: '2026-03-08', motifNonRetenu: 'mobilite', commentaire: 'Pas de bus' },
      '2026-03-10',
    );
    expect(s).toMatchObject({ issue: 'non_retenu', issueLe: '08/03/2026', motifNonRetenu: 'mobilite' });
  });

  test('the contract starts on the outcome’s day until another date is typed', () => {
    expect(debutAffiche(saisie({ issueLe: '12/03/2026' }))).toBe('12/03/2026');
    expect(debutAffiche(saisie({ issueLe: '12/03/2026', debutContrat: '16/03/2026' }))).toBe('16/03/2026');
  });

  test('retained: creates the situation from the typed first day', () => {
    const e = entreeIssue({ ...saisie({ debutContrat: '16/03/2026' }), issue: 'retenu' }, mise);
    expect(issueInput.parse(e)).toEqual({
      id: 21,
      issue: 'retenu',
      issueLe: '2026-03-10',
      motifNonRetenu: null,
      commentaire: null,
      debutContrat: '2026-03-16',
      situationId: null,
      modifieLeLu: mise.modifieLe,
    });
    // Not typed: the main process takes the outcome's date.
    expect(entreeIssue({ ...saisie({}), issue: 'retenu' }, mise)).not.toHaveProperty('debutContrat');
  });

  test('retained by linking: a situation must be chosen, and then no first day is sent', () => {
    expect(manquesIssue(saisie({ issue: 'retenu', lier: true }))).toEqual({
      situationId: 'Choisissez la situation à lier, ou créez-en une.',
    });
    const e = entreeIssue(
      { ...saisie({ lier: true, situationId: 40, debutContrat: '16/03/2026' }), issue: 'retenu' },
      mise,
    );
    expect(e.situationId).toBe(40);
    expect(e).not.toHaveProperty('debutContrat');
  });

  test('not retained: the motif is sent, and « autre » needs the comment (the contract’s message)', () => {
    const sans = issueInput.safeParse(entreeIssue({ ...saisie({}), issue: 'non_retenu' }, mise));
    expect(sans.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['motifNonRetenu', 'Non retenu : indiquez le motif.'],
    ]);
    const autre = issueInput.safeParse(
      entreeIssue({ ...saisie({ motifNonRetenu: 'autre' }), issue: 'non_retenu' }, mise),
    );
    expect(autre.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['commentaire', 'Motif « autre » : précisez-le dans le commentaire.'],
    ]);
    const ok = issueInput.parse(
      entreeIssue({ ...saisie({ motifNonRetenu: 'autre', commentaire: 'Horaires' }), issue: 'non_retenu' }, mise),
    );
    expect(ok).toMatchObject({ motifNonRetenu: 'autre', commentaire: 'Horaires', situationId: null });
  });

  test('a motif chosen then left for another outcome is not sent; « en attente » has no date', () => {
    const e = entreeIssue(
      { ...saisie({ motifNonRetenu: 'profil', lier: true, situationId: 40 }), issue: 'desistement' },
      mise,
    );
    expect(e).toMatchObject({ motifNonRetenu: null, situationId: null, issueLe: '2026-03-10' });
    const attente = entreeIssue({ ...saisie({}), issue: 'en_attente' }, mise);
    expect(attente).not.toHaveProperty('issueLe');
    expect(issueInput.safeParse(attente).success).toBe(true);
  });
});

describe('situations a retained match may link', () => {
  test('the contract’s situation type only, naming no other firm, not another match’s; in progress first', () => {
    const liste = [
      situation({ id: 1, debut: '2025-06-01', enCours: false, finReelle: '2025-09-30' }),
      situation({ id: 2, type: 'formation', sousType: null }),
      situation({ id: 3, entrepriseId: 9, entrepriseNom: 'Autre SARL' }),
      situation({ id: 4, miseEnRelationId: 99 }),
      situation({ id: 5, entrepriseId: 3, debut: '2026-02-01' }),
      situation({ id: 6, miseEnRelationId: 21, debut: '2025-12-01' }),
      situation({ id: 7, type: 'alternance', sousType: 'apprentissage' }),
    ];
    expect(situationsLiables(liste, mise).map((s) => s.id)).toEqual([5, 6, 1]);
    expect(situationsLiables(liste, { ...mise, typeContrat: 'professionnalisation' }).map((s) => s.id)).toEqual([7]);
    expect(situationsLiables(liste, { ...mise, typeContrat: 'stage' })).toEqual([]);
  });
});

describe('what is said after an outcome', () => {
  const r = { situationId: 50, avertissements: [] };

  test('retained: the situation created in the jeune’s file, with the way to it', () => {
    expect(apresIssue(mise, { issue: 'retenu', situationId: null }, r)).toEqual({
      message: 'Situation créée dans le dossier de DUPONT Élodie (Emploi · CDD).',
      gravite: 'success',
      situationDe: { jeuneId: 12, jeuneNom: 'DUPONT Élodie' },
    });
    expect(apresIssue(mise, { issue: 'retenu', situationId: 40 }, { ...r, situationId: 40 }).message).toBe(
      'Retenu : situation existante liée dans le dossier de DUPONT Élodie.',
    );
  });

  test('the words of the main process (offer filled, overlap) follow, as a warning', () => {
    const a = apresIssue(
      mise,
      { issue: 'retenu', situationId: null },
      {
        ...r,
        avertissements: ['2 jeunes retenus pour 2 postes : l’offre « Vendeur en boulangerie » est maintenant pourvue.'],
      },
    );
    expect(a.message).toBe(
      'Situation créée dans le dossier de DUPONT Élodie (Emploi · CDD). 2 jeunes retenus pour 2 postes : l’offre « Vendeur en boulangerie » est maintenant pourvue.',
    );
    expect(a.gravite).toBe('warning');
  });

  test('leaving « retenu » says the situation goes; another outcome just says it', () => {
    const retenu = { ...mise, issue: 'retenu' as const, situationId: 50 };
    const a = apresIssue(retenu, { issue: 'desistement', situationId: null }, { ...r, situationId: null });
    expect(a.message).toMatch(/^Issue notée : Désistement\. Dossier de DUPONT Élodie : la situation créée/);
    expect(a.situationDe).toEqual({ jeuneId: 12, jeuneNom: 'DUPONT Élodie' });
    const b = apresIssue(mise, { issue: 'non_retenu', situationId: null }, { ...r, situationId: null });
    expect(b).toEqual({
      message: 'Issue notée pour DUPONT Élodie : Non retenu.',
      gravite: 'success',
      situationDe: null,
    });
  });
});
