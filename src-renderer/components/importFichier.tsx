import { useEffect, useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import {
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  Stack,
  Typography,
} from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';

/** A file chosen for an import, read as text. */
export interface FichierLu {
  nom: string;
  taille: number;
  contenu: string;
}

/** A size as the person reads it: 512 o, 12 Ko, 1,5 Mo. */
export function taille(octets: number): string {
  if (octets < 1024) return `${octets} o`;
  if (octets < 1024 * 1024) return `${Math.round(octets / 1024)} Ko`;
  return `${(octets / 1024 / 1024).toFixed(1).replace('.', ',')} Mo`;
}

/**
 * The file of an import: chosen, read as text (UTF-8; the main process drops a BOM), or the reason
 * it could not be. `avant` runs as a new file is chosen (the previous analysis and import are
 * forgotten), `apres` once it is read.
 */
export function useFichierImport({ avant, apres }: { avant: () => void; apres?: (fichier: FichierLu) => void }) {
  const [fichier, setFichier] = useState<FichierLu | null>(null);
  const [lecture, setLecture] = useState(false);
  const [erreurLecture, setErreurLecture] = useState<string | null>(null);
  const choisir = async (e: ChangeEvent<HTMLInputElement>) => {
    const f = e.target.files?.[0];
    e.target.value = '';
    if (!f) return;
    avant();
    setErreurLecture(null);
    setFichier(null);
    setLecture(true);
    let lu: FichierLu;
    try {
      lu = { nom: f.name, taille: f.size, contenu: await f.text() };
    } catch {
      setErreurLecture(`Le fichier « ${f.name} » n’a pas pu être lu : vérifiez qu’il est accessible, puis réessayez.`);
      return;
    } finally {
      setLecture(false);
    }
    setFichier(lu);
    apres?.(lu);
  };
  return { fichier, lecture, erreurLecture, choisir };
}

/** What the progress bar says: reading, analysing (`analyse` names what), importing, or nothing. */
export function etapeImport(
  enCours: { lecture: boolean; analyse: boolean; import: boolean },
  analyse: string,
): string | null {
  if (enCours.lecture) return 'Lecture du fichier…';
  if (enCours.analyse) return analyse;
  if (enCours.import) return 'Import en cours…';
  return null;
}

/**
 * « Choisir le fichier… » (a hidden file field behind a button), the name of the file chosen or
 * what to choose, then whatever the import adds on the same line (`children`).
 */
export function ChoixFichierImport({
  fichier,
  nom,
  vide,
  accept,
  desactive,
  onChoisir,
  testId,
  children,
}: {
  fichier: FichierLu | null;
  /** How the chosen file is named on screen. */
  nom: (fichier: FichierLu) => string;
  /** What stands while no file is chosen. */
  vide: string;
  accept: string;
  desactive: boolean;
  onChoisir: (e: ChangeEvent<HTMLInputElement>) => Promise<void>;
  testId: string;
  children?: ReactNode;
}) {
  const champ = useRef<HTMLInputElement>(null);
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2, flexWrap: 'wrap', rowGap: 1 }}>
      <Button
        variant="outlined"
        startIcon={<UploadFileIcon />}
        onClick={() => champ.current?.click()}
        disabled={desactive}
        autoFocus
      >
        {fichier ? 'Choisir un autre fichier…' : 'Choisir le fichier…'}
      </Button>
      <input ref={champ} type="file" accept={accept} hidden onChange={(e) => void onChoisir(e)} data-testid={testId} />
      <Typography variant="body2" color={fichier ? 'text.primary' : 'text.secondary'} sx={{ flex: 1 }}>
        {fichier ? nom(fichier) : vide}
      </Typography>
      {children}
    </Stack>
  );
}

/**
 * The frame of an import dialog: its title and what the file should be, the progress bar (named by
 * the step under way), the content, then « Annuler » — « Fermer » once written, where the keyboard
 * goes — and the import button. Ctrl+Entrée runs `onCtrlEntree`; the dialog does not close while
 * the import is being written.
 */
export function CadreImport({
  idTitre,
  testId,
  titre,
  explication,
  enCours,
  etape,
  ecriture,
  termine,
  onCtrlEntree,
  onFermer,
  bouton,
  children,
}: {
  idTitre: string;
  testId: string;
  titre: string;
  explication: ReactNode;
  /** Something under way: the file read, analysed or imported. */
  enCours: boolean;
  etape: string | null;
  /** The import is being written. */
  ecriture: boolean;
  /** The import is written. */
  termine: boolean;
  onCtrlEntree: () => void;
  onFermer: () => void;
  bouton: ReactNode;
  children: ReactNode;
}) {
  const fermer = useRef<HTMLButtonElement>(null);
  // Once written, the keyboard is on « Fermer » (the import button is gone).
  useEffect(() => {
    if (termine) fermer.current?.focus();
  }, [termine]);
  return (
    <Dialog
      open
      fullWidth
      maxWidth="md"
      aria-labelledby={idTitre}
      data-testid={testId}
      onClose={() => {
        if (!ecriture) onFermer();
      }}
    >
      <Box
        onKeyDownCapture={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            onCtrlEntree();
          }
        }}
        sx={{ display: 'flex', flexDirection: 'column', minHeight: 0 }}
      >
        <DialogTitle id={idTitre}>
          {titre}
          <Typography variant="body2" color="text.secondary">
            {explication}
          </Typography>
        </DialogTitle>
        <Box sx={{ height: 4 }}>{enCours ? <LinearProgress aria-label={etape ?? 'En cours'} /> : null}</Box>
        <DialogContent sx={{ pt: 1.5 }}>{children}</DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button ref={fermer} onClick={onFermer} disabled={ecriture}>
            {termine ? 'Fermer' : 'Annuler'}
          </Button>
          {bouton}
        </DialogActions>
      </Box>
    </Dialog>
  );
}
