import { useEffect, useState, type FormEvent } from 'react';
import {
  Alert,
  AlertTitle,
  Autocomplete,
  Box,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  FormHelperText,
  LinearProgress,
  List,
  ListItem,
  ListItemText,
  Stack,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { SEXE_LIBELLES, SEXES, type Commune } from '../../../src-main/contract';
import { useAction, useRequete } from '../../api/hooks';
import { useStructure } from '../../api/donnees';
import { champErreur } from '../../api/client';
import { age, dateFr, dateIso, masqueDate, MESSAGE_DATE_INVALIDE } from '../../components/dates';
import { useNotifier } from '../../components/Notifications';

type Sexe = (typeof SEXES)[number];

function useDiffere<T>(valeur: T, ms: number): T {
  const [d, setD] = useState(valeur);
  useEffect(() => {
    const t = setTimeout(() => setD(valeur), ms);
    return () => clearTimeout(t);
  }, [valeur, ms]);
  return d;
}

export function CreerJeune({ onFermer, onOuvrir }: { onFermer: () => void; onOuvrir: (id: number) => void }) {
  const notifier = useNotifier();
  const structure = useStructure();
  const creer = useAction('jeunes.creer');
  const [nom, setNom] = useState('');
  const [prenoms, setPrenoms] = useState('');
  const [naissance, setNaissance] = useState('');
  const [sexe, setSexe] = useState<Sexe | null>(null);
  const [telephone, setTelephone] = useState('');
  const [email, setEmail] = useState('');
  const [commune, setCommune] = useState<Commune | null>(null);
  const [confirme, setConfirme] = useState(false);
  const [erreurDate, setErreurDate] = useState<string | null>(null);
  const [erreurSexe, setErreurSexe] = useState<string | null>(null);

  const iso = dateIso(naissance);
  const identite = useDiffere(
    { nomNaissance: nom.trim(), prenoms: prenoms.trim(), dateNaissance: iso },
    250,
  );
  const assezPourChercher =
    (identite.nomNaissance.length >= 2 && identite.prenoms.length >= 2) ||
    (identite.dateNaissance !== null && (identite.nomNaissance.length >= 2 || identite.prenoms.length >= 2));
  const ressemblants = useRequete('jeunes.ressemblants', identite, { enabled: assezPourChercher, garderPrecedent: true });
  const liste = assezPourChercher ? (ressemblants.data ?? []) : [];
  const confirmationRequise = liste.length > 0 || (creer.error?.code === 'conflit');

  const erreur = creer.error;
  const messageChamp = (c: string) => champErreur(erreur, c);

  const envoyer = (e: FormEvent) => {
    e.preventDefault();
    let bloque = false;
    if (!iso) {
      setErreurDate(naissance.trim() === '' ? 'Date de naissance : champ obligatoire (JJ/MM/AAAA).' : MESSAGE_DATE_INVALIDE);
      bloque = true;
    }
    if (!sexe) {
      setErreurSexe('Sexe : choisissez Femme ou Homme.');
      bloque = true;
    }
    if (bloque || !iso || !sexe) return;
    creer.mutate(
      {
        nomNaissance: nom,
        prenoms,
        dateNaissance: iso,
        sexe,
        telephone,
        email,
        communeInsee: commune?.insee ?? null,
        confirmeMalgreRessemblants: confirme,
      },
      {
        onSuccess: (r) => {
          notifier(
            r.avertissements.length > 0
              ? `Dossier créé. ${r.avertissements.join(' ')}`
              : 'Dossier créé.',
            r.avertissements.length > 0 ? 'warning' : 'success',
          );
          onOuvrir(r.id);
        },
      },
    );
  };

  return (
    <Dialog open onClose={onFermer} maxWidth="md" fullWidth aria-labelledby="titre-creer-jeune">
      <form onSubmit={envoyer} noValidate>
        <DialogTitle id="titre-creer-jeune">Nouveau jeune</DialogTitle>
        <Box sx={{ height: 4 }}>{creer.isPending ? <LinearProgress /> : null}</Box>
        <DialogContent sx={{ pt: 1 }}>
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 2, pt: 1 }}>
            <TextField
              label="Nom de naissance"
              required
              autoFocus
              value={nom}
              onChange={(e) => setNom(e.target.value)}
              error={Boolean(messageChamp('nomNaissance'))}
              helperText={messageChamp('nomNaissance')}
            />
            <TextField
              label="Prénom(s)"
              required
              value={prenoms}
              onChange={(e) => setPrenoms(e.target.value)}
              error={Boolean(messageChamp('prenoms'))}
              helperText={messageChamp('prenoms')}
            />
            <TextField
              label="Date de naissance"
              required
              placeholder="JJ/MM/AAAA"
              value={naissance}
              onChange={(e) => {
                setNaissance(masqueDate(e.target.value));
                setErreurDate(null);
              }}
              onBlur={() => {
                if (naissance.trim() !== '' && !dateIso(naissance)) setErreurDate(MESSAGE_DATE_INVALIDE);
              }}
              error={Boolean(erreurDate ?? messageChamp('dateNaissance'))}
              helperText={
                erreurDate ??
                messageChamp('dateNaissance') ??
                (iso ? `${age(iso)} ans aujourd'hui` : 'Format JJ/MM/AAAA')
              }
              slotProps={{ htmlInput: { inputMode: 'numeric', 'aria-label': 'Date de naissance' } }}
            />
            <Box>
              <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
                <Typography variant="body2" color={erreurSexe ? 'error' : 'text.secondary'} id="libelle-sexe">
                  Sexe *
                </Typography>
                <ToggleButtonGroup
                  exclusive
                  size="small"
                  color="primary"
                  value={sexe}
                  aria-labelledby="libelle-sexe"
                  onChange={(_, v: Sexe | null) => {
                    if (v) {
                      setSexe(v);
                      setErreurSexe(null);
                    }
                  }}
                >
                  {SEXES.map((s) => (
                    <ToggleButton key={s} value={s} sx={{ px: 2.5, textTransform: 'none' }}>
                      {SEXE_LIBELLES[s]}
                    </ToggleButton>
                  ))}
                </ToggleButtonGroup>
              </Stack>
              {erreurSexe ?? messageChamp('sexe') ? (
                <FormHelperText error>{erreurSexe ?? messageChamp('sexe')}</FormHelperText>
              ) : null}
            </Box>
            <TextField
              label="Téléphone"
              value={telephone}
              onChange={(e) => setTelephone(e.target.value)}
              error={Boolean(messageChamp('telephone'))}
              helperText={messageChamp('telephone')}
              slotProps={{ htmlInput: { inputMode: 'tel' } }}
            />
            <TextField
              label="E-mail"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              error={Boolean(messageChamp('email'))}
              helperText={messageChamp('email')}
            />
            <Autocomplete
              options={structure.data?.communes ?? []}
              value={commune}
              onChange={(_, v) => setCommune(v)}
              getOptionLabel={(c) => `${c.nom}${c.codePostal ? ` (${c.codePostal})` : ''}`}
              isOptionEqualToValue={(a, b) => a.insee === b.insee}
              loading={structure.isLoading}
              renderInput={(p) => (
                <TextField
                  {...p}
                  label="Commune de résidence"
                  error={Boolean(messageChamp('communeInsee'))}
                  helperText={messageChamp('communeInsee') ?? 'Communes du territoire'}
                />
              )}
              sx={{ gridColumn: { sm: '1 / -1' } }}
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
            <FormControlLabel
              sx={{ mt: 1 }}
              control={<Checkbox checked={confirme} onChange={(e) => setConfirme(e.target.checked)} />}
              label="J'ai vérifié : il s'agit d'une autre personne, créer quand même un nouveau dossier"
            />
          ) : null}
          {erreur ? (
            <Alert severity="error" sx={{ mt: 2 }}>
              {erreur.message}
            </Alert>
          ) : null}
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onFermer}>Annuler</Button>
          <Button
            type="submit"
            variant="contained"
            disabled={creer.isPending || (liste.length > 0 && !confirme)}
          >
            Créer le dossier
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
