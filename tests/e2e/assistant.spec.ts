import { expect, test } from '@playwright/test';
import { appelDirect, assistant, capture } from './outils';

const CSV_FAUTIF = [
  'insee;nom;code_postal;qpv;zrr',
  '26281;Romans-sur-Isère;26100;oui;non',
  '2612;Commune fautive;26000;non;non',
].join('\n');
const CSV = [
  'insee;nom;code_postal;qpv;zrr',
  '26281;Romans-sur-Isère;26100;oui;non',
  '26057;Bourg-de-Péage;26300;non;non',
  '26301;Saint-Donat-sur-l’Herbasse;26260;non;oui',
].join('\n');
const ADMIN = { identifiant: 'ngirard', motDePasse: 'Val-de-Drome 2026!' };

test("assistant de première installation, jusqu'au bureau d'accueil", async ({ page, request }) => {
  await page.goto(assistant.url());
  await expect(page.getByRole('heading', { name: 'Bienvenue dans Tremplin' })).toBeVisible();

  await test.step('structure : le SIRET est vérifié (format et clé)', async () => {
    await capture(page, '01-assistant-structure-vide');
    await page.getByLabel('Nom de la structure').fill('Mission Locale du Val');
    await page.getByLabel('SIRET').fill('73282932000075');
    await expect(
      page.getByText('SIRET : la clé de contrôle ne correspond pas ; vérifiez les 14 chiffres.'),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Suivant' }).click();
    await expect(
      page.getByText('SIRET : la clé de contrôle ne correspond pas ; vérifiez les 14 chiffres.'),
    ).toBeVisible();
    await page.getByLabel('SIRET').fill('732 829 320 00074');
    await expect(page.getByText('Clé de contrôle correcte')).toBeVisible();
    await capture(page, '02-assistant-structure');
    await page.getByLabel('Adresse du siège').fill('1 place de la Mairie');
    await page.getByLabel('Code postal').fill('26100');
    await page.getByRole('textbox', { name: 'Commune', exact: true }).fill('Romans-sur-Isère');
    await page.getByRole('button', { name: 'Suivant' }).click();
  });

  await test.step('territoire : import CSV avec erreurs par ligne et aperçu', async () => {
    const fichier = page.getByTestId('fichier-communes');
    await fichier.setInputFiles({ name: 'fautif.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV_FAUTIF, 'utf8') });
    await expect(page.getByText(/Ligne 3 : Code INSEE/)).toBeVisible();
    await expect(page.getByText(/Rien n'a été repris/)).toBeVisible();
    await capture(page, '03-assistant-csv-erreurs');
    await fichier.setInputFiles({ name: 'communes.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') });
    await expect(page.getByText('Aperçu de « communes.csv » : 3 commune(s) lue(s)')).toBeVisible();
    await capture(page, '04-assistant-csv-apercu');
    await page.getByRole('button', { name: 'Reprendre ces 3 commune(s)' }).click();
    await capture(page, '05-assistant-communes');
    await expect(page.getByLabel('Code INSEE de la commune 3')).toHaveValue('26301');
    await page.getByRole('button', { name: 'Suivant' }).click();
  });

  await test.step('sites : siège et antenne', async () => {
    await page.getByLabel('Nom du site').first().fill('Siège de Romans');
    await page.getByRole('combobox', { name: 'Commune' }).first().click();
    await page.getByRole('option', { name: /Romans-sur-Isère/ }).click();
    await page.getByRole('button', { name: 'Ajouter une antenne' }).click();
    await page.getByLabel('Nom du site').nth(1).fill('Antenne de Saint-Donat');
    await page.getByRole('combobox', { name: 'Commune' }).nth(1).click();
    await page.getByRole('option', { name: /Saint-Donat/ }).click();
    await capture(page, '06-assistant-sites');
    await page.getByRole('button', { name: 'Suivant' }).click();
  });

  await test.step('personnel : rôles multiples', async () => {
    await page.getByRole('button', { name: 'Ajouter une personne' }).click();
    await page.getByLabel('Prénom', { exact: true }).fill('Claire');
    await page.getByLabel('Nom', { exact: true }).fill('Fabre');
    await expect(page.getByLabel('Identifiant')).toHaveValue('cfabre');
    await page.getByRole('button', { name: 'Suivant' }).click();
    await expect(page.getByText('Choisissez au moins un rôle.')).toBeVisible();
    await page.getByRole('combobox', { name: 'Rôles' }).click();
    await page.getByRole('option', { name: 'Conseiller(ère)' }).click();
    await page.getByRole('option', { name: 'Direction' }).click();
    await page.keyboard.press('Escape');
    await capture(page, '07-assistant-personnel');
    await page.getByRole('button', { name: 'Suivant' }).click();
  });

  await test.step('administrateur : identifiant proposé, mot de passe jugé pendant la frappe', async () => {
    await page.getByRole('textbox', { name: 'Prénom', exact: true }).fill('Nadia');
    await page.getByRole('textbox', { name: 'Nom', exact: true }).fill('Girard');
    await expect(page.getByLabel('Identifiant de connexion')).toHaveValue('ngirard');
    await page.getByRole('combobox', { name: 'Autres rôles (facultatif)' }).click();
    await page.getByRole('option', { name: 'Direction' }).click();
    await page.keyboard.press('Escape');
    const mdp = page.getByLabel(/^Mot de passe/);
    await mdp.fill('court');
    await expect(page.getByText(/Mot de passe trop faible/)).toBeVisible();
    await mdp.fill('Ngirard-2026-Val!');
    await expect(page.getByText("Mot de passe : il ne doit pas contenir l'identifiant.")).toBeVisible();
    await mdp.fill(ADMIN.motDePasse);
    await expect(page.getByText('Mot de passe conforme à la politique.')).toBeVisible();
    await page.getByLabel('Confirmation du mot de passe').fill(`${ADMIN.motDePasse}x`);
    await expect(page.getByText('Les deux saisies ne correspondent pas.')).toBeVisible();
    await page.getByRole('button', { name: 'Suivant' }).click();
    // Refused while the confirmation differs.
    await expect(page.getByLabel('Confirmation du mot de passe')).toBeVisible();
    await page.getByLabel('Confirmation du mot de passe').fill(ADMIN.motDePasse);
    await capture(page, '08-assistant-administrateur');
    await page.getByRole('button', { name: 'Suivant' }).click();
  });

  await test.step("vérification puis installation : la session de l'administrateur s'ouvre", async () => {
    await expect(page.getByText('3 commune(s), dont 1 avec QPV et 1 en ZRR')).toBeVisible();
    await expect(page.getByText('— identifiant ngirard, aussi Direction')).toBeVisible();
    await capture(page, '09-assistant-verification');
    await page.getByRole('button', { name: "Terminer l'installation" }).click();
    await expect(page.getByRole('textbox', { name: 'Rechercher un jeune' })).toBeVisible();
    await expect(page.getByTestId('menu-utilisateur')).toHaveText('Nadia Girard');
    await expect(page.getByRole('tab', { name: 'Comptes' })).toBeVisible();
    const etat = await appelDirect(request, assistant, 'structure.lire', {}, ADMIN);
    expect(etat.structure.nom).toBe('Mission Locale du Val');
    expect(etat.sites).toHaveLength(2);
    expect(etat.communes).toHaveLength(3);
    const personnel = await appelDirect(
      request,
      assistant,
      'personnel.lister',
      { role: 'conseiller', actifsSeulement: true },
      ADMIN,
    );
    expect(personnel.map((p) => p.identifiant)).toContain('cfabre');
  });
});
