// Moving messages in and out of a queue as message files (the dmpmqmsg text layout, docs/message-files.md): export
// the selected messages (or the first ones) as a download, import a file onto the queue with a result per message.
// Used by the queues page and the error-queue page; reads the API's own field names.
import {ADMIN, OPERATOR, api, applyRoles, el, hasRole, run, showError} from './console.js';

/**
 * The export and import controls for a queue. {@code queue()} answers the queue they act on, {@code selectedIds()}
 * the ids of the messages chosen on the page; {@code onImported()} runs after an import.
 */
export function transferPanel(prefix, {queue, selectedIds, onImported}) {
    const results = el('div', {id: `${prefix}-import-results`, 'aria-live': 'polite'});
    const fileInput = el('input', {type: 'file', id: `${prefix}-import-file`, accept: '.txt,.dmpmqmsg,text/plain'});
    const panel = el('div', {class: 'transfer', id: `${prefix}-transfer`},
        el('div', {class: 'toolbar'},
            el('button', {type: 'button', class: 'secondary', id: `${prefix}-export-selected`,
                'data-requires-role': OPERATOR, onclick: () => exportMessages(queue(), selectedIds())},
                'Export selected'),
            el('button', {type: 'button', class: 'secondary', id: `${prefix}-export-all`,
                'data-requires-role': OPERATOR, onclick: () => exportMessages(queue(), [])},
                'Export first 1000'),
            el('label', {for: `${prefix}-import-file`}, 'Message file'),
            fileInput,
            el('button', {type: 'button', id: `${prefix}-import`, 'data-requires-role': OPERATOR,
                onclick: () => importFile(queue(), fileInput, results, onImported)}, 'Import onto this queue')),
        el('p', {class: 'hint'}, 'Files in the dmpmqmsg text layout: bytes, headers and properties kept. Importing '
            + 'onto the error or outbound queue needs the admin role.'),
        results);
    applyRoles(panel);
    return panel;
}

async function exportMessages(queue, ids) {
    const request = ids.length > 0 ? {ids} : {limit: 1000};
    const answer = await run(() => api(`queues/${encodeURIComponent(queue)}/export`,
        {method: 'POST', json: request, accept: 'text', withHeaders: true}),
        result => `Exported ${result.headers.get('X-Message-Count')} message(s) of ${queue}.`);
    if (answer === undefined) {
        return;
    }
    const disposition = answer.headers.get('Content-Disposition') || '';
    const name = /filename="([^"]+)"/.exec(disposition)?.[1] || `${queue}.dmpmqmsg.txt`;
    const link = el('a', {href: URL.createObjectURL(new Blob([answer.data], {type: 'text/plain'})), download: name});
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

async function importFile(queue, fileInput, results, onImported) {
    const file = fileInput.files[0];
    if (!file) {
        showError('Choose a message file first.');
        return;
    }
    const inbound = queue === 'JMSSerialInboundQueue' || queue === 'JMSParallelInboundQueue';
    if (!inbound && !hasRole(ADMIN)) {
        showError(`Importing onto ${queue} needs the admin role.`);
        return;
    }
    const answer = await run(() => api(`queues/${encodeURIComponent(queue)}/import`,
        {method: 'POST', body: file, contentType: 'text/plain; charset=utf-8'}),
        result => `Imported ${result.imported} message(s) onto ${result.queue}`
            + (result.skipped ? `, ${result.skipped} skipped.` : '.'));
    if (answer === undefined) {
        return;
    }
    results.replaceChildren(el('table', {class: 'import-results'},
        el('thead', {}, el('tr', {},
            el('th', {scope: 'col'}, '#'), el('th', {scope: 'col'}, 'Id in the file'),
            el('th', {scope: 'col'}, 'Outcome'), el('th', {scope: 'col'}, 'New message id'),
            el('th', {scope: 'col'}, 'Note'))),
        el('tbody', {}, ...answer.results.map(item => el('tr', {class: `import-${item.outcome}`},
            el('td', {}, String(item.index)),
            el('td', {class: 'mono wrap'}, item.originalMessageId || '—'),
            el('td', {}, item.outcome),
            el('td', {class: 'mono wrap'}, item.messageId || '—'),
            el('td', {class: 'wrap'}, item.note || ''))))));
    fileInput.value = '';
    if (onImported) {
        await onImported();
    }
}
