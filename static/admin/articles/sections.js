'use strict';
// The section pickers of the article form offer the sections of the publications the article
// appears on: its own and those it is cross-posted to (the server checks again on save).
// Django's autocomplete sends a fixed set of parameters: the chosen publications are added
// to its requests for these two fields, whenever the pickers were set up.
(function () {
    const $ = window.django && window.django.jQuery;
    if (!$) return;
    const chosen = () => {
        const ids = [];
        const own = document.getElementById('id_publication');
        if (own && own.value) ids.push(own.value);
        document.querySelectorAll('input[name="cross_posts"]:checked').forEach((box) => ids.push(box.value));
        return ids.join(',');
    };
    $.ajaxPrefilter((options) => {
        const data = typeof options.data === 'string' ? new URLSearchParams(options.data) : null;
        if (!data || data.get('model_name') !== 'article') return;
        if (!['primary_category', 'categories'].includes(data.get('field_name'))) return;
        data.set('publications', chosen());
        options.data = data.toString();
    });
})();
