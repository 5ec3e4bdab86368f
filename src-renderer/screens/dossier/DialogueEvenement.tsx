import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  MenuItem,
  Skeleton,
  Stack,
  Switch,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import DeleteIcon from '@mui/icons-material/Delete';
import {
  MODALITE_LIBELLES,
  MODALITES,
  NATURE_PROPOSITION_LIBELLES,
  NATURES_PROPOSITION,
  RESULTAT_PROPOSITION_LIBELLES,
  RESULTATS_PROPOSITION,
  TYPE_EVENEMENT_LIBELLES,
  TYPES_EVENEMENT,
  type EvenementJeune,
  type Modalite,
  type NatureProposition,
  type ResultatProposition,
  type Theme,
  type TypeEvenement,
} from '../../../src-main/contract';
import { champErreur, messageErreur } from '../../api/client';
import { useDroits } from '../../api/droits';
import { useAction, useRequete } from '../../api/hooks';
import { aujourdhuiIso, dateFr } from '../../components/dates';
import { ChoixThemes } from '../../components/ChoixThemes';
import { ListeChoix } from '../../components/formulaires';
import { naviguer } from '../../components/navigation';
import { useNotifier } from '../../components/Notifications';
import { DialogueFormulaire } from './DialogueFormulaire';
import { ChampLibre, DateSaisie } from './elements';
import { dateEnvoyee, nombreSaisi } from './logique';

/**
 * A new event in a few keystrokes (the type has the focus, today is the date, Ctrl+Entrée saves),
 * or one of the timeline, to correct or delete.
 */
export function DialogueEvenement({
  jeuneId,
  evenementId,
  onFermer,
}: {
  jeuneId: number;
  evenementId: number | null;
  onFermer: () => void;
}) {
  const evenements = useRequete('evenements.duJeune', { jeuneId }, { enabled: evenementId !== null });
  if (evenementId === null) return <FormulaireEvenement jeuneId={jeuneId} evenement={null} onFermer={onFermer} />;
  const evenement = evenements.data?.find((e) => e.id === evenementId);
  if (evenement) return <FormulaireEvenement jeuneId={jeuneId} evenement={evenement} onFermer={onFermer} />;
  return (
    <Dialog open onClose={onFermer} maxWidth="sm" fullWidth aria-label="Événement">
      <DialogTitle>Événement</DialogTitle>
      <DialogContent>
        {evenements.isLoading ? (
          <Stack spacing={1} aria-label="Chargement de l'événement">
            <Skeleton height={40} />
            <Skeleton height={40} />
            <Skeleton variant="rectangular" height={100} />
          </Stack>
        ) : (
          <Alert severity="error" action={<Button onClick={onFermer}>Fermer</Button>}>
            {evenements.error ? messageErreur(evenements.error) : "Cet événement n'existe plus : il a été supprimé."}
          </Alert>
        )}
      </DialogContent>
    </Dialog>
  );
}

interface SaisieEvenement {
  type: TypeEvenement;
  date: string;
  modalite: Modalite;
  themes: Theme[];
  duree: string;
  note: string;
  avecProposition: boolean;
  nature: NatureProposition | null;
  intitule: string;
  resultat: ResultatProposition;
}

