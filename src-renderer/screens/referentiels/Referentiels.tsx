import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Chip,
  Stack,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import type { ReferentielEditable } from '../../../src-main/contract';
import { useAction, useRequete } from '../../api/hooks';
import { champErreur, messageErreur } from '../../api/client';
import { Bloc } from '../../components/communs';
import { useNotifier } from '../../components/Notifications';

interface Valeur {
  code: string;
  libelle: string;
  ordre: number;
  actif: boolean;
  systeme: boolean;
}

export function Referentiels() {
  const liste = useRequete('referentiels.lister', {});
  return (
    <Box sx={{ p: 2, maxWidth: 1100, mx: 'auto' }}>
      <Typography variant="h5" component="h1" sx={{ mb: 0.5 }}>
        Référentiels
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        Les listes proposées à l'accueil. Une valeur désactivée n'est plus proposée mais reste lisible dans l'historique
        ; une valeur « système » porte une règle : on peut la renommer, pas la désactiver.
      </Typography>
      {liste.error ? <Alert severity="error">{messageErreur(liste.error)}</Alert> : null}
      <Stack spacing={2}>
        {(liste.data ?? []).map((r) => (
          <Bloc key={r.referentiel} titre={r.libelle} chargement={liste.isFetching}>
            <TableReferentiel referentiel={r.referentiel} valeurs={[...r.valeurs].sort((a, b) => a.ordre - b.ordre)} />
          </Bloc>
        ))}
      </Stack>
    </Box>
  );
}

function TableReferentiel({ referentiel, valeurs }: { referentiel: ReferentielEditable; valeurs: Valeur[] }) {
  const notifier = useNotifier();
  const ajouter = useAction('referentiels.enregistrerValeur');
  const [code, setCode] = useState('');
  const [libelle, setLibelle] = useState('');
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell sx={{ width: 200 }}>Code</TableCell>
          <TableCell>Libellé</TableCell>
          <TableCell sx={{ width: 110 }}>Ordre</TableCell>
          <TableCell sx={{ width: 110 }}>Active</TableCell>
          <TableCell sx={{ width: 130 }} />
        </TableRow>
      </TableHead>
      <TableBody>
        {valeurs.map((v) => (
          <LigneValeur key={v.code} referentiel={referentiel} valeur={v} />
        ))}
        <TableRow>
          <TableCell sx={{ verticalAlign: 'top' }}>
            <TextField
              placeholder="nouveau_code"
              value={code}
              onChange={(e) => setCode(e.target.value)}
              error={Boolean(champErreur(ajouter.error, 'code'))}
              helperText={champErreur(ajouter.error, 'code')}
              slotProps={{ htmlInput: { 'aria-label': 'Code de la nouvelle valeur' } }}
              fullWidth
            />
          </TableCell>
          <TableCell sx={{ verticalAlign: 'top' }} colSpan={3}>
            <TextField
              placeholder="Libellé de la nouvelle valeur"
              value={libelle}
              onChange={(e) => setLibelle(e.target.value)}
              error={Boolean(champErreur(ajouter.error, 'libelle'))}
              helperText={champErreur(ajouter.error, 'libelle')}
              slotProps={{ htmlInput: { 'aria-label': 'Libellé de la nouvelle valeur' } }}
              fullWidth
            />
          </TableCell>
          <TableCell sx={{ verticalAlign: 'top' }}>
            <Button
              variant="contained"
              size="small"
              disabled={ajouter.isPending}
              onClick={() =>
                ajouter.mutate(
                  {
                    referentiel,
                    code,
                    libelle,
                    ordre: valeurs.length === 0 ? 0 : Math.max(...valeurs.map((v) => v.ordre)) + 1,
                    actif: true,
                  },
                  {
                    onSuccess: (r) => {
                      notifier(r.cree ? 'Valeur ajoutée.' : 'Valeur mise à jour.');
                      setCode('');
                      setLibelle('');
                    },
                  },
                )
              }
            >
              Ajouter
            </Button>
          </TableCell>
        </TableRow>
        {ajouter.error && ajouter.error.champs.length === 0 ? (
          <TableRow>
            <TableCell colSpan={5}>
              <Alert severity="error">{ajouter.error.message}</Alert>
            </TableCell>
          </TableRow>
        ) : null}
      </TableBody>
    </Table>
  );
}

function LigneValeur({ referentiel, valeur }: { referentiel: ReferentielEditable; valeur: Valeur }) {
  const notifier = useNotifier();
  const enregistrer = useAction('referentiels.enregistrerValeur');
  const [libelle, setLibelle] = useState(valeur.libelle);
  const [ordre, setOrdre] = useState(String(valeur.ordre));
  const modifie = libelle !== valeur.libelle || ordre !== String(valeur.ordre);
  const sauver = (actif: boolean) =>
    enregistrer.mutate(
      { referentiel, code: valeur.code, libelle, ordre: Number(ordre) || 0, actif },
      { onSuccess: () => notifier('Référentiel enregistré.'), onError: (e) => notifier(e.message, 'error') },
    );
  return (
    <TableRow sx={{ opacity: valeur.actif ? 1 : 0.6 }}>
      <TableCell>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <code>{valeur.code}</code>
          {valeur.systeme ? <Chip size="small" label="système" variant="outlined" /> : null}
        </Stack>
      </TableCell>
      <TableCell>
        <TextField
          value={libelle}
          onChange={(e) => setLibelle(e.target.value)}
          fullWidth
          error={Boolean(champErreur(enregistrer.error, 'libelle'))}
          helperText={champErreur(enregistrer.error, 'libelle')}
          slotProps={{ htmlInput: { 'aria-label': `Libellé de ${valeur.code}` } }}
        />
      </TableCell>
      <TableCell>
        <TextField
          value={ordre}
          onChange={(e) => setOrdre(e.target.value)}
          type="number"
          sx={{ width: 90 }}
          slotProps={{ htmlInput: { 'aria-label': `Ordre de ${valeur.code}`, min: 0 } }}
        />
      </TableCell>
      <TableCell>
        <Tooltip
          title={
            valeur.systeme
              ? 'Valeur système : elle ne peut pas être désactivée'
              : valeur.actif
                ? 'Désactiver'
                : 'Réactiver'
          }
        >
          <span>
            <Switch
              checked={valeur.actif}
              disabled={valeur.systeme || enregistrer.isPending}
              onChange={(e) => sauver(e.target.checked)}
              slotProps={{ input: { 'aria-label': `Valeur ${valeur.code} active` } }}
            />
          </span>
        </Tooltip>
      </TableCell>
      <TableCell>
        <Button
          size="small"
          variant={modifie ? 'contained' : 'text'}
          disabled={!modifie || enregistrer.isPending}
          onClick={() => sauver(valeur.actif)}
        >
          Enregistrer
        </Button>
      </TableCell>
    </TableRow>
  );
}
