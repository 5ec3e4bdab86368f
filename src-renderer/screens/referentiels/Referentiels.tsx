import { useState, type KeyboardEvent } from 'react';
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
import type { ReferentielEditable, TypeParcours } from '../../../src-main/contract';
import { useAction, useRequete } from '../../api/hooks';
import { champErreur, messageErreur, type ErreurApi } from '../../api/client';
import { useDroits } from '../../api/droits';
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
  const { peut } = useDroits();
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
        {peut('typesParcours.enregistrer') ? <TypesParcours /> : null}
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
          <TableCell sx={{ width: 115 }} />
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
        <LigneErreurHorsChamps erreur={ajouter.error} colonnes={5} />
      </TableBody>
    </Table>
  );
}

/** A refusal about no field in particular (the others show under their fields), under the add row. */
function LigneErreurHorsChamps({ erreur, colonnes }: { erreur: ErreurApi | null; colonnes: number }) {
  return erreur && erreur.champs.length === 0 ? (
    <TableRow>
      <TableCell colSpan={colonnes}>
        <Alert severity="error">{erreur.message}</Alert>
      </TableCell>
    </TableRow>
  ) : null;
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

/** A parcours type as typed: numbers as text, empty hours meaning « none expected ». */
interface SaisieType {
  code: string;
  libelle: string;
  dureeMaxMois: string;
  heuresHebdoMin: string;
  heuresHebdoMax: string;
  historique: boolean;
  actif: boolean;
  ordre: string;
}

function saisieDe(t: TypeParcours): SaisieType {
  return {
    code: t.code,
    libelle: t.libelle,
    dureeMaxMois: String(t.dureeMaxMois),
    heuresHebdoMin: t.heuresHebdoMin === null ? '' : String(t.heuresHebdoMin),
    heuresHebdoMax: t.heuresHebdoMax === null ? '' : String(t.heuresHebdoMax),
    historique: t.historique,
    actif: t.actif,
    ordre: String(t.ordre),
  };
}

/** Empty: none (hours) or not a number, which the contract refuses with its own message. */
function nombreSaisi(t: string, vide: number | null): number | null {
  const v = t.trim().replace(',', '.');
  return v === '' ? vide : Number(v);
}

function entreeType(s: SaisieType) {
  return {
    code: s.code,
    libelle: s.libelle,
    dureeMaxMois: nombreSaisi(s.dureeMaxMois, Number.NaN) ?? Number.NaN,
    heuresHebdoMin: nombreSaisi(s.heuresHebdoMin, null),
    heuresHebdoMax: nombreSaisi(s.heuresHebdoMax, null),
    historique: s.historique,
    actif: s.actif,
    ordre: Math.trunc(nombreSaisi(s.ordre, 0) ?? 0),
  };
}

const NOUVEAU_TYPE: SaisieType = {
  code: '',
  libelle: '',
  dureeMaxMois: '',
  heuresHebdoMin: '',
  heuresHebdoMax: '',
  historique: false,
  actif: true,
  ordre: '',
};

/**
 * The parcours types the State defines (the law changes them): label, maximum duration, weekly
 * hours expected (CEJ), historical types kept for the files that hold them.
 */
function TypesParcours() {
  const types = useRequete('typesParcours.lister', {});
  const notifier = useNotifier();
  const ajouter = useAction('typesParcours.enregistrer');
  const [nouveau, setNouveau] = useState<SaisieType>(NOUVEAU_TYPE);
  const liste = [...(types.data ?? [])].sort((a, b) => a.ordre - b.ordre || a.libelle.localeCompare(b.libelle, 'fr'));
  const ordreSuivant = liste.length === 0 ? 0 : Math.max(...liste.map((t) => t.ordre)) + 1;
  return (
    <Bloc titre="Types de parcours" chargement={types.isFetching}>
      <Typography variant="body2" color="text.secondary" sx={{ px: 2, pb: 1 }}>
        Durée maximale en mois (au-delà, un avertissement) ; heures d'activité hebdomadaires attendues, déclarées chaque
        mois (CEJ : 15 à 20 h), laissées vides si le parcours n'en demande pas. Un type historique reste lisible dans
        les dossiers qui le portent ; un type désactivé n'est plus proposé.
      </Typography>
      {types.error ? <Alert severity="error">{messageErreur(types.error)}</Alert> : null}
      <Table
        size="small"
        aria-label="Types de parcours"
        sx={{
          tableLayout: 'fixed',
          '& td': { verticalAlign: 'top', px: 1 },
          '& th': { lineHeight: 1.2, px: 1 },
          '& td:first-of-type, & th:first-of-type': { pl: 2 },
          // Messages under narrow fields use the whole cell.
          '& .MuiFormHelperText-root': { mx: 0 },
        }}
      >
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: 165 }}>Code</TableCell>
            <TableCell>Libellé</TableCell>
            <TableCell sx={{ width: 110 }}>Durée max (mois)</TableCell>
            <TableCell sx={{ width: 100 }}>Heures hebdo min</TableCell>
            <TableCell sx={{ width: 100 }}>Heures hebdo max</TableCell>
            <TableCell sx={{ width: 80 }}>Ordre</TableCell>
            <TableCell sx={{ width: 85 }}>Historique</TableCell>
            <TableCell sx={{ width: 65 }}>Actif</TableCell>
            <TableCell sx={{ width: 115 }} />
          </TableRow>
        </TableHead>
        <TableBody>
          {liste.map((t) => (
            <LigneType key={t.code} type={t} />
          ))}
          <ChampsType
            saisie={nouveau}
            onChange={(p) => setNouveau((n) => ({ ...n, ...p }))}
            erreur={ajouter.error}
            nouveau
            libelleAction="Ajouter"
            actionPossible={!ajouter.isPending}
            onValider={() =>
              ajouter.mutate(
                entreeType({ ...nouveau, ordre: nouveau.ordre.trim() === '' ? String(ordreSuivant) : nouveau.ordre }),
                {
                  onSuccess: () => {
                    notifier(`Type de parcours « ${nouveau.libelle.trim()} » ajouté.`);
                    setNouveau(NOUVEAU_TYPE);
                  },
                },
              )
            }
          />
          <LigneErreurHorsChamps erreur={ajouter.error} colonnes={9} />
        </TableBody>
      </Table>
    </Bloc>
  );
}

