import { useState, type ChangeEvent, type ReactNode } from 'react';
import {
  Alert,
  AlertTitle,
  Box,
  Button,
  Checkbox,
  Container,
  FormControl,
  FormHelperText,
  IconButton,
  InputLabel,
  LinearProgress,
  MenuItem,
  Paper,
  Select,
  Stack,
  Step,
  StepLabel,
  Stepper,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import AddIcon from '@mui/icons-material/Add';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import {
  communeSchema,
  personnelSaisieSchema,
  ROLE_LIBELLES,
  siteSaisieSchema,
  siretValide,
  structureSaisieSchema,
  TYPE_SITE_LIBELLES,
  TYPES_SITE,
  type Commune,
  type Role,
  type TypeSite,
} from '../../../src-main/contract';
import { appeler, ErreurApi, messageErreur } from '../../api/client';
import { useAction } from '../../api/hooks';
import { useSession } from '../../api/session';
import { ChoixRoles, erreursZod, type Erreurs } from '../../components/formulaires';
import { avecIdentifiantPropose } from '../../components/identite';
import {
  administrateurVide,
  ChampsAdministrateur,
  saisieAdministrateur,
  verifierAdministrateur,
  type AdministrateurForm,
} from './ChampsAdministrateur';

interface StructureForm {
  nom: string;
  siret: string;
  adresse: string;
  codePostal: string;
  commune: string;
  president: string;
  direction: string;
}
interface CommuneForm {
  insee: string;
  nom: string;
  codePostal: string;
  qpv: boolean;
  zrr: boolean;
}
interface SiteForm {
  nom: string;
  type: TypeSite;
  communeInsee: string;
  adresse: string;
}
interface PersonneForm {
  prenom: string;
  nom: string;
  identifiant: string;
  email: string;
  roles: Role[];
  site: number | null;
}

const ETAPES = ['Structure', 'Territoire', 'Sites', 'Personnel', 'Administrateur', 'Vérification'] as const;
/** Which step holds a field path of `installation.terminer`. */
const ETAPE_DU_CHAMP: Record<string, number> = { structure: 0, communes: 1, sites: 2, personnel: 3, administrateur: 4 };

const communeVide = (): CommuneForm => ({ insee: '', nom: '', codePostal: '', qpv: false, zrr: false });
const siteVide = (type: TypeSite = 'antenne'): SiteForm => ({ nom: '', type, communeInsee: '', adresse: '' });
const personneVide = (): PersonneForm => ({ prenom: '', nom: '', identifiant: '', email: '', roles: [], site: null });

export function Assistant() {
  const terminer = useAction('installation.terminer');
  const session = useSession();
  const [etape, setEtape] = useState(0);
  const [structure, setStructure] = useState<StructureForm>({
    nom: '',
    siret: '',
    adresse: '',
    codePostal: '',
    commune: '',
    president: '',
    direction: '',
  });
  const [communes, setCommunes] = useState<CommuneForm[]>([communeVide()]);
  const [sites, setSites] = useState<SiteForm[]>([siteVide('siege')]);
  const [personnel, setPersonnel] = useState<PersonneForm[]>([]);
  const [administrateur, setAdministrateur] = useState<AdministrateurForm>(administrateurVide);
  const [erreurs, setErreurs] = useState<Erreurs>({});
  const [message, setMessage] = useState<string | null>(null);

  const communesValides = communes.filter((c) => c.insee.trim() !== '' && c.nom.trim() !== '');

  const verifierEtape = (n: number): Erreurs => {
    if (n === 0) {
      const r = structureSaisieSchema.safeParse(structure);
      return r.success ? {} : erreursZod(r.error, 'structure');
    }
    if (n === 1) {
      const e: Erreurs = {};
      if (communes.length === 0) e.communes = 'Déclarez au moins une commune du territoire.';
      communes.forEach((c, i) => {
        const r = communeSchema.safeParse(c);
        if (!r.success) Object.assign(e, erreursZod(r.error, `communes.${i}`));
      });
      return e;
    }
    if (n === 2) {
      const e: Erreurs = {};
      if (sites.filter((s) => s.type === 'siege').length !== 1)
        e.sites = 'Déclarez exactement un siège parmi les sites.';
      sites.forEach((s, i) => {
        const r = siteSaisieSchema.safeParse(s);
        if (!r.success) Object.assign(e, erreursZod(r.error, `sites.${i}`));
      });
      return e;
    }
    if (n === 3) {
      const e: Erreurs = {};
      personnel.forEach((p, i) => {
        const r = personnelSaisieSchema.safeParse(p);
        if (!r.success) Object.assign(e, erreursZod(r.error, `personnel.${i}`));
      });
      return e;
    }
    if (n === 4) return verifierAdministrateur(administrateur, 'administrateur');
    return {};
  };

  const suivant = () => {
    const e = verifierEtape(etape);
    setErreurs(e);
    if (Object.keys(e).length === 0) setEtape((x) => x + 1);
  };

  const installer = () => {
    setMessage(null);
    for (let n = 0; n < ETAPES.length - 1; n++) {
      const e = verifierEtape(n);
      if (Object.keys(e).length > 0) {
        setErreurs(e);
        setEtape(n);
        return;
      }
    }
    terminer.mutate(
      { structure, sites, communes, personnel, administrateur: saisieAdministrateur(administrateur) },
      {
        // The main process opened the session as this administrator: the workstation follows.
        onSuccess: () => void session.relire(),
        onError: (err) => {
          setMessage(err.message);
          const e: Erreurs = {};
          for (const c of err.champs) e[c.champ] ??= c.message;
          setErreurs(e);
          const premiere = err.champs[0]?.champ.split('.')[0];
          if (premiere && premiere in ETAPE_DU_CHAMP) setEtape(ETAPE_DU_CHAMP[premiere]!);
        },
      },
    );
  };

  const champ = (cle: string) => ({ error: Boolean(erreurs[cle]), helperText: erreurs[cle] });
  /** A message goes away as soon as its field is edited. */
  const effacer = (cles: string[]) =>
    setErreurs((e) => {
      if (!cles.some((c) => c in e)) return e;
      const reste = { ...e };
      for (const c of cles) delete reste[c];
      return reste;
    });

  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'background.default', py: 4 }}>
      <Container maxWidth="lg">
        <Typography variant="h5" component="h1">
          Bienvenue dans Tremplin
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 3 }}>
          Première installation : décrivez votre Mission Locale. Tout pourra être complété ensuite par l'administrateur.
        </Typography>
        <Paper variant="outlined" sx={{ p: 3 }}>
          <Stepper activeStep={etape} sx={{ mb: 3 }}>
            {ETAPES.map((e, i) => (
              <Step key={e} completed={i < etape}>
                <StepLabel>{e}</StepLabel>
              </Step>
            ))}
          </Stepper>
          {message ? (
            <Alert severity="error" sx={{ mb: 2 }}>
              {message}
            </Alert>
          ) : null}

          {etape === 0 ? (
            <EtapeStructure
              structure={structure}
              setStructure={(v) => {
                effacer(
                  Object.keys(v)
                    .filter((k) => v[k as keyof StructureForm] !== structure[k as keyof StructureForm])
                    .map((k) => `structure.${k}`),
                );
                setStructure(v);
              }}
              champ={champ}
            />
          ) : etape === 1 ? (
            <EtapeCommunes
              communes={communes}
              setCommunes={(v) => {
                effacer(Object.keys(erreurs).filter((k) => k.startsWith('communes')));
                setCommunes(v);
              }}
              champ={champ}
              erreurs={erreurs}
            />
          ) : etape === 2 ? (
            <EtapeSites
              sites={sites}
              setSites={(v) => {
                effacer(Object.keys(erreurs).filter((k) => k.startsWith('sites')));
                setSites(v);
              }}
              communes={communesValides}
              champ={champ}
              erreurs={erreurs}
            />
          ) : etape === 3 ? (
            <EtapePersonnel
              personnel={personnel}
              setPersonnel={(v) => {
                effacer(Object.keys(erreurs).filter((k) => k.startsWith('personnel')));
                setPersonnel(v);
              }}
              sites={sites}
              champ={champ}
              erreurs={erreurs}
            />
          ) : etape === 4 ? (
            <EtapeAdministrateur
              administrateur={administrateur}
              setAdministrateur={(v) => {
                effacer(Object.keys(erreurs).filter((k) => k.startsWith('administrateur')));
                setAdministrateur(v);
              }}
              erreurs={erreurs}
            />
          ) : (
            <Recapitulatif
              structure={structure}
              communes={communes}
              sites={sites}
              personnel={personnel}
              administrateur={administrateur}
            />
          )}

          <Box sx={{ height: 4, mt: 3 }}>{terminer.isPending ? <LinearProgress /> : null}</Box>
          <Stack direction="row" spacing={1} sx={{ mt: 1, justifyContent: 'space-between' }}>
            <Button
              disabled={etape === 0 || terminer.isPending}
              onClick={() => {
                setErreurs({});
                setEtape((x) => x - 1);
              }}
            >
              Précédent
            </Button>
            {etape < ETAPES.length - 1 ? (
              <Button variant="contained" onClick={suivant}>
                Suivant
              </Button>
            ) : (
              <Button variant="contained" onClick={installer} disabled={terminer.isPending}>
                Terminer l'installation
              </Button>
            )}
          </Stack>
        </Paper>
      </Container>
    </Box>
  );
}

