import { useEffect, useState } from 'react';
import {
  Alert,
  AppBar,
  Box,
  Button,
  FormControl,
  InputLabel,
  LinearProgress,
  MenuItem,
  Select,
  Tab,
  Tabs,
  Toolbar,
  Typography,
} from '@mui/material';
import { TYPE_SITE_LIBELLES } from '../src-main/contract';
import { useEvenementsDonnees, useRequete } from './api/hooks';
import { messageErreur } from './api/client';
import { useStructure } from './api/donnees';
import { Assistant } from './screens/installation/Assistant';
import { Bureau } from './screens/accueil/Bureau';
import { Agenda } from './screens/rendezvous/Agenda';
import { Referentiels } from './screens/referentiels/Referentiels';

type Onglet = 'accueil' | 'rendezvous' | 'referentiels';
const CLE_SITE = 'tremplin.site';

export function App() {
  useEvenementsDonnees();
  const etat = useRequete('installation.etat', {});
  if (etat.isLoading) return <LinearProgress aria-label="Chargement" />;
  if (etat.error) {
    return (
      <Box sx={{ p: 4, maxWidth: 720, mx: 'auto' }}>
        <Alert
          severity="error"
          action={
            <Button color="inherit" onClick={() => void etat.refetch()}>
              Réessayer
            </Button>
          }
        >
          {messageErreur(etat.error)}
        </Alert>
      </Box>
    );
  }
  if (!etat.data?.installee) return <Assistant />;
  return <Poste utilisateur={etat.data.utilisateur.nom} />;
}

function lireSite(): number | null {
  const v = Number(localStorage.getItem(CLE_SITE));
  return Number.isInteger(v) && v > 0 ? v : null;
}

function Poste({ utilisateur }: { utilisateur: string }) {
  const structure = useStructure();
  const [onglet, setOnglet] = useState<Onglet>('accueil');
  const [siteChoisi, setSiteChoisi] = useState<number | null>(lireSite);
  const sites = (structure.data?.sites ?? []).filter((s) => s.actif);
  // The remembered site may have been closed since; fall back to the siège.
  const siteId =
    sites.find((s) => s.id === siteChoisi)?.id ?? sites.find((s) => s.type === 'siege')?.id ?? sites[0]?.id ?? null;

  useEffect(() => {
    if (siteId !== null) localStorage.setItem(CLE_SITE, String(siteId));
  }, [siteId]);

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100vh' }}>
      <AppBar position="static" color="primary" elevation={0}>
        <Toolbar variant="dense" sx={{ gap: 2, minHeight: 56 }}>
          <Typography variant="h6" component="div" sx={{ fontWeight: 700, letterSpacing: 0.3 }}>
            Tremplin
          </Typography>
          <Typography
            variant="body2"
            sx={{ opacity: 0.85, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}
          >
            {structure.data?.structure.nom ?? ''}
          </Typography>
          <Tabs
            value={onglet}
            onChange={(_, v: Onglet) => setOnglet(v)}
            textColor="inherit"
            slotProps={{ indicator: { style: { backgroundColor: '#fff' } } }}
            sx={{ flex: 1, ml: 2 }}
          >
            <Tab value="accueil" label="Accueil" />
            <Tab value="rendezvous" label="Rendez-vous" />
            <Tab value="referentiels" label="Référentiels" />
          </Tabs>
          <FormControl size="small" sx={{ minWidth: 240 }}>
            <InputLabel id="site-label" sx={{ color: 'rgba(255,255,255,0.8)', '&.Mui-focused': { color: '#fff' } }}>
              Site
            </InputLabel>
            <Select
              labelId="site-label"
              label="Site"
              value={siteId ?? ''}
              onChange={(e) => setSiteChoisi(Number(e.target.value))}
              sx={{
                color: '#fff',
                '.MuiOutlinedInput-notchedOutline': { borderColor: 'rgba(255,255,255,0.5)' },
                '&:hover .MuiOutlinedInput-notchedOutline': { borderColor: '#fff' },
                '.MuiSvgIcon-root': { color: '#fff' },
              }}
              inputProps={{ 'aria-label': 'Site' }}
            >
              {sites.map((s) => (
                <MenuItem key={s.id} value={s.id}>
                  {s.nom}{' '}
                  <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>
                    {TYPE_SITE_LIBELLES[s.type]}
                  </Typography>
                </MenuItem>
              ))}
            </Select>
          </FormControl>
          <Typography variant="body2" sx={{ opacity: 0.85, whiteSpace: 'nowrap' }}>
            {utilisateur}
          </Typography>
        </Toolbar>
      </AppBar>
      {structure.isLoading ? <LinearProgress /> : null}
      {structure.error ? <Alert severity="error">{messageErreur(structure.error)}</Alert> : null}
      <Box component="main" sx={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
        {siteId === null ? null : (
          <>
            {/* The desk stays mounted so the open file and the search survive a look at the agenda. */}
            <Box sx={{ display: onglet === 'accueil' ? 'block' : 'none' }}>
              <Bureau siteId={siteId} actif={onglet === 'accueil'} />
            </Box>
            {onglet === 'rendezvous' ? <Agenda siteId={siteId} /> : null}
            {onglet === 'referentiels' ? <Referentiels /> : null}
          </>
        )}
      </Box>
    </Box>
  );
}
