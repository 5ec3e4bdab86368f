import { useMemo, useState } from 'react';
import {
  Alert,
  Box,
  Button,
  LinearProgress,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableFooter,
  TableHead,
  TableRow,
  Tooltip,
  Typography,
} from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { DOMAINE_FORMATION_LIBELLES, RAISON_BESOIN_LIBELLES, RAISONS_BESOIN } from '../../../src-main/contract';
import { messageErreur } from '../../api/client';
import { useDroits } from '../../api/droits';
import { useRequete } from '../../api/hooks';
import { Bloc, EnTeteTableau, Vide } from '../../components/communs';
import { aujourdhuiIso, dateFr } from '../../components/dates';
import { COULEURS_GRAPHIQUE, GraphiqueBarres } from '../../components/graphiques';
import { useNotifier } from '../../components/Notifications';
import { telecharger } from '../../components/telechargement';
import { fichierTexte } from '../annuaire/logique';
import {
  csvBesoins,
  donneesDomaines,
  libellePeriode,
  nombreFr,
  periodeDe,
  periodeEnDates,
  periodeParDefaut,
  RAISON_COURTE,
  tableauBesoins,
  type BarreDomaine,
  type ChoixPeriode,
} from './logiqueTableau';
import { ChoixDePeriode } from './TableauPeriode';
import { Tuile, Tuiles } from './TableauTuiles';

/** The last period chosen: back from another screen, the same synthesis shows. */
let dernierePeriode: ChoixPeriode | null = null;

const NOMBRE = { fontVariantNumeric: 'tabular-nums' } as const;

/**
 * The training needs validated with a jeune that found no answer, for the territorial diagnosis:
 * over a period (the calendar year by default), a domain × reason table with the distinct jeunes,
 * a chart by domain, the trainings or jobs most asked for, and the whole as a CSV file. No name
 * appears: each jeune's needs are on their file (« Formation » tab).
 */