type Champ = (cle: string) => { error: boolean; helperText: string | undefined };

function Grille({ children, colonnes = 2 }: { children: ReactNode; colonnes?: number }) {
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: `repeat(${colonnes}, 1fr)` }, gap: 2 }}>
      {children}
    </Box>
  );
}

function EtapeStructure({
  structure,
  setStructure,
  champ,
}: {
  structure: StructureForm;
  setStructure: (s: StructureForm) => void;
  champ: Champ;
}) {
  const maj = (k: keyof StructureForm) => (e: ChangeEvent<HTMLInputElement>) =>
    setStructure({ ...structure, [k]: e.target.value });
  const siret = structure.siret.replace(/\s+/g, '');
  const aideSiret =
    siret.length === 0
      ? '14 chiffres'
      : !/^\d*$/.test(siret)
        ? 'SIRET : chiffres uniquement.'
        : siret.length !== 14
          ? `${siret.length} chiffre(s) sur 14`
          : siretValide(siret)
            ? 'Clé de contrôle correcte'
            : 'SIRET : la clé de contrôle ne correspond pas ; vérifiez les 14 chiffres.';
  const siretFaux = siret.length > 0 && (!/^\d*$/.test(siret) || (siret.length === 14 && !siretValide(siret)));
  const erreurSiret = champ('structure.siret');
  return (
    <Grille>
      <TextField
        label="Nom de la structure"
        required
        autoFocus
        value={structure.nom}
        onChange={maj('nom')}
        {...champ('structure.nom')}
        sx={{ gridColumn: { md: '1 / -1' } }}
      />
      <TextField
        label="SIRET"
        required
        value={structure.siret}
        onChange={maj('siret')}
        error={erreurSiret.error || siretFaux}
        helperText={erreurSiret.helperText ?? aideSiret}
        slotProps={{ htmlInput: { inputMode: 'numeric' } }}
      />
      <Box />
      <TextField
        label="Adresse du siège"
        required
        value={structure.adresse}
        onChange={maj('adresse')}
        {...champ('structure.adresse')}
        sx={{ gridColumn: { md: '1 / -1' } }}
      />
      <TextField
        label="Code postal"
        required
        value={structure.codePostal}
        onChange={maj('codePostal')}
        {...champ('structure.codePostal')}
      />
      <TextField
        label="Commune"
        required
        value={structure.commune}
        onChange={maj('commune')}
        {...champ('structure.commune')}
      />
      <TextField
        label="Président(e)"
        value={structure.president}
        onChange={maj('president')}
        {...champ('structure.president')}
      />
      <TextField
        label="Directeur(rice)"
        value={structure.direction}
        onChange={maj('direction')}
        {...champ('structure.direction')}
      />
    </Grille>
  );
}

