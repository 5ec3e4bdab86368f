import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Chip,
  CircularProgress,
  FormHelperText,
  IconButton,
  Skeleton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableRow,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import EditIcon from '@mui/icons-material/Edit';
import FlagIcon from '@mui/icons-material/Flag';
import LogoutIcon from '@mui/icons-material/Logout';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import UndoIcon from '@mui/icons-material/Undo';
import {
  MOTIF_SORTIE_LIBELLES,
  MOTIFS_SORTIE,
  MOTIFS_SORTIE_POSITIVE,
  SEQUENCE_ORIENTATION_MAX_MOIS,
  TYPE_SEQUENCE_LIBELLES,
  TYPES_SEQUENCE,
  type Diagnostic,
  type MotifSortie,
  type Parcours,
  type TypeParcours,
  type TypeSequence,
} from '../../../src-main/contract';
import { champErreur, messageErreur } from '../../api/client';
import { useConseillers } from '../../api/donnees';
import { useDroits, useUtilisateur } from '../../api/droits';
import { useAction, useLecture, useRequete } from '../../api/hooks';
import { EnTeteTableau, Vide } from '../../components/communs';
import { aujourdhuiIso, dateFr, dateIso } from '../../components/dates';
import { ChampDate, Formulaire, ListeChoix } from '../../components/formulaires';
import { useNotifier } from '../../components/Notifications';
import { telecharger } from '../../components/telechargement';
import { DialogueFormulaire } from './DialogueFormulaire';
import { CarteCiblee, ChampLibre, DateSaisie } from './elements';
import {
  dateEnvoyee,
  dateOptionnelle,
  finPrevueDepuis,
  frise,
  moisDuParcours,
  moisFr,
  niveauHeures,
  nombreSaisi,
  pdfEnBlob,
  sequenceSuivante,
  type SaisieSequence,
} from './logique';

const COULEUR_SEQUENCE: Record<TypeSequence, string> = {
  orientation: '#ef8f00',
  accompagnement: '#1f5f8b',
  suivi_emploi: '#2e7d32',
};

type Dialogue =
  | { type: 'ouvrir'; diagnostic: Diagnostic | null }
  | { type: 'modifier'; parcours: Parcours }
  | { type: 'sortie'; parcours: Parcours }
  | { type: 'annulerSortie'; parcours: Parcours };

/**
 * The jeune's contractualised parcours, most recent first, each with its séquences on a small
 * frieze, its warnings, its CEJ hours and its contract to print.
 */
