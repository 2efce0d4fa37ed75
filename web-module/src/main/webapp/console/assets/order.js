// Order page: an order's ORDSTAT / ORDISTAT rows (column names as the API gives them) and their versions, the
// messages seen for it, and "Process order" (operator), which sends it to the back end.
import {api, el, formatTime, initPage, objectTable, pick, run, showError, showInfo, clearMessage} from './console.js';

const input = document.getElementById('order-id');

async function show(ordersId) {
    let status;
    try {
        status = await api(`orders/${encodeURIComponent(ordersId)}/status`);
    } catch (e) {
        document.getElementById('order-result').hidden = true;
        showError(e, `Order ${ordersId}`);
        return;
    }
    render(ordersId, status);
}

function rowsOf(status, ...names) {
    const value = pick(status, ...names);
    if (Array.isArray(value)) {
        return value;
    }
    return value && typeof value === 'object' ? [value] : [];
}

function render(ordersId, status) {
    const summary = {};
    for (const [key, value] of Object.entries(status || {})) {
        if (value === null || typeof value !== 'object') {
            summary[key] = value;
        }
    }
    document.getElementById('order-heading').textContent = `Order ${ordersId}`;
    const dl = document.getElementById('order-summary');
    dl.replaceChildren(...Object.entries(summary).flatMap(([key, value]) => [el('dt', {}, key), el('dd', {}, String(value ?? ''))]));

    const ordstat = rowsOf(status, 'ordstat', 'ORDSTAT', 'orderStatus');
    const ordistat = rowsOf(status, 'ordistat', 'ORDISTAT', 'itemStatus', 'items');
    const userData = rowsOf(status, 'userData');
    const messages = rowsOf(status, 'messages', 'seenMessages');
    const versionOf = (row, column) => Number(row[column] ?? 0);
    fill('ordstat', ordstat, 'ordstat-table', 'No ORDSTAT row: no status received for this order yet.',
        row => ({class: versionOf(row, 'OSVERNBR') === 0 ? 'current-version' : 'earlier-version'}));
    fill('ordistat', ordistat, 'ordistat-table', 'No ORDISTAT rows.',
        row => ({class: versionOf(row, 'OIVERNBR') === 0 ? 'current-version' : 'earlier-version'}));
    const earlier = ordstat.filter(row => versionOf(row, 'OSVERNBR') !== 0).length;
    const earlierItems = ordistat.filter(row => versionOf(row, 'OIVERNBR') !== 0).length;
    document.getElementById('versions-note').textContent = ordstat.length === 0 ? ''
        : `Current rows (version 0) first, highlighted; then ${earlier} earlier order version(s) and `
            + `${earlierItems} earlier item version(s), newest first.`;
    fill('user-data', userData.map(datum => ({...datum, received: formatTime(datum.received)})), 'user-data-table',
        'No user data received.');
    fill('order-messages', messages.map(message => {
        const shown = {...message};
        for (const key of Object.keys(shown)) {
            if (/(^at$|time|received|created)/i.test(key) && typeof shown[key] === 'string') {
                shown[key] = formatTime(shown[key]);
            }
        }
        return shown;
    }), 'order-messages-table', 'No messages recorded for this order.');
    document.getElementById('order-result').hidden = false;
}

function fill(containerId, rows, tableId, emptyText, rowAttributes) {
    const container = document.getElementById(containerId);
    container.replaceChildren(rows.length === 0
        ? el('p', {class: 'muted', id: `${tableId}-empty`}, emptyText)
        : objectTable(rows, {id: tableId}, null, rowAttributes));
}

document.getElementById('order-form').addEventListener('submit', event => {
    event.preventDefault();
    const ordersId = input.value.trim();
    if (!/^[0-9]+$/.test(ordersId)) {
        showError('Enter a numeric ORDERS_ID.');
        return;
    }
    clearMessage();
    history.replaceState(null, '', `?ordersId=${ordersId}`);
    show(ordersId);
});

document.getElementById('process-order').addEventListener('click', async () => {
    const ordersId = input.value.trim();
    if (!/^[0-9]+$/.test(ordersId)) {
        showError('Enter a numeric ORDERS_ID.');
        return;
    }
    const result = await run(() => api(`orders/${encodeURIComponent(ordersId)}/process`, {method: 'POST'}));
    if (result !== undefined) {
        const parts = [
            pick(result, 'implementation', 'className', 'command'),
            pick(result, 'messageType', 'type'),
            pick(result, 'messageId', 'msgId', 'storedMessageId') !== undefined ? `MSGSTORE ${pick(result, 'messageId', 'msgId', 'storedMessageId')}` : null,
            pick(result, 'correlationId') ? `correlation id ${result.correlationId}` : null,
        ].filter(Boolean);
        showInfo(`Order ${ordersId} processed${parts.length ? ': ' + parts.join(', ') : ''}.`);
    }
});

initPage('order').then(() => {
    const wanted = new URLSearchParams(location.search).get('ordersId');
    if (wanted) {
        input.value = wanted;
        show(wanted);
    }
}, () => {});
