// Journal pages, progressive enhancement only: every action is a plain form and works without this file.
//  - Journal lines: j / k move a highlight between lines, Enter opens the line, a accepts it.
//  - One line: j / k previous/next line, n / p next/previous line to review, a accept (links and buttons marked data-key).
//  - Manual application: ticking entries and typing amounts shows at once what is left on the line.
(function () {
    'use strict';

    function typing(event) {
        var t = event.target;
        return t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement || (t && t.isContentEditable);
    }

    // ---------- Journal lines ----------
    var table = document.querySelector('table[data-rows]');
    if (table) {
        var rows = Array.prototype.slice.call(table.querySelectorAll('tr[data-row]'));
        var current = -1;
        var select = function (index) {
            if (rows.length === 0) return;
            if (current >= 0) rows[current].classList.remove('is-current');
            current = Math.max(0, Math.min(rows.length - 1, index));
            rows[current].classList.add('is-current');
            rows[current].scrollIntoView({ block: 'nearest' });
            var link = rows[current].querySelector('[data-row-link]');
            if (link) link.focus({ preventScroll: true });
        };
        document.addEventListener('keydown', function (event) {
            if (event.altKey || event.ctrlKey || event.metaKey || typing(event)) return;
            if (event.key === 'j') { select(current + 1); event.preventDefault(); }
            else if (event.key === 'k') { select(current - 1); event.preventDefault(); }
            else if (event.key === 'a' && current >= 0) {
                var accept = rows[current].querySelector('[data-accept]');
                if (accept) { accept.click(); event.preventDefault(); }
            }
        });
    }

    // ---------- One line: keys on links and buttons ----------
    var keyed = document.querySelectorAll('[data-key]');
    if (keyed.length > 0 && !table) {
        document.addEventListener('keydown', function (event) {
            if (event.altKey || event.ctrlKey || event.metaKey || typing(event)) return;
            var target = document.querySelector('[data-key="' + event.key + '"]');
            if (target) { target.click(); event.preventDefault(); }
        });
    }

    // ---------- Manual application: live remaining ----------
    var form = document.querySelector('form[data-manual-apply]');
    if (form) {
        var lineAmount = parseAmount(form.getAttribute('data-line-amount'));
        var summary = form.querySelector('[data-apply-summary]');
        var locale = document.documentElement.lang || undefined;
        var format = function (value) {
            return value.toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
        };
        var update = function () {
            var applied = 0;
            var discount = 0;
            form.querySelectorAll('tbody tr').forEach(function (row) {
                var pick = row.querySelector('[data-pick]');
                var input = row.querySelector('[data-pick-amount]');
                if (!pick || !input) return;
                row.classList.toggle('is-picked', pick.checked);
                if (!pick.checked) return;
                var amount = parseAmount(input.value);
                if (isNaN(amount)) return;
                applied += amount;
                var availableCell = row.querySelector('[data-available]');
                var available = availableCell ? parseAmount(availableCell.getAttribute('data-available')) : NaN;
                var possible = parseAmount(input.getAttribute('data-discount'));
                if (possible && Math.abs(amount + possible - available) < 0.005) discount += possible;
                input.classList.toggle('over-applied', !isNaN(available) && Math.abs(amount) > Math.abs(available) + 0.004);
            });
            var left = lineAmount - applied;
            if (!summary) return;
            summary.textContent = '';
            var over = Math.abs(left) > 0.004 && Math.sign(left) !== Math.sign(lineAmount);
            summary.appendChild(document.createTextNode((summary.getAttribute('data-label-picked') || '') + ' ' + format(applied) +
                (discount ? ' (+ ' + format(discount) + ')' : '') + ' · ' + (summary.getAttribute('data-label-left') || '') + ' '));
            var leftText = document.createElement('strong');
            leftText.className = over ? 'over-applied' : '';
            leftText.textContent = format(left);
            summary.appendChild(leftText);
        };
        update();
        form.addEventListener('input', update);
        form.addEventListener('change', update);
        // Typing an amount ticks its entry.
        form.addEventListener('input', function (event) {
            var input = event.target;
            if (!(input instanceof HTMLInputElement) || !input.hasAttribute('data-pick-amount')) return;
            var pick = input.closest('tr').querySelector('[data-pick]');
            if (pick && input.value.trim() !== '') pick.checked = true;
        });
    }

    function parseAmount(text) {
        if (text === null || text === undefined) return NaN;
        var s = String(text).replace(/[\s\u00a0\u202f]/g, '');
        if (s.indexOf(',') >= 0 && s.indexOf('.') >= 0) {
            s = s.lastIndexOf(',') > s.lastIndexOf('.') ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
        } else {
            s = s.replace(',', '.');
        }
        return parseFloat(s);
    }
})();
