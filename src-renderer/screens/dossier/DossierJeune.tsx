import { useCallback, useEffect, useMemo, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Box,
  Button,
  Chip,
  LinearProgress,
  Paper,
  Skeleton,
  Stack,
  Tab,
  Tabs,
  Tooltip,
  Typography,
} from '@mui/material';
import CallMergeIcon from '@mui/icons-material/CallMerge';
import PostAddIcon from '@mui/icons-material/PostAdd';
import {
  SEXE_LIBELLES,
  SOUS_TYPES_SITUATION,
  TYPE_SEQUENCE_LIBELLES,
  TYPE_SITUATION_LIBELLES,
  type EntreeChronologie,
} from '../../../src-main/contract';
import { messageErreur } from '../../api/client';
import { useDroits } from '../../api/droits';
import { useRequete } from '../../api/hooks';
import { Touche } from '../../components/communs';
import { aujourdhuiIso, dateFr } from '../../components/dates';
import { naviguer, useChemin } from '../../components/navigation';
import { Chronologie, type FiltreChronologie } from './Chronologie';
import { DetailContact } from './DetailContact';
import { Diagnostics } from './Diagnostic';
import { DialogueEvenement } from './DialogueEvenement';
import { DialogueFusion } from './DialogueFusion';
import { Fiche, type BrouillonFiche } from './Fiche';
import { FormationDuJeune, type CibleFormation } from './Formation';
import { nomComplet, sequenceCourante } from './logique';
import { MisesEnRelation } from './MisesEnRelation';
import { ParcoursDuJeune } from './Parcours';
import { Orientations } from './Orientations';
import { DialogueSituation, Situations } from './Situations';
import { RechercheJeune } from './RechercheJeune';

const ONGLETS = [
  { valeur: 'chronologie', libelle: 'Chronologie' },
  { valeur: 'fiche', libelle: 'Fiche' },
  { valeur: 'diagnostic', libelle: 'Diagnostic' },
  { valeur: 'parcours', libelle: 'Parcours' },
  { valeur: 'situations', libelle: 'Situations' },
  { valeur: 'orientations', libelle: 'Orientations' },
  { valeur: 'mises-en-relation', libelle: 'Mises en relation' },
  { valeur: 'formation', libelle: 'Formation' },
] as const;
export type OngletDossier = (typeof ONGLETS)[number]['valeur'];

/** What opens above the file: a record of the timeline, a new event, the merge. */
type Dialogue =
  | { type: 'evenement'; id: number | null }
  | { type: 'situation'; id: number }
  | { type: 'contact'; genre: 'accueil' | 'rendez_vous'; id: number }
  | { type: 'fusion' };

/**
 * The jeune's full file, where a conseiller spends the day: the header (who, where they stand),
 * then the timeline, the profile, the diagnostics, the parcours, the situations, the
 * orientations, the mises en relation with firms' offers and the training (candidacies on
 * actions, unmet needs). The address carries the file and the sub-tab
 * (`#/dossier?jeune=12&onglet=parcours&parcours=3`), so that a reload or « Précédent » stays
 * where the person was.
 */
export function DossierJeune({ jeuneId }: { jeuneId: number | null }) {
  if (jeuneId === null) return <OuvrirDossier />;
  return <Dossier jeuneId={jeuneId} />;
}

/** Where a file's unsaved profile waits while its screen is closed. */
function cleBrouillon(jeuneId: number) {
  return ['brouillon-fiche', jeuneId] as const;
}

function OuvrirDossier() {
  return (
    <Box sx={{ p: 2, maxWidth: 900, mx: 'auto' }}>
      <Typography variant="h5" component="h1" sx={{ mb: 0.5 }}>
        Dossier du jeune
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        Recherchez le jeune, puis ouvrez son dossier (↑ ↓ pour choisir, Entrée pour ouvrir).
      </Typography>
      <Paper variant="outlined" sx={{ p: 2 }}>
        <RechercheJeune
          libelle="Rechercher un dossier"
          autoFocus
          onChoisir={(j) => naviguer('dossier', { jeune: j.id })}
        />
      </Paper>
    </Box>
  );
}

