import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { nouvelleSession } from '../../src-main/host/sessions';
import { siretValide } from '../../src-main/contract/champs';
import { partenaireSaisieSchema, serviceSaisieSchema } from '../../src-main/contract/annuaire';
import { entrepriseSaisieSchema } from '../../src-main/contract/entreprises';
import { SITUATION_DU_CONTRAT } from '../../src-main/contract/referentielsEntreprises';
import { serviceDiSchema, structureDiSchema } from '../../src-main/contract/dataInclusion';
import { COLLEGES } from '../../src-main/contract/referentielsAnnuaire';
import { serviceBrut, structureBrute } from '../../src-main/services/dataInclusion/export';
import { lireServices, type LignePartenaire } from '../../src-main/services/dataInclusion/lignes';
import { rechercherJeunes } from '../../src-main/services/jeunes/recherche';
import { recalculerContacts } from '../../src-main/services/commun/contacts';
import { ALERTES } from '../../src-main/contract/referentielsParcours';
import { TRANSITIONS_POSITIONNEMENT, type StatutPositionnement } from '../../src-main/contract/referentielsFormation';
import { plier } from '../../src-main/services/commun/texte';
import { ADMINISTRATEUR_DEMO, genererDemo, MOT_DE_PASSE_DEMO, type Bilan } from '../../src-main/services/demo';
import { banc, connecter, COUT_SCRYPT_TEST, installer, type Banc } from '../aide';

const MAINTENANT = '2026-03-10T09:15:00Z';
const TABLES = [
  'structure',
  'commune',
  'site',
  'utilisateur',
  'utilisateur_role',
  'referentiel_valeur',
  'jeune',
  'jeune_mot_cle',
  'rendez_vous',
  'accueil',
  'accueil_motif',
  'passage',
  'diagnostic',
  'diagnostic_entretien',
  'diagnostic_dimension',
  'parcours',
  'sequence',
  'parcours_heures',
  'evenement',
  'atelier',
  'atelier_participant',
  'situation',
  'partenaire',
  'partenaire_contact',
  'service_partenaire',
  'permanence_partenaire',
  'convention_partenaire',
  'orientation',
  'entreprise',
  'entreprise_contact',
  'entreprise_affectation',
  'offre',
  'offre_diffusion',
  'mise_en_relation',
  'acte_service',
  'action_formation',
  'positionnement',
  'etape_positionnement',
  'commission_entree',
  'decision_commission',
  'bilan_action',
  'besoin_formation',
];

/** Generating hundreds of paths takes seconds, more on a busy machine. */
const LONG = 60_000;

const ouverts: Banc[] = [];
afterEach(() => {
  for (const b of ouverts.splice(0)) b.app.fermer();
});

async function demo(graine: number, jeunes = 300, maintenant = MAINTENANT): Promise<{ b: Banc; bilan: Bilan }> {
  const b = banc({ maintenant });
  ouverts.push(b);
  const bilan = await genererDemo(b.app, {
    jeunes,
    graine,
    maintenant: new Date(maintenant),
    coutScrypt: COUT_SCRYPT_TEST,
  });
  // The demo installs with a session of its own: the bench signs in as its administrator.
  await connecter(b, ADMINISTRATEUR_DEMO.identifiant, MOT_DE_PASSE_DEMO);
  return { b, bilan };
}

/** A digest of every row of every generated table, in a fixed order. */
function empreinte(b: Banc): string {
  const h = createHash('sha256');
  for (const t of TABLES) {
    h.update(t);
    for (const ligne of b.app.base.sqlite.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all())
      h.update(JSON.stringify(ligne));
  }
  return h.digest('hex');
}

function lignes<T>(b: Banc, sql: string, ...params: unknown[]): T[] {
  return b.app.base.sqlite.prepare(sql).all(...params) as T[];
}

