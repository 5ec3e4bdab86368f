import { expect, test, type Locator, type Page } from '@playwright/test';
import { COMPTES } from './comptes';
import { appelDirect, capture, connecter, parcours } from './outils';
import { AUJOURDHUI_PARCOURS, AUJOURDHUI_PARCOURS_FR } from './parcours-donnees';

/** Picks an option of an MUI select by the select's accessible name. */
async function choisir(page: Page, portee: Locator, champ: string | RegExp, option: string | RegExp) {
  await portee.getByRole('combobox', { name: champ }).click();
  await page.getByRole('option', { name: option }).click();
}

/** Types in an autocomplete and picks the option that appears. */
async function completer(page: Page, portee: Locator, champ: string | RegExp, texte: string, option: string | RegExp) {
  await portee.getByRole('combobox', { name: champ }).fill(texte);
  await page.getByRole('option', { name: option }).first().click();
}

const PARTENAIRE = 'Résidence Habitat Jeunes Les Tilleuls';
const SERVICE = 'Logement temporaire des 16-25 ans';

test.beforeEach(async ({ page }) => {
  // The page reads the same fixed "today" as the main process of this host.
  await page.clock.setFixedTime(AUJOURDHUI_PARCOURS);
});

test('l’annuaire et l’orientation d’une jeune, avec son consentement et la transmission du diagnostic', async ({
  page,
  request,
}) => {
  // Karim Benali is conseiller and direction: he keeps the directory and its conventions.
  await connecter(page, COMPTES.conseillerDirection, parcours);
  await page.getByRole('tab', { name: 'Partenaires' }).click();

  await test.step('un partenaire (SIRET faux refusé en français), son service et sa convention', async () => {
    await page.getByTestId('nouveau-partenaire').click();
    const dialogue = page.getByTestId('dialogue-partenaire');
    await expect(dialogue.getByRole('textbox', { name: 'Nom', exact: true })).toBeFocused();
    await dialogue.getByRole('textbox', { name: 'Nom', exact: true }).fill(PARTENAIRE);
    await choisir(page, dialogue, 'Type *', 'Logement');
    await dialogue.getByRole('textbox', { name: 'SIRET', exact: true }).fill('41234567800013');
    await completer(page, dialogue, 'Commune', 'Romans', /Romans-sur-Isère/);
    await dialogue.getByRole('button', { name: 'Ajouter le partenaire' }).click();
    await expect(dialogue).toContainText('SIRET : la clé de contrôle ne correspond pas');
    await capture(page, '50-partenaire-siret-refuse');
    // Nothing was written: the directory does not know it.
    const avant = await appelDirect(request, parcours, 'partenaires.rechercher', { texte: 'Tilleuls' });
    expect(avant.total).toBe(0);

    await dialogue.getByRole('textbox', { name: 'SIRET', exact: true }).fill('41234567800012');
    await dialogue.getByRole('button', { name: 'Ajouter le partenaire' }).click();
    await expect(dialogue).toBeHidden();
    const fiche = page.getByTestId('fiche-partenaire');
    await expect(fiche).toContainText(PARTENAIRE);

    await fiche.getByTestId('ajouter-service').click();
    const service = page.getByTestId('dialogue-service');
    await service.getByRole('textbox', { name: 'Nom du service' }).fill(SERVICE);
    await completer(page, service, 'Thématiques', 'se loger', 'Être accompagné(e) pour se loger');
    await choisir(page, service, 'Publics', 'Jeunes');
    await page.keyboard.press('Escape');
    await service.getByRole('button', { name: 'Ajouter le service' }).click();
    await expect(service).toBeHidden();
    await expect(fiche.getByTestId('service-partenaire')).toContainText(SERVICE);

    await fiche.getByTestId('ajouter-convention').click();
    const convention = page.getByTestId('dialogue-convention');
    await convention.getByRole('textbox', { name: 'Objet', exact: true }).fill('Places réservées aux jeunes orientés');
    await convention.getByRole('textbox', { name: 'Signée le' }).fill('01/04/2025');
    // Expires within the 60 days' notice of the fixed today (16/03/2026).
    await convention.getByRole('textbox', { name: 'Échéance' }).fill('30/04/2026');
    await convention.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(convention).toBeHidden();
    await expect(fiche.getByTestId('convention')).toContainText('À renouveler');
    await capture(page, '51-fiche-partenaire');
  });

  await test.step('retrouvé par thème et par commune', async () => {
    await page.getByTestId('fiche-partenaire').getByRole('button', { name: 'Partenaires', exact: true }).click();
    await choisir(page, page.locator('body'), 'Thématique', 'Logement et hébergement');
    await completer(page, page.getByTestId('filtre-commune'), 'Commune', 'Romans', /Romans-sur-Isère/);
    const ligne = page.getByTestId('ligne-partenaire').filter({ hasText: PARTENAIRE });
    await expect(ligne).toBeVisible();
    await expect(ligne.getByTestId('service-trouve')).toContainText(SERVICE);
    await expect(ligne.getByTestId('marque-convention')).toBeVisible();
    // Another commune, where the service is not offered: not found.
    await completer(page, page.getByTestId('filtre-commune'), 'Commune', 'Bourg', /Bourg-de-Péage/);
    await expect(page.getByTestId('ligne-partenaire').filter({ hasText: PARTENAIRE })).toHaveCount(0);
    await capture(page, '52-recherche-theme-commune');
  });

  await test.step('le consentement de la jeune est enregistré dans sa fiche', async () => {
    await page.getByRole('tab', { name: 'Dossier' }).click();
    await page.getByRole('textbox', { name: 'Rechercher un dossier' }).fill('moreau ines');
    await page.getByTestId('dossier-trouve').first().click();
    await expect(page.getByTestId('dossier-nom')).toContainText('Inès');
    await page.getByRole('tab', { name: /^Fiche/ }).click();
    await page.getByRole('textbox', { name: 'Consentement à la transmission le' }).fill(AUJOURDHUI_PARCOURS_FR);
    await page.getByRole('button', { name: 'Enregistrer la fiche' }).click();
    await expect(page.getByRole('tab', { name: /^Fiche/ })).toHaveText('Fiche');
  });

  await test.step('orientée vers le service, diagnostic transmis, puis la suite notée', async () => {
    await page.getByRole('tab', { name: 'Orientations' }).click();
    await page.getByRole('button', { name: 'Nouvelle orientation' }).click();
    const dialogue = page.getByTestId('dialogue-orientation');
    await completer(page, dialogue, 'Partenaire', 'Tilleuls', /Tilleuls/);
    await choisir(page, dialogue, 'Service (facultatif)', SERVICE);
    await dialogue.getByLabel(/Motif de l/).fill('Rupture d’hébergement familial : besoin d’un logement temporaire');
    await dialogue.getByRole('checkbox', { name: 'Transmettre le diagnostic au partenaire' }).check();
    await capture(page, '53-orientation');
    await dialogue.getByRole('button', { name: /Orienter/ }).click();
    await expect(dialogue).toBeHidden();
    const ligne = page.getByTestId('ligne-orientation').filter({ hasText: PARTENAIRE });
    await expect(ligne).toHaveAttribute('data-statut', 'proposee');
    await expect(ligne.getByTestId('diagnostic-transmis')).toBeVisible();

    await ligne.getByRole('button', { name: /Noter la suite/ }).click();
    const suite = page.getByTestId('dialogue-suite-orientation');
    await suite.getByRole('radio', { name: 'Acceptée' }).check();
    await suite.getByRole('button', { name: /Enregistrer la suite/ }).click();
    await expect(suite).toBeHidden();
    await expect(ligne).toHaveAttribute('data-statut', 'acceptee');
    await capture(page, '54-orientation-acceptee');
  });

  await test.step('la fiche du partenaire montre l’orientation reçue', async () => {
    await page
      .getByTestId('ligne-orientation')
      .filter({ hasText: PARTENAIRE })
      .getByRole('link', { name: PARTENAIRE })
      .click();
    const recues = page.getByTestId('orientations-recues');
    await expect(recues.getByTestId('orientation-recue')).toHaveCount(1);
    await expect(recues).toContainText('Moreau Inès');
  });

  // What the page showed is what the main process holds.
  const trouves = await appelDirect(
    request,
    parcours,
    'jeunes.rechercher',
    { texte: 'moreau ines', limite: 5 },
    COMPTES.conseillerDirection,
  );
  const ines = trouves.jeunes[0];
  expect(ines).toBeDefined();
  const orientations = await appelDirect(
    request,
    parcours,
    'orientations.duJeune',
    { jeuneId: ines!.id },
    COMPTES.conseillerDirection,
  );
  expect(orientations).toHaveLength(1);
  expect(orientations[0]).toMatchObject({
    partenaireNom: PARTENAIRE,
    serviceNom: SERVICE,
    transmissionDiagnostic: true,
    statut: 'acceptee',
    date: '2026-03-16',
    origine: 'dossier',
  });
  expect(orientations[0]!.diagnosticId).not.toBeNull();
});
