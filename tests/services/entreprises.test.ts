import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Contract, InputOf } from '../../src-main/contract';
import type { SessionPoste } from '../../src-main/host/sessions';
import { banc, installer, type Banc } from '../aide';
import { dernierIdJournal, instantane, lignesJournal } from '../fixtures/journal';

/**
 * The firms of the employer portfolio and their service acts (issue 6, docs/entreprises.md):
 * SIRET checks, duplicates and look-alikes, the owner and reassignments, the portfolio search,
 * the firm's page, the rules of acts. "Today" is Tuesday 10/03/2026 in Paris. Offers and the
 * jeunes' situations, other areas' records, are written with plain SQL where a row needs them.
 */

let b: Banc;
let lieux: Awaited<ReturnType<typeof installer>>;
const sqlite = () => b.app.base.sqlite;

beforeEach(async () => {
  b = banc({ maintenant: '2026-03-10T09:15:00Z' });
  lieux = await installer(b);
});

afterEach(() => b.app.fermer());

const SIRET_MARTIN = '73282932000074';
/** Another establishment of the same SIREN (732 829 320). */
const SIRET_MARTIN_BIS = '73282932000017';
const SIRET_GARAGE = '55208131766522';
const SIRET_HOTEL = '44306184100047';
const SIRET_POSTE = '35600000049837';

type SaisieEntreprise = InputOf<Contract, 'entreprises.creer'>;
type SaisieActe = InputOf<Contract, 'actes.enregistrer'>['acte'];

function saisie(autres: Partial<SaisieEntreprise> = {}): SaisieEntreprise {
  return {
    siret: SIRET_MARTIN,
    nom: 'Boulangerie Martin',
    naf: '10.71C',
    tranche: '1_9',
    adresse: '12 rue Jacquemart',
    codePostal: '26100',
    codeInsee: '26281',
    commune: 'Romans-sur-Isère',
    contacts: [
      { nom: 'Jeanne Martin', fonction: 'Gérante', telephone: '04 75 02 00 01' },
      { nom: 'Luc Martin', fonction: null },
    ],
    ...autres,
  };
}

async function creer(autres: Partial<SaisieEntreprise> = {}, session: SessionPoste = b.session) {
  const r = await b.brut('entreprises.creer', saisie(autres), session);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as { id: number; avertissements: string[] };
}

async function acte(
  entrepriseId: number,
  a: Partial<SaisieActe> = {},
  session: SessionPoste = b.session,
  id: number | null = null,
) {
  const r = await b.brut('actes.enregistrer', { entrepriseId, id, acte: { type: 'visite', ...a } }, session);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return (r.value as { id: number }).id;
}

/** The business rows a refused call must leave untouched (the trail apart: a refusal is traced). */
const TABLES = ['entreprise', 'entreprise_contact', 'entreprise_affectation', 'acte_service'];
const etat = () => TABLES.map((t) => instantane(sqlite(), t)).join('\n');

async function refus(
  methode: string,
  entree: unknown,
  code = 'regle_metier',
  session: SessionPoste = b.session,
): Promise<{ message: string; champs?: { champ: string; message: string }[] }> {
  const avant = etat();
  const r = await b.brut(methode, entree, session);
  if (r.ok) throw new Error(`${methode} aurait dû être refusé`);
  expect(r.error.code).toBe(code);
  expect(etat()).toBe(avant);
  return r.error;
}

let numero = 0;
async function creerJeune(nom: string, prenom: string) {
  return (
    await b.appeler('jeunes.creer', {
      nomNaissance: nom,
      prenoms: prenom,
      dateNaissance: `2005-0${(++numero % 9) + 1}-12`,
      sexe: 'F',
      confirmeMalgreRessemblants: true,
    })
  ).id;
}

/** A situation naming the firm, as the situations screen or a retained match writes it. */
function situationChez(
  entrepriseId: number,
  jeuneId: number,
  s: { type?: string; sousType?: string; debut: string; finPrevue?: string | null; finReelle?: string | null },
) {
  return Number(
    sqlite()
      .prepare(
        `INSERT INTO situation (jeune_id, type, sous_type, debut, fin_prevue, fin_reelle, organisme, entreprise_id,
                                intitule, cree_le, modifie_le)
         VALUES (?, ?, ?, ?, ?, ?, 'Boulangerie Martin', ?, 'Vendeuse', '2026-01-01T10:00:00Z', '2026-01-01T10:00:00Z')`,
      )
      .run(
        jeuneId,
        s.type ?? 'emploi',
        s.sousType ?? 'cdd',
        s.debut,
        s.finPrevue ?? null,
        s.finReelle ?? null,
        entrepriseId,
      ).lastInsertRowid,
  );
}

