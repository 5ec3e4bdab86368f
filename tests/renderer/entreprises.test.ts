import { describe, expect, test } from 'vitest';
import {
  entrepriseSaisieSchema,
  type Acte,
  type Entreprise,
  type LigneEntreprise,
  type Personnel,
  siretLisible,
  sirenLisible,
} from '../../src-main/contract';
import {
  acteVide,
  choixPortefeuille,
  cibleChronologie,
  comparaison,
  comparaisonPart,
  criteresEntreprises,
  echeance,
  entreeEntreprise,
  filtresEntreprisesActifs,
  filtresParDefaut,
  joursRestants,
  libelleContrat,
  lienProchaineAction,
  nafSaisi,
  peutRetoucherActe,
  pourcentage,
  ratioActes,
  responsablesPossibles,
  routeEntreprises,
  saisieActe,
  saisieEntreprise,
  titrePortefeuille,
  trierEntreprises,
  typesActeSaisissables,
  verifierActe,
  verifierSiret,
} from '../../src-renderer/screens/entreprises/logique';

const route = (q: string) => routeEntreprises(new URLSearchParams(q));

describe('adresse de l’onglet Entreprises', () => {
  test('sans paramètre, ou une vue inconnue : le portefeuille', () => {
    expect(route('')).toEqual({ ecran: 'vue', vue: 'portefeuille' });
    expect(route('vue=portefeuille')).toEqual({ ecran: 'vue', vue: 'portefeuille' });
    expect(route('vue=n-importe-quoi')).toEqual({ ecran: 'vue', vue: 'portefeuille' });
  });

  test('les vues À faire et Offres', () => {
    expect(route('vue=afaire')).toEqual({ ecran: 'vue', vue: 'afaire' });
    expect(route('vue=offres')).toEqual({ ecran: 'vue', vue: 'offres' });
  });

  test('une entreprise, une offre ; l’offre l’emporte quand les deux sont donnés', () => {
    expect(route('entreprise=12')).toEqual({ ecran: 'entreprise', id: 12 });
    expect(route('offre=4')).toEqual({ ecran: 'offre', id: 4 });
    expect(route('entreprise=12&offre=4')).toEqual({ ecran: 'offre', id: 4 });
  });

  test('un numéro qui n’en est pas un est ignoré', () => {
    expect(route('entreprise=0')).toEqual({ ecran: 'vue', vue: 'portefeuille' });
    expect(route('entreprise=-3&vue=afaire')).toEqual({ ecran: 'vue', vue: 'afaire' });
    expect(route('offre=abc&entreprise=7')).toEqual({ ecran: 'entreprise', id: 7 });
    expect(route('entreprise=1.5')).toEqual({ ecran: 'vue', vue: 'portefeuille' });
  });
});

describe('SIRET et NAF', () => {
  test('SIRET et SIREN lisibles', () => {
    expect(siretLisible('73282932000074')).toBe('732 829 320 00074');
    expect(sirenLisible('732829320')).toBe('732 829 320');
    // Not a SIRET: shown as it is.
    expect(siretLisible('123')).toBe('123');
  });

  test('pendant la frappe de chiffres, rien n’est reproché', () => {
    expect(verifierSiret('', false)).toEqual({ etat: 'incomplet' });
    expect(verifierSiret('732 829 320', false)).toEqual({ etat: 'incomplet' });
  });

  test('une lettre, ou un champ quitté incomplet : le message du contrat', () => {
    expect(verifierSiret('7328A', false)).toEqual({ etat: 'erreur', message: 'SIRET : 14 chiffres attendus.' });
    expect(verifierSiret('732829320', true)).toEqual({ etat: 'erreur', message: 'SIRET : 14 chiffres attendus.' });
  });

  test('une clé fausse est signalée dès le 14e chiffre', () => {
    const r = verifierSiret('73282932000075', false);
    expect(r.etat).toBe('erreur');
    expect(r.etat === 'erreur' && r.message).toMatch(/clé de contrôle/);
    expect(verifierSiret('35600000049838', true).etat).toBe('erreur');
  });

  test('un SIRET valide, espaces compris, et l’exception de La Poste', () => {
    expect(verifierSiret('732 829 320 00074', false)).toEqual({
      etat: 'valide',
      siret: '73282932000074',
      siren: '732829320',
    });
    expect(verifierSiret('35600000049837', true)).toEqual({
      etat: 'valide',
      siret: '35600000049837',
      siren: '356000000',
    });
  });

  test('le code NAF est normalisé et donne son secteur', () => {
    expect(nafSaisi('5610a')).toEqual({ naf: '56.10A', secteur: 'I' });
    expect(nafSaisi(' 43.22 b ')).toEqual({ naf: '43.22B', secteur: 'F' });
    expect(nafSaisi('')).toBeNull();
    expect(nafSaisi('56.1')).toBeNull();
    // Division 04 belongs to no section.
    expect(nafSaisi('04.00Z')).toBeNull();
  });
});

