import { expect, test, type Locator, type Page } from '@playwright/test';
import { COMPTES } from './comptes';
import { appelDirect, capture, connecter, parcours } from './outils';
import { AUJOURDHUI_PARCOURS, PORTEFEUILLE } from './parcours-donnees';

/** Picks an option of an MUI select by the select's accessible name. */
async function choisir(page: Page, portee: Locator, champ: string | RegExp, option: string | RegExp) {
  await portee.getByRole('combobox', { name: champ }).click();
  await page.getByRole('option', { name: option }).click();
}

function ligneDe(page: Page, nom: string) {
  return page.getByTestId('ligne-jeune').filter({ hasText: nom });
}

test.beforeEach(async ({ page }) => {
  // The page reads the same fixed "today" as the main process of this host.
  await page.clock.setFixedTime(AUJOURDHUI_PARCOURS);
});

test('Mes jeunes : le portefeuille et ses alertes, au jour fixé', async ({ page }) => {
  await connecter(page, COMPTES.conseillere, parcours);
  await page.getByRole('tab', { name: 'Mes jeunes' }).click();
  await expect(ligneDe(page, 'GIRARD')).toBeVisible();
  await expect(ligneDe(page, 'MOREAU')).toBeVisible();
  await capture(page, '40-mes-jeunes');

  // Each alert lists exactly the jeunes the data was written for.
  const attendues = {
    sans_contact: ['GIRARD'],
    fin_parcours: ['MOREAU'],
    sequence_orientation: ['MOREAU'],
    sans_solution_4_mois: ['MOREAU'],
  } as const;
  for (const [code, noms] of Object.entries(attendues)) {
    const puce = page.getByTestId(`alerte-${code}`);
    await expect(puce, code).toHaveAttribute('data-nombre', String(noms.length));
    await puce.click();
    await expect(page.getByTestId('ligne-jeune'), code).toHaveCount(noms.length);
    for (const nom of noms) await expect(ligneDe(page, nom), code).toBeVisible();
  }
  await page.getByTestId('alerte-sans_contact').click();
  await expect(page.getByTestId('detail-alerte').first()).toContainText('semaines sans contact');
  await capture(page, '41-alerte-sans-contact');
  await page.getByRole('button', { name: 'Toute la liste' }).click();

  // A row opens the file.
  await ligneDe(page, 'MOREAU').click();
  await expect(page.getByTestId('dossier-nom')).toContainText(PORTEFEUILLE.finDeParcours.prenoms);
  await expect(page.getByTestId('puce-parcours')).toContainText('CEJ');
});

