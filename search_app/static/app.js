// The only script: "copy citation" buttons (the citation text is on the page without it), and
// a search form that leaves its empty date fields out of the address.
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

  document.addEventListener("DOMContentLoaded", function () {
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