describe('liste du portefeuille', () => {
  test('par défaut, le portefeuille de la personne connectée', () => {
    const f = filtresParDefaut(7);
    expect(criteresEntreprises(f, '  boul ')).toEqual({
      texte: 'boul',
      statuts: [],
      secteurs: [],
      tranches: [],
      codeInsee: null,
      responsableId: 7,
      limite: 500,
    });
    expect(filtresEntreprisesActifs(f)).toBe(false);
  });

  test('« Sans responsable » demande null, « Toutes » ne dit rien du responsable', () => {
    expect(criteresEntreprises({ ...filtresParDefaut(7), portefeuille: 'sans' }, '')).toHaveProperty(
      'responsableId',
      null,
    );
    expect(criteresEntreprises({ ...filtresParDefaut(7), portefeuille: 'toutes' }, '')).not.toHaveProperty(
      'responsableId',
    );
  });

  test('les filtres deviennent des listes d’un élément', () => {
    const f = { ...filtresParDefaut(7), secteur: 'I' as const, tranche: '1_9' as const, statut: 'partenaire' as const };
    const c = criteresEntreprises({ ...f, codeInsee: '26362' }, '');
    expect(c).toMatchObject({ secteurs: ['I'], tranches: ['1_9'], statuts: ['partenaire'], codeInsee: '26362' });
    expect(filtresEntreprisesActifs(f)).toBe(true);
  });

  test('la valeur de « Portefeuille de » se relit', () => {
    expect(choixPortefeuille('12')).toBe(12);
    expect(choixPortefeuille('sans')).toBe('sans');
    expect(choixPortefeuille('toutes')).toBe('toutes');
    expect(choixPortefeuille('0')).toBeNull();
    expect(choixPortefeuille('x')).toBeNull();
  });

  test('les responsables possibles : actifs, qui accompagnent, par nom', () => {
    const p = (id: number, nom: string, roles: Personnel['roles'], actif = true): Personnel => ({
      id,
      prenom: 'Alex',
      nom,
      identifiant: `p${id}`,
      email: null,
      roles,
      siteId: null,
      actif,
    });
    const liste = responsablesPossibles([
      p(1, 'Zidane', ['conseiller']),
      p(2, 'Accueil', ['accueil']),
      p(3, 'Meziane', ['charge_relation_entreprises']),
      p(4, 'Admin', ['administrateur']),
      p(5, 'Ancien', ['conseiller'], false),
      p(6, 'Chabert', ['direction']),
    ]);
    expect(liste.map((x) => x.id)).toEqual([6, 3, 1]);
  });

  test('titre de la liste', () => {
    const nom = (id: number) => (id === 3 ? 'Rachid Meziane' : undefined);
    expect(titrePortefeuille(7, 7, nom)).toBe('Mon portefeuille');
    expect(titrePortefeuille(3, 7, nom)).toBe('Portefeuille de Rachid Meziane');
    expect(titrePortefeuille('sans', 7, nom)).toBe('Entreprises sans responsable');
    expect(titrePortefeuille('toutes', 7, nom)).toBe('Toutes les entreprises');
  });

  let n = 0;
  const ligne = (p: Partial<LigneEntreprise> & { nom: string }): LigneEntreprise => ({
    id: ++n,
    siret: '73282932000074',
    commune: null,
    codeInsee: null,
    qpv: false,
    secteur: null,
    tranche: null,
    statut: 'prospect',
    responsableId: null,
    responsableNom: null,
    dernierActe: null,
    offresOuvertes: 0,
    jeunesPlaces: 0,
    jeunesEnPoste: 0,
    ...p,
  });
  const boulangerie = ligne({ nom: 'Boulangerie Roux', dernierActe: { date: '2026-03-02', type: 'visite' } });
  const garage = ligne({ nom: 'Garage Ézy', responsableNom: 'Rachid Meziane' });
  const atelier = ligne({
    nom: 'Atelier Brun',
    dernierActe: { date: '2025-11-20', type: 'contact_telephone' },
    responsableNom: 'Anne Vidal',
  });
  const epicerie = ligne({ nom: 'Épicerie du port', dernierActe: { date: '2026-03-02', type: 'courriel' } });
  const toutes = [boulangerie, garage, atelier, epicerie];
  const noms = (l: LigneEntreprise[]) => l.map((x) => x.nom);

  test('par nom, accents compris (É avec les E)', () => {
    expect(noms(trierEntreprises(toutes, 'nom', 'asc'))).toEqual([
      'Atelier Brun',
      'Boulangerie Roux',
      'Épicerie du port',
      'Garage Ézy',
    ]);
    expect(noms(trierEntreprises(toutes, 'nom', 'desc'))[0]).toBe('Garage Ézy');
  });

  test('« dernier acte » croissant : les jamais contactées d’abord, puis les plus anciennes', () => {
    expect(noms(trierEntreprises(toutes, 'dernierActe', 'asc'))).toEqual([
      'Garage Ézy',
      'Atelier Brun',
      'Boulangerie Roux',
      'Épicerie du port',
    ]);
    // Descending: the most recent first (same day: by name), the ones never contacted last.
    expect(noms(trierEntreprises(toutes, 'dernierActe', 'desc'))).toEqual([
      'Boulangerie Roux',
      'Épicerie du port',
      'Atelier Brun',
      'Garage Ézy',
    ]);
  });

  test('par responsable : les entreprises sans responsable à la fin, dans les deux sens', () => {
    expect(noms(trierEntreprises(toutes, 'responsable', 'asc')).slice(0, 2)).toEqual(['Atelier Brun', 'Garage Ézy']);
    expect(noms(trierEntreprises(toutes, 'responsable', 'desc')).slice(0, 2)).toEqual(['Garage Ézy', 'Atelier Brun']);
    expect(noms(trierEntreprises(toutes, 'responsable', 'desc')).slice(2)).toEqual([
      'Boulangerie Roux',
      'Épicerie du port',
    ]);
  });

  test('par jeunes : ceux en poste d’abord', () => {
    const a = ligne({ nom: 'A', jeunesPlaces: 5, jeunesEnPoste: 0 });
    const b = ligne({ nom: 'B', jeunesPlaces: 1, jeunesEnPoste: 1 });
    expect(noms(trierEntreprises([a, b], 'jeunes', 'desc'))).toEqual(['B', 'A']);
  });

  test('le tri ne touche pas la liste reçue', () => {
    const avant = noms(toutes);
    trierEntreprises(toutes, 'nom', 'desc');
    expect(noms(toutes)).toEqual(avant);
  });
});

