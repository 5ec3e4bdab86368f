import { expect, test, type Locator, type Page } from '@playwright/test';
import { COMPTES } from './comptes';
import { capture, connecter, parcours } from './outils';
import { AUJOURDHUI_PARCOURS, AUJOURDHUI_PARCOURS_FR, JEUNES_FORMATION, ORGANISME_FORMATION } from './parcours-donnees';

/** Picks an option of an MUI select by the select's accessible name. */
async function choisir(page: Page, portee: Locator, champ: string | RegExp, option: string | RegExp) {
  await portee.getByRole('combobox', { name: champ }).click();
  await page.getByRole('option', { name: option }).click();
}

const ACTION = 'Commis de cuisine — parcours qualifiant';
const nomDe = (j: { nomNaissance: string; prenoms: string }) => `${j.nomNaissance} ${j.prenoms}`;

test.beforeEach(async ({ page }) => {
  // The page reads the same fixed "today" as the main process of this host.
  await page.clock.setFixedTime(AUJOURDHUI_PARCOURS);
});

test('une action de formation : trois jeunes positionnés, une commission, deux entrées, le bilan final, un besoin non satisfait et le remplissage', async ({
  page,
}) => {
  // Karim Benali is conseiller and direction: direction programmes the actions.
  await connecter(page, COMPTES.conseillerDirection, parcours);
  await page.getByRole('tab', { name: 'Formation' }).click();
  const ligne = (jeune: { nomNaissance: string }) =>
    page.getByTestId('ligne-positionnement').filter({ hasText: jeune.nomNaissance });

  await test.step('une action dont l’organisme est un partenaire de l’annuaire', async () => {
    await page.getByTestId('nouvelle-action').click();
    const dialogue = page.getByTestId('dialogue-action');
    await dialogue.getByTestId('action-intitule').fill(ACTION);
    await dialogue.getByTestId('action-programme').fill('Programme régional de formation 2026');
    await choisir(page, dialogue, 'Financeur *', 'Région');
    await choisir(page, dialogue, 'Type de formation *', /^Qualifiante/);
    await choisir(page, dialogue, 'Domaine *', /^Hôtellerie-restauration/);
    await dialogue.getByRole('combobox', { name: 'Organisme de formation' }).fill('AFPA');
    await page
      .getByRole('option', { name: new RegExp(ORGANISME_FORMATION) })
      .first()
      .click();
    await dialogue.getByRole('textbox', { name: 'Début', exact: true }).fill(AUJOURDHUI_PARCOURS_FR);
    await dialogue.getByRole('textbox', { name: 'Fin', exact: true }).fill('18/12/2026');
    await dialogue.getByTestId('action-places').fill('4');
    await choisir(page, dialogue, 'Statut', 'En recrutement');
    await dialogue.getByRole('button', { name: 'Enregistrer l’action' }).click();
    await expect(dialogue).toBeHidden();
    const fiche = page.getByTestId('fiche-action');
    await expect(fiche).toContainText(ACTION);
    await expect(fiche.getByTestId('lien-organisme')).toContainText(ORGANISME_FORMATION);
  });

  await test.step('trois jeunes positionnés', async () => {
    await page.getByTestId('positionner-jeunes').click();
    const dialogue = page.getByTestId('dialogue-positionner');
    for (const jeune of Object.values(JEUNES_FORMATION)) {
      await dialogue.getByTestId('choix-jeunes-action').locator('input').first().fill(nomDe(jeune));
      await dialogue.getByTestId('jeune-a-positionner').filter({ hasText: jeune.prenoms }).first().click();
    }
    await expect(dialogue.getByTestId('jeune-choisi-action')).toHaveCount(3);
    await dialogue.locator('button[type=submit]').click();
    await expect(dialogue).toBeHidden();
    await expect(page.getByTestId('ligne-positionnement')).toHaveCount(3);
    for (const jeune of Object.values(JEUNES_FORMATION)) {
      await expect(ligne(jeune)).toHaveAttribute('data-statut', 'propose');
    }
  });

  await test.step('la commission : deux retenus, un non retenu avec le motif', async () => {
    const id = async (jeune: { nomNaissance: string }) => ligne(jeune).getAttribute('data-positionnement');
    const [a, b, c] = [
      await id(JEUNES_FORMATION.retenue),
      await id(JEUNES_FORMATION.retenu),
      await id(JEUNES_FORMATION.nonRetenu),
    ];
    await page.getByTestId('tenir-commission').click();
    const dialogue = page.getByTestId('dialogue-commission');
    await dialogue.getByTestId('participants-commission').fill('Karim Benali (ML), formateur AFPA');
    await dialogue.getByTestId(`decision-${a}-retenu`).click();
    await dialogue.getByTestId(`decision-${b}-retenu`).click();
    await dialogue.getByTestId(`decision-${c}-non_retenu`).click();
    await choisir(page, dialogue.getByTestId(`motif-${c}`), 'Motif *', 'Pré-requis non remplis');
    await dialogue.locator('button[type=submit]').click();
    await expect(dialogue).toBeHidden();
    await expect(ligne(JEUNES_FORMATION.retenue)).toHaveAttribute('data-statut', 'retenu');
    await expect(ligne(JEUNES_FORMATION.retenu)).toHaveAttribute('data-statut', 'retenu');
    await expect(ligne(JEUNES_FORMATION.nonRetenu)).toHaveAttribute('data-statut', 'non_retenu');
    await expect(ligne(JEUNES_FORMATION.nonRetenu)).toContainText('Pré-requis non remplis');
    await capture(page, '70-action-commission');
  });

  await test.step('les deux retenus entrent en formation', async () => {
    for (const jeune of [JEUNES_FORMATION.retenue, JEUNES_FORMATION.retenu]) {
      await ligne(jeune).getByTestId('changer-statut').click();
      await page.getByTestId('option-statut-entre').click();
      const dialogue = page.getByTestId('dialogue-statut');
      await dialogue.locator('button[type=submit]').click();
      await expect(dialogue).toBeHidden();
      await expect(ligne(jeune)).toHaveAttribute('data-statut', 'entre');
    }
    // Two entered for four places.
    await expect(page.getByTestId('taux-remplissage')).toHaveAttribute('data-valeur', '0.5');
  });

  await test.step('le bilan final de l’action', async () => {
    await page.getByTestId('nouveau-bilan').click();
    const dialogue = page.getByTestId('dialogue-bilan');
    await dialogue.getByTestId('type-bilan-final').click();
    await dialogue.getByTestId('note-bilan').fill('Groupe motivé ; deux places restées vides faute de candidats.');
    await dialogue.locator('button[type=submit]').click();
    await expect(dialogue).toBeHidden();
    await expect(page.getByTestId('bilan-action').first()).toContainText('Groupe motivé');
  });

  await test.step('le dossier d’une jeune entrée montre sa situation de formation', async () => {
    await ligne(JEUNES_FORMATION.retenue).getByTestId('lien-jeune').click();
    await page.getByRole('tab', { name: 'Situations' }).click();
    const situation = page.getByTestId('ligne-situation').filter({ hasText: ORGANISME_FORMATION });
    await expect(situation).toContainText('Formation');
    await expect(situation).toContainText(AUJOURDHUI_PARCOURS_FR);
    await capture(page, '71-situation-formation');
  });

  await test.step('un besoin non satisfait pour le jeune non retenu', async () => {
    await page.goBack();
    await page.goBack();
    await ligne(JEUNES_FORMATION.nonRetenu).getByTestId('lien-jeune').click();
    await page.getByRole('tab', { name: 'Formation' }).last().click();
    await page.getByTestId('nouveau-besoin').click();
    const dialogue = page.getByTestId('dialogue-besoin');
    await dialogue.getByTestId('objet-besoin').fill('CAP cuisine en apprentissage, sans pré-requis de niveau');
    await choisir(page, dialogue.getByTestId('domaine-besoin'), 'Domaine *', /^Hôtellerie-restauration/);
    await dialogue.getByRole('radio', { name: 'Pré-requis non remplis' }).check();
    await dialogue.locator('button[type=submit]').click();
    await expect(dialogue).toBeHidden();
    await expect(page.getByTestId('ligne-besoin')).toContainText('CAP cuisine en apprentissage');
  });

  await test.step('le tableau de bord montre le remplissage', async () => {
    await page.getByRole('tab', { name: 'Formation' }).first().click();
    await page.getByTestId('onglet-formation-tableau').click();
    // The action starts today: 2 entries for 4 places, the only action of 2026.
    await expect(page.getByTestId('taux-remplissage-total')).toHaveAttribute('data-valeur', '50');
    await expect(page.getByTestId('ligne-action-tableau').filter({ hasText: ACTION })).toContainText('50');
    await capture(page, '72-tableau-formation');
  });
});
