import { useEffect, useMemo, useState } from 'react';
import { Alert, AlertTitle, Box, Checkbox, FormControlLabel, Link, Stack, TextField } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import {
  entrepriseSaisieSchema,
  ORIGINE_ENTREPRISE_LIBELLES,
  ORIGINES_ENTREPRISE,
  SECTION_NAF,
  SECTIONS_NAF,
  STATUT_ENTREPRISE_LIBELLES,
  STATUTS_ENTREPRISE,
  TRANCHE_EFFECTIF_LIBELLES,
  TRANCHES_EFFECTIF,
  type Entreprise,
  type EntrepriseSaisie,
  siretLisible,
  sirenLisible,
} from '../../../src-main/contract';
import type { ErreurApi } from '../../api/client';
import { useUtilisateur } from '../../api/droits';
import { useAction, useRequete } from '../../api/hooks';
import { AlerteConflit, ListeChoix } from '../../components/formulaires';
import { useNotifier } from '../../components/Notifications';
import { useDiffere } from '../../components/useDiffere';
import { ChoixCommune } from '../annuaire/ChoixCommune';
import { EditeurContacts, MessagesHorsChamps, TitreSection, useBrouillon } from '../annuaire/elements';
import { DialogueFormulaire } from '../dossier/DialogueFormulaire';
import {
  entreeEntreprise,
  lienEntreprise,
  libelleSecteur,
  nafSaisi,
  responsablesPossibles,
  saisieEntreprise,
  verifierSiret,
} from './logique';

const TEST_ID = 'dialogue-entreprise';
const CHAMPS = Object.keys(saisieEntreprise(null));
const NOMS_CONTACT = {
  titre: 'Interlocuteurs',
  ce: 'cet interlocuteur',
  le: 'l’interlocuteur',
  un: 'un interlocuteur',
  vide: 'Aucun interlocuteur : les personnes à joindre dans l’établissement (gérant, RH, tuteur…), avec leur fonction.',
};

const RAISON_LIBELLES = {
  siret: 'même SIRET : l’enregistrement sera refusé',
  siren: 'même SIREN : un autre établissement de la même entreprise',
  nom: 'nom voisin',
} as const;

/**
 * Adds a firm (`entreprise` null, owned by the person signed in) or changes one. The SIRET is
 * checked here as it is typed (key included); firms already known under the same SIRET, the same
 * SIREN or a close name are listed while typing. If someone saves the firm meanwhile, what is
 * typed here stays, and « Reprendre mes modifications sur la version à jour » lays it over theirs.
 */
