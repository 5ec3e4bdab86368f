import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  FormControlLabel,
  IconButton,
  Paper,
  Stack,
  Switch,
  Tooltip,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import { useQueryClient } from '@tanstack/react-query';
import {
  COLLEGE_LIBELLES,
  COLLEGES,
  partenaireSaisieSchema,
  TYPE_PARTENAIRE_LIBELLES,
  TYPES_PARTENAIRE,
  type Partenaire,
  type PartenaireSaisie,
} from '../../../src-main/contract';
import type { ErreurApi } from '../../api/client';
import { useAction } from '../../api/hooks';
import { ChoixThematiques } from '../../components/ChoixThematiques';
import { AlerteConflit, ListeChoix } from '../../components/formulaires';
import { useNotifier } from '../../components/Notifications';
import { DialogueFormulaire } from '../dossier/DialogueFormulaire';
import { ChampLibre } from '../dossier/elements';
import { ChoixCommune } from './ChoixCommune';
import { champsTexte, TitreSection, useMessages } from './elements';
import {
  champsModifies,
  entreePartenaire,
  messagesHorsChamps,
  reporterModifications,
  saisiePartenaire,
  type SaisieContact,
  type SaisiePartenaire,
} from './logique';

const TEST_ID = 'dialogue-partenaire';
const CHAMPS = Object.keys(saisiePartenaire());
const CONTACT_VIDE: SaisieContact = { nom: '', fonction: '', telephone: '', email: '' };

/** What is typed, the version it was read from, and that version's stamp. */
interface Brouillon {
  base: SaisiePartenaire;
  saisie: SaisiePartenaire;
  modifieLeLu: string;
}

/**
 * Adds a partner (`partenaire` null) or changes one. The partner shown is the one read now: if
 * someone saves it meanwhile, what is typed here stays, and « Reprendre mes modifications sur la
 * version à jour » lays the fields changed here over theirs.
 */
