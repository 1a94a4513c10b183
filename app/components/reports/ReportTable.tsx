/** One cockpit table in a labelled, focusable region that scrolls by itself on a phone, with its two downloads. */
import { useTranslation } from 'react-i18next';
import type { CockpitTable } from './cockpit-tables';

export function ReportTable({ table, query, hideCaption }: { table: CockpitTable; query: string; hideCaption?: boolean }) {
  const { t } = useTranslation();
  const captionId = `table-${table.id}`;
  return (
    <div className="report-table">
      <div className="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="summary">
          <caption id={captionId} className={hideCaption ? 'visually-hidden' : undefined}>
            {table.caption}
          </caption>
          <thead>
            <tr>
              {table.headers.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.length === 0 ? (
              <tr>
                <td colSpan={table.headers.length}>{t('reports.empty')}</td>
              </tr>
            ) : (
              table.rows.map((row, i) => (
                <tr key={i}>
                  {row.map((cell, j) =>
                    j === 0 ? (
                      <th key={j} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={j}>{cell ?? '—'}</td>
                    ),
                  )}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <p className="report-downloads">
        <a href={`/staff/reports/${table.id}.csv?${query}`} download>
          {t('reports.downloadCsv', { table: table.caption })}
        </a>{' '}
        <a href={`/staff/reports/${table.id}.xlsx?${query}`} download>
          {t('reports.downloadXlsx', { table: table.caption })}
        </a>
      </p>
    </div>
  );
}

/** A chart (aria-hidden SVG drawn on the server) as an accessible figure: its words say what it shows, its table the figures. */
export function ReportChart({ svg, label, legend }: { svg: string; label: string; legend: { name: string; key: 'first' | 'second' }[] }) {
  return (
    <figure className="report-chart" role="img" aria-label={label}>
      {/* The SVG is ours, drawn by recharts on the server from numbers only. */}
      <div className="report-chart-drawing" dangerouslySetInnerHTML={{ __html: svg }} />
      <figcaption>
        {label}
        {legend.length > 1 ? (
          <span className="report-legend" aria-hidden="true">
            {legend.map((l) => (
              <span key={l.key} className={`legend-${l.key}`}>
                {l.name}
              </span>
            ))}
          </span>
        ) : null}
      </figcaption>
    </figure>
  );
}