export function ParcoursDuJeune({
  jeuneId,
  cible,
  proposer,
}: {
  jeuneId: number;
  /** A parcours opened from the timeline: framed. */
  cible: number | null;
  /** A diagnostic concluded « parcours »: the opening dialog starts from it. */
  proposer: number | null;
}) {
  const { peut } = useDroits();
  const parcours = useRequete('parcours.duJeune', { jeuneId });
  const types = useRequete('typesParcours.lister', {});
  const diagnostics = useRequete('diagnostics.duJeune', { jeuneId });
  const [dialogue, setDialogue] = useState<Dialogue | null>(null);
  // The proposal of the address is offered once; closing it does not bring it back.
  const [propositionVue, setPropositionVue] = useState(false);

  if (parcours.isLoading) return <Skeleton variant="rectangular" height={240} />;
  if (!parcours.data) return <Alert severity="error">{messageErreur(parcours.error)}</Alert>;
  const liste = parcours.data;
  // The latest diagnostic concluded « parcours » that no parcours follows yet.
  const enAttente =
    (diagnostics.data?.diagnostics ?? []).find(
      (d) => d.conclusion === 'parcours' && !liste.some((p) => p.diagnosticId === d.id),
    ) ?? null;
  const propose =
    proposer !== null && !propositionVue
      ? ((diagnostics.data?.diagnostics ?? []).find((d) => d.id === proposer) ?? null)
      : null;
  const affiche: Dialogue | null = dialogue ?? (propose ? { type: 'ouvrir', diagnostic: propose } : null);
  const fermer = () => {
    setDialogue(null);
    setPropositionVue(true);
  };
  const typeDe = (code: string) => types.data?.find((t) => t.code === code) ?? null;

  return (
    <Box>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 2, flexWrap: 'wrap', rowGap: 1 }}>
        <Typography variant="body2" color="text.secondary" sx={{ flex: 1 }}>
          {enAttente
            ? `Le diagnostic du ${dateFr(enAttente.conclusionLe ?? enAttente.debut)} propose un parcours : il n'est pas encore ouvert.`
            : ''}
        </Typography>
        {peut('parcours.ouvrir') ? (
          <Button
            variant="contained"
            startIcon={<FlagIcon />}
            onClick={() => setDialogue({ type: 'ouvrir', diagnostic: enAttente })}
          >
            Ouvrir un parcours
          </Button>
        ) : null}
      </Stack>
      {liste.length === 0 ? <Vide>Aucun parcours contractualisé.</Vide> : null}
      <Stack spacing={2}>
        {liste.map((p) => (
          <CarteParcours
            key={p.id}
            parcours={p}
            type={typeDe(p.typeCode)}
            cible={p.id === cible}
            onDialogue={setDialogue}
          />
        ))}
      </Stack>
      {affiche?.type === 'ouvrir' ? (
        <DialogueParcours
          jeuneId={jeuneId}
          diagnostic={affiche.diagnostic}
          types={types.data ?? []}
          onFermer={fermer}
        />
      ) : null}
      {affiche?.type === 'modifier' ? (
        <DialogueParcours jeuneId={jeuneId} parcours={affiche.parcours} types={types.data ?? []} onFermer={fermer} />
      ) : null}
      {affiche?.type === 'sortie' ? <DialogueSortie parcours={affiche.parcours} onFermer={fermer} /> : null}
      {affiche?.type === 'annulerSortie' ? (
        <DialogueAnnulerSortie parcours={affiche.parcours} onFermer={fermer} />
      ) : null}
    </Box>
  );
}

function CarteParcours({
  parcours: p,
  type,
  cible,
  onDialogue,
}: {
  parcours: Parcours;
  type: TypeParcours | null;
  cible: boolean;
  onDialogue: (d: Dialogue) => void;
}) {
  const { peut } = useDroits();
  const sorti = p.finReelle !== null;
  return (
    <CarteCiblee cible={cible} testId="carte-parcours">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Typography variant="h6" component="h3">
          {p.typeLibelle}
        </Typography>
        {sorti && p.motifSortie ? (
          <Chip
            color={MOTIFS_SORTIE_POSITIVE.includes(p.motifSortie) ? 'success' : 'default'}
            label={`Sorti le ${dateFr(p.finReelle)} : ${MOTIF_SORTIE_LIBELLES[p.motifSortie]}`}
            data-testid="puce-sortie"
          />
        ) : (
          <Chip color="primary" label="En cours" />
        )}
        {p.signatureDate === null ? <Chip color="warning" label="Contrat à signer" /> : null}
        <Box sx={{ flex: 1 }} />
        {peut('parcours.contrat') ? <BoutonContrat parcoursId={p.id} /> : null}
        {peut('parcours.modifier') ? (
          <Button size="small" startIcon={<EditIcon />} onClick={() => onDialogue({ type: 'modifier', parcours: p })}>
            Modifier
          </Button>
        ) : null}
        {!sorti && peut('parcours.sortir') ? (
          <Button
            size="small"
            variant="outlined"
            startIcon={<LogoutIcon />}
            onClick={() => onDialogue({ type: 'sortie', parcours: p })}
          >
            Sortie…
          </Button>
        ) : null}
        {sorti && peut('parcours.annulerSortie') ? (
          <Button
            size="small"
            startIcon={<UndoIcon />}
            onClick={() => onDialogue({ type: 'annulerSortie', parcours: p })}
          >
            Annuler la sortie
          </Button>
        ) : null}
      </Stack>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
        {p.signatureDate ? `Signé le ${dateFr(p.signatureDate)} · ` : ''}du {dateFr(p.debut)} au {dateFr(p.finPrevue)}{' '}
        (fin prévue{type ? `, ${type.dureeMaxMois} mois au plus` : ''}) · référent : {p.referentNom}
      </Typography>
      {p.avertissements.length > 0 ? (
        <Alert severity="warning" sx={{ mt: 1.5 }} data-testid="avertissements-parcours">
          {p.avertissements.map((a) => (
            <div key={a}>{a}</div>
          ))}
        </Alert>
      ) : null}
      {p.objectifs ? (
        <Typography variant="body2" sx={{ mt: 1.5, whiteSpace: 'pre-wrap' }}>
          <Box component="span" sx={{ color: 'text.secondary' }}>
            Objectifs :{' '}
          </Box>
          {p.objectifs}
        </Typography>
      ) : null}
      {p.sortieCommentaire ? (
        <Typography variant="body2" sx={{ mt: 0.5, whiteSpace: 'pre-wrap' }}>
          <Box component="span" sx={{ color: 'text.secondary' }}>
            Sortie :{' '}
          </Box>
          {p.sortieCommentaire}
        </Typography>
      ) : null}
      <Frise parcours={p} />
      {type && type.heuresHebdoMin !== null ? <HeuresCej parcours={p} type={type} /> : null}
    </CarteCiblee>
  );
}