function LigneType({ type }: { type: TypeParcours }) {
  const notifier = useNotifier();
  const enregistrer = useAction('typesParcours.enregistrer');
  const [saisie, setSaisie] = useState(() => saisieDe(type));
  const initiale = saisieDe(type);
  const modifie = (Object.keys(initiale) as (keyof SaisieType)[]).some((k) => initiale[k] !== saisie[k]);
  const sauver = (s: SaisieType) =>
    enregistrer.mutate(entreeType(s), {
      onSuccess: () => notifier(`Type de parcours « ${s.libelle.trim()} » enregistré.`),
      onError: (e) => {
        if (e.champs.length === 0) notifier(e.message, 'error');
      },
    });
  return (
    <ChampsType
      saisie={saisie}
      onChange={(p) => {
        const s = { ...saisie, ...p };
        setSaisie(s);
        // The switches take effect at once, like the referentials above.
        if ('actif' in p || 'historique' in p) sauver(s);
      }}
      erreur={enregistrer.error}
      libelleAction="Enregistrer"
      actionPossible={modifie && !enregistrer.isPending}
      onValider={() => sauver(saisie)}
    />
  );
}

/** One row of fields, each with its French message under it. */
function ChampsType({
  saisie: s,
  onChange,
  erreur,
  libelleAction,
  actionPossible,
  onValider,
  nouveau,
}: {
  saisie: SaisieType;
  onChange: (p: Partial<SaisieType>) => void;
  erreur: ErreurApi | null;
  libelleAction: string;
  actionPossible: boolean;
  /** The button, or Entrée in one of the row's fields. */
  onValider: () => void;
  nouveau?: boolean;
}) {
  const entree = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && actionPossible) {
      e.preventDefault();
      onValider();
    }
  };
  const nom = nouveau ? 'du nouveau type' : `de ${s.code}`;
  const champ = (cle: 'libelle' | 'dureeMaxMois' | 'heuresHebdoMin' | 'heuresHebdoMax' | 'ordre', libelle: string) => (
    <TextField
      value={s[cle]}
      onChange={(e) => onChange({ [cle]: e.target.value })}
      onKeyDown={entree}
      fullWidth
      {...(nouveau
        ? { placeholder: cle === 'libelle' ? 'Libellé du nouveau type' : cle === 'ordre' ? 'auto' : '' }
        : {})}
      slotProps={{
        htmlInput: { 'aria-label': `${libelle} ${nom}`, ...(cle !== 'libelle' ? { inputMode: 'decimal' } : {}) },
      }}
      error={Boolean(champErreur(erreur, cle))}
      helperText={champErreur(erreur, cle)}
    />
  );
  return (
    <TableRow
      sx={{ opacity: s.actif || nouveau ? 1 : 0.6 }}
      data-testid={nouveau ? 'nouveau-type-parcours' : 'type-parcours'}
    >
      <TableCell>
        {nouveau ? (
          <TextField
            placeholder="nouveau_code"
            value={s.code}
            onChange={(e) => onChange({ code: e.target.value })}
            onKeyDown={entree}
            error={Boolean(champErreur(erreur, 'code'))}
            helperText={champErreur(erreur, 'code')}
            slotProps={{ htmlInput: { 'aria-label': 'Code du nouveau type', spellCheck: false } }}
            fullWidth
          />
        ) : (
          <Box sx={{ pt: 1 }}>
            <code>{s.code}</code>
          </Box>
        )}
      </TableCell>
      <TableCell>{champ('libelle', 'Libellé')}</TableCell>
      <TableCell>{champ('dureeMaxMois', 'Durée maximale en mois')}</TableCell>
      <TableCell>{champ('heuresHebdoMin', 'Heures hebdomadaires minimum')}</TableCell>
      <TableCell>{champ('heuresHebdoMax', 'Heures hebdomadaires maximum')}</TableCell>
      <TableCell>{champ('ordre', 'Ordre')}</TableCell>
      <TableCell>
        <Switch
          checked={s.historique}
          onChange={(e) => onChange({ historique: e.target.checked })}
          slotProps={{ input: { 'aria-label': `Type historique (${nouveau ? 'nouveau type' : s.code})` } }}
        />
      </TableCell>
      <TableCell>
        <Switch
          checked={s.actif}
          onChange={(e) => onChange({ actif: e.target.checked })}
          slotProps={{ input: { 'aria-label': `Type actif (${nouveau ? 'nouveau type' : s.code})` } }}
        />
      </TableCell>
      <TableCell sx={{ pt: '12px !important' }}>
        <Button
          size="small"
          variant={nouveau || actionPossible ? 'contained' : 'text'}
          disabled={!actionPossible}
          onClick={onValider}
        >
          {libelleAction}
        </Button>
      </TableCell>
    </TableRow>
  );
}
