/**
 * The cockpit's charts, drawn on the server with recharts at a fixed size and sent as SVG markup:
 * no chart code in the browser, nothing to hydrate. Recharts puts inline style attributes on its
 * wrapper and a few elements; the page's CSP forbids them, so only the <svg> is kept and its style
 * attributes dropped (the drawing uses presentation attributes: fill, stroke). CSS scales the SVG
 * to the width there is (it has a viewBox).
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { Bar, BarChart, CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';

export const CHART_COLOURS = { first: '#1d4f91', second: '#b3541e' } as const;
const WIDTH = 720;
const HEIGHT = 300;

function svgOnly(markup: string): string {
  const start = markup.indexOf('<svg');
  const end = markup.lastIndexOf('</svg>');
  if (start < 0 || end < 0) return '';
  return markup
    .slice(start, end + 6)
    .replace(/\sstyle="[^"]*"/g, '')
    .replace('<svg', '<svg aria-hidden="true" focusable="false"');
}

export function lineChartSvg(data: { label: string; a: number; b: number }[]): string {
  return svgOnly(
    renderToStaticMarkup(
      <LineChart width={WIDTH} height={HEIGHT} data={data} margin={{ top: 12, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid stroke="#d0d4da" strokeDasharray="3 3" />
        <XAxis dataKey="label" tick={{ fontSize: 11, fill: '#333' }} interval="preserveStartEnd" />
        <YAxis allowDecimals={false} tick={{ fontSize: 11, fill: '#333' }} />
        <Line dataKey="a" stroke={CHART_COLOURS.first} strokeWidth={2} dot={false} isAnimationActive={false} />
        <Line dataKey="b" stroke={CHART_COLOURS.second} strokeWidth={2} strokeDasharray="6 3" dot={false} isAnimationActive={false} />
      </LineChart>,
    ),
  );
}

export function barChartSvg(data: { label: string; a: number; b?: number }[]): string {
  const two = data.some((d) => d.b !== undefined);
  return svgOnly(
    renderToStaticMarkup(
      <BarChart width={WIDTH} height={HEIGHT} data={data} margin={{ top: 12, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid stroke="#d0d4da" strokeDasharray="3 3" />
        <XAxis dataKey="label" tick={{ fontSize: 11, fill: '#333' }} interval={0} />
        <YAxis allowDecimals={false} tick={{ fontSize: 11, fill: '#333' }} />
        <Bar dataKey="a" fill={CHART_COLOURS.first} isAnimationActive={false} />
        {two ? <Bar dataKey="b" fill={CHART_COLOURS.second} isAnimationActive={false} /> : null}
      </BarChart>,
    ),
  );
}
