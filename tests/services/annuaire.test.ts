import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Contract, InputOf } from '../../src-main/contract';
import { banc, installer, type Banc } from '../aide';
import { instantane } from '../fixtures/journal';

let b: Banc;
let lieux: Awaited<ReturnType<typeof installer>>;

const sqlite = () => b.app.base.sqlite;

beforeEach(async () => {
  // Tuesday 10 March 2026, 10:15 in Paris: "today" is 2026-03-10.
  b = banc({ maintenant: '2026-03-10T09:15:00Z' });
  lieux = await installer(b);
});

afterEach(() => b.app.fermer());

const SIRET_MAISON = '13000250068124';
const SIRET_AUTRE = '13000250175176';

type SaisiePartenaire = InputOf<Contract, 'partenaires.creer'>;
type SaisieService = InputOf<Contract, 'services.enregistrer'>['service'];

function partenaire(autres: Partial<SaisiePartenaire> = {}): SaisiePartenaire {
  return {
    nom: 'Maison de l’habitat jeunes',
    type: 'logement',
    siret: SIRET_MAISON,
    thematiques: ['logement-hebergement--etre-accompagne-pour-se-loger'],
    adresse: '4 rue des Tanneurs',
    codePostal: '26100',
    codeInsee: '26281',
    commune: 'Romans-sur-Isère',
    telephone: '04 75 00 00 01',
    email: 'Contact@Habitat-Jeunes.fr',
    contacts: [
      { nom: 'Inès Garnier', fonction: 'Chargée d’accueil', telephone: '04 75 00 00 02' },
      { nom: 'Paul Martin', fonction: null },
    ],
    ...autres,
  };
}

async function creerPartenaire(autres: Partial<SaisiePartenaire> = {}) {
  return (await b.appeler('partenaires.creer', partenaire(autres))).id;
}

async function creerService(partenaireId: number, service: Partial<SaisieService> = {}) {
  return (
    await b.appeler('services.enregistrer', {
      partenaireId,
      service: { nom: 'Accompagnement logement', ...service },
    })
  ).id;
}

const TABLES = [
  'partenaire',
  'partenaire_contact',
  'service_partenaire',
  'permanence_partenaire',
  'convention_partenaire',
  'journal_acces',
];
const etat = () => TABLES.map((t) => instantane(sqlite(), t));

let numero = 0;

/** An orientation to the partner (or one of its services), written as the orientations area would. */
async function orientation(partenaireId: number, serviceId: number | null = null, statut = 'proposee') {
  const jeune = await b.appeler('jeunes.creer', {
    nomNaissance: 'Dupont',
    prenoms: `Léa${++numero}`,
    dateNaissance: '2006-04-12',
    sexe: 'F',
    confirmeMalgreRessemblants: true,
  });
  sqlite()
    .prepare(
      `INSERT INTO orientation (jeune_id, partenaire_id, service_id, date, motif, origine, statut, cree_le, modifie_le)
       VALUES (?, ?, ?, '2026-03-01', 'Logement', 'dossier', ?, '2026-03-01T10:00:00Z', '2026-03-01T10:00:00Z')`,
    )
    .run(jeune.id, partenaireId, serviceId, statut);
}

/** The refusal of a call, and proof that nothing was written. */
async function refus(methode: string, entree: unknown) {
  const avant = etat();
  const r = await b.brut(methode, entree);
  if (r.ok) throw new Error(`${methode} aurait dû être refusé`);
  expect(etat()).toEqual(avant);
  return r.error;
}

