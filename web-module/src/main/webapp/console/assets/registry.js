// Command registry page: CMDREG rows, the active implementation per store and interface, switching among the known
// implementations (a choice, never free text) with confirmation, reload, and the audit trail.
import {ADMIN, api, applyRoles, confirmAction, el, formatTime, idPart, initPage, run, shortName, showError, showInfo}
    from './console.js';

const effectiveBody = document.querySelector('#effective-table tbody');
const rowsBody = document.querySelector('#cmdreg-table tbody');
const auditBody = document.querySelector('#audit-table tbody');

async function load() {
    try {
        const registry = await api('registry');
        render(registry);
        document.getElementById('loaded-at').textContent = `Loaded ${formatTime(new Date().toISOString())}`;
    } catch (e) {
        showError(e, 'Cannot read the registry');
    }
    await loadAudit();
}

async function loadAudit() {
    try {
        const records = await api('audit?limit=25');
        auditBody.replaceChildren(...(records.length === 0
            ? [el('tr', {}, el('td', {colspan: 6, class: 'muted'}, 'No changes recorded yet.'))]
            : records.map(record => el('tr', {dataset: {auditId: record.id}},
                el('td', {}, formatTime(record.at)),
                el('td', {}, record.actor),
                el('td', {}, record.action),
                el('td', {class: 'wrap'}, record.target),
                el('td', {class: 'mono wrap'}, record.before ?? '—'),
                el('td', {class: 'mono wrap'}, record.after ?? '—')))));
    } catch (e) {
        showError(e, 'Cannot read the audit trail');
    }
}

function render(registry) {
    const choicesByInterface = new Map();
    for (const row of registry.rows) {
        const known = choicesByInterface.get(row.interfaceName) || new Set();
        row.choices.forEach(choice => known.add(choice));
        choicesByInterface.set(row.interfaceName, known);
    }

    effectiveBody.replaceChildren(...registry.effective.map(entry => {
        const key = `${entry.storeId}-${idPart(shortName(entry.interfaceName))}`;
        const choices = [...(choicesByInterface.get(entry.interfaceName) || [])].sort();
        return el('tr', {id: `effective-${key}`, dataset: {storeId: entry.storeId, interfaceName: entry.interfaceName}},
            el('td', {}, `${entry.storeName || ''} (${entry.storeId})`),
            el('td', {class: 'mono', title: entry.interfaceName}, shortName(entry.interfaceName)),
            el('td', {class: 'mono', id: `active-${key}`, title: entry.className},
                entry.className, entry.error ? el('div', {class: 'error-text'}, entry.error) : null),
            el('td', {}, el('span', {class: `badge ${entry.source}`, id: `source-${key}`},
                entry.source === 'store' ? 'store row' : 'site default')),
            el('td', {}, switchControl(key, entry.storeId, entry.storeName, entry.interfaceName, entry.className, choices)));
    }));

    rowsBody.replaceChildren(...registry.rows.map(row => {
        const key = `row-${row.storeId}-${idPart(shortName(row.interfaceName))}`;
        return el('tr', {id: key, dataset: {storeId: row.storeId, interfaceName: row.interfaceName}},
            el('td', {class: 'number'}, row.storeId),
            el('td', {class: 'mono wrap'}, row.interfaceName),
            el('td', {class: 'mono wrap'}, row.className),
            el('td', {}, row.description || ''),
            el('td', {}, formatTime(row.lastUpdate)),
            el('td', {}, row.error
                ? el('span', {class: 'badge error', title: row.error}, 'does not resolve')
                : el('span', {class: 'badge ok'}, 'resolves'),
                row.error ? el('div', {class: 'error-text'}, row.error) : null),
            el('td', {}, switchControl(key, row.storeId, row.storeId === 0 ? 'site' : `store ${row.storeId}`,
                row.interfaceName, row.className, [...row.choices].sort())));
    }));
    applyRoles();
}

/** A <select> of the known implementations and an Apply button; admins only. */
function switchControl(key, storeId, storeName, interfaceName, current, choices) {
    const selectId = `switch-${key}`;
    const select = el('select', {id: selectId, 'data-requires-role': ADMIN},
        choices.map(choice => el('option', {value: choice, selected: choice === current}, shortName(choice))));
    if (!choices.includes(current)) {
        select.prepend(el('option', {value: '', selected: true, disabled: true}, '(choose)'));
    }
    const apply = el('button', {type: 'button', id: `apply-${key}`, 'data-requires-role': ADMIN, disabled: true,
        class: 'secondary'}, 'Switch…');
    select.addEventListener('change', () => {
        apply.disabled = select.value === '' || select.value === current;
    });
    apply.addEventListener('click', async () => {
        const target = select.value;
        const ok = await confirmAction(`Switch ${shortName(interfaceName)} for ${storeName} (${storeId}) from `
            + `${shortName(current) || 'the site default'} to ${shortName(target)}? It applies to the next message.`, 'Switch');
        if (!ok) {
            return;
        }
        const result = await run(() => api(`registry/${encodeURIComponent(storeId)}/${encodeURIComponent(interfaceName)}`,
            {method: 'PUT', json: {className: target}}));
        if (result) {
            await load();
            showInfo(`${shortName(interfaceName)} for ${storeName} (${storeId}) now runs ${shortName(result.className)}.`);
        }
    });
    return el('span', {class: 'toolbar'},
        el('label', {for: selectId, class: 'visually-hidden'}, `Implementation of ${shortName(interfaceName)} for ${storeName}`),
        select, apply);
}

document.getElementById('reload').addEventListener('click', async () => {
    const registry = await run(() => api('registry/reload', {method: 'POST'}), 'CMDREG reloaded from the database.');
    if (registry) {
        render(registry);
        await loadAudit();
    }
});

initPage('registry').then(load, () => {});
