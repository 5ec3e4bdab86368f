import { useId, useState, type ReactNode } from 'react';
import { Box, Button, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import TableChartIcon from '@mui/icons-material/TableChart';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

/**
 * The charts of the dashboards (recharts), the same everywhere: French numbers, values printed on
 * the bars (a printed page has no tooltip), no animation (a figure does not move under the eyes),
 * and the figures as a table — hidden from the eyes but read by a screen reader, shown by
 * « Voir les chiffres » for those who prefer a table.
 */

export const COULEURS_GRAPHIQUE = {
  principal: '#1f5f8b',
  clair: '#9dbfd8',
  accent: '#c0563b',
  vert: '#2e7d32',
} as const;

const CACHE = {
  position: 'absolute',
  width: 1,
  height: 1,
  p: 0,
  m: '-1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;

export interface SerieGraphique<D> {
  /** The datum's numeric field. */
  cle: keyof D & string;
  libelle: string;
  couleur: string;
  /** Printed on each bar or point: true for the value itself, or a text made of the datum. */
  etiquette?: boolean | ((d: D) => string);
}

interface ProprietesGraphique<D> {
  titre: string;
  donnees: readonly D[];
  /** The short name on the axis. */
  categorie: (d: D) => string;
  /** The full name in the table of figures (the axis one by default). */
  categorieComplete?: (d: D) => string;
  /** The table's first column: « Programme », « Mois ». */
  enTeteCategorie: string;
  series: SerieGraphique<D>[];
  /** A value as read (axis, tooltip, table, labels). */
  format?: (v: number) => string;
  hauteur?: number;
  testId?: string;
  /** A sentence under the chart (what is counted). */
  note?: ReactNode;
}

const nombre = (v: number) => v.toLocaleString('fr-FR');

function valeur<D>(d: D, cle: keyof D & string): number | null {
  const v = d[cle];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** The figures of a chart as a table: what a screen reader reads, and « Voir les chiffres » shows. */
function TableauChiffres<D>({
  titre,
  donnees,
  categorie,
  enTeteCategorie,
  series,
  format,
  visible,
}: {
  titre: string;
  donnees: readonly D[];
  categorie: (d: D) => string;
  enTeteCategorie: string;
  series: SerieGraphique<D>[];
  format: (v: number) => string;
  visible: boolean;
}) {
  return (
    <Table size="small" sx={visible ? { mt: 1 } : CACHE} data-testid="chiffres-graphique">
      <caption style={visible ? { captionSide: 'top', textAlign: 'left', padding: 0 } : undefined}>
        {visible ? '' : titre}
      </caption>
      <TableHead>
        <TableRow>
          <TableCell>{enTeteCategorie}</TableCell>
          {series.map((s) => (
            <TableCell key={s.cle} align="right">
              {s.libelle}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {donnees.map((d, i) => (
          <TableRow key={`${categorie(d)}-${i}`}>
            <TableCell component="th" scope="row">
              {categorie(d)}
            </TableCell>
            {series.map((s) => {
              const v = valeur(d, s.cle);
              return (
                <TableCell key={s.cle} align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                  {v === null ? '—' : typeof s.etiquette === 'function' ? s.etiquette(d) : format(v)}
                </TableCell>
              );
            })}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** The frame of a chart: its title, the drawing (hidden from screen readers), the table of figures. */
function Cadre<D>({
  props,
  children,
}: {
  props: ProprietesGraphique<D> & { format: (v: number) => string };
  children: ReactNode;
}) {
  const [visible, setVisible] = useState(false);
  const idTitre = useId();
  const complete = props.categorieComplete ?? props.categorie;
  return (
    <Box component="figure" aria-labelledby={idTitre} sx={{ m: 0, position: 'relative' }} data-testid={props.testId}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 0.5 }}>
        <Typography id={idTitre} variant="subtitle2" component="figcaption" sx={{ flex: 1 }}>
          {props.titre}
        </Typography>
        <Button
          size="small"
          startIcon={<TableChartIcon fontSize="small" />}
          onClick={() => setVisible((v) => !v)}
          aria-pressed={visible}
          sx={{ '@media print': { display: 'none' } }}
        >
          {visible ? 'Masquer les chiffres' : 'Voir les chiffres'}
        </Button>
      </Box>
      {props.donnees.every((d) => props.series.every((s) => !valeur(d, s.cle))) ? (
        <Typography color="text.secondary" sx={{ py: 3, textAlign: 'center' }}>
          Rien à montrer sur cette période.
        </Typography>
      ) : (
        <Box aria-hidden="true" sx={{ width: '100%', fontSize: '0.8rem' }}>
          {children}
        </Box>
      )}
      {props.note ? (
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 0.5, mb: 0 }}>
          {props.note}
        </Typography>
      ) : null}
      <TableauChiffres
        titre={props.titre}
        donnees={props.donnees}
        categorie={complete}
        enTeteCategorie={props.enTeteCategorie}
        series={props.series}
        format={props.format}
        visible={visible}
      />
    </Box>
  );
}

function etiquetteDe<D>(s: SerieGraphique<D>, format: (v: number) => string) {
  if (!s.etiquette) return null;
  const f = s.etiquette;
  return typeof f === 'function'
    ? { dataKey: (d: D) => f(d) }
    : // A zero is not printed: the absence of a bar says it.
      { dataKey: s.cle, formatter: (v: unknown) => (typeof v === 'number' && v !== 0 ? format(v) : '') };
}

const infobulle = (format: (v: number) => string) => ({
  formatter: (v: unknown, nom: unknown) => [typeof v === 'number' ? format(v) : '—', String(nom ?? '')] as const,
  contentStyle: { borderRadius: 8, borderColor: '#dde2e8', fontSize: '0.85rem' },
});

/**
 * Bars per category, one per series. Horizontal (`horizontal`) suits long names (programmes,
 * domains): the names stand on the left, one line each.
 */
export function GraphiqueBarres<D>(
  props: ProprietesGraphique<D> & {
    horizontal?: boolean;
    /** Width of the names' axis when horizontal, in pixels. */
    largeurNoms?: number;
  },
) {
  const format = props.format ?? nombre;
  const { donnees, series, categorie, horizontal } = props;
  const hauteur = props.hauteur ?? (horizontal ? Math.max(140, donnees.length * (series.length * 16 + 18) + 50) : 280);
  const axeValeurs = { type: 'number' as const, tickFormatter: format, allowDecimals: false };
  const axeNoms = {
    type: 'category' as const,
    dataKey: (d: D) => categorie(d),
    interval: 0 as const,
    // Long names wrap on up to three lines rather than being cut.
    tick: { fontSize: 12, maxLines: 3 },
  };
  return (
    <Cadre props={{ ...props, format }}>
      <ResponsiveContainer width="100%" height={hauteur}>
        <BarChart
          data={donnees as D[]}
          layout={horizontal ? 'vertical' : 'horizontal'}
          margin={{ top: 18, right: horizontal ? 72 : 16, bottom: 4, left: 4 }}
          accessibilityLayer={false}
          barGap={2}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={!horizontal} vertical={Boolean(horizontal)} />
          {horizontal ? (
            <>
              <XAxis {...axeValeurs} />
              <YAxis {...axeNoms} width={props.largeurNoms ?? 220} />
            </>
          ) : (
            <>
              <XAxis {...axeNoms} />
              <YAxis {...axeValeurs} width={48} />
            </>
          )}
          <Tooltip {...infobulle(format)} cursor={{ fill: 'rgba(31, 95, 139, 0.06)' }} />
          <Legend wrapperStyle={{ fontSize: '0.85rem' }} />
          {series.map((s) => {
            const etiquette = etiquetteDe(s, format);
            return (
              <Bar
                key={s.cle}
                dataKey={(d: D) => valeur(d, s.cle)}
                name={s.libelle}
                fill={s.couleur}
                isAnimationActive={false}
              >
                {etiquette ? (
                  <LabelList
                    {...etiquette}
                    position={horizontal ? 'right' : 'top'}
                    style={{ fontSize: 12, fill: '#33404c' }}
                  />
                ) : null}
              </Bar>
            );
          })}
        </BarChart>
      </ResponsiveContainer>
    </Cadre>
  );
}

/** Lines over time (months): a trend reads better than a column of figures. */
export function GraphiqueCourbes<D>(props: ProprietesGraphique<D>) {
  const format = props.format ?? nombre;
  const { donnees, series, categorie } = props;
  return (
    <Cadre props={{ ...props, format }}>
      <ResponsiveContainer width="100%" height={props.hauteur ?? 280}>
        <LineChart data={donnees as D[]} margin={{ top: 20, right: 24, bottom: 4, left: 4 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey={(d: D) => categorie(d)} tick={{ fontSize: 12 }} interval="preserveStartEnd" />
          <YAxis tickFormatter={format} allowDecimals={false} width={48} />
          <Tooltip {...infobulle(format)} />
          <Legend wrapperStyle={{ fontSize: '0.85rem' }} />
          {series.map((s) => {
            const etiquette = etiquetteDe(s, format);
            return (
              <Line
                key={s.cle}
                type="linear"
                dataKey={(d: D) => valeur(d, s.cle)}
                name={s.libelle}
                stroke={s.couleur}
                strokeWidth={2.5}
                dot={{ r: 3 }}
                isAnimationActive={false}
              >
                {etiquette ? (
                  <LabelList {...etiquette} position="top" style={{ fontSize: 12, fill: s.couleur }} />
                ) : null}
              </Line>
            );
          })}
        </LineChart>
      </ResponsiveContainer>
    </Cadre>
  );
}
