import { describe, expect, test } from 'vitest';
import {
  partenaireSaisieSchema,
  serviceSaisieSchema,
  type Commune,
  type Partenaire,
  type RapportImport,
} from '../../src-main/contract';
import {
  champsModifies,
  codeZoneSaisi,
  communesCorrespondantes,
  criteresDe,
  entreePartenaire,
  etatConvention,
  FILTRES_VIDES,
  fichesAEcrire,
  fichesValides,
  filtresActifs,
  libelleZone,
  messagesHorsChamps,
  messagesParChamp,
  reporterModifications,
  resumeImport,
  saisiePartenaire,
  saisieService,
  zonesProposees,
} from '../../src-renderer/screens/annuaire/logique';

const communes: Commune[] = [
  { insee: '26362', nom: 'Valence', codePostal: '26000', qpv: true, zrr: false },
  { insee: '26281', nom: 'Romans-sur-Isère', codePostal: '26100', qpv: false, zrr: false },
  { insee: '07010', nom: 'Annonay', codePostal: '07100', qpv: false, zrr: false },
];

const partenaire: Partenaire = {
  id: 4,
  nom: 'Habitat Jeunes Valence',
  type: 'logement',
  siret: null,
  description: null,
  thematiques: ['logement-hebergement'],
  adresse: '12 rue Faventines',
  complementAdresse: null,
  codePostal: '26000',
  codeInsee: '26362',
  commune: 'Valence',
  telephone: '0475000000',
  email: null,
  siteWeb: null,
  horaires: null,
  contacts: [{ id: 1, nom: 'Inès Morel', fonction: 'Directrice', telephone: null, email: 'ines@hj.fr' }],
  college: null,
  representant: null,
  notes: null,
  actif: true,
  source: 'tremplin',
  dateMaj: '2026-03-01',
  services: [],
  permanences: [],
  conventions: [],
  orientations: { total: 0, parStatut: [] },
  modifieLe: '2026-03-01T10:00:00.000Z',
};

describe('Annuaire : la recherche', () => {
  test('sans filtre, la recherche liste les partenaires actifs ; chaque filtre choisi devient un critère', () => {
    expect(criteresDe(FILTRES_VIDES, '')).toEqual({
      texte: '',
      types: [],
      thematiques: [],
      publics: [],
      codeInsee: null,
      college: null,
      inclureInactifs: false,
      limite: 100,
    });
    const f = {
      ...FILTRES_VIDES,
      thematique: 'logement-hebergement--mal-loges-sans-logis' as const,
      public: 'jeunes' as const,
      codeInsee: '26362',
      type: 'logement' as const,
    };
    expect(criteresDe(f, '  foyer ')).toMatchObject({
      texte: 'foyer',
      types: ['logement'],
      thematiques: ['logement-hebergement--mal-loges-sans-logis'],
      publics: ['jeunes'],
      codeInsee: '26362',
    });
  });

  test('« Effacer les filtres » est proposé dès qu’un filtre (pas le texte) restreint la liste', () => {
    expect(filtresActifs({ ...FILTRES_VIDES, texte: 'mission' })).toBe(false);
    expect(filtresActifs({ ...FILTRES_VIDES, inclureInactifs: true })).toBe(true);
    expect(filtresActifs({ ...FILTRES_VIDES, college: 'elus' })).toBe(true);
  });
});

describe('Annuaire : communes et zones d’éligibilité', () => {
  test('une commune se trouve par son nom (sans accents ni majuscules), son code postal ou son code, les débuts de nom d’abord', () => {
    const noms = (t: string) => communesCorrespondantes(communes, t).map((c) => c.nom);
    expect(noms('romans-sur-isere')).toEqual(['Romans-sur-Isère']);
    expect(noms('26')).toEqual(['Romans-sur-Isère', 'Valence']);
    expect(noms('07100')).toEqual(['Annonay']);
    expect(noms('')).toEqual(['Annonay', 'Romans-sur-Isère', 'Valence']);
    expect(noms('Lyon')).toEqual([]);
    const autour = [
      ...communes,
      { insee: '26058', nom: 'Bourg-lès-Valence', codePostal: '26500', qpv: false, zrr: false },
    ];
    expect(communesCorrespondantes(autour, 'valen').map((c) => c.nom)).toEqual(['Valence', 'Bourg-lès-Valence']);
  });

  test('une zone est un code de commune, de département, d’EPCI ou « france » ; le reste est refusé', () => {
    expect(codeZoneSaisi('26')).toBe('26');
    expect(codeZoneSaisi('2b')).toBe('2B');
    expect(codeZoneSaisi('France')).toBe('france');
    expect(codeZoneSaisi('200068781')).toBe('200068781');
    expect(codeZoneSaisi('2600')).toBeNull();
    expect(codeZoneSaisi('Drôme')).toBeNull();
  });

  test('les zones se lisent en clair, et la liste propose la France, les départements puis les communes', () => {
    expect(libelleZone('26362', communes)).toBe('Valence (26362)');
    expect(libelleZone('38185', communes)).toBe('Commune 38185');
    expect(libelleZone('26', communes)).toBe('Département 26');
    expect(libelleZone('974', communes)).toBe('Département 974');
    expect(libelleZone('200068781', communes)).toBe('EPCI 200068781');
    expect(libelleZone('france', communes)).toBe('France entière');
    expect(zonesProposees(communes)).toEqual(['france', '07', '26', '07010', '26281', '26362']);
  });
});