/** An offer, as the offers area writes it (its own tests cover how). */
function offre(entrepriseId: number, o: { recueLe: string; statut?: string; dateLimite?: string | null }) {
  return Number(
    sqlite()
      .prepare(
        `INSERT INTO offre (entreprise_id, intitule, type_contrat, postes, recue_le, date_limite, statut, auteur_id,
                            cree_le, modifie_le)
         VALUES (?, 'Vendeur en boulangerie', 'cdd', 1, ?, ?, ?, 1, '2026-01-01T10:00:00Z', '2026-01-01T10:00:00Z')`,
      )
      .run(entrepriseId, o.recueLe, o.dateLimite ?? null, o.statut ?? 'ouverte').lastInsertRowid,
  );
}

describe('SIRET et doublons', () => {
  test('un SIRET de 14 chiffres tapé avec des espaces est gardé sans espaces ; la fiche relue donne le SIREN', async () => {
    const { id, avertissements } = await creer({ siret: '732 829 320 00074' });
    expect(avertissements).toEqual([]);
    const e = await b.appeler('entreprises.lire', { id });
    expect(e).toMatchObject({
      siret: SIRET_MARTIN,
      siren: '732829320',
      nom: 'Boulangerie Martin',
      naf: '10.71C',
      secteur: 'C',
      tranche: '1_9',
      statut: 'prospect',
      responsableId: null,
      qpv: false,
    });
    expect(e.contacts.map((c) => [c.nom, c.fonction, c.telephone])).toEqual([
      ['Jeanne Martin', 'Gérante', '0475020001'],
      ['Luc Martin', null, null],
    ]);
  });

  test('une clé de contrôle fausse est refusée en français, et rien n’est écrit', async () => {
    const e = await refus('entreprises.creer', saisie({ siret: '73282932000075' }), 'entree_invalide');
    expect(e.message).toContain('SIRET : la clé de contrôle ne correspond pas ; vérifiez les 14 chiffres.');
    expect(e.champs).toContainEqual({
      champ: 'siret',
      message: 'SIRET : la clé de contrôle ne correspond pas ; vérifiez les 14 chiffres.',
    });
    const court = await refus('entreprises.creer', saisie({ siret: '7328293200007' }), 'entree_invalide');
    expect(court.message).toContain('SIRET : 14 chiffres attendus.');
  });

  test('La Poste : un établissement valide par la somme des chiffres est accepté, un chiffre faux refusé', async () => {
    const { id } = await creer({ siret: SIRET_POSTE, nom: 'La Poste Romans Centre' });
    expect((await b.appeler('entreprises.lire', { id })).siren).toBe('356000000');
    const e = await refus(
      'entreprises.creer',
      saisie({ siret: '35600000049838', nom: 'La Poste Bourg' }),
      'entree_invalide',
    );
    expect(e.message).toContain('la clé de contrôle ne correspond pas');
  });

  test('un SIRET déjà enregistré est refusé en nommant l’entreprise, à la création comme en modification', async () => {
    await creer();
    const e = await refus('entreprises.creer', saisie({ nom: 'Martin Pains' }));
    expect(e.message).toBe(
      "SIRET 732 829 320 00074 déjà enregistré pour « Boulangerie Martin » (Romans-sur-Isère) : un établissement n'a qu'une fiche. Ouvrez la sienne, ou vérifiez les 14 chiffres.",
    );
    expect(e.champs?.[0]?.champ).toBe('siret');

    const garage = await creer({ siret: SIRET_GARAGE, nom: 'Garage du Centre', naf: null, contacts: [] });
    const { modifieLe } = await b.appeler('entreprises.lire', { id: garage.id });
    const m = await refus('entreprises.modifier', {
      id: garage.id,
      modifieLeLu: modifieLe,
      entreprise: saisie({ nom: 'Garage du Centre' }),
    });
    expect(m.message).toContain('déjà enregistré pour « Boulangerie Martin »');
    expect(m.champs?.[0]?.champ).toBe('entreprise.siret');
  });

  test('un nom voisin ou un même SIREN est signalé, et l’entreprise est enregistrée quand même', async () => {
    await creer();
    const voisin = await creer({ siret: SIRET_GARAGE, nom: 'BOULANGERIE-MARTIN SARL', commune: null, contacts: [] });
    expect(voisin.avertissements).toEqual([
      "« Boulangerie Martin » (Romans-sur-Isère), SIRET 732 829 320 00074, porte un nom voisin : vérifiez qu'il ne s'agit pas du même employeur, sinon gardez une seule fiche.",
    ]);
    const etablissement = await creer({ siret: SIRET_MARTIN_BIS, nom: 'Fournil de Bourg', contacts: [] });
    expect(etablissement.avertissements).toHaveLength(1);
    expect(etablissement.avertissements[0]).toContain("a le même SIREN : c'est un autre établissement");
    expect(
      sqlite()
        .prepare('SELECT nom FROM entreprise ORDER BY id')
        .all()
        .map((l) => (l as { nom: string }).nom),
    ).toEqual(['Boulangerie Martin', 'BOULANGERIE-MARTIN SARL', 'Fournil de Bourg']);
    // A name that only starts like another is not a look-alike.
    const autre = await creer({ siret: SIRET_HOTEL, nom: 'Martinez Transports', contacts: [] });
    expect(autre.avertissements).toEqual([]);
  });

  test('ressemblantes : même SIRET, même SIREN, nom voisin, la fiche en cours de modification exclue', async () => {
    const martin = await creer();
    const bis = await creer({ siret: SIRET_MARTIN_BIS, nom: 'Fournil de Bourg', contacts: [] });
    await creer({ siret: SIRET_GARAGE, nom: 'Ets Delafontaine', contacts: [] });

    const pendantLaSaisie = await b.appeler('entreprises.ressemblantes', { nom: '', siret: '732 829 320 000' });
    expect(pendantLaSaisie.map((r) => [r.nom, r.raison])).toEqual([
      ['Boulangerie Martin', 'siren'],
      ['Fournil de Bourg', 'siren'],
    ]);
    const complet = await b.appeler('entreprises.ressemblantes', { nom: 'Ets De La Fontaine', siret: SIRET_MARTIN });
    expect(complet.map((r) => [r.nom, r.raison])).toEqual([
      ['Boulangerie Martin', 'siret'],
      ['Fournil de Bourg', 'siren'],
      ['Ets Delafontaine', 'nom'],
    ]);
    const enModification = await b.appeler('entreprises.ressemblantes', {
      nom: 'Boulangerie Martin',
      siret: SIRET_MARTIN,
      id: martin.id,
    });
    expect(enModification.map((r) => [r.id, r.raison])).toEqual([[bis.id, 'siren']]);
  });

  test('le secteur est la section NAF du code donné ; sans code NAF, le secteur choisi est gardé', async () => {
    const { id } = await creer({ naf: '4711 d', secteur: 'C' });
    expect(await b.appeler('entreprises.lire', { id })).toMatchObject({ naf: '47.11D', secteur: 'G' });
    const sansNaf = await creer({ siret: SIRET_GARAGE, nom: 'Garage du Centre', naf: null, secteur: 'S' });
    expect(await b.appeler('entreprises.lire', { id: sansNaf.id })).toMatchObject({ naf: null, secteur: 'S' });
    const e = await refus(
      'entreprises.creer',
      saisie({ siret: SIRET_HOTEL, nom: 'Hôtel', naf: '04.11A' }),
      'entree_invalide',
    );
    expect(e.message).toContain('Code NAF : cette division n’existe pas dans la NAF.');
  });
});