export function DialoguePartenaire({
  partenaire,
  onFermer,
  onEnregistre,
}: {
  partenaire: Partenaire | null;
  onFermer: () => void;
  onEnregistre: (id: number) => void;
}) {
  const notifier = useNotifier();
  const client = useQueryClient();
  const creer = useAction('partenaires.creer');
  const modifier = useAction('partenaires.modifier');
  const action = partenaire ? modifier : creer;
  const aJour = saisiePartenaire(partenaire);
  const stamp = partenaire?.modifieLe ?? '';
  const [b, setB] = useState<Brouillon>(() => ({ base: aJour, saisie: aJour, modifieLeLu: stamp }));
  const messages = useMessages(TEST_ID);

  const modifies = champsModifies(b.base, b.saisie);
  const perime = b.modifieLeLu !== stamp;
  if (perime && modifies.length === 0) {
    // A newer version and nothing typed here: it is simply shown.
    setB({ base: aJour, saisie: aJour, modifieLeLu: stamp });
  }
  const enConflit = perime && modifies.length > 0;
  const s = b.saisie;

  const maj = (p: Partial<SaisiePartenaire>) => {
    setB((avant) => ({ ...avant, saisie: { ...avant.saisie, ...p } }));
    messages.oublier(Object.keys(p));
  };
  const majContact = (i: number, p: Partial<SaisieContact>) => {
    setB((avant) => ({
      ...avant,
      saisie: { ...avant.saisie, contacts: avant.saisie.contacts.map((c, j) => (j === i ? { ...c, ...p } : c)) },
    }));
    messages.oublier(Object.keys(p).map((k) => `contacts.${i}.${k}`));
  };
  const retirerContact = (i: number) => {
    // The messages of the lines below moved up with them: they are asked again at the next save.
    maj({ contacts: s.contacts.filter((_, j) => j !== i) });
  };
  const reprendre = () => {
    action.reset();
    setB({ base: aJour, saisie: reporterModifications(b.base, b.saisie, aJour), modifieLeLu: stamp });
    // The button goes with the banner: the keyboard lands on « Enregistrer », once checked.
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`[data-testid="${TEST_ID}"] button[type="submit"]`)?.focus(),
    );
  };

  const envoyer = () => {
    if (enConflit) return;
    // Checked here with the contract, so that every field shows its message at once.
    const verifie = partenaireSaisieSchema.safeParse(entreePartenaire(s));
    if (!verifie.success) {
      messages.refusDeLaPage(verifie.error);
      return;
    }
    const donnees: PartenaireSaisie = verifie.data;
    const refus = (err: ErreurApi) => {
      messages.refusDuServeur(err, 'partenaire');
      // Someone saved meanwhile: their version is read again, and what was typed here stays.
      if (err.code === 'conflit') void client.invalidateQueries({ queryKey: ['partenaires.lire'] });
    };
    if (partenaire) {
      modifier.mutate(
        { id: partenaire.id, modifieLeLu: b.modifieLeLu, partenaire: donnees },
        {
          onSuccess: (r) => {
            notifier(`Fiche de « ${verifie.data.nom} » enregistrée.`);
            onEnregistre(r.id);
          },
          onError: refus,
        },
      );
    } else {
      creer.mutate(donnees, {
        onSuccess: (r) => {
          notifier(`« ${verifie.data.nom} » ajouté à l'annuaire.`);
          onEnregistre(r.id);
        },
        onError: refus,
      });
    }
  };

  const e = (champ: string) => messages.messages[champ];
  const texte = champsTexte(s, maj, e);
  const horsChamps = messagesHorsChamps(messages.messages, CHAMPS);
  const erreurAffichee = enConflit && action.error?.code === 'conflit' ? null : action.error;

  return (
    <DialogueFormulaire
      titre={partenaire ? `Modifier « ${partenaire.nom} »` : 'Nouveau partenaire'}
      sousTitre={
        partenaire && partenaire.source !== 'tremplin'
          ? `Fiche reprise de data·inclusion (source « ${partenaire.source} ») : un nouvel import peut la mettre à jour.`
          : undefined
      }
      enCours={action.isPending}
      modifie={modifies.length > 0}
      onFermer={onFermer}
      onEnvoyer={envoyer}
      libelleEnvoi={partenaire ? 'Enregistrer' : 'Ajouter le partenaire'}
      erreur={erreurAffichee}
      maxWidth="md"
      testId={TEST_ID}
    >
      {enConflit && partenaire ? (
        <AlerteConflit
          quoi="cette fiche"
          modifieLe={partenaire.modifieLe}
          champsModifies={modifies.length}
          onReprendre={reprendre}
          testId="partenaire-conflit"
        />
      ) : null}
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 2, pt: 1 }}>
        <TitreSection>Identité</TitreSection>
        {texte('nom', 'Nom', { required: true, autoFocus: true, sx: { gridColumn: '1 / -1' } })}
        <ListeChoix
          label="Type *"
          valeur={s.type}
          onChange={(type) => maj({ type })}
          options={TYPES_PARTENAIRE.map((t) => ({ valeur: t, libelle: TYPE_PARTENAIRE_LIBELLES[t] }))}
          erreur={e('type')}
        />
        {texte('siret', 'SIRET', {
          aide: '14 chiffres, si vous le connaissez',
          slotProps: { htmlInput: { inputMode: 'numeric' } },
        })}
        {texte('description', 'Description', { lignes: [2, 6], sx: { gridColumn: '1 / -1' } })}
        <ChoixThematiques
          libelle="Thématiques"
          valeur={s.thematiques}
          onChange={(thematiques) => maj({ thematiques })}
          erreur={e('thematiques')}
          aide="Ce que fait le partenaire ; chaque service a aussi les siennes."
          sx={{ gridColumn: '1 / -1' }}
        />
        {partenaire ? (
          <FormControlLabel
            sx={{ gridColumn: '1 / -1' }}
            control={<Switch checked={s.actif} onChange={(ev) => maj({ actif: ev.target.checked })} />}
            label={
              s.actif
                ? 'Actif : proposé dans les recherches et les orientations'
                : 'Inactif : gardé pour l’historique, plus proposé'
            }
          />
        ) : null}

        <TitreSection>Coordonnées</TitreSection>
        {texte('adresse', 'Adresse', { sx: { gridColumn: '1 / -1' } })}
        {texte('complementAdresse', "Complément d'adresse", { sx: { gridColumn: '1 / -1' } })}
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
        {texte('telephone', 'Téléphone')}
        {texte('email', 'E-mail')}
        {texte('siteWeb', 'Site web', { placeholder: 'https://', sx: { gridColumn: '1 / -1' } })}
        {texte('horaires', "Horaires d'ouverture", {
          placeholder: 'ex. lun.-ven. 9h-12h, 14h-17h',
          sx: { gridColumn: '1 / -1' },
        })}

        <TitreSection>Contacts</TitreSection>
        <Stack spacing={1} sx={{ gridColumn: '1 / -1' }} data-testid="contacts-partenaire">
          {s.contacts.length === 0 ? (
            <Typography variant="body2" color="text.secondary">
              Aucun contact : les personnes à joindre chez le partenaire, avec leur fonction.
            </Typography>
          ) : null}
          {s.contacts.map((c, i) => (
            <Paper
              key={i}
              variant="outlined"
              sx={{ p: 1.5, display: 'grid', gridTemplateColumns: '1fr 1fr 1fr 1fr auto', gap: 1.5 }}
            >
              <ChampLibre
                label="Nom"
                required
                size="small"
                autoFocus={i === s.contacts.length - 1 && c.nom === ''}
                valeur={c.nom}
                onChange={(nom) => majContact(i, { nom })}
                erreur={e(`contacts.${i}.nom`)}
              />
              <ChampLibre
                label="Fonction"
                size="small"
                valeur={c.fonction}
                onChange={(fonction) => majContact(i, { fonction })}
                erreur={e(`contacts.${i}.fonction`)}
              />
              <ChampLibre
                label="Téléphone"
                size="small"
                valeur={c.telephone}
                onChange={(telephone) => majContact(i, { telephone })}
                erreur={e(`contacts.${i}.telephone`)}
              />
              <ChampLibre
                label="E-mail"
                size="small"
                valeur={c.email}
                onChange={(email) => majContact(i, { email })}
                erreur={e(`contacts.${i}.email`)}
              />
              <Tooltip title="Retirer ce contact">
                <IconButton
                  aria-label={`Retirer le contact ${c.nom || i + 1}`}
                  onClick={() => retirerContact(i)}
                  sx={{ alignSelf: 'flex-start' }}
                >
                  <DeleteIcon fontSize="small" />
                </IconButton>
              </Tooltip>
            </Paper>
          ))}
          <Box>
            <Button
              size="small"
              startIcon={<AddIcon />}
              onClick={() => maj({ contacts: [...s.contacts, CONTACT_VIDE] })}
            >
              Ajouter un contact
            </Button>
          </Box>
        </Stack>

        <TitreSection>Conseil d'administration</TitreSection>
        <ListeChoix
          label="Collège"
          valeur={s.college}
          onChange={(college) => maj({ college })}
          options={COLLEGES.map((c) => ({ valeur: c, libelle: COLLEGE_LIBELLES[c] }))}
          vide="Pas de siège au conseil"
          erreur={e('college')}
        />
        {texte('representant', 'Représentant au conseil', { disabled: s.college === null && s.representant === '' })}

        <TitreSection>Notes</TitreSection>
        {texte('notes', 'Notes', {
          lignes: [3, 10],
          sx: { gridColumn: '1 / -1' },
          aide: 'Pour l’équipe : comment les joindre au mieux, délais de réponse… (pas de données sur les jeunes)',
        })}
      </Box>
      {horsChamps.length > 0 ? (
        <Alert severity="error" sx={{ mt: 2 }}>
          {horsChamps.join(' ')}
        </Alert>
      ) : null}
    </DialogueFormulaire>
  );
}
