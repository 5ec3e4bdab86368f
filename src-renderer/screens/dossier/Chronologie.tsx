import { useRef, type KeyboardEvent, type ReactElement } from 'react';
import { Alert, Box, Chip, LinearProgress, List, ListItemButton, Skeleton, Stack, Typography } from '@mui/material';
import AltRouteIcon from '@mui/icons-material/AltRoute';
import AssignmentIcon from '@mui/icons-material/Assignment';
import EventIcon from '@mui/icons-material/Event';
import FlagIcon from '@mui/icons-material/Flag';
import ForumIcon from '@mui/icons-material/Forum';
import GroupsIcon from '@mui/icons-material/Groups';
import LinearScaleIcon from '@mui/icons-material/LinearScale';
import LogoutIcon from '@mui/icons-material/Logout';
import MeetingRoomIcon from '@mui/icons-material/MeetingRoom';
import HandshakeIcon from '@mui/icons-material/Handshake';
import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import SchoolIcon from '@mui/icons-material/School';
import WorkIcon from '@mui/icons-material/Work';
import {
  DIMENSION_LIBELLES,
  GENRE_CHRONOLOGIE_LIBELLES,
  GENRES_CHRONOLOGIE,
  THEMES,
  type EntreeChronologie,
  type GenreChronologie,
  type Theme,
} from '../../../src-main/contract';
import { messageErreur } from '../../api/client';
import { useRequete } from '../../api/hooks';
import { Vide } from '../../components/communs';
import { dateFr } from '../../components/dates';
import { ListeChoix } from '../../components/formulaires';

const ICONES: Record<GenreChronologie, ReactElement> = {
  accueil: <MeetingRoomIcon fontSize="small" />,
  rendez_vous: <EventIcon fontSize="small" />,
  evenement: <ForumIcon fontSize="small" />,
  diagnostic: <AssignmentIcon fontSize="small" />,
  parcours: <FlagIcon fontSize="small" />,
  sequence: <LinearScaleIcon fontSize="small" />,
  sortie: <LogoutIcon fontSize="small" />,
  situation: <WorkIcon fontSize="small" />,
  orientation: <AltRouteIcon fontSize="small" />,
  mise_en_relation: <HandshakeIcon fontSize="small" />,
  positionnement: <SchoolIcon fontSize="small" />,
  besoin_formation: <ReportProblemIcon fontSize="small" />,
};

const COULEURS: Record<GenreChronologie, string> = {
  accueil: '#6b7a89',
  rendez_vous: '#0277bd',
  evenement: '#1f5f8b',
  diagnostic: '#6a1b9a',
  parcours: '#2e7d32',
  sequence: '#558b2f',
  sortie: '#c0563b',
  situation: '#00796b',
  orientation: '#ef6c00',
  mise_en_relation: '#5d4037',
  positionnement: '#3949ab',
  besoin_formation: '#8d6e63',
};

/**
 * Everything of the jeune's path on one line of time, most recent first: filter chips by kind and a
 * theme; each line is a button (Entrée or a click opens its record; ↑ ↓ move between lines).
 */
export interface FiltreChronologie {
  genres: GenreChronologie[];
  theme: Theme | null;
}

