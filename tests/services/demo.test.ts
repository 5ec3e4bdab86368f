import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { nouvelleSession } from '../../src-main/host/sessions';
import { siretValide } from '../../src-main/contract/champs';
import { rechercherJeunes } from '../../src-main/services/jeunes/recherche';
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
];

const ouverts: Banc[] = [];
afterEach(() => {
  for (const b of ouverts.splice(0)) b.app.fermer();
});

async function demo(graine: number, jeunes = 300): Promise<{ b: Banc; bilan: Bilan }> {
  const b = banc({ maintenant: MAINTENANT });
  ouverts.push(b);
  const bilan = await genererDemo(b.app, {
    jeunes,
    graine,
    maintenant: new Date(MAINTENANT),
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
  it('gives the same data for the same seed, and other data for another seed', async () => {
    const a = await demo(7);
    const b = await demo(7);
    const c = await demo(8);
    expect(a.bilan).toEqual(b.bilan);
    expect(empreinte(a.b)).toBe(empreinte(b.b));
    expect(empreinte(a.b)).not.toBe(empreinte(c.b));
  });

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