describe('compteurs', () => {
  test('pourcentages à la française', () => {
    expect(pourcentage(0.125)).toBe('12,5\u00a0%');
    expect(pourcentage(0.1)).toBe('10\u00a0%');
    expect(pourcentage(0.08333)).toBe('8,3\u00a0%');
    expect(pourcentage(null)).toBe('—');
  });

  test('comparaison avec l’année précédente', () => {
    expect(comparaison(46, 40, 2025)).toBe('2025 : 40 (+15\u00a0%)');
    expect(comparaison(30, 40, 2025)).toBe('2025 : 40 (−25\u00a0%)');
    expect(comparaison(40, 40, 2025)).toBe('2025 : 40 (stable)');
    expect(comparaison(12, 0, 2025)).toBe('2025 : 0');
  });

  test('une part se compare en points', () => {
    expect(comparaisonPart(0.083, 0.079, 2025)).toBe('2025 : 7,9\u00a0% (+0,4\u00a0pt)');
    expect(comparaisonPart(0.05, 0.08, 2025)).toBe('2025 : 8\u00a0% (−3\u00a0pt)');
    expect(comparaisonPart(0.08, 0.08, 2025)).toBe('2025 : 8\u00a0% (stable)');
    expect(comparaisonPart(0.08, null, 2025)).toBe('2025 : —');
    expect(comparaisonPart(null, 0.08, 2025)).toBe('2025 : 8\u00a0%');
  });

  test('le ratio dit ses deux termes', () => {
    expect(ratioActes(45, 540)).toBe('45 actes pour 540 événements jeunes');
    expect(ratioActes(1, 1)).toBe('1 acte pour 1 événement jeune');
    expect(ratioActes(0, 1250)).toBe('0 acte pour 1\u202f250 événements jeunes');
  });
});

