// Newsroom: small, plain and optional. Every page works without this file.
(() => {
  "use strict";

  // Phone menu: folded by the stylesheet from the first paint (@media (scripting: enabled));
  // without JavaScript the navigation simply stays open.
  const button = document.querySelector(".menu-button");
  const menu = document.getElementById("menu");
  if (button && menu) {
    button.addEventListener("click", () => {
      const open = button.getAttribute("aria-expanded") !== "true";
      button.setAttribute("aria-expanded", String(open));
      menu.classList.toggle("is-open", open);
    });
    document.addEventListener("keydown", (event) => {
      if (event.key === "Escape" && button.getAttribute("aria-expanded") === "true") {
        button.setAttribute("aria-expanded", "false");
        menu.classList.remove("is-open");
        button.focus();
      }
    });
  }

  // Back to top: shown once the reader has scrolled a screen down. Watched by an
  // IntersectionObserver on a marker one screen down the page, never by reading the scroll
  // position: that read would force the whole page's layout while it loads.
  const backToTop = document.querySelector(".back-to-top");
  if (backToTop && "IntersectionObserver" in window) {
    document.documentElement.classList.add("has-back-to-top");
    const marker = document.createElement("div");
    marker.className = "back-to-top-marker";
    marker.setAttribute("aria-hidden", "true");
    document.body.append(marker);
    new IntersectionObserver(([entry]) => {
      backToTop.classList.toggle("is-visible", !entry.isIntersecting && entry.boundingClientRect.top < 0);
    }).observe(marker);
    // Fade only from now on: hiding it at load must not animate.
    requestAnimationFrame(() => document.documentElement.classList.add("back-to-top-ready"));
    backToTop.addEventListener("click", (event) => {
      event.preventDefault();
      const reduce = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      window.scrollTo({ top: 0, behavior: reduce ? "auto" : "smooth" });
      // Keyboard and screen-reader users land at the top of the page too.
      const top = document.getElementById("haut");
      if (top) {
        top.setAttribute("tabindex", "-1");
        top.focus({ preventScroll: true });
      }
      history.replaceState(null, "", window.location.pathname + window.location.search);
    });
  }

  // One reading of this article, counted without cookies (see articles/readership.py).
  const read = document.querySelector("[data-view]");
  if (read && navigator.sendBeacon) navigator.sendBeacon(read.dataset.view);

  // Copy link: only offered where the Clipboard API exists.
  const copy = document.querySelector(".share__copy");
  const status = document.querySelector(".share__status");
  if (copy && navigator.clipboard) {
    copy.hidden = false;
    copy.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(copy.dataset.url);
        if (status) status.textContent = "Lien copié dans le presse-papiers.";
      } catch {
        if (status) status.textContent = "Impossible de copier le lien : copiez l’adresse de la page.";
      }
    });
  }
})();