function Dossier({ jeuneId }: { jeuneId: number }) {
  const { peut } = useDroits();
  const chemin = useChemin();
  const demande = chemin.params.get('onglet');
  // A sub-tab whose list the person may not read is not offered (the desk's staff see the timeline).
  const lisOrientations = peut('orientations.duJeune');
  const lisMisesEnRelation = peut('misesEnRelation.duJeune');
  const lisFormation = peut('positionnements.duJeune');
  const onglets = useMemo(
    () =>
      ONGLETS.filter(
        (o) =>
          (o.valeur !== 'orientations' || lisOrientations) &&
          (o.valeur !== 'mises-en-relation' || lisMisesEnRelation) &&
          (o.valeur !== 'formation' || lisFormation),
      ),
    [lisOrientations, lisMisesEnRelation, lisFormation],
  );
  const onglet: OngletDossier = onglets.find((o) => o.valeur === demande)?.valeur ?? 'chronologie';
  const parcoursCible = Number(chemin.params.get('parcours')) || null;
  const diagnosticCible = Number(chemin.params.get('diagnostic')) || null;
  const diagnosticPropose = Number(chemin.params.get('proposer')) || null;
  const orientationCible = Number(chemin.params.get('orientation')) || null;
  const miseEnRelationCible = Number(chemin.params.get('miseEnRelation')) || null;
  const positionnementCible = Number(chemin.params.get('positionnement')) || null;
  const besoinCible = Number(chemin.params.get('besoin')) || null;
  const formationCible: CibleFormation = positionnementCible
    ? { type: 'positionnement', id: positionnementCible }
    : besoinCible
      ? { type: 'besoin', id: besoinCible }
      : null;
  const fiche = useRequete('jeunes.lire', { id: jeuneId });
  const [dialogue, setDialogue] = useState<Dialogue | null>(null);
  // The profile being typed survives a look at another sub-tab, and at another screen (never lose a
  // word): it waits in the query cache, which locking or signing out empties like everything read.
  const client = useQueryClient();
  const [brouillon, setBrouillonEcran] = useState<BrouillonFiche | null>(
    () => client.getQueryData<BrouillonFiche>(cleBrouillon(jeuneId)) ?? null,
  );
  const setBrouillon = useCallback(
    (b: BrouillonFiche | null) => {
      setBrouillonEcran(b);
      if (b === null) client.removeQueries({ queryKey: cleBrouillon(jeuneId), exact: true });
      else {
        client.setQueryDefaults(cleBrouillon(jeuneId), { gcTime: Infinity });
        client.setQueryData(cleBrouillon(jeuneId), b);
      }
    },
    [client, jeuneId],
  );
  const [filtre, setFiltre] = useState<FiltreChronologie>({ genres: [], theme: null });
  const creeEvenements = peut('evenements.creer');

  const allerA = (o: OngletDossier, cible?: Record<string, number>) =>
    naviguer('dossier', { jeune: jeuneId, ...(o === 'chronologie' ? {} : { onglet: o }), ...cible });

  useEffect(() => {
    const raccourci = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey || dialogue !== null) return;
      if (creeEvenements && (e.key === 'n' || e.key === 'N' || e.code === 'KeyN')) {
        e.preventDefault();
        setDialogue({ type: 'evenement', id: null });
        return;
      }
      const rang = /^Digit([1-9])$/.exec(e.code)?.[1];
      const o = rang ? onglets[Number(rang) - 1] : undefined;
      if (o) {
        e.preventDefault();
        naviguer('dossier', { jeune: jeuneId, ...(o.valeur === 'chronologie' ? {} : { onglet: o.valeur }) });
      }
    };
    window.addEventListener('keydown', raccourci);
    return () => window.removeEventListener('keydown', raccourci);
  }, [creeEvenements, dialogue, jeuneId, onglets]);

  const ouvrir = (e: EntreeChronologie) => {
    const { type, id } = e.cible;
    switch (type) {
      case 'evenement':
        setDialogue({ type: 'evenement', id });
        break;
      case 'situation':
        setDialogue({ type: 'situation', id });
        break;
      case 'accueil':
      case 'rendez_vous':
        setDialogue({ type: 'contact', genre: type, id });
        break;
      case 'diagnostic':
        allerA('diagnostic', { diagnostic: id });
        break;
      case 'parcours':
        allerA('parcours', { parcours: id });
        break;
      case 'atelier':
        naviguer('ateliers', { atelier: id });
        break;
      case 'orientation':
        allerA('orientations', { orientation: id });
        break;
      case 'mise_en_relation':
        allerA('mises-en-relation', { miseEnRelation: id });
        break;
      case 'positionnement':
        allerA('formation', { positionnement: id });
        break;
      case 'besoin_formation':
        allerA('formation', { besoin: id });
        break;
    }
  };

  return (
    <Box sx={{ p: 2, maxWidth: 1400, mx: 'auto' }}>
      <EnTete
        jeuneId={jeuneId}
        onEvenement={creeEvenements ? () => setDialogue({ type: 'evenement', id: null }) : null}
        onFusion={peut('jeunes.fusionner') ? () => setDialogue({ type: 'fusion' }) : null}
      />
      <Paper variant="outlined" sx={{ mt: 2 }}>
        <Tabs
          value={onglet}
          onChange={(_, v: OngletDossier) => allerA(v)}
          aria-label="Sections du dossier"
          variant="scrollable"
          scrollButtons="auto"
          sx={{ px: 1, borderBottom: 1, borderColor: 'divider' }}
        >
          {onglets.map((o, i) => (
            <Tab
              key={o.valeur}
              value={o.valeur}
              id={`onglet-${o.valeur}`}
              aria-controls={`panneau-${o.valeur}`}
              title={`Alt+${i + 1}`}
              label={
                o.valeur === 'fiche' && brouillon !== null ? (
                  <span>
                    Fiche{' '}
                    <Box component="span" sx={{ color: 'warning.main' }} aria-label="modifiée, non enregistrée">
                      •
                    </Box>
                  </span>
                ) : (
                  o.libelle
                )
              }
            />
          ))}
        </Tabs>
        <Box role="tabpanel" id={`panneau-${onglet}`} aria-labelledby={`onglet-${onglet}`} sx={{ p: 2 }}>
          {onglet === 'chronologie' ? (
            <Chronologie jeuneId={jeuneId} filtre={filtre} onFiltre={setFiltre} onOuvrir={ouvrir} />
          ) : null}
          {onglet === 'fiche' ? <Fiche jeuneId={jeuneId} brouillon={brouillon} onBrouillon={setBrouillon} /> : null}
          {onglet === 'diagnostic' ? (
            <Diagnostics
              jeuneId={jeuneId}
              cible={diagnosticCible}
              onOuvrirParcours={(diagnosticId) => allerA('parcours', { proposer: diagnosticId })}
              onOuvrirOrientation={(orientationId) => allerA('orientations', { orientation: orientationId })}
            />
          ) : null}
          {onglet === 'parcours' ? (
            <ParcoursDuJeune jeuneId={jeuneId} cible={parcoursCible} proposer={diagnosticPropose} />
          ) : null}
          {onglet === 'situations' ? <Situations jeuneId={jeuneId} /> : null}
          {onglet === 'orientations' ? <Orientations jeuneId={jeuneId} cible={orientationCible} /> : null}
          {onglet === 'mises-en-relation' ? <MisesEnRelation jeuneId={jeuneId} cible={miseEnRelationCible} /> : null}
          {onglet === 'formation' ? <FormationDuJeune jeuneId={jeuneId} cible={formationCible} /> : null}
        </Box>
      </Paper>

      {dialogue?.type === 'evenement' ? (
        <DialogueEvenement jeuneId={jeuneId} evenementId={dialogue.id} onFermer={() => setDialogue(null)} />
      ) : null}
      {dialogue?.type === 'situation' ? (
        <SituationDeLaChronologie jeuneId={jeuneId} id={dialogue.id} onFermer={() => setDialogue(null)} />
      ) : null}
      {dialogue?.type === 'contact' && fiche.data ? (
        <DetailContact lu={fiche.data} genre={dialogue.genre} id={dialogue.id} onFermer={() => setDialogue(null)} />
      ) : null}
      {dialogue?.type === 'fusion' && fiche.data ? (
        <DialogueFusion jeune={fiche.data.jeune} onFermer={() => setDialogue(null)} />
      ) : null}
    </Box>
  );
}

