import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { nouvelleSession } from '../../src-main/host/sessions';
import { siretValide } from '../../src-main/contract/champs';
import { rechercherJeunes } from '../../src-main/services/jeunes/recherche';
import { recalculerContacts } from '../../src-main/services/commun/contacts';
import { ALERTES } from '../../src-main/contract/referentielsParcours';
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
    // An orientation names its partner; a rendez-vous answer links its appointment.
    expect(lignes(b, "SELECT id FROM accueil WHERE reponse = 'orientation_partenaire' AND partenaire IS NULL")).toEqual(
      [],
    );
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
      });
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
           WHERE a.date >= @d AND ap.present IS NOT NULL`,
          { d: today, t: now },
        ),
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
      expect(lignes(b, "SELECT id FROM diagnostic WHERE conclusion = 'orientation' AND partenaire IS NULL")).toEqual(
        [],
      );
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
