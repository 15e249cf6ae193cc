// The only script: "copy citation" buttons (the citation text is on the page without it), a
// search form that leaves its empty date fields out of the address (and folds its options on a
// phone, and shows this page's state again after Back), and the document page's
// previous / next match buttons (without the script its links still jump to the best match), and
// the document page's folded names opened for printing where the style sheet cannot open them,
// and shared links a CMS or a sentence damaged (an «&» written `&#038;`, a fragment `#p-8.`, a quote's
// link without its #p-N) read as meant.
// No inline script anywhere; the Content-Security-Policy allows only this file.
(function () {
  "use strict";

  // A link whose «&» a CMS wrote `&#038;` (WordPress's esc_url) or `&#38;`: the browser took the rest
  // for a fragment, so the server never saw those parameters (`&amp;` it reads itself). The page
  // asks for the link as meant, at once; true when it does.
  function askWithEscapedAmpersands() {
    var escaped = /^#(?:0*38|x0*26);/i.exec(location.hash);
    if (!escaped) { return false; }
    var rest = location.hash.slice(escaped[0].length).replace(/&#(?:0*38|x0*26);/gi, "&");
    var at = rest.indexOf("#");  // a fragment of its own after the parameters: kept
    var fragment = at >= 0 ? rest.slice(at) : "";
    var search = location.search.replace(/&+$/, "");
    // with the origin: a path of its own that starts with «//» (the 404 page of `//evil.example/#038;…`)
    // read alone is an address on another host, and the visitor left the archive for it
    location.replace(location.origin + location.pathname + (search ? search + "&" : "?")
                     + (at >= 0 ? rest.slice(0, at) : rest) + fragment);
    return true;
  }
  if (askWithEscapedAmpersands()) { return; }

  // A fragment that took a sentence's punctuation («…#p-8.», «#p-8)», «#p-8»»: every quote's link
  // ends in one) names no element: the one it meant, as the server trims a document's id
  // (search_app/damaged_links.py). Replaced, so the browser scrolls to it and marks it :target.
  // The punctuation comes from the page (data-id-tail on the body), so the two lists cannot drift; a loop,
  // not a regex anchored at the end, which tries every start of a long run.
  function trimFragment() {
    var id;
    try { id = decodeURIComponent(location.hash.slice(1)); } catch (e) { return; }
    if (!id || document.getElementById(id)) { return; }
    var tail = document.body.getAttribute("data-id-tail") || "";
    var end = id.length;
    while (end > 0 && (tail.indexOf(id.charAt(end - 1)) >= 0 || /\s/.test(id.charAt(end - 1)))) { end -= 1; }
    var trimmed = id.slice(0, end);
    if (trimmed && trimmed !== id && document.getElementById(trimmed)) {
      location.replace("#" + encodeURIComponent(trimmed));
    }
  }

  // A quote's link (`?passage=<fingerprint>`) that lost its #p-N (cut at a line break, a tool that
  // drops fragments, a link reloaded from `&#038;`): the quoted paragraph the server found, or its
  // note that the paragraph changed, as the whole link would have opened.
  function toQuotedPassage() {
    var text = document.getElementById("text");
    var id = text && text.getAttribute("data-quoted");
    if (!location.hash && id && document.getElementById(id)) {
      location.replace("#" + id);
    }
  }

  // The textarea takes the focus to be selected: the focus goes back where it was (the button
  // pressed), or removing the textarea drops it to the page's body and the next Tab starts at the top
  function fallbackCopy(text) {
    var focused = document.activeElement;
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "offscreen";
    document.body.appendChild(area);
    area.focus({ preventScroll: true });
    area.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    document.body.removeChild(area);
    if (focused && focused !== document.body && typeof focused.focus === "function") {
      focused.focus({ preventScroll: true });
    }
    return ok;
  }

  function copy(button) {
    var source = document.getElementById(button.getAttribute("data-copy"));
    var status = button.parentNode.querySelector(".copied");
    if (!source) { return; }
    var text = source.textContent;
    function done(ok) {
      // the clipboard holds one citation: an earlier one's «Цитата скопирована» would now be wrong
      var others = document.querySelectorAll("button.copy.done");
      for (var i = 0; i < others.length; i++) {
        if (others[i] === button) { continue; }
        others[i].classList.remove("done");
        var said = others[i].parentNode.querySelector(".copied");
        if (said) { said.textContent = ""; }
      }
      if (status) { status.textContent = ok ? "Цитата скопирована" : "Не удалось скопировать: выделите текст вручную"; }
      button.classList.toggle("done", ok);
    }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(function () { done(true); }, function () { done(fallbackCopy(text)); });
    } else {
      done(fallbackCopy(text));
    }
  }

  // Empty date fields (the range, and the folded month and day of every year) would put
  // "&from=&to=&month=&day=" into every address the form makes, and every link shared from it.
  function dropEmptyDates(event) {
    ["from", "to", "month", "day"].forEach(function (name) {
      if (event.formData.get(name) === "") { event.formData.delete(name); }
    });
  }

  // Where the sentences of `text` break, by the rule the index and every other reader of sentences
  // follow (index/sentences.py): after . ! ? or … (a closing quote or bracket may follow) and a
  // space, before a capital, a digit, or a quote or dash opening the next one; not at the full stop
  // of an initial («– деді Б. Тілеуберді» was cut after «Б.»), of a hyphenated one (К-Ж.), of a
  // numbered point opening a line («1.»), nor of an abbreviation (`ул. Абая`, `Проф. Ибрагимов`, `Mr. Nazarbayev`:
  // `abbreviations`, the index's list, which the page gives). Each break as [where it starts,
  // where the next sentence does].
  var BREAK = /[.!?…](?<!^[0-9]{1,3}\.)["»”)]?\s+(?=(?:[«"“(]|[—–-][ \u00a0]?)?[0-9\p{Lu}])/gmu;
  var LAST_WORD = /[\p{L}\p{M}\p{N}]+(?:[-\u2010\u2011][\p{L}\p{M}\p{N}]+)*$/u;
  var HYPHENATED_INITIAL = /^\p{Lu}[-\u2010\u2011]\p{Lu}$/u;
  function sentenceBreaks(text, abbreviations) {
    var breaks = [];
    var found;
    BREAK.lastIndex = 0;
    while ((found = BREAK.exec(text))) {
      if (text[found.index] === ".") {
        var word = (text.slice(Math.max(0, found.index - 40), found.index).match(LAST_WORD) || [""])[0];
        if ((word.length === 1 && !/\d/.test(word)) || HYPHENATED_INITIAL.test(word)
            || abbreviations.indexOf(word) >= 0
            // capitalised as a sentence opens it: «Проф. Ибрагимов»
            || (/^\p{Lu}\p{Ll}+$/u.test(word) && abbreviations.indexOf(word.toLowerCase()) >= 0)) { continue; }
      }
      breaks.push([found.index, found.index + found[0].length]);
    }
    return breaks;
  }

  // The sentence a mark stands in (at most about 200 characters of it), for a screen reader:
  // «совпадение 7 из 14» alone told nothing of the match.
  function sentenceOf(mark, abbreviations) {
    var block = mark.closest("p") || mark.parentNode;
    var before = document.createRange();
    before.setStart(block, 0);
    before.setEndBefore(mark);
    var text = block.textContent;
    var start = before.toString().length;
    var end = start + mark.textContent.length;
    var from = 0, to = text.length;
    var breaks = sentenceBreaks(text, abbreviations);
    for (var i = 0; i < breaks.length; i++) {
      if (breaks[i][1] <= start) { from = breaks[i][1]; }
      if (breaks[i][0] >= end) { to = breaks[i][1]; break; }
    }
    var head = "", tail = "";
    var cut = text.lastIndexOf(" ", start - 100) + 1;
    if (start - from > 100 && cut > from) { from = cut; head = "… "; }
    cut = text.indexOf(" ", end + 100);
    if (to - end > 100 && cut > 0 && cut < to) { to = cut; tail = " …"; }
    return head + text.slice(from, to).replace(/\s+/g, " ").trim() + tail;
  }

  // Step through the marks of the document's text, from the one the address opened at (the
  // best match, #best-match, #m-<n>, or the first in a quote's paragraph, #p-<n>), wrapping round at either end. Focus stays on the
  // button, so Enter or Space steps on; the position and the match's sentence are read out
  // through an aria-live region. Opened (or jumped by a link) at a match, the page focuses that
  // mark and reads it out the same way: a screen reader reads on from the match, not from the top
  // of the text (focusing the buttons' row above the text did that, and the best match, the one
  // the result was opened for, was never said). Tab from the mark leads to the buttons (the next
  // thing after the text is the JSON link), and «следующее →» goes on to the match after it.
  function matchNavigation() {
    var nav = document.querySelector(".match-nav");
    var text = document.getElementById("text");
    var all = text ? text.querySelectorAll("mark") : [];
    if (!nav || !all.length) { return; }
    // words typed without quotes: the steps go where they all stand together (mark.meet), not
    // through every single word (674 marks for 4 places in a 200-page stenogram)
    var meets = text.querySelectorAll("mark.meet");
    var marks = meets.length ? meets : all;
    var unit = meets.length ? "место " : "совпадение ";
    var position = document.getElementById("match-position");
    var said = document.getElementById("match-said");
    var abbreviations = (said.getAttribute("data-abbreviations") || "").split(" ");
    var current = -1;
    var visited = false;  // the reader was taken to marks[current] (an address naming it, a step)
    // the sentence in the text's language (a Kazakh or English document's), the count in the page's
    function say(mark) {
      var sentence = document.createElement("span");
      var language = mark.closest("[lang]");
      if (language !== document.documentElement) { sentence.lang = language.lang; }
      sentence.textContent = sentenceOf(mark, abbreviations);
      said.replaceChildren(unit + (current + 1) + " из " + marks.length + ": ", sentence);
    }
    function show(i, scroll) {
      if (current >= 0) {
        marks[current].classList.remove("current");
        marks[current].removeAttribute("tabindex");
      }
      current = (i + marks.length) % marks.length;
      var mark = marks[current];
      mark.classList.add("current");
      mark.tabIndex = -1;  // focusable by the script alone (arrive), never a Tab stop of its own
      var word = document.createElement("span");
      word.className = "word";  // hidden on a narrow screen: the row stays one line
      word.textContent = unit;
      position.replaceChildren(word, (current + 1) + " из " + marks.length);
      if (scroll) {
        visited = true;
        say(mark);
        text.classList.add("stepping");
        mark.scrollIntoView({block: "center"});
        history.replaceState(null, "", "#" + mark.id);  // a reload opens where the reader was
      }
    }
    // The reader is put at the mark the address names, and hears it.
    function arrive(i) {
      show(i, false);
      visited = true;
      marks[current].focus({preventScroll: true});
      say(marks[current]);
    }
    // The first mark stepped through at or after `node` in reading order: the node itself, the
    // first inside it (a quote's #p-<n>), or the first after it (a page's #page-<n>, a word's
    // mark between two places where the words meet); -1 when none follows.
    function firstFrom(node) {
      for (var i = 0; i < marks.length; i++) {
        if (marks[i] === node || node.contains(marks[i])
            || node.compareDocumentPosition(marks[i]) & Node.DOCUMENT_POSITION_FOLLOWING) { return i; }
      }
      return -1;
    }
    // What the address names in the text: {i: the mark to count from, exact: it is that mark, or
    // inside the paragraph named (a page's separator, a paragraph without marks only points ahead)}
    function named(hash) {
      var id = decodeURIComponent(hash.slice(1));
      var target = id ? document.getElementById(id) : null;
      if (!target || target === text || !text.contains(target)) { return {i: -1, exact: false}; }
      var i = firstFrom(target);
      var exact = i >= 0 && (marks[i] === target || target.contains(marks[i])
                             || (target.tagName === "MARK" && target.parentNode === marks[i].parentNode));
      return {i: i, exact: exact};
    }
    // The reading line: the bottom of the sticky row of buttons, under which the text scrolls.
    function readingLine() { return Math.max(0, nav.getBoundingClientRect().bottom); }
    function inView(mark) {
      var box = mark.getBoundingClientRect();
      return box.bottom > readingLine() && box.top < window.innerHeight;
    }
    // The first mark below the reading line (marks.length when all are above): marks are in
    // reading order, so their tops only grow.
    function firstBelow() {
      var line = readingLine(), low = 0, high = marks.length;
      while (low < high) {
        var middle = (low + high) >> 1;
        if (marks[middle].getBoundingClientRect().bottom > line) { high = middle; } else { low = middle + 1; }
      }
      return low;
    }
    // A step goes on from the mark the reader was taken to while it is in view; once he has
    // scrolled away or followed a page's link, from the text in view: «следующее» to the first
    // mark under the reading line, «предыдущее» to the last above it.
    function step(by) {
      if (visited && current >= 0 && inView(marks[current])) {
        show(current + by, true);
      } else {
        var below = firstBelow();
        show(by > 0 ? below : below - 1, true);
      }
    }
    // The reader may jump by a link («к первому», «к лучшему совпадению», one given to him), by
    // Back, or by editing the address: the buttons step on from there. (Their own steps replace
    // the address, which fires no hashchange; so the address always names the current mark.)
    function follow() {
      var at = named(location.hash);
      if (at.exact) { arrive(at.i); } else if (at.i >= 0) { show(at.i, false); visited = false; }
    }
    var start = named(location.hash);
    // no address: the count starts at the text's first place, where the reader is
    show(start.i >= 0 ? start.i : 0, false);
    document.getElementById("previous-match").addEventListener("click", function () { step(-1); });
    document.getElementById("next-match").addEventListener("click", function () { step(1); });
    text.addEventListener("keydown", function (event) {
      if (event.key === "Tab" && !event.shiftKey && event.target === marks[current]) {
        event.preventDefault();  // Shift+Tab reaches them by itself: the row comes before the text
        document.getElementById("previous-match").focus();
      }
    });
    window.addEventListener("hashchange", follow);
    nav.hidden = false;
    // after the browser's own jump to the fragment, which focuses the mark (focusable now), or
    // the page itself; unless the reader has gone elsewhere meanwhile
    if (start.exact) {
      visited = true;
      window.addEventListener("load", function () {
        setTimeout(function () {
          var at = document.activeElement;
          if (at === document.body || at === marks[current]) { arrive(current); }
        }, 0);
      });
    }
  }

  // A quote's paragraph the address names (#p-N: a quote's permalink, which has no query and so no
  // match to focus) takes the focus once the page is loaded, unless a match or the reader took it:
  // a screen reader reads on from the quote, which the style names «Цитируемый абзац», not from the top.
  function focusQuotedParagraph() {
    window.addEventListener("load", function () {
      setTimeout(function () {
        var quoted = document.querySelector(".fulltext p:target");
        if (!quoted || (document.activeElement && document.activeElement !== document.body)) { return; }
        quoted.tabIndex = -1;  // focusable by the script alone, never a Tab stop
        quoted.focus({preventScroll: true});
      }, 0);
    });
  }

  // The query box of a results page takes the focus (its description reads out the count), but
  // not when the reader comes back to the list (Back, a reload): the browser then puts the list
  // where he had scrolled to, which a focus, as `autofocus` did, would take back to the top.
  function focusQuery() {
    var box = document.querySelector("input[data-focus]");
    var entries = box && window.performance && performance.getEntriesByType ? performance.getEntriesByType("navigation") : [];
    var how = entries.length ? entries[0].type : "navigate";
    if (box && how !== "back_forward" && how !== "reload") { box.focus({preventScroll: true}); }
  }

  // A phone folds the query syntax help and the options (exact form, dates): 200 px above every
  // list pushed the first result below the screen. Not when one of them is in force (the person
  // sees what narrows the list), and a wide screen, which has no summary to open them, always
  // shows them. NARROW must match style.css.
  var NARROW = "(max-width: 560px)";
  function foldOptions(form) {
    var more = form.querySelector("details.more");
    if (!more || !window.matchMedia) { return; }
    var narrow = window.matchMedia(NARROW);
    if (narrow.matches && !more.hasAttribute("data-in-force")) { more.open = false; }
    narrow.addEventListener("change", function () { if (!narrow.matches) { more.open = true; } });
  }

  // Back to a page kept whole by the browser (the back-forward cache) shows the form as it was
  // left: boxes ticked and dates typed for the next page. The form says what this page's list is for.
  function resetOnReturn(event) {
    if (!event.persisted) { return; }
    var forms = document.querySelectorAll("form.search");
    for (var i = 0; i < forms.length; i++) { forms[i].reset(); }
  }

  // A histogram's labels that would touch (the reader's own letter spacing: «янвфевмар» read as
  // one word) take two rows, every other one lower. Checked again whenever a label or the
  // histogram changes size; lowering a label (a transform) changes neither: no loop.
  function staggerLabels(histogram) {
    var labels = histogram.querySelectorAll(".label");
    function check() {
      var shown = [];
      for (var i = 0; i < labels.length; i++) {
        labels[i].classList.remove("lower");
        if (labels[i].getClientRects().length && getComputedStyle(labels[i]).visibility === "visible") {
          shown.push(labels[i]);
        }
      }
      var touching = false;
      for (var j = 1; j < shown.length; j++) {  // neighbours on one row only (the months take two)
        var a = shown[j - 1].getBoundingClientRect(), b = shown[j].getBoundingClientRect();
        touching = touching || (b.top < a.bottom && a.top < b.bottom && b.left < a.right + 2);
      }
      histogram.classList.toggle("staggered", touching);
      for (var k = 1; touching && k < shown.length; k += 2) { shown[k].classList.add("lower"); }
    }
    var watch = new ResizeObserver(check);  // it calls check once at the start too
    watch.observe(histogram);
    for (var i = 0; i < labels.length; i++) { watch.observe(labels[i]); }
  }

  // A histogram wider than its panel (bars 24 px wide at least) scrolls inside it: the chosen bar
  // in sight, else the years' newest end (where the list of results starts). The months fit (two rows).
  function showChosenBar(histogram) {
    if (histogram.scrollWidth <= histogram.clientWidth) { return; }
    var chosen = histogram.querySelector("a.selected");
    if (chosen) {
      var bar = chosen.getBoundingClientRect(), box = histogram.getBoundingClientRect();
      histogram.scrollLeft += bar.left - box.left - (box.width - bar.width) / 2;
    } else {
      histogram.scrollLeft = histogram.scrollWidth;
    }
  }

  // A histogram scrolled sideways says which of its edges hides bars (the style fades that edge
  // out): checked when it scrolls and when it or the window changes size.
  function markHiddenEdges(histogram) {
    function check() {
      var left = histogram.scrollLeft, hidden = histogram.scrollWidth - histogram.clientWidth;
      histogram.classList.toggle("more-before", left > 1);
      histogram.classList.toggle("more-after", left < hidden - 1);
    }
    histogram.addEventListener("scroll", check, {passive: true});
    if (window.ResizeObserver) { new ResizeObserver(check).observe(histogram); }
    check();
  }

  // Paper shows every name a document page folds (style.css opens the fold in print where the
  // browser styles ::details-content; elsewhere a closed fold printed as «Показать всех (N)»):
  // opened for the print, closed again after it.
  function openNamesForPrint() {
    var opened = [];
    window.addEventListener("beforeprint", function () {
      var folds = document.querySelectorAll("details.names:not([open])");
      for (var i = 0; i < folds.length; i++) { folds[i].open = true; opened.push(folds[i]); }
    });
    window.addEventListener("afterprint", function () {
      while (opened.length) { opened.pop().open = false; }
    });
  }

  window.addEventListener("pageshow", resetOnReturn);
  openNamesForPrint();
  document.addEventListener("DOMContentLoaded", function () {
    trimFragment();  // before the match buttons read the address
    toQuotedPassage();
    matchNavigation();
    focusQuotedParagraph();  // after the match buttons, whose match takes the focus first
    focusQuery();
    var forms = document.querySelectorAll("form.search");
    for (var j = 0; j < forms.length; j++) {
      forms[j].addEventListener("formdata", dropEmptyDates);
      foldOptions(forms[j]);
    }
    var histograms = document.querySelectorAll("ol.histogram");
    for (var h = 0; h < histograms.length; h++) {
      if (window.ResizeObserver) { staggerLabels(histograms[h]); }
      showChosenBar(histograms[h]);
      markHiddenEdges(histograms[h]);
    }
    var buttons = document.querySelectorAll("button.copy[data-copy]");
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].hidden = false;
      buttons[i].addEventListener("click", function (event) { copy(event.currentTarget); });
    }
  });
})();
