// Order page: an order's ORDSTAT / ORDISTAT rows (column names as the API gives them) and their versions, the
// messages seen for it, and "Process order" (operator), which sends it to the back end.
import {api, el, formatTime, initPage, objectTable, run, showError, showInfo, clearMessage} from './console.js';

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

function render(ordersId, status) {
    document.getElementById('order-heading').textContent = `Order ${ordersId}`;
    document.getElementById('order-summary').replaceChildren(el('dt', {}, 'ordersId'), el('dd', {}, String(status.ordersId)));
    const {ordstat, ordistat, userData, messages} = status;
    const versionOf = (row, column) => Number(row[column]);
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
        showInfo(`Order ${ordersId} processed: ${result.implementation}, ${result.messageType}, `
            + `MSGSTORE ${result.messageId}, correlation id ${result.correlationId}.`);
    }
});

initPage('order').then(() => {
    const wanted = new URLSearchParams(location.search).get('ordersId');
    if (wanted) {
        input.value = wanted;
        show(wanted);
    }
}, () => {});
