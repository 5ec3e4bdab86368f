import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import {
  Alert,
  AlertTitle,
  Box,
  Button,
  Checkbox,
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
import type { RapportImportActions } from '../../../src-main/contract';
import { messageErreur } from '../../api/client';
import { useAction, useLecture } from '../../api/hooks';
import { Touche } from '../../components/communs';
import { BoutonEnvoi } from '../../components/formulaires';
import { useNotifier } from '../../components/Notifications';
import { lignesAEcrire, resumeImportActions } from './logique';

/** The columns of a programme's file, as the import reads them (accents and case aside). */
const COLONNES = [
  'N° action',
  'Intitulé',
  'Programme',
  'Financeur',
  'Organisme de formation',
  'SIRET organisme',
  'Lieu',
  'Code INSEE',
  'Commune',
  'Date de début',
  'Date de fin',
  'Places',
  'Pré-requis',
  'Niveau',
  'Domaine',
  'Type',
  'Certification',
  'Description',
];

interface Fichier {
  nom: string;
  contenu: string;
}

/** Reads a file chosen by the person as text (UTF-8; the main process drops a BOM). */
function lireTexte(f: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const lecteur = new FileReader();
    lecteur.onload = () => resolve(typeof lecteur.result === 'string' ? lecteur.result : '');
    lecteur.onerror = () => reject(lecteur.error ?? new Error('lecture'));
    lecteur.readAsText(f, 'utf-8');
  });
}

/**
 * Imports a programme's list of actions as the funder publishes it (CSV): the file is read, then
 * « Analyser » says what an import would create, update, leave unchanged and refuse (with each
 * refused line's number and reasons) and which training bodies would be added to the directory,
 * without writing anything; « Importer » then writes it. « Tout ou rien » writes nothing while a
 * single line is refused. Re-importing the same file changes nothing.
 */
export function DialogueImportActions({ onFermer }: { onFermer: () => void }) {
  const notifier = useNotifier();
  const analyser = useLecture('actions.analyserCsv');
  const importer = useAction('actions.importerCsv');
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
  const aEcrire = analyse ? lignesAEcrire(analyse) : 0;
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
    try {
      setFichier({ nom: f.name, contenu: await lireTexte(f) });
    } catch {
      setErreurLecture(`Le fichier « ${f.name} » n’a pas pu être lu : vérifiez qu’il est accessible, puis réessayez.`);
    } finally {
      setLecture(false);
    }
  };

  const lancerAnalyse = () => {
    if (!fichier || enCours) return;
    importer.reset();
    analyser.mutate({ contenu: fichier.contenu, toutOuRien });
  };

  // Once written, the keyboard is on « Fermer » (the import button is gone).
  useEffect(() => {
    if (resultat) fermer.current?.focus();
  }, [resultat]);

  const lancer = () => {
    if (!fichier || !peutImporter) return;
    importer.mutate(
      { contenu: fichier.contenu, toutOuRien },
      {
        onSuccess: (r) =>
          notifier(
            r.ecrit
              ? `Import terminé. ${resumeImportActions(r)}`
              : 'Rien n’a été importé : une ligne au moins est refusée.',
            r.refus.length > 0 ? 'warning' : 'success',
          ),
      },
    );
  };

  const etape = lecture
    ? 'Lecture du fichier…'
    : analyser.isPending
      ? 'Analyse des lignes (rien n’est encore écrit)…'
      : importer.isPending
        ? 'Import en cours…'
        : null;
  const erreurAppel = importer.error ?? analyser.error;
  const rapport = resultat ?? analyse;

  return (
    <Dialog
      open
      fullWidth
      maxWidth="md"
      aria-labelledby="titre-import-actions"
      data-testid="dialogue-import-actions"
      onClose={() => {
        if (!importer.isPending) onFermer();
      }}
    >
      <Box
        onKeyDownCapture={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            if (analyse && !resultat) lancer();
            else lancerAnalyse();
          }
        }}
        sx={{ display: 'flex', flexDirection: 'column', minHeight: 0 }}
      >
        <DialogTitle id="titre-import-actions">
          Importer un programme (CSV)
          <Typography variant="body2" color="text.secondary">
            La liste des actions telle que le financeur la publie : une ligne par action, séparateur point-virgule ou
            virgule, colonnes {COLONNES.map((c) => `«\u00a0${c}\u00a0»`).join(', ')}.
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
              accept=".csv,text/csv,text/plain"
              hidden
              onChange={(e) => void choisir(e)}
              data-testid="fichier-actions"
            />
            <Typography variant="body2" color={fichier ? 'text.primary' : 'text.secondary'} sx={{ flex: 1 }}>
              {fichier ? fichier.nom : 'Aucun fichier choisi (.csv)'}
            </Typography>
            <Button
              variant={analyse ? 'outlined' : 'contained'}
              onClick={lancerAnalyse}
              disabled={!fichier || enCours}
              data-testid="analyser-actions"
            >
              {analyse ? 'Analyser à nouveau' : 'Analyser'}
            </Button>
          </Stack>
          <FormControlLabel
            control={
              <Checkbox
                checked={toutOuRien}
                onChange={(e) => setToutOuRien(e.target.checked)}
                disabled={resultat !== null}
                slotProps={{ input: { 'data-testid': 'tout-ou-rien' } as object }}
              />
            }
            label="Tout ou rien : ne rien importer si une seule ligne est refusée"
          />
          {etape ? (
            <Typography variant="body2" color="text.secondary" role="status" sx={{ my: 1 }}>
              {etape}
            </Typography>
          ) : null}
          {erreurLecture ? (
            <Alert severity="error" sx={{ my: 2 }}>
              {erreurLecture}
            </Alert>
          ) : null}
          {erreurAppel ? (
            <Alert severity="error" sx={{ my: 2 }} data-testid="erreur-import-actions">
              {messageErreur(erreurAppel)}
            </Alert>
          ) : null}
          {resultat ? (
            <Alert severity={resultat.refus.length > 0 || !resultat.ecrit ? 'warning' : 'success'} sx={{ my: 2 }}>
              <AlertTitle>{resultat.ecrit ? 'Import terminé' : 'Rien n’a été importé'}</AlertTitle>
              {resumeImportActions(resultat)}
            </Alert>
          ) : null}
          {rapport ? <Rapport rapport={rapport} /> : null}
          {analyse && !resultat ? (
            <Box sx={{ mt: 2 }}>
              {refusBloquants ? (
                <Alert severity="info">
                  {analyse.refus.length} ligne{analyse.refus.length > 1 ? 's sont refusées' : ' est refusée'} : avec «
                  tout ou rien », rien ne serait importé. Corrigez le fichier, ou décochez la case pour importer les
                  lignes valides.
                </Alert>
              ) : null}
              {aEcrire === 0 && analyse.inchangees > 0 ? (
                <Alert severity="info">Rien à importer : les actions du fichier sont déjà à jour dans Tremplin.</Alert>
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
              data-testid="importer-actions-valider"
            >
              {aEcrire > 1 ? `Importer les ${aEcrire} actions` : 'Importer'}
              <Touche>Ctrl+Entrée</Touche>
            </BoutonEnvoi>
          ) : null}
        </DialogActions>
      </Box>
    </Dialog>
  );
}

