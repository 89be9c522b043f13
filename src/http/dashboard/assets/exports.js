// Export buttons: CSV and Excel of groups, activities and areas for the current area. The
// file is fetched with the bearer header and saved from a blob, so the token never sits
// in a URL (history, server logs, Referer).
import { download, query } from './api.js';
import { h, replace } from './dom.js';
import { t } from './i18n.js';
import { errorText, notify } from './ui.js';

const DATASETS = [
  { name: 'groups', label: 'exportGroups' },
  { name: 'activities', label: 'exportActivities' },
  { name: 'areas', label: 'exportAreas' },
];
const FORMATS = [
  { ext: 'csv', label: 'CSV' },
  { ext: 'xlsx', label: 'Excel' },
];

/** Draws the buttons; `currentCode()` gives the area at the time of the click. */
export function renderExports(container, currentCode) {
  replace(
    container,
    DATASETS.map((dataset) =>
      h(
        'div',
        { class: 'export-row' },
        h('span', { class: 'export-label', text: t(dataset.label) }),
        FORMATS.map((format) =>
          h('button', {
            type: 'button',
            class: 'secondary',
            'data-testid': `export-${dataset.name}-${format.ext}`,
            text: format.label,
            'aria-label': `${t(dataset.label)} ${format.label}`,
            onClick: (event) => save(event.currentTarget, dataset.name, format.ext, currentCode()),
          }),
        ),
      ),
    ),
  );
}

async function save(button, dataset, ext, code) {
  const label = button.textContent;
  button.disabled = true;
  // While it streams: rows written so far for CSV (one line per row, less the header),
  // the size received for Excel (a zip, whose rows cannot be counted on the way).
  let rows;
  const onProgress = ({ bytes, lines }) => {
    const size = sizeText(bytes);
    rows = ext === 'csv' ? Math.max(0, lines - 1) : undefined;
    button.textContent = rows !== undefined ? t('exportProgressRows', { rows, size }) : t('exportProgressBytes', { size });
  };
  try {
    const file = await download(`/api/export/${dataset}.${ext}${query({ prefix: code })}`, `wksbm-${dataset}${code ? `-${code}` : ''}.${ext}`, onProgress);
    notify(rows !== undefined ? t('downloadedRows', { file, rows }) : t('downloaded', { file }));
  } catch (error) {
    if (error?.status !== 401) notify(errorText(error), 'error');
  } finally {
    button.textContent = label;
    button.disabled = false;
  }
}

function sizeText(bytes) {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
