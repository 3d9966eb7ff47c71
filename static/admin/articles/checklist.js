'use strict';
// The pre-publication checklist follows the form as it is filled in. The server checks
// again when the article is published: this is only a help, never the rule.
document.addEventListener('DOMContentLoaded', () => {
    const list = document.querySelector('.checklist');
    const form = document.getElementById('article_form');
    if (!list || !form) return;
    const item = (n) => list.querySelector(`[data-check="${n}"]`);
    const set = (n, ok, label) => {
        const li = item(n);
        if (!li) return;
        li.classList.toggle('is-ok', ok);
        li.classList.toggle('is-missing', !ok);
        li.querySelector('.checklist__mark').textContent = ok ? '✓' : '✗';
        li.querySelector('.checklist__status').textContent = ok ? ' : fait' : ' : à faire';
        if (label) li.querySelector('.checklist__label').textContent = label;
    };
    const value = (id) => (document.getElementById(id) || {}).value || '';
    const update = () => {
        set(1, value('id_lead_photo') !== '');
        set(3, value('id_primary_category') !== '');
        const authors = form.querySelectorAll('select[name^="bylines-"][name$="-author"]');
        set(4, Array.from(authors).some((select) => {
            const row = select.closest('tr');
            const deleted = row && row.querySelector('input[name$="-DELETE"]');
            return select.value !== '' && !(deleted && deleted.checked);
        }));
        set(5, value('id_standfirst').trim() !== '');
        const title = value('id_title');
        if (document.getElementById('id_title')) {
            set(6, title.length <= 110,
                `Un titre de 110 caractères au plus (il en a ${title.length})`);
        }
    };
    form.addEventListener('input', update);
    form.addEventListener('change', update);
    // Autocomplete widgets (select2) report their changes through jQuery only.
    if (window.django && window.django.jQuery) {
        window.django.jQuery(form).on('select2:select select2:unselect', update);
    }
});
