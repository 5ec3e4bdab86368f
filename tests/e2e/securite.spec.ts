import { expect, test, type Browser, type Page } from '@playwright/test';
import { COMPTES, MENTIONS } from './comptes';
import { appelDepuisLaPage, appelDirect, bureau, capture, connecter } from './outils';

/** Each browser context is its own tab session (own sessionStorage, so its own session id). */
async function nouvellePage(browser: Browser): Promise<Page> {
  const contexte = await browser.newContext();
  return contexte.newPage();
}

async function ouvrirJeune(page: Page, recherche: string, nom: RegExp) {
  await page.getByRole('textbox', { name: 'Rechercher un jeune' }).fill(recherche);
  await page.getByTestId('resultat-jeune').filter({ hasText: nom }).click();
  await expect(page.getByTestId('fiche-nom')).toHaveText(nom);
}

test('connexion : message clair, identifiant gardé, mot de passe effacé', async ({ page }) => {
  await page.goto(bureau.url());
  await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();
  const identifiant = page.getByLabel('Identifiant');
  const motDePasse = page.getByLabel('Mot de passe', { exact: true });
  await expect(identifiant).toBeFocused();
  await capture(page, '30-connexion');
  await identifiant.fill(COMPTES.accueil.identifiant);
  await motDePasse.fill('pas-le-bon');
  await motDePasse.press('Enter');
  await expect(page.getByTestId('refus-connexion')).toHaveText('Identifiant ou mot de passe incorrect.');
  await expect(identifiant).toHaveValue(COMPTES.accueil.identifiant);
  await expect(motDePasse).toHaveValue('');
  await expect(motDePasse).toBeFocused();
  await motDePasse.fill(COMPTES.accueil.motDePasse);
  await motDePasse.press('Enter');
  await expect(page.getByTestId('menu-utilisateur')).toHaveText(COMPTES.accueil.nom);
  await expect(page.getByRole('textbox', { name: 'Rechercher un jeune' })).toBeFocused();
});

