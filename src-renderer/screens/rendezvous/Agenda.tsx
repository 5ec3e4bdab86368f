import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  ButtonGroup,
  FormControl,
  InputLabel,
  MenuItem,
  Select,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableRow,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import type { RendezVous, StatutRdv } from '../../../src-main/contract';
import { useAction, useRequete } from '../../api/hooks';
import { messageErreur } from '../../api/client';
import { useConseillers, useReferentiels, useStructure } from '../../api/donnees';
import { aujourdhuiIso, dateFr, dateIso, dateLongue, decalerJours, masqueDate } from '../../components/dates';
import { Bloc, EnTeteTableau, PuceStatutRdv, Vide } from '../../components/communs';
import { useNotifier } from '../../components/Notifications';
import { DialogueRendezVous } from './DialogueRendezVous';

const TOUS = 0;

function majuscule(t: string): string {
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** Typed JJ/MM/AAAA, applied on Entrée or when leaving the field. */
function ChampJour({ date, onChoisir }: { date: string; onChoisir: (iso: string) => void }) {
  const [saisie, setSaisie] = useState(() => dateFr(date));
  const [affichee, setAffichee] = useState(date);
  const [erreur, setErreur] = useState(false);
  if (affichee !== date) {
    // The arrows changed the day: show it (state adjusted during render, as React advises).
    setAffichee(date);
    setSaisie(dateFr(date));
    setErreur(false);
  }
  const appliquer = () => {
    const iso = dateIso(saisie);
    if (iso) onChoisir(iso);
    setErreur(iso === null);
  };
  return (
    <TextField
      label="Aller au"
      placeholder="JJ/MM/AAAA"
      value={saisie}
      onChange={(e) => setSaisie(masqueDate(e.target.value))}
      onBlur={appliquer}
      onKeyDown={(e) => {
        if (e.key === 'Enter') appliquer();
      }}
      error={erreur}
      helperText={erreur ? 'Date invalide (JJ/MM/AAAA)' : undefined}
      sx={{ width: 150 }}
    />
  );
}

export function Agenda({ siteId }: { siteId: number }) {
  const [date, setDate] = useState(aujourdhuiIso);
  const [site, setSite] = useState<number>(siteId);
  const [conseiller, setConseiller] = useState<number>(TOUS);
  const [deplace, setDeplace] = useState<RendezVous | null>(null);
  const structure = useStructure();
  const conseillers = useConseillers();
  const { libelle } = useReferentiels();
  const jour = useRequete(
    'rendezVous.jour',
    {
      date,
      ...(site !== TOUS ? { siteId: site } : {}),
      ...(conseiller !== TOUS ? { conseillerId: conseiller } : {}),
    },
    { garderPrecedent: true, refetchInterval: 60_000 },
  );
  const liste = [...(jour.data ?? [])].sort((a, b) => a.heure.localeCompare(b.heure));
  const compte = (s: StatutRdv) => liste.filter((r) => r.statut === s).length;

  return (
    <Box sx={{ p: 2, maxWidth: 1400, mx: 'auto' }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2, flexWrap: 'wrap', rowGap: 1.5 }}>
        <ButtonGroup variant="outlined" aria-label="Changer de jour">
          <Tooltip title="Jour précédent">
            <Button aria-label="Jour précédent" onClick={() => setDate((d) => decalerJours(d, -1))}>
              <ChevronLeftIcon />
            </Button>
          </Tooltip>
          <Button onClick={() => setDate(aujourdhuiIso())}>Aujourd'hui</Button>
          <Tooltip title="Jour suivant">
            <Button aria-label="Jour suivant" onClick={() => setDate((d) => decalerJours(d, 1))}>
              <ChevronRightIcon />
            </Button>
          </Tooltip>
        </ButtonGroup>
        <ChampJour date={date} onChoisir={setDate} />
        <Typography variant="h6" component="h1" sx={{ flex: 1, minWidth: 220 }}>
          {majuscule(dateLongue(date))}
        </Typography>
        <FormControl sx={{ minWidth: 220 }}>
          <InputLabel id="agenda-site">Site</InputLabel>
          <Select labelId="agenda-site" label="Site" value={site} onChange={(e) => setSite(Number(e.target.value))}>
            <MenuItem value={TOUS}>Tous les sites</MenuItem>
            {(structure.data?.sites ?? []).map((s) => (
              <MenuItem key={s.id} value={s.id}>
                {s.nom}
              </MenuItem>
            ))}
          </Select>
        </FormControl>
        <FormControl sx={{ minWidth: 220 }}>
          <InputLabel id="agenda-conseiller">Conseiller</InputLabel>
          <Select
            labelId="agenda-conseiller"
            label="Conseiller"
            value={conseiller}
            onChange={(e) => setConseiller(Number(e.target.value))}
          >
            <MenuItem value={TOUS}>Tous les conseillers</MenuItem>
            {(conseillers.data ?? []).map((c) => (
              <MenuItem key={c.id} value={c.id}>
                {c.prenom} {c.nom}
              </MenuItem>
            ))}
          </Select>
        </FormControl>
      </Stack>
      <Bloc
        titre={`Rendez-vous du jour (${liste.length})`}
        chargement={jour.isFetching}
        actions={
          liste.length > 0 ? (
            <Typography variant="body2" color="text.secondary">
              {compte('prevu')} prévu(s) · {compte('honore')} honoré(s) · {compte('absent')} absent(s) ·{' '}
              {compte('annule')} annulé(s)
            </Typography>
          ) : null
        }
      >
        {jour.error ? <Alert severity="error">{messageErreur(jour.error)}</Alert> : null}
        {jour.data && liste.length === 0 ? (
          <Vide>
            Aucun rendez-vous ce jour-là. Les rendez-vous se prennent depuis le dossier d'un jeune, à l'accueil.
          </Vide>
        ) : null}
        {liste.length > 0 ? (
          <Table size="small" aria-label="Rendez-vous du jour">
            <EnTeteTableau
              colonnes={[
                'Heure',
                'Jeune',
                'Conseiller',
                'Site',
                'Objet',
                'Statut',
                { libelle: 'Actions', align: 'right' },
              ]}
            />
            <TableBody>
              {liste.map((r) => (
                <LigneRdv
                  key={r.id}
                  rdv={r}
                  objet={r.objet ? libelle('motif_accueil', r.objet) : ''}
                  onDeplacer={() => setDeplace(r)}
                />
              ))}
            </TableBody>
          </Table>
        ) : null}
      </Bloc>
      {deplace ? (
        <DialogueRendezVous
          mode={{ type: 'deplacement', rdv: deplace }}
          siteId={siteId}
          onFermer={() => setDeplace(null)}
        />
      ) : null}
    </Box>
  );
}

