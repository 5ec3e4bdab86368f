import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Alert, Box, Button, InputAdornment, List, ListItemButton, Stack, TextField, Typography } from '@mui/material';
import SearchIcon from '@mui/icons-material/Search';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { useDroits } from '../../api/droits';
import { useRequete } from '../../api/hooks';
import { messageErreur } from '../../api/client';
import { age, dateFr, telephoneFr } from '../../components/dates';
import { Bloc, Touche, Vide } from '../../components/communs';
import { useDiffere } from '../../components/useDiffere';
import type { JeuneResume } from '../../../src-main/contract';
import { CreerJeune } from './CreerJeune';
import { FicheJeune } from './FicheJeune';
import { FileAttente } from './FileAttente';

export function Bureau({ siteId, actif }: { siteId: number; actif: boolean }) {
  const [texte, setTexte] = useState('');
  const [jeuneId, setJeuneId] = useState<number | null>(null);
  const [creation, setCreation] = useState(false);
  const [surligne, setSurligne] = useState(0);
  const champ = useRef<HTMLInputElement>(null);
  const { peut } = useDroits();
  const peutCreer = peut('jeunes.creer');
  const recherche = useDiffere(texte.trim(), 150);
  const resultats = useRequete(
    'jeunes.rechercher',
    { texte: recherche, limite: 30 },
    { enabled: recherche.length >= 2, garderPrecedent: true },
  );
  const jeunes = recherche.length >= 2 ? (resultats.data?.jeunes ?? []) : [];

  useEffect(() => {
    if (!actif) return;
    champ.current?.focus();
    const raccourci = (e: globalThis.KeyboardEvent) => {
      if (peutCreer && e.altKey && !e.ctrlKey && (e.key === 'n' || e.key === 'N' || e.code === 'KeyN')) {
        e.preventDefault();
        setCreation(true);
      } else if (e.altKey && !e.ctrlKey && (e.key === 'r' || e.key === 'R' || e.code === 'KeyR')) {
        e.preventDefault();
        champ.current?.focus();
        champ.current?.select();
      }
    };
    window.addEventListener('keydown', raccourci);
    return () => window.removeEventListener('keydown', raccourci);
  }, [actif, peutCreer]);

  const ouvrir = (id: number) => {
    setJeuneId(id);
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
        ouvrir(j.id);
      }
    } else if (e.key === 'Escape') {
      setTexte('');
    }
  };

  return (
    <Box
      sx={{
        p: 2,
        display: 'grid',
        gap: 2,
        gridTemplateColumns: {
          xs: '1fr',
          md: 'minmax(340px, 4fr) minmax(420px, 6fr)',
          xl: 'minmax(360px, 4fr) minmax(460px, 6fr) minmax(320px, 3fr)',
        },
        alignItems: 'start',
      }}
    >
      <Stack spacing={2} sx={{ minWidth: 0 }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <TextField
            inputRef={champ}
            autoFocus
            fullWidth
            size="medium"
            label="Rechercher un jeune"
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
              htmlInput: { 'aria-label': 'Rechercher un jeune', autoComplete: 'off', spellCheck: false },
            }}
          />
        </Stack>
        {peutCreer ? (
          <Button
            variant="contained"
            startIcon={<PersonAddIcon />}
            onClick={() => setCreation(true)}
            sx={{ alignSelf: 'flex-start' }}
          >
            Nouveau jeune <Touche>Alt+N</Touche>
          </Button>
        ) : null}
        <Bloc
          titre={
            recherche.length >= 2
              ? `Résultats${resultats.data ? ` (${jeunes.length}${resultats.data.plusDeResultats ? '+' : ''})` : ''}`
              : 'Résultats'
          }
          chargement={resultats.isFetching}
          actions={
            <Typography variant="caption" color="text.secondary">
              ↑ ↓ pour choisir, Entrée pour ouvrir, Alt+R pour revenir ici
            </Typography>
          }
        >
          {resultats.error ? <Alert severity="error">{messageErreur(resultats.error)}</Alert> : null}
          {recherche.length < 2 ? (
            <Vide>Tapez au moins deux caractères : un nom sans accents, une date de naissance ou un téléphone.</Vide>
          ) : jeunes.length === 0 && resultats.data ? (
            <Vide>
              Aucun jeune ne correspond à « {recherche} ».{' '}
              {peutCreer ? (
                <Button size="small" onClick={() => setCreation(true)}>
                  Créer un dossier
                </Button>
              ) : null}
            </Vide>
          ) : (
            <List dense disablePadding aria-label="Résultats de la recherche">
              {jeunes.map((j, i) => (
                <LigneResultat
                  key={j.id}
                  jeune={j}
                  surligne={i === surligne}
                  choisi={j.id === jeuneId}
                  onOuvrir={() => ouvrir(j.id)}
                />
              ))}
            </List>
          )}
        </Bloc>
      </Stack>
      <Box sx={{ minWidth: 0 }}>
        {jeuneId === null ? (
          <Bloc titre="Dossier du jeune">
            <Vide>Recherchez un jeune puis ouvrez son dossier (Entrée), ou créez-en un nouveau (Alt+N).</Vide>
          </Bloc>
        ) : (
          <FicheJeune jeuneId={jeuneId} siteId={siteId} />
        )}
      </Box>
      <Box sx={{ minWidth: 0, gridColumn: { md: '1 / -1', xl: 'auto' } }}>
        <FileAttente siteId={siteId} onOuvrir={ouvrir} />
      </Box>
      {creation ? (
        <CreerJeune
          onFermer={() => {
            setCreation(false);
            champ.current?.focus();
          }}
          onOuvrir={(id) => {
            setCreation(false);
            ouvrir(id);
          }}
        />
      ) : null}
    </Box>
  );
}

function LigneResultat({
  jeune,
  surligne,
  choisi,
  onOuvrir,
}: {
  jeune: JeuneResume;
  surligne: boolean;
  choisi: boolean;
  onOuvrir: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (surligne) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [surligne]);
  return (
    <ListItemButton
      ref={ref}
      selected={surligne || choisi}
      onClick={onOuvrir}
      divider
      data-testid="resultat-jeune"
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
            {dateFr(jeune.dateNaissance)} · {age(jeune.dateNaissance)} ans
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
            jeune.premierAccueilDate ? `1er accueil le ${dateFr(jeune.premierAccueilDate)}` : 'Jamais accueilli(e)',
          ]
            .filter(Boolean)
            .join(' · ')}
        </Typography>
      </Box>
    </ListItemButton>
  );
}