/** The séquences on the parcours' span, today marked. */
function Frise({ parcours: p }: { parcours: Parcours }) {
  const aujourdhui = aujourdhuiIso();
  const { segments, aujourdhui: marque } = frise(p, aujourdhui);
  if (p.sequences.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1.5 }}>
        Aucune séquence.
      </Typography>
    );
  }
  return (
    <Box sx={{ mt: 2 }} data-testid="frise-sequences">
      <Box sx={{ position: 'relative', height: 30, bgcolor: 'grey.100', borderRadius: 1 }} aria-hidden>
        {segments.map((s, i) => (
          <Tooltip
            key={i}
            title={`${TYPE_SEQUENCE_LIBELLES[s.type]} : du ${dateFr(s.debut)}${s.fin ? ` au ${dateFr(s.fin)}` : ', en cours'}`}
          >
            <Box
              sx={{
                position: 'absolute',
                top: 3,
                bottom: 3,
                left: `${s.gauche}%`,
                width: `${s.largeur}%`,
                bgcolor: COULEUR_SEQUENCE[s.type],
                opacity: s.enCours ? 1 : 0.75,
                borderRadius: 0.75,
                color: '#fff',
                fontSize: '0.75rem',
                px: 0.75,
                display: 'flex',
                alignItems: 'center',
                overflow: 'hidden',
                whiteSpace: 'nowrap',
                textOverflow: 'ellipsis',
                outline: s.enCours ? '2px solid rgba(0,0,0,0.35)' : 'none',
              }}
            >
              {s.largeur >= 8 ? TYPE_SEQUENCE_LIBELLES[s.type] : null}
            </Box>
          </Tooltip>
        ))}
        {marque !== null ? (
          <Box
            sx={{ position: 'absolute', top: -3, bottom: -3, left: `${marque}%`, width: 2, bgcolor: 'error.main' }}
            title="Aujourd'hui"
          />
        ) : null}
      </Box>
      <Table size="small" aria-label="Séquences du parcours" sx={{ mt: 1, width: 'auto' }}>
        <TableBody>
          {p.sequences.map((s) => (
            <TableRow key={s.id} sx={{ '& td': { borderBottom: 0, py: 0.25 } }}>
              <TableCell sx={{ width: 16, pr: 0 }}>
                <Box sx={{ width: 10, height: 10, borderRadius: '50%', bgcolor: COULEUR_SEQUENCE[s.type] }} />
              </TableCell>
              <TableCell>{TYPE_SEQUENCE_LIBELLES[s.type]}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap', color: 'text.secondary' }}>
                du {dateFr(s.debut)} {s.fin ? `au ${dateFr(s.fin)}` : '— en cours'}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}

/** CEJ: the weekly activity hours declared for each month, against the 15-20 h target. */
function HeuresCej({ parcours: p, type }: { parcours: Parcours; type: TypeParcours }) {
  const { peut } = useDroits();
  const [tous, setTous] = useState(false);
  const min = type.heuresHebdoMin ?? 0;
  const max = type.heuresHebdoMax;
  const mois = moisDuParcours(p.debut, p.finReelle ?? p.finPrevue, aujourdhuiIso());
  const visibles = tous ? mois : mois.slice(0, 6);
  const declare = (m: string) => p.heures.find((h) => h.mois === m)?.heuresHebdo ?? null;
  return (
    <Box sx={{ mt: 2 }} data-testid="heures-cej">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline', mb: 0.5 }}>
        <Typography variant="subtitle2">Heures d'activité hebdomadaires</Typography>
        <Typography variant="body2" color="text.secondary" data-testid="objectif-heures">
          Objectif : {min} à {max ?? min} h par semaine
        </Typography>
      </Stack>
      {mois.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          Le parcours n'a pas encore commencé.
        </Typography>
      ) : (
        <Table size="small" aria-label="Heures déclarées par mois" sx={{ maxWidth: 640 }}>
          <EnTeteTableau colonnes={['Mois', 'Heures par semaine', '']} />
          <TableBody>
            {visibles.map((m) => (
              <LigneHeures
                key={`${m}-${declare(m) ?? ''}`}
                parcoursId={p.id}
                mois={m}
                declare={declare(m)}
                min={min}
                max={max}
                modifiable={peut('parcours.declarerHeures')}
              />
            ))}
          </TableBody>
        </Table>
      )}
      {mois.length > 6 ? (
        <Button size="small" onClick={() => setTous((t) => !t)} sx={{ mt: 0.5 }}>
          {tous ? 'Les six derniers mois' : `Tous les mois (${mois.length})`}
        </Button>
      ) : null}
    </Box>
  );
}

function LigneHeures({
  parcoursId,
  mois,
  declare,
  min,
  max,
  modifiable,
}: {
  parcoursId: number;
  mois: string;
  declare: number | null;
  min: number;
  max: number | null;
  modifiable: boolean;
}) {
  const notifier = useNotifier();
  const declarer = useAction('parcours.declarerHeures');
  const [valeur, setValeur] = useState(declare === null ? '' : String(declare));
  const niveau = declare === null ? null : niveauHeures(declare, min, max);
  const change = valeur.trim() !== (declare === null ? '' : String(declare));
  return (
    <TableRow data-testid="ligne-heures">
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{moisFr(mois)}</TableCell>
      <TableCell>
        {modifiable ? (
          <Formulaire
            onEnvoyer={() =>
              declarer.mutate(
                { parcoursId, mois, heuresHebdo: nombreSaisi(valeur) ?? Number.NaN },
                {
                  onSuccess: (r) =>
                    notifier(
                      [`Heures de ${moisFr(mois)} enregistrées.`, ...r.avertissements].join(' '),
                      r.avertissements.length > 0 ? 'warning' : 'success',
                    ),
                },
              )
            }
            sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}
          >
            <TextField
              value={valeur}
              onChange={(e) => setValeur(e.target.value)}
              placeholder="h"
              error={Boolean(declarer.error)}
              helperText={
                declarer.error ? (champErreur(declarer.error, 'heuresHebdo') ?? declarer.error.message) : undefined
              }
              slotProps={{ htmlInput: { inputMode: 'decimal', 'aria-label': `Heures par semaine, ${moisFr(mois)}` } }}
              sx={{ width: 110 }}
            />
            {change ? (
              <Button type="submit" size="small" variant="outlined" disabled={declarer.isPending} sx={{ mt: 0.25 }}>
                {declarer.isPending ? <CircularProgress size={16} aria-label="En cours" /> : 'Déclarer'}
              </Button>
            ) : null}
          </Formulaire>
        ) : (
          (declare ?? '—')
        )}
      </TableCell>
      <TableCell>
        {niveau === 'sous' ? <Chip size="small" color="warning" label={`Sous l'objectif de ${min} h`} /> : null}
        {niveau === 'dans' ? <Chip size="small" color="success" label="Dans l'objectif" /> : null}
        {niveau === 'au_dela' ? <Chip size="small" color="info" label={`Au-delà de ${max ?? min} h`} /> : null}
        {niveau === null ? (
          <Typography variant="caption" color="text.secondary">
            Non déclaré
          </Typography>
        ) : null}
      </TableCell>
    </TableRow>
  );
}

/** The contract to print and sign: a PDF saved by the browser (or Electron's save dialog). */
function BoutonContrat({ parcoursId }: { parcoursId: number }) {
  const notifier = useNotifier();
  const contrat = useLecture('parcours.contrat');
  return (
    <Button
      size="small"
      startIcon={contrat.isPending ? <CircularProgress size={16} aria-label="En cours" /> : <PictureAsPdfIcon />}
      disabled={contrat.isPending}
      onClick={() =>
        contrat.mutate(
          { id: parcoursId },
          {
            onSuccess: (r) => {
              telecharger(r.nomFichier, pdfEnBlob(r.pdfBase64));
              notifier(`Contrat téléchargé : ${r.nomFichier}.`);
            },
            onError: (e) => notifier(e.message, 'error'),
          },
        )
      }
    >
      Contrat à imprimer (PDF)
    </Button>
  );
}

interface SaisieParcours {
  typeCode: string | null;
  signatureDate: string;
  debut: string;
  finPrevue: string;
  /** The planned end follows the type and the start until the person types one. */
  finAuto: boolean;
  referentId: number | null;
  objectifs: string;
  sequences: SaisieSequence[];
}

/** Opens a parcours (from a diagnostic's proposal, if any) or changes one. */
function DialogueParcours({
  jeuneId,
  parcours,
  diagnostic,
  types,
  onFermer,
}: {
  jeuneId: number;
  parcours?: Parcours;
  diagnostic?: Diagnostic | null;
  types: TypeParcours[];
  onFermer: () => void;
}) {
  const notifier = useNotifier();
  const utilisateur = useUtilisateur();
  const conseillers = useConseillers();
  const fiche = useRequete('jeunes.lire', { id: jeuneId });
  const ouvrir = useAction('parcours.ouvrir');
  const modifier = useAction('parcours.modifier');
  const action = parcours ? modifier : ouvrir;
  const [s, setS] = useState<SaisieParcours>(() => {
    if (parcours) {
      return {
        typeCode: parcours.typeCode,
        signatureDate: dateFr(parcours.signatureDate),
        debut: dateFr(parcours.debut),
        finPrevue: dateFr(parcours.finPrevue),
        finAuto: false,
        referentId: parcours.referentId,
        objectifs: parcours.objectifs ?? '',
        sequences: parcours.sequences.map((q) => ({ type: q.type, debut: dateFr(q.debut), fin: dateFr(q.fin) })),
      };
    }
    const aujourdhui = aujourdhuiIso();
    const typeCode = diagnostic?.typeParcoursPropose ?? null;
    const type = types.find((t) => t.code === typeCode);
    return {
      typeCode,
      signatureDate: '',
      debut: dateFr(aujourdhui),
      finPrevue: type ? dateFr(finPrevueDepuis(aujourdhui, type.dureeMaxMois)) : '',
      finAuto: true,
      referentId: null,
      objectifs: '',
      sequences: [{ type: 'orientation', debut: dateFr(aujourdhui), fin: '' }],
    };
  });
  const [modifie, setModifie] = useState(false);
  const [locales, setLocales] = useState<Record<string, string>>({});
  // The jeune's référent by default, else the conseiller opening it.
  const referentParDefaut =
    fiche.data?.jeune.conseillerReferentId ?? (utilisateur.roles.includes('conseiller') ? utilisateur.id : null);
  const referentId = s.referentId ?? referentParDefaut;
  const type = types.find((t) => t.code === s.typeCode) ?? null;
  const offerts = types.filter((t) => (t.actif && !t.historique) || t.code === parcours?.typeCode);
  const options = (conseillers.data ?? []).map((c) => ({ valeur: c.id, libelle: `${c.prenom} ${c.nom}` }));
  if (referentId !== null && !options.some((o) => o.valeur === referentId)) {
    options.push({
      valeur: referentId,
      libelle: parcours?.referentNom ?? fiche.data?.jeune.conseillerNom ?? `${utilisateur.prenom} ${utilisateur.nom}`,
    });
  }
  const erreur = action.error;
  const e = (chemin: string) => locales[chemin] ?? champErreur(erreur, chemin);

  const maj = (p: Partial<SaisieParcours>) => {
    setModifie(true);
    setS((avant) => {
      const suivant = { ...avant, ...p };
      if ('finPrevue' in p) suivant.finAuto = false;
      const debut = dateIso(suivant.debut);
      const t = types.find((x) => x.code === suivant.typeCode);
      if (suivant.finAuto && debut && t) suivant.finPrevue = dateFr(finPrevueDepuis(debut, t.dureeMaxMois));
      // The first séquence starts with the parcours, until it is given its own start.
      const premiere = suivant.sequences[0];
      if ('debut' in p && premiere && premiere.debut === avant.debut) {
        suivant.sequences = [{ ...premiere, debut: suivant.debut }, ...suivant.sequences.slice(1)];
      }
      return suivant;
    });
  };
  const majSequence = (i: number, p: Partial<SaisieSequence>) =>
    maj({ sequences: s.sequences.map((q, j) => (j === i ? { ...q, ...p } : q)) });

  const envoyer = () => {
    const manque: Record<string, string> = {};
    if (!s.typeCode) manque.typeCode = 'Choisissez le type de parcours.';
    if (referentId === null) manque.referentId = 'Choisissez le conseiller référent du parcours.';
    setLocales(manque);
    if (!s.typeCode || referentId === null) return;
    const commun = {
      typeCode: s.typeCode,
      signatureDate: dateOptionnelle(s.signatureDate),
      debut: dateEnvoyee(s.debut),
      finPrevue: dateEnvoyee(s.finPrevue),
      referentId,
      objectifs: s.objectifs,
      sequences: s.sequences.map((q) => ({ type: q.type, debut: dateEnvoyee(q.debut), fin: dateOptionnelle(q.fin) })),
    };
    const fin = (message: string, avertissements: string[]) => {
      notifier([message, ...avertissements].join(' '), avertissements.length > 0 ? 'warning' : 'success');
      onFermer();
    };
    if (parcours) {
      modifier.mutate(
        { ...commun, id: parcours.id, diagnosticId: parcours.diagnosticId },
        { onSuccess: (r) => fin('Parcours enregistré.', r.avertissements) },
      );
    } else {
      ouvrir.mutate(
        { ...commun, jeuneId, diagnosticId: diagnostic?.id ?? null },
        { onSuccess: (r) => fin('Parcours ouvert.', r.avertissements) },
      );
    }
  };

  return (
    <DialogueFormulaire
      titre={parcours ? `Modifier le parcours ${parcours.typeLibelle}` : 'Ouvrir un parcours'}
      sousTitre={
        !parcours && diagnostic
          ? `Suite au diagnostic du ${dateFr(diagnostic.debut)} (${diagnostic.conseillerNom}).`
          : undefined
      }
      enCours={action.isPending}
      modifie={modifie}
      onFermer={onFermer}
      onEnvoyer={envoyer}
      libelleEnvoi={parcours ? 'Enregistrer' : 'Ouvrir le parcours'}
      erreur={erreur}
      maxWidth="md"
      testId="dialogue-parcours"
    >
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 2, pt: 1 }}>
        <Box sx={{ gridColumn: '1 / -1' }}>
          <ListeChoix
            label="Type de parcours *"
            valeur={s.typeCode}
            onChange={(typeCode) => maj({ typeCode })}
            options={offerts.map((t) => ({ valeur: t.code, libelle: `${t.libelle} — ${t.dureeMaxMois} mois au plus` }))}
            erreur={e('typeCode')}
            sx={{ width: '100%' }}
          />
          {type ? (
            <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 0.5, ml: 1.5 }}>
              Durée maximale : {type.dureeMaxMois} mois
              {type.heuresHebdoMin !== null
                ? ` · ${type.heuresHebdoMin} à ${type.heuresHebdoMax ?? type.heuresHebdoMin} h d'activité par semaine, déclarées chaque mois`
                : ''}
            </Typography>
          ) : null}
        </Box>
        <DateSaisie
          label="Date de signature"
          valeur={s.signatureDate}
          onChange={(signatureDate) => maj({ signatureDate })}
          erreur={e('signatureDate')}
          aide="Vide : contrat à signer"
        />
        <ListeChoix
          label="Conseiller référent *"
          valeur={referentId}
          onChange={(v) => maj({ referentId: v })}
          options={options}
          erreur={e('referentId')}
        />
        <DateSaisie label="Début" required valeur={s.debut} onChange={(debut) => maj({ debut })} erreur={e('debut')} />
        <DateSaisie
          label="Fin prévue"
          required
          valeur={s.finPrevue}
          onChange={(finPrevue) => maj({ finPrevue })}
          erreur={e('finPrevue')}
          aide={s.finAuto && type ? `Début + ${type.dureeMaxMois} mois` : undefined}
        />
        <ChampLibre
          label="Objectifs"
          sx={{ gridColumn: '1 / -1' }}
          lignes={[2, 8]}
          valeur={s.objectifs}
          onChange={(v) => maj({ objectifs: v })}
          erreur={e('objectifs')}
        />
      </Box>
      <Typography variant="subtitle2" sx={{ mt: 2.5, mb: 1 }}>
        Séquences, dans l'ordre
      </Typography>
      {e('sequences') ? (
        <Alert severity="error" sx={{ mb: 1 }}>
          {e('sequences')}
        </Alert>
      ) : null}
      <Stack spacing={1.5} aria-label="Séquences" role="group">
        {s.sequences.map((q, i) => {
          const erreurs = (['type', 'debut', 'fin'] as const).map((c) => e(`sequences.${i}.${c}`));
          return (
            <Box key={i} data-testid="saisie-sequence">
              <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
                <Typography sx={{ width: 20, pt: 1, color: 'text.secondary' }}>{i + 1}.</Typography>
                <ListeChoix
                  ariaLabel={`Type de la séquence ${i + 1}`}
                  valeur={q.type}
                  onChange={(t) => t && majSequence(i, { type: t })}
                  options={TYPES_SEQUENCE.map((t) => ({ valeur: t, libelle: TYPE_SEQUENCE_LIBELLES[t] }))}
                  sx={{ flex: 2, minWidth: 0, ...(erreurs[0] ? { '& fieldset': { borderColor: 'error.main' } } : {}) }}
                />
                <DateSaisie
                  label="Début"
                  sx={{ flex: 1, minWidth: 130 }}
                  valeur={q.debut}
                  onChange={(debut) => majSequence(i, { debut })}
                  erreur={erreurs[1]}
                />
                <ChampDate
                  label="Fin"
                  value={q.fin}
                  onChange={(fin) => majSequence(i, { fin })}
                  error={Boolean(erreurs[2])}
                  helperText={
                    q.type === 'orientation' ? `${SEQUENCE_ORIENTATION_MAX_MOIS} mois au plus` : 'Vide : en cours'
                  }
                  sx={{ flex: 1, minWidth: 130 }}
                />
                <Tooltip title="Retirer la séquence">
                  <IconButton
                    aria-label={`Retirer la séquence ${i + 1}`}
                    onClick={() => maj({ sequences: s.sequences.filter((_, j) => j !== i) })}
                  >
                    <DeleteIcon fontSize="small" />
                  </IconButton>
                </Tooltip>
              </Stack>
              {/* The séquence's messages under the whole line: they name dates of both fields. */}
              {erreurs.some(Boolean) ? (
                <FormHelperText error sx={{ ml: 4 }}>
                  {[...new Set(erreurs.filter(Boolean))].join(' ')}
                </FormHelperText>
              ) : null}
            </Box>
          );
        })}
      </Stack>
      <Button
        startIcon={<AddIcon />}
        sx={{ mt: 1 }}
        disabled={s.sequences.length >= 20}
        onClick={() => maj({ sequences: [...s.sequences, sequenceSuivante(s.sequences, s.debut)] })}
      >
        Ajouter une séquence
      </Button>
    </DialogueFormulaire>
  );
}

