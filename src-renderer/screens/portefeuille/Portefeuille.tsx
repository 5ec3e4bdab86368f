import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Chip,
  FormControl,
  FormControlLabel,
  InputAdornment,
  InputLabel,
  ListItemText,
  MenuItem,
  Select,
  Stack,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TablePagination,
  TableRow,
  TableSortLabel,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import SearchIcon from '@mui/icons-material/Search';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import {
  ALERTES,
  TYPE_SEQUENCE_LIBELLES,
  TYPES_SEQUENCE,
  type Alerte,
  type LignePortefeuille,
  type TypeSequence,
} from '../../../src-main/contract';
import { messageErreur } from '../../api/client';
import { useDroits, useUtilisateur } from '../../api/droits';
import { useRequete } from '../../api/hooks';
import { Bloc, Vide } from '../../components/communs';
import { aujourdhuiIso } from '../../components/dates';
import { naviguer, useChemin } from '../../components/navigation';
import { DialogueReaffectation } from './DialogueReaffectation';
import { ICONES_ALERTE, libelleAlerte, LigneJeune, STYLE_LIGNES } from './LigneJeune';
import {
  filtrer,
  FILTRES_PAR_DEFAUT,
  SANS_PARCOURS,
  trier,
  typesPresents,
  type ColonneTri,
  type Filtres,
  type Sens,
} from './liste';

const TAILLES_PAGE = [50, 100, 250];
const AUCUNE: readonly LignePortefeuille[] = [];
/** The address says whose portfolio direction looks at: `?conseiller=12`, or `sans` for no référent. */
const SANS_REFERENT = 'sans';

/**
 * Whose portfolio is shown. A conseiller: their own (the method's default). Direction: the one
 * chosen in the address, else their own if they are a conseiller too, else the first listed.
 * `undefined` while direction's list is still needed to choose.
 */
function useCible(direction: boolean) {
  const utilisateur = useUtilisateur();
  const chemin = useChemin();
  const conseillers = useRequete('portefeuille.conseillers', {}, { enabled: direction });
  const choix = chemin.params.get('conseiller');
  let cible: number | null | undefined;
  if (!direction) cible = utilisateur.id;
  else if (choix === SANS_REFERENT) cible = null;
  else if (Number(choix) > 0) cible = Number(choix);
  else if (utilisateur.roles.includes('conseiller')) cible = utilisateur.id;
  else if (conseillers.data) cible = conseillers.data.find((c) => c.conseillerId !== null)?.conseillerId ?? null;
  return { cible, conseillers, soi: cible === utilisateur.id };
}

