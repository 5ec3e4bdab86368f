import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { Box, InputAdornment, ListItemButton, Stack, TextField, Typography } from '@mui/material';
import SearchIcon from '@mui/icons-material/Search';
import type { JeuneResume } from '../../src-main/contract';
import { useRequete } from '../api/hooks';
import { age, dateFr, telephoneFr } from './dates';
import { useDiffere } from './useDiffere';

/** A search for jeunes as you type needs at least this many characters. */
export const MIN_RECHERCHE = 2;

/**
 * The search as you type (`jeunes.rechercher`) behind the desk and the file's search: what is
 * typed, the results, the highlighted line, and the keyboard (↑ ↓ choose, Entrée opens; with
 * `echapEfface`, Échap clears — not inside a dialog, where Échap belongs to the dialog).
 */
export function useRechercheJeunes(
  onChoisir: (jeune: JeuneResume) => void,
  options: { exclure?: number | undefined; echapEfface?: boolean } = {},
) {
  const { exclure, echapEfface = false } = options;
  const [texte, setTexte] = useState('');
  const [surligne, setSurligne] = useState(0);
  const recherche = useDiffere(texte.trim(), 150);
  const resultats = useRequete(
    'jeunes.rechercher',
    { texte: recherche, limite: 30 },
    { enabled: recherche.length >= MIN_RECHERCHE, garderPrecedent: true },
  );
  const jeunes =
    recherche.length >= MIN_RECHERCHE ? (resultats.data?.jeunes ?? []).filter((j) => j.id !== exclure) : [];

  const changer = (t: string) => {
    setTexte(t);
    setSurligne(0);
  };
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
    } else if (e.key === 'Escape' && echapEfface) {
      changer('');
    }
  };
  return { texte, changer, clavier, recherche, resultats, jeunes, surligne };
}

export function ChampRechercheJeune({
  libelle,
  valeur,
  onChange,
  onKeyDown,
  autoFocus,
  inputRef,
}: {
  libelle: string;
  valeur: string;
  onChange: (texte: string) => void;
  onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => void;
  autoFocus?: boolean | undefined;
  inputRef?: Ref<HTMLInputElement>;
}) {
  return (
    <TextField
      {...(inputRef ? { inputRef } : {})}
      autoFocus={autoFocus}
      fullWidth
      size="medium"
      label={libelle}
      placeholder="Nom, prénom, date de naissance JJ/MM/AAAA ou téléphone"
      value={valeur}
      onChange={(e) => onChange(e.target.value)}
      onKeyDown={onKeyDown}
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
  );
}

/** One jeune found: names, birth date and age, then what tells two namesakes apart. */
export function JeuneTrouve({
  jeune,
  surligne,
  choisi = false,
  onChoisir,
  testId,
  apresNaissance,
  details,
}: {
  jeune: JeuneResume;
  surligne: boolean;
  choisi?: boolean;
  onChoisir: () => void;
  testId: string;
  /** After the birth date on the first line (e.g. the file's number). */
  apresNaissance?: ReactNode;
  /** The second line's facts, after the commune, phone and conseiller. */
  details: (string | null)[];
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (surligne) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [surligne]);
  return (
    <ListItemButton
      ref={ref}
      selected={surligne || choisi}
      onClick={onChoisir}
      divider
      data-testid={testId}
      sx={{
        alignItems: 'flex-start',
        py: 1,
        borderLeft: 3,
        borderLeftColor: surligne ? 'primary.main' : 'transparent',
      }}
    >
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline', flexWrap: 'wrap' }}>
          <Typography sx={{ fontWeight: 600 }}>
            {jeune.nomNaissance.toUpperCase()}
            {jeune.nomUsage ? ` (${jeune.nomUsage})` : ''} {jeune.prenoms}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {dateFr(jeune.dateNaissance)} · {age(jeune.dateNaissance)} ans{apresNaissance}
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
            ...details,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Typography>
      </Box>
    </ListItemButton>
  );
}