describe('à faire', () => {
  test('le contrat en clair', () => {
    expect(libelleContrat('alternance', 'apprentissage')).toBe('Alternance · Apprentissage');
    expect(libelleContrat('emploi', 'cdd')).toBe('Emploi · CDD');
    expect(libelleContrat('emploi', null)).toBe('Emploi');
    expect(libelleContrat('emploi', 'inconnu')).toBe('Emploi');
  });

  test('jours restants et échéances', () => {
    expect(joursRestants(0)).toBe("aujourd'hui");
    expect(joursRestants(1)).toBe('demain');
    expect(joursRestants(12)).toBe('dans 12 jours');
    expect(echeance('2026-03-07', '2026-03-10')).toBe('en retard de 3 jours');
    expect(echeance('2026-03-09', '2026-03-10')).toBe('en retard de 1 jour');
    expect(echeance('2026-03-10', '2026-03-10')).toBe("aujourd'hui");
    // Across the change to summer time (29 March 2026).
    expect(echeance('2026-04-02', '2026-03-26')).toBe('dans 7 jours');
  });
});

describe('fiche de l’entreprise', () => {
  const acte = (p: Partial<Acte> & { id: number }): Acte => ({
    entrepriseId: 1,
    entrepriseNom: 'Boulangerie Roux',
    date: '2026-03-02',
    type: 'visite',
    interlocuteur: null,
    note: null,
    prochaineActionLe: null,
    prochaineAction: null,
    offreId: null,
    miseEnRelationId: null,
    auteurId: 10,
    auteurNom: 'Rachid Meziane',
    modifieLe: '2026-03-02T09:00:00.000Z',
    ...p,
  });
  const visite = acte({ id: 1 });
  const acteOffre = acte({ id: 2, type: 'offre', offreId: 40 });
  const acteMer = acte({ id: 3, type: 'mise_en_relation', miseEnRelationId: 70 });
  const e: Pick<Entreprise, 'actes' | 'misesEnRelation' | 'jeunes'> = {
    actes: [visite, acteOffre, acteMer],
    misesEnRelation: [
      {
        id: 70,
        offreId: 41,
        offreIntitule: 'Vendeur',
        typeContrat: 'cdd',
        entrepriseId: 1,
        entrepriseNom: 'Boulangerie Roux',
        jeuneId: 500,
        jeuneNom: 'Camille Martin',
        date: '2026-03-01',
        issue: 'en_attente',
        issueLe: null,
        motifNonRetenu: null,
        commentaire: null,
        situationId: null,
        auteurId: 10,
        auteurNom: 'Rachid Meziane',
        modifieLe: '2026-03-01T09:00:00.000Z',
      },
    ],
    jeunes: [
      {
        situationId: 90,
        jeuneId: 501,
        jeuneNom: 'Sami Benali',
        type: 'alternance',
        sousType: 'apprentissage',
        intitule: null,
        debut: '2025-09-01',
        finPrevue: '2027-08-31',
        finReelle: null,
        enCours: true,
      },
    ],
  };
  const ligne = (type: 'acte' | 'offre' | 'mise_en_relation' | 'situation' | 'entreprise', id: number) => ({
    cle: `${type}-${id}`,
    date: '2026-03-02',
    genre: 'acte' as const,
    titre: 't',
    detail: null,
    auteurNom: null,
    cible: { type, id },
  });

  test('chaque ligne de la chronologie ouvre sa cible', () => {
    expect(cibleChronologie(ligne('acte', 1), e)).toEqual({ genre: 'acte', acte: visite });
    expect(cibleChronologie(ligne('offre', 40), e)).toEqual({ genre: 'lien', href: '#/entreprises?offre=40' });
    // A match opens its offer, where the matches are followed.
    expect(cibleChronologie(ligne('mise_en_relation', 70), e)).toEqual({
      genre: 'lien',
      href: '#/entreprises?offre=41',
    });
    expect(cibleChronologie(ligne('situation', 90), e)).toEqual({
      genre: 'lien',
      href: '#/dossier?jeune=501&onglet=situations',
    });
    expect(cibleChronologie(ligne('entreprise', 1), e)).toBeNull();
  });

  test('l’acte écrit par une offre ou une mise en relation ouvre l’offre', () => {
    expect(cibleChronologie(ligne('acte', 2), e)).toEqual({ genre: 'lien', href: '#/entreprises?offre=40' });
    expect(cibleChronologie(ligne('acte', 3), e)).toEqual({ genre: 'lien', href: '#/entreprises?offre=41' });
  });

  test('une cible disparue n’ouvre rien', () => {
    expect(cibleChronologie(ligne('acte', 99), e)).toBeNull();
    expect(cibleChronologie(ligne('situation', 99), e)).toBeNull();
    expect(cibleChronologie(ligne('mise_en_relation', 99), e)).toBeNull();
  });

  test('les prochaines actions mènent à l’offre ou aux situations du jeune ; une relance se note ici', () => {
    const p = (
      genre: 'relance' | 'fin_contrat' | 'offre_expire',
      type: 'acte' | 'situation' | 'offre',
      id: number,
    ) => ({
      genre,
      date: '2026-03-10',
      libelle: 'x',
      cible: { type, id },
    });
    expect(lienProchaineAction(p('offre_expire', 'offre', 40), e)).toBe('#/entreprises?offre=40');
    expect(lienProchaineAction(p('fin_contrat', 'situation', 90), e)).toBe('#/dossier?jeune=501&onglet=situations');
    expect(lienProchaineAction(p('relance', 'acte', 1), e)).toBeNull();
  });

  test('un acte se retouche par son auteur ou la direction, jamais celui d’une offre', () => {
    expect(peutRetoucherActe(visite, { id: 10, roles: ['charge_relation_entreprises'] })).toBe(true);
    expect(peutRetoucherActe(visite, { id: 11, roles: ['conseiller'] })).toBe(false);
    expect(peutRetoucherActe(visite, { id: 11, roles: ['conseiller', 'direction'] })).toBe(true);
    expect(peutRetoucherActe(acteOffre, { id: 10, roles: ['direction'] })).toBe(false);
    expect(peutRetoucherActe(acteMer, { id: 10, roles: ['direction'] })).toBe(false);
  });

  test('les types proposés à la saisie : sans les actes automatiques, sauf celui de l’acte modifié', () => {
    expect(typesActeSaisissables()).not.toContain('offre');
    expect(typesActeSaisissables()).not.toContain('mise_en_relation');
    expect(typesActeSaisissables()).toContain('visite');
    expect(typesActeSaisissables('offre')).toContain('offre');
    expect(typesActeSaisissables('offre')).not.toContain('mise_en_relation');
  });
});

