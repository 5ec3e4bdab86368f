import {
  Alert,
  AlertTitle,
  Autocomplete,
  Box,
  Button,
  Checkbox,
  Dialog,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  FormHelperText,
  List,
  ListItem,
  ListItemText,
  Stack,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { contract, SEXE_LIBELLES, SEXES } from '../../../src-main/contract';
import { useAction, useRequete } from '../../api/hooks';
import { useStructure } from '../../api/donnees';
import { age, dateFr, dateIso, masqueDate } from '../../components/dates';
import {
  ChampTexte,
  dateSaisie,
  ErreurFormulaire,
  erreursServeur,
  PiedDialogue,
  ProgresDialogue,
} from '../../components/formulaires';
import { useNotifier } from '../../components/Notifications';
import { useDiffere } from '../../components/useDiffere';

type Sexe = (typeof SEXES)[number];

/** The contract's input, with the birth date typed as JJ/MM/AAAA. */
const formulaireJeune = contract['jeunes.creer'].input.extend({
  dateNaissance: dateSaisie('Date de naissance'),
});
type ValeursJeune = z.input<typeof formulaireJeune>;

export function CreerJeune({ onFermer, onOuvrir }: { onFermer: () => void; onOuvrir: (id: number) => void }) {
  const notifier = useNotifier();
  const structure = useStructure();
  const creer = useAction('jeunes.creer');
  const { control, handleSubmit, setError, trigger } = useForm<ValeursJeune, unknown, z.output<typeof formulaireJeune>>(
    {
      resolver: zodResolver(formulaireJeune),
      defaultValues: {
        nomNaissance: '',
        prenoms: '',
        dateNaissance: '',
        telephone: '',
        email: '',
        communeInsee: null,
        confirmeMalgreRessemblants: false,
      },
    },
  );
  const [nom = '', prenoms = '', naissance = '', confirme = false] = useWatch({
    control,
    name: ['nomNaissance', 'prenoms', 'dateNaissance', 'confirmeMalgreRessemblants'],
  });

  const iso = dateIso(naissance);
  const identite = useDiffere({ nomNaissance: nom.trim(), prenoms: prenoms.trim(), dateNaissance: iso }, 250);
  const assezPourChercher =
    (identite.nomNaissance.length >= 2 && identite.prenoms.length >= 2) ||
    (identite.dateNaissance !== null && (identite.nomNaissance.length >= 2 || identite.prenoms.length >= 2));
  const ressemblants = useRequete('jeunes.ressemblants', identite, {
    enabled: assezPourChercher,
    garderPrecedent: true,
  });
  const liste = assezPourChercher ? (ressemblants.data ?? []) : [];
  const confirmationRequise = liste.length > 0 || creer.error?.code === 'conflit';
  const erreur = creer.error;

  const envoyer = handleSubmit((saisie) => {
    creer.mutate(saisie, {
      onSuccess: (r) => {
        notifier(
          r.avertissements.length > 0 ? `Dossier créé. ${r.avertissements.join(' ')}` : 'Dossier créé.',
          r.avertissements.length > 0 ? 'warning' : 'success',
        );
        onOuvrir(r.id);
      },
      onError: (e) => erreursServeur(e, setError),
    });
  });

  return (
    <Dialog open onClose={onFermer} maxWidth="md" fullWidth aria-labelledby="titre-creer-jeune">
      <form onSubmit={(e) => void envoyer(e)} noValidate>
        <DialogTitle id="titre-creer-jeune">Nouveau jeune</DialogTitle>
        <ProgresDialogue enCours={creer.isPending} />
        <DialogContent sx={{ pt: 1 }}>
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 2, pt: 1 }}>
            <ChampTexte control={control} name="nomNaissance" label="Nom de naissance" required autoFocus />
            <ChampTexte control={control} name="prenoms" label="Prénom(s)" required />
            <ChampTexte
              control={control}
              name="dateNaissance"
              label="Date de naissance"
              required
              placeholder="JJ/MM/AAAA"
              masque={masqueDate}
              onBlur={() => {
                if (naissance.trim() !== '' && !iso) void trigger('dateNaissance');
              }}
              aide={iso ? `${age(iso)} ans aujourd'hui` : 'Format JJ/MM/AAAA'}
              slotProps={{ htmlInput: { inputMode: 'numeric', 'aria-label': 'Date de naissance' } }}
            />
            <Controller
              control={control}
              name="sexe"
              render={({ field, fieldState }) => (
                <Box>
                  <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
                    <Typography variant="body2" color={fieldState.error ? 'error' : 'text.secondary'} id="libelle-sexe">
                      Sexe *
                    </Typography>
                    <ToggleButtonGroup
                      exclusive
                      size="small"
                      color="primary"
                      value={field.value ?? null}
                      aria-labelledby="libelle-sexe"
                      onChange={(_, v: Sexe | null) => {
                        if (v) field.onChange(v);
                      }}
                    >
                      {SEXES.map((s, i) => (
                        <ToggleButton
                          key={s}
                          value={s}
                          ref={i === 0 ? field.ref : undefined}
                          sx={{ px: 2.5, textTransform: 'none' }}
                        >
                          {SEXE_LIBELLES[s]}
                        </ToggleButton>
                      ))}
                    </ToggleButtonGroup>
                  </Stack>
                  {fieldState.error ? <FormHelperText error>{fieldState.error.message}</FormHelperText> : null}
                </Box>
              )}
            />
            <ChampTexte
              control={control}
              name="telephone"
              label="Téléphone"
              slotProps={{ htmlInput: { inputMode: 'tel' } }}
            />
            <ChampTexte control={control} name="email" label="E-mail" />
            <Controller
              control={control}
              name="communeInsee"
              render={({ field, fieldState }) => (
                <Autocomplete
                  options={structure.data?.communes ?? []}
                  value={(structure.data?.communes ?? []).find((c) => c.insee === field.value) ?? null}
                  onChange={(_, v) => field.onChange(v?.insee ?? null)}
                  onBlur={field.onBlur}
                  getOptionLabel={(c) => `${c.nom}${c.codePostal ? ` (${c.codePostal})` : ''}`}
                  isOptionEqualToValue={(a, b) => a.insee === b.insee}
                  loading={structure.isLoading}
                  renderInput={(p) => (
                    <TextField
                      {...p}
                      inputRef={field.ref}
                      label="Commune de résidence"
                      error={Boolean(fieldState.error)}
                      helperText={fieldState.error?.message ?? 'Communes du territoire'}
                    />
                  )}
                  sx={{ gridColumn: { sm: '1 / -1' } }}
                />
              )}
            />
          </Box>

          {liste.length > 0 ? (
            <Alert severity="warning" sx={{ mt: 2 }} data-testid="ressemblants">
              <AlertTitle>Ce jeune a peut-être déjà un dossier</AlertTitle>
              <List dense disablePadding>
                {liste.map((r) => (
                  <ListItem
                    key={r.id}
                    disableGutters
                    secondaryAction={
                      <Button size="small" variant="outlined" color="warning" onClick={() => onOuvrir(r.id)}>
                        Ouvrir ce dossier
                      </Button>
                    }
                  >
                    <ListItemText
                      sx={{ pr: 18 }}
                      primary={`${r.nomNaissance.toUpperCase()} ${r.prenoms} — né(e) le ${dateFr(r.dateNaissance)}${r.communeNom ? `, ${r.communeNom}` : ''}`}
                      secondary={r.raison}
                    />
                  </ListItem>
                ))}
              </List>
            </Alert>
          ) : null}
          {confirmationRequise ? (
            <Controller
              control={control}
              name="confirmeMalgreRessemblants"
              render={({ field }) => (
                <FormControlLabel
                  sx={{ mt: 1 }}
                  control={
                    <Checkbox
                      checked={Boolean(field.value)}
                      onChange={(e) => field.onChange(e.target.checked)}
                      onBlur={field.onBlur}
                    />
                  }
                  label="J'ai vérifié : il s'agit d'une autre personne, créer quand même un nouveau dossier"
                />
              )}
            />
          ) : null}
          <ErreurFormulaire erreur={erreur} />
        </DialogContent>
        <PiedDialogue
          onAnnuler={onFermer}
          libelle="Créer le dossier"
          desactive={creer.isPending || (liste.length > 0 && !confirme)}
        />
      </form>
    </Dialog>
  );
}