/** The exit: date (today by default), motif, comment; the séquence under way ends that day. */
function DialogueSortie({ parcours, onFermer }: { parcours: Parcours; onFermer: () => void }) {
  const notifier = useNotifier();
  const sortir = useAction('parcours.sortir');
  const [date, setDate] = useState(dateFr(aujourdhuiIso()));
  const [motif, setMotif] = useState<MotifSortie | null>(null);
  const [commentaire, setCommentaire] = useState('');
  const [manque, setManque] = useState<string>();
  const [modifie, setModifie] = useState(false);
  const erreur = sortir.error;
  return (
    <DialogueFormulaire
      titre="Sortie du parcours"
      sousTitre={`${parcours.typeLibelle} commencé le ${dateFr(parcours.debut)}`}
      enCours={sortir.isPending}
      modifie={modifie}
      onFermer={onFermer}
      onEnvoyer={() => {
        if (motif === null) {
          setManque('Choisissez le motif de sortie.');
          return;
        }
        sortir.mutate(
          { id: parcours.id, date: dateEnvoyee(date), motif, commentaire },
          {
            onSuccess: (r) => {
              notifier(
                [`Sortie enregistrée : ${MOTIF_SORTIE_LIBELLES[motif]}.`, ...r.avertissements].join(' '),
                r.avertissements.length > 0 ? 'warning' : 'success',
              );
              onFermer();
            },
          },
        );
      }}
      libelleEnvoi="Enregistrer la sortie"
      erreur={erreur}
      testId="dialogue-sortie"
    >
      <Stack spacing={2} sx={{ pt: 1 }}>
        <DateSaisie
          label="Date de sortie"
          required
          autoFocus
          valeur={date}
          onChange={(v) => {
            setModifie(true);
            setDate(v);
          }}
          erreur={champErreur(erreur, 'date')}
        />
        <ListeChoix
          label="Motif de sortie *"
          valeur={motif}
          onChange={(v) => {
            setModifie(true);
            setManque(undefined);
            setMotif(v);
          }}
          options={MOTIFS_SORTIE.map((m) => ({
            valeur: m,
            libelle: `${MOTIF_SORTIE_LIBELLES[m]}${MOTIFS_SORTIE_POSITIVE.includes(m) ? ' (sortie positive)' : ''}`,
          }))}
          erreur={manque ?? champErreur(erreur, 'motif')}
        />
        <ChampLibre
          label="Commentaire"
          lignes={[2, 6]}
          valeur={commentaire}
          onChange={(v) => {
            setModifie(true);
            setCommentaire(v);
          }}
          erreur={champErreur(erreur, 'commentaire')}
        />
      </Stack>
    </DialogueFormulaire>
  );
}

