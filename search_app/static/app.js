// The only script: "copy citation" buttons (the citation text is on the page without it), a
// search form that leaves its empty date fields out of the address, and the document page's
// previous / next match buttons (without the script its links still jump to the best match).
// No inline script anywhere; the Content-Security-Policy allows only this file.
(function () {
  "use strict";

  function fallbackCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "offscreen";
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    document.body.removeChild(area);
    return ok;
  }

  function copy(button) {
    var source = document.getElementById(button.getAttribute("data-copy"));
    var status = button.parentNode.querySelector(".copied");
    if (!source) { return; }
    var text = source.textContent;
    function done(ok) {
      if (status) { status.textContent = ok ? "Цитата скопирована" : "Не удалось скопировать: выделите текст вручную"; }
      button.classList.toggle("done", ok);
    }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(function () { done(true); }, function () { done(fallbackCopy(text)); });
    } else {
      done(fallbackCopy(text));
    }
  }

  // Empty date fields would put "&from=&to=" into every address the form makes.
  function dropEmptyDates(event) {
    ["from", "to"].forEach(function (name) {
      if (event.formData.get(name) === "") { event.formData.delete(name); }
    });
  }

  // Step through the marks of the document's text, from the one the address opened at (the
  // best match, #best-match, or #m-<n>), wrapping round at either end. Focus stays on the
  // button, so Enter or Space steps on; the position is read out through an aria-live region.
  function matchNavigation() {
    var nav = document.querySelector(".match-nav");
    var text = document.getElementById("text");
    var marks = text ? text.querySelectorAll("mark") : [];
    if (!nav || !marks.length) { return; }
    var position = document.getElementById("match-position");
    var current = -1;
    function find(id) {
      for (var i = 0; i < marks.length; i++) { if (id && marks[i].id === id) { return i; } }
      return -1;
    }
    function show(i, scroll) {
      if (current >= 0) { marks[current].classList.remove("current"); }
      current = (i + marks.length) % marks.length;
      var mark = marks[current];
      mark.classList.add("current");
      position.textContent = "совпадение " + (current + 1) + " из " + marks.length;
      if (scroll) {
        text.classList.add("stepping");
        mark.scrollIntoView({block: "center"});
        history.replaceState(null, "", "#" + mark.id);  // a reload opens where the reader was
      }
    }
    function markOf(hash) { return find(decodeURIComponent(hash.slice(1))); }
    // The reader may jump by a link («к первому», «к лучшему совпадению», one given to him), by
    // Back, or by editing the address: the buttons step on from the mark jumped to. (Their own
    // steps replace the address, which fires no hashchange; so the address always names the
    // current mark, and a link to it changes nothing.)
    function follow() {
      var i = markOf(location.hash);
      if (i >= 0) { show(i, false); }
    }
    var start = markOf(location.hash);
    show(start >= 0 ? start : Math.max(find("best-match"), 0), false);
    document.getElementById("previous-match").addEventListener("click", function () { show(current - 1, true); });
    document.getElementById("next-match").addEventListener("click", function () { show(current + 1, true); });
    window.addEventListener("hashchange", follow);
    nav.hidden = false;
  }

  document.addEventListener("DOMContentLoaded", function () {
    matchNavigation();
    var forms = document.querySelectorAll("form.search");
    for (var j = 0; j < forms.length; j++) {
      forms[j].addEventListener("formdata", dropEmptyDates);
    }
    var buttons = document.querySelectorAll("button.copy[data-copy]");
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].hidden = false;
      buttons[i].addEventListener("click", function (event) { copy(event.currentTarget); });
    }
  });
})();
