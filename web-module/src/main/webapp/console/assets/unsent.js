// Unsent messages page (MSGSTORE): list a page at a time, view the body, send again, increment retries, delete
// (admin).
import {ADMIN, OPERATOR, api, applyRoles, confirmAction, el, formatTime, initPage, pager, rangeText, run}
    from './console.js';

/** The API's default page size; it allows up to 500. */
const LIMIT = 100;
/** The header in which the API says how many rows there are in all. */
const TOTAL_HEADER = 'X-Total-Count';

const tableBody = document.querySelector('#unsent-table tbody');
let offset = 0;

async function load() {
    const answer = await run(() => api(`unsent?offset=${offset}&limit=${LIMIT}`, {withHeaders: true}));
    if (answer === undefined) {
        return;
    }
    const rows = answer.data;
    const total = Number(answer.headers.get(TOTAL_HEADER));
    if (rows.length === 0 && offset > 0 && total > 0) {
        // the rows of this page were sent or deleted meanwhile: show the last page there is
        offset = Math.floor((total - 1) / LIMIT) * LIMIT;
        return load();
    }
    document.getElementById('unsent-paging').replaceChildren(pager('unsent', {
        offset, limit: LIMIT, total, range: rangeText(offset, rows.length, total), label: 'Pages of unsent messages',
    }, next => {
        offset = next;
        load();
    }));
    tableBody.replaceChildren(...(rows.length === 0
        ? [el('tr', {}, el('td', {colspan: 12, class: 'muted'}, 'No unsent messages.'))]
        : rows.map(row => {
            const id = row.id;
            return el('tr', {id: `unsent-${id}`, dataset: {id}},
                el('td', {class: 'number'}, id),
                el('td', {}, row.messageType),
                el('td', {class: 'number'}, String(row.storeId)),
                el('td', {class: 'number'}, row.ordersId ?? ''),
                el('td', {}, formatTime(row.created)),
                el('td', {}, el('span', {class: `badge ${row.state === 'UNSENT' ? 'error' : ''}`}, row.state)),
                el('td', {class: 'number', id: `retries-${id}`}, String(row.retries)),
                el('td', {class: 'number'}, String(row.attempts)),
                el('td', {}, formatTime(row.nextAttempt)),
                el('td', {class: 'error-text wrap'}, row.lastError ?? ''),
                el('td', {class: 'number'}, String(row.size)),
                el('td', {}, el('span', {class: 'toolbar'},
                    el('button', {type: 'button', class: 'secondary', id: `view-${id}`, onclick: () => view(id)}, 'Body'),
                    el('button', {type: 'button', id: `send-${id}`, 'data-requires-role': OPERATOR,
                        onclick: () => send(id)}, 'Send again'),
                    el('button', {type: 'button', class: 'secondary', id: `add-retry-${id}`, 'data-requires-role': OPERATOR,
                        onclick: () => addRetry(id)}, 'Retries +1'),
                    el('button', {type: 'button', class: 'danger', id: `delete-${id}`, 'data-requires-role': ADMIN,
                        onclick: () => remove(id)}, 'Delete'))));
        })));
    applyRoles(tableBody);
}

async function view(id) {
    const body = await run(() => api(`unsent/${encodeURIComponent(id)}/body`, {accept: 'text'}));
    if (body !== undefined) {
        document.getElementById('unsent-detail-heading').textContent = `Message ${id}`;
        document.getElementById('unsent-body').textContent = body ?? '';
        document.getElementById('unsent-detail').hidden = false;
    }
}

async function send(id) {
    const result = await run(() => api(`unsent/${encodeURIComponent(id)}/send`, {method: 'POST'}),
        attempt => `Message ${id}: ${attempt.outcome}${attempt.error ? ' — ' + attempt.error : ''}.`);
    await load(); // the row changed either way: sent (gone) or its error and attempts updated
    return result;
}

async function addRetry(id) {
    const result = await run(() => api(`unsent/${encodeURIComponent(id)}/retries`, {method: 'POST'}),
        row => `Message ${id} now has ${row.retries} retries left.`);
    if (result !== undefined) {
        await load();
    }
}

async function remove(id) {
    if (!await confirmAction(`Delete stored message ${id}? It will never be sent.`, 'Delete')) {
        return;
    }
    const result = await run(() => api(`unsent/${encodeURIComponent(id)}`, {method: 'DELETE'}), `Message ${id} deleted.`);
    if (result !== undefined) {
        await load();
    }
}

document.getElementById('refresh').addEventListener('click', load);

initPage('unsent').then(load, () => {});
