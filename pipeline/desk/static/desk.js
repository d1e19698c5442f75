/* xuncha review desk: keyboard shortcuts. Pages work without this file; it only presses the
   page's own buttons and links. Keys typed while a request is on its way are queued and
   replayed once the new page is in, so fast typing never posts a stale form. */
(function () {
  "use strict";

  var busy = false;
  var pending = [];

  function typing(target) {
    if (!target || !target.closest) { return false; }
    return target.isContentEditable || !!target.closest("input, textarea, select, [contenteditable]");
  }

  function press(selector) {
    var el = document.querySelector(selector);
    if (!el) { return false; }
    el.click();
    return true;
  }

  function toggleHelp(show) {
    var help = document.getElementById("help");
    if (!help) { return press("[data-key=help]"); }
    help.hidden = show === undefined ? !help.hidden : !show;
    return true;
  }

  function rows() { return Array.prototype.slice.call(document.querySelectorAll("tr[data-row]")); }

  function moveRow(step) {
    var all = rows();
    if (!all.length) { return false; }
    var at = all.findIndex(function (r) { return r.classList.contains("selected"); });
    var next = at < 0 ? 0 : Math.max(0, Math.min(all.length - 1, at + step));
    if (at >= 0) { all[at].classList.remove("selected"); }
    all[next].classList.add("selected");
    all[next].scrollIntoView({block: "nearest"});
    return true;
  }

  function openRow() {
    var row = document.querySelector("tr[data-row].selected") || rows()[0];
    var link = row && row.querySelector("a[data-open]");
    if (!link) { return false; }
    link.click();
    return true;
  }

  function categoryIndex(ev) {
    var m = /^Digit([0-9])$/.exec(ev.code || "");
    var d = m ? Number(m[1]) : (/^[0-9]$/.test(ev.key) ? Number(ev.key) : -1);
    if (d < 0) { return -1; }
    if (ev.shiftKey) { return d >= 1 && d <= 5 ? 10 + d : -1; }
    return d === 0 ? 10 : d;
  }

  function toggleCategory(n) {
    var box = document.querySelector("input[data-cat='" + n + "']");
    if (!box || box.disabled) { return false; }
    box.checked = !box.checked;
    return press("[data-key=save-categories]");
  }

  function act(ev) {
    var card = document.querySelector("[data-card]");
    var key = ev.key;
    if (key === "?") { return toggleHelp(); }
    var help = document.getElementById("help");
    if (help && !help.hidden) { return key === "Escape" ? toggleHelp(false) : false; }
    if (card) {
      var n = categoryIndex(ev);
      if (n > 0) { return toggleCategory(n); }
      switch (key.toLowerCase()) {
        case "a": return press("[data-key=accept]");
        case "r": return press("[data-key=reject]");
        case "j": case "s": return press("[data-key=next]");
        case "k": return press("[data-key=prev]");
        case "u": return press("[data-key=undo]");
        case "o": return press("[data-key=open]");
        case "g": return press("[data-key=queue]");
        case "f":
          var input = document.querySelector("[data-key=fix-units]");
          if (input) { input.focus(); return true; }
          return false;
        default: return false;
      }
    }
    switch (key) {
      case "j": return moveRow(1);
      case "k": return moveRow(-1);
      case "Enter": case "o": return openRow();
      case "n": return press("[data-key=next-page]");
      case "p": return press("[data-key=prev-page]");
      case "u": return press("[data-key=undo]");
      default: return false;
    }
  }

  function isShortcut(ev) {
    return ev.key === "?" || ev.key === "Escape" || ev.key === "Enter" || /^[a-z0-9]$/i.test(ev.key) ||
      /^Digit[0-9]$/.test(ev.code || "");
  }

  document.addEventListener("keydown", function (ev) {
    if (ev.isComposing || ev.keyCode === 229) { return; }  // Chinese IME choosing characters
    if (ev.ctrlKey || ev.metaKey || ev.altKey) { return; }
    if (typing(ev.target)) {
      if (ev.key === "Escape") { ev.target.blur(); }
      return;
    }
    if (!isShortcut(ev)) { return; }
    if (busy) {  // the page is being replaced: replay this key on the new one
      pending.push({key: ev.key, code: ev.code, shiftKey: ev.shiftKey});
      ev.preventDefault();
      return;
    }
    if (act(ev)) { ev.preventDefault(); }
  });

  document.addEventListener("htmx:beforeRequest", function () { busy = true; });
  function settled() {
    busy = false;
    var next = pending.shift();
    if (next) {
      window.setTimeout(function () {
        if (busy) { pending.unshift(next); return; }
        act(next);
      }, 0);
    }
  }
  document.addEventListener("htmx:afterSettle", settled);
  document.addEventListener("htmx:responseError", settled);
  document.addEventListener("htmx:sendError", settled);
  document.addEventListener("htmx:afterRequest", function (ev) {
    if (ev.detail && ev.detail.failed) { settled(); }
  });
})();