describe('formulaire de l’entreprise', () => {
  test('une nouvelle entreprise est confiée à qui la crée, au statut prospect', () => {
    const s = saisieEntreprise(null, 7);
    expect(s).toMatchObject({ responsableId: 7, statut: 'prospect', siret: '', contacts: [] });
  });

  test('ce qui est envoyé passe le schéma du contrat ; le secteur vient du NAF quand il est donné', () => {
    const s = {
      ...saisieEntreprise(null, 7),
      siret: '732 829 320 00074',
      nom: 'Boulangerie Roux',
      naf: '1071c',
      secteur: 'I' as const,
      contacts: [
        { nom: 'Marc Roux', fonction: 'Gérant', telephone: '', email: '' },
        { nom: ' ', fonction: '', telephone: '', email: '' },
      ],
    };
    const v = entrepriseSaisieSchema.safeParse(entreeEntreprise(s));
    expect(v.success).toBe(true);
    expect(v.data).toMatchObject({ siret: '73282932000074', naf: '10.71C', secteur: 'C', responsableId: 7 });
    // The line left empty is dropped.
    expect(v.data?.contacts).toHaveLength(1);
  });

  test('sans NAF, le secteur choisi est gardé', () => {
    const s = { ...saisieEntreprise(null, 7), siret: '73282932000074', nom: 'Garage Ézy', secteur: 'G' as const };
    expect(entrepriseSaisieSchema.parse(entreeEntreprise(s)).secteur).toBe('G');
  });

  test('un SIRET faux est refusé sous son champ, avec le message du contrat', () => {
    const s = { ...saisieEntreprise(null, 7), siret: '73282932000075', nom: 'Boulangerie Roux' };
    const v = entrepriseSaisieSchema.safeParse(entreeEntreprise(s));
    expect(v.success).toBe(false);
    expect(v.error?.issues.find((i) => i.path.join('.') === 'siret')?.message).toMatch(/clé de contrôle/);
  });

  test('une entreprise lue revient telle quelle dans le formulaire', () => {
    const lue = {
      siret: '73282932000074',
      nom: 'Boulangerie Roux',
      naf: '10.71C',
      secteur: 'C',
      tranche: '1_9',
      adresse: '3 rue Madier',
      codePostal: '26000',
      codeInsee: '26362',
      commune: 'Valence',
      qpv: true,
      telephone: '0475000000',
      email: null,
      responsableId: null,
      statut: 'partenaire',
      origine: 'forum',
      notes: null,
      contacts: [{ id: 1, nom: 'Marc Roux', fonction: null, telephone: null, email: 'm@roux.fr' }],
    } as unknown as Entreprise;
    const s = saisieEntreprise(lue, 7);
    expect(s).toMatchObject({
      siret: '732 829 320 00074',
      responsableId: null,
      email: '',
      qpv: true,
      contacts: [{ nom: 'Marc Roux', fonction: '', telephone: '', email: 'm@roux.fr' }],
    });
    expect(entrepriseSaisieSchema.safeParse(entreeEntreprise(s)).success).toBe(true);
  });
});

