import { beforeEach, describe, expect, test } from 'vitest';
import type { Role } from '../../src-main/contract';
import type { SessionPoste } from '../../src-main/host/sessions';
import { banc, installer, type Banc } from '../aide';
import { compter, creerMembre, dernierIdJournal, lignesJournal } from '../fixtures/journal';

/**
 * Health and justice mentions (DOMAIN.md "Personal data", docs/comptes.md "Droits"): read and
 * added by the jeune's conseiller référent and by direction, nobody else.
 */

const MENTION = 'Suivi psychiatrique au CMP de Romans, traitement en cours';

let b: Banc;
let jeune: number;
let referent: Membre;
let autreConseiller: Membre;
let direction: Membre;
let accueil: Membre;
let administrateurSeul: Membre;

interface Membre {
  id: number;
  session: () => SessionPoste;
}

async function membre(identifiant: string, prenom: string, nom: string, roles: Role[]): Promise<Membre> {
  const id = await creerMembre(b, { identifiant, prenom, nom, roles });
  return { id, session: () => b.sessionDe(id) };
}

const sqlite = () => b.app.base.sqlite;

async function lire(qui: Membre) {
  const r = await b.brut('jeunes.lire', { id: jeune }, qui.session());
  if (!r.ok) throw new Error(r.error.message);
  return r.value as { mentionsSensibles: { texte: string; nature: string; auteurNom: string }[] | null };
}

function referentActuel(): number | null {
  return (
    sqlite().prepare('SELECT conseiller_referent_id AS r FROM jeune WHERE id = ?').get(jeune) as { r: number | null }
  ).r;
}

beforeEach(async () => {
  b = banc({ maintenant: '2026-03-10T09:15:00Z' });
  await installer(b);
  referent = await membre('rblanc', 'Romain', 'Blanc', ['conseiller']);
  autreConseiller = await membre('agiraud', 'Alice', 'Giraud', ['conseiller']);
  direction = await membre('ndirection', 'Nina', 'Chabert', ['direction']);
  accueil = await membre('lroux2', 'Léa', 'Roussel', ['accueil']);
  administrateurSeul = await membre('tadmin', 'Théo', 'Admin', ['administrateur']);
  jeune = (
    await b.appeler('jeunes.creer', {
      nomNaissance: 'Dupont',
      prenoms: 'Élodie',
      dateNaissance: '2006-04-12',
      sexe: 'F',
    })
  ).id;
});

describe('lecture des mentions sensibles', () => {
  beforeEach(async () => {
    await b.brut('jeunes.designerReferent', { jeuneId: jeune, conseillerId: referent.id }, direction.session());
    const r = await b.brut(
      'jeunes.ajouterMention',
      { jeuneId: jeune, nature: 'sante', texte: MENTION },
      referent.session(),
    );
    expect(r.ok).toBe(true);
  });

  test('le conseiller référent du jeune et la direction les voient', async () => {
    expect((await lire(referent)).mentionsSensibles).toEqual([
      expect.objectContaining({ nature: 'sante', texte: MENTION, auteurNom: 'Romain Blanc' }),
    ]);
    expect((await lire(direction)).mentionsSensibles).toEqual([expect.objectContaining({ texte: MENTION })]);
  });

  test.each([
    ['un autre conseiller', () => autreConseiller],
    ["l'accueil", () => accueil],
    ["l'administrateur sans rôle direction", () => administrateurSeul],
  ])('%s reçoit la fiche sans aucune mention (null), et rien du texte n’est envoyé', async (_qui, qui) => {
    const fiche = await lire(qui());
    expect(fiche.mentionsSensibles).toBeNull();
    expect(JSON.stringify(fiche)).not.toContain('psychiatrique');
  });

  test('quand la direction change de référent, l’ancien ne voit plus les mentions, le nouveau oui', async () => {
    await b.brut('jeunes.designerReferent', { jeuneId: jeune, conseillerId: autreConseiller.id }, direction.session());
    expect((await lire(referent)).mentionsSensibles).toBeNull();
    expect((await lire(autreConseiller)).mentionsSensibles).toHaveLength(1);
  });
});

describe('ajout d’une mention', () => {
  beforeEach(async () => {
    await b.brut('jeunes.designerReferent', { jeuneId: jeune, conseillerId: referent.id }, direction.session());
  });

  test('le référent et la direction ajoutent ; une entrée « modification » par ajout', async () => {
    for (const qui of [referent, direction]) {
      const avant = dernierIdJournal(sqlite());
      const r = await b.brut(
        'jeunes.ajouterMention',
        { jeuneId: jeune, nature: 'justice', texte: 'Mesure de réparation pénale' },
        qui.session(),
      );
      expect(r.ok).toBe(true);
      expect(lignesJournal(sqlite(), avant)).toEqual([
        expect.objectContaining({
          action: 'modification',
          objet_type: 'jeune',
          objet_id: jeune,
          utilisateur_id: qui.id,
          methode: 'jeunes.ajouterMention',
        }),
      ]);
    }
    expect((await lire(direction)).mentionsSensibles).toHaveLength(2);
  });

  test.each([
    ['un autre conseiller', () => autreConseiller],
    ["l'accueil", () => accueil],
    ["l'administrateur sans rôle direction", () => administrateurSeul],
  ])('%s ne peut pas en ajouter : accès refusé, rien n’est écrit', async (_qui, qui) => {
    const avant = dernierIdJournal(sqlite());
    const r = await b.brut(
      'jeunes.ajouterMention',
      { jeuneId: jeune, nature: 'sante', texte: 'Mention non autorisée' },
      qui().session(),
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'acces_refuse' } });
    if (!r.ok) expect(r.error.message).toMatch(/réservée à|Seuls le conseiller référent/);
    expect(compter(sqlite(), 'mention_sensible')).toBe(0);
    // The attempt itself is traced once, whether the dispatcher or the rule of the file refused it.
    expect(lignesJournal(sqlite(), avant)).toEqual([
      expect.objectContaining({
        action: 'acces_refuse',
        objet_type: null,
        utilisateur_id: qui().id,
        methode: 'jeunes.ajouterMention',
      }),
    ]);
  });

  test('une mention vide ou trop longue est refusée en français', async () => {
    const vide = await b.brut(
      'jeunes.ajouterMention',
      { jeuneId: jeune, nature: 'sante', texte: '  ' },
      referent.session(),
    );
    expect(vide).toMatchObject({ ok: false, error: { code: 'entree_invalide' } });
    if (!vide.ok) expect(vide.error.message).toContain('Mention : champ obligatoire.');
    const longue = await b.brut(
      'jeunes.ajouterMention',
      { jeuneId: jeune, nature: 'sante', texte: 'x'.repeat(2001) },
      referent.session(),
    );
    expect(longue).toMatchObject({ ok: false, error: { code: 'entree_invalide' } });
    expect(compter(sqlite(), 'mention_sensible')).toBe(0);
  });
});

