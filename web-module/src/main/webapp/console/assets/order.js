// Order page: an order's ORDSTAT / ORDISTAT rows (column names as the API gives them) and their versions, the
// messages seen for it and sent for it (each linked to its journey on the Messages page), a page at a time (one offset for the three lists, as the API pages them), and "Process
// order" (operator), which sends it to the back end.
import {api, el, formatTime, initPage, objectTable, pager, rangeText, run, showError, showInfo, clearMessage}
    from './console.js';

const input = document.getElementById('order-id');

async function show(ordersId, offset = 0) {
    let status;
    try {
        status = await api(`orders/${encodeURIComponent(ordersId)}/status?offset=${offset}`);
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
    const {offset, limit, totals, ordstat, ordistat, userData, messages, outbound} = status;
    const versionOf = (row, column) => Number(row[column]);
    // past the end of one list while another goes on, an empty page is not an empty list
    const empty = text => offset > 0 ? 'No rows on this page.' : text;
    fill('ordstat', ordstat, 'ordstat-table', empty('No ORDSTAT row: no status received for this order yet.'),
        row => ({class: versionOf(row, 'OSVERNBR') === 0 ? 'current-version' : 'earlier-version'}));
    fill('ordistat', ordistat, 'ordistat-table', empty('No ORDISTAT rows.'),
        row => ({class: versionOf(row, 'OIVERNBR') === 0 ? 'current-version' : 'earlier-version'}));
    const earlier = ordstat.filter(row => versionOf(row, 'OSVERNBR') !== 0).length;
    const earlierItems = ordistat.filter(row => versionOf(row, 'OIVERNBR') !== 0).length;
    document.getElementById('versions-note').textContent = ordstat.length === 0 ? ''
        : `Current rows (version 0) first, highlighted; then earlier versions, newest first (on this page: `
            + `${earlier} earlier order version(s) and ${earlierItems} earlier item version(s)).`;
    document.getElementById('ordstat-range').textContent = rangeText(offset, ordstat.length, totals.ordstat);
    document.getElementById('ordistat-range').textContent = rangeText(offset, ordistat.length, totals.ordistat);
    document.getElementById('order-messages-range').textContent =
        rangeText(offset, messages.length, totals.messages);
    document.getElementById('order-outbound-range').textContent =
        rangeText(offset, outbound.length, totals.outbound);
    document.getElementById('order-paging').replaceChildren(pager('order', {
        offset, limit, total: Math.max(totals.ordstat, totals.ordistat, totals.messages, totals.outbound),
        label: `Pages of order ${ordersId}'s status rows and messages`,
    }, next => show(ordersId, next)));
    fill('user-data', userData.map(datum => ({...datum, received: formatTime(datum.received)})), 'user-data-table',
        'No user data received.');
    // CI_INBOUND_MESSAGE rows as the API sends them; RECEIVED is the one time column.
    fill('order-messages', messages.map(message => ({...message, RECEIVED: formatTime(message.RECEIVED)})),
        'order-messages-table', empty('No messages recorded for this order.'));
    linkJourneys('order-messages-table', messages, 'order-message');
    fill('order-outbound', outbound.map(message => ({...message, ATTEMPTED: formatTime(message.ATTEMPTED)})),
        'order-outbound-table', empty('No messages sent for this order.'));
    linkJourneys('order-outbound-table', outbound, 'order-outbound');
    document.getElementById('order-result').hidden = false;
}

/** Turns each row's MSGID cell into a link to that message's journey on the Messages page. */
function linkJourneys(tableId, rows, prefix) {
    const table = document.getElementById(tableId);
    if (!table) {
        return;
    }
    const column = [...table.querySelectorAll('thead th')].findIndex(th => th.textContent === 'MSGID');
    if (column < 0) {
        return;
    }
    table.querySelectorAll('tbody tr').forEach((tr, index) => {
        const id = rows[index].MSGID;
        if (id) {
            tr.children[column].replaceChildren(el('a', {href: `messages.html?id=${encodeURIComponent(id)}`,
                id: `${prefix}-journey-${index}`, class: 'journey-link'}, id));
        }
    });
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