test('le parcours d’un jeune, du premier accueil à la sortie en alternance', async ({ page, request }) => {
  await connecter(page, COMPTES.conseillere, parcours);

  await test.step('premier accueil à l’accueil, et la conseillère devient référente', async () => {
    // The desk is ready (its shortcuts listen) once its search field has the focus.
    await expect(page.getByRole('textbox', { name: 'Rechercher un jeune' })).toBeFocused();
    await page.keyboard.press('Alt+N');
    const creation = page.getByRole('dialog', { name: 'Nouveau jeune' });
    await creation.getByLabel('Nom de naissance').fill('Bernard');
    await creation.getByLabel('Prénom(s)').fill('Lina');
    await creation.getByRole('textbox', { name: 'Date de naissance' }).fill('21/05/2007');
    await creation.getByRole('button', { name: 'Femme' }).click();
    await creation.getByRole('button', { name: 'Créer le dossier' }).click();
    await expect(page.getByTestId('fiche-nom')).toHaveText(/BERNARD Lina/);

    await page.getByRole('button', { name: 'Enregistrer un accueil' }).click();
    const accueil = page.getByRole('dialog', { name: /Enregistrer un accueil/ });
    await accueil.getByRole('textbox', { name: 'Date' }).fill('05/01/2026');
    await accueil.getByRole('textbox', { name: 'Heure' }).fill('10:00');
    await accueil.getByRole('button', { name: 'Emploi' }).click();
    await accueil.getByRole('button', { name: "Enregistrer l'accueil" }).click();
    await expect(page.getByTestId('premier-accueil')).toHaveText('05/01/2026');
    await page.getByRole('button', { name: 'Me désigner référent' }).click();
    await expect(page.getByTestId('referent')).toHaveText(COMPTES.conseillere.nom);
    await page.getByRole('button', { name: 'Ouvrir le dossier' }).click();
    await expect(page.getByTestId('dossier-nom')).toContainText('Lina');
  });

  await test.step('diagnostic conclu : entrée en contrat d’engagement', async () => {
    await page.getByRole('tab', { name: 'Diagnostic' }).click();
    await page.getByRole('button', { name: 'Nouveau diagnostic' }).click();
    const dialogue = page.getByTestId('dialogue-diagnostic');
    await dialogue.getByRole('textbox', { name: "Date de l'entretien" }).fill('12/01/2026');
    const mobilite = dialogue.getByTestId('dimension-mobilite');
    await mobilite.getByLabel('Situation').fill('Pas de permis, dépend des transports en commun');
    // Prefilled from the file (no licence, no vehicle): the obstacle is already ticked.
    await mobilite.getByRole('checkbox', { name: 'Frein' }).check();
    await mobilite
      .getByRole('textbox', { name: 'Freins identifiés' })
      .fill('Horaires décalés impossibles sans véhicule');
    await dialogue.getByLabel('Conclure le diagnostic').check();
    await dialogue.getByRole('radio', { name: 'Entrée en parcours contractualisé' }).check();
    await choisir(page, dialogue, /Type de parcours proposé/, /Contrat d'engagement \(loi plein emploi\)/);
    await capture(page, '42-diagnostic');
    await dialogue.getByRole('button', { name: 'Enregistrer et conclure' }).click();
    await expect(dialogue).toBeHidden();
    await expect(page.getByTestId('carte-diagnostic')).toContainText('Entrée en parcours contractualisé');
  });

  await test.step('contrat d’engagement signé avec deux séquences', async () => {
    await page.getByRole('button', { name: 'Ouvrir le parcours proposé' }).click();
    const dialogue = page.getByTestId('dialogue-parcours');
    await dialogue.getByRole('textbox', { name: 'Date de signature' }).fill('19/01/2026');
    await dialogue.getByRole('textbox', { name: 'Début', exact: true }).first().fill('19/01/2026');
    await dialogue.getByRole('textbox', { name: 'Fin prévue' }).fill('18/01/2028');
    await dialogue.getByLabel('Objectifs').fill('Entrer en apprentissage en boulangerie');
    const sequences = dialogue.getByTestId('saisie-sequence');
    await sequences.first().getByRole('textbox', { name: 'Début' }).fill('19/01/2026');
    await sequences.first().getByRole('textbox', { name: 'Fin' }).fill('15/02/2026');
    await dialogue.getByRole('button', { name: 'Ajouter une séquence' }).click();
    await expect(sequences).toHaveCount(2);
    await choisir(page, sequences.nth(1), 'Type de la séquence 2', /Accompagnement vers l'emploi/);
    await sequences.nth(1).getByRole('textbox', { name: 'Début' }).fill('16/02/2026');
    await sequences.nth(1).getByRole('textbox', { name: 'Fin' }).fill('');
    await capture(page, '43-parcours');
    await dialogue.getByRole('button', { name: 'Ouvrir le parcours' }).click();
    await expect(dialogue).toBeHidden();
    const carte = page.getByTestId('carte-parcours');
    await expect(carte).toContainText("Contrat d'engagement");
    await expect(carte.getByTestId('frise-sequences')).toContainText('Orientation et consolidation de projet');
    await expect(carte.getByTestId('frise-sequences')).toContainText("Accompagnement vers l'emploi");
  });

  await test.step('un entretien en quelques touches', async () => {
    await expect(page.getByRole('button', { name: /Nouvel événement/ })).toBeEnabled();
    await page.keyboard.press('Alt+N');
    const dialogue = page.getByTestId('dialogue-evenement');
    await expect(dialogue.getByRole('combobox', { name: 'Type' })).toBeFocused();
    await dialogue.getByRole('textbox', { name: 'Date' }).fill('02/02/2026');
    await dialogue.getByRole('button', { name: 'Emploi' }).click();
    await dialogue.getByLabel('Note').fill('Recherche de maîtres d’apprentissage en boulangerie');
    await page.keyboard.press('Control+Enter');
    await expect(dialogue).toBeHidden();
  });

  await test.step('un atelier alternance : cocher la jeune crée l’événement sur son dossier', async () => {
    await page.getByRole('tab', { name: 'Ateliers' }).click();
    await page.getByRole('button', { name: 'Programmer un atelier' }).click();
    const dialogue = page.getByRole('dialog', { name: /Programmer un atelier/ });
    await choisir(page, dialogue, /Type/, 'Atelier alternance');
    await dialogue.getByLabel('Intitulé').fill('Trouver son employeur en alternance');
    await dialogue.getByRole('textbox', { name: 'Date' }).fill('10/03/2026');
    await dialogue.getByRole('textbox', { name: 'Heure' }).fill('14:00');
    await dialogue.getByLabel('Durée (min)').fill('120');
    await dialogue.getByLabel('Capacité (places)').fill('10');
    await dialogue.getByRole('button', { name: "Programmer l'atelier" }).click();
    const fiche = page.getByTestId('fiche-atelier');
    await expect(fiche).toContainText('Trouver son employeur en alternance');
    await fiche.getByRole('combobox', { name: 'Ajouter un jeune' }).fill('bernard lina');
    await page.getByRole('option', { name: /BERNARD Lina/ }).click();
    const participant = fiche.getByTestId('participant').filter({ hasText: 'Lina' });
    await expect(participant).toBeVisible();
    await participant.getByRole('checkbox').check();
    await fiche.getByRole('button', { name: "Enregistrer l'émargement" }).click();
    await expect(page.getByText(/1 présent, 0 absent : les événements sont sur les dossiers/)).toBeVisible();
    await capture(page, '44-atelier');
    await participant.getByRole('link').first().click();
    await expect(page.getByTestId('dossier-nom')).toContainText('Lina');
  });

  await test.step('une situation d’alternance, puis la sortie « alternance »', async () => {
    await page.getByRole('tab', { name: 'Situations' }).click();
    await page.getByRole('button', { name: 'Nouvelle situation' }).click();
    const situation = page.getByTestId('dialogue-situation');
    await choisir(page, situation, /Type/, 'Alternance');
    await choisir(page, situation, /Sous-type/, 'Apprentissage');
    await situation.getByRole('textbox', { name: 'Début' }).fill('02/03/2026');
    await situation.getByRole('textbox', { name: 'Fin prévue' }).fill('28/02/2028');
    await situation.getByLabel('Employeur ou organisme').fill('Boulangerie Martin, Romans');
    await situation.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(situation).toBeHidden();
    const ligne = page.getByTestId('ligne-situation').filter({ hasText: 'Alternance' });
    await expect(ligne).toContainText('Apprentissage');
    await expect(ligne.getByTestId('emploi-durable')).toBeVisible();

    await page.getByRole('tab', { name: 'Parcours' }).click();
    await page.getByRole('button', { name: 'Sortie…' }).click();
    const sortie = page.getByTestId('dialogue-sortie');
    // An exit before the start is refused, and nothing is written.
    await sortie.getByRole('textbox', { name: 'Date de sortie' }).fill('10/01/2026');
    await choisir(page, sortie, /Motif de sortie/, /^Alternance/);
    await sortie.getByRole('button', { name: 'Enregistrer la sortie' }).click();
    await expect(sortie).toContainText('précède');
    await expect(sortie).toBeVisible();
    await sortie.getByRole('textbox', { name: 'Date de sortie' }).fill('13/03/2026');
    await sortie.getByRole('button', { name: 'Enregistrer la sortie' }).click();
    await expect(sortie).toBeHidden();
    await expect(page.getByTestId('puce-sortie')).toContainText('Alternance');
  });

  await test.step('la chronologie montre tout le parcours', async () => {
    await page.getByRole('tab', { name: 'Chronologie' }).click();
    const lignes = page.getByTestId('ligne-chronologie');
    for (const genre of ['accueil', 'diagnostic', 'parcours', 'sequence', 'evenement', 'situation', 'sortie']) {
      await expect(lignes.and(page.locator(`[data-genre="${genre}"]`)).first(), genre).toBeVisible();
    }
    await expect(page.getByRole('list', { name: 'Chronologie du dossier' })).toContainText(
      'Trouver son employeur en alternance',
    );
    await capture(page, '45-chronologie');
    // Filtering by kind keeps only that kind.
    await page.getByTestId('filtre-situation').click();
    await expect(lignes).toHaveCount(1);
    await expect(lignes.first()).toContainText('Alternance');
  });

  await test.step('ce qui est tapé dans la fiche survit à un détour par un autre écran', async () => {
    await page.getByRole('tab', { name: /^Fiche/ }).click();
    await page.getByRole('textbox', { name: 'Adresse' }).fill('12 rue des Clercs');
    await page.getByRole('tab', { name: 'Mes jeunes' }).click();
    await expect(ligneDe(page, 'BERNARD')).toBeVisible();
    await page.getByRole('tab', { name: 'Dossier' }).click();
    await expect(page.getByTestId('dossier-nom')).toContainText('Lina');
    await expect(page.getByRole('textbox', { name: 'Adresse' })).toHaveValue('12 rue des Clercs');
    await page.getByRole('button', { name: 'Enregistrer la fiche' }).click();
    await expect(page.getByRole('tab', { name: /^Fiche/ })).toHaveText('Fiche');
  });

  await test.step('le portefeuille : la jeune sortie n’a plus d’alerte, sa situation se voit', async () => {
    await page.getByRole('tab', { name: 'Mes jeunes' }).click();
    const ligne = ligneDe(page, 'BERNARD');
    await expect(ligne).toContainText('Alternance');
    await expect(ligne.getByTestId('alertes-jeune').locator('[data-alerte]')).toHaveCount(0);
  });

  // What the page showed is what the main process holds.
  const trouves = await appelDirect(request, parcours, 'jeunes.rechercher', { texte: 'bernard lina', limite: 5 });
  const lina = trouves.jeunes[0];
  expect(lina).toBeDefined();
  const lus = await appelDirect(request, parcours, 'parcours.duJeune', { jeuneId: lina!.id });
  expect(lus).toHaveLength(1);
  expect(lus[0]).toMatchObject({
    typeCode: 'contrat_engagement',
    signatureDate: '2026-01-19',
    finReelle: '2026-03-13',
    motifSortie: 'alternance',
  });
  expect(lus[0]!.sequences.map((s) => [s.type, s.debut, s.fin])).toEqual([
    ['orientation', '2026-01-19', '2026-02-15'],
    ['accompagnement', '2026-02-16', '2026-03-13'],
  ]);
});
