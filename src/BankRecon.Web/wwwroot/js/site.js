// Progressive enhancement only: every form works without this file.
(function () {
    'use strict';
    document.documentElement.classList.add('js');

    // The navigation starts folded on narrow screens (it is a <details>, open without scripts).
    var drawer = document.querySelector('details.nav-drawer');
    if (drawer && window.matchMedia('(max-width: 900px)').matches) drawer.removeAttribute('open');

    // <select data-autosubmit> submits its form on change (language picker, rows per page); the submit button
    // next to it is hidden by the "js-hidden" class when scripts run.
    document.addEventListener('change', function (event) {
        var target = event.target;
        if (target instanceof HTMLSelectElement && target.hasAttribute('data-autosubmit') && target.form) {
            if (typeof target.form.requestSubmit === 'function') target.form.requestSubmit();
            else target.form.submit();
        }
    });

    // "Add line" on document forms: without scripts the button posts back for one more row; with scripts a copy of the
    // last row (emptied, renumbered Input.Lines[n]) is added in place.
    document.addEventListener('click', function (event) {
        var button = event.target instanceof Element ? event.target.closest('[data-add-line]') : null;
        if (!button || !button.form) return;
        var body = button.form.querySelector('[data-lines] tbody');
        var rows = body ? body.querySelectorAll('tr.line-row') : [];
        if (!rows.length) return;
        event.preventDefault();
        var index = rows.length;
        var row = rows[rows.length - 1].cloneNode(true);
        row.querySelectorAll('input').forEach(function (input) {
            input.value = '';
            input.classList.remove('input-validation-error');
            ['name', 'id'].forEach(function (attribute) {
                var value = input.getAttribute(attribute);
                if (value) input.setAttribute(attribute, value.replace(/Lines(\[|_)\d+/, function (_, separator) {
                    return 'Lines' + separator + index;
                }));
            });
            var label = input.getAttribute('aria-label');
            if (label) input.setAttribute('aria-label', label.replace(/\d+$/, String(index + 1)));
        });
        row.querySelectorAll('[data-valmsg-for]').forEach(function (message) {
            message.textContent = '';
            message.setAttribute('data-valmsg-for', message.getAttribute('data-valmsg-for').replace(/Lines\[\d+/, 'Lines[' + index));
        });
        var number = row.querySelector('.line-no');
        if (number) number.textContent = String(index + 1);
        body.appendChild(row);
        var first = row.querySelector('input');
        if (first) first.focus();
    });
})();