test('échecs répétés : délai compté à rebours, puis compte bloqué', async ({ page, request }) => {
  test.setTimeout(90_000);
  await page.goto(bureau.url());
  await page.getByLabel('Identifiant').fill(COMPTES.essais.identifiant);
  const motDePasse = page.getByLabel('Mot de passe', { exact: true });
  const bouton = page.getByTestId('bouton-connexion');
  const refus = page.getByTestId('refus-connexion');
  const essayer = async (n: number) => {
    await motDePasse.fill(`Mauvais-essai-${n}!`);
    await bouton.click();
  };

  await essayer(1);
  await expect(refus).toHaveText('Identifiant ou mot de passe incorrect.');
  await expect(bouton).toBeEnabled();
  await essayer(2);
  await expect(refus).toHaveText('Identifiant ou mot de passe incorrect.');
  await essayer(3);
  await expect(refus).toContainText('Patientez 5 s');
  await expect(bouton).toBeDisabled();
  await expect(bouton).toHaveText(/Nouvel essai possible dans [1-5] s/);
  await capture(page, '31-connexion-delai');
  await expect(bouton).toHaveText('Se connecter', { timeout: 8_000 });
  await expect(bouton).toBeEnabled();
  await essayer(4);
  await expect(refus).toContainText('Patientez 10 s');
  await expect(bouton).toHaveText(/Nouvel essai possible dans (10|[6-9]) s/);
  await expect(bouton).toBeEnabled({ timeout: 13_000 });
  await essayer(5);
  await expect(refus).toContainText(/Compte bloqué jusqu'à \d\d:\d\d/);
  await expect(refus).toContainText('Un administrateur peut le débloquer');
  await capture(page, '32-connexion-bloquee');

  // Even the right password is refused while the account is locked.
  await motDePasse.fill(COMPTES.essais.motDePasse);
  await bouton.click();
  await expect(refus).toContainText(/Compte bloqué jusqu'à/);
  const comptes = await appelDirect(request, bureau, 'comptes.lister', {});
  expect(comptes.find((c) => c.identifiant === COMPTES.essais.identifiant)?.bloqueJusqua).not.toBeNull();
});

test("l'administrateur voit le blocage dans Comptes et débloque ; un nouveau compte choisit son mot de passe", async ({
  page,
  browser,
}) => {
  await connecter(page, COMPTES.administrateur);
  await page.getByRole('tab', { name: 'Comptes' }).click();
  const ligne = page.getByTestId('ligne-compte').filter({ hasText: COMPTES.essais.identifiant });
  await expect(ligne.getByTestId('etat-compte')).toContainText(/Bloqué jusqu'à \d\d:\d\d/);
  await capture(page, '33-comptes');
  await ligne.getByRole('button', { name: `Débloquer le compte de ${COMPTES.essais.nom}` }).click();
  await expect(page.getByText(`Compte de ${COMPTES.essais.nom} débloqué.`)).toBeVisible();
  await expect(ligne.getByTestId('etat-compte')).not.toContainText('Bloqué');

  await page.getByRole('button', { name: 'Nouveau compte' }).click();
  const dialogue = page.getByRole('dialog', { name: 'Nouveau compte' });
  await dialogue.getByLabel('Prénom').fill('Inès');
  await dialogue.getByRole('textbox', { name: 'Nom', exact: true }).fill('Péron');
  await expect(dialogue.getByLabel('Identifiant')).toHaveValue('iperon');
  await dialogue.getByRole('combobox', { name: 'Rôles' }).click();
  await page.getByRole('option', { name: "Chargé(e) d'accueil" }).click();
  await page.keyboard.press('Escape');
  await dialogue.getByRole('button', { name: 'Proposer' }).click();
  await expect(dialogue.getByText('Mot de passe conforme à la politique.')).toBeVisible();
  const provisoire = await dialogue.getByLabel('Mot de passe provisoire').inputValue();
  await capture(page, '34-comptes-nouveau');
  await dialogue.getByRole('button', { name: 'Créer le compte' }).click();
  await expect(dialogue).toBeHidden();
  const nouvelle = page.getByTestId('ligne-compte').filter({ hasText: 'iperon' });
  await expect(nouvelle.getByTestId('etat-compte')).toContainText('Mot de passe à changer');
  await expect(nouvelle.getByTestId('etat-compte')).toContainText('Jamais connecté(e)');

  // At her first sign-in, nothing but choosing her own password.
  const autre = await nouvellePage(browser);
  await autre.goto(bureau.url());
  await autre.getByLabel('Identifiant').fill('iperon');
  await autre.getByLabel('Mot de passe', { exact: true }).fill(provisoire);
  await autre.keyboard.press('Enter');
  await expect(autre.getByRole('heading', { name: 'Choisissez votre mot de passe' })).toBeVisible();
  await autre.getByLabel('Mot de passe provisoire').fill(provisoire);
  const nouveau = autre.getByLabel('Nouveau mot de passe');
  await nouveau.fill('motdepasse');
  await expect(autre.getByText(/Mot de passe trop faible/)).toBeVisible();
  await nouveau.fill('Iperon-a-choisi-2026!');
  await expect(autre.getByText("Mot de passe : il ne doit pas contenir l'identifiant.")).toBeVisible();
  await nouveau.fill('Accueil du matin 2026 !');
  await autre.getByLabel('Confirmation du mot de passe').fill('Accueil du matin 2026 ?');
  await expect(autre.getByText('Les deux saisies ne correspondent pas.')).toBeVisible();
  await capture(autre, '35-mot-de-passe-a-changer');
  await autre.getByLabel('Confirmation du mot de passe').fill('Accueil du matin 2026 !');
  await autre.keyboard.press('Enter');
  await expect(autre.getByTestId('menu-utilisateur')).toHaveText('Inès Péron');
  await autre.context().close();
});

test("l'accueil ne voit ni Journal, ni Comptes, ni Paramètres, et le processus principal refuse", async ({ page }) => {
  await connecter(page, COMPTES.accueil);
  await expect(page.getByRole('tab', { name: 'Accueil' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Rendez-vous' })).toBeVisible();
  for (const onglet of ['Journal', 'Comptes', 'Paramètres', 'Référentiels', 'Indicateurs']) {
    await expect(page.getByRole('tab', { name: onglet })).toHaveCount(0);
  }
  await ouvrirJeune(page, 'dupont', /DUPONT Élodie/);
  await expect(page.getByTestId('mentions-sensibles')).toHaveCount(0);
  expect(await page.content()).not.toContain(MENTIONS.dupont);
  await expect(page.getByRole('button', { name: 'Qui a consulté ce dossier ?' })).toHaveCount(0);

  // A typed address shows « Accès réservé », not the screen.
  await page.evaluate(() => {
    window.location.hash = '#/journal';
  });
  await expect(page.getByTestId('acces-reserve')).toContainText('Accès réservé');
  await expect(page.getByRole('table', { name: 'Entrées du journal' })).toHaveCount(0);
  await capture(page, '36-acces-reserve');

  // And a call typed by hand in the page is refused by the main process.
  for (const methode of ['journal.rechercher', 'comptes.lister', 'parametres.enregistrer']) {
    const r = await appelDepuisLaPage(
      page,
      methode,
      methode === 'parametres.enregistrer' ? { verrouillageMinutes: 120, conservationJournalMois: 36 } : {},
    );
    expect(r.ok, methode).toBe(false);
    if (!r.ok) expect(r.error.code, methode).toBe('acces_refuse');
  }
});

test('une conseillère lit les mentions de son jeune, pas celles du jeune d’un autre', async ({ page }) => {
  await connecter(page, COMPTES.conseillere);
  await ouvrirJeune(page, 'dupont', /DUPONT Élodie/);
  await expect(page.getByTestId('referent')).toHaveText(COMPTES.conseillere.nom);
  await expect(page.getByTestId('mentions-sensibles')).toContainText(MENTIONS.dupont);
  await page.getByLabel('Nouvelle mention').fill('Rendez-vous CMP déplacé au jeudi');
  await page.getByRole('button', { name: 'Ajouter la mention' }).click();
  await expect(page.getByTestId('mention').filter({ hasText: 'Rendez-vous CMP déplacé au jeudi' })).toBeVisible();
  await capture(page, '37-fiche-mentions');

  await ouvrirJeune(page, 'martin', /MARTIN Yanis/);
  await expect(page.getByTestId('referent')).toHaveText(COMPTES.conseillerDirection.nom);
  await expect(page.getByTestId('mentions-sensibles')).toHaveCount(0);
  expect(await page.content()).not.toContain(MENTIONS.martin);
  // Not direction: no designation of another référent, no trail.
  await expect(page.getByRole('button', { name: 'Me désigner référent' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Qui a consulté ce dossier ?' })).toHaveCount(0);
});

test('inactivité : la session se verrouille et l’écran ne garde rien de la page', async ({ browser }) => {
  const contexte = await browser.newContext();
  // The page's clock, installed before it loads, lets the test skip the idle minutes.
  await contexte.clock.install();
  const page = await contexte.newPage();
  await connecter(page, COMPTES.accueil);
  await ouvrirJeune(page, 'dupont', /DUPONT Élodie/);

  await page.clock.fastForward('09:00');
  await expect(page.getByTestId('fiche-nom')).toBeVisible();
  await page.clock.fastForward('01:30');
  await expect(page.getByRole('heading', { name: 'Session verrouillée' })).toBeVisible();
  await expect(page.getByTestId('session-verrouillee-nom')).toHaveText(COMPTES.accueil.nom);
  const texte = await page.locator('body').innerText();
  expect(texte).not.toContain('DUPONT');
  expect(texte).not.toContain('Élodie');
  expect(await page.content()).not.toContain('Élodie');
  await expect(page.getByRole('tab')).toHaveCount(0);
  await capture(page, '38-session-verrouillee');

  // The main process agrees: a data call from the page is refused, the session is locked.
  const r = await appelDepuisLaPage(page, 'jeunes.rechercher', { texte: 'dupont', limite: 5 });
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.error.code).toBe('session_verrouillee');

  const motDePasse = page.getByLabel('Mot de passe', { exact: true });
  await expect(motDePasse).toBeFocused();
  await motDePasse.fill(COMPTES.accueil.motDePasse);
  await motDePasse.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Rechercher un jeune' })).toBeVisible();
  await contexte.close();
});

test('Ctrl+L verrouille à l’instant ; une autre personne prend le poste', async ({ page }) => {
  await connecter(page, COMPTES.accueil);
  await ouvrirJeune(page, 'martin', /MARTIN Yanis/);
  await page.keyboard.press('Control+l');
  await expect(page.getByRole('heading', { name: 'Session verrouillée' })).toBeVisible();
  expect(await page.content()).not.toContain('Yanis');

  await page.getByRole('button', { name: "Changer d'utilisateur" }).click();
  await expect(page.getByRole('heading', { name: "Changer d'utilisateur" })).toBeVisible();
  await page.getByLabel('Identifiant').fill(COMPTES.conseillerDirection.identifiant);
  await page.getByLabel('Mot de passe', { exact: true }).fill(COMPTES.conseillerDirection.motDePasse);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('menu-utilisateur')).toHaveText(COMPTES.conseillerDirection.nom);
  // Direction reads the journal, but not the accounts.
  await expect(page.getByRole('tab', { name: 'Journal' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Comptes' })).toHaveCount(0);

  await page.getByTestId('menu-utilisateur').click();
  await page.getByRole('menuitem', { name: 'Se déconnecter' }).click();
  await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();
});

test('journal : consultations d’un dossier, filtres, intégrité, aperçu de purge', async ({ page }) => {
  await connecter(page, COMPTES.administrateur);
  await ouvrirJeune(page, 'dupont', /DUPONT Élodie/);
  await page.getByRole('button', { name: 'Qui a consulté ce dossier ?' }).click();
  const dialogue = page.getByRole('dialog', { name: /Qui a consulté ce dossier/ });
  await expect(dialogue.getByTestId('consultation').filter({ hasText: COMPTES.conseillere.nom }).first()).toBeVisible();
  await capture(page, '39-consultations');
  await dialogue.getByRole('button', { name: 'Ouvrir dans le journal' }).click();
  await expect(page.getByRole('heading', { name: 'Journal des accès' })).toBeVisible();
  await expect(page.getByLabel('N° de dossier jeune')).not.toHaveValue('');
  await expect(page.getByTestId('entree-journal').first()).toContainText('Dupont Élodie');

  await page.getByRole('button', { name: 'Effacer les filtres' }).click();
  await page.getByRole('combobox', { name: 'Action' }).click();
  await page.getByRole('option', { name: 'Échec de connexion' }).click();
  await page.getByRole('button', { name: 'Rechercher' }).click();
  const entrees = page.getByTestId('entree-journal');
  await expect(entrees.first()).toContainText('Échec de connexion');
  await expect(entrees.filter({ hasNotText: 'Échec de connexion' })).toHaveCount(0);

  await page.getByRole('button', { name: "Vérifier l'intégrité" }).click();
  await expect(page.getByTestId('resultat-integrite')).toContainText('Journal intact');
  await page.getByRole('button', { name: 'Voir ce que la purge supprimerait' }).click();
  await expect(page.getByTestId('apercu-purge')).toContainText('Conservation : 12 mois');
  await expect(page.getByTestId('apercu-purge')).toContainText('rien à purger');
  await capture(page, '40-journal');
});

test('paramètres : le délai de verrouillage se règle dans ses bornes', async ({ page, request }) => {
  await connecter(page, COMPTES.administrateur);
  await page.getByRole('tab', { name: 'Paramètres' }).click();
  const verrouillage = page.getByLabel('Verrouillage après inactivité (minutes)');
  await verrouillage.fill('0');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Verrouillage : 1 minute au moins.')).toBeVisible();
  await verrouillage.fill('15');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Paramètres enregistrés.')).toBeVisible();
  await capture(page, '41-parametres');
  expect((await appelDirect(request, bureau, 'parametres.lire', {})).verrouillageMinutes).toBe(15);
  await appelDirect(request, bureau, 'parametres.enregistrer', {
    verrouillageMinutes: 10,
    conservationJournalMois: 12,
  });
});
