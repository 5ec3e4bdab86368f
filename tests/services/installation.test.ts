import { describe, expect, test } from 'vitest';
import { banc, installer } from '../aide';
import { INSTALLATION_DE_TEST, MOT_DE_PASSE_ADMINISTRATEUR } from '../fixtures/installation';
import { ROLES, siretValide } from '../../src-main/contract';
import { nouvelleSession } from '../../src-main/host/sessions';
import { analyserCsvCommunes } from '../../src-main/services/installation/csv-communes';

const structure = {
  nom: 'Mission Locale des Collines',
  siret: '732 829 320 00074',
  adresse: '1 place de la Mairie',
  codePostal: '26300',
  commune: 'Romans-sur-Isère',
};
const communes = [{ insee: '26281', nom: 'Romans-sur-Isère', codePostal: '26100', qpv: true, zrr: false }];
const sites = [{ nom: 'Siège', type: 'siege' as const, communeInsee: '26281' }];
const { administrateur } = INSTALLATION_DE_TEST;

function compter(b: ReturnType<typeof banc>, table: string): number {
  return (b.app.base.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

describe('SIRET', () => {
  test('la clé de Luhn est vérifiée', () => {
    expect(siretValide('73282932000074')).toBe(true);
    expect(siretValide('73282932000075')).toBe(false);
    expect(siretValide('7328293200007')).toBe(false);
    // La Poste's establishments follow their own rule.
    expect(siretValide('35600000000048')).toBe(true);
    expect(siretValide('35600000000010')).toBe(true);
    expect(siretValide('35600000000011')).toBe(false);
  });
});

describe("assistant d'installation", () => {
  test('installe structure, sites, communes, personnel et référentiels en une fois', async () => {
    const b = banc();
    expect((await b.appeler('session.etat', {})).installee).toBe(false);
    const ids = await installer(b);
    const etat = await b.appeler('session.etat', {});
    expect(etat).toMatchObject({ installee: true, structure: 'Mission Locale des Collines' });
    const lu = await b.appeler('structure.lire', {});
    expect(lu.structure.siret).toBe('73282932000074');
    expect(lu.sites.map((s) => [s.type, s.communeNom])).toEqual([
      ['siege', 'Romans-sur-Isère'],
      ['antenne', 'Saint-Donat-sur-l’Herbasse'],
    ]);
    expect(ids.conseillers).toHaveLength(2);
    const refs = await b.appeler('referentiels.lister', {});
    expect(refs.find((r) => r.referentiel === 'reponse_accueil')!.valeurs.map((v) => v.code)).toContain(
      'orientation_partenaire',
    );
  });

  test('un SIRET faux est refusé avec un message français, et rien n’est écrit', async () => {
    const b = banc();
    const r = await b.brut('installation.terminer', {
      structure: { ...structure, siret: '73282932000075' },
      sites,
      communes,
      administrateur,
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('entree_invalide');
    expect(r.error.champs).toContainEqual({
      champ: 'structure.siret',
      message: expect.stringContaining('clé de contrôle'),
    });
    expect(compter(b, 'structure') + compter(b, 'commune') + compter(b, 'site')).toBe(0);
  });

  test('un site sur une commune hors territoire annule toute l’installation', async () => {
    const b = banc();
    const r = await b.brut('installation.terminer', {
      structure,
      sites: [...sites, { nom: 'Antenne', type: 'antenne', communeInsee: '26057' }],
      communes,
      administrateur,
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'regle_metier' } });
    expect(compter(b, 'structure') + compter(b, 'commune') + compter(b, 'site')).toBe(0);
    expect(compter(b, 'compte_acces') + compter(b, 'journal_acces')).toBe(0);
    expect(b.session.utilisateurId).toBeNull();
  });

  test('exactement un siège', async () => {
    const b = banc();
    const r = await b.brut('installation.terminer', {
      structure,
      sites: [{ nom: 'Antenne', type: 'antenne', communeInsee: '26281' }],
      communes,
      administrateur,
    });
    expect(r).toMatchObject({ ok: false, error: { message: expect.stringContaining('exactement un siège') } });
  });

  test('une deuxième installation est refusée', async () => {
    const b = banc();
    await installer(b);
    const deuxieme = { structure, sites, communes, administrateur };
    expect(await b.brut('installation.terminer', deuxieme)).toMatchObject({ ok: false, error: { code: 'conflit' } });
    // Once installed, the wizard is the administrator's: nobody else reaches the handler.
    expect(await b.brut('installation.terminer', deuxieme, nouvelleSession('poste-test'))).toMatchObject({
      ok: false,
      error: { code: 'non_connecte' },
    });
    const { session } = await b.personne(['accueil', 'direction']);
    expect(await b.brut('installation.terminer', deuxieme, session)).toMatchObject({
      ok: false,
      error: { code: 'acces_refuse' },
    });
  });

  test("crée l'administrateur avec son mot de passe et ouvre la session à son nom", async () => {
    const b = banc();
    expect(await b.appeler('session.etat', {})).toMatchObject({ installee: false, utilisateur: null });
    await installer(b);
    expect(await b.appeler('session.etat', {})).toMatchObject({
      installee: true,
      administrateurADefinir: false,
      utilisateur: { id: 1, identifiant: 'smorel', prenom: 'Sophie', nom: 'Morel', roles: [...ROLES] },
      verrouillee: false,
      doitChangerMotDePasse: false,
    });
    const empreinte = b.app.base.sqlite.prepare('SELECT empreinte FROM compte_acces WHERE utilisateur_id = 1').get();
    expect(empreinte).toEqual({ empreinte: expect.stringMatching(/^scrypt\$/) });
    expect(JSON.stringify(empreinte)).not.toContain(MOT_DE_PASSE_ADMINISTRATEUR);
    expect(
      b.app.base.sqlite.prepare('SELECT utilisateur_id, action, objet_type, objet_id FROM journal_acces').all(),
    ).toEqual([
      { utilisateur_id: 1, action: 'compte_cree', objet_type: 'utilisateur', objet_id: 1 },
      { utilisateur_id: 1, action: 'connexion', objet_type: 'utilisateur', objet_id: 1 },
    ]);
    // The staff declared in the wizard have no password yet: the administrator gives them one.
    const comptes = await b.appeler('comptes.lister', {});
    expect(comptes.filter((c) => c.motDePasseDefini).map((c) => c.identifiant)).toEqual(['smorel']);
  });

  test('le secours ne crée un administrateur que si aucun ne peut se connecter', async () => {
    const b = banc();
    const secours = { administrateur: { ...administrateur, identifiant: 'secours' } };
    expect(await b.brut('installation.definirAdministrateur', secours)).toMatchObject({
      ok: false,
      error: { code: 'non_installe' },
    });
    await installer(b);
    const poste = nouvelleSession('poste-test');
    expect(await b.brut('installation.definirAdministrateur', secours, poste)).toMatchObject({
      ok: false,
      error: { code: 'acces_refuse' },
    });
    // A database installed before accounts existed: no administrator has a password.
    b.app.base.sqlite.prepare('DELETE FROM compte_acces').run();
    expect(await b.brut('session.etat', {}, poste)).toMatchObject({ value: { administrateurADefinir: true } });
    expect(await b.brut('installation.definirAdministrateur', secours, poste)).toEqual({ ok: true, value: { id: 1 } });
    expect(poste.utilisateurId).toBe(1);
    expect(await b.brut('session.etat', {}, poste)).toMatchObject({
      value: { administrateurADefinir: false, utilisateur: { identifiant: 'secours' } },
    });
  });

  test('avant installation, le guichet répond « non installé »', async () => {
    const b = banc();
    const r = await b.brut('jeunes.rechercher', { texte: 'dupont' });
    expect(r).toMatchObject({ ok: false, error: { code: 'non_installe' } });
  });
});

describe('CSV des communes', () => {
  test('lit un fichier avec en-tête, point-virgule, BOM et booléens français', () => {
    const r = analyserCsvCommunes(
      '\uFEFFCode INSEE;Nom;CP;QPV;ZRR\n26281;Romans-sur-Isère;26100;oui;non\n26301;"Saint-Donat; l’Herbasse";26260;;x\n',
    );
    expect(r.erreurs).toEqual([]);
    expect(r.communes).toEqual([
      { insee: '26281', nom: 'Romans-sur-Isère', codePostal: '26100', qpv: true, zrr: false },
      { insee: '26301', nom: 'Saint-Donat; l’Herbasse', codePostal: '26260', qpv: false, zrr: true },
    ]);
  });

  test('sans en-tête, à la virgule', () => {
    const r = analyserCsvCommunes('2A004,Ajaccio,20000,1,0\n');
    expect(r.communes).toEqual([{ insee: '2A004', nom: 'Ajaccio', codePostal: '20000', qpv: true, zrr: false }]);
  });

  test('chaque ligne fautive est nommée et rien n’est retenu du fichier', () => {
    const r = analyserCsvCommunes(
      'insee;nom;qpv\n26281;Romans;oui\n2628;Court;non\n26057;;non\n26281;Doublon;non\n26058;Bourg;peut-être\n',
    );
    expect(r.communes).toEqual([]);
    expect(r.erreurs.map((e) => e.ligne)).toEqual([3, 4, 5, 6]);
    expect(r.erreurs[0]!.message).toContain('Code INSEE');
    expect(r.erreurs[3]!.message).toContain('oui ou non');
  });

  test('un fichier vide est signalé', () => {
    expect(analyserCsvCommunes('  \n').erreurs[0]!.message).toContain('vide');
  });

  test('par le contrat, l’analyse n’écrit rien', async () => {
    const b = banc();
    await installer(b);
    const avant = compter(b, 'commune');
    const r = await b.appeler('installation.analyserCommunesCsv', { contenu: '26999;Nouvelle;26000;non;non' });
    expect(r.communes).toHaveLength(1);
    expect(compter(b, 'commune')).toBe(avant);
    await b.appeler('communes.enregistrer', { communes: r.communes });
    expect(compter(b, 'commune')).toBe(avant + 1);
  });
});

describe('référentiels modifiables', () => {
  test('ajouter, renommer, désactiver une valeur', async () => {
    const b = banc();
    await installer(b);
    expect(
      await b.appeler('referentiels.enregistrerValeur', {
        referentiel: 'motif_accueil',
        code: 'justice',
        libelle: 'Justice',
      }),
    ).toEqual({ cree: true });
    await b.appeler('referentiels.enregistrerValeur', {
      referentiel: 'motif_accueil',
      code: 'justice',
      libelle: 'Accès au droit',
      actif: false,
    });
    const motifs = (await b.appeler('referentiels.lister', {})).find((r) => r.referentiel === 'motif_accueil')!.valeurs;
    expect(motifs.find((v) => v.code === 'justice')).toMatchObject({ libelle: 'Accès au droit', actif: false });
  });

  test('une valeur qui porte une règle ne peut pas être désactivée', async () => {
    const b = banc();
    await installer(b);
    const r = await b.brut('referentiels.enregistrerValeur', {
      referentiel: 'reponse_accueil',
      code: 'orientation_partenaire',
      libelle: 'Orientation',
      actif: false,
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'regle_metier' } });
  });
});