function DialogueAnnulerSortie({ parcours, onFermer }: { parcours: Parcours; onFermer: () => void }) {
  const notifier = useNotifier();
  const annuler = useAction('parcours.annulerSortie');
  return (
    <DialogueFormulaire
      titre="Annuler la sortie ?"
      enCours={annuler.isPending}
      modifie={false}
      onFermer={onFermer}
      onEnvoyer={() =>
        annuler.mutate(
          { id: parcours.id },
          {
            onSuccess: (r) => {
              notifier(
                ['Sortie annulée : le parcours est de nouveau en cours.', ...r.avertissements].join(' '),
                r.avertissements.length > 0 ? 'warning' : 'success',
              );
              onFermer();
            },
          },
        )
      }
      libelleEnvoi="Annuler la sortie"
      libelleAnnuler="Garder la sortie"
      erreur={annuler.error}
    >
      <Typography>
        La sortie du {dateFr(parcours.finReelle)}
        {parcours.motifSortie ? ` (${MOTIF_SORTIE_LIBELLES[parcours.motifSortie]})` : ''} sera effacée et le parcours{' '}
        {parcours.typeLibelle} redeviendra en cours. À faire seulement pour une sortie saisie par erreur.
      </Typography>
    </DialogueFormulaire>
  );
}
