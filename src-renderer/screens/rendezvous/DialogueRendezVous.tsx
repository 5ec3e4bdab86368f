import { useState, type FormEvent } from 'react';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControl,
  FormHelperText,
  InputLabel,
  LinearProgress,
  MenuItem,
  Select,
  TextField,
  Typography,
} from '@mui/material';
import type { RendezVous } from '../../../src-main/contract';
import { useAction } from '../../api/hooks';
import { champErreur } from '../../api/client';
import { useConseillers, useReferentiels, useStructure } from '../../api/donnees';
import { dateFr, dateIso, masqueDate, MESSAGE_DATE_INVALIDE } from '../../components/dates';
import { useNotifier } from '../../components/Notifications';

const HEURE_RE = /^([01]\d|2[0-3]):[0-5]\d$/;

export type ModeRendezVous =
  | { type: 'creation'; jeuneId: number; nomJeune: string }
  | { type: 'deplacement'; rdv: RendezVous };

/** Books an appointment for a jeune, or moves a planned one. */
export function DialogueRendezVous({
  mode,
  siteId,
  onFermer,
}: {
  mode: ModeRendezVous;
  siteId: number;
  onFermer: () => void;
}) {
  const notifier = useNotifier();
  const structure = useStructure();
  const conseillers = useConseillers();
  const { valeurs } = useReferentiels();
  const creer = useAction('rendezVous.creer');
  const deplacer = useAction('rendezVous.deplacer');
  const existant = mode.type === 'deplacement' ? mode.rdv : null;
  const [conseiller, setConseiller] = useState<number | ''>(existant?.conseillerId ?? '');
  const [site, setSite] = useState<number>(existant?.siteId ?? siteId);
  const [date, setDate] = useState(existant ? dateFr(existant.date) : '');
  const [heure, setHeure] = useState(existant?.heure ?? '');
  const [duree, setDuree] = useState(String(existant?.dureeMinutes ?? 45));
  const [objet, setObjet] = useState<string>(existant?.objet ?? '');
  const [commentaire, setCommentaire] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  const erreur = creer.error ?? deplacer.error;
  const enCours = creer.isPending || deplacer.isPending;
  const msg = (c: string) => local[c] ?? champErreur(erreur, c);

  const envoyer = (e: FormEvent) => {
    e.preventDefault();
    const erreurs: Record<string, string> = {};
    const iso = dateIso(date);
    if (conseiller === '') erreurs.conseillerId = 'Choisissez le conseiller.';
    if (!iso) erreurs.date = MESSAGE_DATE_INVALIDE;
    if (!HEURE_RE.test(heure)) erreurs.heure = 'Heure invalide : saisissez une heure au format HH:MM (ex. 09:30).';
    setLocal(erreurs);
    if (Object.keys(erreurs).length > 0 || !iso || conseiller === '') return;
    const dureeMinutes = Number(duree) || 45;
    if (mode.type === 'creation') {
      creer.mutate(
        {
          jeuneId: mode.jeuneId,
          conseillerId: conseiller,
          siteId: site,
          date: iso,
          heure,
          dureeMinutes,
          objet: objet || null,
          commentaire,
        },
        {
          onSuccess: () => {
            notifier(`Rendez-vous pris le ${dateFr(iso)} à ${heure}.`);
            onFermer();
          },
        },
      );
    } else {
      deplacer.mutate(
        { id: mode.rdv.id, date: iso, heure, conseillerId: conseiller, siteId: site, dureeMinutes },
        {
          onSuccess: () => {
            notifier(`Rendez-vous déplacé au ${dateFr(iso)} à ${heure}.`);
            onFermer();
          },
        },
      );
    }
  };

  return (
    <Dialog open onClose={onFermer} maxWidth="sm" fullWidth aria-labelledby="titre-rdv">
      <form onSubmit={envoyer} noValidate>
        <DialogTitle id="titre-rdv">
          {mode.type === 'creation' ? 'Prendre un rendez-vous' : 'Déplacer le rendez-vous'}
          <Typography variant="body2" color="text.secondary">
            {mode.type === 'creation' ? mode.nomJeune : mode.rdv.jeuneNom}
          </Typography>
        </DialogTitle>
        <Box sx={{ height: 4 }}>{enCours ? <LinearProgress /> : null}</Box>
        <DialogContent>
          <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2, pt: 1 }}>
            <FormControl error={Boolean(msg('conseillerId'))}>
              <InputLabel id="rdv-c">Conseiller *</InputLabel>
              <Select
                labelId="rdv-c"
                label="Conseiller *"
                value={conseiller}
                onChange={(e) => setConseiller(String(e.target.value) === '' ? '' : Number(e.target.value))}
              >
                {(conseillers.data ?? []).map((c) => (
                  <MenuItem key={c.id} value={c.id}>
                    {c.prenom} {c.nom}
                  </MenuItem>
                ))}
              </Select>
              {msg('conseillerId') ? <FormHelperText>{msg('conseillerId')}</FormHelperText> : null}
            </FormControl>
            <FormControl>
              <InputLabel id="rdv-s">Site</InputLabel>
              <Select labelId="rdv-s" label="Site" value={site} onChange={(e) => setSite(Number(e.target.value))}>
                {(structure.data?.sites ?? []).filter((s) => s.actif).map((s) => (
                  <MenuItem key={s.id} value={s.id}>
                    {s.nom}
                  </MenuItem>
                ))}
              </Select>
            </FormControl>
            <TextField
              label="Date"
              required
              placeholder="JJ/MM/AAAA"
              value={date}
              onChange={(e) => setDate(masqueDate(e.target.value))}
              error={Boolean(msg('date'))}
              helperText={msg('date')}
            />
            <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2 }}>
              <TextField
                label="Heure"
                required
                placeholder="HH:MM"
                value={heure}
                onChange={(e) => setHeure(e.target.value)}
                error={Boolean(msg('heure'))}
                helperText={msg('heure')}
              />
              <TextField
                label="Durée (min)"
                type="number"
                value={duree}
                onChange={(e) => setDuree(e.target.value)}
                error={Boolean(msg('dureeMinutes'))}
                helperText={msg('dureeMinutes')}
              />
            </Box>
            {mode.type === 'creation' ? (
              <>
                <FormControl sx={{ gridColumn: '1 / -1' }}>
                  <InputLabel id="rdv-o">Objet</InputLabel>
                  <Select labelId="rdv-o" label="Objet" value={objet} onChange={(e) => setObjet(e.target.value)}>
                    <MenuItem value="">
                      <em>Non précisé</em>
                    </MenuItem>
                    {valeurs('motif_accueil').map((v) => (
                      <MenuItem key={v.code} value={v.code}>
                        {v.libelle}
                      </MenuItem>
                    ))}
                  </Select>
                </FormControl>
                <TextField
                  label="Commentaire"
                  multiline
                  minRows={2}
                  sx={{ gridColumn: '1 / -1' }}
                  value={commentaire}
                  onChange={(e) => setCommentaire(e.target.value)}
                />
              </>
            ) : null}
          </Box>
          {erreur ? (
            <Alert severity="error" sx={{ mt: 2 }}>
              {erreur.message}
            </Alert>
          ) : null}
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onFermer}>Annuler</Button>
          <Button type="submit" variant="contained" disabled={enCours}>
            {mode.type === 'creation' ? 'Prendre le rendez-vous' : 'Déplacer'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