describe('genererDemo', () => {
  it(
    'gives the same data for the same seed, and other data for another seed',
    async () => {
      const a = await demo(7);
      const b = await demo(7);
      const c = await demo(8);
      expect(a.bilan).toEqual(b.bilan);
      expect(empreinte(a.b)).toBe(empreinte(b.b));
      expect(empreinte(a.b)).not.toBe(empreinte(c.b));
    },
    LONG,
  );

  it('installs a plausible structure through the wizard', async () => {
    const { b, bilan } = await demo(1, 50);
    const { structure, sites, communes } = await b.appeler('structure.lire', {});
    expect(siretValide(structure.siret)).toBe(true);
    expect(sites.filter((s) => s.type === 'siege')).toHaveLength(1);
    expect(sites.filter((s) => s.type === 'antenne')).toHaveLength(2);
    expect(sites.some((s) => s.type === 'permanence')).toBe(true);
    expect(communes.length).toBeGreaterThanOrEqual(20);
    expect(communes.every((c) => /^26\d{3}$/.test(c.insee))).toBe(true);
    expect(communes.some((c) => c.qpv) && communes.some((c) => c.zrr)).toBe(true);
    const personnel = await b.appeler('personnel.lister', {});
    // The local administrator plus the generated staff.
    expect(personnel).toHaveLength(bilan.personnel + 1);
    for (const role of [
      'accueil',
      'conseiller',
      'referent_formation',
      'charge_relation_entreprises',
      'direction',
    ] as const) {
      expect(personnel.some((p) => p.roles.includes(role))).toBe(true);
    }
    expect(personnel.find((p) => p.identifiant === ADMINISTRATEUR_DEMO.identifiant)!.roles).toContain('administrateur');
  });

  it('writes a partner directory of the territory that passes the services’ rules', async () => {
    const { b, bilan } = await demo(1, 50);
    const today = '2026-03-10';
    const json = (v: string) => JSON.parse(v) as string[];
    const partenaires = lignes<LignePartenaire & { college: string | null; representant: string | null }>(
      b,
      'SELECT * FROM partenaire ORDER BY id',
    );
    expect(partenaires.length).toBeGreaterThanOrEqual(35);
    expect(partenaires.length).toBeLessThanOrEqual(50);
    expect(bilan.partenaires).toBe(partenaires.length);
    expect(new Set(partenaires.map((p) => p.type)).size).toBeGreaterThanOrEqual(12);
    // Created in Tremplin: source « tremplin » and a UUID-like identifier, unique (services too).
    const identites = lignes<{ source: string; source_id: string }>(
      b,
      'SELECT source, source_id FROM partenaire UNION ALL SELECT source, source_id FROM service_partenaire',
    );
    expect(identites.every((i) => i.source === 'tremplin')).toBe(true);
    expect(
      identites.every((i) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(i.source_id)),
    ).toBe(true);
    expect(new Set(identites.map((i) => i.source_id)).size).toBe(identites.length);
    // Every SIRET known is valid and distinct; a few partners have none.
    const sirets = partenaires.map((p) => p.siret).filter((x): x is string => x !== null);
    expect(sirets.length).toBeGreaterThan(partenaires.length * 0.8);
    expect(sirets.length).toBeLessThan(partenaires.length);
    for (const x of sirets) expect(siretValide(x), x).toBe(true);
    expect(new Set(sirets).size).toBe(sirets.length);
    // Local partners sit in a commune of the ML's territory.
    const communes = new Set(lignes<{ insee: string }>(b, 'SELECT insee FROM commune').map((c) => c.insee));
    expect(partenaires.filter((p) => communes.has(p.code_insee!)).length).toBeGreaterThan(partenaires.length - 3);
    // Descriptions: most long enough for data·inclusion, a few short or missing (to complete).
    const longues = partenaires.filter((p) => (p.description ?? '').length >= 50).length;
    expect(longues).toBeGreaterThan(partenaires.length * 0.8);
    expect(longues).toBeLessThan(partenaires.length);

    const contacts = lignes<{ partenaire_id: number; n: number }>(
      b,
      'SELECT p.id AS partenaire_id, count(c.id) AS n FROM partenaire p LEFT JOIN partenaire_contact c ON c.partenaire_id = p.id GROUP BY p.id',
    );
    expect(contacts.every((c) => c.n >= 1 && c.n <= 3)).toBe(true);
    for (const p of partenaires) {
      const fiche = lignes<{ nom: string; fonction: string; telephone: string | null; email: string | null }>(
        b,
        'SELECT nom, fonction, telephone, email FROM partenaire_contact WHERE partenaire_id = ? ORDER BY ordre',
        p.id,
      );
      // What a conseiller could type in the form is what the demo wrote (already normalised).
      const saisie = {
        nom: p.nom,
        type: p.type,
        siret: p.siret,
        description: p.description,
        thematiques: json(p.thematiques),
        adresse: p.adresse,
        complementAdresse: p.complement_adresse,
        codePostal: p.code_postal,
        codeInsee: p.code_insee,
        commune: p.commune,
        telephone: p.telephone,
        email: p.email,
        siteWeb: p.site_web,
        horaires: p.horaires,
        contacts: fiche,
        college: p.college,
        representant: p.representant,
      };
      const lu = partenaireSaisieSchema.safeParse(saisie);
      expect(lu.error?.issues, p.nom).toBeUndefined();
      expect(lu.data, p.nom).toMatchObject(saisie);
      expect(json(p.thematiques).length, p.nom).toBeGreaterThan(0);
      // And what the data·inclusion export publishes passes the schema as it is (a short
      // description is completed by the export).
      const structure = structureDiSchema.safeParse(structureBrute(p));
      expect(structure.error?.issues, p.nom).toBeUndefined();
    }

    const services = lireServices(b.app.base.sqlite);
    expect(bilan.services).toBe(services.length);
    const parPartenaire = lignes<{ n: number }>(
      b,
      'SELECT count(s.id) AS n FROM partenaire p LEFT JOIN service_partenaire s ON s.partenaire_id = p.id GROUP BY p.id',
    );
    expect(parPartenaire.every((r) => r.n >= 1 && r.n <= 4)).toBe(true);
    const parId = new Map(partenaires.map((p) => [p.id, p]));
    for (const s of services) {
      const record = serviceBrut(s, parId.get(s.partenaire_id)!);
      const di = serviceDiSchema.safeParse(record);
      expect(di.error?.issues, s.nom).toBeUndefined();
      const champs = {
        nom: s.nom,
        description: s.description,
        type: s.type,
        thematiques: json(s.thematiques),
        publics: json(s.publics),
        conditionsAcces: s.conditions_acces,
        frais: s.frais,
        modesAccueil: json(s.modes_accueil),
        zoneEligibilite: json(s.zone_eligibilite),
        modesMobilisation: json(s.modes_mobilisation),
        mobilisablePar: json(s.mobilisable_par),
        lienMobilisation: s.lien_mobilisation,
      };
      const saisie = serviceSaisieSchema.safeParse(champs);
      expect(saisie.error?.issues, s.nom).toBeUndefined();
      expect(saisie.data, s.nom).toMatchObject(champs);
      expect(json(s.publics), s.nom).toContain('jeunes');
      expect(json(s.thematiques).length, s.nom).toBeGreaterThan(0);
      // Described in their own words, not completed by the export.
      expect(s.description!.length, s.nom).toBeGreaterThanOrEqual(50);
    }

    // Permanences in the ML's sites, on a weekday, within the day.
    const permanences = lignes<{ jour: number; heure_debut: string; heure_fin: string; site: string }>(
      b,
      'SELECT p.jour, p.heure_debut, p.heure_fin, s.nom AS site FROM permanence_partenaire p JOIN site s ON s.id = p.site_id',
    );
    expect(permanences.length).toBeGreaterThanOrEqual(6);
    expect(new Set(permanences.map((p) => p.site)).size).toBeGreaterThanOrEqual(2);
    expect(permanences.every((p) => p.jour >= 1 && p.jour <= 5 && p.heure_debut < p.heure_fin)).toBe(true);
    // Conventions: signed in the past, one expiring within the notice (60 days), one expired.
    const conventions = lignes<{ signee_le: string; expire_le: string | null }>(
      b,
      'SELECT signee_le, expire_le FROM convention_partenaire',
    );
    expect(conventions.length).toBeGreaterThanOrEqual(10);
    expect(conventions.every((c) => c.signee_le <= today && (c.expire_le === null || c.signee_le <= c.expire_le))).toBe(
      true,
    );
    const dans60 = '2026-05-09';
    expect(conventions.some((c) => c.expire_le !== null && c.expire_le >= today && c.expire_le <= dans60)).toBe(true);
    expect(conventions.some((c) => c.expire_le !== null && c.expire_le < today)).toBe(true);
    expect(conventions.some((c) => c.expire_le !== null && c.expire_le > dans60)).toBe(true);
    // Seats on the board in each of the four colleges, each with its representative.
    const sieges = partenaires.filter((p) => p.college !== null);
    expect(sieges.length).toBeGreaterThanOrEqual(8);
    expect(new Set(sieges.map((p) => p.college))).toEqual(new Set(COLLEGES));
    expect(sieges.every((p) => /^(Mme|M\.) \S.+, \S/.test(p.representant ?? ''))).toBe(true);

    // What a conseiller sees: housing for a jeune of Romans finds the local and departmental
    // residences, not the Diois garage; the conventions to renew are listed.
    const logement = await b.appeler('partenaires.rechercher', {
      thematiques: ['logement-hebergement'],
      publics: ['jeunes'],
      codeInsee: '26281',
    });
    const noms = logement.partenaires.map((p) => p.nom);
    expect(noms).toEqual(
      expect.arrayContaining(['Habitat Jeunes Romans – Résidence Les Clercs', 'Habitat Jeunes Valence']),
    );
    expect(noms).not.toContain('Garage solidaire du Diois');
    const aRenouveler = await b.appeler('conventions.aRenouveler', {});
    expect(aRenouveler.conventions.some((c) => c.joursRestants !== null && c.joursRestants < 0)).toBe(true);
    expect(aRenouveler.conventions.some((c) => c.joursRestants !== null && c.joursRestants >= 0)).toBe(true);
  });

  it('gives every account the published password, with nothing to change at first sign-in', async () => {
    const { b } = await demo(1, 10);
    for (const p of await b.appeler('personnel.lister', {})) {
      const session = await connecter(b, p.identifiant, MOT_DE_PASSE_DEMO, nouvelleSession('poste-demo'));
      const etat = await b.brut('session.etat', {}, session);
      expect(etat, p.identifiant).toMatchObject({
        ok: true,
        value: { utilisateur: { id: p.id, roles: p.roles }, doitChangerMotDePasse: false },
      });
    }
  });

  it('respects the rules of the domain', async () => {
    const { b, bilan } = await demo(11);
    const sqlite = b.app.base.sqlite;
    expect(bilan.jeunes).toBe(300);
    expect(bilan.accueils).toBeGreaterThan(300);
    expect(bilan.rendezVous).toBeGreaterThan(0);
    expect(lignes(b, 'PRAGMA foreign_key_check')).toEqual([]);

    // Exactly one premier accueil per jeune, the earliest by instant, and its date on the file.
    const ecarts = lignes(
      b,
      `SELECT j.id FROM jeune j
       WHERE (SELECT count(*) FROM accueil a WHERE a.jeune_id = j.id AND a.premier = 1) <> 1
          OR j.premier_accueil_date IS NOT (SELECT a.date FROM accueil a WHERE a.jeune_id = j.id ORDER BY a.instant, a.id LIMIT 1)
          OR (SELECT a.premier FROM accueil a WHERE a.jeune_id = j.id ORDER BY a.instant, a.id LIMIT 1) <> 1
          OR j.dernier_contact_date < (SELECT max(a.date) FROM accueil a WHERE a.jeune_id = j.id)`,
    );
    expect(ecarts).toEqual([]);
    expect(
      lignes(b, 'SELECT id FROM jeune WHERE NOT EXISTS (SELECT 1 FROM accueil a WHERE a.jeune_id = jeune.id)'),
    ).toEqual([]);

    // Nothing recorded in the future; date and heure are the Paris reading of the instant.
    const accueils = lignes<{ instant: string; date: string; heure: string }>(
      b,
      'SELECT instant, date, heure FROM accueil',
    );
    for (const a of accueils) {
      expect(a.instant <= new Date(MAINTENANT).toISOString()).toBe(true);
      const lu = new Intl.DateTimeFormat('sv-SE', {
        timeZone: 'Europe/Paris',
        dateStyle: 'short',
        timeStyle: 'short',
      }).format(new Date(a.instant));
      expect(lu).toBe(`${a.date} ${a.heure}`);
    }

    // No two non-cancelled appointments of a conseiller overlap.
    const chevauchements = lignes(
      b,
      `SELECT r1.id, r2.id FROM rendez_vous r1 JOIN rendez_vous r2
         ON r1.conseiller_id = r2.conseiller_id AND r1.date = r2.date AND r1.id < r2.id
       WHERE r1.statut <> 'annule' AND r2.statut <> 'annule'
         AND (cast(substr(r1.heure, 1, 2) AS integer) * 60 + cast(substr(r1.heure, 4, 2) AS integer)) <
             (cast(substr(r2.heure, 1, 2) AS integer) * 60 + cast(substr(r2.heure, 4, 2) AS integer)) + r2.duree_minutes
         AND (cast(substr(r2.heure, 1, 2) AS integer) * 60 + cast(substr(r2.heure, 4, 2) AS integer)) <
             (cast(substr(r1.heure, 1, 2) AS integer) * 60 + cast(substr(r1.heure, 4, 2) AS integer)) + r1.duree_minutes`,
    );
    expect(chevauchements).toEqual([]);

    // Past appointments are settled, future ones planned (or cancelled).
    const today = '2026-03-10';
    expect(lignes(b, "SELECT id FROM rendez_vous WHERE date < ? AND statut = 'prevu'", today)).toEqual([]);
    expect(lignes(b, "SELECT id FROM rendez_vous WHERE date > ? AND statut IN ('honore', 'absent')", today)).toEqual(
      [],
    );
    expect(lignes(b, "SELECT id FROM rendez_vous WHERE date > ? AND statut = 'prevu'", today).length).toBeGreaterThan(
      0,
    );
    // An orientation at the desk is a link to a partner, made that day for that jeune (and only
    // then); a rendez-vous answer links its appointment.
    expect(
      lignes(
        b,
        `SELECT a.id FROM accueil a WHERE (a.reponse = 'orientation_partenaire') <> EXISTS (SELECT 1 FROM orientation o
         WHERE o.accueil_id = a.id AND o.jeune_id = a.jeune_id AND o.date = a.date AND o.origine = 'accueil')`,
      ),
    ).toEqual([]);
    expect(lignes(b, "SELECT id FROM orientation WHERE (origine = 'accueil') <> (accueil_id IS NOT NULL)")).toEqual([]);
    expect(lignes(b, "SELECT id FROM accueil WHERE reponse = 'rdv_conseiller' AND rendez_vous_id IS NULL")).toEqual([]);
    expect(
      lignes(
        b,
        'SELECT id FROM accueil WHERE NOT EXISTS (SELECT 1 FROM accueil_motif m WHERE m.accueil_id = accueil.id)',
      ),
    ).toEqual([]);

    // Today's queue at the siège: waiting, taken and gone, all arrived before now.
    const file = await b.appeler('fileAttente.duJour', { siteId: 1 });
    const statuts = new Set(file.map((p) => p.statut));
    expect(statuts).toEqual(new Set(['en_attente', 'pris_en_charge', 'parti']));
    const passages = lignes<{ arrivee_le: string }>(b, 'SELECT arrivee_le FROM passage');
    expect(
      passages.every(
        (p) => p.arrivee_le <= new Date(MAINTENANT).toISOString() && p.arrivee_le >= '2026-03-09T23:00:00.000Z',
      ),
    ).toBe(true);

    // Realistic names: accents, particles, hyphens, and near-duplicate files.
    const noms = lignes<{ n: string }>(b, "SELECT nom_naissance || ' ' || prenoms AS n FROM jeune").map((r) => r.n);
    expect(noms.some((n) => /[éèëêïîôöüçÉ]/.test(n))).toBe(true);
    expect(noms.some((n) => /[-' ].* /.test(n))).toBe(true);
    expect(bilan.doublons).toBeGreaterThan(0);
    const ages = lignes<{ age: number }>(
      b,
      'SELECT (julianday(premier_accueil_date) - julianday(date_naissance)) / 365.25 AS age FROM jeune',
    ).map((r) => r.age);
    expect(ages.filter((a) => a >= 16 && a < 26).length / ages.length).toBeGreaterThan(0.9);
    const telephones = lignes<{ telephone: string }>(b, 'SELECT telephone FROM jeune WHERE telephone IS NOT NULL');
    expect(telephones.every((t) => /^0[67]\d{8}$/.test(t.telephone))).toBe(true);
    expect(sqlite.prepare('SELECT count(*) AS n FROM jeune_mot_cle').get()).toMatchObject({ n: expect.any(Number) });
  });

  // A weekday morning, and a Sunday just after midnight (today is no working day, nothing is open).
  it.each([
    [MAINTENANT, '2026-03-10'],
    ['2026-11-21T23:16:00Z', '2026-11-22'],
  ])(
    'generates paths that keep the rules of the parcours, with nothing after now (%s)',
    async (maintenant, today) => {
      const { b, bilan } = await demo(11, 300, maintenant);
      const sqlite = b.app.base.sqlite;
      const now = new Date(maintenant).toISOString();
      const compte = (sql: string) => (sqlite.prepare(sql).get() as { n: number }).n;
      expect(lignes(b, 'PRAGMA foreign_key_check')).toEqual([]);
      // The bilan counts what is in the base.
      expect(bilan).toMatchObject({
        diagnostics: compte('SELECT count(*) AS n FROM diagnostic'),
        parcours: compte('SELECT count(*) AS n FROM parcours'),
        sequences: compte('SELECT count(*) AS n FROM sequence'),
        evenements: compte('SELECT count(*) AS n FROM evenement'),
        ateliers: compte('SELECT count(*) AS n FROM atelier'),
        situations: compte('SELECT count(*) AS n FROM situation'),
        sorties: compte('SELECT count(*) AS n FROM parcours WHERE fin_reelle IS NOT NULL'),
        partenaires: compte('SELECT count(*) AS n FROM partenaire'),
        services: compte('SELECT count(*) AS n FROM service_partenaire'),
        orientations: compte('SELECT count(*) AS n FROM orientation'),
        entreprises: compte('SELECT count(*) AS n FROM entreprise'),
        actesEntreprises: compte('SELECT count(*) AS n FROM acte_service'),
        offres: compte('SELECT count(*) AS n FROM offre'),
        misesEnRelation: compte('SELECT count(*) AS n FROM mise_en_relation'),
        actionsFormation: compte('SELECT count(*) AS n FROM action_formation'),
        positionnements: compte('SELECT count(*) AS n FROM positionnement'),
        commissions: compte('SELECT count(*) AS n FROM commission_entree'),
        besoins: compte('SELECT count(*) AS n FROM besoin_formation'),
      });
      expect(bilan.actionsFormation).toBeGreaterThanOrEqual(6);
      expect(bilan.positionnements).toBeGreaterThan(bilan.actionsFormation);
      expect(bilan.commissions).toBeGreaterThan(0);
      expect(bilan.besoins).toBeGreaterThan(0);
      expect(bilan.orientations).toBeGreaterThan(100);
      expect(bilan.offres).toBeGreaterThan(20);
      expect(bilan.misesEnRelation).toBeGreaterThan(20);
      // Even a small demo shows the alternance-ending to-do: a contract at a firm of the
      // portfolio ending within the 60 days of the setting.
      expect(
        compte(
          `SELECT count(*) AS n FROM situation WHERE type = 'alternance' AND entreprise_id IS NOT NULL
           AND fin_reelle IS NULL AND fin_prevue >= '${today}' AND fin_prevue <= date('${today}', '+60 days')`,
        ),
      ).toBeGreaterThanOrEqual(2);
      expect(bilan.diagnostics).toBeGreaterThan(100);
      expect(bilan.parcours).toBeGreaterThan(50);
      expect(bilan.sorties).toBeGreaterThan(20);
      expect(bilan.evenements).toBeGreaterThan(bilan.jeunes);

      // Parcours: no exit before the start nor before the last séquence's start, a motif exactly
      // when exited, never two open of the same type for a jeune, the référent of the file.
      expect(lignes(b, 'SELECT id FROM parcours WHERE fin_reelle < debut OR signature_date > debut')).toEqual([]);
      expect(lignes(b, 'SELECT id FROM parcours WHERE (fin_reelle IS NULL) <> (motif_sortie IS NULL)')).toEqual([]);
      expect(
        lignes(
          b,
          'SELECT id FROM parcours p WHERE fin_reelle < (SELECT max(s.debut) FROM sequence s WHERE s.parcours_id = p.id)',
        ),
      ).toEqual([]);
      expect(
        lignes(
          b,
          'SELECT jeune_id FROM parcours WHERE fin_reelle IS NULL GROUP BY jeune_id, type_code HAVING count(*) > 1',
        ),
      ).toEqual([]);
      expect(
        lignes(
          b,
          `SELECT a.id FROM parcours a JOIN parcours b ON a.jeune_id = b.jeune_id AND a.id < b.id
         WHERE b.debut <= coalesce(a.fin_reelle, '9999-12-31') AND a.debut <= coalesce(b.fin_reelle, '9999-12-31')`,
        ),
      ).toEqual([]);
      expect(
        lignes(
          b,
          `SELECT p.id FROM parcours p JOIN jeune j ON j.id = p.jeune_id
         WHERE p.referent_id IS NOT j.conseiller_referent_id`,
        ),
      ).toEqual([]);
      // Planned end within the type's maximum duration.
      expect(
        lignes(
          b,
          `SELECT p.id FROM parcours p JOIN type_parcours t ON t.code = p.type_code
         WHERE p.fin_prevue >= date(p.debut, '+' || t.duree_max_mois || ' months') OR p.fin_prevue < p.debut`,
        ),
      ).toEqual([]);
      // Séquences inside their parcours, in order, not overlapping; the last one closed at the exit.
      expect(
        lignes(
          b,
          `SELECT s.id FROM sequence s JOIN parcours p ON p.id = s.parcours_id
         WHERE s.debut < p.debut OR s.debut > coalesce(p.fin_reelle, p.fin_prevue) OR s.fin < s.debut
            OR s.fin > coalesce(p.fin_reelle, '9999-12-31') OR (p.fin_reelle IS NOT NULL AND s.fin IS NULL)`,
        ),
      ).toEqual([]);
      expect(
        lignes(
          b,
          `SELECT a.id FROM sequence a JOIN sequence b ON b.parcours_id = a.parcours_id AND b.ordre > a.ordre
         WHERE a.fin IS NULL OR b.debut <= a.fin`,
        ),
      ).toEqual([]);
      expect(
        lignes(
          b,
          `SELECT p.id FROM parcours p WHERE p.fin_reelle IS NOT (SELECT s.fin FROM sequence s
           WHERE s.parcours_id = p.id ORDER BY s.ordre DESC LIMIT 1)
           OR (SELECT s.type FROM sequence s WHERE s.parcours_id = p.id AND s.ordre = 1) <> 'orientation'`,
        ),
      ).toEqual([]);
      // CEJ hours only on CEJ, within the parcours' months.
      expect(
        lignes(
          b,
          `SELECT h.parcours_id FROM parcours_heures h JOIN parcours p ON p.id = h.parcours_id
         WHERE p.type_code <> 'cej' OR h.mois < substr(p.debut, 1, 7) OR h.mois > substr(coalesce(p.fin_reelle, ?), 1, 7)`,
          today,
        ),
      ).toEqual([]);

      // Nothing dated or typed after the demo's "now".
      expect(
        lignes(
          b,
          `SELECT 'evenement' FROM evenement WHERE date > @d OR cree_le > @t
         UNION ALL SELECT 'diagnostic' FROM diagnostic WHERE debut > @d OR conclusion_le > @d OR modifie_le > @t
         UNION ALL SELECT 'entretien' FROM diagnostic_entretien WHERE date > @d
         UNION ALL SELECT 'parcours' FROM parcours
           WHERE debut > @d OR signature_date > @d OR fin_reelle > @d OR cree_le > @t OR modifie_le > @t
         UNION ALL SELECT 'sequence' FROM sequence WHERE debut > @d OR fin > @d OR modifie_le > @t
         UNION ALL SELECT 'heures' FROM parcours_heures WHERE mois > substr(@d, 1, 7) OR cree_le > @t
         UNION ALL SELECT 'situation' FROM situation WHERE debut > @d OR fin_reelle > @d OR modifie_le > @t
         UNION ALL SELECT 'atelier' FROM atelier WHERE cree_le > @t OR modifie_le > @t
         UNION ALL SELECT 'inscription' FROM atelier_participant WHERE cree_le > @t OR modifie_le > @t
         UNION ALL SELECT 'presence future' FROM atelier_participant ap JOIN atelier a ON a.id = ap.atelier_id
           WHERE a.date >= @d AND ap.present IS NOT NULL
         UNION ALL SELECT 'entreprise' FROM entreprise WHERE cree_le > @t OR modifie_le > @t
         UNION ALL SELECT 'affectation' FROM entreprise_affectation WHERE le > @t
         UNION ALL SELECT 'offre' FROM offre WHERE recue_le > @d OR pourvue_le > @d OR cree_le > @t OR modifie_le > @t
         UNION ALL SELECT 'mise en relation' FROM mise_en_relation
           WHERE date > @d OR issue_le > @d OR cree_le > @t OR modifie_le > @t
         UNION ALL SELECT 'acte' FROM acte_service WHERE date > @d OR cree_le > @t OR modifie_le > @t
         UNION ALL SELECT 'action' FROM action_formation WHERE cree_le > @t OR modifie_le > @t
         UNION ALL SELECT 'positionnement' FROM positionnement
           WHERE date > @d OR statut_le > @d OR bilan_le > @d OR cree_le > @t OR modifie_le > @t
         UNION ALL SELECT 'etape' FROM etape_positionnement WHERE date > @d OR le > @t
         UNION ALL SELECT 'commission' FROM commission_entree WHERE date > @d OR cree_le > @t OR modifie_le > @t
         UNION ALL SELECT 'bilan' FROM bilan_action WHERE date > @d OR cree_le > @t OR modifie_le > @t
         UNION ALL SELECT 'besoin' FROM besoin_formation WHERE date > @d OR cree_le > @t OR modifie_le > @t`,
          { d: today, t: now },
        ),
      ).toEqual([]);

      // Training actions: the status follows the dates (cancelled ones aside), the body is a
      // partner, the référent d'action an accompanying staff member.
      expect(
        lignes(
          b,
          `SELECT id FROM action_formation WHERE statut <> 'annulee' AND statut <> CASE
             WHEN fin < @d THEN 'terminee' WHEN debut <= @d THEN 'en_cours'
             WHEN debut <= date(@d, '+60 days') THEN 'en_recrutement' ELSE 'programmee' END`,
          { d: today },
        ),
      ).toEqual([]);
      expect(
        lignes(
          b,
          `SELECT a.id FROM action_formation a WHERE a.referent_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM utilisateur_role r
           WHERE r.utilisateur_id = a.referent_id AND r.role IN ('conseiller', 'referent_formation'))`,
        ),
      ).toEqual([]);
      // Even a small demo has an action a conseiller can still position jeunes on.
      expect(
        compte(`SELECT count(*) AS n FROM action_formation WHERE statut IN ('en_recrutement', 'programmee')`),
      ).toBeGreaterThanOrEqual(1);
      // Every candidacy's history starts « proposé » on its date and follows the status machine,
      // in date order; its status is its last step's.
      const etapes = lignes<{ id: number; statut: StatutPositionnement; date: string; commission: number | null }>(
        b,
        'SELECT positionnement_id AS id, statut, date, commission_id AS commission FROM etape_positionnement ORDER BY positionnement_id, id',
      );
      const interdites: string[] = [];
      etapes.forEach((e, i) => {
        const avant = etapes[i - 1];
        if (avant?.id !== e.id) {
          if (e.statut !== 'propose') interdites.push(`${e.id} commence par ${e.statut}`);
        } else if (!TRANSITIONS_POSITIONNEMENT[avant.statut].includes(e.statut) || e.date < avant.date)
          interdites.push(`${e.id} : ${avant.statut} (${avant.date}) → ${e.statut} (${e.date})`);
      });
      expect(interdites).toEqual([]);
      expect(
        lignes(
          b,
          `SELECT p.id FROM positionnement p WHERE NOT EXISTS (SELECT 1 FROM etape_positionnement e WHERE e.positionnement_id = p.id)
             OR p.date <> (SELECT e.date FROM etape_positionnement e WHERE e.positionnement_id = p.id ORDER BY e.id LIMIT 1)
             OR (p.statut, p.statut_le) <> (SELECT e.statut, e.date FROM etape_positionnement e
                 WHERE e.positionnement_id = p.id ORDER BY e.id DESC LIMIT 1)
             OR (p.statut = 'non_retenu') <> (p.motif_non_retenu IS NOT NULL)
             OR (p.statut = 'termine') <> (p.certification_obtenue IS NOT NULL)`,
        ),
      ).toEqual([]);
      // Nobody retained or entered beyond the places; proposals only before the action starts.
      expect(
        lignes(
          b,
          `SELECT a.id FROM action_formation a WHERE a.places < (SELECT count(*) FROM positionnement p
           WHERE p.action_id = a.id AND p.statut IN ('retenu', 'entre', 'abandon', 'termine'))
           OR EXISTS (SELECT 1 FROM positionnement p WHERE p.action_id = a.id AND p.date >= a.debut)`,
        ),
      ).toEqual([]);
      // Every entry has its jeune's formation situation, as positionnements.changerStatut writes it:
      // from the entry, planned to the action's end, closed by the abandon or the end.
      expect(
        lignes(
          b,
          `SELECT p.id FROM positionnement p JOIN action_formation a ON a.id = p.action_id
           JOIN partenaire o ON o.id = a.organisme_id LEFT JOIN situation s ON s.id = p.situation_id
           WHERE (p.statut IN ('entre', 'abandon', 'termine')) <> (s.id IS NOT NULL)
              OR (s.id IS NOT NULL AND (s.jeune_id <> p.jeune_id OR s.type <> 'formation' OR s.sous_type <> a.type_formation
                OR s.organisme <> o.nom OR s.fin_prevue <> a.fin OR s.debut < a.debut
                OR s.debut <> (SELECT e.date FROM etape_positionnement e WHERE e.positionnement_id = p.id AND e.statut = 'entre')
                OR s.fin_reelle IS NOT (CASE WHEN p.statut IN ('abandon', 'termine') THEN p.statut_le END)))`,
        ),
      ).toEqual([]);
      // A jeune in an action's training does nothing else meanwhile (no job, other training,
      // alternance), and enters while in parcours.
      expect(
        lignes(
          b,
          `SELECT p.id FROM positionnement p JOIN situation f ON f.id = p.situation_id JOIN situation s
             ON s.jeune_id = f.jeune_id AND s.id <> f.id AND s.type IN ('emploi', 'alternance', 'formation', 'service_civique')
           WHERE s.debut <= coalesce(f.fin_reelle, f.fin_prevue) AND f.debut <= coalesce(s.fin_reelle, s.fin_prevue, '9999-12-31')`,
        ),
      ).toEqual([]);
      expect(
        lignes(
          b,
          `SELECT p.id FROM positionnement p WHERE NOT EXISTS (SELECT 1 FROM parcours c WHERE c.jeune_id = p.jeune_id
           AND c.debut <= p.date AND coalesce(c.fin_reelle, '9999-12-31') >= p.date)`,
        ),
      ).toEqual([]);
      // Commissions: held before the action starts, each decision written with the step it decided.
      expect(
        lignes(
          b,
          `SELECT c.id FROM commission_entree c JOIN action_formation a ON a.id = c.action_id WHERE c.date >= a.debut
           OR NOT EXISTS (SELECT 1 FROM decision_commission d WHERE d.commission_id = c.id)`,
        ),
      ).toEqual([]);
      expect(
        lignes(
          b,
          `SELECT d.positionnement_id FROM decision_commission d JOIN positionnement p ON p.id = d.positionnement_id
           JOIN commission_entree c ON c.id = d.commission_id
           WHERE p.action_id <> c.action_id OR (d.decision = 'non_retenu') <> (d.motif_non_retenu IS NOT NULL)
              OR NOT EXISTS (SELECT 1 FROM etape_positionnement e WHERE e.positionnement_id = d.positionnement_id
                AND e.commission_id = d.commission_id AND e.date = c.date
                AND e.statut = CASE d.decision WHEN 'ajourne' THEN 'en_commission' ELSE d.decision END)`,
        ),
      ).toEqual([]);
      expect(
        lignes(
          b,
          `SELECT e.id FROM etape_positionnement e WHERE e.commission_id IS NOT NULL AND e.statut <> 'en_commission'
           AND NOT EXISTS (SELECT 1 FROM decision_commission d WHERE d.positionnement_id = e.positionnement_id
             AND d.commission_id = e.commission_id)`,
        ),
      ).toEqual([]);
      // Bilans after the action started; one final at most, after its end.
      expect(
        lignes(
          b,
          `SELECT b.id FROM bilan_action b JOIN action_formation a ON a.id = b.action_id
           WHERE b.date < a.debut OR (b.type = 'final' AND (b.date <= a.fin OR a.statut <> 'terminee'))`,
        ),
      ).toEqual([]);
      expect(
        lignes(b, "SELECT action_id FROM bilan_action WHERE type = 'final' GROUP BY 1 HAVING count(*) > 1"),
      ).toEqual([]);

      // Workshops: every workshop event has its participant row, every present jeune their event.
      expect(
        lignes(
          b,
          `SELECT e.id FROM evenement e WHERE e.atelier_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM atelier_participant ap
           WHERE ap.atelier_id = e.atelier_id AND ap.jeune_id = e.jeune_id AND ap.evenement_id = e.id AND ap.present = 1)`,
        ),
      ).toEqual([]);
      expect(
        lignes(
          b,
          `SELECT ap.atelier_id FROM atelier_participant ap LEFT JOIN evenement e ON e.id = ap.evenement_id
         JOIN atelier a ON a.id = ap.atelier_id
         WHERE (ap.present = 1) <> (e.id IS NOT NULL) OR e.date <> a.date OR e.auteur_id <> a.animateur_id
            OR e.type <> (CASE a.type WHEN 'information_collective' THEN 'information_collective' ELSE 'atelier_collectif' END)`,
        ),
      ).toEqual([]);
      expect(
        lignes(
          b,
          'SELECT a.id FROM atelier a WHERE (SELECT count(*) FROM atelier_participant p WHERE p.atelier_id = a.id) > a.capacite',
        ),
      ).toEqual([]);
      // Workshop participants are jeunes in a parcours that day.
      expect(
        lignes(
          b,
          `SELECT ap.jeune_id FROM atelier_participant ap JOIN atelier a ON a.id = ap.atelier_id
         WHERE NOT EXISTS (SELECT 1 FROM parcours p WHERE p.jeune_id = ap.jeune_id AND p.debut <= a.date
           AND coalesce(p.fin_reelle, '9999-12-31') >= a.date)`,
        ),
      ).toEqual([]);
      // Each interview of a diagnostic is an event of the file, linked to it.
      expect(
        lignes(
          b,
          `SELECT de.diagnostic_id FROM diagnostic_entretien de JOIN diagnostic d ON d.id = de.diagnostic_id
         WHERE de.date < (SELECT j.premier_accueil_date FROM jeune j WHERE j.id = d.jeune_id)
            OR NOT EXISTS (SELECT 1 FROM evenement e WHERE e.diagnostic_id = de.diagnostic_id AND e.date = de.date
              AND e.type = 'entretien_individuel' AND e.jeune_id = d.jeune_id)`,
        ),
      ).toEqual([]);
      // A diagnostic concluded on an orientation has it, to a partner, on the conclusion's date.
      expect(
        lignes(
          b,
          `SELECT d.id FROM diagnostic d WHERE (d.conclusion = 'orientation') <> EXISTS (SELECT 1 FROM orientation o
           WHERE o.diagnostic_id = d.id AND o.origine = 'diagnostic' AND o.jeune_id = d.jeune_id AND o.date = d.conclusion_le)`,
        ),
      ).toEqual([]);
      expect(
        lignes(
          b,
          `SELECT o.id FROM orientation o LEFT JOIN diagnostic d ON d.id = o.diagnostic_id
           WHERE (o.origine = 'diagnostic' OR o.transmission_diagnostic = 1) AND (d.id IS NULL OR d.jeune_id <> o.jeune_id OR d.debut > o.date)`,
        ),
      ).toEqual([]);
      // The diagnostic goes to a partner only with the jeune's consent, recorded on or before that day.
      expect(
        lignes(
          b,
          `SELECT o.id FROM orientation o JOIN jeune j ON j.id = o.jeune_id WHERE o.transmission_diagnostic = 1
           AND (j.consentement_transmission_le IS NULL OR j.consentement_transmission_le > o.date)`,
        ),
      ).toEqual([]);
      expect(compte('SELECT count(*) AS n FROM orientation WHERE transmission_diagnostic = 1')).toBeGreaterThan(0);
      // Outcomes: an answer date exactly when answered, after the orientation and not after today; a
      // refusal has its reason; nothing typed after now.
      expect(
        lignes(
          b,
          `SELECT id FROM orientation WHERE (statut = 'proposee') <> (retour_le IS NULL) OR retour_le < date
           OR retour_le > @d OR date > @d OR (statut = 'refusee') <> (motif_refus IS NOT NULL)
           OR cree_le > @t OR modifie_le > @t OR modifie_le < cree_le`,
          { d: today, t: now },
        ),
      ).toEqual([]);
      expect(
        lignes<{ statut: string }>(b, 'SELECT DISTINCT statut FROM orientation ORDER BY statut').map((r) => r.statut),
      ).toEqual(['acceptee', 'proposee', 'refusee', 'sans_suite']);
      expect(
        lignes<{ origine: string }>(b, 'SELECT DISTINCT origine FROM orientation ORDER BY origine').map(
          (r) => r.origine,
        ),
      ).toEqual(['accueil', 'diagnostic', 'dossier']);
      expect(
        lignes(b, "SELECT id FROM diagnostic WHERE conclusion = 'parcours' AND type_parcours_propose IS NULL"),
      ).toEqual([]);

      // The last contact is what the services would compute (accueils, honoured appointments, events).
      const avant = lignes<{ id: number }>(
        b,
        'SELECT id, premier_accueil_date, dernier_contact_date FROM jeune ORDER BY id',
      );
      for (const j of avant) recalculerContacts(sqlite, j.id);
      expect(lignes(b, 'SELECT id, premier_accueil_date, dernier_contact_date FROM jeune ORDER BY id')).toEqual(avant);
    },
    LONG,
  );

  describe('at the default size', () => {
    let grande: { b: Banc; bilan: Bilan };
    beforeAll(async () => {
      grande = await demo(1, 2_000);
      // Kept for both tests below: afterEach closes only the benches of a single test.
      ouverts.splice(ouverts.indexOf(grande.b), 1);
    }, LONG);
    afterAll(() => grande.b.app.fermer());

    it('paints plausible jeunes and paths over the years', () => {
      const { b } = grande;
      const part = (sql: string) => {
        const r = b.app.base.sqlite.prepare(sql).get() as { n: number; total: number };
        return r.n / r.total;
      };
      const parNiveau = (niveau: string) => part(`SELECT sum(niveau = '${niveau}') AS n, count(*) AS total FROM jeune`);
      expect(parNiveau('infra_3')).toBeGreaterThan(0.18);
      expect(parNiveau('infra_3')).toBeLessThan(0.32);
      expect(parNiveau('niveau_4')).toBeGreaterThan(0.27);
      expect(parNiveau('niveau_5_plus')).toBeGreaterThan(0.05);
      expect(parNiveau('niveau_5_plus')).toBeLessThan(0.15);
      expect(part("SELECT sum(situation_premier_accueil = 'neet') AS n, count(*) AS total FROM jeune")).toBeGreaterThan(
        0.7,
      );
      expect(part('SELECT sum(ase) AS n, count(*) AS total FROM jeune')).toBeLessThan(0.06);
      expect(part('SELECT sum(rsa) AS n, count(*) AS total FROM jeune')).toBeGreaterThan(0);
      expect(lignes(b, 'SELECT id FROM jeune WHERE information_donnees_le IS NOT premier_accueil_date')).toEqual([]);
      // Most jeunes met by a conseiller have a diagnostic; most diagnostics lead to a parcours.
      expect(
        part(
          `SELECT count(DISTINCT d.jeune_id) AS n, (SELECT count(*) FROM jeune WHERE conseiller_referent_id IS NOT NULL) AS total
         FROM diagnostic d`,
        ),
      ).toBeGreaterThan(0.6);
      const conclusions = part("SELECT sum(conclusion = 'parcours') AS n, count(conclusion) AS total FROM diagnostic");
      expect(conclusions).toBeGreaterThan(0.45);
      expect(conclusions).toBeLessThan(0.75);
      // Each type in its era: CIVIS before 2017, Garantie jeunes 2017-2021, CEJ March 2022-2024,
      // contrat d'engagement from 2025.
      const eres = lignes<{ type_code: string; debut: string; fin: string }>(
        b,
        'SELECT type_code, min(debut) AS debut, max(debut) AS fin FROM parcours GROUP BY type_code ORDER BY type_code',
      );
      expect(eres.map((e) => e.type_code)).toEqual(['cej', 'civis', 'contrat_engagement', 'garantie_jeunes', 'pacea']);
      const ere = (code: string) => eres.find((e) => e.type_code === code)!;
      expect(ere('civis').fin < '2017-01-01').toBe(true);
      expect(ere('garantie_jeunes').debut >= '2017-01-01' && ere('garantie_jeunes').fin < '2022-03-01').toBe(true);
      expect(ere('cej').debut >= '2022-03-01' && ere('cej').fin < '2025-01-01').toBe(true);
      expect(ere('contrat_engagement').debut >= '2025-01-01').toBe(true);
      expect(ere('pacea').debut >= '2017-01-01' && ere('pacea').fin < '2025-01-01').toBe(true);
      // Exits with varied motifs; séquences of every kind; CEJ hours mostly in the 15-20 h target.
      const motifs = lignes<{ m: string }>(
        b,
        'SELECT DISTINCT motif_sortie AS m FROM parcours WHERE motif_sortie IS NOT NULL',
      );
      for (const m of ['emploi_durable', 'emploi_non_durable', 'alternance', 'formation', 'abandon', 'fin_droits'])
        expect(motifs.map((r) => r.m)).toContain(m);
      expect(lignes(b, 'SELECT DISTINCT type FROM sequence ORDER BY type')).toEqual([
        { type: 'accompagnement' },
        { type: 'orientation' },
        { type: 'suivi_emploi' },
      ]);
      const heures = part(
        'SELECT sum(heures_hebdo >= 15 AND heures_hebdo <= 20) AS n, count(*) AS total FROM parcours_heures',
      );
      expect(heures).toBeGreaterThan(0.6);
      expect(heures).toBeLessThan(1);
      // An exit "emploi durable" is a CDI or 6 months and more; "alternance" follows an alternance.
      expect(
        lignes(
          b,
          `SELECT p.id FROM parcours p WHERE p.motif_sortie IN ('emploi_durable', 'emploi_non_durable', 'alternance', 'formation')
           AND NOT EXISTS (SELECT 1 FROM situation s WHERE s.jeune_id = p.jeune_id AND s.debut <= p.fin_reelle
             AND s.type = CASE p.motif_sortie WHEN 'alternance' THEN 'alternance' WHEN 'formation' THEN 'formation' ELSE 'emploi' END)`,
        ),
      ).toEqual([]);
      // Situations of every kind, with their body, some still in progress today.
      const types = lignes<{ type: string }>(b, 'SELECT DISTINCT type FROM situation').map((r) => r.type);
      for (const t of ['emploi', 'alternance', 'formation', 'immersion', 'service_civique', 'scolarite'])
        expect(types).toContain(t);
      expect(lignes(b, "SELECT id FROM situation WHERE organisme IS NULL AND type <> 'creation_activite'")).toEqual([]);
      expect(
        lignes(b, "SELECT id FROM situation WHERE fin_reelle IS NULL AND debut <= '2026-03-10'").length,
      ).toBeGreaterThan(10);
      // A few workshops a week, with 8 to 15 places.
      const ateliers = lignes<{ n: number; min: number; max: number }>(
        b,
        `SELECT count(*) AS n, min(capacite) AS min, max(capacite) AS max FROM atelier WHERE date >= '2025-03-10'`,
      )[0]!;
      expect(ateliers.n / 52).toBeGreaterThan(1.5);
      expect([ateliers.min, ateliers.max]).toEqual([8, 15]);
    });

    it('leaves every conseiller an orientation without answer past the reminder delay', () => {
      const { b } = grande;
      // The rule of the alert: still proposée 30 days after, for an active jeune of the portfolio
      // (an open parcours, or a contact in the last 12 months).
      const sansRetour = lignes<{ identifiant: string; n: number }>(
        b,
        `SELECT u.identifiant, (SELECT count(*) FROM orientation o JOIN jeune j ON j.id = o.jeune_id
           WHERE j.conseiller_referent_id = u.id AND o.statut = 'proposee' AND o.date <= date(@d, '-31 days')
             AND (j.dernier_contact_date >= date(@d, '-12 months')
               OR EXISTS (SELECT 1 FROM parcours p WHERE p.jeune_id = j.id AND p.fin_reelle IS NULL))) AS n
         FROM utilisateur u JOIN utilisateur_role r ON r.utilisateur_id = u.id AND r.role = 'conseiller' ORDER BY u.id`,
        { d: '2026-03-10' },
      );
      expect(sansRetour.length).toBeGreaterThanOrEqual(8);
      expect(sansRetour.filter((c) => c.n === 0)).toEqual([]);
      // Old orientations are mostly settled, recent ones mostly waiting for the partner's answer.
      const parAge = lignes<{ recente: number; proposees: number; total: number }>(
        b,
        `SELECT date > date(?, '-30 days') AS recente, sum(statut = 'proposee') AS proposees, count(*) AS total
       FROM orientation GROUP BY 1 ORDER BY 1`,
        '2026-03-10',
      );
      expect(parAge.map((r) => r.recente)).toEqual([0, 1]);
      expect(parAge[0]!.proposees / parAge[0]!.total).toBeLessThan(0.1);
      expect(parAge[1]!.proposees / parAge[1]!.total).toBeGreaterThan(0.5);
      expect(parAge[1]!.total).toBeGreaterThan(15);
      // A realistic share of jeunes gave their consent to transmit the diagnostic.
      const consentement = lignes<{ part: number }>(
        b,
        'SELECT avg(consentement_transmission_le IS NOT NULL) AS part FROM jeune',
      )[0]!.part;
      expect(consentement).toBeGreaterThan(0.15);
      expect(consentement).toBeLessThan(0.5);
    });

    it("shows every kind of alert in every conseiller's portfolio", async () => {
      const { b } = grande;
      const direction = await connecter(b, 'nchabert', MOT_DE_PASSE_DEMO, nouvelleSession('poste-direction'));
      const conseillers = lignes<{ id: number; identifiant: string }>(
        b,
        `SELECT u.id, u.identifiant FROM utilisateur u
       JOIN utilisateur_role r ON r.utilisateur_id = u.id AND r.role = 'conseiller' ORDER BY u.id`,
      );
      expect(conseillers.length).toBeGreaterThanOrEqual(8);
      for (const c of conseillers) {
        const r = await b.brut('portefeuille.lister', { conseillerId: c.id }, direction);
        if (!r.ok) throw new Error(r.error.message);
        const portefeuille = r.value as { alertes: { code: string; nombre: number }[] };
        const manquantes = portefeuille.alertes.filter((a) => a.nombre === 0).map((a) => a.code);
        expect(manquantes, c.identifiant).toEqual([]);
        expect(portefeuille.alertes.map((a) => a.code)).toEqual([...ALERTES]);
      }
    });

    it('writes an employer portfolio linked to the jeunes, that passes the services’ rules', async () => {
      const { b } = grande;
      const today = '2026-03-10';
      const compte = (sql: string, ...params: unknown[]) =>
        (b.app.base.sqlite.prepare(sql).get(...params) as { n: number }).n;
      const entreprises = lignes<{
        id: number;
        siret: string;
        nom: string;
        naf: string;
        secteur: string;
        tranche: string;
        adresse: string;
        code_postal: string;
        code_insee: string;
        commune: string;
        qpv: number;
        telephone: string;
        email: string | null;
        responsable_id: number | null;
        statut: string;
        origine: string;
        notes: string | null;
        cree_le: string;
      }>(b, 'SELECT * FROM entreprise ORDER BY id');
      expect(entreprises.length).toBeGreaterThanOrEqual(120);
      expect(entreprises.length).toBeLessThanOrEqual(180);
      // Valid and distinct SIRETs; one legal unit with two establishments.
      for (const e of entreprises) expect(siretValide(e.siret), e.nom).toBe(true);
      expect(new Set(entreprises.map((e) => e.siret)).size).toBe(entreprises.length);
      expect(new Set(entreprises.map((e) => e.siret.slice(0, 9))).size).toBeLessThan(entreprises.length);
      // What a conseiller could type in the form is what the demo wrote (NAF, sector, contacts…).
      for (const e of entreprises) {
        const contacts = lignes<{
          nom: string;
          fonction: string | null;
          telephone: string | null;
          email: string | null;
        }>(
          b,
          'SELECT nom, fonction, telephone, email FROM entreprise_contact WHERE entreprise_id = ? ORDER BY ordre',
          e.id,
        );
        expect(contacts.length, e.nom).toBeGreaterThanOrEqual(1);
        const saisie = {
          siret: e.siret,
          nom: e.nom,
          naf: e.naf,
          secteur: e.secteur,
          tranche: e.tranche,
          adresse: e.adresse,
          codePostal: e.code_postal,
          codeInsee: e.code_insee,
          commune: e.commune,
          qpv: e.qpv === 1,
          telephone: e.telephone,
          email: e.email,
          responsableId: e.responsable_id,
          statut: e.statut,
          origine: e.origine,
          notes: e.notes,
          contacts,
        };
        const lu = entrepriseSaisieSchema.safeParse(saisie);
        expect(lu.error?.issues, e.nom).toBeUndefined();
        expect(lu.data, e.nom).toMatchObject(saisie);
      }
      // Every sector of the territory, most firms in the chargé(e)'s portfolio, some with conseillers.
      expect(new Set(entreprises.map((e) => e.secteur)).size).toBeGreaterThanOrEqual(10);
      expect(new Set(entreprises.map((e) => e.statut))).toEqual(new Set(['prospect', 'partenaire', 'inactif']));
      const charge = compte("SELECT u.id AS n FROM utilisateur u WHERE u.identifiant = 'rmeziane'");
      const duCharge = entreprises.filter((e) => e.responsable_id === charge).length;
      expect(duCharge / entreprises.length).toBeGreaterThan(0.5);
      expect(new Set(entreprises.map((e) => e.responsable_id)).size).toBeGreaterThan(4);
      // Each owner was recorded: the last change of owner is the firm's owner.
      expect(
        lignes(
          b,
          `SELECT e.id FROM entreprise e WHERE e.responsable_id IS NOT (SELECT a.apres_id FROM entreprise_affectation a
           WHERE a.entreprise_id = e.id ORDER BY a.le DESC, a.id DESC LIMIT 1)`,
        ),
      ).toEqual([]);
      expect(compte('SELECT count(*) AS n FROM entreprise_affectation WHERE avant_id IS NOT NULL')).toBeGreaterThan(0);

      // Offers: about 100-200 a year, received after the firm was entered, each with its act.
      for (const an of ['2023', '2024', '2025']) {
        const n = compte('SELECT count(*) AS n FROM offre WHERE substr(recue_le, 1, 4) = ?', an);
        expect(n, an).toBeGreaterThan(80);
        expect(n, an).toBeLessThan(200);
      }
      expect(
        lignes(b, 'SELECT o.id FROM offre o JOIN entreprise e ON e.id = o.entreprise_id WHERE o.cree_le < e.cree_le'),
      ).toEqual([]);
      expect(
        lignes(
          b,
          `SELECT o.id FROM offre o WHERE (SELECT count(*) FROM acte_service a WHERE a.offre_id = o.id AND a.type = 'offre'
           AND a.date = o.recue_le AND a.entreprise_id = o.entreprise_id) <> 1`,
        ),
      ).toEqual([]);
      const statuts = lignes<{ statut: string }>(
        b,
        `SELECT DISTINCT CASE WHEN statut = 'ouverte' AND coalesce(date_limite, date(recue_le, '+60 days')) < ?
           THEN 'expiree' ELSE statut END AS statut FROM offre`,
        today,
      ).map((r) => r.statut);
      expect(new Set(statuts)).toEqual(new Set(['ouverte', 'pourvue', 'annulee', 'expiree']));
      expect(lignes(b, "SELECT id FROM offre WHERE (statut = 'pourvue') <> (pourvue_le IS NOT NULL)")).toEqual([]);
      expect(lignes(b, "SELECT id FROM offre WHERE type_contrat = 'cdi' AND duree_mois IS NOT NULL")).toEqual([]);

      // Matches: one act each, proposed while the offer was open, one per (offer, jeune).
      expect(
        lignes(
          b,
          `SELECT m.id FROM mise_en_relation m JOIN offre o ON o.id = m.offre_id
           WHERE (SELECT count(*) FROM acte_service a WHERE a.mise_en_relation_id = m.id AND a.type = 'mise_en_relation'
                  AND a.date = m.date AND a.entreprise_id = o.entreprise_id) <> 1
              OR m.date < o.recue_le OR m.date > coalesce(o.date_limite, date(o.recue_le, '+60 days'))
              OR (o.statut = 'pourvue' AND m.date > o.pourvue_le) OR m.issue_le < m.date`,
        ),
      ).toEqual([]);
      const issues = lignes<{ issue: string; n: number }>(
        b,
        "SELECT issue, count(*) AS n FROM mise_en_relation WHERE date < date(?, '-60 days') GROUP BY issue",
        today,
      );
      const total = issues.reduce((t, r) => t + r.n, 0);
      const part = (issue: string) => (issues.find((r) => r.issue === issue)?.n ?? 0) / total;
      expect(part('retenu')).toBeGreaterThan(0.15);
      expect(part('retenu')).toBeLessThan(0.35);
      expect(part('non_retenu')).toBeGreaterThan(0.3);
      expect(part('desistement')).toBeGreaterThan(0.05);
      expect(
        lignes(
          b,
          `SELECT id FROM mise_en_relation WHERE (issue = 'non_retenu') <> (motif_non_retenu IS NOT NULL)
             OR (motif_non_retenu = 'autre' AND commentaire IS NULL) OR (issue = 'en_attente') <> (issue_le IS NULL)`,
        ),
      ).toEqual([]);
      // Every retained jeune has the situation at the firm the outcome created, of the offer's kind.
      const contrats = Object.entries(SITUATION_DU_CONTRAT)
        .map(([k, v]) => `('${k}', '${v.type}', '${v.sousType}')`)
        .join(', ');
      expect(
        lignes(
          b,
          `WITH contrat(type_contrat, type, sous_type) AS (VALUES ${contrats})
           SELECT m.id FROM mise_en_relation m JOIN offre o ON o.id = m.offre_id
           JOIN contrat c ON c.type_contrat = o.type_contrat
           LEFT JOIN situation s ON s.id = m.situation_id
           WHERE (m.issue = 'retenu') <> (m.situation_id IS NOT NULL)
              OR (m.issue = 'retenu' AND (s.jeune_id <> m.jeune_id OR s.entreprise_id <> o.entreprise_id
                  OR m.situation_creee <> 1 OR s.type <> c.type OR s.sous_type <> c.sous_type OR s.debut < m.issue_le
                  OR s.intitule <> o.intitule))`,
        ),
      ).toEqual([]);
      // An offer whose positions are all filled by retained jeunes reads « pourvue ».
      expect(
        lignes(
          b,
          `SELECT o.id FROM offre o WHERE o.statut <> 'pourvue'
           AND (SELECT count(*) FROM mise_en_relation m WHERE m.offre_id = o.id AND m.issue = 'retenu') >= o.postes`,
        ),
      ).toEqual([]);
      // Situations the paths typed at an employer of the portfolio point at the firm, only once
      // it was in the portfolio, with its name.
      expect(
        compte(
          `SELECT count(*) AS n FROM situation s WHERE s.entreprise_id IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM mise_en_relation m WHERE m.situation_id = s.id)`,
        ),
      ).toBeGreaterThan(100);
      expect(
        lignes(
          b,
          `SELECT s.id FROM situation s JOIN entreprise e ON e.id = s.entreprise_id
           WHERE s.organisme <> e.nom OR s.type NOT IN ('emploi', 'alternance', 'immersion')`,
        ),
      ).toEqual([]);
      // Acts: never before the firm existed; follow-ups in the job and acts typed by hand too.
      expect(
        lignes(
          b,
          'SELECT a.id FROM acte_service a JOIN entreprise e ON e.id = a.entreprise_id WHERE a.date < substr(e.cree_le, 1, 10)',
        ),
      ).toEqual([]);
      const types = lignes<{ type: string }>(b, 'SELECT DISTINCT type FROM acte_service').map((r) => r.type);
      for (const t of [
        'contact_telephone',
        'visite',
        'suivi_emploi',
        'forum',
        'immersion',
        'offre',
        'mise_en_relation',
      ])
        expect(types).toContain(t);

      // What the chargé(e) sees: the year's counters and the to-dos of "today".
      const session = await connecter(b, 'rmeziane', MOT_DE_PASSE_DEMO, nouvelleSession('poste-entreprises'));
      const appeler = async <T>(methode: string, entree: unknown): Promise<T> => {
        const r = await b.brut(methode, entree, session);
        if (!r.ok) throw new Error(r.error.message);
        return r.value as T;
      };
      const annee = await appeler<{
        entreprisesAvecActe: number;
        partActesEntreprises: number;
        offresRecues: number;
        retenues: number;
        precedente: { entreprisesAvecActe: number };
      }>('entreprises.compteurs', { annee: 2025 });
      expect(annee.entreprisesAvecActe).toBeGreaterThan(60);
      expect(annee.entreprisesAvecActe).toBeLessThan(140);
      expect(annee.partActesEntreprises).toBeGreaterThan(0.01);
      expect(annee.partActesEntreprises).toBeLessThan(0.1);
      expect(annee.retenues).toBeGreaterThan(10);
      const aFaire = await appeler<{
        finsDeContrat: { type: string; entrepriseId: number | null; joursRestants: number }[];
        offresSansMiseEnRelation: unknown[];
        entreprisesSansActe: unknown[];
        relances: { enRetard: boolean }[];
      }>('entreprises.aFaire', {});
      expect(aFaire.finsDeContrat.some((f) => f.type === 'alternance' && f.entrepriseId !== null)).toBe(true);
      expect(aFaire.offresSansMiseEnRelation.length).toBeGreaterThan(0);
      expect(aFaire.entreprisesSansActe.length).toBeGreaterThan(0);
      expect(aFaire.relances.some((r) => r.enRetard)).toBe(true);
      expect(aFaire.relances.some((r) => !r.enRetard)).toBe(true);
      expect(
        (await appeler<{ relances: unknown[] }>('entreprises.aFaire', { responsableId: charge })).relances.length,
      ).toBeGreaterThan(0);
    });
    it('runs the territory’s training programme, recruits its actions and records the needs left unanswered', async () => {
      const { b } = grande;
      const today = '2026-03-10';
      const compte = (sql: string, ...params: unknown[]) =>
        (b.app.base.sqlite.prepare(sql).get(...params) as { n: number }).n;
      // Every year a programme of the Région, France Travail and the State, at the ML's scale.
      for (const an of ['2023', '2024', '2025']) {
        const n = compte('SELECT count(*) AS n FROM action_formation WHERE substr(debut, 1, 4) = ?', an);
        expect(n, an).toBeGreaterThanOrEqual(6);
        expect(n, an).toBeLessThanOrEqual(35);
      }
      const financeurs = lignes<{ f: string }>(b, 'SELECT DISTINCT financeur AS f FROM action_formation').map(
        (r) => r.f,
      );
      expect(financeurs).toEqual(expect.arrayContaining(['region', 'france_travail', 'etat']));
      expect(
        new Set(lignes<{ s: string }>(b, 'SELECT DISTINCT statut AS s FROM action_formation').map((r) => r.s)),
      ).toEqual(new Set(['terminee', 'en_cours', 'en_recrutement', 'programmee', 'annulee']));
      expect(compte('SELECT count(DISTINCT referent_id) AS n FROM action_formation')).toBeGreaterThanOrEqual(5);
      expect(lignes(b, 'SELECT id FROM action_formation WHERE places < 8 OR places > 16')).toEqual([]);

      // The recruitment funnel of the finished actions: 2-3 candidacies a place, about 60 %
      // before a commission (or the body's interviews), places filled at 70-95 %, about one
      // entry in eight abandoned, about 70 % of the certifying ends certified.
      const f = lignes<{
        places: number;
        n: number;
        examinees: number;
        entres: number;
        abandons: number;
        termines: number;
        certifies: number;
      }>(
        b,
        `SELECT (SELECT sum(places) FROM action_formation WHERE statut = 'terminee') AS places, count(*) AS n,
           sum(EXISTS (SELECT 1 FROM etape_positionnement e WHERE e.positionnement_id = p.id AND e.statut = 'en_commission')) AS examinees,
           sum(p.statut IN ('entre', 'abandon', 'termine')) AS entres, sum(p.statut = 'abandon') AS abandons,
           sum(p.statut = 'termine' AND a.certification IS NOT NULL) AS termines,
           sum(p.statut = 'termine' AND a.certification IS NOT NULL AND p.certification_obtenue = 1) AS certifies
         FROM positionnement p JOIN action_formation a ON a.id = p.action_id WHERE a.statut = 'terminee'`,
      )[0]!;
      expect(f.n / f.places).toBeGreaterThan(1.8);
      expect(f.n / f.places).toBeLessThan(3.2);
      expect(f.examinees / f.n).toBeGreaterThan(0.45);
      expect(f.examinees / f.n).toBeLessThan(0.75);
      expect(f.entres / f.places).toBeGreaterThan(0.7);
      expect(f.entres / f.places).toBeLessThan(0.95);
      expect(f.abandons / f.entres).toBeGreaterThan(0.05);
      expect(f.abandons / f.entres).toBeLessThan(0.2);
      expect(f.certifies / f.termines).toBeGreaterThan(0.55);
      expect(f.certifies / f.termines).toBeLessThan(0.85);
      // Each status and each motif occurs; the candidacies of the actions recruiting now are in progress.
      const statuts = lignes<{ s: string }>(b, 'SELECT DISTINCT statut AS s FROM positionnement').map((r) => r.s);
      for (const s of ['propose', 'candidature_transmise', 'entre', 'non_retenu', 'desiste', 'abandon', 'termine'])
        expect(statuts).toContain(s);
      const motifs = lignes<{ m: string }>(
        b,
        'SELECT DISTINCT motif_non_retenu AS m FROM positionnement WHERE m IS NOT NULL',
      );
      expect(motifs.length).toBeGreaterThanOrEqual(5);
      expect(
        compte(`SELECT count(*) AS n FROM positionnement p JOIN action_formation a ON a.id = p.action_id
                WHERE a.statut = 'en_recrutement' AND p.statut NOT IN ('non_retenu', 'desiste')`),
      ).toBeGreaterThan(0);
      expect(compte("SELECT count(*) AS n FROM decision_commission WHERE decision = 'ajourne'")).toBeGreaterThan(0);
      expect(compte('SELECT count(*) AS n FROM positionnement WHERE bilan_le IS NOT NULL')).toBeGreaterThan(50);

      // What the référent formation reads: a finished action's final bilan holds the figures the
      // dashboard computes (nothing moved since), each running action of some length an
      // intermediate bilan taken earlier.
      const session = await connecter(b, 'sgarnier', MOT_DE_PASSE_DEMO, nouvelleSession('poste-formation'));
      const appeler = async <T>(methode: string, entree: unknown): Promise<T> => {
        const r = await b.brut(methode, entree, session);
        if (!r.ok) throw new Error(r.error.message);
        return r.value as T;
      };
      type Chiffres = { places: number; entres: number; abandons: number; tauxRemplissage: number | null };
      const finies = lignes<{ id: number }>(
        b,
        "SELECT action_id AS id FROM bilan_action WHERE type = 'final' ORDER BY action_id",
      );
      expect(finies.length).toBeGreaterThan(15);
      for (const { id } of finies.slice(0, 8)) {
        const a = await appeler<{
          tableau: Chiffres;
          bilans: { type: string; date: string; chiffres: Chiffres & { enCours: number } }[];
        }>('actions.lire', { id });
        const final = a.bilans.find((x) => x.type === 'final')!;
        expect(final.chiffres).toMatchObject({
          places: a.tableau.places,
          entres: a.tableau.entres,
          abandons: a.tableau.abandons,
          tauxRemplissage: a.tableau.tauxRemplissage,
          enCours: 0,
        });
        for (const i of a.bilans.filter((x) => x.type === 'intermediaire'))
          expect(i.chiffres.entres).toBeLessThanOrEqual(final.chiffres.entres);
      }
      expect(
        compte(`SELECT count(*) AS n FROM action_formation a WHERE a.statut = 'en_cours' AND julianday(a.fin) - julianday(a.debut) >= 70
                AND date(a.debut, '+' || ((julianday(a.fin) - julianday(a.debut)) / 2 + 3) || ' days') <= '${today}'
                AND NOT EXISTS (SELECT 1 FROM bilan_action b WHERE b.action_id = a.id AND b.type = 'intermediaire')`),
      ).toBe(0);
      const tableau = await appeler<{
        total: { actions: number; tauxRemplissage: number | null };
        parProgramme: unknown[];
        parMois: { entrees: number }[];
      }>('formation.tableauDeBord', { du: '2025-01-01', au: '2025-12-31' });
      expect(tableau.total.actions).toBeGreaterThanOrEqual(6);
      expect(tableau.total.tauxRemplissage).toBeGreaterThan(0.6);
      expect(tableau.parProgramme.length).toBeGreaterThanOrEqual(3);
      expect(tableau.parMois.some((m) => m.entrees > 0)).toBe(true);

      // A conseiller who is référent d'action finds « his » actions, and actions open to
      // recruitment with places left.
      const referent = lignes<{ id: number; identifiant: string; n: number }>(
        b,
        `SELECT u.id, u.identifiant, count(*) AS n FROM action_formation a JOIN utilisateur u ON u.id = a.referent_id
         WHERE u.identifiant <> 'sgarnier' GROUP BY u.id ORDER BY n DESC, u.id LIMIT 1`,
      )[0]!;
      const sienne = await connecter(b, referent.identifiant, MOT_DE_PASSE_DEMO, nouvelleSession('poste-referent'));
      const r = await b.brut(
        'actions.rechercher',
        {
          statuts: ['programmee', 'en_recrutement', 'en_cours', 'terminee', 'annulee'],
          referentId: referent.id,
        },
        sienne,
      );
      if (!r.ok) throw new Error(r.error.message);
      const siennes = r.value as { total: number; actions: { referentId: number | null }[] };
      expect(siennes.total).toBe(referent.n);
      expect(siennes.actions.every((a) => a.referentId === referent.id)).toBe(true);
      const ouvertes = await appeler<{ actions: { statut: string; placesRestantes: number }[] }>(
        'actions.rechercher',
        {},
      );
      expect(ouvertes.actions.length).toBeGreaterThanOrEqual(3);
      expect(ouvertes.actions.some((a) => a.statut === 'en_recrutement' && a.placesRestantes > 0)).toBe(true);

      // Unmet needs: about 5 % of the jeunes met in interview a year, mostly in fields the
      // year's programme does not cover; those tied to an action name it.
      for (const an of ['2023', '2024', '2025']) {
        const besoins = compte(
          'SELECT count(DISTINCT jeune_id) AS n FROM besoin_formation WHERE substr(date, 1, 4) = ?',
          an,
        );
        const rencontres = compte(
          "SELECT count(DISTINCT jeune_id) AS n FROM evenement WHERE type = 'entretien_individuel' AND substr(date, 1, 4) = ?",
          an,
        );
        expect(besoins / rencontres, an).toBeGreaterThan(0.03);
        expect(besoins / rencontres, an).toBeLessThan(0.08);
      }
      const horsProgramme = lignes<{ n: number; total: number }>(
        b,
        `SELECT sum(NOT EXISTS (SELECT 1 FROM action_formation a WHERE a.domaine = b.domaine
           AND substr(a.debut, 1, 4) = substr(b.date, 1, 4))) AS n, count(*) AS total FROM besoin_formation b`,
      )[0]!;
      expect(horsProgramme.n / horsProgramme.total).toBeGreaterThan(0.4);
      expect(
        lignes(
          b,
          `SELECT id FROM besoin_formation WHERE (raison IN ('places', 'dates') AND action_id IS NULL)
           OR (raison = 'aucune_action' AND action_id IS NOT NULL)`,
        ),
      ).toEqual([]);
      const synthese = await appeler<{ total: number; parRaison: { raison: string; nombre: number }[] }>(
        'besoins.synthese',
        { du: '2023-01-01', au: '2025-12-31' },
      );
      expect(synthese.total).toBeGreaterThan(40);
      expect(synthese.parRaison.filter((r) => r.nombre > 0).length).toBeGreaterThanOrEqual(4);
    });
  });

  it('makes every jeune findable by an accent-less fragment of the name', async () => {
    const { b } = await demo(3);
    const jeunes = lignes<{
      id: number;
      nom_naissance: string;
      nom_usage: string | null;
      prenoms: string;
    }>(b, 'SELECT id, nom_naissance, nom_usage, prenoms FROM jeune ORDER BY id');
    const accentues = jeunes.filter(
      (j) => plier(j.nom_naissance + j.prenoms) !== (j.nom_naissance + j.prenoms).toLowerCase(),
    );
    expect(accentues.length).toBeGreaterThan(10);
    for (const j of jeunes) {
      const nom = plier(j.nom_naissance).split(' ').join('').slice(0, 5);
      const prenom = plier(j.prenoms).split(' ')[0]!.slice(0, 3);
      const trouves = rechercherJeunes(b.app.base.sqlite, `${prenom} ${nom}`, 100).jeunes.map((r) => r.id);
      expect(trouves, `${j.prenoms} ${j.nom_naissance}`).toContain(j.id);
    }
  });

  it('creates only jeunes without history when asked', async () => {
    const b = banc({ maintenant: MAINTENANT });
    ouverts.push(b);
    const etapes: string[] = [];
    const bilan = await genererDemo(b.app, {
      jeunes: 2_500,
      graine: 5,
      maintenant: new Date(MAINTENANT),
      historique: false,
      coutScrypt: COUT_SCRYPT_TEST,
      progression: (_fait, _total, etape) => etapes.push(etape),
    });
    expect(bilan).toMatchObject({
      jeunes: 2_500,
      accueils: 0,
      rendezVous: 0,
      passages: 0,
      diagnostics: 0,
      parcours: 0,
      evenements: 0,
      ateliers: 0,
    });
    expect(lignes(b, 'SELECT count(*) AS n FROM jeune')).toEqual([{ n: 2_500 }]);
    expect(lignes(b, 'SELECT count(*) AS n FROM accueil')).toEqual([{ n: 0 }]);
    expect(etapes.length).toBeGreaterThan(2);
    expect(lignes(b, 'PRAGMA foreign_key_check')).toEqual([]);
  });

  it('refuses a database where a structure is already installed', async () => {
    const b = banc({ maintenant: MAINTENANT });
    ouverts.push(b);
    await installer(b);
    await expect(
      genererDemo(b.app, {
        jeunes: 10,
        graine: 1,
        maintenant: new Date(MAINTENANT),
        coutScrypt: COUT_SCRYPT_TEST,
      }),
    ).rejects.toThrow(/déjà une structure installée/);
    expect(lignes(b, 'SELECT count(*) AS n FROM jeune')).toEqual([{ n: 0 }]);
  });
});