function LigneRdv({ rdv, objet, onDeplacer }: { rdv: RendezVous; objet: string; onDeplacer: () => void }) {
  const notifier = useNotifier();
  const changer = useAction('rendezVous.changerStatut');
  const statut = (s: StatutRdv, message: string) =>
    changer.mutate(
      { id: rdv.id, statut: s, commentaire: null },
      { onSuccess: () => notifier(message), onError: (e) => notifier(e.message, 'error') },
    );
  const fond =
    rdv.statut === 'absent'
      ? 'rgba(211, 47, 47, 0.07)'
      : rdv.statut === 'honore'
        ? 'rgba(46, 125, 50, 0.06)'
        : undefined;
  return (
    <TableRow
      data-testid="ligne-rdv"
      sx={{ bgcolor: fond, '& td': { textDecoration: rdv.statut === 'annule' ? 'line-through' : 'none' } }}
    >
      <TableCell sx={{ fontVariantNumeric: 'tabular-nums', fontWeight: 600, whiteSpace: 'nowrap' }}>
        {rdv.heure}
        <Typography variant="caption" color="text.secondary" sx={{ ml: 1 }}>
          {rdv.dureeMinutes} min
        </Typography>
      </TableCell>
      <TableCell sx={{ fontWeight: 500 }}>{rdv.jeuneNom}</TableCell>
      <TableCell>{rdv.conseillerNom}</TableCell>
      <TableCell>{rdv.siteNom}</TableCell>
      <TableCell>{objet}</TableCell>
      <TableCell sx={{ textDecoration: 'none !important' }}>
        <PuceStatutRdv statut={rdv.statut} />
      </TableCell>
      <TableCell align="right" sx={{ whiteSpace: 'nowrap', textDecoration: 'none !important' }}>
        {rdv.statut === 'prevu' ? (
          <Stack direction="row" spacing={0.5} sx={{ justifyContent: 'flex-end' }}>
            <Button
              size="small"
              color="success"
              variant="outlined"
              disabled={changer.isPending}
              onClick={() => statut('honore', 'Rendez-vous honoré.')}
            >
              Honoré
            </Button>
            <Button
              size="small"
              color="error"
              variant="outlined"
              disabled={changer.isPending}
              onClick={() => statut('absent', 'Absence notée.')}
            >
              Absent
            </Button>
            <Button size="small" onClick={onDeplacer}>
              Déplacer
            </Button>
            <Button
              size="small"
              color="inherit"
              disabled={changer.isPending}
              onClick={() => statut('annule', 'Rendez-vous annulé.')}
            >
              Annuler
            </Button>
          </Stack>
        ) : (
          <Tooltip title="Remettre à « Prévu »">
            <Button
              size="small"
              color="inherit"
              disabled={changer.isPending}
              onClick={() => statut('prevu', 'Rendez-vous remis à « prévu ».')}
            >
              Rétablir
            </Button>
          </Tooltip>
        )}
      </TableCell>
    </TableRow>
  );
}
