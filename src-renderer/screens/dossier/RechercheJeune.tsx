import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import {
  Alert,
  Box,
  InputAdornment,
  LinearProgress,
  List,
  ListItemButton,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import SearchIcon from '@mui/icons-material/Search';
import type { JeuneResume } from '../../../src-main/contract';
import { messageErreur } from '../../api/client';
import { useRequete } from '../../api/hooks';
import { Vide } from '../../components/communs';
import { age, dateFr, telephoneFr } from '../../components/dates';
import { useDiffere } from '../../components/useDiffere';
import { nomComplet } from './logique';

/**
 * A search as you type (`jeunes.rechercher`) with its results: ↑ ↓ choose, Entrée opens.
 * Used to open a file and to pick the other file of a merge.
 */
export function RechercheJeune({
  libelle,
  onChoisir,
  exclure,
  autoFocus,
}: {
  libelle: string;
  onChoisir: (jeune: JeuneResume) => void;
  /** A file not offered (the one already open, when merging). */
  exclure?: number;
  autoFocus?: boolean;
}) {
  const [texte, setTexte] = useState('');
  const [surligne, setSurligne] = useState(0);
  const recherche = useDiffere(texte.trim(), 150);
  const resultats = useRequete(
    'jeunes.rechercher',
    { texte: recherche, limite: 30 },
    { enabled: recherche.length >= 2, garderPrecedent: true },
  );
  const jeunes = recherche.length >= 2 ? (resultats.data?.jeunes ?? []).filter((j) => j.id !== exclure) : [];

  const clavier = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setSurligne((i) => Math.min(i + 1, Math.max(jeunes.length - 1, 0)));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setSurligne((i) => Math.max(i - 1, 0));
    } else if (e.key === 'Enter') {
      const j = jeunes[surligne];
      if (j) {
        e.preventDefault();
        onChoisir(j);
      }
    }
  };

  return (
    <Stack spacing={1}>
      <TextField
        fullWidth
        autoFocus={autoFocus}
        size="medium"
        label={libelle}
        placeholder="Nom, prénom, date de naissance JJ/MM/AAAA ou téléphone"
        value={texte}
        onChange={(e) => {
          setTexte(e.target.value);
          setSurligne(0);
        }}
        onKeyDown={clavier}
        slotProps={{
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <SearchIcon />
              </InputAdornment>
            ),
          },
          htmlInput: { 'aria-label': libelle, autoComplete: 'off', spellCheck: false },
        }}
      />
      <Box sx={{ height: 2 }}>{resultats.isFetching ? <LinearProgress sx={{ height: 2 }} /> : null}</Box>
      {resultats.error ? <Alert severity="error">{messageErreur(resultats.error)}</Alert> : null}
      {recherche.length < 2 ? (
        <Vide>Tapez au moins deux caractères : un nom sans accents, une date de naissance ou un téléphone.</Vide>
      ) : jeunes.length === 0 && resultats.data ? (
        <Vide>Aucun dossier ne correspond à « {recherche} ».</Vide>
      ) : (
        <List dense disablePadding aria-label="Dossiers trouvés">
          {jeunes.map((j, i) => (
            <Ligne key={j.id} jeune={j} surligne={i === surligne} onChoisir={() => onChoisir(j)} />
          ))}
        </List>
      )}
    </Stack>
  );
}

function Ligne({ jeune, surligne, onChoisir }: { jeune: JeuneResume; surligne: boolean; onChoisir: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (surligne) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [surligne]);
  return (
    <ListItemButton
      ref={ref}
      selected={surligne}
      onClick={onChoisir}
      divider
      data-testid="dossier-trouve"
      sx={{ py: 1, borderLeft: 3, borderLeftColor: surligne ? 'primary.main' : 'transparent' }}
    >
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline', flexWrap: 'wrap' }}>
          <Typography sx={{ fontWeight: 600 }}>{nomComplet(jeune)}</Typography>
          <Typography variant="body2" color="text.secondary">
            {dateFr(jeune.dateNaissance)} · {age(jeune.dateNaissance)} ans · dossier n° {jeune.id}
          </Typography>
        </Stack>
        <Typography
          variant="body2"
          color="text.secondary"
          sx={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}
        >
          {[
            jeune.communeNom,
            telephoneFr(jeune.telephone),
            jeune.conseillerNom ? `Conseiller : ${jeune.conseillerNom}` : null,
            jeune.dernierContactDate ? `Dernier contact le ${dateFr(jeune.dernierContactDate)}` : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Typography>
      </Box>
    </ListItemButton>
  );
}
