'use strict';
// The focal point of a photo: a click (or the arrow keys) on the preview sets it.
document.addEventListener('DOMContentLoaded', () => {
    const preview = document.querySelector('.focal-preview');
    const x = document.getElementById('id_focal_x');
    const y = document.getElementById('id_focal_y');
    if (!preview || !x || !y) return;
    const marker = preview.querySelector('.focal-marker');
    const status = document.querySelector('.focal-crops');
    const clamp = (v) => Math.min(1, Math.max(0, v));
    const width = parseInt(preview.dataset.width, 10);
    const height = parseInt(preview.dataset.height, 10);
    // The frame of each crop, as articles/photos.py crop_box() computes it.
    const frame = (box, fx, fy) => {
        const [rw, rh] = box.dataset.ratio.split(':').map(Number);
        const wide = width * rh > height * rw;
        const cw = wide ? Math.round(height * rw / rh) : width;
        const ch = wide ? height : Math.round(width * rh / rw);
        const left = Math.min(Math.max(Math.round(fx * width - cw / 2), 0), width - cw);
        const top = Math.min(Math.max(Math.round(fy * height - ch / 2), 0), height - ch);
        Object.assign(box.style, {
            left: `${left / width * 100}%`, top: `${top / height * 100}%`,
            width: `${cw / width * 100}%`, height: `${ch / height * 100}%`,
        });
    };
    const show = () => {
        marker.style.left = `${parseFloat(x.value) * 100}%`;
        marker.style.top = `${parseFloat(y.value) * 100}%`;
        if (width && height) {
            preview.querySelectorAll('.focal-crop').forEach(
                (box) => frame(box, parseFloat(x.value), parseFloat(y.value)));
        }
        status.textContent = `Point d’intérêt : ${Math.round(x.value * 100)} % depuis la gauche, `
            + `${Math.round(y.value * 100)} % depuis le haut (enregistrez pour l’appliquer).`;
    };
    const set = (fx, fy) => {
        x.value = clamp(fx).toFixed(3);
        y.value = clamp(fy).toFixed(3);
        show();
    };
    preview.addEventListener('click', (event) => {
        const box = preview.querySelector('img').getBoundingClientRect();
        set((event.clientX - box.left) / box.width, (event.clientY - box.top) / box.height);
    });
    preview.addEventListener('keydown', (event) => {
        const step = event.shiftKey ? 0.1 : 0.02;
        const moves = {ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step]};
        const move = moves[event.key];
        if (!move) return;
        event.preventDefault();
        set(parseFloat(x.value) + move[0], parseFloat(y.value) + move[1]);
    });
    show();
});
