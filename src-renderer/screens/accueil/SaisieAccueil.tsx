import { useState, type FormEvent } from 'react';
import {
  Alert,
  Box,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  InputLabel,
  LinearProgress,
  MenuItem,
  Radio,
  RadioGroup,
  Select,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { CANAL_PHYSIQUE, REPONSE_ORIENTATION, REPONSE_RDV } from '../../../src-main/contract';
import { useAction } from '../../api/hooks';
import { champErreur } from '../../api/client';
import { useConseillers, useReferentiels, useStructure } from '../../api/donnees';
import { aujourdhuiIso, dateFr, dateIso, masqueDate, MESSAGE_DATE_INVALIDE, heureMaintenant } from '../../components/dates';
import { useNotifier } from '../../components/Notifications';

const HEURE_RE = /^([01]\d|2[0-3]):[0-5]\d$/;

export function SaisieAccueil({
  jeuneId,
  nomJeune,
  siteId,
  passageId,
  onFermer,
}: {
  jeuneId: number;
  nomJeune: string;
  siteId: number;
  passageId: number | null;
  onFermer: () => void;
}) {
  const notifier = useNotifier();
  const structure = useStructure();
  const conseillers = useConseillers();
  const { valeurs } = useReferentiels();
  const enregistrer = useAction('accueils.enregistrer');
  const [date, setDate] = useState(() => dateFr(aujourdhuiIso()));
  const [heure, setHeure] = useState(() => heureMaintenant());
  const [site, setSite] = useState(siteId);
  const [canal, setCanal] = useState(CANAL_PHYSIQUE);
  const [motifs, setMotifs] = useState<string[]>([]);
  const [reponse, setReponse] = useState('information');
  const [partenaire, setPartenaire] = useState('');
  const [commentaire, setCommentaire] = useState('');
  const [rdvConseiller, setRdvConseiller] = useState<number | ''>('');
  const [rdvDate, setRdvDate] = useState('');
  const [rdvHeure, setRdvHeure] = useState('');
  const [rdvDuree, setRdvDuree] = useState('45');
  const [local, setLocal] = useState<Record<string, string>>({});

  const erreur = enregistrer.error;
  const msg = (c: string) => local[c] ?? champErreur(erreur, c);

  const envoyer = (e: FormEvent) => {
    e.preventDefault();
    const erreurs: Record<string, string> = {};
    const isoDate = dateIso(date);
    if (!isoDate) erreurs.date = MESSAGE_DATE_INVALIDE;
    if (!HEURE_RE.test(heure)) erreurs.heure = 'Heure invalide : saisissez une heure au format HH:MM (ex. 09:30).';
    if (motifs.length === 0) erreurs.motifs = "Choisissez au moins un motif d'accueil.";
    if (reponse === REPONSE_ORIENTATION && partenaire.trim() === '') {
      erreurs.partenaire = 'Partenaire : indiquez vers qui le jeune est orienté.';
    }
    const isoRdv = dateIso(rdvDate);
    if (reponse === REPONSE_RDV) {
      if (rdvConseiller === '') erreurs['rendezVous.conseillerId'] = 'Choisissez le conseiller du rendez-vous.';
      if (!isoRdv) erreurs['rendezVous.date'] = MESSAGE_DATE_INVALIDE;
      if (!HEURE_RE.test(rdvHeure)) erreurs['rendezVous.heure'] = 'Heure invalide : saisissez une heure au format HH:MM (ex. 09:30).';
    }
    setLocal(erreurs);
    if (Object.keys(erreurs).length > 0 || !isoDate) return;
    enregistrer.mutate(
      {
        jeuneId,
        date: isoDate,
        heure,
        siteId: site,
        canal,
        motifs,
        reponse,
        partenaire: reponse === REPONSE_ORIENTATION ? partenaire : null,
        commentaire,
        passageId,
        rendezVous:
          reponse === REPONSE_RDV && isoRdv && rdvConseiller !== ''
            ? {
                conseillerId: rdvConseiller,
                siteId: site,
                date: isoRdv,
                heure: rdvHeure,
                dureeMinutes: Number(rdvDuree) || 45,
              }
            : null,
      },
      {
        onSuccess: (r) => {
          notifier(
            r.premierAccueil
              ? `Premier accueil enregistré pour ${nomJeune}.${r.rendezVousId ? ' Rendez-vous pris.' : ''}`
              : `Accueil enregistré.${r.rendezVousId ? ' Rendez-vous pris.' : ''}`,
          );
          onFermer();
        },
      },
    );
  };

  return (
    <Dialog open onClose={onFermer} maxWidth="md" fullWidth aria-labelledby="titre-accueil">
      <form onSubmit={envoyer} noValidate>
        <DialogTitle id="titre-accueil">
          Enregistrer un accueil
          <Typography variant="body2" color="text.secondary">
            {nomJeune}
          </Typography>
        </DialogTitle>
        <Box sx={{ height: 4 }}>{enregistrer.isPending ? <LinearProgress /> : null}</Box>
        <DialogContent>
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr 2fr 2fr' }, gap: 2, pt: 1 }}>
            <TextField
              label="Date"
              value={date}
              onChange={(e) => setDate(masqueDate(e.target.value))}
              error={Boolean(msg('date'))}
              helperText={msg('date') ?? 'JJ/MM/AAAA'}
            />
            <TextField
              label="Heure"
              value={heure}
              onChange={(e) => setHeure(e.target.value)}
              error={Boolean(msg('heure'))}
              helperText={msg('heure') ?? 'HH:MM'}
            />
            <FormControl>
              <InputLabel id="accueil-site">Site</InputLabel>
              <Select labelId="accueil-site" label="Site" value={site} onChange={(e) => setSite(Number(e.target.value))}>
                {(structure.data?.sites ?? []).filter((s) => s.actif).map((s) => (
                  <MenuItem key={s.id} value={s.id}>
                    {s.nom}
                  </MenuItem>
                ))}
              </Select>
            </FormControl>
            <FormControl>
              <InputLabel id="accueil-canal">Canal</InputLabel>
              <Select labelId="accueil-canal" label="Canal" value={canal} onChange={(e) => setCanal(e.target.value)}>
                {valeurs('canal_accueil').map((v) => (
                  <MenuItem key={v.code} value={v.code}>
                    {v.libelle}
                  </MenuItem>
                ))}
              </Select>
            </FormControl>
          </Box>

          <FormControl component="fieldset" sx={{ mt: 2.5, display: 'block' }} error={Boolean(msg('motifs'))}>
            <FormLabel component="legend" sx={{ mb: 1 }}>
              Motif(s) de la venue *
            </FormLabel>
            <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }} role="group" aria-label="Motifs">
              {valeurs('motif_accueil').map((v) => {
                const choisi = motifs.includes(v.code);
                return (
                  <Chip
                    key={v.code}
                    label={v.libelle}
                    clickable
                    color={choisi ? 'primary' : 'default'}
                    variant={choisi ? 'filled' : 'outlined'}
                    aria-pressed={choisi}
                    onClick={() => setMotifs((m) => (choisi ? m.filter((x) => x !== v.code) : [...m, v.code]))}
                  />
                );
              })}
            </Stack>
            {msg('motifs') ? <FormHelperText>{msg('motifs')}</FormHelperText> : null}
          </FormControl>

          <FormControl component="fieldset" sx={{ mt: 2.5, display: 'block' }}>
            <FormLabel component="legend">Réponse apportée *</FormLabel>
            <RadioGroup row value={reponse} onChange={(e) => setReponse(e.target.value)}>
              {valeurs('reponse_accueil').map((v) => (
                <FormControlLabel key={v.code} value={v.code} control={<Radio size="small" />} label={v.libelle} />
              ))}
            </RadioGroup>
          </FormControl>

          {reponse === REPONSE_ORIENTATION ? (
            <TextField
              label="Partenaire"
              required
              fullWidth
              sx={{ mt: 1.5 }}
              value={partenaire}
              onChange={(e) => setPartenaire(e.target.value)}
              error={Boolean(msg('partenaire'))}
              helperText={msg('partenaire') ?? 'Ex. France Travail, CCAS, Point Accueil Écoute Jeunes'}
            />
          ) : null}

          {reponse === REPONSE_RDV ? (
            <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '2fr 1fr 1fr 1fr' }, gap: 2, mt: 1.5 }}>
              <FormControl error={Boolean(msg('rendezVous.conseillerId'))}>
                <InputLabel id="rdv-conseiller">Conseiller *</InputLabel>
                <Select
                  labelId="rdv-conseiller"
                  label="Conseiller *"
                  value={rdvConseiller}
                  onChange={(e) => setRdvConseiller(String(e.target.value) === '' ? '' : Number(e.target.value))}
                >
                  {(conseillers.data ?? []).map((c) => (
                    <MenuItem key={c.id} value={c.id}>
                      {c.prenom} {c.nom}
                    </MenuItem>
                  ))}
                </Select>
                {msg('rendezVous.conseillerId') ? <FormHelperText>{msg('rendezVous.conseillerId')}</FormHelperText> : null}
              </FormControl>
              <TextField
                label="Date du rendez-vous"
                required
                placeholder="JJ/MM/AAAA"
                value={rdvDate}
                onChange={(e) => setRdvDate(masqueDate(e.target.value))}
                error={Boolean(msg('rendezVous.date'))}
                helperText={msg('rendezVous.date')}
              />
              <TextField
                label="Heure"
                required
                placeholder="HH:MM"
                value={rdvHeure}
                onChange={(e) => setRdvHeure(e.target.value)}
                error={Boolean(msg('rendezVous.heure'))}
                helperText={msg('rendezVous.heure')}
                slotProps={{ htmlInput: { 'aria-label': 'Heure du rendez-vous' } }}
              />
              <TextField
                label="Durée (min)"
                type="number"
                value={rdvDuree}
                onChange={(e) => setRdvDuree(e.target.value)}
                error={Boolean(msg('rendezVous.dureeMinutes'))}
                helperText={msg('rendezVous.dureeMinutes')}
              />
            </Box>
          ) : null}

          <TextField
            label="Commentaire"
            fullWidth
            multiline
            minRows={2}
            sx={{ mt: 2 }}
            value={commentaire}
            onChange={(e) => setCommentaire(e.target.value)}
          />
          {erreur ? (
            <Alert severity="error" sx={{ mt: 2 }}>
              {erreur.message}
            </Alert>
          ) : null}
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onFermer}>Annuler</Button>
          <Button type="submit" variant="contained" disabled={enregistrer.isPending}>
            Enregistrer l'accueil
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
