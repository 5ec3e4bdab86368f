import { expect, test, type Page } from '@playwright/test';
import { COMPTES } from './comptes';
import { appelDirect, aujourdhuiFr, bureau, capture, connecter } from './outils';

async function ouvrirCreation(page: Page) {
  await page.keyboard.press('Alt+N');
  await expect(page.getByRole('dialog', { name: 'Nouveau jeune' })).toBeVisible();
  return page.getByRole('dialog', { name: 'Nouveau jeune' });
}

test("parcours d'accueil : recherche, ressemblants, création, premier accueil, file d'attente, rendez-vous", async ({
  page,
  request,
}) => {
  // The administrator holds every role: the whole desk, and the referentials.
  await connecter(page, COMPTES.administrateur);
  // The token leaves the address bar at once.
  await expect.poll(() => page.url()).not.toContain('jeton=');

  const recherche = page.getByRole('textbox', { name: 'Rechercher un jeune' });
  await expect(recherche).toBeFocused();
  await capture(page, '10-bureau-vide');

  await test.step('recherche à la frappe, sans accents, et ouverture au clavier', async () => {
    await recherche.fill('elodie dup');
    const resultat = page.getByTestId('resultat-jeune').filter({ hasText: 'Élodie' });
    await expect(resultat).toBeVisible();
    await expect(resultat).toContainText('12/04/2006');
    await capture(page, '11-bureau-resultats');
    await recherche.press('Enter');
    await expect(page.getByTestId('fiche-nom')).toHaveText(/DUPONT Élodie/);
    await recherche.fill('12/04/2006');
    await expect(page.getByTestId('resultat-jeune')).toHaveCount(1);
  });

  await test.step('une date de naissance impossible est refusée et rien n’est écrit', async () => {
    const avant = await appelDirect(request, bureau, 'jeunes.rechercher', { texte: 'invalide', limite: 100 });
    const dialogue = await ouvrirCreation(page);
    await dialogue.getByLabel('Nom de naissance').fill('Invalide');
    await dialogue.getByLabel('Prénom(s)').fill('Date');
    await dialogue.getByRole('textbox', { name: 'Date de naissance' }).fill('31/02/2005');
    await dialogue.getByRole('button', { name: 'Femme' }).click();
    await dialogue.getByRole('button', { name: 'Créer le dossier' }).click();
    await expect(dialogue.getByText(/Date invalide : saisissez une date qui existe/)).toBeVisible();
    await expect(dialogue).toBeVisible();
    await capture(page, '12-creation-date-invalide');
    const apres = await appelDirect(request, bureau, 'jeunes.rechercher', { texte: 'invalide', limite: 100 });
    expect(apres.jeunes.length).toBe(avant.jeunes.length);
    expect(apres.jeunes.length).toBe(0);
    await dialogue.getByRole('button', { name: 'Annuler' }).click();
    await expect(dialogue).toBeHidden();
  });

  await test.step('un dossier ressemblant est signalé et peut être ouvert', async () => {
    await page.getByRole('textbox', { name: 'Rechercher un jeune' }).fill('martin');
    await page.getByTestId('resultat-jeune').filter({ hasText: 'Yanis' }).click();
    await expect(page.getByTestId('fiche-nom')).toHaveText(/MARTIN Yanis/);
    const dialogue = await ouvrirCreation(page);
    await dialogue.getByLabel('Nom de naissance').fill('dupont');
    await dialogue.getByLabel('Prénom(s)').fill('elodie');
    await dialogue.getByRole('textbox', { name: 'Date de naissance' }).fill('13/04/2006');
    const alerte = dialogue.getByTestId('ressemblants');
    await expect(alerte).toContainText('Ce jeune a peut-être déjà un dossier');
    await expect(alerte).toContainText('12/04/2006');
    // Creating anyway needs an explicit confirmation.
    await expect(dialogue.getByRole('button', { name: 'Créer le dossier' })).toBeDisabled();
    await capture(page, '13-creation-ressemblants');
    await alerte.getByRole('button', { name: 'Ouvrir ce dossier' }).click();
    await expect(dialogue).toBeHidden();
    await expect(page.getByTestId('fiche-nom')).toHaveText(/DUPONT Élodie/);
  });

  await test.step('création d’un nouveau jeune', async () => {
    const dialogue = await ouvrirCreation(page);
    await dialogue.getByLabel('Nom de naissance').fill('Lefèvre');
    await dialogue.getByLabel('Prénom(s)').fill('Inès');
    await dialogue.getByRole('textbox', { name: 'Date de naissance' }).fill('05092007');
    await expect(dialogue.getByRole('textbox', { name: 'Date de naissance' })).toHaveValue('05/09/2007');
    await dialogue.getByRole('button', { name: 'Femme' }).click();
    await dialogue.getByLabel('Téléphone').fill('06 11 22 33 44');
    await dialogue.getByLabel('Commune de résidence').fill('Bourg');
    await page.getByRole('option', { name: /Bourg-de-Péage/ }).click();
    await dialogue.getByRole('button', { name: 'Créer le dossier' }).click();
    await expect(dialogue).toBeHidden();
    await expect(page.getByTestId('fiche-nom')).toHaveText(/LEFÈVRE Inès/);
    await expect(page.getByTestId('premier-accueil')).toContainText('Jamais accueilli(e)');
    const trouves = await appelDirect(request, bureau, 'jeunes.rechercher', { texte: 'lefevre ines', limite: 10 });
    expect(trouves.jeunes).toHaveLength(1);
  });

  await test.step('premier accueil enregistré', async () => {
    await page.getByRole('button', { name: 'Enregistrer un accueil' }).click();
    const dialogue = page.getByRole('dialog', { name: /Enregistrer un accueil/ });
    await dialogue.getByRole('button', { name: 'Emploi' }).click();
    await capture(page, '14-saisie-accueil');
    await dialogue.getByRole('button', { name: "Enregistrer l'accueil" }).click();
    await expect(dialogue).toBeHidden();
    await expect(page.getByText(/Premier accueil enregistré pour LEFÈVRE Inès/)).toBeVisible();
    await expect(page.getByTestId('puce-premier-accueil')).toHaveText('Premier accueil');
    await expect(page.getByTestId('premier-accueil')).toHaveText(aujourdhuiFr());
    await capture(page, '15-fiche-premier-accueil');
  });

  await test.step("file d'attente : arrivée puis prise en charge", async () => {
    await page.getByRole('button', { name: "Mettre en file d'attente" }).click();
    const passage = page.getByTestId('passage').filter({ hasText: 'Inès' });
    await expect(passage).toContainText('En attente');
    await capture(page, '16-file-attente');
    await expect(passage).toContainText(/Attend depuis \d+ min/);
    await passage.getByRole('button', { name: 'Prendre en charge' }).click();
    await page.getByRole('menuitem', { name: 'Claire Fabre' }).click();
    await expect(passage).toContainText('Pris en charge');
    await expect(passage).toContainText('Claire Fabre');
  });

  await test.step('rendez-vous pris puis marqué honoré', async () => {
    await page.getByRole('button', { name: 'Prendre un rendez-vous' }).click();
    const dialogue = page.getByRole('dialog', { name: /Prendre un rendez-vous/ });
    await dialogue.getByRole('combobox', { name: 'Conseiller *' }).click();
    await page.getByRole('option', { name: 'Karim Benali' }).click();
    await dialogue.getByRole('textbox', { name: 'Date' }).fill(aujourdhuiFr());
    await dialogue.getByRole('textbox', { name: 'Heure' }).fill('17:30');
    await capture(page, '17-dialogue-rdv');
    await dialogue.getByRole('button', { name: 'Prendre le rendez-vous' }).click();
    await expect(dialogue).toBeHidden();
    await page.getByRole('tab', { name: 'Rendez-vous' }).click();
    const ligne = page.getByTestId('ligne-rdv').filter({ hasText: 'Inès' });
    await expect(ligne).toContainText('17:30');
    await expect(ligne).toContainText('Prévu');
    await capture(page, '18-agenda');
    await ligne.getByRole('button', { name: 'Honoré' }).click();
    await expect(ligne.locator('[data-statut="honore"]')).toBeVisible();
    await page.getByRole('tab', { name: 'Référentiels' }).click();
    await expect(page.getByRole('heading', { name: 'Référentiels' })).toBeVisible();
    await capture(page, '19-referentiels');
    await page.getByRole('tab', { name: 'Accueil' }).click();
    // The desk keeps the open file across tabs, and shows the appointment as honoured.
    await expect(page.getByTestId('fiche-nom')).toHaveText(/LEFÈVRE Inès/);
    await expect(page.getByRole('table', { name: 'Rendez-vous du jeune' })).toContainText('Honoré');
    await capture(page, '20-bureau-fin');
    const jour = await appelDirect(request, bureau, 'rendezVous.jour', {
      date: aujourdhuiFr().split('/').reverse().join('-'),
    });
    expect(jour.find((r) => r.jeuneNom.includes('Inès'))?.statut).toBe('honore');
  });
});