describe('désignation du conseiller référent', () => {
  test('un conseiller prend un jeune sans référent, pour lui-même seulement ; une entrée « modification »', async () => {
    const pourUnAutre = await b.brut(
      'jeunes.designerReferent',
      { jeuneId: jeune, conseillerId: referent.id },
      autreConseiller.session(),
    );
    expect(pourUnAutre).toMatchObject({ ok: false, error: { code: 'acces_refuse' } });
    if (!pourUnAutre.ok) expect(pourUnAutre.error.message).toContain('ne peut désigner que lui-même');
    expect(referentActuel()).toBeNull();

    const avant = dernierIdJournal(sqlite());
    expect(
      (await b.brut('jeunes.designerReferent', { jeuneId: jeune, conseillerId: referent.id }, referent.session())).ok,
    ).toBe(true);
    expect(referentActuel()).toBe(referent.id);
    expect(lignesJournal(sqlite(), avant)).toEqual([
      expect.objectContaining({
        action: 'modification',
        objet_type: 'jeune',
        objet_id: jeune,
        utilisateur_id: referent.id,
        methode: 'jeunes.designerReferent',
      }),
    ]);
  });

  test('un conseiller ne change pas un référent existant, même pour se désigner ou le retirer', async () => {
    await b.brut('jeunes.designerReferent', { jeuneId: jeune, conseillerId: referent.id }, referent.session());
    const avant = dernierIdJournal(sqlite());
    for (const conseillerId of [autreConseiller.id, null]) {
      const r = await b.brut('jeunes.designerReferent', { jeuneId: jeune, conseillerId }, autreConseiller.session());
      expect(r).toMatchObject({ ok: false, error: { code: 'acces_refuse' } });
      if (!r.ok)
        expect(r.error.message).toBe('Ce jeune a déjà un conseiller référent : seule la direction peut le changer.');
    }
    expect(referentActuel()).toBe(referent.id);
    expect(lignesJournal(sqlite(), avant).filter((l) => l.action === 'modification')).toEqual([]);
  });

  test('la direction désigne et change le référent ; chaque désignation est une entrée', async () => {
    const avant = dernierIdJournal(sqlite());
    for (const conseillerId of [referent.id, autreConseiller.id, null]) {
      const r = await b.brut('jeunes.designerReferent', { jeuneId: jeune, conseillerId }, direction.session());
      expect(r.ok).toBe(true);
      expect(referentActuel()).toBe(conseillerId);
    }
    expect(lignesJournal(sqlite(), avant).map((l) => [l.action, l.objet_id, l.utilisateur_id])).toEqual([
      ['modification', jeune, direction.id],
      ['modification', jeune, direction.id],
      ['modification', jeune, direction.id],
    ]);
  });

  test('désigner quelqu’un qui n’est pas un conseiller actif est refusé', async () => {
    const avant = dernierIdJournal(sqlite());
    for (const conseillerId of [accueil.id, direction.id, 9999]) {
      const r = await b.brut('jeunes.designerReferent', { jeuneId: jeune, conseillerId }, direction.session());
      expect(r).toMatchObject({ ok: false, error: { code: 'regle_metier' } });
      if (!r.ok) expect(r.error.message).toBe('Choisissez un conseiller actif de la structure.');
    }
    await b.appeler('comptes.modifier', {
      id: autreConseiller.id,
      prenom: 'Alice',
      nom: 'Giraud',
      email: null,
      roles: ['conseiller'],
      siteId: null,
      actif: false,
    });
    const inactif = await b.brut(
      'jeunes.designerReferent',
      { jeuneId: jeune, conseillerId: autreConseiller.id },
      direction.session(),
    );
    expect(inactif).toMatchObject({ ok: false, error: { code: 'regle_metier' } });
    expect(referentActuel()).toBeNull();
    expect(lignesJournal(sqlite(), avant).filter((l) => l.action === 'modification')).toEqual([]);
  });

  test('l’accueil ne désigne pas de référent', async () => {
    const r = await b.brut('jeunes.designerReferent', { jeuneId: jeune, conseillerId: referent.id }, accueil.session());
    expect(r).toMatchObject({ ok: false, error: { code: 'acces_refuse' } });
    expect(referentActuel()).toBeNull();
  });
});