export function DialogueEntreprise({
  entreprise,
  onFermer,
  onEnregistre,
}: {
  entreprise: Entreprise | null;
  onFermer: () => void;
  onEnregistre: (id: number) => void;
}) {
  const utilisateur = useUtilisateur();
  const notifier = useNotifier();
  const client = useQueryClient();
  const creer = useAction('entreprises.creer');
  const modifier = useAction('entreprises.modifier');
  const action = entreprise ? modifier : creer;
  const personnel = useRequete('personnel.lister', { actifsSeulement: true });
  const aJour = saisieEntreprise(entreprise, utilisateur.id);
  const brouillon = useBrouillon(aJour, entreprise?.modifieLe ?? '', TEST_ID);
  const { saisie: s, maj, e, texte, messages, modifies, enConflit } = brouillon;
  const [siretQuitte, setSiretQuitte] = useState(false);
  useEffect(() => {
    // The notice sits above the fields: brought into view, whatever field was being typed.
    if (enConflit) document.querySelector('[data-testid="entreprise-conflit"]')?.scrollIntoView({ block: 'nearest' });
  }, [enConflit]);

  // Look-alikes, asked once the typing pauses; for a firm being changed, only if its name or SIRET changed.
  const nomDiffere = useDiffere(s.nom.trim().slice(0, 150), 400);
  const siretDiffere = useDiffere(s.siret.replace(/\D/g, '').slice(0, 14), 400);
  const identiteChangee = !entreprise || nomDiffere !== brouillon.base.nom.trim() || siretDiffere !== entreprise.siret;
  const chercher = identiteChangee && (nomDiffere.length >= 3 || siretDiffere.length >= 9);
  const ressemblantes = useRequete(
    'entreprises.ressemblantes',
    { nom: nomDiffere, siret: siretDiffere, id: entreprise?.id ?? null },
    { enabled: chercher, garderPrecedent: true },
  );
  // A name erased: the previous answer (kept while the next one loads) no longer applies.
  const voisines = chercher ? (ressemblantes.data ?? []) : [];
  const memeSiret = voisines.filter((v) => v.raison === 'siret');

  const reprendre = () => {
    action.reset();
    brouillon.reprendre();
  };

  const envoyer = () => {
    if (enConflit) return;
    // Checked here with the contract, so that every field shows its message at once.
    const verifie = entrepriseSaisieSchema.safeParse(entreeEntreprise(s));
    if (!verifie.success) {
      setSiretQuitte(true);
      messages.refusDeLaPage(verifie.error);
      return;
    }
    const donnees: EntrepriseSaisie = verifie.data;
    const refus = (err: ErreurApi) => {
      messages.refusDuServeur(err, 'entreprise');
      // Someone saved meanwhile: their version is read again, and what was typed here stays.
      if (err.code === 'conflit') void client.invalidateQueries({ queryKey: ['entreprises.lire'] });
    };
    const fait = (r: { id: number; avertissements: string[] }, message: string) => {
      if (r.avertissements.length > 0) notifier(`${message} ${r.avertissements.join(' ')}`, 'warning');
      else notifier(message);
      onEnregistre(r.id);
    };
    if (entreprise) {
      modifier.mutate(
        { id: entreprise.id, modifieLeLu: brouillon.modifieLeLu, entreprise: donnees },
        { onSuccess: (r) => fait(r, `Fiche de « ${verifie.data.nom} » enregistrée.`), onError: refus },
      );
    } else {
      creer.mutate(donnees, {
        onSuccess: (r) => fait(r, `« ${verifie.data.nom} » ajoutée au portefeuille.`),
        onError: refus,
      });
    }
  };

  const erreurAffichee = enConflit && action.error?.code === 'conflit' ? null : action.error;

  const etatSiret = verifierSiret(s.siret, siretQuitte);
  const erreurSiret = e('siret') ?? (etatSiret.etat === 'erreur' ? etatSiret.message : undefined);
  const naf = nafSaisi(s.naf);
  const responsables = useMemo(
    () =>
      responsablesPossibles(personnel.data ?? []).map((p) => ({
        valeur: p.id,
        libelle: p.id === utilisateur.id ? `Moi (${p.prenom} ${p.nom})` : `${p.prenom} ${p.nom}`,
      })),
    [personnel.data, utilisateur.id],
  );
  // The owner read may have left the staff list: kept as an option, so that the list shows them.
  if (entreprise?.responsableId && !responsables.some((o) => o.valeur === entreprise.responsableId)) {
    responsables.push({ valeur: entreprise.responsableId, libelle: entreprise.responsableNom ?? 'Ancien responsable' });
  }

  return (
    <DialogueFormulaire
      titre={entreprise ? `Modifier « ${entreprise.nom} »` : 'Nouvelle entreprise'}
      sousTitre="Un établissement = un SIRET. Les interlocuteurs et les notes servent à toute l’équipe."
      enCours={action.isPending}
      modifie={modifies.length > 0}
      onFermer={onFermer}
      onEnvoyer={envoyer}
      libelleEnvoi={entreprise ? 'Enregistrer' : 'Ajouter l’entreprise'}
      erreur={erreurAffichee}
      maxWidth="md"
      testId={TEST_ID}
    >
      {enConflit && entreprise ? (
        <AlerteConflit
          quoi="cette fiche"
          modifieLe={entreprise.modifieLe}
          champsModifies={modifies.length}
          onReprendre={reprendre}
          testId="entreprise-conflit"
        />
      ) : null}
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 2, pt: 1 }}>
        <TitreSection>Établissement</TitreSection>
        <TextField
          label="SIRET"
          required
          autoFocus={!entreprise}
          value={s.siret}
          onChange={(ev) => {
            maj({ siret: ev.target.value });
            // Back to « still typing » until the field is left again with 14 digits or more.
            if (verifierSiret(ev.target.value, false).etat !== 'erreur') setSiretQuitte(false);
          }}
          onBlur={() => setSiretQuitte(s.siret.trim() !== '')}
          error={Boolean(erreurSiret)}
          helperText={
            erreurSiret ? (
              <span data-testid="erreur-siret">{erreurSiret}</span>
            ) : etatSiret.etat === 'valide' ? (
              <span data-testid="siret-valide">
                SIRET {siretLisible(etatSiret.siret)} · SIREN {sirenLisible(etatSiret.siren)}
              </span>
            ) : (
              '14 chiffres (avis de situation INSEE, annuaire-entreprises.data.gouv.fr)'
            )
          }
          slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'off', 'data-testid': 'champ-siret' } }}
        />
        {texte('nom', 'Raison sociale ou enseigne', {
          required: true,
          autoFocus: Boolean(entreprise),
          slotProps: { htmlInput: { 'data-testid': 'champ-nom-entreprise' } },
        })}
        {voisines.length > 0 ? (
          <Alert
            severity={memeSiret.length > 0 ? 'error' : 'warning'}
            sx={{ gridColumn: '1 / -1' }}
            data-testid="entreprises-ressemblantes"
          >
            <AlertTitle>
              {memeSiret.length > 0
                ? 'Ce SIRET est déjà enregistré : ouvrez la fiche existante plutôt que d’en créer une autre.'
                : 'Entreprises déjà enregistrées qui ressemblent à celle-ci : vérifiez que ce n’est pas la même.'}
            </AlertTitle>
            <Stack component="ul" spacing={0.25} sx={{ m: 0, pl: 2.5 }}>
              {voisines.map((v) => (
                <li key={v.id} data-testid="entreprise-ressemblante" data-raison={v.raison}>
                  <Link href={lienEntreprise(v.id)} sx={{ fontWeight: 600 }}>
                    {v.nom}
                  </Link>{' '}
                  — SIRET {siretLisible(v.siret)}
                  {v.commune ? `, ${v.commune}` : ''} ({RAISON_LIBELLES[v.raison]})
                </li>
              ))}
            </Stack>
          </Alert>
        ) : null}
        {texte('naf', 'Code NAF (APE)', {
          placeholder: 'ex. 56.10A',
          aide: naf
            ? `${naf.naf} · secteur ${libelleSecteur(naf.secteur)}`
            : 'Sur l’avis de situation INSEE ; il donne le secteur',
          slotProps: { htmlInput: { autoComplete: 'off', 'data-testid': 'champ-naf' } },
        })}
        <ListeChoix
          label="Secteur"
          valeur={s.naf.trim() !== '' ? (naf?.secteur ?? null) : s.secteur}
          onChange={(secteur) => maj({ secteur })}
          options={SECTIONS_NAF.map((x) => ({ valeur: x, libelle: `${x} · ${SECTION_NAF[x].libelle}` }))}
          vide={s.naf.trim() !== '' ? 'Déduit du code NAF' : 'Non renseigné'}
          disabled={s.naf.trim() !== ''}
          erreur={e('secteur')}
        />
        <ListeChoix
          label="Effectif"
          valeur={s.tranche}
          onChange={(tranche) => maj({ tranche })}
          options={TRANCHES_EFFECTIF.map((t) => ({ valeur: t, libelle: TRANCHE_EFFECTIF_LIBELLES[t] }))}
          vide="Non renseigné"
          erreur={e('tranche')}
        />
        <ListeChoix
          label="Statut"
          valeur={s.statut}
          onChange={(statut) => maj({ statut: statut ?? 'prospect' })}
          options={STATUTS_ENTREPRISE.map((x) => ({ valeur: x, libelle: STATUT_ENTREPRISE_LIBELLES[x] }))}
          erreur={e('statut')}
        />
        <ListeChoix
          label="Responsable de la relation"
          valeur={s.responsableId}
          onChange={(responsableId) => maj({ responsableId })}
          options={responsables}
          vide="Personne pour l’instant"
          erreur={e('responsableId')}
        />
        <ListeChoix
          label="Origine de la relation"
          valeur={s.origine}
          onChange={(origine) => maj({ origine })}
          options={ORIGINES_ENTREPRISE.map((o) => ({ valeur: o, libelle: ORIGINE_ENTREPRISE_LIBELLES[o] }))}
          vide="Non renseignée"
          erreur={e('origine')}
        />

        <TitreSection>Coordonnées</TitreSection>
        {texte('adresse', 'Adresse', { sx: { gridColumn: '1 / -1' } })}
        <ChoixCommune
          label="Commune"
          valeur={s.codeInsee}
          onChange={(codeInsee, commune) =>
            maj({
              codeInsee,
              ...(commune ? { commune: commune.nom, codePostal: commune.codePostal ?? s.codePostal } : {}),
            })
          }
          erreur={e('codeInsee')}
          aide="Une commune du territoire, ou le code INSEE d'une autre"
        />
        <Box sx={{ display: 'grid', gridTemplateColumns: '120px 1fr', gap: 2 }}>
          {texte('codePostal', 'Code postal', { slotProps: { htmlInput: { inputMode: 'numeric' } } })}
          {texte('commune', 'Nom de la commune')}
        </Box>
        <FormControlLabel
          sx={{ gridColumn: '1 / -1', mt: -1 }}
          control={<Checkbox checked={s.qpv} onChange={(ev) => maj({ qpv: ev.target.checked })} />}
          label="L’établissement est situé en quartier prioritaire de la politique de la ville (QPV)"
        />
        {texte('telephone', 'Téléphone')}
        {texte('email', 'E-mail')}

        <EditeurContacts
          contacts={s.contacts}
          modifier={(f, champs) => brouillon.modifier((x) => ({ ...x, contacts: f(x.contacts) }), champs)}
          erreur={e}
          noms={NOMS_CONTACT}
          testId="interlocuteurs-entreprise"
          testIdAjout="ajouter-interlocuteur"
        />

        <TitreSection>Notes</TitreSection>
        {texte('notes', 'Notes', {
          lignes: [3, 10],
          sx: { gridColumn: '1 / -1' },
          aide: 'Pour l’équipe : métiers qui recrutent, périodes de recrutement, habitudes de l’employeur (pas de données sur les jeunes)',
        })}
      </Box>
      <MessagesHorsChamps messages={messages.messages} champs={CHAMPS} />
    </DialogueFormulaire>
  );
}
