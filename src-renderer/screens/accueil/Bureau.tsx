import { useEffect, useRef, useState } from 'react';
import { Alert, Box, Button, List, Stack, Typography } from '@mui/material';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { useDroits } from '../../api/droits';
import { messageErreur } from '../../api/client';
import { dateFr } from '../../components/dates';
import { Bloc, Touche, Vide } from '../../components/communs';
import { ChampRechercheJeune, JeuneTrouve, MIN_RECHERCHE, useRechercheJeunes } from '../../components/rechercheJeune';
import { CreerJeune } from './CreerJeune';
import { FicheJeune } from './FicheJeune';
import { FileAttente } from './FileAttente';

export function Bureau({ siteId, actif }: { siteId: number; actif: boolean }) {
  const [jeuneId, setJeuneId] = useState<number | null>(null);
  const [creation, setCreation] = useState(false);
  const champ = useRef<HTMLInputElement>(null);
  const { peut } = useDroits();
  const peutCreer = peut('jeunes.creer');
  const { texte, changer, clavier, recherche, resultats, jeunes, surligne } = useRechercheJeunes(
    (j) => setJeuneId(j.id),
    { echapEfface: true },
  );

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
          <ChampRechercheJeune
            inputRef={champ}
            autoFocus
            libelle="Rechercher un jeune"
            valeur={texte}
            onChange={changer}
            onKeyDown={clavier}
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
            recherche.length >= MIN_RECHERCHE
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
          {recherche.length < MIN_RECHERCHE ? (
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
                <JeuneTrouve
                  key={j.id}
                  jeune={j}
                  surligne={i === surligne}
                  choisi={j.id === jeuneId}
                  onChoisir={() => setJeuneId(j.id)}
                  testId="resultat-jeune"
                  details={[
                    j.premierAccueilDate ? `1er accueil le ${dateFr(j.premierAccueilDate)}` : 'Jamais accueilli(e)',
                  ]}
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
        <FileAttente siteId={siteId} onOuvrir={setJeuneId} />
      </Box>
      {creation ? (
        <CreerJeune
          onFermer={() => {
            setCreation(false);
            champ.current?.focus();
          }}
          onOuvrir={(id) => {
            setCreation(false);
            setJeuneId(id);
          }}
        />
      ) : null}
    </Box>
  );
}