describe('responsable et réaffectations', () => {
  test('à la création, le responsable est noté dans l’historique de la fiche', async () => {
    const charge = await b.personne(['charge_relation_entreprises']);
    const { id } = await creer({ responsableId: charge.id });
    expect(
      sqlite().prepare('SELECT avant_id, apres_id, par FROM entreprise_affectation WHERE entreprise_id = ?').all(id),
    ).toEqual([{ avant_id: null, apres_id: charge.id, par: 1 }]);
    const e = await b.appeler('entreprises.lire', { id });
    expect(e.responsableNom).toBe('Personne N° 1');
    expect(e.chronologie.map((l) => [l.genre, l.titre])).toEqual([
      ['affectation', 'Confiée à Personne N° 1'],
      ['creation', 'Entreprise enregistrée dans Tremplin'],
    ]);
  });

  test('le responsable doit être une personne active qui accompagne les jeunes', async () => {
    const accueil = await refus('entreprises.creer', saisie({ responsableId: lieux.accueil }));
    expect(accueil.message).toMatch(/^Léa Roux n'accompagne pas les jeunes : une entreprise se confie à une personne/);
    expect(accueil.champs?.[0]?.champ).toBe('responsableId');

    const [claire] = lieux.conseillers;
    sqlite().prepare('UPDATE utilisateur SET actif = 0 WHERE id = ?').run(claire);
    const partie = await refus('entreprises.creer', saisie({ responsableId: claire }));
    expect(partie.message).toBe(
      "Claire Fabre n'est plus en poste (compte désactivé) : confiez l'entreprise à une personne active du personnel.",
    );
    const inconnue = await refus('entreprises.creer', saisie({ responsableId: 999 }));
    expect(inconnue.message).toContain("cette personne n'existe pas dans le personnel");
  });

  test('réaffecter : une ligne d’historique et une entrée du journal par entreprise qui change de mains', async () => {
    const [claire, karim] = lieux.conseillers as [number, number];
    const a = await creer({ responsableId: claire });
    const c = await creer({ siret: SIRET_GARAGE, nom: 'Garage du Centre', responsableId: karim });
    const d = await creer({ siret: SIRET_HOTEL, nom: 'Hôtel des Voyageurs' });
    const charge = await b.personne(['charge_relation_entreprises']);
    const depuis = dernierIdJournal(sqlite());
    const avantAffectations = sqlite().prepare('SELECT count(*) AS n FROM entreprise_affectation').get() as {
      n: number;
    };

    const r = await b.brut(
      'entreprises.reaffecter',
      { entrepriseIds: [a.id, c.id, d.id], responsableId: karim },
      charge.session,
    );
    expect(r).toEqual({ ok: true, value: { reaffectees: 2 } });
    expect(
      sqlite()
        .prepare('SELECT entreprise_id, avant_id, apres_id, par FROM entreprise_affectation WHERE id > ? ORDER BY id')
        .all(avantAffectations.n),
    ).toEqual([
      { entreprise_id: a.id, avant_id: claire, apres_id: karim, par: charge.id },
      { entreprise_id: d.id, avant_id: null, apres_id: karim, par: charge.id },
    ]);
    expect(lignesJournal(sqlite(), depuis).map((l) => [l.action, l.objet_type, l.objet_id, l.utilisateur_id])).toEqual([
      ['entreprise_reaffectee', 'entreprise', a.id, charge.id],
      ['entreprise_reaffectee', 'entreprise', d.id, charge.id],
    ]);
    const fiche = await b.appeler('entreprises.lire', { id: a.id });
    expect(fiche.responsableNom).toBe('Karim Benali');
    expect(fiche.chronologie[0]).toMatchObject({
      genre: 'affectation',
      titre: 'Confiée à Karim Benali',
      detail: 'Auparavant : Claire Fabre',
      auteurNom: 'Personne N° 1',
    });

    // To nobody: the firms leave the portfolio, traced the same way.
    expect(await b.appeler('entreprises.reaffecter', { entrepriseIds: [c.id], responsableId: null })).toEqual({
      reaffectees: 1,
    });
    expect((await b.appeler('entreprises.lire', { id: c.id })).chronologie[0]?.titre).toBe(
      'Retirée du portefeuille de Karim Benali',
    );
  });

  test('réaffecter est réservé aux chargés de relation entreprises et à la direction ; un conseiller est refusé', async () => {
    const [claire] = lieux.conseillers as [number, number];
    const a = await creer();
    const depuis = dernierIdJournal(sqlite());
    const e = await refus(
      'entreprises.reaffecter',
      { entrepriseIds: [a.id], responsableId: claire },
      'acces_refuse',
      b.sessionDe(claire),
    );
    expect(e.message).toContain('Action non autorisée pour votre profil');
    expect(lignesJournal(sqlite(), depuis).map((l) => l.action)).toEqual(['acces_refuse']);
  });

  test('réaffecter à l’accueil, ou une entreprise inconnue : refusé, rien n’est écrit', async () => {
    const a = await creer();
    const accueil = await refus('entreprises.reaffecter', { entrepriseIds: [a.id], responsableId: lieux.accueil });
    expect(accueil.message).toContain("Léa Roux n'accompagne pas les jeunes");
    const inconnue = await refus(
      'entreprises.reaffecter',
      { entrepriseIds: [a.id, 999], responsableId: lieux.conseillers[0] },
      'introuvable',
    );
    expect(inconnue.message).toBe('Entreprise introuvable : la fiche a peut-être été supprimée ou fusionnée.');
  });

  test('modifier le responsable dans la fiche est tracé comme une réaffectation ; le reste ne l’est pas', async () => {
    const [claire] = lieux.conseillers as [number, number];
    const { id } = await creer();
    const depuis = dernierIdJournal(sqlite());
    let { modifieLe } = await b.appeler('entreprises.lire', { id });
    await b.appeler('entreprises.modifier', {
      id,
      modifieLeLu: modifieLe,
      entreprise: saisie({ telephone: '0475000000' }),
    });
    expect(lignesJournal(sqlite(), depuis).map((l) => l.action)).toEqual([]);
    ({ modifieLe } = await b.appeler('entreprises.lire', { id }));
    await b.appeler('entreprises.modifier', {
      id,
      modifieLeLu: modifieLe,
      entreprise: saisie({ responsableId: claire }),
    });
    expect(lignesJournal(sqlite(), depuis).map((l) => [l.action, l.objet_id])).toEqual([['entreprise_reaffectee', id]]);
    expect(sqlite().prepare('SELECT avant_id, apres_id FROM entreprise_affectation').all()).toEqual([
      { avant_id: null, apres_id: claire },
    ]);
  });
  test('dans la fiche, un conseiller ne change pas le responsable ; il peut prendre une entreprise sans responsable', async () => {
    const [claire, karim] = lieux.conseillers as [number, number];
    const { id } = await creer({ responsableId: karim });
    const sans = await creer({ siret: SIRET_GARAGE, nom: 'Garage du Centre' });
    const lu = async (entrepriseId: number) => (await b.appeler('entreprises.lire', { id: entrepriseId })).modifieLe;
    const e = await refus(
      'entreprises.modifier',
      { id, modifieLeLu: await lu(id), entreprise: saisie({ responsableId: claire }) },
      'acces_refuse',
      b.sessionDe(claire),
    );
    expect(e.message).toMatch(/^Seuls les chargés de relation entreprises et la direction confient une entreprise/);
    const r = await b.brut(
      'entreprises.modifier',
      {
        id: sans.id,
        modifieLeLu: await lu(sans.id),
        entreprise: saisie({ siret: SIRET_GARAGE, nom: 'Garage du Centre', responsableId: claire }),
      },
      b.sessionDe(claire),
    );
    expect(r.ok).toBe(true);
    expect((await b.appeler('entreprises.lire', { id: sans.id })).responsableNom).toBe('Claire Fabre');
  });
});

describe('modification', () => {
  test('une fiche modifiée entre-temps par quelqu’un d’autre est refusée, rien n’est écrit', async () => {
    const [claire] = lieux.conseillers as [number, number];
    const { id } = await creer();
    const { modifieLe } = await b.appeler('entreprises.lire', { id });
    // Claire saves first, at the same instant: the version still moves.
    const r = await b.brut(
      'entreprises.modifier',
      { id, modifieLeLu: modifieLe, entreprise: saisie({ statut: 'partenaire' }) },
      b.sessionDe(claire),
    );
    expect(r.ok).toBe(true);
    const e = await refus(
      'entreprises.modifier',
      { id, modifieLeLu: modifieLe, entreprise: saisie({ notes: 'Recrute en septembre' }) },
      'conflit',
    );
    expect(e.message).toBe(
      "Claire Fabre a enregistré la fiche de « Boulangerie Martin » le 10/03/2026 à 10 h 15, après que vous l'avez ouverte : rien n'a été enregistré. Vos saisies sont toujours à l'écran : notez-les, rechargez la fiche, puis reportez-les.",
    );
    const relue = await b.appeler('entreprises.lire', { id });
    expect(relue).toMatchObject({ statut: 'partenaire', notes: null });
  });

  test('la modification remplace les interlocuteurs par la liste à l’écran, dans son ordre', async () => {
    const { id } = await creer();
    const { modifieLe } = await b.appeler('entreprises.lire', { id });
    const r = await b.appeler('entreprises.modifier', {
      id,
      modifieLeLu: modifieLe,
      entreprise: saisie({ nom: 'Boulangerie Martin & Fils', contacts: [{ nom: 'Paul Martin', fonction: 'Fils' }] }),
    });
    // Its own former name is not a look-alike.
    expect(r).toEqual({ id, avertissements: [] });
    const e = await b.appeler('entreprises.lire', { id });
    expect(e.nom).toBe('Boulangerie Martin & Fils');
    expect(e.contacts.map((c) => c.nom)).toEqual(['Paul Martin']);
  });
});

describe('recherche du portefeuille', () => {
  async function portefeuille() {
    const [claire, karim] = lieux.conseillers as [number, number];
    const martin = await creer({ responsableId: claire, statut: 'partenaire' });
    const garage = await creer({
      siret: SIRET_GARAGE,
      nom: 'Garage de l’Étang',
      naf: '45.20A',
      tranche: '10_49',
      codeInsee: '26057',
      commune: 'Bourg-de-Péage',
      responsableId: karim,
    });
    const hotel = await creer({
      siret: SIRET_HOTEL,
      nom: 'Hôtel des Voyageurs',
      naf: '55.10Z',
      tranche: '10_49',
      statut: 'inactif',
    });
    const abattoir = await creer({ siret: SIRET_POSTE, nom: 'Abattoir Coopératif', naf: null, tranche: null });
    return { claire, karim, martin: martin.id, garage: garage.id, hotel: hotel.id, abattoir: abattoir.id };
  }

  const noms = async (criteres: InputOf<Contract, 'entreprises.rechercher'>) =>
    (await b.appeler('entreprises.rechercher', criteres)).entreprises.map((e) => e.nom);

  test('filtres : statut, secteur, effectif, commune, responsable (tous, personne, une personne) ; tri par nom', async () => {
    const p = await portefeuille();
    expect(await noms({})).toEqual([
      'Abattoir Coopératif',
      'Boulangerie Martin',
      'Garage de l’Étang',
      'Hôtel des Voyageurs',
    ]);
    expect(await noms({ statuts: ['prospect', 'partenaire'] })).toEqual([
      'Abattoir Coopératif',
      'Boulangerie Martin',
      'Garage de l’Étang',
    ]);
    expect(await noms({ secteurs: ['G', 'I'] })).toEqual(['Garage de l’Étang', 'Hôtel des Voyageurs']);
    expect(await noms({ tranches: ['10_49'] })).toEqual(['Garage de l’Étang', 'Hôtel des Voyageurs']);
    expect(await noms({ codeInsee: '26057' })).toEqual(['Garage de l’Étang']);
    expect(await noms({ responsableId: p.claire })).toEqual(['Boulangerie Martin']);
    expect(await noms({ responsableId: null })).toEqual(['Abattoir Coopératif', 'Hôtel des Voyageurs']);
    expect(await noms({ secteurs: ['C'], responsableId: p.karim })).toEqual([]);
  });

  test('texte : mots du nom sans accents ni casse, ou chiffres du SIRET ; total compté avant la limite', async () => {
    await portefeuille();
    expect(await noms({ texte: 'etang gar' })).toEqual(['Garage de l’Étang']);
    expect(await noms({ texte: 'HOTEL' })).toEqual(['Hôtel des Voyageurs']);
    expect(await noms({ texte: 'boulangeriemartin' })).toEqual(['Boulangerie Martin']);
    expect(await noms({ texte: 'artin' })).toEqual([]);
    expect(await noms({ texte: '552 081' })).toEqual(['Garage de l’Étang']);
    expect(await b.appeler('entreprises.rechercher', { limite: 2 })).toMatchObject({
      total: 4,
      entreprises: [{ nom: 'Abattoir Coopératif' }, { nom: 'Boulangerie Martin' }],
    });
  });

  test('chaque ligne : dernier acte, offres ouvertes aujourd’hui, jeunes placés et en poste', async () => {
    const p = await portefeuille();
    // The last act is the latest by date, not the last typed.
    await acte(p.martin, { type: 'visite', date: '2026-03-02' });
    await acte(p.martin, { type: 'contact_telephone', date: '2026-02-20' });
    offre(p.martin, { recueLe: '2026-03-01' });
    offre(p.martin, { recueLe: '2026-01-20', dateLimite: '2026-03-10' });
    // Expired (received 61 days ago, 60 days by default), filled, cancelled: not open.
    offre(p.martin, { recueLe: '2026-01-08' });
    offre(p.martin, { recueLe: '2026-03-01', statut: 'pourvue' });
    offre(p.martin, { recueLe: '2026-03-01', statut: 'annulee' });
    const lea = await creerJeune('Durand', 'Léa');
    const tom = await creerJeune('Petit', 'Tom');
    // Léa twice (an immersion then a job) counts once; Tom's contract has ended.
    situationChez(p.martin, lea, {
      type: 'immersion',
      sousType: 'pmsmp',
      debut: '2025-10-01',
      finReelle: '2025-10-14',
    });
    situationChez(p.martin, lea, { debut: '2026-01-05', finPrevue: '2026-06-30' });
    situationChez(p.martin, tom, { debut: '2025-06-01', finReelle: '2025-12-31' });

    const { entreprises } = await b.appeler('entreprises.rechercher', {});
    const martin = entreprises.find((e) => e.id === p.martin)!;
    expect(martin).toMatchObject({
      siret: SIRET_MARTIN,
      commune: 'Romans-sur-Isère',
      secteur: 'C',
      statut: 'partenaire',
      responsableNom: 'Claire Fabre',
      dernierActe: { date: '2026-03-02', type: 'visite' },
      offresOuvertes: 2,
      jeunesPlaces: 2,
      jeunesEnPoste: 1,
    });
    expect(entreprises.find((e) => e.id === p.garage)).toMatchObject({
      dernierActe: null,
      offresOuvertes: 0,
      jeunesPlaces: 0,
      jeunesEnPoste: 0,
    });
  });

  test('l’accueil n’a pas accès au portefeuille', async () => {
    await portefeuille();
    const r = await b.brut('entreprises.rechercher', {}, b.sessionDe(lieux.accueil));
    expect(r.ok ? null : r.error.code).toBe('acces_refuse');
  });
});

describe('actes de service', () => {
  test('un acte est daté du jour par défaut, signé de son auteur, et relu le plus récent d’abord', async () => {
    const { id: entrepriseId } = await creer();
    await acte(entrepriseId, { type: 'contact_telephone', date: '2026-02-12', interlocuteur: 'Jeanne Martin' });
    const visite = await acte(entrepriseId, {
      type: 'visite',
      note: 'Cherche deux apprentis pour la rentrée.',
      prochaineActionLe: '2026-04-15',
      prochaineAction: 'Rappeler pour les contrats de septembre',
    });
    const e = await b.appeler('entreprises.lire', { id: entrepriseId });
    expect(e.actes.map((a) => [a.date, a.type, a.auteurNom])).toEqual([
      ['2026-03-10', 'visite', 'Sophie Morel'],
      ['2026-02-12', 'contact_telephone', 'Sophie Morel'],
    ]);
    expect(e.actes[0]).toMatchObject({
      id: visite,
      entrepriseNom: 'Boulangerie Martin',
      prochaineActionLe: '2026-04-15',
      offreId: null,
      miseEnRelationId: null,
    });
    // The creation, the same day, comes after: it happened first.
    expect(e.chronologie.map((l) => l.genre)).toEqual(['acte', 'creation', 'acte']);
    expect(e.chronologie.filter((l) => l.genre === 'acte')).toMatchObject([
      {
        genre: 'acte',
        titre: 'Visite en entreprise',
        detail:
          'Cherche deux apprentis pour la rentrée.\nProchaine action le 15/04/2026 : Rappeler pour les contrats de septembre',
        cible: { type: 'acte', id: visite },
      },
      { genre: 'acte', titre: 'Contact téléphonique avec Jeanne Martin', date: '2026-02-12' },
    ]);
  });

  test('un acte daté dans le futur, ou une prochaine action avant l’acte, est refusé ; rien n’est écrit', async () => {
    const { id: entrepriseId } = await creer();
    const futur = await refus('actes.enregistrer', { entrepriseId, acte: { type: 'visite', date: '2026-03-11' } });
    expect(futur.message).toBe(
      "Acte daté du 11/03/2026, dans le futur : un acte se note une fois fait. Pour prévoir une démarche, notez-la en « prochaine action » de l'acte du jour.",
    );
    expect(futur.champs?.[0]?.champ).toBe('acte.date');
    const avant = await refus('actes.enregistrer', {
      entrepriseId,
      acte: { type: 'visite', date: '2026-03-05', prochaineActionLe: '2026-03-04', prochaineAction: 'Relancer' },
    });
    expect(avant.message).toBe(
      "Prochaine action prévue le 04/03/2026, avant l'acte lui-même (05/03/2026) : choisissez une date à partir du 05/03/2026.",
    );
    const incomplete = await refus(
      'actes.enregistrer',
      { entrepriseId, acte: { type: 'visite', prochaineActionLe: '2026-04-01' } },
      'entree_invalide',
    );
    expect(incomplete.message).toContain('Prochaine action : indiquez à la fois la date et ce qu’il faudra faire.');
    await refus('actes.enregistrer', { entrepriseId: 999, acte: { type: 'visite' } }, 'introuvable');
  });

  test('l’acte d’un autre ne se modifie ni ne se supprime ; son auteur et la direction le peuvent', async () => {
    const [claire, karim] = lieux.conseillers as [number, number];
    const { id: entrepriseId } = await creer();
    const charge = await b.personne(['charge_relation_entreprises']);
    const id = await acte(entrepriseId, { type: 'visite', note: 'Première visite' }, charge.session);

    const modif = await refus(
      'actes.enregistrer',
      { entrepriseId, id, acte: { type: 'visite', note: 'Réécrit' } },
      'acces_refuse',
      b.sessionDe(claire),
    );
    expect(modif.message).toBe(
      'Cet acte a été noté par Personne N° 1 : seuls son auteur et la direction peuvent le modifier. Pour compléter, notez un nouvel acte.',
    );
    const suppr = await refus('actes.supprimer', { id }, 'acces_refuse', b.sessionDe(claire));
    expect(suppr.message).toContain('seuls son auteur et la direction peuvent le supprimer');

    // The author corrects it; the date typed at first is kept when none is sent.
    await acte(entrepriseId, { type: 'visite', note: 'Première visite, avec le gérant' }, charge.session, id);
    // Karim is direction.
    await acte(entrepriseId, { type: 'mediation', note: 'Médiation' }, b.sessionDe(karim), id);
    expect(sqlite().prepare('SELECT type, note, auteur_id, date FROM acte_service WHERE id = ?').get(id)).toEqual({
      type: 'mediation',
      note: 'Médiation',
      auteur_id: charge.id,
      date: '2026-03-10',
    });
    expect(await b.brut('actes.supprimer', { id }, b.sessionDe(karim))).toEqual({ ok: true, value: { id } });
    expect(sqlite().prepare('SELECT count(*) AS n FROM acte_service').get()).toEqual({ n: 0 });
  });

  test('les actes écrits par une offre ne se modifient ni ne se suppriment à la main', async () => {
    const { id: entrepriseId } = await creer();
    const offreId = offre(entrepriseId, { recueLe: '2026-03-01' });
    const id = Number(
      sqlite()
        .prepare(
          `INSERT INTO acte_service (entreprise_id, date, type, offre_id, auteur_id, cree_le, modifie_le)
           VALUES (?, '2026-03-01', 'offre', ?, 1, '2026-03-01T10:00:00Z', '2026-03-01T10:00:00Z')`,
        )
        .run(entrepriseId, offreId).lastInsertRowid,
    );
    const modif = await refus('actes.enregistrer', { entrepriseId, id, acte: { type: 'visite' } });
    expect(modif.message).toBe(
      "Cet acte a été noté par l'offre « Vendeur en boulangerie » : il suit l'offre et ne se modifie pas à la main. Modifiez l'offre elle-même.",
    );
    const suppr = await refus('actes.supprimer', { id });
    expect(suppr.message).toContain('ne se supprime pas à la main');
    // Not repeated in the timeline: the offer's own line stands for it.
    const e = await b.appeler('entreprises.lire', { id: entrepriseId });
    expect(e.actes.map((a) => a.id)).toEqual([id]);
    expect(e.chronologie.filter((l) => l.genre === 'acte')).toEqual([]);
  });

  test('un acte ne se modifie que sous son entreprise', async () => {
    const a = await creer();
    const c = await creer({ siret: SIRET_GARAGE, nom: 'Garage du Centre' });
    const id = await acte(a.id);
    const e = await refus('actes.enregistrer', { entrepriseId: c.id, id, acte: { type: 'visite' } }, 'introuvable');
    expect(e.message).toContain('Acte de service introuvable');
  });
});

describe('fiche entreprise', () => {
  test('jeunes de l’entreprise (en poste d’abord) et chronologie complète, la plus récente d’abord', async () => {
    const { id } = await creer();
    const lea = await creerJeune('Durand', 'Léa');
    const tom = await creerJeune('Petit', 'Tom');
    const passee = situationChez(id, tom, { debut: '2025-06-01', finReelle: '2025-12-31' });
    const enCours = situationChez(id, lea, {
      type: 'alternance',
      sousType: 'apprentissage',
      debut: '2026-01-05',
      finPrevue: '2027-08-31',
    });
    await acte(id, { type: 'suivi_emploi', date: '2026-02-02' });

    const e = await b.appeler('entreprises.lire', { id });
    expect(e.jeunes.map((j) => [j.situationId, j.jeuneNom, j.enCours])).toEqual([
      [enCours, 'Durand Léa', true],
      [passee, 'Petit Tom', false],
    ]);
    expect(e.chronologie.map((l) => [l.date, l.genre, l.titre])).toEqual([
      ['2026-03-10', 'creation', 'Entreprise enregistrée dans Tremplin'],
      ['2026-02-02', 'acte', "Suivi dans l'emploi"],
      ['2026-01-05', 'situation', 'Durand Léa : début Alternance (Apprentissage)'],
      ['2025-06-01', 'situation', 'Petit Tom : début Emploi (CDD)'],
    ]);
    expect(e.chronologie[2]).toMatchObject({
      detail: 'Vendeuse — Fin prévue le 31/08/2027',
      cible: { type: 'situation', id: enCours },
    });
  });

  test('chronologie : l’offre reçue, chaque mise en relation et son issue', async () => {
    const { id } = await creer();
    const offreId = offre(id, { recueLe: '2026-02-16' });
    const lea = await creerJeune('Durand', 'Léa');
    const tom = await creerJeune('Petit', 'Tom');
    const mettre = sqlite().prepare(
      `INSERT INTO mise_en_relation (offre_id, jeune_id, date, issue, issue_le, motif_non_retenu, auteur_id, cree_le,
                                     modifie_le)
       VALUES (?, ?, '2026-02-18', ?, ?, ?, 1, '2026-02-18T10:00:00Z', '2026-02-18T10:00:00Z')`,
    );
    const retenue = Number(mettre.run(offreId, lea, 'retenu', '2026-02-25', null).lastInsertRowid);
    const refusee = Number(mettre.run(offreId, tom, 'non_retenu', '2026-02-24', 'mobilite').lastInsertRowid);

    const e = await b.appeler('entreprises.lire', { id });
    expect(e.offres.map((o) => o.id)).toEqual([offreId]);
    expect(e.misesEnRelation.map((m) => m.id).sort()).toEqual([retenue, refusee].sort());
    expect(e.chronologie.map((l) => [l.date, l.titre, l.detail])).toEqual([
      ['2026-03-10', 'Entreprise enregistrée dans Tremplin', null],
      ['2026-02-25', 'Retenu : Durand Léa', 'Offre « Vendeur en boulangerie »'],
      [
        '2026-02-24',
        'Non retenu : Petit Tom',
        'Offre « Vendeur en boulangerie » — Mobilité (transport, permis, horaires)',
      ],
      ['2026-02-18', 'Mise en relation : Petit Tom', 'Offre « Vendeur en boulangerie »'],
      ['2026-02-18', 'Mise en relation : Durand Léa', 'Offre « Vendeur en boulangerie »'],
      ['2026-02-16', 'Offre reçue : Vendeur en boulangerie', 'CDD, 1 poste — Ouverte'],
    ]);
  });

  test('une entreprise inconnue : introuvable', async () => {
    const r = await b.brut('entreprises.lire', { id: 999 });
    expect(r.ok ? null : r.error.message).toBe(
      'Entreprise introuvable : la fiche a peut-être été supprimée ou fusionnée.',
    );
  });
});