describe('saisie d’un acte', () => {
  const aujourdhui = '2026-03-10';

  test('daté d’aujourd’hui, la note seule suffit', () => {
    const s = { ...acteVide(aujourdhui, 'visite'), note: 'Besoin de deux apprentis en septembre.' };
    expect(s.date).toBe('10/03/2026');
    expect(verifierActe(s, aujourdhui)).toEqual({
      ok: true,
      acte: {
        date: '2026-03-10',
        type: 'visite',
        interlocuteur: '',
        note: 'Besoin de deux apprentis en septembre.',
        prochaineActionLe: null,
        prochaineAction: null,
      },
    });
  });

  test('un acte dans le futur est refusé : c’est une prochaine action', () => {
    const r = verifierActe({ ...acteVide(aujourdhui), date: '11/03/2026' }, aujourdhui);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.erreurs.date).toMatch(/une fois fait/);
  });

  test('une date qui n’existe pas est refusée', () => {
    const r = verifierActe({ ...acteVide(aujourdhui), date: '31/02/2026' }, aujourdhui);
    expect(!r.ok && r.erreurs.date).toMatch(/JJ\/MM\/AAAA/);
  });

  test('la prochaine action demande sa date et son texte', () => {
    const base = { ...acteVide(aujourdhui), avecProchaineAction: true };
    const sansTexte = verifierActe({ ...base, prochaineActionLe: '01/04/2026' }, aujourdhui);
    expect(!sansTexte.ok && sansTexte.erreurs.prochaineAction).toMatch(/ce qu’il faudra faire/);
    const sansDate = verifierActe({ ...base, prochaineAction: 'Rappeler' }, aujourdhui);
    expect(!sansDate.ok && sansDate.erreurs.prochaineActionLe).toMatch(/sa date/);
    const complete = verifierActe({ ...base, prochaineActionLe: '1/4/2026', prochaineAction: 'Rappeler' }, aujourdhui);
    expect(complete.ok && complete.acte).toMatchObject({
      prochaineActionLe: '2026-04-01',
      prochaineAction: 'Rappeler',
    });
  });

  test('la prochaine action ne précède pas l’acte', () => {
    const s = { ...acteVide(aujourdhui), date: '05/03/2026', avecProchaineAction: true, prochaineAction: 'Rappeler' };
    const r = verifierActe({ ...s, prochaineActionLe: '04/03/2026' }, aujourdhui);
    expect(!r.ok && r.erreurs.prochaineActionLe).toBe('Le 05/03/2026 au plus tôt (jour de l’acte).');
    expect(verifierActe({ ...s, prochaineActionLe: '05/03/2026' }, aujourdhui).ok).toBe(true);
  });

  test('décochée, la prochaine action n’est pas envoyée', () => {
    const s = { ...acteVide(aujourdhui), prochaineActionLe: '01/04/2026', prochaineAction: 'Rappeler' };
    const r = verifierActe(s, aujourdhui);
    expect(r.ok && r.acte).toMatchObject({ prochaineActionLe: null, prochaineAction: null });
  });

  test('une note trop longue reçoit le message du contrat', () => {
    const r = verifierActe({ ...acteVide(aujourdhui), note: 'x'.repeat(4001) }, aujourdhui);
    expect(!r.ok && r.erreurs.note).toBe('Note : 4000 caractères au plus.');
  });

  test('un acte lu revient dans le formulaire, dates en JJ/MM/AAAA', () => {
    const a: Acte = {
      id: 1,
      entrepriseId: 1,
      entrepriseNom: 'x',
      date: '2026-03-02',
      type: 'visite',
      interlocuteur: 'Marc Roux',
      note: null,
      prochaineActionLe: '2026-04-01',
      prochaineAction: 'Rappeler',
      offreId: null,
      miseEnRelationId: null,
      auteurId: 1,
      auteurNom: 'x',
      modifieLe: '',
    };
    expect(saisieActe(a)).toEqual({
      type: 'visite',
      date: '02/03/2026',
      interlocuteur: 'Marc Roux',
      note: '',
      avecProchaineAction: true,
      prochaineActionLe: '01/04/2026',
      prochaineAction: 'Rappeler',
    });
  });
});
