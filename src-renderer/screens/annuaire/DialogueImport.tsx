import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import {
  Alert,
  AlertTitle,
  Box,
  Button,
  Checkbox,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  LinearProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Typography,
} from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import type { RapportImport } from '../../../src-main/contract';
import { ErreurApi, messageErreur } from '../../api/client';
import { useAction, useLecture } from '../../api/hooks';
import { EnTeteTableau, Touche } from '../../components/communs';
import { BoutonEnvoi } from '../../components/formulaires';
import { useNotifier } from '../../components/Notifications';
import { fichesAEcrire, fichesValides, resumeImport } from './logique';

interface Fichier {
  nom: string;
  contenu: string;
}

function taille(octets: number): string {
  if (octets < 1024) return `${octets} o`;
  if (octets < 1024 * 1024) return `${Math.round(octets / 1024)} Ko`;
  return `${(octets / 1024 / 1024).toFixed(1).replace('.', ',')} Mo`;
}

/**
 * Imports a data·inclusion file (structures and services) in two steps: the file is read and
 * analysed without writing anything (what would be created, updated, left unchanged, refused and
 * why), then « Importer les N fiches valides » writes it. « Tout ou rien » writes nothing at all
 * while a single record is refused.
 */
export function DialogueImport({ onFermer }: { onFermer: () => void }) {
  const notifier = useNotifier();
  const analyser = useLecture('dataInclusion.analyser');
  const importer = useAction('dataInclusion.importer');
  const champFichier = useRef<HTMLInputElement>(null);
  const fermer = useRef<HTMLButtonElement>(null);
  const [fichier, setFichier] = useState<Fichier | null>(null);
  const [lecture, setLecture] = useState(false);
  const [erreurLecture, setErreurLecture] = useState<string | null>(null);
  const [toutOuRien, setToutOuRien] = useState(false);
  const analyse = analyser.data ?? null;
  const resultat = importer.data ?? null;
  const enCours = lecture || analyser.isPending || importer.isPending;
  const refusBloquants = toutOuRien && analyse !== null && analyse.refus.length > 0;
  const aEcrire = analyse ? fichesAEcrire(analyse) : 0;
  const peutImporter = analyse !== null && resultat === null && !refusBloquants && aEcrire > 0 && !enCours;

  const choisir = async (e: ChangeEvent<HTMLInputElement>) => {
    const f = e.target.files?.[0];
    e.target.value = '';
    if (!f) return;
    analyser.reset();
    importer.reset();
    setErreurLecture(null);
    setFichier(null);
    setLecture(true);
    let contenu: string;
    try {
      contenu = await f.text();
    } catch {
      setErreurLecture(`Le fichier « ${f.name} » n'a pas pu être lu : vérifiez qu'il est accessible, puis réessayez.`);
      return;
    } finally {
      setLecture(false);
    }
    setFichier({ nom: `${f.name} (${taille(f.size)})`, contenu });
    analyser.mutate({ contenu, toutOuRien: false });
  };

  // Once written, the keyboard is on « Fermer » (the import button is gone).
  useEffect(() => {
    if (resultat) fermer.current?.focus();
  }, [resultat]);

  const lancer = () => {
    if (!fichier || !peutImporter) return;
    importer.mutate(
      { contenu: fichier.contenu, toutOuRien },
      { onSuccess: (r) => notifier(`Import terminé. ${resumeImport(r)}`, r.refus.length > 0 ? 'warning' : 'success') },
    );
  };

  const etape = lecture
    ? 'Lecture du fichier…'
    : analyser.isPending
      ? 'Analyse des fiches (rien n’est encore écrit)…'
      : importer.isPending
        ? 'Import en cours…'
        : null;
  const erreurAppel = importer.error ?? analyser.error;

  return (
    <Dialog
      open
      fullWidth
      maxWidth="md"
      aria-labelledby="titre-import"
      data-testid="dialogue-import"
      onClose={() => {
        if (!importer.isPending) onFermer();
      }}
    >
      <Box
        onKeyDownCapture={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            lancer();
          }
        }}
        sx={{ display: 'flex', flexDirection: 'column', minHeight: 0 }}
      >
        <DialogTitle id="titre-import">
          Importer un fichier data·inclusion
          <Typography variant="body2" color="text.secondary">
            Le fichier JSON des structures et services publié au schéma data·inclusion. Une fiche déjà importée est mise
            à jour ; réimporter le même fichier ne change rien.
          </Typography>
        </DialogTitle>
        <Box sx={{ height: 4 }}>{enCours ? <LinearProgress aria-label={etape ?? 'En cours'} /> : null}</Box>
        <DialogContent sx={{ pt: 1.5 }}>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2, flexWrap: 'wrap', rowGap: 1 }}>
            <Button
              variant="outlined"
              startIcon={<UploadFileIcon />}
              onClick={() => champFichier.current?.click()}
              disabled={enCours}
              autoFocus
            >
              {fichier ? 'Choisir un autre fichier…' : 'Choisir le fichier…'}
            </Button>
            <input
              ref={champFichier}
              type="file"
              accept=".json,application/json"
              hidden
              onChange={(e) => void choisir(e)}
              data-testid="fichier-data-inclusion"
            />
            <Typography variant="body2" color={fichier ? 'text.primary' : 'text.secondary'} sx={{ flex: 1 }}>
              {fichier ? fichier.nom : 'Aucun fichier choisi (.json)'}
            </Typography>
          </Stack>
          {etape ? (
            <Typography variant="body2" color="text.secondary" role="status" sx={{ mb: 2 }}>
              {etape}
            </Typography>
          ) : null}
          {erreurLecture ? (
            <Alert severity="error" sx={{ mb: 2 }}>
              {erreurLecture}
            </Alert>
          ) : null}
          {erreurAppel ? (
            <Alert severity="error" sx={{ mb: 2 }} data-testid="erreur-import">
              {erreurAppel instanceof ErreurApi ? erreurAppel.message : messageErreur(erreurAppel)}
            </Alert>
          ) : null}

          {resultat ? (
            <Alert severity={resultat.refus.length > 0 ? 'warning' : 'success'} sx={{ mb: 2 }}>
              <AlertTitle>Import terminé</AlertTitle>
              {resumeImport(resultat)}
            </Alert>
          ) : null}
          {(resultat ?? analyse) ? <Rapport rapport={(resultat ?? analyse) as RapportImport} /> : null}

          {analyse && !resultat ? (
            <Box sx={{ mt: 2 }}>
              <FormControlLabel
                control={<Checkbox checked={toutOuRien} onChange={(e) => setToutOuRien(e.target.checked)} />}
                label="Tout ou rien : ne rien importer si une seule fiche est refusée"
              />
              {refusBloquants ? (
                <Alert severity="info" sx={{ mt: 1 }}>
                  {analyse.refus.length} fiche{analyse.refus.length > 1 ? 's sont refusées' : ' est refusée'} : avec «
                  tout ou rien », rien ne serait importé. Corrigez le fichier, ou décochez la case pour importer les
                  fiches valides.
                </Alert>
              ) : null}
              {aEcrire === 0 && fichesValides(analyse) > 0 ? (
                <Alert severity="info" sx={{ mt: 1 }}>
                  Rien à importer : toutes les fiches valides sont déjà à jour dans l'annuaire.
                </Alert>
              ) : null}
            </Box>
          ) : null}
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button ref={fermer} onClick={onFermer} disabled={importer.isPending}>
            {resultat ? 'Fermer' : 'Annuler'}
          </Button>
          {analyse && !resultat ? (
            <BoutonEnvoi
              type="button"
              enCours={importer.isPending}
              disabled={!peutImporter}
              onClick={lancer}
              data-testid="importer-fiches"
            >
              {fichesValides(analyse) > 1
                ? `Importer les ${fichesValides(analyse)} fiches valides`
                : 'Importer la fiche valide'}
              <Touche>Ctrl+Entrée</Touche>
            </BoutonEnvoi>
          ) : null}
        </DialogActions>
      </Box>
    </Dialog>
  );
}

