import { useMemo, useState } from 'react';
import {
  Alert,
  Box,
  FormControlLabel,
  LinearProgress,
  Link,
  Paper,
  Stack,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TableSortLabel,
  Typography,
} from '@mui/material';
import { messageErreur } from '../../api/client';
import { useDroits, useUtilisateur } from '../../api/droits';
import { useRequete } from '../../api/hooks';
import { Bloc, Vide } from '../../components/communs';
import { aujourdhuiIso, dateFr } from '../../components/dates';
import { ListeChoix } from '../../components/formulaires';
import { COULEURS_GRAPHIQUE, GraphiqueBarres, GraphiqueCourbes } from '../../components/graphiques';
import { PuceStatutAction } from './elements';
import { libelleDelai, lienAction, pourcentage } from './logique';
import {
  abandonsAffiches,
  donneesMois,
  donneesProgrammes,
  enPourcent,
  libellePeriode,
  nombreFr,
  periodeDe,
  periodeEnDates,
  periodeParDefaut,
  programmesProposes,
  trierActions,
  type ActionDuTableau,
  type BarreProgramme,
  type ChoixPeriode,
  type ColonneTriActions,
  type PointMois,
  type Sens,
} from './logiqueTableau';
import { ChoixDePeriode } from './TableauPeriode';
import { Tuile, Tuiles } from './TableauTuiles';

interface FiltresTableau {
  periode: ChoixPeriode;
  programme: string | null;
  mesActions: boolean;
}

/** The last filters chosen: back from an action opened here, the same dashboard shows. */
let derniersFiltres: FiltresTableau | null = null;

const COLONNES: { colonne: ColonneTriActions; libelle: string; nombre?: boolean; largeur?: number | string }[] = [
  { colonne: 'intitule', libelle: 'Action', largeur: '22%' },
  { colonne: 'programme', libelle: 'Programme', largeur: '14%' },
  { colonne: 'referent', libelle: 'Référent d’action' },
  { colonne: 'debut', libelle: 'Dates' },
  { colonne: 'statut', libelle: 'Statut' },
  { colonne: 'places', libelle: 'Places', nombre: true },
  { colonne: 'entres', libelle: 'Entrées', nombre: true },
  { colonne: 'remplissage', libelle: 'Remplissage', nombre: true },
  { colonne: 'delai', libelle: 'Délai moyen', nombre: true },
  { colonne: 'abandons', libelle: 'Abandons', nombre: true },
];

/**
 * The référent formation's dashboard over a period (the calendar year by default, a quarter, or
 * dates): the figures of the actions starting in it (places, entries, filling rate, delay from
 * proposal to entry, abandons), filling by programme, entries and candidacies per month, and
 * every action of the period with its figures, sortable. « Mes actions »: only those whose
 * référent d'action is the person signed in.
 */