export function Portefeuille() {
  const { peut } = useDroits();
  const direction = peut('portefeuille.conseillers');
  const reaffectation = peut('portefeuille.reaffecter');
  const { cible, conseillers, soi } = useCible(direction);
  const liste = useRequete('portefeuille.lister', direction ? { conseillerId: cible } : {}, {
    enabled: cible !== undefined,
    garderPrecedent: true,
  });
  const [filtres, setFiltres] = useState<Filtres>(FILTRES_PAR_DEFAUT);
  const [tri, setTri] = useState<{ colonne: ColonneTri; sens: Sens }>({ colonne: 'nom', sens: 'asc' });
  const [page, setPage] = useState(0);
  const [parPage, setParPage] = useState(100);
  // The ticked rows belong to one portfolio: choosing another one starts with none.
  const [coches, setCoches] = useState<{ de: number | null | undefined; ids: ReadonlySet<number> }>({
    de: cible,
    ids: new Set(),
  });
  const [dialogue, setDialogue] = useState(false);
  const aujourdhui = aujourdhuiIso();
  const texte = useDeferredValue(filtres.texte);

  const lignes = liste.data?.jeunes ?? AUCUNE;
  const semaines = liste.data?.semainesSansContact ?? 0;
  // Sorted once per answer or column; typing in the filter only filters the sorted list.
  const toutesTriees = useMemo(
    () => trier(lignes, tri.colonne, tri.sens, filtres.alerte),
    [lignes, tri, filtres.alerte],
  );
  const triees = useMemo(() => filtrer(toutesTriees, { ...filtres, texte }), [toutesTriees, filtres, texte]);
  const types = useMemo(() => typesPresents(lignes), [lignes]);
  const derniere = Math.max(0, Math.ceil(triees.length / parPage) - 1);
  const pageVue = Math.min(page, derniere);
  const visibles = triees.slice(pageVue * parPage, (pageVue + 1) * parPage);

  // Only the ticked jeunes still in the list count (a refresh may have taken some away).
  const cochees = useMemo(() => {
    if (coches.de !== cible) return new Set<number>();
    const presents = new Set(lignes.map((l) => l.jeuneId));
    return new Set([...coches.ids].filter((id) => presents.has(id)));
  }, [coches, cible, lignes]);
  const basculer = useCallback(
    (id: number) =>
      setCoches((c) => {
        const ids = new Set(c.de === cible ? c.ids : []);
        if (ids.has(id)) ids.delete(id);
        else ids.add(id);
        return { de: cible, ids };
      }),
    [cible],
  );
  const toutesCochees = triees.length > 0 && triees.every((l) => cochees.has(l.jeuneId));
  const cocherTout = () =>
    setCoches({ de: cible, ids: toutesCochees ? new Set() : new Set(triees.map((l) => l.jeuneId)) });

  const majFiltres = (p: Partial<Filtres>) => {
    setFiltres((f) => ({ ...f, ...p }));
    setPage(0);
  };
  const choisirAlerte = (a: Alerte | null) => {
    majFiltres({ alerte: a });
    // An alert's list comes most urgent first; leaving it goes back to the names.
    setTri(a ? { colonne: 'alertes', sens: 'desc' } : { colonne: 'nom', sens: 'asc' });
  };
  const trierPar = (colonne: ColonneTri) => {
    setTri((t) => ({ colonne, sens: t.colonne === colonne && t.sens === 'asc' ? 'desc' : 'asc' }));
    setPage(0);
  };

  const courant = conseillers.data?.find((c) => c.conseillerId === cible);
  const titre = soi
    ? 'Mes jeunes'
    : cible === null
      ? 'Jeunes sans référent'
      : courant
        ? `Jeunes de ${courant.nom}`
        : 'Portefeuille';
  const compteAlerte = (code: Alerte) => liste.data?.alertes.find((a) => a.code === code)?.nombre ?? 0;

  const entete = (colonne: ColonneTri, libelle: string, sx?: object) => (
    <TableCell sortDirection={tri.colonne === colonne ? tri.sens : false} sx={sx}>
      <TableSortLabel
        active={tri.colonne === colonne}
        direction={tri.colonne === colonne ? tri.sens : 'asc'}
        onClick={() => trierPar(colonne)}
      >
        {libelle}
      </TableSortLabel>
    </TableCell>
  );

  return (
    <Box sx={{ p: 2, height: '100%', display: 'flex', flexDirection: 'column', gap: 1.5, boxSizing: 'border-box' }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1.5 }}>
        <Typography variant="h5" component="h1" sx={{ mr: 1 }}>
          {titre}
        </Typography>
        {direction ? (
          <FormControl sx={{ minWidth: 300 }}>
            <InputLabel id="portefeuille-conseiller">Portefeuille de</InputLabel>
            <Select
              labelId="portefeuille-conseiller"
              label="Portefeuille de"
              // Empty until the list is there, or for someone it does not hold (no value out of the list).
              value={courant ? (cible === null ? SANS_REFERENT : String(cible)) : ''}
              onChange={(e) => naviguer('portefeuille', { conseiller: e.target.value })}
              renderValue={(v) =>
                conseillers.data?.find((c) => (c.conseillerId === null ? SANS_REFERENT : String(c.conseillerId)) === v)
                  ?.nom ?? ''
              }
              data-testid="choix-conseiller"
            >
              {(conseillers.data ?? []).map((c) => (
                <MenuItem
                  key={c.conseillerId ?? SANS_REFERENT}
                  value={c.conseillerId === null ? SANS_REFERENT : String(c.conseillerId)}
                >
                  <ListItemText
                    primary={c.nom}
                    secondary={`${c.jeunes} jeune${c.jeunes > 1 ? 's' : ''} · ${c.actifs} actif${c.actifs > 1 ? 's' : ''} · ${c.enParcours} en parcours · ${c.alertes} alerte${c.alertes > 1 ? 's' : ''}`}
                  />
                </MenuItem>
              ))}
            </Select>
          </FormControl>
        ) : null}
        <TextField
          label="Filtrer par nom"
          value={filtres.texte}
          autoFocus
          onChange={(e) => majFiltres({ texte: e.target.value })}
          onKeyDown={(e) => {
            if (e.key === 'Escape') majFiltres({ texte: '' });
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              document.querySelector<HTMLElement>('[data-testid="ligne-jeune"]')?.focus();
            }
          }}
          sx={{ width: 240 }}
          slotProps={{
            input: {
              startAdornment: (
                <InputAdornment position="start">
                  <SearchIcon fontSize="small" />
                </InputAdornment>
              ),
            },
            htmlInput: { autoComplete: 'off', spellCheck: false },
          }}
        />
        <FormControl sx={{ minWidth: 200 }}>
          <InputLabel id="portefeuille-parcours" shrink>
            Parcours
          </InputLabel>
          <Select
            labelId="portefeuille-parcours"
            label="Parcours"
            value={filtres.typeParcours ?? ''}
            displayEmpty
            notched
            onChange={(e) => majFiltres({ typeParcours: e.target.value || null })}
            renderValue={(v) =>
              v === ''
                ? 'Tous'
                : v === SANS_PARCOURS
                  ? 'Sans parcours'
                  : (types.find((t) => t.code === v)?.libelle ?? v)
            }
          >
            <MenuItem value="">Tous</MenuItem>
            <MenuItem value={SANS_PARCOURS}>Sans parcours</MenuItem>
            {types.map((t) => (
              <MenuItem key={t.code} value={t.code}>
                {t.libelle}
              </MenuItem>
            ))}
          </Select>
        </FormControl>
        <FormControl sx={{ minWidth: 200 }}>
          <InputLabel id="portefeuille-sequence" shrink>
            Séquence
          </InputLabel>
          <Select
            labelId="portefeuille-sequence"
            label="Séquence"
            value={filtres.sequence ?? ''}
            displayEmpty
            notched
            onChange={(e) => majFiltres({ sequence: (e.target.value || null) as Filtres['sequence'] })}
            renderValue={(v: string) =>
              v === '' ? 'Toutes' : v === 'aucune' ? 'Sans séquence' : (TYPE_SEQUENCE_LIBELLES[v as TypeSequence] ?? v)
            }
          >
            <MenuItem value="">Toutes</MenuItem>
            <MenuItem value="aucune">Sans séquence</MenuItem>
            {TYPES_SEQUENCE.map((s) => (
              <MenuItem key={s} value={s}>
                {TYPE_SEQUENCE_LIBELLES[s]}
              </MenuItem>
            ))}
          </Select>
        </FormControl>
        <Tooltip
          title={
            filtres.alerte
              ? "La liste d'une alerte montre tous ses jeunes, actifs ou non"
              : 'Actif : un parcours en cours, ou un contact dans les 12 derniers mois'
          }
        >
          <FormControlLabel
            control={
              <Switch
                checked={filtres.actifsSeulement && filtres.alerte === null}
                disabled={filtres.alerte !== null}
                onChange={(e) => majFiltres({ actifsSeulement: e.target.checked })}
              />
            }
            label="Actifs seulement"
          />
        </Tooltip>
      </Stack>

      <Box
        role="group"
        aria-label="Alertes"
        sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' }}
        data-testid="alertes"
      >
        {ALERTES.map((code) => {
          const Icone = ICONES_ALERTE[code];
          const n = compteAlerte(code);
          const choisie = filtres.alerte === code;
          return (
            <Chip
              key={code}
              icon={<Icone fontSize="small" />}
              label={`${libelleAlerte(code, semaines)} (${n})`}
              color={choisie ? 'primary' : n > 0 ? 'warning' : 'default'}
              variant={choisie ? 'filled' : 'outlined'}
              disabled={!liste.data || (n === 0 && !choisie)}
              onClick={() => choisirAlerte(choisie ? null : code)}
              aria-pressed={choisie}
              data-testid={`alerte-${code}`}
              data-nombre={n}
            />
          );
        })}
      </Box>

      {filtres.alerte ? (
        <Alert
          severity="info"
          sx={{ py: 0 }}
          action={
            <Button color="inherit" size="small" onClick={() => choisirAlerte(null)}>
              Toute la liste
            </Button>
          }
        >
          Alerte « {libelleAlerte(filtres.alerte, semaines)} » : {compteAlerte(filtres.alerte)} jeune
          {compteAlerte(filtres.alerte) > 1 ? 's' : ''}, les échéances dépassées en premier.
        </Alert>
      ) : null}

      <Bloc
        titre={
          <span data-testid="titre-liste">
            {triees.length} jeune{triees.length > 1 ? 's' : ''}
            {triees.length !== lignes.length ? ` sur ${lignes.length}` : ''}
          </span>
        }
        chargement={liste.isFetching || (cible === undefined && conseillers.isFetching)}
        sx={{ flex: 1, minHeight: 320 }}
        actions={
          <>
            <Typography variant="caption" color="text.secondary" sx={{ display: { xs: 'none', lg: 'block' } }}>
              ↑ ↓ pour parcourir, Entrée pour ouvrir le dossier
              {reaffectation ? ', Espace pour cocher' : ''}
            </Typography>
            {reaffectation ? (
              <Button
                variant="contained"
                startIcon={<SwapHorizIcon />}
                disabled={cochees.size === 0}
                onClick={() => setDialogue(true)}
              >
                Réaffecter à…{cochees.size > 0 ? ` (${cochees.size})` : ''}
              </Button>
            ) : null}
          </>
        }
      >
        {liste.error ? <Alert severity="error">{messageErreur(liste.error)}</Alert> : null}
        {conseillers.error ? <Alert severity="error">{messageErreur(conseillers.error)}</Alert> : null}
        {liste.data && lignes.length === 0 ? (
          <Vide>
            {soi
              ? "Aucun jeune ne vous est confié pour l'instant : la direction désigne les référents depuis le dossier ou ici."
              : 'Aucun jeune dans ce portefeuille.'}
          </Vide>
        ) : null}
        {liste.data && lignes.length > 0 && triees.length === 0 ? (
          <Vide>Aucun jeune ne correspond à ces filtres.</Vide>
        ) : null}
        {visibles.length > 0 ? (
          <Table size="small" stickyHeader aria-label={titre} sx={STYLE_LIGNES}>
            <TableHead>
              <TableRow>
                {reaffectation ? (
                  <TableCell className="case">
                    <input
                      type="checkbox"
                      checked={toutesCochees}
                      ref={(el) => {
                        if (el) el.indeterminate = cochees.size > 0 && !toutesCochees;
                      }}
                      onChange={cocherTout}
                      aria-label={`Cocher les ${triees.length} jeunes de la liste`}
                    />
                  </TableCell>
                ) : null}
                {entete('nom', 'Jeune', { width: '17%' })}
                {entete('age', 'Âge', { width: 90 })}
                {entete('parcours', 'Parcours', { width: '18%' })}
                {entete('sequence', 'Séquence', { width: '16%' })}
                {entete('dernierContact', 'Dernier contact', { width: 165 })}
                {entete('prochainRdv', 'Prochain rendez-vous', { width: 205 })}
                {entete('situation', 'Situation', { width: '14%' })}
                {entete('alertes', filtres.alerte ? 'Alerte' : 'Alertes', { width: 110 })}
                {filtres.alerte ? <TableCell sx={{ width: '20%' }}>Détail</TableCell> : null}
              </TableRow>
            </TableHead>
            <TableBody>
              {visibles.map((l, i) => (
                <LigneJeune
                  key={l.jeuneId}
                  ligne={l}
                  aujourdhui={aujourdhui}
                  semaines={semaines}
                  alerte={filtres.alerte}
                  cochable={reaffectation}
                  cochee={cochees.has(l.jeuneId)}
                  premiere={i === 0}
                  onBasculer={basculer}
                />
              ))}
            </TableBody>
          </Table>
        ) : null}
        {triees.length > TAILLES_PAGE[0]! ? (
          <TablePagination
            component="div"
            count={triees.length}
            page={pageVue}
            rowsPerPage={parPage}
            rowsPerPageOptions={TAILLES_PAGE}
            onPageChange={(_, p) => setPage(p)}
            onRowsPerPageChange={(e) => {
              setParPage(Number(e.target.value));
              setPage(0);
            }}
            sx={{ position: 'sticky', bottom: 0, bgcolor: 'background.paper', borderTop: 1, borderColor: 'divider' }}
          />
        ) : null}
      </Bloc>
      {dialogue ? (
        <DialogueReaffectation
          jeuneIds={[...cochees]}
          exclu={cible ?? null}
          onFermer={() => setDialogue(false)}
          onFait={() => {
            setDialogue(false);
            setCoches({ de: cible, ids: new Set() });
          }}
        />
      ) : null}
    </Box>
  );
}
