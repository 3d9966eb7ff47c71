'use strict';
// The lead photo chooser: thumbnails in the autocomplete list, and the chosen photo shown
// under the field with its credit and size (the server checks the rules again on save).
// It replaces the admin's own autocomplete set-up (autocomplete.js), so it runs once the
// jQuery "ready" handlers, the admin's among them, have run.
const initPhotoChooser = () => {
    const $ = window.django.jQuery;
    const select = document.getElementById('id_lead_photo');
    if (!select || !$.fn.select2) return;
    const minWidth = 1200;
    const item = (data) => {
        if (!data.thumbnail) return data.text;
        const row = document.createElement('span');
        row.className = 'photo-choice';
        const img = document.createElement('img');
        img.src = data.thumbnail;
        img.alt = '';
        const label = document.createElement('span');
        label.textContent = `${data.text} — ${data.width} × ${data.height} px`
            + (data.expired ? ' — droits expirés' : '');
        row.append(img, label);
        return $(row);
    };
    const preview = document.createElement('div');
    preview.className = 'lead-photo-preview';
    preview.setAttribute('aria-live', 'polite');
    select.closest('.related-widget-wrapper, div').after(preview);
    const show = (data) => {
        preview.replaceChildren();
        if (!data || !data.thumbnail) return;
        const img = document.createElement('img');
        img.src = data.thumbnail.replace(/16x9-\d+\.jpg$/, '16x9-640.jpg');
        img.alt = '';
        const note = document.createElement('p');
        note.textContent = `Crédit : ${data.credit}. ${data.width} × ${data.height} pixels.`;
        if (data.width < minWidth) {
            note.textContent += ` Trop étroite pour une photo d’ouverture (${minWidth} pixels au moins).`;
            note.className = 'errornote';
        }
        preview.append(img, note);
    };
    const $select = $(select);
    if ($select.hasClass('select2-hidden-accessible')) $select.select2('destroy');
    $select.select2({
        ajax: {
            data: (params) => ({
                term: params.term,
                page: params.page,
                app_label: select.dataset.appLabel,
                model_name: select.dataset.modelName,
                field_name: select.dataset.fieldName,
            }),
        },
        templateResult: item,
        templateSelection: (data) => data.text,
    });
    $select.on('select2:select', (event) => show(event.params.data));
    $select.on('select2:clear', () => show(null));
};
if (window.django && window.django.jQuery) {
    window.django.jQuery(() => window.setTimeout(initPhotoChooser, 0));
}
