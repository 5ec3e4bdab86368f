import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Role } from '../../src-main/contract';
import type { SessionPoste } from '../../src-main/host/sessions';
import { creerVerification, empreinteEntree, verifierJournal } from '../../src-main/services/journal/chaine';
import { banc, installer, POSTE_TEST, type Banc } from '../aide';
import { insererPartenaire } from '../fixtures/annuaire';
import {
  compter,
  creerMembre,
  dernierIdJournal,
  fuitesDansLeJournal,
  instantane,
  lignesJournal,
  type LigneJournal,
} from '../fixtures/journal';

let b: Banc;
let lieux: Awaited<ReturnType<typeof installer>>;

const sqlite = () => b.app.base.sqlite;
const dernierId = () => dernierIdJournal(sqlite());
const lignes = (depuis = 0) => lignesJournal(sqlite(), depuis);

afterEach(() => {
  b.app.fermer();
});

async function nouveauBanc(options: Parameters<typeof banc>[0] = {}) {
  // 10:15 in Paris (winter time, UTC+1).
  b = banc({ maintenant: '2026-03-10T09:15:00Z', ...options });
  lieux = await installer(b);
}

function creerJeune(autres: Record<string, unknown> = {}) {
  return b.appeler('jeunes.creer', {
    nomNaissance: 'Dupont',
    prenoms: 'Élodie',
    dateNaissance: '2006-04-12',
    sexe: 'F',
    telephone: '06 12 34 56 78',
    email: 'elodie.dupont@exemple.fr',
    confirmeMalgreRessemblants: true,
    ...autres,
  });
}

/** What identifies an entry for a reader of the trail. */
function resume(l: LigneJournal) {
  return [l.action, l.objet_type, l.objet_id, l.utilisateur_id];
}

async function membre(identifiant: string, prenom: string, nom: string, roles: Role[]) {
  const id = await creerMembre(b, { identifiant, prenom, nom, roles });
  return { id, session: () => b.sessionDe(id) };
}

function ouvrirFichier(chemin: string) {
  return new Database(chemin);
}