function EtapeCommunes({
  communes,
  setCommunes,
  champ,
  erreurs,
}: {
  communes: CommuneForm[];
  setCommunes: (c: CommuneForm[]) => void;
  champ: Champ;
  erreurs: Erreurs;
}) {
  const [analyse, setAnalyse] = useState<{
    communes: Commune[];
    erreurs: { ligne: number; message: string }[];
    fichier: string;
  } | null>(null);
  const [chargement, setChargement] = useState(false);
  const [erreurFichier, setErreurFichier] = useState<string | null>(null);
  const maj = (i: number, c: Partial<CommuneForm>) =>
    setCommunes(communes.map((x, j) => (j === i ? { ...x, ...c } : x)));

  const lireFichier = async (e: ChangeEvent<HTMLInputElement>) => {
    const fichier = e.target.files?.[0];
    e.target.value = '';
    if (!fichier) return;
    setErreurFichier(null);
    setAnalyse(null);
    setChargement(true);
    try {
      const contenu = await fichier.text();
      const r = await appeler('installation.analyserCommunesCsv', { contenu });
      setAnalyse({ ...r, fichier: fichier.name });
    } catch (err) {
      setErreurFichier(err instanceof ErreurApi ? err.message : messageErreur(err));
    } finally {
      setChargement(false);
    }
  };

  const utiliser = () => {
    if (!analyse) return;
    const existantes = communes.filter((c) => c.insee.trim() !== '');
    const codes = new Set(existantes.map((c) => c.insee.trim().toUpperCase()));
    const nouvelles = analyse.communes
      .filter((c) => !codes.has(c.insee))
      .map((c) => ({ insee: c.insee, nom: c.nom, codePostal: c.codePostal ?? '', qpv: c.qpv, zrr: c.zrr }));
    setCommunes([...existantes, ...nouvelles]);
    setAnalyse(null);
  };

  return (
    <Box>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2, flexWrap: 'wrap' }}>
        <Typography sx={{ flex: 1 }} color="text.secondary">
          Les communes de votre territoire, avec leurs marques QPV (quartier prioritaire) et ZRR (zone de revitalisation
          rurale).
        </Typography>
        <Button component="label" variant="outlined" startIcon={<UploadFileIcon />}>
          Importer un fichier CSV
          <input
            type="file"
            accept=".csv,text/csv,text/plain"
            hidden
            onChange={(e) => void lireFichier(e)}
            data-testid="fichier-communes"
          />
        </Button>
      </Stack>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1 }}>
        Format du fichier : une commune par ligne, « code INSEE ; nom ; code postal ; QPV (oui/non) ; ZRR (oui/non) ».
      </Typography>
      {chargement ? <LinearProgress sx={{ mb: 2 }} /> : null}
      {erreurFichier ? (
        <Alert severity="error" sx={{ mb: 2 }}>
          {erreurFichier}
        </Alert>
      ) : null}
      {analyse ? (
        <Paper variant="outlined" sx={{ p: 2, mb: 2 }}>
          {analyse.erreurs.length > 0 ? (
            <Alert
              severity="error"
              action={
                <Button color="inherit" size="small" onClick={() => setAnalyse(null)}>
                  Fermer
                </Button>
              }
            >
              <AlertTitle>
                « {analyse.fichier} » : {analyse.erreurs.length} ligne(s) à corriger. Rien n'a été repris ; corrigez le
                fichier puis importez-le de nouveau.
              </AlertTitle>
              <Box component="ul" sx={{ m: 0, pl: 2, maxHeight: 200, overflow: 'auto' }}>
                {analyse.erreurs.map((e) => (
                  <li key={`${e.ligne}-${e.message}`}>
                    {e.ligne > 0 ? `Ligne ${e.ligne} : ` : ''}
                    {e.message}
                  </li>
                ))}
              </Box>
            </Alert>
          ) : (
            <>
              <Typography variant="subtitle2" sx={{ mb: 1 }}>
                Aperçu de « {analyse.fichier} » : {analyse.communes.length} commune(s) lue(s)
              </Typography>
              <Box sx={{ maxHeight: 260, overflow: 'auto' }}>
                <Table size="small" stickyHeader aria-label="Aperçu des communes importées">
                  <TableHead>
                    <TableRow>
                      <TableCell>INSEE</TableCell>
                      <TableCell>Nom</TableCell>
                      <TableCell>Code postal</TableCell>
                      <TableCell>QPV</TableCell>
                      <TableCell>ZRR</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {analyse.communes.map((c) => (
                      <TableRow key={c.insee}>
                        <TableCell>{c.insee}</TableCell>
                        <TableCell>{c.nom}</TableCell>
                        <TableCell>{c.codePostal}</TableCell>
                        <TableCell>{c.qpv ? 'Oui' : ''}</TableCell>
                        <TableCell>{c.zrr ? 'Oui' : ''}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </Box>
              <Stack direction="row" spacing={1} sx={{ mt: 2, justifyContent: 'flex-end' }}>
                <Button onClick={() => setAnalyse(null)}>Ignorer ce fichier</Button>
                <Button variant="contained" disabled={analyse.communes.length === 0} onClick={utiliser}>
                  Reprendre ces {analyse.communes.length} commune(s)
                </Button>
              </Stack>
            </>
          )}
        </Paper>
      ) : null}
      {erreurs.communes ? (
        <Alert severity="error" sx={{ mb: 1 }}>
          {erreurs.communes}
        </Alert>
      ) : null}
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: 140 }}>Code INSEE</TableCell>
            <TableCell>Nom</TableCell>
            <TableCell sx={{ width: 140 }}>Code postal</TableCell>
            <TableCell sx={{ width: 70 }}>QPV</TableCell>
            <TableCell sx={{ width: 70 }}>ZRR</TableCell>
            <TableCell sx={{ width: 56 }} />
          </TableRow>
        </TableHead>
        <TableBody>
          {communes.map((c, i) => (
            <TableRow key={i} sx={{ '& td': { verticalAlign: 'top', borderBottom: 'none', py: 0.75 } }}>
              <TableCell>
                <TextField
                  value={c.insee}
                  onChange={(e) => maj(i, { insee: e.target.value })}
                  {...champ(`communes.${i}.insee`)}
                  slotProps={{ htmlInput: { 'aria-label': `Code INSEE de la commune ${i + 1}` } }}
                  fullWidth
                />
              </TableCell>
              <TableCell>
                <TextField
                  value={c.nom}
                  onChange={(e) => maj(i, { nom: e.target.value })}
                  {...champ(`communes.${i}.nom`)}
                  slotProps={{ htmlInput: { 'aria-label': `Nom de la commune ${i + 1}` } }}
                  fullWidth
                />
              </TableCell>
              <TableCell>
                <TextField
                  value={c.codePostal}
                  onChange={(e) => maj(i, { codePostal: e.target.value })}
                  {...champ(`communes.${i}.codePostal`)}
                  slotProps={{ htmlInput: { 'aria-label': `Code postal de la commune ${i + 1}` } }}
                  fullWidth
                />
              </TableCell>
              <TableCell>
                <Checkbox
                  checked={c.qpv}
                  onChange={(e) => maj(i, { qpv: e.target.checked })}
                  slotProps={{ input: { 'aria-label': `QPV, commune ${i + 1}` } }}
                />
              </TableCell>
              <TableCell>
                <Checkbox
                  checked={c.zrr}
                  onChange={(e) => maj(i, { zrr: e.target.checked })}
                  slotProps={{ input: { 'aria-label': `ZRR, commune ${i + 1}` } }}
                />
              </TableCell>
              <TableCell>
                <Tooltip title="Retirer cette commune">
                  <IconButton
                    aria-label={`Retirer la commune ${i + 1}`}
                    onClick={() => setCommunes(communes.filter((_, j) => j !== i))}
                  >
                    <DeleteOutlineIcon />
                  </IconButton>
                </Tooltip>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Button startIcon={<AddIcon />} sx={{ mt: 1 }} onClick={() => setCommunes([...communes, communeVide()])}>
        Ajouter une commune
      </Button>
    </Box>
  );
}

function EtapeSites({
  sites,
  setSites,
  communes,
  champ,
  erreurs,
}: {
  sites: SiteForm[];
  setSites: (s: SiteForm[]) => void;
  communes: CommuneForm[];
  champ: Champ;
  erreurs: Erreurs;
}) {
  const maj = (i: number, s: Partial<SiteForm>) => setSites(sites.map((x, j) => (j === i ? { ...x, ...s } : x)));
  return (
    <Box>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        Le siège, les antennes (sites permanents) et les permanences (créneaux réguliers chez un partenaire).
      </Typography>
      {erreurs.sites ? (
        <Alert severity="error" sx={{ mb: 1 }}>
          {erreurs.sites}
        </Alert>
      ) : null}
      <Stack spacing={1.5}>
        {sites.map((s, i) => (
          <Box
            key={i}
            sx={{
              display: 'grid',
              gridTemplateColumns: { xs: '1fr', md: '2fr 1fr 1.5fr 2fr auto' },
              gap: 1.5,
              alignItems: 'start',
            }}
          >
            <TextField
              label="Nom du site"
              value={s.nom}
              onChange={(e) => maj(i, { nom: e.target.value })}
              {...champ(`sites.${i}.nom`)}
            />
            <FormControl>
              <InputLabel id={`site-type-${i}`}>Type</InputLabel>
              <Select
                labelId={`site-type-${i}`}
                label="Type"
                value={s.type}
                onChange={(e) => maj(i, { type: e.target.value as TypeSite })}
              >
                {TYPES_SITE.map((t) => (
                  <MenuItem key={t} value={t}>
                    {TYPE_SITE_LIBELLES[t]}
                  </MenuItem>
                ))}
              </Select>
            </FormControl>
            <FormControl error={Boolean(erreurs[`sites.${i}.communeInsee`])}>
              <InputLabel id={`site-commune-${i}`}>Commune</InputLabel>
              <Select
                labelId={`site-commune-${i}`}
                label="Commune"
                value={s.communeInsee}
                onChange={(e) => maj(i, { communeInsee: e.target.value })}
              >
                {communes.map((c) => (
                  <MenuItem key={c.insee} value={c.insee.trim().toUpperCase()}>
                    {c.nom} ({c.insee})
                  </MenuItem>
                ))}
              </Select>
              {erreurs[`sites.${i}.communeInsee`] ? (
                <FormHelperText>{erreurs[`sites.${i}.communeInsee`]}</FormHelperText>
              ) : null}
            </FormControl>
            <TextField
              label="Adresse"
              value={s.adresse}
              onChange={(e) => maj(i, { adresse: e.target.value })}
              {...champ(`sites.${i}.adresse`)}
            />
            <Tooltip title="Retirer ce site">
              <span>
                <IconButton
                  aria-label={`Retirer le site ${i + 1}`}
                  disabled={sites.length === 1}
                  onClick={() => setSites(sites.filter((_, j) => j !== i))}
                >
                  <DeleteOutlineIcon />
                </IconButton>
              </span>
            </Tooltip>
          </Box>
        ))}
      </Stack>
      <Stack direction="row" spacing={1} sx={{ mt: 1.5 }}>
        <Button startIcon={<AddIcon />} onClick={() => setSites([...sites, siteVide('antenne')])}>
          Ajouter une antenne
        </Button>
        <Button startIcon={<AddIcon />} onClick={() => setSites([...sites, siteVide('permanence')])}>
          Ajouter une permanence
        </Button>
      </Stack>
    </Box>
  );
}

function EtapePersonnel({
  personnel,
  setPersonnel,
  sites,
  champ,
  erreurs,
}: {
  personnel: PersonneForm[];
  setPersonnel: (p: PersonneForm[]) => void;
  sites: SiteForm[];
  champ: Champ;
  erreurs: Erreurs;
}) {
  const maj = (i: number, p: Partial<PersonneForm>) =>
    setPersonnel(personnel.map((x, j) => (j === i ? avecIdentifiantPropose(x, p) : x)));
  return (
    <Box>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        L'équipe et ses rôles (une personne peut en avoir plusieurs). Vous pourrez compléter la liste plus tard ; chacun
        recevra un mot de passe provisoire depuis l'écran « Comptes ».
      </Typography>
      {personnel.length === 0 ? (
        <Typography color="text.secondary" sx={{ fontStyle: 'italic', mb: 1 }}>
          Personne pour l'instant.
        </Typography>
      ) : null}
      <Stack spacing={1.5}>
        {personnel.map((p, i) => (
          <Box
            key={i}
            sx={{
              display: 'grid',
              gridTemplateColumns: { xs: '1fr', md: '1fr 1fr 1fr 1.3fr 2fr 1.3fr auto' },
              gap: 1.5,
              alignItems: 'start',
            }}
          >
            <TextField
              label="Prénom"
              value={p.prenom}
              onChange={(e) => maj(i, { prenom: e.target.value })}
              {...champ(`personnel.${i}.prenom`)}
            />
            <TextField
              label="Nom"
              value={p.nom}
              onChange={(e) => maj(i, { nom: e.target.value })}
              {...champ(`personnel.${i}.nom`)}
            />
            <TextField
              label="Identifiant"
              value={p.identifiant}
              onChange={(e) => maj(i, { identifiant: e.target.value })}
              {...champ(`personnel.${i}.identifiant`)}
            />
            <TextField
              label="E-mail"
              value={p.email}
              onChange={(e) => maj(i, { email: e.target.value })}
              {...champ(`personnel.${i}.email`)}
            />
            <ChoixRoles
              id={`roles-${i}`}
              valeur={p.roles}
              onChange={(roles) => maj(i, { roles })}
              erreur={erreurs[`personnel.${i}.roles`]}
            />
            <FormControl>
              <InputLabel id={`perso-site-${i}`}>Site</InputLabel>
              <Select
                labelId={`perso-site-${i}`}
                label="Site"
                value={p.site === null ? '' : String(p.site)}
                onChange={(e) => maj(i, { site: e.target.value === '' ? null : Number(e.target.value) })}
              >
                <MenuItem value="">
                  <em>Aucun</em>
                </MenuItem>
                {sites.map((s, j) => (
                  <MenuItem key={j} value={String(j)}>
                    {s.nom || `Site ${j + 1}`}
                  </MenuItem>
                ))}
              </Select>
            </FormControl>
            <Tooltip title="Retirer cette personne">
              <IconButton
                aria-label={`Retirer la personne ${i + 1}`}
                onClick={() => setPersonnel(personnel.filter((_, j) => j !== i))}
              >
                <DeleteOutlineIcon />
              </IconButton>
            </Tooltip>
          </Box>
        ))}
      </Stack>
      <Button startIcon={<AddIcon />} sx={{ mt: 1.5 }} onClick={() => setPersonnel([...personnel, personneVide()])}>
        Ajouter une personne
      </Button>
    </Box>
  );
}

function EtapeAdministrateur({
  administrateur,
  setAdministrateur,
  erreurs,
}: {
  administrateur: AdministrateurForm;
  setAdministrateur: (a: AdministrateurForm) => void;
  erreurs: Erreurs;
}) {
  return (
    <Box>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        La personne qui gérera les comptes, les droits et les réglages : souvent la direction, qui peut garder ses
        autres rôles. Sa session s'ouvrira à la fin de l'installation.
      </Typography>
      <ChampsAdministrateur
        valeur={administrateur}
        onChange={setAdministrateur}
        erreur={(c) => erreurs[`administrateur.${c}`]}
        montrerErreurs={Object.keys(erreurs).some((k) => k.startsWith('administrateur'))}
      />
    </Box>
  );
}

function Recapitulatif({
  structure,
  communes,
  sites,
  personnel,
  administrateur,
}: {
  structure: StructureForm;
  communes: CommuneForm[];
  sites: SiteForm[];
  personnel: PersonneForm[];
  administrateur: AdministrateurForm;
}) {
  return (
    <Grille>
      <Box>
        <Typography variant="subtitle2">Structure</Typography>
        <Typography>{structure.nom}</Typography>
        <Typography color="text.secondary">SIRET {structure.siret}</Typography>
        <Typography color="text.secondary">
          {structure.adresse}, {structure.codePostal} {structure.commune}
        </Typography>
      </Box>
      <Box>
        <Typography variant="subtitle2">Sites ({sites.length})</Typography>
        {sites.map((s, i) => (
          <Typography key={i}>
            {s.nom}{' '}
            <Typography component="span" color="text.secondary">
              — {TYPE_SITE_LIBELLES[s.type]}
            </Typography>
          </Typography>
        ))}
      </Box>
      <Box>
        <Typography variant="subtitle2">Territoire</Typography>
        <Typography>
          {communes.length} commune(s), dont {communes.filter((c) => c.qpv).length} avec QPV et{' '}
          {communes.filter((c) => c.zrr).length} en ZRR
        </Typography>
      </Box>
      <Box>
        <Typography variant="subtitle2">Administrateur</Typography>
        <Typography>
          {administrateur.prenom} {administrateur.nom}{' '}
          <Typography component="span" color="text.secondary">
            — identifiant {administrateur.identifiant}
            {administrateur.autresRoles.length > 0
              ? `, aussi ${administrateur.autresRoles.map((r) => ROLE_LIBELLES[r]).join(', ')}`
              : ''}
          </Typography>
        </Typography>
      </Box>
      <Box>
        <Typography variant="subtitle2">Personnel ({personnel.length})</Typography>
        {personnel.map((p, i) => (
          <Typography key={i}>
            {p.prenom} {p.nom}{' '}
            <Typography component="span" color="text.secondary">
              — {p.roles.map((r) => ROLE_LIBELLES[r]).join(', ')}
            </Typography>
          </Typography>
        ))}
      </Box>
    </Grille>
  );
}