export function Chronologie({
  jeuneId,
  filtre: { genres, theme },
  onFiltre,
  onOuvrir,
}: {
  jeuneId: number;
  /** Kept by the file's screen: back from a record opened here, the same lines show. */
  filtre: FiltreChronologie;
  onFiltre: (f: FiltreChronologie) => void;
  onOuvrir: (e: EntreeChronologie) => void;
}) {
  const setGenres = (g: GenreChronologie[]) => onFiltre({ genres: g, theme });
  const setTheme = (t: Theme | null) => onFiltre({ genres, theme: t });
  const chronologie = useRequete(
    'jeunes.chronologie',
    { jeuneId, ...(genres.length > 0 ? { genres } : {}), ...(theme ? { theme } : {}) },
    { garderPrecedent: true },
  );
  const liste = useRef<HTMLUListElement>(null);
  const basculer = (g: GenreChronologie) =>
    setGenres(
      genres.includes(g)
        ? genres.filter((x) => x !== g)
        : GENRES_CHRONOLOGIE.filter((x) => x === g || genres.includes(x)),
    );

  const clavier = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const lignes = [...(liste.current?.querySelectorAll<HTMLElement>('[data-testid="ligne-chronologie"]') ?? [])];
    const i = lignes.indexOf(document.activeElement as HTMLElement);
    const suivante = lignes[e.key === 'ArrowDown' ? Math.min(i + 1, lignes.length - 1) : Math.max(i - 1, 0)];
    if (suivante) {
      e.preventDefault();
      suivante.focus();
    }
  };

  const entrees = chronologie.data?.entrees ?? [];
  const filtree = genres.length > 0 || theme !== null;

  return (
    <Box>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1, mb: 1.5 }}>
        <Stack
          direction="row"
          spacing={0.75}
          sx={{ flexWrap: 'wrap', rowGap: 0.75, flex: 1 }}
          role="group"
          aria-label="Filtrer par genre"
        >
          <Chip
            label="Tout"
            color={genres.length === 0 ? 'primary' : 'default'}
            variant={genres.length === 0 ? 'filled' : 'outlined'}
            onClick={() => setGenres([])}
            aria-pressed={genres.length === 0}
          />
          {GENRES_CHRONOLOGIE.map((g) => {
            const choisi = genres.includes(g);
            return (
              <Chip
                key={g}
                icon={ICONES[g]}
                label={GENRE_CHRONOLOGIE_LIBELLES[g]}
                color={choisi ? 'primary' : 'default'}
                variant={choisi ? 'filled' : 'outlined'}
                onClick={() => basculer(g)}
                aria-pressed={choisi}
                data-testid={`filtre-${g}`}
              />
            );
          })}
        </Stack>
        <ListeChoix
          label="Thème"
          valeur={theme}
          onChange={setTheme}
          options={THEMES.map((t) => ({ valeur: t, libelle: DIMENSION_LIBELLES[t] }))}
          vide="Tous les thèmes"
          sx={{ minWidth: 200 }}
        />
      </Stack>
      <Box sx={{ height: 2, mb: 0.5 }}>
        {chronologie.isFetching && !chronologie.isLoading ? <LinearProgress sx={{ height: 2 }} /> : null}
      </Box>
      {chronologie.error ? <Alert severity="error">{messageErreur(chronologie.error)}</Alert> : null}
      {chronologie.isLoading ? (
        <Stack spacing={1} aria-label="Chargement de la chronologie">
          {[0, 1, 2, 3, 4].map((i) => (
            <Skeleton key={i} variant="rectangular" height={52} />
          ))}
        </Stack>
      ) : null}
      {chronologie.data && entrees.length === 0 ? (
        <Vide>
          {filtree
            ? 'Rien dans la chronologie pour ces filtres.'
            : 'Rien encore dans ce dossier : enregistrez un premier événement (Alt+N).'}
        </Vide>
      ) : null}
      {entrees.length > 0 ? (
        <>
          <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 0.5 }}>
            {entrees.length} ligne{entrees.length > 1 ? 's' : ''} · ↑ ↓ pour parcourir, Entrée pour ouvrir
          </Typography>
          <List
            ref={liste}
            dense
            disablePadding
            aria-label="Chronologie du dossier"
            onKeyDown={clavier}
            sx={{
              border: 1,
              borderColor: 'divider',
              borderRadius: 1,
              opacity: chronologie.isPlaceholderData ? 0.6 : 1,
            }}
          >
            {entrees.map((e) => (
              <LigneChronologie key={e.cle} entree={e} onOuvrir={() => onOuvrir(e)} />
            ))}
          </List>
        </>
      ) : null}
    </Box>
  );
}

function LigneChronologie({ entree: e, onOuvrir }: { entree: EntreeChronologie; onOuvrir: () => void }) {
  const icone = e.cible.type === 'atelier' ? <GroupsIcon fontSize="small" /> : ICONES[e.genre];
  return (
    <ListItemButton
      divider
      onClick={onOuvrir}
      data-testid="ligne-chronologie"
      data-genre={e.genre}
      sx={{ alignItems: 'flex-start', gap: 1.5, py: 1 }}
    >
      <Box sx={{ width: 84, flexShrink: 0, fontVariantNumeric: 'tabular-nums' }}>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {dateFr(e.date)}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {e.heure ?? ''}
        </Typography>
      </Box>
      <Box
        sx={{
          width: 30,
          height: 30,
          borderRadius: '50%',
          flexShrink: 0,
          display: 'grid',
          placeItems: 'center',
          color: '#fff',
          bgcolor: COULEURS[e.genre],
        }}
        title={GENRE_CHRONOLOGIE_LIBELLES[e.genre]}
        aria-hidden
      >
        {icone}
      </Box>
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Typography sx={{ fontWeight: 600 }}>{e.titre}</Typography>
        {e.detail ? (
          <Typography
            variant="body2"
            color="text.secondary"
            sx={{
              whiteSpace: 'pre-wrap',
              display: '-webkit-box',
              WebkitLineClamp: 3,
              WebkitBoxOrient: 'vertical',
              overflow: 'hidden',
            }}
          >
            {e.detail}
          </Typography>
        ) : null}
        {e.themes.length > 0 ? (
          <Stack direction="row" spacing={0.5} sx={{ mt: 0.5, flexWrap: 'wrap', rowGap: 0.5 }}>
            {e.themes.map((t) => (
              <Chip key={t} size="small" variant="outlined" label={DIMENSION_LIBELLES[t]} sx={{ height: 20 }} />
            ))}
          </Stack>
        ) : null}
      </Box>
      <Typography
        variant="caption"
        color="text.secondary"
        sx={{ flexShrink: 0, maxWidth: 180, textAlign: 'right', pt: 0.25 }}
      >
        {e.auteurNom ?? ''}
      </Typography>
    </ListItemButton>
  );
}