describe('Annuaire : les formulaires', () => {
  test('une fiche relue puis renvoyée sans changement passe le contrat telle quelle', () => {
    const s = saisiePartenaire(partenaire);
    const r = partenaireSaisieSchema.safeParse(entreePartenaire(s));
    expect(r.success).toBe(true);
    expect(r.data).toMatchObject({ nom: 'Habitat Jeunes Valence', siret: null, codeInsee: '26362' });
    expect(r.data?.contacts).toEqual([
      { nom: 'Inès Morel', fonction: 'Directrice', telephone: null, email: 'ines@hj.fr' },
    ]);
  });

  test('une ligne de contact laissée vide est ignorée ; une ligne commencée doit avoir un nom', () => {
    const s = { ...saisiePartenaire(partenaire), contacts: [{ nom: '', fonction: '', telephone: '', email: '' }] };
    expect(partenaireSaisieSchema.parse(entreePartenaire(s)).contacts).toEqual([]);
    const commencee = { ...s, contacts: [{ nom: '', fonction: 'Accueil', telephone: '', email: '' }] };
    const r = partenaireSaisieSchema.safeParse(entreePartenaire(commencee));
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['contacts', 0, 'nom']);
  });

  test('un nouveau partenaire sans type (code postal laissé vide) est refusé avec le message du contrat, sous le champ « type »', () => {
    const r = partenaireSaisieSchema.safeParse(entreePartenaire({ ...saisiePartenaire(), nom: 'Mission Santé' }));
    const champs = messagesParChamp(
      (r.error?.issues ?? []).map((i) => ({ champ: i.path.join('.'), message: i.message })),
      '',
    );
    expect(champs).toEqual({ type: 'Type de partenaire : choisissez dans la liste.' });
  });

  test('un nouveau service vide part tel quel au contrat, qui ne demande que le nom', () => {
    const r = serviceSaisieSchema.safeParse(saisieService());
    expect(r.success).toBe(false);
    expect(new Set(r.error?.issues.map((i) => i.path.join('.')))).toEqual(new Set(['nom']));
    const ok = serviceSaisieSchema.parse({
      ...saisieService(),
      nom: 'Hébergement temporaire',
      zoneEligibilite: ['26'],
    });
    expect(ok).toMatchObject({ nom: 'Hébergement temporaire', type: null, frais: null, zoneEligibilite: ['26'] });
  });

  test('les refus du processus principal vont sous leurs champs, préfixe de l’objet envoyé retiré', () => {
    const m = messagesParChamp(
      [
        { champ: 'partenaire.siret', message: 'SIRET : 14 chiffres attendus.' },
        { champ: 'partenaire.contacts.1.email', message: 'E-mail invalide.' },
        { champ: 'modifieLeLu', message: 'Version inconnue.' },
      ],
      'partenaire',
    );
    expect(m).toEqual({
      siret: 'SIRET : 14 chiffres attendus.',
      'contacts.1.email': 'E-mail invalide.',
      modifieLeLu: 'Version inconnue.',
    });
    // Only the message no field shows is repeated at the bottom of the form.
    expect(messagesHorsChamps(m, ['siret', 'contacts'])).toEqual(['Version inconnue.']);
  });

  test('enregistrée entre-temps par un autre : les champs changés ici passent sur sa version, le reste est gardé', () => {
    const base = saisiePartenaire(partenaire);
    const saisie = {
      ...base,
      telephone: '0475111111',
      contacts: [...base.contacts, { nom: 'Paul', fonction: '', telephone: '', email: '' }],
    };
    const recente = { ...base, notes: 'Fermé en août', telephone: '0475222222' };
    expect(champsModifies(base, saisie)).toEqual(['telephone', 'contacts']);
    const r = reporterModifications(base, saisie, recente);
    expect(r.telephone).toBe('0475111111');
    expect(r.contacts.map((c) => c.nom)).toEqual(['Inès Morel', 'Paul']);
    expect(r.notes).toBe('Fermé en août');
  });
});

describe('Annuaire : conventions et import', () => {
  test('une convention dit son échéance : échue, à renouveler, ou son terme', () => {
    expect(etatConvention({ expireLe: null, joursRestants: null, aRenouveler: false })).toBe('Sans échéance');
    expect(etatConvention({ expireLe: '2026-02-28', joursRestants: -3, aRenouveler: true })).toBe(
      'Échue depuis le 28/02/2026',
    );
    expect(etatConvention({ expireLe: '2026-03-04', joursRestants: 1, aRenouveler: true })).toBe(
      'Échéance dans 1 jour (04/03/2026)',
    );
    expect(etatConvention({ expireLe: '2026-12-31', joursRestants: 300, aRenouveler: false })).toBe(
      "Jusqu'au 31/12/2026",
    );
  });

  test('le rapport d’import compte les fiches valides, celles à écrire, et se résume en une phrase', () => {
    const r: RapportImport = {
      structures: { crees: 2, misAJour: 1, inchanges: 3 },
      services: { crees: 1, misAJour: 0, inchanges: 0 },
      refus: [
        {
          position: 'services[3]',
          genre: 'service',
          identifiant: 's3',
          nom: 'Atelier',
          raisons: ['Thématique inconnue.'],
        },
      ],
      ecrit: false,
    };
    expect(fichesValides(r)).toBe(7);
    expect(fichesAEcrire(r)).toBe(4);
    expect(resumeImport(r)).toBe(
      'Partenaires : 2 créés, 1 mis à jour, 3 inchangés ; services : 1 créé, 0 mis à jour, 0 inchangé ; 1 fiche refusée.',
    );
  });
});
