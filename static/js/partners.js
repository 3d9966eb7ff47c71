// Newsroom partner banners: small, plain and optional (see partners/selection.py).
// 1. Each slot carries every eligible creative in <template> elements: draw one by weight,
//    never one already shown elsewhere on the page, so rotation survives cached pages.
// 2. Count an impression only once a banner has been at least half visible for one second
//    (the IAB viewability rule), with one beacon per banner and page view.
(() => {
  "use strict";
  const slots = Array.from(document.querySelectorAll("[data-partner-slot]"));
  if (!slots.length) return;

  const used = new Set();
  const draw = (templates) => {
    const pool = templates.filter((t) => !used.has(t.dataset.banner));
    const total = pool.reduce((sum, t) => sum + Number(t.dataset.weight || 1), 0);
    let point = Math.random() * total;
    for (const t of pool) {
      point -= Number(t.dataset.weight || 1);
      if (point < 0) return t;
    }
    return pool[pool.length - 1];
  };

  for (const slot of slots) {
    const box = slot.querySelector(".partner-slot__box");
    const templates = Array.from(slot.querySelectorAll("template[data-banner]"));
    const chosen = templates.length ? draw(templates) : null;
    if (!box) continue;
    if (!chosen) {
      slot.remove(); // every eligible banner already shows on this page
      continue;
    }
    used.add(chosen.dataset.banner);
    if (chosen.dataset.banner !== box.dataset.banner) {
      box.replaceChildren(chosen.content.cloneNode(true));
      box.dataset.banner = chosen.dataset.banner;
    }
  }

  const links = document.querySelectorAll(".partner-slot__box [data-impression]");
  if (!("IntersectionObserver" in window) || !navigator.sendBeacon) return;
  const timers = new Map();
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const link = entry.target;
        if (entry.intersectionRatio >= 0.5 && !document.hidden) {
          if (!timers.has(link)) {
            timers.set(
              link,
              setTimeout(() => {
                navigator.sendBeacon(link.dataset.impression);
                observer.unobserve(link);
                link.dataset.seen = "1";
              }, 1000),
            );
          }
        } else if (timers.has(link)) {
          clearTimeout(timers.get(link));
          timers.delete(link);
        }
      }
    },
    { threshold: [0, 0.5, 1] },
  );
  links.forEach((link) => observer.observe(link));
})();
