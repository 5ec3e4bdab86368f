import { expect, test, type Locator, type Page } from '@playwright/test';
import { COMPTES } from './comptes';
import { appelDepuisLaPage, appelDirect, capture, connecter, parcours } from './outils';
import { AUJOURDHUI_PARCOURS, AUJOURDHUI_PARCOURS_FR, FIN_ALTERNANCE, JEUNES_ENTREPRISES } from './parcours-donnees';

/** Picks an option of an MUI select by the select's accessible name. */
async function choisir(page: Page, portee: Locator, champ: string | RegExp, option: string | RegExp) {
  await portee.getByRole('combobox', { name: champ }).click();
  await page.getByRole('option', { name: option }).click();
}

const ENTREPRISE = 'Boulangerie Martin';
const SIRET_FAUX = '73282932000075';
const SIRET = '73282932000074';
const OFFRE = 'Vendeur en boulangerie';
const nomDe = (j: { nomNaissance: string; prenoms: string }) => `${j.nomNaissance} ${j.prenoms}`;

test.beforeEach(async ({ page }) => {
  // The page reads the same fixed "today" as the main process of this host.
  await page.clock.setFixedTime(AUJOURDHUI_PARCOURS);
});

test('le portefeuille entreprises : une entreprise, une visite, une offre, deux mises en relation et la fin d’alternance à suivre', async ({
  page,
  request,
}) => {
  // Karim Benali is conseiller and direction: like every conseiller, he records firms and acts.
  await connecter(page, COMPTES.conseillerDirection, parcours);
  await page.getByRole('tab', { name: 'Entreprises' }).click();

  await test.step('une entreprise : SIRET faux refusé en français, rien d’écrit ; puis créée', async () => {
    await page.getByTestId('nouvelle-entreprise').click();
    const dialogue = page.getByTestId('dialogue-entreprise');
    await dialogue.getByTestId('champ-siret').fill(SIRET_FAUX);
    await dialogue.getByTestId('champ-nom-entreprise').fill(ENTREPRISE);
    await expect(dialogue.getByTestId('erreur-siret')).toContainText('clé de contrôle');
    await dialogue.getByRole('button', { name: 'Ajouter l’entreprise' }).click();
    await expect(dialogue).toBeVisible();
    await capture(page, '60-entreprise-siret-refuse');
    // Nothing was written, and the main process refuses the same SIRET on its own, in French.
    expect((await appelDirect(request, parcours, 'entreprises.rechercher', { texte: 'Martin' })).total).toBe(0);
    const direct = await appelDepuisLaPage(page, 'entreprises.creer', { siret: SIRET_FAUX, nom: ENTREPRISE });
    expect(direct).toMatchObject({ ok: false, error: { code: 'entree_invalide' } });
    if (!direct.ok) expect(direct.error.message).toContain('SIRET : la clé de contrôle ne correspond pas');
    expect((await appelDirect(request, parcours, 'entreprises.rechercher', { texte: 'Martin' })).total).toBe(0);

    await dialogue.getByTestId('champ-siret').fill(SIRET);
    await dialogue.getByTestId('champ-naf').fill('1071C');
    await expect(dialogue.getByTestId('siret-valide')).toContainText('732 829 320');
    await dialogue.getByRole('button', { name: 'Ajouter l’entreprise' }).click();
    await expect(dialogue).toBeHidden();
    await expect(page.getByTestId('entete-entreprise')).toContainText(ENTREPRISE);
    await expect(page.getByTestId('siret-entreprise')).toContainText('732 829 320 00074');
  });

  await test.step('une visite notée en quelques touches', async () => {
    const saisie = page.getByTestId('saisie-acte');
    await saisie.getByTestId('type-acte-visite').click();
    await saisie.getByTestId('note-acte').fill('Cherche deux vendeurs pour le printemps');
    await saisie.getByTestId('enregistrer-acte').click();
    const chronologie = page.getByTestId('chronologie-entreprise');
    await expect(chronologie.getByTestId('ligne-chronologie-entreprise').filter({ hasText: 'Visite' })).toContainText(
      'Cherche deux vendeurs pour le printemps',
    );
    await expect(saisie.getByTestId('note-acte')).toHaveValue('');
  });

  await test.step('une offre de CDD de 6 mois', async () => {
    await page.getByTestId('nouvelle-offre-entreprise').click();
    const dialogue = page.getByTestId('dialogue-offre');
    await dialogue.getByTestId('offre-intitule').fill(OFFRE);
    await choisir(page, dialogue, 'Type de contrat *', 'CDD');
    await dialogue.getByLabel('Durée (mois)').fill('6');
    await dialogue.getByLabel('Postes').fill('1');
    await dialogue.locator('button[type=submit]').click();
    await expect(dialogue).toBeHidden();
    const offre = page.getByTestId('offres-entreprise').getByTestId('offre-entreprise').filter({ hasText: OFFRE });
    await expect(offre).toContainText('Ouverte');
    await offre.getByRole('link', { name: OFFRE }).click();
    await expect(page.getByTestId('fiche-offre')).toContainText(OFFRE);
  });

  await test.step('deux jeunes proposés sur l’offre', async () => {
    await page.getByTestId('proposer-jeunes').click();
    const dialogue = page.getByTestId('dialogue-proposer');
    for (const jeune of [JEUNES_ENTREPRISES.retenue, JEUNES_ENTREPRISES.nonRetenu]) {
      await dialogue.getByTestId('choix-jeunes').locator('input').first().fill(nomDe(jeune));
      await dialogue.getByTestId('jeune-a-proposer').filter({ hasText: jeune.prenoms }).first().click();
    }
    await expect(dialogue.getByTestId('jeune-choisi')).toHaveCount(2);
    await dialogue.locator('button[type=submit]').click();
    await expect(dialogue).toBeHidden();
    await expect(page.getByTestId('ligne-mise-en-relation')).toHaveCount(2);
  });

  await test.step('l’une retenue : son dossier montre l’emploi chez l’employeur', async () => {
    const ligne = page
      .getByTestId('ligne-mise-en-relation')
      .filter({ hasText: JEUNES_ENTREPRISES.retenue.nomNaissance });
    await ligne.getByTestId('noter-issue').click();
    const dialogue = page.getByTestId('dialogue-issue');
    await dialogue.getByRole('radio', { name: 'Retenu', exact: true }).check();
    await dialogue.locator('button[type=submit]').click();
    await expect(dialogue).toBeHidden();
    await expect(ligne).toHaveAttribute('data-issue', 'retenu');
    // One position, one retained: the offer is filled.
    await expect(page.getByTestId('statut-offre')).toContainText('Pourvue');
    await capture(page, '61-offre-mises-en-relation');
  });

  await test.step('l’autre non retenu, avec le motif', async () => {
    // The offer is filled, but an outcome can still be noted for those proposed.
    const ligne = page
      .getByTestId('ligne-mise-en-relation')
      .filter({ hasText: JEUNES_ENTREPRISES.nonRetenu.nomNaissance });
    await ligne.getByTestId('noter-issue').click();
    const dialogue = page.getByTestId('dialogue-issue');
    await dialogue.getByRole('radio', { name: 'Non retenu', exact: true }).check();
    await dialogue.locator('button[type=submit]').click();
    // No motif: refused on the page, the dialog stays with what was typed.
    await expect(dialogue).toContainText('Non retenu : indiquez le motif.');
    await choisir(page, dialogue.getByTestId('motif-issue'), 'Motif *', 'Expérience ou qualification insuffisante');
    await dialogue.locator('button[type=submit]').click();
    await expect(dialogue).toBeHidden();
    await expect(ligne).toHaveAttribute('data-issue', 'non_retenu');
    await expect(ligne.getByTestId('motif-non-retenu')).toContainText('Expérience ou qualification insuffisante');
  });

  await test.step('le dossier de la jeune retenue montre la situation d’emploi chez l’employeur', async () => {
    const retenue = page
      .getByTestId('ligne-mise-en-relation')
      .filter({ hasText: JEUNES_ENTREPRISES.retenue.nomNaissance });
    await retenue.getByTestId('lien-situation').click();
    const situation = page.getByTestId('lien-employeur').filter({ hasText: ENTREPRISE });
    await expect(situation).toBeVisible();
    await expect(page.getByText('Emploi').first()).toBeVisible();
    await expect(page.getByText(AUJOURDHUI_PARCOURS_FR).first()).toBeVisible();
    await capture(page, '62-situation-emploi-retenue');
  });

  await test.step('à faire : la fin d’alternance à moins de 60 jours', async () => {
    await page.getByRole('tab', { name: 'Entreprises' }).click();
    await page.getByTestId('onglet-afaire').click();
    const fins = page.getByTestId('afaire-fins-de-contrat');
    const fin = fins.getByTestId('fin-de-contrat').filter({ hasText: JEUNES_ENTREPRISES.alternant.nomNaissance });
    await expect(fin).toContainText(FIN_ALTERNANCE.fr);
    await expect(fin).toContainText(FIN_ALTERNANCE.employeur);
    await capture(page, '63-a-faire-entreprises');
  });
});
