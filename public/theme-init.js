// Sets <html data-theme> before first paint, so a dark-mode reader never sees a
// white flash. External (not inline) because the Content-Security-Policy forbids
// inline scripts. Keep the key in sync with src/app/theme.ts.
(function () {
  var key = "book-theme";
  var root = document.documentElement;
  var media = window.matchMedia("(prefers-color-scheme: dark)");
  function stored() {
    try {
      var value = localStorage.getItem(key);
      return value === "light" || value === "dark" ? value : null;
    } catch (e) {
      return null;
    }
  }
  root.dataset.theme = stored() || (media.matches ? "dark" : "light");
  // Follow the system while the reader has not chosen a theme explicitly.
  media.addEventListener("change", function (event) {
    if (!stored()) root.dataset.theme = event.matches ? "dark" : "light";
  });
})();