describe('fiche partenaire', () => {
  test('création : identité data·inclusion, date de mise à jour, contacts dans l’ordre, tout relu', async () => {
    const id = await creerPartenaire();
    const ligne = sqlite().prepare('SELECT source, source_id, date_maj FROM partenaire WHERE id = ?').get(id) as {
      source: string;
      source_id: string;
      date_maj: string;
    };
    expect(ligne.source).toBe('tremplin');
    expect(ligne.source_id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(ligne.date_maj).toBe('2026-03-10');

    const p = await b.appeler('partenaires.lire', { id });
    expect(p).toMatchObject({
      nom: 'Maison de l’habitat jeunes',
      type: 'logement',
      siret: SIRET_MAISON,
      codeInsee: '26281',
      telephone: '0475000001',
      email: 'contact@habitat-jeunes.fr',
      actif: true,
      source: 'tremplin',
      dateMaj: '2026-03-10',
      services: [],
      permanences: [],
      conventions: [],
      orientations: {
        total: 0,
        parStatut: [
          { statut: 'proposee', nombre: 0 },
          { statut: 'acceptee', nombre: 0 },
          { statut: 'refusee', nombre: 0 },
          { statut: 'sans_suite', nombre: 0 },
        ],
      },
    });
    expect(p.contacts.map((c) => [c.nom, c.fonction])).toEqual([
      ['Inès Garnier', 'Chargée d’accueil'],
      ['Paul Martin', null],
    ]);
  });

  test('modification : contacts remplacés en bloc, date de mise à jour du jour, nouvelle version', async () => {
    const id = await creerPartenaire();
    const lu = await b.appeler('partenaires.lire', { id });
    b.horloge.regler('2026-03-12T08:00:00Z');
    await b.appeler('partenaires.modifier', {
      id,
      modifieLeLu: lu.modifieLe,
      partenaire: partenaire({
        horaires: 'lun.-ven. 9h-12h',
        contacts: [{ nom: 'Paul Martin', fonction: 'Directeur' }, { nom: 'Zoé Roux' }],
      }),
    });
    const apres = await b.appeler('partenaires.lire', { id });
    expect(apres.dateMaj).toBe('2026-03-12');
    expect(apres.horaires).toBe('lun.-ven. 9h-12h');
    expect(apres.contacts.map((c) => `${c.nom} (${c.fonction ?? '-'})`)).toEqual([
      'Paul Martin (Directeur)',
      'Zoé Roux (-)',
    ]);
    expect(apres.modifieLe).not.toBe(lu.modifieLe);
    expect(sqlite().prepare('SELECT count(*) AS n FROM partenaire_contact').get()).toEqual({ n: 2 });
  });

  test('modification sur une fiche modifiée entre-temps : refusée (conflit), rien écrit', async () => {
    const id = await creerPartenaire();
    const lu = await b.appeler('partenaires.lire', { id });
    // Same instant (fixed clock): the version still moves on.
    await b.appeler('partenaires.modifier', { id, modifieLeLu: lu.modifieLe, partenaire: partenaire({ notes: 'A' }) });
    const e = await refus('partenaires.modifier', {
      id,
      modifieLeLu: lu.modifieLe,
      partenaire: partenaire({ notes: 'B' }),
    });
    expect(e.code).toBe('conflit');
    expect(e.message).toBe(
      "Sophie Morel a enregistré la fiche de « Maison de l’habitat jeunes » le 10/03/2026 à 10 h 15, après que vous l'avez ouverte : rien n'a été enregistré. Vos saisies sont toujours à l'écran : notez-les, rechargez la fiche, puis reportez-les.",
    );
    expect((await b.appeler('partenaires.lire', { id })).notes).toBe('A');
  });

  test('SIRET invalide, e-mail invalide, thématique inconnue : refusés, rien écrit', async () => {
    await creerPartenaire();
    let e = await refus('partenaires.creer', partenaire({ nom: 'Autre', siret: '13000250068125' }));
    expect(e.message).toContain('SIRET : la clé de contrôle ne correspond pas ; vérifiez les 14 chiffres.');
    expect(e.champs).toContainEqual(expect.objectContaining({ champ: 'siret' }));
    e = await refus('partenaires.creer', partenaire({ nom: 'Autre', siret: null, email: 'contact@' }));
    expect(e.message).toContain('E-mail invalide : vérifiez la forme nom@domaine.fr.');
    e = await refus(
      'partenaires.creer',
      partenaire({
        nom: 'Autre',
        siret: null,
        thematiques: ['logement'] as unknown as SaisiePartenaire['thematiques'],
      }),
    );
    expect(e.message).toContain('Thématique inconnue : choisissez dans la liste.');
    e = await refus(
      'partenaires.creer',
      partenaire({ nom: 'Autre', siret: null, contacts: [{ nom: 'X', email: 'x@' }] }),
    );
    expect(e.champs).toContainEqual(expect.objectContaining({ champ: 'contacts.0.email' }));
  });

  test('même SIRET qu’un autre partenaire : refusé en nommant celui qui existe', async () => {
    await creerPartenaire();
    const e = await refus('partenaires.creer', partenaire({ nom: 'Résidence Les Tilleuls' }));
    expect(e.message).toBe(
      "SIRET déjà enregistré pour « Maison de l’habitat jeunes » : un établissement n'a qu'une fiche. Ouvrez la sienne, ou vérifiez les 14 chiffres.",
    );
    expect(e.champs).toEqual([{ champ: 'siret', message: e.message }]);
  });

  test('même nom (casse, accents, ponctuation, espaces) dans la même commune : refusé ; ailleurs : accepté', async () => {
    await creerPartenaire();
    const e = await refus('partenaires.creer', partenaire({ nom: 'MAISON DE L HABITAT-JEUNES', siret: null }));
    expect(e.message).toBe(
      "« Maison de l’habitat jeunes » est déjà dans l'annuaire à Romans-sur-Isère : deux fiches pour un même partenaire dispersent ses orientations. Ouvrez la sienne, ou distinguez le nom (antenne, quartier…).",
    );
    // Another commune: another partner (an antenna).
    await creerPartenaire({
      nom: 'Maison de l’Habitat Jeunes',
      siret: null,
      codeInsee: '26057',
      commune: 'Bourg-de-Péage',
    });
    // Both without commune count as the same place.
    await creerPartenaire({ nom: 'Point Écoute Jeunes', siret: null, codeInsee: null, commune: null });
    const e2 = await refus(
      'partenaires.creer',
      partenaire({ nom: 'point ecoute jeunes', siret: null, codeInsee: null, commune: null }),
    );
    expect(e2.message).toContain("« Point Écoute Jeunes » est déjà dans l'annuaire sans commune");
  });

  test('doublon créé par la modification : refusé, rien écrit (préfixe de champ « partenaire. »)', async () => {
    await creerPartenaire();
    const id = await creerPartenaire({ nom: 'Foyer du Vercors', siret: SIRET_AUTRE });
    const lu = await b.appeler('partenaires.lire', { id });
    const e = await refus('partenaires.modifier', {
      id,
      modifieLeLu: lu.modifieLe,
      partenaire: partenaire({ nom: 'Foyer du Vercors', siret: SIRET_MAISON }),
    });
    expect(e.message).toContain('SIRET déjà enregistré pour « Maison de l’habitat jeunes »');
    expect(e.champs).toEqual([{ champ: 'partenaire.siret', message: e.message }]);
    // Saving the partner unchanged is not a duplicate of itself.
    await b.appeler('partenaires.modifier', {
      id,
      modifieLeLu: lu.modifieLe,
      partenaire: partenaire({ nom: 'Foyer du Vercors', siret: SIRET_AUTRE }),
    });
  });

  test('la fiche compte les orientations reçues par suite', async () => {
    const id = await creerPartenaire();
    for (const statut of ['proposee', 'acceptee', 'acceptee', 'refusee']) await orientation(id, null, statut);
    const p = await b.appeler('partenaires.lire', { id });
    expect(p.orientations).toEqual({
      total: 4,
      parStatut: [
        { statut: 'proposee', nombre: 1 },
        { statut: 'acceptee', nombre: 2 },
        { statut: 'refusee', nombre: 1 },
        { statut: 'sans_suite', nombre: 0 },
      ],
    });
  });

  test('un partenaire inconnu est introuvable', async () => {
    const e = await refus('partenaires.lire', { id: 999 });
    expect(e.code).toBe('introuvable');
  });
});

describe('services', () => {
  test('création et modification sous le partenaire : identité, date de mise à jour, champs relus', async () => {
    const p = await creerPartenaire();
    const id = await creerService(p, {
      thematiques: ['logement-hebergement--mal-loges-sans-logis'],
      publics: ['jeunes'],
      zoneEligibilite: ['26', 'France'],
      frais: 'gratuit',
    });
    const ligne = sqlite()
      .prepare('SELECT source, source_id, date_maj FROM service_partenaire WHERE id = ?')
      .get(id) as {
      source: string;
      source_id: string;
      date_maj: string;
    };
    expect(ligne.source).toBe('tremplin');
    expect(ligne.source_id).toMatch(/^[0-9a-f-]{36}$/);
    b.horloge.regler('2026-03-11T08:00:00Z');
    await b.appeler('services.enregistrer', {
      partenaireId: p,
      id,
      service: { nom: 'Accompagnement logement', publics: ['jeunes', 'femmes'] },
    });
    const [s] = (await b.appeler('partenaires.lire', { id: p })).services;
    expect(s).toMatchObject({
      id,
      nom: 'Accompagnement logement',
      publics: ['jeunes', 'femmes'],
      zoneEligibilite: [],
      actif: true,
    });
    expect(
      (sqlite().prepare('SELECT date_maj FROM service_partenaire WHERE id = ?').get(id) as { date_maj: string })
        .date_maj,
    ).toBe('2026-03-11');
  });

  test('un second service du même nom chez le même partenaire : refusé, rien écrit', async () => {
    const p = await creerPartenaire();
    await creerService(p);
    const e = await refus('services.enregistrer', { partenaireId: p, service: { nom: 'ACCOMPAGNEMENT Logement.' } });
    expect(e.message).toBe(
      "Ce partenaire a déjà un service « Accompagnement logement » : modifiez-le (ou réactivez-le) plutôt que d'en créer un second.",
    );
  });

  test('supprimer : sans orientation, supprimé ; avec une orientation, seulement désactivé', async () => {
    const p = await creerPartenaire();
    const libre = await creerService(p, { nom: 'Atelier budget' });
    const oriente = await creerService(p);
    await orientation(p, oriente);
    expect(await b.appeler('services.supprimer', { id: libre })).toEqual({ supprime: true });
    expect(await b.appeler('services.supprimer', { id: oriente })).toEqual({ supprime: false });
    const services = (await b.appeler('partenaires.lire', { id: p })).services;
    expect(services.map((s) => [s.id, s.actif])).toEqual([[oriente, false]]);
    // An inactive service leaves the search.
    const trouve = await b.appeler('partenaires.rechercher', { texte: 'habitat' });
    expect(trouve.partenaires[0]!.services).toEqual([]);
  });

  test('un service d’un autre partenaire ne se modifie pas par celui-ci', async () => {
    const p = await creerPartenaire();
    const q = await creerPartenaire({ nom: 'Foyer du Vercors', siret: null });
    const s = await creerService(p);
    const e = await refus('services.enregistrer', { partenaireId: q, id: s, service: { nom: 'Détourné' } });
    expect(e.message).toBe("Ce service appartient à un autre partenaire : rechargez la fiche, elle n'est plus à jour.");
  });
});

describe('permanences', () => {
  test('une permanence qui chevauche une autre du même partenaire, même site, même jour : refusée', async () => {
    const p = await creerPartenaire();
    const id = (
      await b.appeler('permanences.enregistrer', {
        partenaireId: p,
        permanence: {
          siteId: lieux.siege,
          jour: 2,
          heureDebut: '09:00',
          heureFin: '12:00',
          frequence: 'chaque semaine',
        },
      })
    ).id;
    const e = await refus('permanences.enregistrer', {
      partenaireId: p,
      permanence: { siteId: lieux.siege, jour: 2, heureDebut: '11:30', heureFin: '13:00' },
    });
    expect(e.message).toBe(
      '« Maison de l’habitat jeunes » tient déjà une permanence sur le site « Siège de Romans » le mardi de 09:00 à 12:00 : changez les horaires, ou modifiez la permanence existante.',
    );
    // Back to back, another day, another site: fine; the permanence itself can be moved.
    await b.appeler('permanences.enregistrer', {
      partenaireId: p,
      permanence: { siteId: lieux.siege, jour: 2, heureDebut: '12:00', heureFin: '13:00' },
    });
    await b.appeler('permanences.enregistrer', {
      partenaireId: p,
      permanence: { siteId: lieux.antenne, jour: 2, heureDebut: '09:00', heureFin: '12:00' },
    });
    await b.appeler('permanences.enregistrer', {
      partenaireId: p,
      id,
      permanence: { siteId: lieux.siege, jour: 2, heureDebut: '08:30', heureFin: '11:30' },
    });
    const liste = await b.appeler('permanences.lister', { siteId: lieux.siege });
    expect(liste.map((x) => `${x.jour} ${x.heureDebut}-${x.heureFin} ${x.siteNom} ${x.partenaireNom}`)).toEqual([
      '2 08:30-11:30 Siège de Romans Maison de l’habitat jeunes',
      '2 12:00-13:00 Siège de Romans Maison de l’habitat jeunes',
    ]);
    expect(await b.appeler('permanences.lister', {})).toHaveLength(3);
  });

  test('site fermé ou inconnu, jour ou horaires impossibles : refusés, rien écrit', async () => {
    const p = await creerPartenaire();
    sqlite().prepare('UPDATE site SET actif = 0 WHERE id = ?').run(lieux.antenne);
    let e = await refus('permanences.enregistrer', {
      partenaireId: p,
      permanence: { siteId: lieux.antenne, jour: 1, heureDebut: '09:00', heureFin: '12:00' },
    });
    expect(e.message).toBe('Le site « Antenne de Saint-Donat » est fermé : choisissez un site actif.');
    expect(e.champs).toEqual([{ champ: 'permanence.siteId', message: e.message }]);
    e = await refus('permanences.enregistrer', {
      partenaireId: p,
      permanence: { siteId: 999, jour: 1, heureDebut: '09:00', heureFin: '12:00' },
    });
    expect(e.message).toBe('Site inconnu : choisissez un site de la structure.');
    e = await refus('permanences.enregistrer', {
      partenaireId: p,
      permanence: { siteId: lieux.siege, jour: 7, heureDebut: '09:00', heureFin: '12:00' },
    });
    expect(e.message).toContain('Jour : du lundi au samedi.');
    e = await refus('permanences.enregistrer', {
      partenaireId: p,
      permanence: { siteId: lieux.siege, jour: 1, heureDebut: '12:00', heureFin: '09:00' },
    });
    expect(e.message).toContain("Horaires : l'heure de fin doit suivre l'heure de début.");
  });

  test('supprimer une permanence ; celles d’un partenaire inactif ne sont plus listées', async () => {
    const p = await creerPartenaire();
    const { id } = await b.appeler('permanences.enregistrer', {
      partenaireId: p,
      permanence: { siteId: lieux.siege, jour: 4, heureDebut: '14:00', heureFin: '17:00' },
    });
    const q = await creerPartenaire({ nom: 'Foyer du Vercors', siret: null, actif: false });
    await b.appeler('permanences.enregistrer', {
      partenaireId: q,
      permanence: { siteId: lieux.siege, jour: 4, heureDebut: '14:00', heureFin: '17:00' },
    });
    expect((await b.appeler('permanences.lister', {})).map((x) => x.partenaireId)).toEqual([p]);
    await b.appeler('permanences.supprimer', { id });
    expect(await b.appeler('permanences.lister', {})).toEqual([]);
  });
});

describe('conventions', () => {
  async function convention(partenaireId: number, objet: string, expireLe: string | null, signeeLe = '2025-01-01') {
    return (await b.appeler('conventions.enregistrer', { partenaireId, convention: { objet, signeeLe, expireLe } })).id;
  }

  test('à renouveler : échues ou dans le préavis, les plus proches d’abord ; une convention renouvelée n’y est plus', async () => {
    const p = await creerPartenaire();
    const q = await creerPartenaire({ nom: 'Foyer du Vercors', siret: null });
    const inactif = await creerPartenaire({ nom: 'Ancien partenaire', siret: null, actif: false });
    const echue = await convention(p, 'Accueil des jeunes en FJT', '2026-02-28');
    const dansLePreavis = await convention(q, 'Permanence logement', '2026-05-09'); // today + 60 days
    await convention(q, 'Mise à disposition de locaux', '2026-05-10'); // just beyond
    await convention(q, 'Sans échéance', null);
    // Renewed: the same purpose (spelt differently) runs to 2027.
    const ancienne = await convention(q, 'Atelier budget', '2026-03-31');
    await convention(q, 'ATELIER  budget.', '2027-03-31', '2026-03-01');
    await convention(inactif, 'Ancienne convention', '2026-01-31');

    const r = await b.appeler('conventions.aRenouveler', {});
    expect(r.preavisJours).toBe(60);
    expect(r.conventions.map((c) => [c.id, c.partenaireNom, c.expireLe, c.joursRestants, c.aRenouveler])).toEqual([
      [echue, 'Maison de l’habitat jeunes', '2026-02-28', -10, true],
      [dansLePreavis, 'Foyer du Vercors', '2026-05-09', 60, true],
    ]);
    const fiche = await b.appeler('partenaires.lire', { id: q });
    expect(fiche.conventions.find((c) => c.id === ancienne)).toMatchObject({ aRenouveler: false, joursRestants: 21 });
    expect(fiche.conventions.find((c) => c.objet === 'Sans échéance')).toMatchObject({
      aRenouveler: false,
      joursRestants: null,
    });

    // A longer notice in Paramètres brings the next one in.
    const parametres = await b.appeler('parametres.lire', {});
    await b.appeler('parametres.enregistrer', { ...parametres, preavisConventionJours: 90 });
    expect((await b.appeler('conventions.aRenouveler', {})).conventions).toHaveLength(3);

    // The search shows a partner's earliest convention to renew.
    const trouves = await b.appeler('partenaires.rechercher', {});
    expect(trouves.partenaires.find((x) => x.id === q)!.conventionARenouveler).toEqual({
      id: dansLePreavis,
      expireLe: '2026-05-09',
    });
  });

  test('modifier, supprimer ; réservé à la direction ; échéance avant la signature refusée', async () => {
    const p = await creerPartenaire();
    const id = await convention(p, 'Accueil des jeunes', '2026-04-01');
    await b.appeler('conventions.enregistrer', {
      partenaireId: p,
      id,
      convention: { objet: 'Accueil des jeunes', signeeLe: '2025-01-01', expireLe: '2027-04-01' },
    });
    expect((await b.appeler('conventions.aRenouveler', {})).conventions).toEqual([]);
    const e = await refus('conventions.enregistrer', {
      partenaireId: p,
      convention: { objet: 'X', signeeLe: '2026-05-01', expireLe: '2026-04-01' },
    });
    expect(e.message).toContain("Échéance : la convention ne peut pas expirer avant d'être signée.");
    const conseiller = await b.personne(['conseiller']);
    const refusee = await b.brut('conventions.supprimer', { id }, conseiller.session);
    expect(refusee.ok).toBe(false);
    await b.appeler('conventions.supprimer', { id });
    expect((await b.appeler('partenaires.lire', { id: p })).conventions).toEqual([]);
  });
});

describe('recherche', () => {
  let habitat: number;
  let mobilite: number;
  let cfa: number;
  let national: number;
  let sansCommune: number;

  beforeEach(async () => {
    // Romans (26281): housing for young people, its own service with no zone (given in Romans).
    habitat = await creerPartenaire({ notes: 'Contact privilégié pour les mineurs.' });
    await creerService(habitat, {
      nom: 'Hébergement temporaire',
      thematiques: ['logement-hebergement--mal-loges-sans-logis'],
      publics: ['jeunes'],
    });
    // Valence (26362), services eligible in the whole Drôme département.
    mobilite = await creerPartenaire({
      nom: 'Plateforme mobilité Drôme',
      type: 'mobilite',
      siret: null,
      codeInsee: '26362',
      commune: 'Valence',
      thematiques: [],
      contacts: [{ nom: 'Éloïse Fournier' }],
    });
    await creerService(mobilite, {
      nom: 'Location de scooters',
      description: 'Deux-roues pour se rendre à un entretien d’embauche.',
      thematiques: ['mobilite--louer-un-vehicule'],
      publics: ['demandeurs-emploi'],
      zoneEligibilite: ['26'],
    });
    // Lyon (69123), a training centre whose service lists Bourg-de-Péage by commune.
    cfa = await creerPartenaire({
      nom: 'CFA des métiers du bâtiment',
      type: 'cfa',
      siret: null,
      codeInsee: '69123',
      commune: 'Lyon',
      thematiques: ['se-former'],
      college: 'partenaires_economiques',
    });
    await creerService(cfa, {
      nom: 'Apprentissage maçonnerie',
      thematiques: ['se-former--trouver-sa-formation'],
      publics: [],
      zoneEligibilite: ['26057'],
    });
    // Paris, a service open to the whole country.
    national = await creerPartenaire({
      nom: 'Écoute Jeunes France',
      type: 'sante',
      siret: null,
      codeInsee: '75056',
      commune: 'Paris',
      thematiques: ['sante--bien-etre-psychologique'],
    });
    await creerService(national, {
      nom: 'Ligne d’écoute',
      thematiques: ['sante--bien-etre-psychologique'],
      publics: ['jeunes'],
      zoneEligibilite: ['france'],
    });
    sansCommune = await creerPartenaire({
      nom: 'Association Bâtir Ensemble',
      type: 'association',
      siret: null,
      codeInsee: null,
      commune: null,
      thematiques: ['logement-hebergement'],
      contacts: [],
    });
  });

  async function ids(criteres: InputOf<Contract, 'partenaires.rechercher'>) {
    return (await b.appeler('partenaires.rechercher', criteres)).partenaires.map((p) => p.id);
  }

  test('sans critère : tous les actifs, par nom sans tenir compte des accents, avec tous leurs services', async () => {
    const r = await b.appeler('partenaires.rechercher', {});
    expect(r.total).toBe(5);
    expect(r.partenaires.map((p) => p.nom)).toEqual([
      'Association Bâtir Ensemble',
      'CFA des métiers du bâtiment',
      'Écoute Jeunes France',
      'Maison de l’habitat jeunes',
      'Plateforme mobilité Drôme',
    ]);
    expect(r.partenaires.find((p) => p.id === mobilite)!.services.map((s) => s.nom)).toEqual(['Location de scooters']);
    const limite = await b.appeler('partenaires.rechercher', { limite: 2 });
    expect([limite.total, limite.partenaires.length]).toEqual([5, 2]);
  });

  test('par thématique : une catégorie couvre ses sous-thèmes, sur le partenaire ou l’un de ses services', async () => {
    // Habitat: by its service's sub-theme (and its own); Bâtir Ensemble: by its own category.
    expect(await ids({ thematiques: ['logement-hebergement'] })).toEqual([sansCommune, habitat]);
    expect(await ids({ thematiques: ['logement-hebergement--mal-loges-sans-logis'] })).toEqual([habitat]);
    // A partner found by its own theme shows only the services that have the theme.
    const r = await b.appeler('partenaires.rechercher', { thematiques: ['se-former', 'mobilite'] });
    expect(r.partenaires.map((p) => [p.nom, p.services.map((s) => s.nom)])).toEqual([
      ['CFA des métiers du bâtiment', ['Apprentissage maçonnerie']],
      ['Plateforme mobilité Drôme', ['Location de scooters']],
    ]);
  });

  test('par public : sur les services ; un service sans public listé est ouvert à tous', async () => {
    expect(await ids({ publics: ['jeunes'] })).toEqual([cfa, national, habitat]);
    expect(await ids({ publics: ['demandeurs-emploi'] })).toEqual([cfa, mobilite]);
    expect(await ids({ publics: ['seniors'], thematiques: ['sante'] })).toEqual([]);
  });

  test('par commune : implanté là, ou service éligible par la commune, le département ou la France', async () => {
    // Romans: Habitat is there; Plateforme covers the Drôme (26); Écoute covers France.
    expect(await ids({ codeInsee: '26281' })).toEqual([national, habitat, mobilite]);
    // Bourg-de-Péage: the CFA's service lists the commune.
    expect(await ids({ codeInsee: '26057' })).toEqual([cfa, national, mobilite]);
    // Valence: Plateforme is located there.
    expect(await ids({ codeInsee: '26362' })).toEqual([national, mobilite]);
    // Corsica: only the nationwide service.
    expect(await ids({ codeInsee: '2A004' })).toEqual([national]);
    // "Housing for a minor in Romans": theme, public and commune met by one service.
    const r = await b.appeler('partenaires.rechercher', {
      thematiques: ['logement-hebergement'],
      publics: ['jeunes'],
      codeInsee: '26281',
    });
    expect(r.partenaires.map((p) => [p.nom, p.services.map((s) => s.nom)])).toEqual([
      ['Maison de l’habitat jeunes', ['Hébergement temporaire']],
    ]);
  });

  test('un service à zone vide n’est éligible que dans la commune de son partenaire', async () => {
    expect(await ids({ codeInsee: '26301', publics: ['jeunes'] })).toEqual([national]);
    expect(await ids({ codeInsee: '26281', publics: ['jeunes'] })).toEqual([national, habitat]);
  });

  test('par type et par collège ; les inactifs seulement sur demande', async () => {
    expect(await ids({ types: ['cfa', 'mobilite'] })).toEqual([cfa, mobilite]);
    expect(await ids({ college: 'partenaires_economiques' })).toEqual([cfa]);
    const lu = await b.appeler('partenaires.lire', { id: cfa });
    await b.appeler('partenaires.modifier', {
      id: cfa,
      modifieLeLu: lu.modifieLe,
      partenaire: { ...partenaire({ nom: lu.nom, type: 'cfa', siret: null, codeInsee: '69123' }), actif: false },
    });
    expect(await ids({ types: ['cfa'] })).toEqual([]);
    const r = await b.appeler('partenaires.rechercher', { types: ['cfa'], inclureInactifs: true });
    expect(r.partenaires.map((p) => [p.id, p.actif])).toEqual([[cfa, false]]);
  });

  test('par mots, sans accents ni casse : nom, notes, contacts, nom ou description d’un service', async () => {
    expect(await ids({ texte: 'ECOUTE' })).toEqual([national]);
    expect(await ids({ texte: 'batiment' })).toEqual([cfa]);
    expect(await ids({ texte: 'MÉTIERS Bâtiment' })).toEqual([cfa]);
    expect(await ids({ texte: 'mineurs' })).toEqual([habitat]);
    expect(await ids({ texte: 'eloise' })).toEqual([mobilite]);
    expect(await ids({ texte: 'embauche scooter' })).toEqual([mobilite]);
    expect(await ids({ texte: 'hebergement' })).toEqual([habitat]);
    // Every word must be found.
    expect(await ids({ texte: 'scooter mineurs' })).toEqual([]);
    // Words and criteria together.
    expect(await ids({ texte: 'jeunes', types: ['logement'] })).toEqual([habitat]);
  });

  test('un changement de l’annuaire est vu par la recherche suivante', async () => {
    expect(await ids({ texte: 'vélo' })).toEqual([]);
    await creerService(mobilite, { nom: 'Prêt de vélos' });
    expect(await ids({ texte: 'velo' })).toEqual([mobilite]);
    const lu = await b.appeler('partenaires.lire', { id: habitat });
    await b.appeler('partenaires.modifier', {
      id: habitat,
      modifieLeLu: lu.modifieLe,
      partenaire: partenaire({ nom: 'Résidence Habitat Jeunes' }),
    });
    expect(await ids({ texte: 'residence' })).toEqual([habitat]);
    expect(await ids({ texte: 'maison' })).toEqual([]);
  });
});

describe('export CSV', () => {
  test('UTF-8 avec BOM, point-virgule, CRLF, guillemets RFC 4180, formules neutralisées', async () => {
    const p = await creerPartenaire({
      nom: 'Maison "Habitat"; jeunes',
      college: 'associations',
      horaires: '- lundi 9h-12h\n- jeudi 14h-17h',
      thematiques: ['logement-hebergement', 'logement-hebergement--mal-loges-sans-logis'],
    });
    await creerService(p, { nom: 'Hébergement temporaire' });
    await creerService(p, { nom: '=HYPERLINK("http://x")' });
    await b.appeler('conventions.enregistrer', {
      partenaireId: p,
      convention: { objet: 'Accueil en FJT', signeeLe: '2025-01-01', expireLe: '2026-06-30' },
    });
    await creerPartenaire({ nom: '@Ancien', siret: null, actif: false, contacts: [] });

    const r = await b.appeler('partenaires.exporterCsv', {});
    expect(r.nomFichier).toBe('partenaires-2026-03-10.csv');
    expect(r.nombre).toBe(1);
    expect(r.contenu.startsWith('\uFEFF')).toBe(true);
    const lignes = r.contenu.slice(1).split('\r\n');
    expect(lignes[0]).toBe(
      'Nom;Type;SIRET;Adresse;Code postal;Commune;Téléphone;E-mail;Site web;Horaires;Thématiques;Services;Contacts;Collège;Convention la plus proche;Actif',
    );
    expect(r.contenu.endsWith('\r\n')).toBe(true);
    const lu = Papa.parse<string[]>(r.contenu.slice(1), { delimiter: ';', newline: '\r\n', skipEmptyLines: true });
    expect(lu.errors).toEqual([]);
    expect(lu.data[1]).toEqual([
      'Maison "Habitat"; jeunes',
      'Logement',
      '130 002 500 68124',
      '4 rue des Tanneurs',
      '26100',
      'Romans-sur-Isère',
      '04 75 00 00 01',
      'contact@habitat-jeunes.fr',
      '',
      "'- lundi 9h-12h\n- jeudi 14h-17h",
      'Logement et hébergement | Mal logé / sans logis',
      '\'=HYPERLINK("http://x") | Hébergement temporaire',
      'Inès Garnier (Chargée d’accueil) | Paul Martin',
      'Collège des associations et personnes qualifiées',
      'Accueil en FJT (échéance 30/06/2026)',
      'oui',
    ]);
    // Quoted as RFC 4180 says: the name holds ; and ", doubled inside quotes.
    expect(lignes[1]!.startsWith('"Maison ""Habitat""; jeunes";Logement;')).toBe(true);

    const tous = await b.appeler('partenaires.exporterCsv', { inclureInactifs: true });
    expect(tous.nombre).toBe(2);
    expect(tous.contenu).toContain('\r\n"\'@Ancien";');
  });
});