/** What an import did or would do, by kind of record, then each refused record with its reasons. */
function Rapport({ rapport: r }: { rapport: RapportImport }) {
  const lignes = [
    { libelle: 'Partenaires (structures)', c: r.structures },
    { libelle: 'Services', c: r.services },
  ];
  return (
    <Box data-testid="rapport-import">
      <Table size="small" aria-label={r.ecrit ? "Résultat de l'import" : "Ce que l'import ferait"} sx={{ mb: 2 }}>
        <EnTeteTableau
          colonnes={[
            r.ecrit ? 'Importé' : 'Analyse du fichier',
            { libelle: r.ecrit ? 'Créés' : 'À créer', align: 'right' },
            { libelle: r.ecrit ? 'Mis à jour' : 'À mettre à jour', align: 'right' },
            { libelle: 'Inchangés', align: 'right' },
          ]}
        />
        <TableBody>
          {lignes.map(({ libelle, c }) => (
            <TableRow key={libelle}>
              <TableCell sx={{ fontWeight: 600 }}>{libelle}</TableCell>
              <TableCell align="right">{c.crees}</TableCell>
              <TableCell align="right">{c.misAJour}</TableCell>
              <TableCell align="right">{c.inchanges}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {r.refus.length === 0 ? (
        <Typography variant="body2" color="success.main">
          Aucune fiche refusée.
        </Typography>
      ) : (
        <>
          <Typography variant="subtitle2" component="h3" sx={{ mb: 1 }} color="error">
            {r.refus.length > 1
              ? `${r.refus.length} fiches refusées${r.ecrit ? ', non importées' : ', qui ne seront pas importées'} :`
              : `1 fiche refusée${r.ecrit ? ', non importée' : ', qui ne sera pas importée'} :`}
          </Typography>
          <Box
            component="ol"
            tabIndex={0}
            aria-label="Fiches refusées"
            data-testid="refus-import"
            sx={{
              m: 0,
              p: 0,
              listStyle: 'none',
              maxHeight: 300,
              overflow: 'auto',
              border: 1,
              borderColor: 'divider',
              borderRadius: 1,
              '&:focus-visible': { outline: '2px solid', outlineColor: 'primary.main' },
            }}
          >
            {r.refus.map((f) => (
              <Box
                component="li"
                key={`${f.position}-${f.identifiant ?? ''}`}
                sx={{ px: 1.5, py: 1, borderBottom: 1, borderColor: 'divider', '&:last-child': { borderBottom: 0 } }}
              >
                <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline', flexWrap: 'wrap' }}>
                  <Typography variant="body2" sx={{ fontFamily: 'monospace', color: 'text.secondary' }}>
                    {f.position}
                  </Typography>
                  <Chip size="small" variant="outlined" label={f.genre === 'structure' ? 'Structure' : 'Service'} />
                  <Typography variant="body2" sx={{ fontWeight: 600 }}>
                    {f.nom ?? (f.identifiant ? `Identifiant ${f.identifiant}` : 'Sans nom')}
                  </Typography>
                  {f.nom && f.identifiant ? (
                    <Typography variant="caption" color="text.secondary">
                      {f.identifiant}
                    </Typography>
                  ) : null}
                </Stack>
                <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2.5 }}>
                  {f.raisons.map((raison) => (
                    <Typography component="li" variant="body2" key={raison}>
                      {raison}
                    </Typography>
                  ))}
                </Box>
              </Box>
            ))}
          </Box>
        </>
      )}
    </Box>
  );
}