export function Besoins() {
  const { peut } = useDroits();
  const notifier = useNotifier();
  const [aujourdhui] = useState(aujourdhuiIso);
  const [choix, setChoixEcran] = useState<ChoixPeriode>(() => dernierePeriode ?? periodeParDefaut(aujourdhui));
  const setChoix = (c: ChoixPeriode) => {
    dernierePeriode = c;
    setChoixEcran(c);
  };
  const periode = periodeDe(choix);
  const lit = peut('besoins.synthese');
  const synthese = useRequete('besoins.synthese', periode ?? { du: aujourdhui, au: aujourdhui }, {
    enabled: lit && periode !== null,
    garderPrecedent: true,
  });
  const s = synthese.data;
  const tableau = useMemo(() => (s ? tableauBesoins(s) : null), [s]);
  const barres = useMemo(() => (s ? donneesDomaines(s) : []), [s]);

  if (!lit)
    return <Alert severity="info">La synthèse des besoins non satisfaits n’est pas ouverte à votre rôle.</Alert>;

  const attenue = synthese.isPlaceholderData || periode === null;
  const premier = tableau?.lignes[0];
  const raisonPrincipale = tableau
    ? [...RAISONS_BESOIN].sort((a, b) => tableau.totalParRaison[b] - tableau.totalParRaison[a])[0]
    : undefined;

  const exporter = () => {
    if (!s) return;
    const { nomFichier, contenu } = csvBesoins(s);
    telecharger(nomFichier, fichierTexte(nomFichier, contenu));
    notifier(`Fichier téléchargé : ${nomFichier}.`);
  };

  return (
    <Box
      sx={{ p: 2, maxWidth: 1600, mx: 'auto', display: 'flex', flexDirection: 'column', gap: 1.5 }}
      data-testid="besoins-synthese"
    >
      <Stack direction="row" useFlexGap spacing={1.5} sx={{ alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <ChoixDePeriode valeur={choix} onChange={setChoix} aujourdhui={aujourdhui} />
        <Box sx={{ flex: 1 }} />
        <Button
          variant="outlined"
          startIcon={<DownloadIcon />}
          disabled={!s || attenue}
          onClick={exporter}
          sx={{ height: 40 }}
          data-testid="exporter-besoins"
        >
          Exporter la synthèse (CSV)
        </Button>
      </Stack>

      <Paper variant="outlined" sx={{ overflow: 'hidden' }}>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'baseline', px: 2, pt: 1.25, flexWrap: 'wrap' }}>
          <Typography variant="h6" component="h2">
            Besoins de formation non satisfaits {periode ? libellePeriode(periode) : 'sur la période'}
          </Typography>
          {s ? (
            <Typography color="text.secondary" variant="body2">
              {periodeEnDates(s) ? '' : `du ${dateFr(s.du)} au ${dateFr(s.au)} · `}sans nom, pour le diagnostic
              territorial
            </Typography>
          ) : null}
        </Stack>
        <Box sx={{ height: 2, mt: 1 }}>{synthese.isFetching ? <LinearProgress sx={{ height: 2 }} /> : null}</Box>
        {synthese.error ? <Alert severity="error">{messageErreur(synthese.error)}</Alert> : null}
        {s && tableau ? (
          <Tuiles attenue={attenue}>
            <Tuile libelle="Besoins notés" valeur={nombreFr(s.total)} testId="total-besoins" donnee={s.total} />
            <Tuile libelle="Jeunes concernés" valeur={nombreFr(s.jeunes)} testId="jeunes-besoins" donnee={s.jeunes}>
              jeunes distincts
            </Tuile>
            <Tuile
              libelle="Domaine le plus demandé"
              valeur={premier ? nombreFr(premier.total) : '—'}
              testId="domaine-principal"
            >
              {premier ? premier.libelle : 'aucun besoin'}
            </Tuile>
            <Tuile
              libelle="Raison la plus fréquente"
              valeur={raisonPrincipale && s.total > 0 ? nombreFr(tableau.totalParRaison[raisonPrincipale]) : '—'}
              testId="raison-principale"
            >
              {raisonPrincipale && s.total > 0 ? RAISON_BESOIN_LIBELLES[raisonPrincipale] : 'aucun besoin'}
            </Tuile>
          </Tuiles>
        ) : synthese.isLoading ? (
          <Typography color="text.secondary" sx={{ px: 2, py: 3 }}>
            Calcul de la synthèse…
          </Typography>
        ) : null}
      </Paper>

      {s && tableau ? (
        s.total === 0 ? (
          <Paper variant="outlined">
            <Vide>
              Aucun besoin non satisfait noté sur cette période. Un besoin se note dans le dossier du jeune, onglet «
              Formation ».
            </Vide>
          </Paper>
        ) : (
          <Box
            sx={{
              display: 'grid',
              gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 3fr) minmax(0, 2fr)' },
              gap: 1.5,
              alignItems: 'start',
              opacity: attenue ? 0.6 : 1,
            }}
          >
            <Bloc titre="Par domaine et par raison" chargement={synthese.isFetching}>
              <Table size="small" aria-label="Besoins non satisfaits par domaine et par raison" sx={{ minWidth: 780 }}>
                <TableHead>
                  <TableRow>
                    <TableCell>Domaine</TableCell>
                    {RAISONS_BESOIN.map((r) => (
                      <TableCell key={r} align="right">
                        <Tooltip title={RAISON_BESOIN_LIBELLES[r]}>
                          <abbr title={RAISON_BESOIN_LIBELLES[r]} style={{ textDecoration: 'none' }}>
                            {RAISON_COURTE[r]}
                          </abbr>
                        </Tooltip>
                      </TableCell>
                    ))}
                    <TableCell align="right">Total</TableCell>
                    <TableCell align="right">Jeunes</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {tableau.lignes.map((l) => (
                    <TableRow key={l.domaine} data-testid="ligne-besoin-domaine" data-domaine={l.domaine}>
                      <TableCell component="th" scope="row">
                        {l.libelle}
                      </TableCell>
                      {RAISONS_BESOIN.map((r) => (
                        <Cellule key={r} n={l.parRaison[r]} />
                      ))}
                      <TableCell align="right" sx={{ ...NOMBRE, fontWeight: 700 }} data-testid="total-domaine">
                        {nombreFr(l.total)}
                      </TableCell>
                      <TableCell align="right" sx={NOMBRE}>
                        {nombreFr(l.jeunes)}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
                <TableFooter>
                  <TableRow sx={{ '& td, & th': { fontWeight: 700, color: 'text.primary', fontSize: '0.875rem' } }}>
                    <TableCell component="th" scope="row">
                      Total
                    </TableCell>
                    {RAISONS_BESOIN.map((r) => (
                      <TableCell key={r} align="right" sx={NOMBRE}>
                        {nombreFr(tableau.totalParRaison[r])}
                      </TableCell>
                    ))}
                    <TableCell align="right" sx={NOMBRE}>
                      {nombreFr(tableau.total)}
                    </TableCell>
                    <TableCell
                      align="right"
                      sx={NOMBRE}
                      title="Un jeune peut avoir des besoins dans plusieurs domaines"
                    >
                      {nombreFr(tableau.jeunes)}
                    </TableCell>
                  </TableRow>
                </TableFooter>
              </Table>
              <Typography variant="caption" color="text.secondary" component="p" sx={{ px: 2, py: 1, m: 0 }}>
                « Jeunes » compte chaque jeune une fois ; un jeune peut avoir des besoins dans plusieurs domaines, le
                total des jeunes n’est donc pas la somme de la colonne.
              </Typography>
            </Bloc>

            <Stack spacing={1.5}>
              <Paper variant="outlined" sx={{ p: 2 }}>
                <GraphiqueBarres<BarreDomaine>
                  titre="Besoins par domaine"
                  testId="graphique-besoins-domaines"
                  donnees={barres}
                  categorie={(b) => b.libelle}
                  categorieComplete={(b) => DOMAINE_FORMATION_LIBELLES[b.domaine]}
                  enTeteCategorie="Domaine"
                  horizontal
                  largeurNoms={200}
                  series={[
                    { cle: 'total', libelle: 'Besoins', couleur: COULEURS_GRAPHIQUE.principal, etiquette: true },
                    { cle: 'jeunes', libelle: 'Jeunes', couleur: COULEURS_GRAPHIQUE.clair, etiquette: true },
                  ]}
                />
              </Paper>
              <Bloc titre="Formations ou métiers les plus demandés">
                {s.objetsFrequents.length === 0 ? (
                  <Vide>Aucun.</Vide>
                ) : (
                  <Table
                    size="small"
                    aria-label="Formations ou métiers les plus demandés"
                    data-testid="objets-frequents"
                  >
                    <EnTeteTableau
                      colonnes={['Formation ou métier visé', 'Domaine', { libelle: 'Besoins', align: 'right' }]}
                    />
                    <TableBody>
                      {s.objetsFrequents.map((o) => (
                        <TableRow key={`${o.objet}-${o.domaine}`}>
                          <TableCell sx={{ fontWeight: 600 }}>{o.objet}</TableCell>
                          <TableCell>{DOMAINE_FORMATION_LIBELLES[o.domaine]}</TableCell>
                          <TableCell align="right" sx={NOMBRE}>
                            {nombreFr(o.nombre)}
                          </TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                )}
              </Bloc>
            </Stack>
          </Box>
        )
      ) : null}
    </Box>
  );
}

/** A count of the table; a zero is faint, so that the figures stand out. */
function Cellule({ n }: { n: number }) {
  return (
    <TableCell align="right" sx={{ ...NOMBRE, color: n === 0 ? 'text.disabled' : undefined }}>
      {nombreFr(n)}
    </TableCell>
  );
}
