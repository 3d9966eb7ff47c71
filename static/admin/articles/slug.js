'use strict';
// Django's URLify drops « œ » (« cœur » → « cur »). Spell French ligatures out first, as the
// server does (articles/text.py), so that the prefilled slug is the one the server would make.
// Wrapped once the page is parsed: the admin may load this file before urlify.js.
document.addEventListener('DOMContentLoaded', () => {
    const urlify = window.URLify;
    const LIGATURES = {'œ': 'oe', 'Œ': 'Oe'};
    if (urlify) {
        window.URLify = (s, numChars, allowUnicode) =>
            urlify(s.replace(/[œŒ]/g, (c) => LIGATURES[c]), numChars, allowUnicode);
    }
});