/** A situation line of the timeline opens the situation's own dialog, once the list is read. */
function SituationDeLaChronologie({ jeuneId, id, onFermer }: { jeuneId: number; id: number; onFermer: () => void }) {
  const situations = useRequete('situations.duJeune', { jeuneId });
  if (situations.isLoading) return <LinearProgress sx={{ position: 'fixed', top: 0, left: 0, right: 0 }} />;
  const situation = situations.data?.find((s) => s.id === id) ?? null;
  if (!situation) {
    return (
      <Alert
        severity="error"
        onClose={onFermer}
        sx={{ position: 'fixed', bottom: 16, left: 16, right: 16, zIndex: 1400 }}
      >
        {situations.error ? messageErreur(situations.error) : 'Cette situation n’existe plus : elle a été supprimée.'}
      </Alert>
    );
  }
  return <DialogueSituation jeuneId={jeuneId} situation={situation} onFermer={onFermer} />;
}

/** Who the jeune is and where they stand, with the two actions of the file. */
function EnTete({
  jeuneId,
  onEvenement,
  onFusion,
}: {
  jeuneId: number;
  onEvenement: (() => void) | null;
  onFusion: (() => void) | null;
}) {
  const fiche = useRequete('jeunes.lire', { id: jeuneId });
  const parcours = useRequete('parcours.duJeune', { jeuneId });
  const situations = useRequete('situations.duJeune', { jeuneId });
  const aujourdhui = aujourdhuiIso();

  if (fiche.isLoading) {
    return (
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Skeleton width="40%" height={40} />
        <Skeleton width="70%" />
        <Skeleton width="55%" />
      </Paper>
    );
  }
  if (!fiche.data) {
    return (
      <Alert
        severity="error"
        action={
          <Button color="inherit" onClick={() => naviguer('dossier')}>
            Chercher un autre dossier
          </Button>
        }
      >
        {messageErreur(fiche.error)}
      </Alert>
    );
  }
  const { jeune, avertissements } = fiche.data;
  const ouvert = (parcours.data ?? []).find((p) => p.finReelle === null) ?? null;
  const sequence = ouvert ? sequenceCourante(ouvert.sequences, aujourdhui) : null;
  const enCours = (situations.data ?? []).filter((s) => s.enCours);

  return (
    <Paper variant="outlined" sx={{ overflow: 'hidden' }}>
      <Box sx={{ height: 2 }}>{fiche.isFetching ? <LinearProgress sx={{ height: 2 }} /> : null}</Box>
      <Box sx={{ px: 2, pt: 1, pb: 1.5 }}>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start', flexWrap: 'wrap', rowGap: 1 }}>
          <Box sx={{ flex: 1, minWidth: 280 }}>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline', flexWrap: 'wrap' }}>
              <Typography variant="h5" component="h1" data-testid="dossier-nom">
                {nomComplet(jeune)}
              </Typography>
              <Typography color="text.secondary">dossier n° {jeune.id}</Typography>
            </Stack>
            <Typography color="text.secondary" sx={{ mt: 0.25 }}>
              <strong>{jeune.age} ans</strong> · né(e) le {dateFr(jeune.dateNaissance)} · {SEXE_LIBELLES[jeune.sexe]}
              {jeune.communeNom ? ` · ${jeune.communeNom}` : ''}
              {' · '}
              Référent : <span data-testid="dossier-referent">{jeune.conseillerNom ?? 'aucun'}</span>
            </Typography>
          </Box>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
            {onEvenement ? (
              <Tooltip title="Raccourci : Alt+N" describeChild>
                <Button variant="contained" startIcon={<PostAddIcon />} onClick={onEvenement}>
                  Nouvel événement <Touche>Alt+N</Touche>
                </Button>
              </Tooltip>
            ) : null}
            {onFusion ? (
              <Button variant="outlined" startIcon={<CallMergeIcon />} onClick={onFusion}>
                Fusionner avec un autre dossier…
              </Button>
            ) : null}
          </Stack>
        </Stack>
        <Stack
          direction="row"
          spacing={1}
          sx={{ mt: 1.25, flexWrap: 'wrap', rowGap: 1, alignItems: 'center' }}
          data-testid="dossier-puces"
        >
          {jeune.qpv ? <Chip size="small" color="secondary" label="QPV" /> : null}
          {jeune.zrr ? <Chip size="small" color="success" label="ZRR" /> : null}
          {jeune.rqth ? <Chip size="small" label="RQTH" /> : null}
          {ouvert ? (
            <Chip
              size="small"
              color="primary"
              label={`${ouvert.typeLibelle} depuis le ${dateFr(ouvert.debut)}${ouvert.signatureDate ? '' : ' (contrat à signer)'}`}
              data-testid="puce-parcours"
            />
          ) : parcours.data ? (
            <Chip size="small" variant="outlined" label="Aucun parcours en cours" data-testid="puce-parcours" />
          ) : null}
          {sequence ? (
            <Chip
              size="small"
              color="primary"
              variant="outlined"
              label={`Séquence : ${TYPE_SEQUENCE_LIBELLES[sequence.type]}`}
              data-testid="puce-sequence"
            />
          ) : null}
          {enCours.map((s) => (
            <Chip
              key={s.id}
              size="small"
              color="success"
              variant="outlined"
              label={`${TYPE_SITUATION_LIBELLES[s.type]}${s.sousType ? ` · ${SOUS_TYPES_SITUATION[s.type][s.sousType] ?? s.sousType}` : ''}${s.organisme ? ` · ${s.organisme}` : ''}`}
              data-testid="puce-situation"
            />
          ))}
          {situations.data && enCours.length === 0 ? (
            <Chip size="small" variant="outlined" label="Sans situation en cours" data-testid="puce-situation" />
          ) : null}
        </Stack>
        {avertissements.length > 0 ? (
          <Alert severity="warning" sx={{ mt: 1.5 }} data-testid="dossier-avertissements">
            {avertissements.map((a) => (
              <div key={a}>{a}</div>
            ))}
          </Alert>
        ) : null}
      </Box>
    </Paper>
  );
}
