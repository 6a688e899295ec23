// Statement import: drag and drop onto the file picker, and the names of the chosen files. Progressive enhancement:
// without this file the ordinary file picker and the buttons do everything.
(function () {
    'use strict';
    var zone = document.querySelector('[data-drop-zone]');
    if (!zone) return;
    var input = zone.querySelector('input[type="file"]');
    var list = zone.querySelector('[data-drop-zone-files]');
    if (!input || !list) return;

    function showNames() {
        list.textContent = '';
        Array.prototype.forEach.call(input.files || [], function (file) {
            var item = document.createElement('li');
            item.textContent = file.name + ' (' + Math.max(1, Math.round(file.size / 1024)) + ' KB)';
            list.appendChild(item);
        });
    }

    ['dragenter', 'dragover'].forEach(function (name) {
        zone.addEventListener(name, function (event) {
            event.preventDefault();
            zone.classList.add('is-dragging');
        });
    });
    ['dragleave', 'dragend'].forEach(function (name) {
        zone.addEventListener(name, function () { zone.classList.remove('is-dragging'); });
    });
    zone.addEventListener('drop', function (event) {
        event.preventDefault();
        zone.classList.remove('is-dragging');
        if (event.dataTransfer && event.dataTransfer.files.length > 0) {
            input.files = event.dataTransfer.files;
            showNames();
        }
    });
    input.addEventListener('change', showNames);
})();
