// Activities per month as an inline SVG bar chart (all activities, with the joint ones as
// a darker bar inside), described for screen readers and repeated as a table.
import { api, query } from './api.js';
import { h, replace, svg } from './dom.js';
import { monthLabel, number, t } from './i18n.js';
import { errorBox, loadingBox } from './ui.js';

const WIDTH = 340;
const HEIGHT = 180;
const AXIS = 22; // room for month labels below and numbers on the left
const LEFT = 26;

/** Loads and draws the chart for `code`. */
export async function renderChart(container, { code, isCurrent }) {
  replace(container, loadingBox());
  try {
    const rows = await api(`/api/stats/activities${query({ prefix: code, months: 12 })}`);
    if (!isCurrent()) return;
    const months = rows;
    replace(container, months.length === 0 ? h('p', { class: 'muted', text: t('noData') }) : [legend(), barChart(months), table(months)]);
  } catch (error) {
    if (error?.status === 401 || !isCurrent()) return;
    replace(container, errorBox(error, () => renderChart(container, { code, isCurrent })));
  }
}

function legend() {
  return h(
    'p',
    { class: 'legend', 'aria-hidden': 'true' },
    h('span', { class: 'swatch all' }),
    t('chartActivities'),
    ' ',
    h('span', { class: 'swatch joint' }),
    t('chartJoint'),
  );
}

/** A round number ≥ max for the top of the scale (1, 2, 5, 10, 20, 50, …). */
function niceMax(max) {
  if (max <= 1) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  return [1, 2, 5, 10].map((step) => step * magnitude).find((candidate) => candidate >= max);
}

function barChart(months) {
  const total = months.reduce((sum, row) => sum + (row.activities ?? 0), 0);
  const joint = months.reduce((sum, row) => sum + (row.jointActivities ?? 0), 0);
  const label = t('chartSummary', { from: monthLabel(months[0].month), to: monthLabel(months.at(-1).month), total, joint });
  const top = niceMax(Math.max(...months.map((row) => row.activities ?? 0)));
  const plotHeight = HEIGHT - AXIS - 8;
  const slot = (WIDTH - LEFT) / months.length;
  const barWidth = Math.max(4, slot * 0.7);
  const y = (value) => 8 + plotHeight - (value / top) * plotHeight;

  const bars = months.map((row, index) => {
    const x = LEFT + index * slot + (slot - barWidth) / 2;
    const all = row.activities ?? 0;
    const together = row.jointActivities ?? 0;
    return svg(
      'g',
      { 'data-testid': 'chart-bar', 'data-month': row.month, 'data-activities': all, 'data-joint': together },
      svg('title', {}, `${monthLabel(row.month)}: ${number(all)} ${t('chartActivities').toLowerCase()}, ${number(together)} ${t('chartJoint').toLowerCase()}`),
      svg('rect', { class: 'bar-all', x, y: y(all), width: barWidth, height: Math.max(0, y(0) - y(all)) }),
      svg('rect', { class: 'bar-joint', x: x + barWidth * 0.2, y: y(together), width: barWidth * 0.6, height: Math.max(0, y(0) - y(together)) }),
      svg('text', { class: 'axis-label', x: x + barWidth / 2, y: HEIGHT - 6, 'text-anchor': 'middle' }, monthLabel(row.month).split(' ')[0]),
    );
  });

  return svg(
    'svg',
    { class: 'bars', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': label, 'data-testid': 'chart', preserveAspectRatio: 'xMidYMid meet' },
    svg('title', {}, label),
    svg('line', { class: 'axis', x1: LEFT, x2: WIDTH, y1: y(0), y2: y(0) }),
    svg('line', { class: 'grid', x1: LEFT, x2: WIDTH, y1: y(top), y2: y(top) }),
    svg('text', { class: 'axis-label', x: LEFT - 4, y: y(top) + 4, 'text-anchor': 'end' }, number(top)),
    svg('text', { class: 'axis-label', x: LEFT - 4, y: y(0) + 4, 'text-anchor': 'end' }, '0'),
    bars,
  );
}

function table(months) {
  return h(
    'details',
    { class: 'chart-table' },
    h('summary', { text: t('chartTable') }),
    h(
      'table',
      { 'data-testid': 'chart-table' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: t('month') }), h('th', { scope: 'col', text: t('chartActivities') }), h('th', { scope: 'col', text: t('chartJoint') }))),
      h(
        'tbody',
        {},
        months.map((row) =>
          h('tr', {}, h('th', { scope: 'row', text: monthLabel(row.month) }), h('td', { text: number(row.activities ?? 0) }), h('td', { text: number(row.jointActivities ?? 0) })),
        ),
      ),
    ),
  );
}
