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
})();
