// Dry-run page: a pasted or uploaded message through POST /api/messages/dry-run, and its answer laid out
// (dry-run-view.js). A chosen file is sent as its own bytes, unless the text shown for it is edited afterwards.
import {initPage, showError, showInfo, clearMessage} from './console.js';
import {dryRun, renderDryRun} from './dry-run-view.js';

const body = document.getElementById('dry-run-body');
const note = document.getElementById('dry-run-note');
const result = document.getElementById('dry-run-result');
let fileToSend = null;

document.getElementById('dry-run-file').addEventListener('change', event => {
    const file = event.target.files[0];
    fileToSend = file || null;
    note.textContent = '';
    if (!file) {
        return;
    }
    const reader = new FileReader();
    reader.addEventListener('load', () => {
        body.value = reader.result;
        note.textContent = `${file.name} (${file.size} bytes) will be dry-run as its bytes, as a bytes message;`
            + ' edit the text to dry-run the text instead.';
    });
    reader.addEventListener('error', () => showError('Cannot read the file.'));
    reader.readAsText(file);
});

body.addEventListener('input', () => {
    if (fileToSend) {
        fileToSend = null;
        note.textContent = 'The edited text will be dry-run as a text message.';
    }
});

document.getElementById('dry-run-form').addEventListener('submit', async event => {
    event.preventDefault();
    const queue = document.getElementById('dry-run-queue').value;
    const charset = document.getElementById('dry-run-charset').value.trim();
    if (!fileToSend && body.value === '') {
        showError('Paste a message or choose a file first.');
        return;
    }
    clearMessage();
    let answer;
    try {
        answer = await dryRun(fileToSend ?? body.value, queue, charset || null);
    } catch (e) {
        showError(e, 'Dry run refused');
        return;
    }
    renderDryRun(result, answer, 'dry-run');
    document.getElementById('dry-run-empty').hidden = true;
    showInfo(answer.failure
        ? `Dry run: the message would fail with ${answer.failure.code}. Nothing was written.`
        : 'Dry run: the message would be applied. Nothing was written.');
    result.scrollIntoView({block: 'start'});
});

initPage('dry-run').catch(() => {});