describe('une entrée par action tracée', () => {
  beforeEach(() => nouveauBanc());

  test('jeunes.lire : exactement une entrée « lecture » par consultation, qui dit qui, quand, quoi et d’où', async () => {
    const { id } = await creerJeune();
    const fabre = lieux.conseillers[0]!;
    const poste: SessionPoste = { ...b.sessionDe(fabre), poste: 'poste-bureau-3' };
    const avant = dernierId();
    await b.brut('jeunes.lire', { id }, poste);
    expect(lignes(avant)).toEqual([
      expect.objectContaining({
        horodatage: '2026-03-10T09:15:00.000Z',
        utilisateur_id: fabre,
        action: 'lecture',
        objet_type: 'jeune',
        objet_id: id,
        poste: 'poste-bureau-3',
        methode: 'jeunes.lire',
      }),
    ]);
    // Opened again: read again.
    await b.appeler('jeunes.lire', { id });
    expect(lignes(avant).map(resume)).toEqual([
      ['lecture', 'jeune', id, fabre],
      ['lecture', 'jeune', id, 1],
    ]);
  });

  test('jeunes.creer : une entrée « création » pour la nouvelle fiche', async () => {
    const avant = dernierId();
    const { id } = await creerJeune();
    expect(lignes(avant)).toEqual([
      expect.objectContaining({ action: 'creation', objet_type: 'jeune', objet_id: id, methode: 'jeunes.creer' }),
    ]);
  });

  test('un accueil qui prend aussi un rendez-vous : une seule entrée « modification » pour la fiche', async () => {
    const { id } = await creerJeune();
    const avant = dernierId();
    const r = await b.appeler('accueils.enregistrer', {
      jeuneId: id,
      siteId: lieux.siege,
      canal: 'physique',
      motifs: ['emploi'],
      reponse: 'rdv_conseiller',
      rendezVous: { conseillerId: lieux.conseillers[0]!, siteId: lieux.siege, date: '2026-03-12', heure: '14:00' },
    });
    expect(r.rendezVousId).not.toBeNull();
    expect(lignes(avant)).toEqual([
      expect.objectContaining({
        action: 'modification',
        objet_type: 'jeune',
        objet_id: id,
        methode: 'accueils.enregistrer',
      }),
    ]);
  });

  test('rendez-vous et file d’attente : une entrée « modification » par appel', async () => {
    const { id } = await creerJeune();
    const rdv = await b.appeler('rendezVous.creer', {
      jeuneId: id,
      conseillerId: lieux.conseillers[0]!,
      siteId: lieux.siege,
      date: '2026-03-10',
      heure: '11:00',
    });
    const avant = dernierId();
    await b.appeler('rendezVous.deplacer', { id: rdv.id, date: '2026-03-10', heure: '09:00' });
    await b.appeler('rendezVous.changerStatut', { id: rdv.id, statut: 'honore' });
    const passage = await b.appeler('fileAttente.ajouter', { siteId: lieux.siege, jeuneId: id });
    await b.appeler('fileAttente.prendreEnCharge', { passageId: passage.id, conseillerId: lieux.conseillers[1]! });
    await b.appeler('fileAttente.marquerParti', { passageId: passage.id });
    expect(lignes(avant).map((l) => [l.action, l.objet_id, l.methode])).toEqual([
      ['modification', id, 'rendezVous.deplacer'],
      ['modification', id, 'rendezVous.changerStatut'],
      ['modification', id, 'fileAttente.ajouter'],
      ['modification', id, 'fileAttente.prendreEnCharge'],
      ['modification', id, 'fileAttente.marquerParti'],
    ]);
  });

  test('un appel refusé (saisie invalide, règle métier, fiche introuvable) n’inscrit rien', async () => {
    const { id } = await creerJeune();
    const rdv = await b.appeler('rendezVous.creer', {
      jeuneId: id,
      conseillerId: lieux.conseillers[0]!,
      siteId: lieux.siege,
      date: '2026-03-20',
      heure: '11:00',
    });
    await b.appeler('fileAttente.ajouter', { siteId: lieux.siege, jeuneId: id });
    const avant = dernierId();
    const refus = [
      await b.brut('jeunes.creer', { nomNaissance: 'Petit', prenoms: 'Noé', dateNaissance: '2005-02-31', sexe: 'M' }),
      await b.brut('jeunes.lire', { id: id + 100 }),
      await b.brut('rendezVous.changerStatut', { id: rdv.id, statut: 'honore' }),
      await b.brut('fileAttente.ajouter', { siteId: lieux.siege, jeuneId: id }),
      await b.brut('accueils.enregistrer', {
        jeuneId: id,
        siteId: lieux.siege,
        canal: 'physique',
        motifs: ['inconnu'],
        reponse: 'information',
      }),
    ];
    expect(refus.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual([
      'entree_invalide',
      'introuvable',
      'regle_metier',
      'conflit',
      'regle_metier',
    ]);
    expect(dernierId()).toBe(avant);
  });

  test('les listes (recherche à la frappe, ressemblants, agenda, file du jour) n’ouvrent pas de dossier : aucune entrée, pour ne pas noyer les vraies consultations', async () => {
    const { id } = await creerJeune();
    await b.appeler('rendezVous.creer', {
      jeuneId: id,
      conseillerId: lieux.conseillers[0]!,
      siteId: lieux.siege,
      date: '2026-03-10',
      heure: '11:00',
    });
    await b.appeler('fileAttente.ajouter', { siteId: lieux.siege, jeuneId: id });
    const avant = dernierId();
    expect((await b.appeler('jeunes.rechercher', { texte: 'dupont' })).jeunes).toHaveLength(1);
    expect(
      await b.appeler('jeunes.ressemblants', {
        nomNaissance: 'Dupont',
        prenoms: 'Elodie',
        dateNaissance: '2006-04-12',
      }),
    ).toHaveLength(1);
    expect(await b.appeler('rendezVous.jour', { date: '2026-03-10' })).toHaveLength(1);
    expect(await b.appeler('fileAttente.duJour', { siteId: lieux.siege })).toHaveLength(1);
    expect(dernierId()).toBe(avant);
  });

  test('un refus de droits est inscrit (« action refusée »), sans fiche ni donnée', async () => {
    const accueil = await membre('aroux', 'Anne', 'Roux', ['accueil']);
    const avant = dernierId();
    expect(await b.brut('journal.rechercher', {}, accueil.session())).toMatchObject({
      ok: false,
      error: { code: 'acces_refuse' },
    });
    expect(lignes(avant)).toEqual([
      expect.objectContaining({
        action: 'acces_refuse',
        utilisateur_id: accueil.id,
        objet_type: null,
        objet_id: null,
        methode: 'journal.rechercher',
      }),
    ]);
  });
});

describe('aucune donnée personnelle dans le journal', () => {
  beforeEach(() => nouveauBanc());

  test('après une journée d’accueil, aucune colonne ne contient un nom, une naissance, un téléphone, un e-mail ou une mention', async () => {
    const lambert = await membre('nlambert', 'Nadège', 'Lambert', ['conseiller']);
    const { id } = await creerJeune({ nomUsage: 'Martin-Lopez' });
    const fjt = insererPartenaire(b, 'Résidence FJT Les Clévos', { type: 'logement' });
    await b.appeler('jeunes.designerReferent', { jeuneId: id, conseillerId: lambert.id });
    await b.brut(
      'jeunes.ajouterMention',
      { jeuneId: id, nature: 'sante', texte: 'Suivi en addictologie au CSAPA' },
      lambert.session(),
    );
    await b.appeler('accueils.enregistrer', {
      jeuneId: id,
      siteId: lieux.antenne,
      canal: 'telephone',
      motifs: ['logement'],
      reponse: 'orientation_partenaire',
      orientation: { partenaireId: fjt, motif: 'Foyer des Jeunes Travailleurs, chambre disponible' },
      commentaire: 'Hébergée chez sa tante à Bourg-de-Péage',
    });
    // An orientation from the file, refused by the partner: reasons stay out of the trail too.
    const orientation = await b.appeler('orientations.creer', {
      jeuneId: id,
      partenaireId: fjt,
      motif: 'Hébergement temporaire en urgence',
    });
    const { modifieLe } = (await b.appeler('orientations.duJeune', { jeuneId: id })).find(
      (o) => o.id === orientation.id,
    )!;
    await b.appeler('orientations.enregistrerRetour', {
      id: orientation.id,
      statut: 'refusee',
      motifRefus: 'Plus de place disponible',
      modifieLeLu: modifieLe,
    });
    const passage = await b.appeler('fileAttente.ajouter', {
      siteId: lieux.siege,
      jeuneId: id,
      motif: 'Urgence logement',
    });
    await b.appeler('fileAttente.prendreEnCharge', { passageId: passage.id, conseillerId: lambert.id });
    await b.brut('jeunes.lire', { id }, lambert.session());
    await b.appeler('jeunes.lire', { id });

    expect(compter(sqlite(), 'journal_acces')).toBeGreaterThan(8);
    expect(
      fuitesDansLeJournal(sqlite(), [
        'Dupont',
        'Élodie',
        'Elodie',
        'Martin-Lopez',
        '2006-04-12',
        '12/04/2006',
        '0612345678',
        '06 12 34 56 78',
        'elodie.dupont@exemple.fr',
        'addictologie',
        'Foyer des Jeunes',
        'Clévos',
        'Hébergement temporaire',
        'Plus de place',
        'tante',
        'Urgence logement',
        'Nadège',
        'Lambert',
        'nlambert',
        'Sophie',
        'Morel',
        'smorel',
      ]),
    ).toEqual([]);
  });
});

describe('journal inaltérable', () => {
  beforeEach(async () => {
    await nouveauBanc();
    const { id } = await creerJeune();
    await b.appeler('jeunes.lire', { id });
  });

  test('UPDATE est refusé par les déclencheurs, quelle que soit la colonne ; rien ne change', async () => {
    const avant = instantane(sqlite(), 'journal_acces');
    for (const sql of [
      'UPDATE journal_acces SET utilisateur_id = 2 WHERE id = 3',
      "UPDATE journal_acces SET action = 'connexion'",
      "UPDATE journal_acces SET horodatage = '2020-01-01T00:00:00.000Z', empreinte = 'x' WHERE id = 1",
    ]) {
      expect(() => sqlite().prepare(sql).run(), sql).toThrow('Journal des accès : une entrée ne se modifie jamais.');
    }
    expect(instantane(sqlite(), 'journal_acces')).toBe(avant);
  });

  test('DELETE est refusé par les déclencheurs, d’une entrée ou de toutes ; rien ne change', async () => {
    const avant = instantane(sqlite(), 'journal_acces');
    for (const sql of [
      'DELETE FROM journal_acces WHERE id = 3',
      'DELETE FROM journal_acces WHERE id = 1',
      'DELETE FROM journal_acces',
    ]) {
      expect(() => sqlite().prepare(sql).run(), sql).toThrow(
        'Journal des accès : une entrée ne se supprime que par une purge journalisée.',
      );
    }
    expect(instantane(sqlite(), 'journal_acces')).toBe(avant);
  });

  test('réécrire une entrée par INSERT OR REPLACE est refusé aussi ; rien ne change', async () => {
    const avant = instantane(sqlite(), 'journal_acces');
    // REPLACE deletes the existing row then inserts: without recursive triggers, SQLite fires no
    // DELETE trigger for it, so this is an UPDATE in disguise.
    expect(() =>
      sqlite()
        .prepare(
          `INSERT OR REPLACE INTO journal_acces
             (id, horodatage, utilisateur_id, action, objet_type, objet_id, poste, methode, reference, empreinte_precedente, empreinte)
           SELECT id, horodatage, 99, action, objet_type, objet_id, poste, methode, reference, empreinte_precedente, empreinte
           FROM journal_acces WHERE id = 3`,
        )
        .run(),
    ).toThrow(/Journal des accès/);
    expect(instantane(sqlite(), 'journal_acces')).toBe(avant);
  });
});

describe('vérification de la chaîne', () => {
  let chemin: string;
  /** The entry n° of the jeune's read, somewhere in the middle of the trail. */
  let lecture: number;

  beforeEach(async () => {
    chemin = join(mkdtempSync(join(tmpdir(), 'tremplin-journal-')), 'base.sqlite');
    await nouveauBanc({ cheminBase: chemin });
    const { id } = await creerJeune();
    await b.appeler('jeunes.lire', { id });
    lecture = dernierId();
    await b.appeler('accueils.enregistrer', {
      jeuneId: id,
      siteId: lieux.siege,
      canal: 'physique',
      motifs: ['emploi'],
      reponse: 'information',
    });
    await b.appeler('jeunes.lire', { id });
  });

  /** Someone with the file and a SQLite tool: drops the triggers, then edits. */
  function alterer(...sql: string[]) {
    const pirate = ouvrirFichier(chemin);
    try {
      pirate.exec('DROP TRIGGER journal_acces_sans_modification; DROP TRIGGER journal_acces_sans_suppression;');
      for (const s of sql) pirate.exec(s);
    } finally {
      pirate.close();
    }
  }

  test('intact après l’activité : toutes les entrées, de la première à la dernière', async () => {
    const n = compter(sqlite(), 'journal_acces');
    const attendu = { intact: true, entrees: n, premiere: 1, derniere: n, rupture: null };
    expect(await b.appeler('journal.verifier', {})).toEqual(attendu);
    expect(verifierJournal(sqlite())).toEqual(attendu);
  });

  test('une entrée modifiée (qui a lu le dossier) est nommée, exactement', async () => {
    alterer(`UPDATE journal_acces SET utilisateur_id = 2 WHERE id = ${lecture}`);
    // The application keeps writing after the tampering: the break stays where it was.
    await b.appeler('parametres.enregistrer', { verrouillageMinutes: 15, conservationJournalMois: 12 });
    await b.appeler('jeunes.rechercher', { texte: 'dupont' });
    const v = await b.appeler('journal.verifier', {});
    expect(v).toMatchObject({ intact: false, entrees: lecture - 1, derniere: lecture - 1 });
    expect(v.rupture).toMatchObject({
      id: lecture,
      raison: "Le contenu de l'entrée a été modifié après son écriture.",
    });
    expect(verifierJournal(sqlite()).rupture?.id).toBe(lecture);
  });

  test('une entrée modifiée avec son empreinte recalculée casse le lien de la suivante', async () => {
    const ligne = lignes(lecture - 1)[0]!;
    const { empreinte: _ancienne, ...contenu } = { ...ligne, utilisateur_id: 2 };
    alterer(
      `UPDATE journal_acces SET utilisateur_id = 2, empreinte = '${empreinteEntree(contenu)}' WHERE id = ${lecture}`,
    );
    const v = verifierJournal(sqlite());
    expect(v.intact).toBe(false);
    expect(v.rupture).toMatchObject({
      id: lecture + 1,
      raison: "L'entrée ne désigne pas l'empreinte de l'entrée qui la précède.",
    });
  });

  test('une entrée supprimée au milieu : l’entrée qui suit le trou est nommée', async () => {
    alterer(`DELETE FROM journal_acces WHERE id = ${lecture}`);
    const v = await b.appeler('journal.verifier', {});
    expect(v.intact).toBe(false);
    expect(v.rupture).toMatchObject({ id: lecture + 1, raison: `L'entrée n° ${lecture} a disparu.` });
  });

  test('les premières entrées supprimées sans purge journalisée sont signalées', async () => {
    alterer('DELETE FROM journal_acces WHERE id <= 2');
    const v = await b.appeler('journal.verifier', {});
    expect(v.intact).toBe(false);
    expect(v.rupture).toMatchObject({ id: 3, raison: 'Les entrées 1 à 2 ont disparu sans purge journalisée.' });
  });

  test('pas à pas, par petits lots : même verdict, la rupture est trouvée dans un lot suivant', async () => {
    alterer(`UPDATE journal_acces SET poste = 'autre-poste' WHERE id = ${lecture}`);
    const v = creerVerification(sqlite());
    let lots = 1;
    while (!v.lot(2)) lots++;
    expect(lots).toBeGreaterThan(1);
    expect(v.resultat()).toEqual(verifierJournal(sqlite()));
    expect(v.resultat().rupture?.id).toBe(lecture);
  });

  test('une copie du fichier se vérifie aussi hors de l’application, en lecture seule', async () => {
    alterer(`UPDATE journal_acces SET poste = 'autre-poste' WHERE id = ${lecture}`);
    const lecteur = new Database(chemin, { readonly: true });
    try {
      expect(verifierJournal(lecteur).rupture?.id).toBe(lecture);
    } finally {
      lecteur.close();
    }
  });
});

describe('purge des entrées anciennes', () => {
  let jeune: number;
  /** The last entry of March 2026, and its hash. */
  let finMars: LigneJournal;

  beforeEach(async () => {
    await nouveauBanc();
    jeune = (await creerJeune()).id;
    await b.appeler('jeunes.lire', { id: jeune });
    finMars = lignes().at(-1)!;
    b.horloge.regler('2026-05-20T08:00:00Z');
    await b.appeler('jeunes.lire', { id: jeune });
    await b.appeler('jeunes.lire', { id: jeune });
    // 13 months later.
    b.horloge.regler('2027-04-15T08:00:00Z');
  });

  test('l’aperçu dit combien d’entrées partiraient et avant quelle date (12 mois par défaut)', async () => {
    expect(await b.appeler('journal.apercuPurge', {})).toEqual({
      conservationMois: 12,
      limite: '2026-04-15',
      entrees: finMars.id,
      plusAncienne: '2026-03-10T09:15:00.000Z',
    });
    await b.appeler('parametres.enregistrer', { verrouillageMinutes: 10, conservationJournalMois: 6 });
    expect(await b.appeler('journal.apercuPurge', {})).toMatchObject({
      conservationMois: 6,
      limite: '2026-10-15',
      entrees: finMars.id + 2,
    });
  });

  test('une limite plus récente que la conservation est refusée, rien n’est supprimé', async () => {
    const avant = instantane(sqlite(), 'journal_acces');
    const r = await b.brut('journal.purger', { limite: '2026-04-16' });
    expect(r).toMatchObject({ ok: false, error: { code: 'regle_metier' } });
    if (!r.ok) {
      expect(r.error.message).toBe(
        'Conservation de 12 mois : seules les entrées antérieures au 15/04/2026 peuvent être purgées.',
      );
    }
    expect(instantane(sqlite(), 'journal_acces')).toBe(avant);
  });

  test('seul l’administrateur purge ; la direction lit le journal mais ne purge pas', async () => {
    const direction = await membre('ndirection', 'Nina', 'Chabert', ['direction']);
    expect((await b.brut('journal.rechercher', {}, direction.session())).ok).toBe(true);
    expect(await b.brut('journal.apercuPurge', {}, direction.session())).toMatchObject({
      ok: false,
      error: { code: 'acces_refuse' },
    });
    expect(await b.brut('journal.purger', { limite: '2026-04-15' }, direction.session())).toMatchObject({
      ok: false,
      error: { code: 'acces_refuse' },
    });
    expect(lignes()[0]!.id).toBe(1);
  });

  test('la purge supprime exactement les entrées anciennes, s’inscrit elle-même, et la chaîne reste vérifiable', async () => {
    const total = compter(sqlite(), 'journal_acces');
    expect(await b.appeler('journal.purger', { limite: '2026-04-15' })).toEqual({ supprimees: finMars.id });
    const restantes = lignes();
    expect(restantes[0]!.id).toBe(finMars.id + 1);
    expect(restantes).toHaveLength(total - finMars.id + 1);
    expect(restantes.at(-1)).toMatchObject({
      action: 'journal_purge',
      utilisateur_id: 1,
      objet_type: 'journal',
      objet_id: finMars.id,
      reference: finMars.empreinte,
      methode: 'journal.purger',
      horodatage: '2027-04-15T08:00:00.000Z',
    });
    expect(restantes.filter((l) => l.action === 'journal_purge')).toHaveLength(1);
    expect(await b.appeler('journal.verifier', {})).toMatchObject({
      intact: true,
      premiere: finMars.id + 1,
      rupture: null,
    });
    expect(await b.appeler('journal.apercuPurge', {})).toMatchObject({ entrees: 0 });

    // Two months later, the May entries go too.
    b.horloge.regler('2027-06-01T08:00:00Z');
    const finMai = finMars.id + 2;
    expect(await b.appeler('journal.purger', { limite: '2026-06-01' })).toEqual({ supprimees: 2 });
    expect(lignes()[0]!.id).toBe(finMai + 1);
    expect(await b.appeler('journal.verifier', {})).toMatchObject({ intact: true, premiere: finMai + 1 });

    // A year later, a purge removes the earlier purge entries too: the chain still holds.
    b.horloge.regler('2028-05-01T08:00:00Z');
    expect(await b.appeler('journal.purger', { limite: '2027-05-01' })).toEqual({ supprimees: 1 });
    expect(lignes().map((l) => [l.action, l.horodatage])).toEqual([
      ['journal_purge', '2027-06-01T08:00:00.000Z'],
      ['journal_purge', '2028-05-01T08:00:00.000Z'],
    ]);
    expect(await b.appeler('journal.verifier', {})).toMatchObject({ intact: true, rupture: null });
  });

  test('une purge ne couvre pas une suppression plus récente que ce qu’elle a purgé', async () => {
    await b.appeler('journal.purger', { limite: '2026-04-15' });
    expect(() =>
      sqlite()
        .prepare(`DELETE FROM journal_acces WHERE id = ${finMars.id + 1}`)
        .run(),
    ).toThrow('une entrée ne se supprime que par une purge journalisée');
  });
});

describe('consultation du journal', () => {
  let lambert: Awaited<ReturnType<typeof membre>>;
  let a: number;
  let bb: number;

  beforeEach(async () => {
    await nouveauBanc();
    lambert = await membre('nlambert', 'Nadège', 'Lambert', ['conseiller']);
    a = (await creerJeune()).id;
    bb = (await creerJeune({ nomNaissance: 'Garcia', prenoms: 'Yanis', sexe: 'M', telephone: null, email: null })).id;
    // 23:59 in Paris on the 10th, then 00:30 on the 11th, then 10:00 on the 11th.
    b.horloge.regler('2026-03-10T22:59:00Z');
    await b.brut('jeunes.lire', { id: a }, lambert.session());
    b.horloge.regler('2026-03-10T23:30:00Z');
    await b.brut('jeunes.lire', { id: bb }, lambert.session());
    b.horloge.regler('2026-03-11T09:00:00Z');
    await b.appeler('jeunes.lire', { id: a });
  });

  const rechercher = async (filtre: Record<string, unknown>) =>
    (await b.appeler('journal.rechercher', filtre)).entrees.map((e) => [e.action, e.objetId, e.utilisateurId]);

  test('par personne, par jeune, par action : le plus récent d’abord', async () => {
    expect(await rechercher({ utilisateurId: lambert.id })).toEqual([
      ['lecture', bb, lambert.id],
      ['lecture', a, lambert.id],
    ]);
    expect(await rechercher({ jeuneId: a })).toEqual([
      ['lecture', a, 1],
      ['lecture', a, lambert.id],
      ['creation', a, 1],
    ]);
    expect(await rechercher({ action: 'creation' })).toEqual([
      ['creation', bb, 1],
      ['creation', a, 1],
    ]);
    expect(await rechercher({ jeuneId: a, utilisateurId: lambert.id })).toEqual([['lecture', a, lambert.id]]);
  });

  test('par dates, bornes comprises, en journées de Paris', async () => {
    expect(await rechercher({ action: 'lecture', du: '2026-03-11', au: '2026-03-11' })).toEqual([
      ['lecture', a, 1],
      ['lecture', bb, lambert.id],
    ]);
    expect(await rechercher({ action: 'lecture', au: '2026-03-10' })).toEqual([['lecture', a, lambert.id]]);
    expect(await rechercher({ du: '2026-03-12' })).toEqual([]);
    const r = await b.brut('journal.rechercher', { du: '2026-03-11', au: '2026-03-10' });
    expect(r).toMatchObject({ ok: false, error: { code: 'entree_invalide' } });
    if (!r.ok) expect(r.error.message).toContain('Période : la date de début doit précéder la date de fin.');
  });

  test('par pages : « suivant » mène aux entrées plus anciennes, jusqu’à la dernière page', async () => {
    const tout = (await b.appeler('journal.rechercher', {})).entrees.map((e) => e.id);
    expect(tout).toEqual([...tout].sort((x, y) => y - x));
    const vus: number[] = [];
    let avantId: number | undefined;
    let pages = 0;
    do {
      const page = await b.appeler('journal.rechercher', { limite: 3, ...(avantId ? { avantId } : {}) });
      expect(page.entrees.length).toBeLessThanOrEqual(3);
      vus.push(...page.entrees.map((e) => e.id));
      avantId = page.suivant ?? undefined;
      if (page.suivant !== null) expect(page.suivant).toBe(page.entrees.at(-1)!.id);
      pages++;
    } while (avantId !== undefined && pages < 50);
    expect(vus).toEqual(tout);
    expect(pages).toBe(Math.ceil(tout.length / 3));
  });

  test('« qui a ouvert ce dossier » : les personnes, le plus récent d’abord, noms lus à l’affichage', async () => {
    const consultations = await b.appeler('journal.consultationsJeune', { jeuneId: a });
    expect(consultations.map((e) => [e.action, e.utilisateurNom, e.objetLibelle, e.horodatage])).toEqual([
      ['lecture', 'Sophie Morel', 'Dupont Élodie', '2026-03-11T09:00:00.000Z'],
      ['lecture', 'Nadège Lambert', 'Dupont Élodie', '2026-03-10T22:59:00.000Z'],
      ['creation', 'Sophie Morel', 'Dupont Élodie', '2026-03-10T09:15:00.000Z'],
    ]);
    expect(consultations[0]).toMatchObject({
      objetType: 'jeune',
      objetId: a,
      poste: POSTE_TEST,
      methode: 'jeunes.lire',
    });
  });

  test('une fiche ou un compte qui n’existe plus n’est plus nommé, mais ses traces restent', async () => {
    sqlite().prepare('DELETE FROM jeune WHERE id = ?').run(bb);
    sqlite().prepare('DELETE FROM utilisateur WHERE id = ?').run(lambert.id);
    const consultations = await b.appeler('journal.consultationsJeune', { jeuneId: bb });
    expect(consultations.map((e) => [e.action, e.utilisateurId, e.utilisateurNom, e.objetLibelle])).toEqual([
      ['lecture', lambert.id, null, null],
      ['creation', 1, 'Sophie Morel', null],
    ]);
    const creationCompte = (await b.appeler('journal.rechercher', { action: 'compte_cree' })).entrees.find(
      (e) => e.objetId === lambert.id,
    );
    expect(creationCompte).toMatchObject({
      objetType: 'utilisateur',
      objetLibelle: null,
      utilisateurNom: 'Sophie Morel',
    });
  });

  test('lu par la direction et l’administrateur seulement', async () => {
    const accueil = await membre('aroux', 'Anne', 'Roux', ['accueil']);
    const direction = await membre('ndirection', 'Nina', 'Chabert', ['direction']);
    for (const session of [accueil.session(), lambert.session()]) {
      expect(await b.brut('journal.rechercher', {}, session)).toMatchObject({
        ok: false,
        error: { code: 'acces_refuse' },
      });
      expect(await b.brut('journal.consultationsJeune', { jeuneId: a }, session)).toMatchObject({
        ok: false,
        error: { code: 'acces_refuse' },
      });
      expect(await b.brut('journal.verifier', {}, session)).toMatchObject({
        ok: false,
        error: { code: 'acces_refuse' },
      });
    }
    expect((await b.brut('journal.consultationsJeune', { jeuneId: a }, direction.session())).ok).toBe(true);
    expect((await b.brut('journal.verifier', {}, direction.session())).ok).toBe(true);
  });
});
