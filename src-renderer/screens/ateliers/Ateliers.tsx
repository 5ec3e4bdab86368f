import { useEffect, useState } from 'react';
import {
  Alert,
  Box,
  Button,
  ButtonGroup,
  Chip,
  FormControl,
  InputLabel,
  MenuItem,
  Select,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Tooltip,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { TYPE_ATELIER_LIBELLES, type Atelier } from '../../../src-main/contract';
import { messageErreur } from '../../api/client';
import { useStructure } from '../../api/donnees';
import { useDroits } from '../../api/droits';
import { useRequete } from '../../api/hooks';
import { Bloc, EnTeteTableau, Touche, Vide } from '../../components/communs';
import { aujourdhuiIso, dateFr, dateIso, dateLongue, decalerJours } from '../../components/dates';
import { ChampDate } from '../../components/formulaires';
import { naviguer, useChemin } from '../../components/navigation';
import { DialogueAtelier } from './DialogueAtelier';
import { FicheAtelier } from './FicheAtelier';
import { emargementOuvert, heureDeFin, semaineDe } from './periode';

const TOUS = 0;

/** A date typed JJ/MM/AAAA, applied on Entrée or when leaving the field; follows the arrows. */
function ChampBorne({
  label,
  date,
  onChoisir,
  erreur,
}: {
  label: string;
  date: string;
  onChoisir: (iso: string) => void;
  erreur?: string | undefined;
}) {
  const [saisie, setSaisie] = useState(() => dateFr(date));
  const [suivie, setSuivie] = useState(date);
  const [invalide, setInvalide] = useState(false);
  if (suivie !== date) {
    // The week buttons moved the period: show it (state adjusted during render, as React advises).
    setSuivie(date);
    setSaisie(dateFr(date));
    setInvalide(false);
  }
  const appliquer = () => {
    const iso = dateIso(saisie);
    setInvalide(iso === null);
    if (iso && iso !== date) onChoisir(iso);
  };
  const message = invalide ? 'Date invalide (JJ/MM/AAAA)' : erreur;
  return (
    <ChampDate
      label={label}
      value={saisie}
      onChange={setSaisie}
      onBlur={appliquer}
      onKeyDown={(e) => {
        if (e.key === 'Enter') appliquer();
      }}
      error={Boolean(message)}
      helperText={message}
      sx={{ width: 150 }}
    />
  );
}

function titrePeriode(du: string, au: string): string {
  const semaine = semaineDe(du);
  if (semaine.du === du && semaine.au === au) return `Semaine du ${dateLongue(du)}`;
  return du === au ? `Le ${dateLongue(du)}` : `Du ${dateFr(du)} au ${dateFr(au)}`;
}

/** Collective workshops and information sessions of a period, their places and attendance. */
export function Ateliers({ siteId }: { siteId: number | null }) {
  const { peut } = useDroits();
  const chemin = useChemin();
  const ouvert = Number(chemin.params.get('atelier')) || null;
  const [periode, setPeriode] = useState(() => semaineDe(aujourdhuiIso()));
  const [site, setSite] = useState<number>(siteId ?? TOUS);
  const [siteSuivi, setSiteSuivi] = useState(siteId);
  const [programmer, setProgrammer] = useState(false);
  if (siteSuivi !== siteId) {
    // The workstation's site changed in the bar: the filter follows it.
    setSiteSuivi(siteId);
    setSite(siteId ?? TOUS);
  }
  const structure = useStructure();
  const peutProgrammer = peut('ateliers.creer');
  const inverse = periode.au < periode.du;
  const liste = useRequete(
    'ateliers.lister',
    { du: periode.du, au: periode.au, ...(site !== TOUS ? { siteId: site } : {}) },
    { garderPrecedent: true, enabled: !inverse },
  );
  const ateliers = [...(liste.data ?? [])].sort((a, b) => `${a.date}${a.heure}`.localeCompare(`${b.date}${b.heure}`));
  const aujourdhui = aujourdhuiIso();
  const decaler = (semaines: number) => setPeriode((p) => semaineDe(decalerJours(p.du, 7 * semaines)));

  useEffect(() => {
    if (!peutProgrammer || programmer || ouvert !== null) return;
    const raccourci = (e: globalThis.KeyboardEvent) => {
      if (e.altKey && !e.ctrlKey && (e.key === 'n' || e.key === 'N' || e.code === 'KeyN')) {
        e.preventDefault();
        setProgrammer(true);
      }
    };
    window.addEventListener('keydown', raccourci);
    return () => window.removeEventListener('keydown', raccourci);
  }, [peutProgrammer, programmer, ouvert]);

  return (
    <Box sx={{ p: 2, maxWidth: 1400, mx: 'auto' }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start', mb: 2, flexWrap: 'wrap', rowGap: 1.5 }}>
        <ButtonGroup variant="outlined" aria-label="Changer de semaine">
          <Tooltip title="Semaine précédente">
            <Button aria-label="Semaine précédente" onClick={() => decaler(-1)}>
              <ChevronLeftIcon />
            </Button>
          </Tooltip>
          <Button onClick={() => setPeriode(semaineDe(aujourdhuiIso()))}>Cette semaine</Button>
          <Tooltip title="Semaine suivante">
            <Button aria-label="Semaine suivante" onClick={() => decaler(1)}>
              <ChevronRightIcon />
            </Button>
          </Tooltip>
        </ButtonGroup>
        <ChampBorne label="Du" date={periode.du} onChoisir={(du) => setPeriode((p) => ({ ...p, du }))} />
        <ChampBorne
          label="Au"
          date={periode.au}
          onChoisir={(au) => setPeriode((p) => ({ ...p, au }))}
          erreur={inverse ? 'La fin précède le début.' : undefined}
        />
        <FormControl sx={{ minWidth: 220 }}>
          <InputLabel id="ateliers-site">Site</InputLabel>
          <Select labelId="ateliers-site" label="Site" value={site} onChange={(e) => setSite(Number(e.target.value))}>
            <MenuItem value={TOUS}>Tous les sites</MenuItem>
            {(structure.data?.sites ?? []).map((s) => (
              <MenuItem key={s.id} value={s.id}>
                {s.nom}
              </MenuItem>
            ))}
          </Select>
        </FormControl>
        <Box sx={{ flex: 1 }} />
        {peutProgrammer ? (
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setProgrammer(true)}>
            Programmer un atelier <Touche>Alt+N</Touche>
          </Button>
        ) : null}
      </Stack>
      <Bloc
        titre={
          <>
            {titrePeriode(periode.du, periode.au)}
            <Typography component="span" color="text.secondary" sx={{ ml: 1 }}>
              ({ateliers.length} atelier{ateliers.length > 1 ? 's' : ''})
            </Typography>
          </>
        }
        chargement={liste.isFetching}
      >
        {liste.error ? <Alert severity="error">{messageErreur(liste.error)}</Alert> : null}
        {liste.data && ateliers.length === 0 ? (
          <Vide>
            Aucun atelier sur cette période{site !== TOUS ? ' pour ce site' : ''}.
            {peutProgrammer ? ' « Programmer un atelier » en ajoute un.' : ''}
          </Vide>
        ) : null}
        {ateliers.length > 0 ? (
          <Table size="small" aria-label="Ateliers de la période" sx={{ '& th': { whiteSpace: 'nowrap' } }}>
            <EnTeteTableau
              colonnes={[
                'Date',
                'Horaire',
                'Type',
                'Intitulé',
                'Site',
                'Animateur',
                { libelle: 'Places', align: 'right' },
                { libelle: 'Présents', align: 'right' },
              ]}
            />
            <TableBody>
              {ateliers.map((a) => (
                <LigneAtelier key={a.id} atelier={a} aujourdhui={aujourdhui} />
              ))}
            </TableBody>
          </Table>
        ) : null}
      </Bloc>
      {programmer ? (
        <DialogueAtelier
          siteId={site !== TOUS ? site : siteId}
          onFermer={() => setProgrammer(false)}
          onEnregistre={(id, date) => {
            setProgrammer(false);
            setPeriode(semaineDe(date));
            naviguer('ateliers', { atelier: id });
          }}
        />
      ) : null}
      {ouvert !== null ? <FicheAtelier key={ouvert} id={ouvert} onFermer={() => naviguer('ateliers')} /> : null}
    </Box>
  );
}

function LigneAtelier({ atelier: a, aujourdhui }: { atelier: Atelier; aujourdhui: string }) {
  const ouvrir = () => naviguer('ateliers', { atelier: a.id });
  const complet = a.inscrits >= a.capacite;
  const aEmarger = a.presents === null && emargementOuvert(a.date, aujourdhui);
  return (
    <TableRow
      hover
      tabIndex={0}
      onClick={ouvrir}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && e.target === e.currentTarget) ouvrir();
      }}
      aria-label={`${a.intitule}, le ${dateFr(a.date)} à ${a.heure} : ouvrir`}
      data-testid="ligne-atelier"
      data-atelier={a.id}
      sx={{
        cursor: 'pointer',
        '&:focus-visible': { outline: '2px solid', outlineColor: 'primary.main', outlineOffset: -2 },
      }}
    >
      <TableCell sx={{ whiteSpace: 'nowrap', fontWeight: 500 }}>{dateLongue(a.date).replace(/ \d{4}$/, '')}</TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
        {a.heure} – {heureDeFin(a.heure, a.dureeMinutes)}
      </TableCell>
      <TableCell>
        <Chip size="small" variant="outlined" label={TYPE_ATELIER_LIBELLES[a.type]} />
      </TableCell>
      <TableCell sx={{ fontWeight: 600 }}>{a.intitule}</TableCell>
      <TableCell>{a.siteNom}</TableCell>
      <TableCell>{a.animateurNom}</TableCell>
      <TableCell align="right" sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
        {complet ? <Chip size="small" color="warning" label="Complet" sx={{ mr: 1, height: 20 }} /> : null}
        {a.inscrits} / {a.capacite}
      </TableCell>
      <TableCell align="right" sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
        {a.presents !== null ? (
          a.presents
        ) : aEmarger ? (
          <Chip size="small" color="info" label="À émarger" sx={{ height: 20 }} />
        ) : (
          <Typography component="span" variant="body2" color="text.disabled">
            —
          </Typography>
        )}
      </TableCell>
    </TableRow>
  );
}