/** What an import did or would do, then the training bodies added and each refused line with its reasons. */
function Rapport({ rapport: r }: { rapport: RapportImportActions }) {
  const futur = !r.ecrit;
  const lignes = [
    { libelle: futur ? 'À créer' : 'Créées', n: r.creees },
    { libelle: futur ? 'À mettre à jour' : 'Mises à jour', n: r.misesAJour },
    { libelle: 'Inchangées', n: r.inchangees },
    { libelle: 'Refusées', n: r.refus.length },
  ];
  return (
    <Box data-testid="rapport-import-actions" data-ecrit={r.ecrit}>
      <Table size="small" aria-label={futur ? 'Ce que l’import ferait' : 'Résultat de l’import'} sx={{ mb: 2 }}>
        <TableBody>
          <TableRow>
            <TableCell sx={{ fontWeight: 600 }}>Lignes lues</TableCell>
            <TableCell align="right">{r.lignes}</TableCell>
          </TableRow>
          {lignes.map(({ libelle, n }) => (
            <TableRow key={libelle}>
              <TableCell sx={{ fontWeight: 600 }}>{libelle}</TableCell>
              <TableCell align="right" data-testid={`rapport-${libelle}`}>
                {n}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {r.organismesCrees.length > 0 ? (
        <Alert severity="info" sx={{ mb: 2 }} data-testid="organismes-crees">
          <AlertTitle>
            {r.organismesCrees.length > 1
              ? `${r.organismesCrees.length} organismes de formation ${futur ? 'seront ajoutés' : 'ajoutés'} à l’annuaire`
              : `1 organisme de formation ${futur ? 'sera ajouté' : 'ajouté'} à l’annuaire`}
          </AlertTitle>
          {r.organismesCrees.join(' · ')}
        </Alert>
      ) : null}
      {r.refus.length === 0 ? (
        <Typography variant="body2" color="success.main">
          Aucune ligne refusée.
        </Typography>
      ) : (
        <>
          <Typography variant="subtitle2" component="h3" sx={{ mb: 1 }} color="error">
            {r.refus.length > 1
              ? `${r.refus.length} lignes refusées${futur ? ', qui ne seront pas importées' : ', non importées'} :`
              : `1 ligne refusée${futur ? ', qui ne sera pas importée' : ', non importée'} :`}
          </Typography>
          <Box
            component="ol"
            tabIndex={0}
            aria-label="Lignes refusées"
            data-testid="refus-import-actions"
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
                key={f.ligne}
                sx={{ px: 1.5, py: 1, borderBottom: 1, borderColor: 'divider', '&:last-child': { borderBottom: 0 } }}
              >
                <Typography variant="body2" sx={{ fontWeight: 600 }}>
                  Ligne {f.ligne}
                  {f.reference ? ` · action n° ${f.reference}` : ''}
                </Typography>
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
