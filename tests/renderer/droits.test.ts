import { describe, expect, test } from 'vitest';
import { defautMotDePasse, type EtatSession } from '../../src-main/contract';
import { designeLesReferents, peutAppeler, prendLesJeunesSansReferent } from '../../src-renderer/api/droits';
import { ecranDe } from '../../src-renderer/api/session';
import { defautNouveauMotDePasse, motDePasseProvisoire } from '../../src-renderer/components/motDePasse';

describe('ce que la page montre, lu dans les rôles du contrat', () => {
  test("l'accueil n'a ni journal, ni comptes, ni réglages, mais le guichet", () => {
    expect(peutAppeler(['accueil'], 'jeunes.rechercher')).toBe(true);
    expect(peutAppeler(['accueil'], 'journal.rechercher')).toBe(false);
    expect(peutAppeler(['accueil'], 'comptes.lister')).toBe(false);
    expect(peutAppeler(['accueil'], 'parametres.enregistrer')).toBe(false);
    expect(peutAppeler(['accueil'], 'jeunes.ajouterMention')).toBe(false);
  });

  test('la direction lit le journal, seul l’administrateur purge et gère les comptes', () => {
    expect(peutAppeler(['direction'], 'journal.consultationsJeune')).toBe(true);
    expect(peutAppeler(['direction'], 'journal.purger')).toBe(false);
    expect(peutAppeler(['administrateur'], 'journal.purger')).toBe(true);
    expect(peutAppeler(['direction'], 'comptes.creer')).toBe(false);
  });

  test('« tous » demande une personne connectée ; « public » non', () => {
    expect(peutAppeler(null, 'structure.lire')).toBe(false);
    expect(peutAppeler(['referent_formation'], 'structure.lire')).toBe(true);
    expect(peutAppeler(null, 'session.ouvrir')).toBe(true);
  });

  test('référent : le conseiller se désigne, la direction désigne', () => {
    expect(prendLesJeunesSansReferent(['conseiller'])).toBe(true);
    expect(designeLesReferents(['conseiller'])).toBe(false);
    expect(designeLesReferents(['direction'])).toBe(true);
    expect(prendLesJeunesSansReferent(['accueil'])).toBe(false);
  });
});

describe("l'écran suit l'état de la session", () => {
  const base: EtatSession = {
    installee: true,
    structure: 'ML',
    administrateurADefinir: false,
    utilisateur: { id: 2, prenom: 'Léa', nom: 'Roux', identifiant: 'lroux', roles: ['accueil'], siteId: null },
    verrouillee: false,
    doitChangerMotDePasse: false,
    verrouillageMinutes: 10,
  };
  test.each([
    [{ installee: false }, 'installation'],
    [{ administrateurADefinir: true }, 'administrateur'],
    [{ utilisateur: null }, 'connexion'],
    [{ verrouillee: true }, 'verrouillee'],
    [{ doitChangerMotDePasse: true }, 'motDePasse'],
    [{}, 'poste'],
  ] as const)('%o → %s', (changement, ecran) => {
    expect(ecranDe({ ...base, ...changement })).toBe(ecran);
  });
});

describe('mots de passe saisis dans la page', () => {
  test('la confirmation doit être identique, après la politique', () => {
    expect(defautNouveauMotDePasse('court', 'court')).toMatch(/trop faible/);
    expect(defautNouveauMotDePasse('Collines-2026!', 'Collines-2026?')).toMatch(/ne correspondent pas/);
    expect(defautNouveauMotDePasse('Collines-2026!', 'Collines-2026!')).toBeNull();
    expect(defautNouveauMotDePasse('Lroux-Accueil-26!', null, 'lroux')).toMatch(/identifiant/);
  });

  test('le mot de passe provisoire proposé respecte toujours la politique', () => {
    for (let i = 0; i < 200; i++) expect(defautMotDePasse(motDePasseProvisoire())).toBeNull();
  });
});