function FormulaireEvenement({
  jeuneId,
  evenement,
  onFermer,
}: {
  jeuneId: number;
  evenement: EvenementJeune | null;
  onFermer: () => void;
}) {
  const { peut } = useDroits();
  const notifier = useNotifier();
  const creer = useAction('evenements.creer');
  const modifier = useAction('evenements.modifier');
  const supprimer = useAction('evenements.supprimer');
  const action = evenement ? modifier : creer;
  const [s, setS] = useState<SaisieEvenement>(() => ({
    type: evenement?.type ?? 'entretien_individuel',
    date: dateFr(evenement?.date ?? aujourdhuiIso()),
    modalite: evenement?.modalite ?? 'presentiel',
    themes: evenement?.themes ?? [],
    duree: evenement?.dureeMinutes ? String(evenement.dureeMinutes) : '',
    note: evenement?.note ?? '',
    avecProposition: evenement?.proposition != null,
    nature: evenement?.proposition?.nature ?? null,
    intitule: evenement?.proposition?.intitule ?? '',
    resultat: evenement?.proposition?.resultat ?? 'en_attente',
  }));
  const [modifie, setModifie] = useState(false);
  const [manque, setManque] = useState<string>();
  const [confirmerSuppression, setConfirmerSuppression] = useState(false);
  const erreur = action.error ?? supprimer.error;
  const e = (champ: string) => champErreur(action.error, champ);
  const proposition = s.type === 'proposition' || s.avecProposition;
  const maj = (p: Partial<SaisieEvenement>) => {
    setModifie(true);
    setS((avant) => ({ ...avant, ...p }));
  };

  const envoyer = () => {
    if (proposition && s.nature === null) {
      setManque('Choisissez ce qui est proposé : offre, formation ou immersion.');
      return;
    }
    const commun = {
      type: s.type,
      date: dateEnvoyee(s.date),
      modalite: s.modalite,
      themes: s.themes,
      dureeMinutes: nombreSaisi(s.duree),
      note: s.note,
      proposition:
        proposition && s.nature !== null ? { nature: s.nature, intitule: s.intitule, resultat: s.resultat } : null,
    };
    const fin = (message: string) => {
      notifier(message);
      onFermer();
    };
    if (evenement) {
      modifier.mutate({ ...commun, id: evenement.id }, { onSuccess: () => fin('Événement enregistré.') });
    } else {
      creer.mutate(
        { ...commun, jeuneId },
        { onSuccess: () => fin(`${TYPE_EVENEMENT_LIBELLES[s.type]} enregistré(e) dans le dossier.`) },
      );
    }
  };

  const supprimable = evenement !== null && evenement.atelierId === null && peut('evenements.supprimer');

  return (
    <DialogueFormulaire
      titre={evenement ? 'Modifier l’événement' : 'Nouvel événement'}
      sousTitre={evenement ? `Saisi par ${evenement.auteurNom}` : undefined}
      enCours={action.isPending || supprimer.isPending}
      modifie={modifie}
      onFermer={onFermer}
      onEnvoyer={envoyer}
      libelleEnvoi="Enregistrer"
      erreur={erreur}
      testId="dialogue-evenement"
      actionsGauche={
        supprimable ? (
          confirmerSuppression ? (
            <Button
              color="error"
              variant="contained"
              onClick={() =>
                supprimer.mutate(
                  { id: evenement.id },
                  {
                    onSuccess: () => {
                      notifier('Événement supprimé.');
                      onFermer();
                    },
                  },
                )
              }
            >
              Confirmer la suppression
            </Button>
          ) : (
            <Button color="error" startIcon={<DeleteIcon />} onClick={() => setConfirmerSuppression(true)}>
              Supprimer
            </Button>
          )
        ) : null
      }
    >
      {evenement?.atelierId ? (
        <Alert
          severity="info"
          sx={{ mb: 2 }}
          action={
            <Button color="inherit" onClick={() => naviguer('ateliers', { atelier: evenement.atelierId ?? 0 })}>
              Voir l'atelier
            </Button>
          }
        >
          Créé par l'émargement d'un atelier : pour le retirer, décochez le jeune sur la liste d'émargement.
        </Alert>
      ) : null}
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 2, pt: 1 }}>
        <TextField
          select
          autoFocus
          label="Type"
          required
          value={s.type}
          onChange={(ev) => maj({ type: ev.target.value as TypeEvenement })}
          error={Boolean(e('type'))}
          helperText={e('type')}
        >
          {TYPES_EVENEMENT.map((t) => (
            <MenuItem key={t} value={t}>
              {TYPE_EVENEMENT_LIBELLES[t]}
            </MenuItem>
          ))}
        </TextField>
        <DateSaisie label="Date" required valeur={s.date} onChange={(date) => maj({ date })} erreur={e('date')} />
        <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
          <Typography variant="body2" color="text.secondary" id="libelle-modalite">
            Modalité
          </Typography>
          <ToggleButtonGroup
            exclusive
            size="small"
            color="primary"
            value={s.modalite}
            aria-labelledby="libelle-modalite"
            onChange={(_, v: Modalite | null) => v && maj({ modalite: v })}
          >
            {MODALITES.map((m) => (
              <ToggleButton key={m} value={m} sx={{ textTransform: 'none', px: 2 }}>
                {MODALITE_LIBELLES[m]}
              </ToggleButton>
            ))}
          </ToggleButtonGroup>
        </Stack>
        <ChampLibre
          label="Durée (minutes)"
          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          valeur={s.duree}
          onChange={(v) => maj({ duree: v })}
          erreur={e('dureeMinutes')}
        />
        <ChoixThemes libelle="Thèmes" valeur={s.themes} onChange={(themes) => maj({ themes })} erreur={e('themes')} />
        <ChampLibre
          label="Note"
          sx={{ gridColumn: '1 / -1' }}
          lignes={[3, 12]}
          valeur={s.note}
          onChange={(v) => maj({ note: v })}
          erreur={e('note')}
          aide="Ctrl+Entrée enregistre"
        />
        {s.type !== 'proposition' ? (
          <FormControlLabel
            sx={{ gridColumn: '1 / -1' }}
            control={
              <Switch checked={s.avecProposition} onChange={(ev) => maj({ avecProposition: ev.target.checked })} />
            }
            label="Une proposition a été faite (offre, formation, immersion)"
          />
        ) : null}
        {proposition ? (
          <Box
            sx={{
              gridColumn: '1 / -1',
              display: 'grid',
              gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' },
              gap: 2,
              p: 1.5,
              border: 1,
              borderColor: 'divider',
              borderRadius: 1,
            }}
            role="group"
            aria-label="Proposition"
          >
            <ListeChoix
              label="Nature *"
              valeur={s.nature}
              onChange={(nature) => {
                setManque(undefined);
                maj({ nature });
              }}
              options={NATURES_PROPOSITION.map((n) => ({ valeur: n, libelle: NATURE_PROPOSITION_LIBELLES[n] }))}
              erreur={manque ?? e('proposition.nature') ?? e('proposition')}
            />
            <ListeChoix
              label="Résultat"
              valeur={s.resultat}
              onChange={(resultat) => resultat && maj({ resultat })}
              options={RESULTATS_PROPOSITION.map((r) => ({ valeur: r, libelle: RESULTAT_PROPOSITION_LIBELLES[r] }))}
              erreur={e('proposition.resultat')}
            />
            <ChampLibre
              label="Intitulé de la proposition"
              required
              sx={{ gridColumn: '1 / -1' }}
              valeur={s.intitule}
              onChange={(v) => maj({ intitule: v })}
              erreur={e('proposition.intitule')}
            />
          </Box>
        ) : null}
      </Box>
    </DialogueFormulaire>
  );
}