export function TableauDeBord() {
  const { peut } = useDroits();
  const utilisateur = useUtilisateur();
  const [aujourdhui] = useState(aujourdhuiIso);
  const [filtres, setFiltresEcran] = useState<FiltresTableau>(
    () => derniersFiltres ?? { periode: periodeParDefaut(aujourdhui), programme: null, mesActions: false },
  );
  const maj = (p: Partial<FiltresTableau>) => {
    const f = { ...filtres, ...p };
    derniersFiltres = f;
    setFiltresEcran(f);
  };
  const [tri, setTri] = useState<{ colonne: ColonneTriActions; sens: Sens }>({ colonne: 'debut', sens: 'asc' });

  const periode = periodeDe(filtres.periode);
  const lit = peut('formation.tableauDeBord');
  const criteres = {
    du: periode?.du ?? aujourdhui,
    au: periode?.au ?? aujourdhui,
    referentId: filtres.mesActions ? utilisateur.id : null,
  };
  const tableau = useRequete(
    'formation.tableauDeBord',
    { ...criteres, programme: filtres.programme },
    { enabled: lit && periode !== null, garderPrecedent: true },
  );
  // The programmes of the period, for the filter, whichever is chosen (the same query as
  // « every programme », so usually already read).
  const tous = useRequete(
    'formation.tableauDeBord',
    { ...criteres, programme: null },
    { enabled: lit && periode !== null && filtres.programme !== null, garderPrecedent: true },
  );
  const d = tableau.data;
  const programmes = programmesProposes(
    (filtres.programme === null ? d : tous.data)?.parProgramme ?? [],
    filtres.programme,
  );
  const actions = useMemo(() => (d ? trierActions(d.actions, tri.colonne, tri.sens) : []), [d, tri.colonne, tri.sens]);
  const barres = useMemo(() => (d ? donneesProgrammes(d.parProgramme) : []), [d]);
  const mois = useMemo(() => (d ? donneesMois(d.parMois, { du: d.du, au: d.au }) : []), [d]);

  if (!lit) return <Alert severity="info">Le tableau de bord de la formation n’est pas ouvert à votre rôle.</Alert>;

  const t = d?.total;
  const attenue = tableau.isPlaceholderData || periode === null;

  return (
    <Box
      sx={{ p: 2, maxWidth: 1600, mx: 'auto', display: 'flex', flexDirection: 'column', gap: 1.5 }}
      data-testid="tableau-formation"
    >
      <Stack direction="row" useFlexGap spacing={1.5} sx={{ alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <ChoixDePeriode valeur={filtres.periode} onChange={(p) => maj({ periode: p })} aujourdhui={aujourdhui} />
        <ListeChoix
          label="Programme"
          valeur={filtres.programme}
          onChange={(programme) => maj({ programme })}
          options={programmes.map((p) => ({ valeur: p, libelle: p }))}
          vide="Tous les programmes"
          sx={{ minWidth: 240, maxWidth: 420 }}
        />
        <FormControlLabel
          control={
            <Switch
              checked={filtres.mesActions}
              onChange={(e) => maj({ mesActions: e.target.checked })}
              slotProps={{ input: { 'aria-describedby': 'aide-mes-actions' } }}
            />
          }
          label="Mes actions"
          sx={{ height: 40, ml: 0.5 }}
          data-testid="mes-actions-tableau"
        />
        <Typography id="aide-mes-actions" variant="caption" color="text.secondary" sx={{ alignSelf: 'center' }}>
          {filtres.mesActions ? 'Les actions dont vous êtes le référent' : ''}
        </Typography>
      </Stack>

      <Paper variant="outlined" sx={{ overflow: 'hidden' }}>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'baseline', px: 2, pt: 1.25, flexWrap: 'wrap' }}>
          <Typography variant="h6" component="h2">
            Actions commençant {periode ? libellePeriode(periode) : 'sur la période'}
          </Typography>
          {d ? (
            <Typography color="text.secondary" variant="body2">
              {[
                periodeEnDates(d) ? null : `du ${dateFr(d.du)} au ${dateFr(d.au)}`,
                filtres.programme,
                filtres.mesActions ? 'mes actions' : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Typography>
          ) : null}
        </Stack>
        <Box sx={{ height: 2, mt: 1 }}>{tableau.isFetching ? <LinearProgress sx={{ height: 2 }} /> : null}</Box>
        {tableau.error ? <Alert severity="error">{messageErreur(tableau.error)}</Alert> : null}
        {t ? (
          <Tuiles attenue={attenue}>
            <Tuile libelle="Actions" valeur={nombreFr(t.actions)} testId="total-actions">
              {nombreFr(t.positionnements)} positionnement{t.positionnements > 1 ? 's' : ''}
            </Tuile>
            <Tuile libelle="Places" valeur={nombreFr(t.places)} testId="total-places" />
            <Tuile libelle="Entrées" valeur={nombreFr(t.entres)} testId="total-entrees">
              en formation, terminées ou abandonnées
            </Tuile>
            <Tuile
              libelle="Taux de remplissage"
              valeur={pourcentage(t.tauxRemplissage)}
              testId="taux-remplissage-total"
              donnee={enPourcent(t.tauxRemplissage)}
            >
              entrées / places
            </Tuile>
            <Tuile libelle="Délai candidature → entrée" valeur={libelleDelai(t.delaiMoyenJours)} testId="delai-entree">
              {t.delaiMedianJours === null ? 'en moyenne' : `en moyenne · médiane ${libelleDelai(t.delaiMedianJours)}`}
            </Tuile>
            <Tuile libelle="Abandons" valeur={pourcentage(t.tauxAbandon)} testId="taux-abandon">
              {t.abandons === 0
                ? 'aucun abandon'
                : `${nombreFr(t.abandons)} abandon${t.abandons > 1 ? 's' : ''} sur ${nombreFr(t.entres)} entrée${t.entres > 1 ? 's' : ''}`}
            </Tuile>
          </Tuiles>
        ) : tableau.isLoading ? (
          <Box sx={{ px: 2, py: 3 }}>
            <Typography color="text.secondary">Calcul du tableau de bord…</Typography>
          </Box>
        ) : null}
      </Paper>

      {d ? (
        <Box
          sx={{
            display: 'grid',
            gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 1fr) minmax(0, 1fr)' },
            gap: 1.5,
            opacity: attenue ? 0.6 : 1,
          }}
        >
          <Paper variant="outlined" sx={{ p: 2 }}>
            <GraphiqueBarres<BarreProgramme>
              titre="Remplissage par programme"
              testId="graphique-programmes"
              donnees={barres}
              categorie={(b) => b.libelle}
              categorieComplete={(b) => b.programme}
              enTeteCategorie="Programme"
              horizontal
              series={[
                { cle: 'places', libelle: 'Places', couleur: COULEURS_GRAPHIQUE.clair, etiquette: true },
                {
                  cle: 'entrees',
                  libelle: 'Entrées (taux de remplissage)',
                  couleur: COULEURS_GRAPHIQUE.principal,
                  etiquette: (b) => b.etiquette,
                },
              ]}
              note="Actions commençant sur la période ; taux de remplissage = entrées / places."
            />
          </Paper>
          <Paper variant="outlined" sx={{ p: 2 }}>
            <GraphiqueCourbes<PointMois>
              titre="Entrées par mois"
              testId="graphique-mois"
              donnees={mois}
              categorie={(m) => m.libelle}
              enTeteCategorie="Mois"
              series={[
                {
                  cle: 'entrees',
                  libelle: 'Entrées en formation',
                  couleur: COULEURS_GRAPHIQUE.principal,
                  etiquette: true,
                },
                { cle: 'positionnements', libelle: 'Positionnements', couleur: COULEURS_GRAPHIQUE.accent },
              ]}
              note="Entrées datées du mois et jeunes positionnés dans le mois, sur toutes les actions du choix (programme, mes actions)."
            />
          </Paper>
        </Box>
      ) : null}

      {d ? (
        <Bloc
          titre={
            <>
              Actions de la période
              <Typography component="span" color="text.secondary" sx={{ ml: 1 }}>
                {d.actions.length} action{d.actions.length > 1 ? 's' : ''} commençant ou en cours sur la période
              </Typography>
            </>
          }
          chargement={tableau.isFetching}
        >
          {actions.length === 0 ? (
            <Vide>
              Aucune action sur cette période
              {filtres.mesActions ? ' dont vous êtes le référent' : ''}
              {filtres.programme ? ` dans le programme « ${filtres.programme} »` : ''} : changez la période ou les
              filtres.
            </Vide>
          ) : (
            <TableActions actions={actions} tri={tri} onTri={setTri} />
          )}
        </Bloc>
      ) : null}
    </Box>
  );
}

function TableActions({
  actions,
  tri,
  onTri,
}: {
  actions: ActionDuTableau[];
  tri: { colonne: ColonneTriActions; sens: Sens };
  onTri: (t: { colonne: ColonneTriActions; sens: Sens }) => void;
}) {
  return (
    <Table size="small" stickyHeader aria-label="Actions de la période et leurs chiffres" sx={{ minWidth: 1200 }}>
      <TableHead>
        <TableRow>
          {COLONNES.map((c) => (
            <TableCell
              key={c.colonne}
              align={c.nombre ? 'right' : 'left'}
              sortDirection={tri.colonne === c.colonne ? tri.sens : false}
              sx={c.largeur ? { width: c.largeur } : undefined}
            >
              <TableSortLabel
                active={tri.colonne === c.colonne}
                direction={tri.colonne === c.colonne ? tri.sens : 'asc'}
                onClick={() =>
                  onTri({
                    colonne: c.colonne,
                    sens: tri.colonne === c.colonne && tri.sens === 'asc' ? 'desc' : 'asc',
                  })
                }
              >
                {c.libelle}
              </TableSortLabel>
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {actions.map((a) => (
          <TableRow
            key={a.id}
            hover
            data-testid="ligne-action-tableau"
            data-action={a.id}
            sx={{ '& td': { verticalAlign: 'top' } }}
          >
            <TableCell>
              <Link href={lienAction(a.id)} sx={{ fontWeight: 600 }}>
                {a.intitule}
              </Link>
            </TableCell>
            <TableCell>{a.programme}</TableCell>
            <TableCell>
              {a.referentNom ?? (
                <Typography component="span" color="text.secondary" variant="body2">
                  Personne
                </Typography>
              )}
            </TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>
              {dateFr(a.debut)}
              <Typography variant="caption" color="text.secondary" component="div">
                au {dateFr(a.fin)}
              </Typography>
            </TableCell>
            <TableCell>
              <PuceStatutAction statut={a.statut} />
            </TableCell>
            <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
              {nombreFr(a.tableau.places)}
              <Typography variant="caption" color="text.secondary" component="div">
                {nombreFr(a.tableau.positionnements)} positionné{a.tableau.positionnements > 1 ? 's' : ''}
              </Typography>
            </TableCell>
            <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
              {nombreFr(a.tableau.entres)}
            </TableCell>
            <TableCell
              align="right"
              sx={{ fontVariantNumeric: 'tabular-nums' }}
              data-valeur={enPourcent(a.tableau.tauxRemplissage) ?? undefined}
            >
              <BarreRemplissage taux={a.tableau.tauxRemplissage} />
            </TableCell>
            <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
              {libelleDelai(a.tableau.delaiMoyenJours)}
              {a.tableau.delaiMedianJours !== null ? (
                <Typography variant="caption" color="text.secondary" component="div">
                  médiane {libelleDelai(a.tableau.delaiMedianJours)}
                </Typography>
              ) : null}
            </TableCell>
            <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
              {abandonsAffiches(a.tableau.abandons, a.tableau.tauxAbandon)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** The rate, and under it a thin bar (full at 100 %, red-orange beyond: more entries than places). */
function BarreRemplissage({ taux }: { taux: number | null }) {
  const p = enPourcent(taux);
  return (
    <Box sx={{ minWidth: 90 }}>
      <Box component="span" sx={{ fontWeight: 600 }}>
        {pourcentage(taux)}
      </Box>
      {p !== null ? (
        <Box aria-hidden="true" sx={{ mt: 0.5, height: 4, borderRadius: 2, bgcolor: '#e6ebf0', overflow: 'hidden' }}>
          <Box
            sx={{
              height: '100%',
              width: `${Math.min(p, 100)}%`,
              bgcolor: p > 100 ? 'secondary.main' : 'primary.main',
            }}
          />
        </Box>
      ) : null}
    </Box>
  );
}
