import { useEffect, useState } from 'react';
import { Alert, Box, Button, Link, Menu, MenuItem, Stack, Typography } from '@mui/material';
import type { Passage } from '../../../src-main/contract';
import { useAction, useRequete } from '../../api/hooks';
import { messageErreur } from '../../api/client';
import { useConseillers } from '../../api/donnees';
import { Bloc, PuceStatutPassage, Vide } from '../../components/communs';
import { useNotifier } from '../../components/Notifications';

/** Minutes since an instant, refreshed every 20 s so the waiting time moves on screen. */
function useMaintenant(): number {
  const [t, setT] = useState(() => Date.now());
  useEffect(() => {
    const i = setInterval(() => setT(Date.now()), 20_000);
    return () => clearInterval(i);
  }, []);
  return t;
}

const ORDRE = { en_attente: 0, pris_en_charge: 1, parti: 2 } as const;

export function FileAttente({ siteId, onOuvrir }: { siteId: number; onOuvrir: (jeuneId: number) => void }) {
  const file = useRequete('fileAttente.duJour', { siteId }, { refetchInterval: 30_000 });
  const maintenant = useMaintenant();
  const passages = [...(file.data ?? [])].sort(
    (a, b) => ORDRE[a.statut] - ORDRE[b.statut] || a.arriveeLe.localeCompare(b.arriveeLe),
  );
  const enAttente = passages.filter((p) => p.statut === 'en_attente').length;

  return (
    <Bloc
      titre={`File d'attente${enAttente > 0 ? ` — ${enAttente} en attente` : ''}`}
      chargement={file.isFetching && !file.data}
      sx={{ maxHeight: { xl: 'calc(100vh - 90px)' } }}
    >
      {file.error ? <Alert severity="error">{messageErreur(file.error)}</Alert> : null}
      {file.data && passages.length === 0 ? (
        <Vide>
          Personne dans la file aujourd'hui. Ouvrez le dossier d'un jeune arrivé puis « Mettre en file d'attente ».
        </Vide>
      ) : null}
      <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0 }} aria-label="File d'attente">
        {passages.map((p) => (
          <LignePassage key={p.id} passage={p} maintenant={maintenant} onOuvrir={onOuvrir} />
        ))}
      </Box>
    </Bloc>
  );
}

function LignePassage({
  passage: p,
  maintenant,
  onOuvrir,
}: {
  passage: Passage;
  maintenant: number;
  onOuvrir: (id: number) => void;
}) {
  const notifier = useNotifier();
  const conseillers = useConseillers();
  const prendre = useAction('fileAttente.prendreEnCharge');
  const parti = useAction('fileAttente.marquerParti');
  const [ancre, setAncre] = useState<HTMLElement | null>(null);
  const attente =
    p.statut === 'en_attente'
      ? Math.max(0, Math.floor((maintenant - new Date(p.arriveeLe).getTime()) / 60_000))
      : p.attenteMinutes;
  const longue = p.statut === 'en_attente' && attente >= 20;

  return (
    <Box
      component="li"
      data-testid="passage"
      sx={{
        px: 2,
        py: 1.25,
        borderTop: 1,
        borderColor: 'divider',
        opacity: p.statut === 'parti' ? 0.65 : 1,
      }}
    >
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
        <Typography sx={{ fontVariantNumeric: 'tabular-nums', fontWeight: 600, width: 44 }}>
          {p.heureArrivee}
        </Typography>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Link
            component="button"
            type="button"
            underline="hover"
            onClick={() => onOuvrir(p.jeuneId)}
            sx={{
              fontWeight: 600,
              textAlign: 'left',
              display: 'block',
              maxWidth: '100%',
              overflow: 'hidden',
              textOverflow: 'ellipsis',
              whiteSpace: 'nowrap',
            }}
          >
            {p.jeuneNom}
          </Link>
          <Typography
            variant="caption"
            color={longue ? 'error' : 'text.secondary'}
            sx={{ fontWeight: longue ? 600 : 400 }}
          >
            {p.statut === 'en_attente' ? `Attend depuis ${attente} min` : `A attendu ${attente} min`}
            {p.conseillerNom ? ` · ${p.conseillerNom}` : ''}
            {p.motif ? ` · ${p.motif}` : ''}
          </Typography>
        </Box>
        <PuceStatutPassage statut={p.statut} />
      </Stack>
      {p.statut !== 'parti' ? (
        <Stack direction="row" spacing={1} sx={{ mt: 0.75, pl: '56px' }}>
          {p.statut === 'en_attente' ? (
            <Button
              size="small"
              variant="outlined"
              onClick={(e) => setAncre(e.currentTarget)}
              disabled={prendre.isPending}
            >
              Prendre en charge
            </Button>
          ) : null}
          <Button
            size="small"
            color="inherit"
            disabled={parti.isPending}
            onClick={() => parti.mutate({ passageId: p.id }, { onError: (e) => notifier(e.message, 'error') })}
          >
            Parti
          </Button>
        </Stack>
      ) : null}
      <Menu anchorEl={ancre} open={ancre !== null} onClose={() => setAncre(null)}>
        <MenuItem disabled dense>
          <Typography variant="caption">Conseiller qui reçoit :</Typography>
        </MenuItem>
        {(conseillers.data ?? []).map((c) => (
          <MenuItem
            key={c.id}
            onClick={() => {
              setAncre(null);
              prendre.mutate(
                { passageId: p.id, conseillerId: c.id },
                {
                  onSuccess: () => notifier(`${p.jeuneNom} est pris(e) en charge par ${c.prenom} ${c.nom}.`),
                  onError: (e) => notifier(e.message, 'error'),
                },
              );
            }}
          >
            {c.prenom} {c.nom}
          </MenuItem>
        ))}
      </Menu>
    </Box>
  );
}
