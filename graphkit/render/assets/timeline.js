/* graphkit timeline: a histogram axis fitted to the dated events, cards rendered a page at a
   time as the list scrolls, undated events grouped by article. Strings from articles reach the
   page only through textContent. */
(function () {
  "use strict";
  var rows = JSON.parse(document.getElementById("timeline-data").textContent);
  var PAGE = 200, BINS = 120;
  var COLORS = {AGREE:"#2e7d32",CONSULT:"#1565c0",SUPPORT:"#00897b",CONCEDE:"#7cb342",COOPERATE:"#43a047",
    AID:"#26a69a",RETREAT:"#9e9d24",REQUEST:"#6d4c41",ACCUSE:"#ef6c00",REJECT:"#f57c00",THREATEN:"#e65100",
    PROTEST:"#d84315",SANCTION:"#c62828",MOBILIZE:"#ad1457",COERCE:"#b71c1c",ASSAULT:"#880e4f"};
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function clear(e) { while (e.firstChild) { e.removeChild(e.firstChild); } }
  function addOptions(select, pairs) {
    pairs.forEach(function (p) { var o = el("option", null, p[1]); o.value = p[0]; select.appendChild(o); });
  }
  var actorNames = {}, types = {};
  rows.forEach(function (r) {
    r.actor_ids.forEach(function (id, i) { actorNames[id] = r.actors[i]; });
    r.recipient_ids.forEach(function (id, i) { actorNames[id] = r.recipients[i]; });
    types[r.type] = true;
  });
  addOptions(document.getElementById("f-actor"),
    Object.keys(actorNames).sort(function (a, b) { return String(actorNames[a]).localeCompare(String(actorNames[b])); })
      .map(function (id) { return [id, actorNames[id]]; }));
  addOptions(document.getElementById("f-type"), Object.keys(types).sort().map(function (t) { return [t, t]; }));
  function dayNum(s) { var p = s.split("-"); return Date.UTC(+p[0], +p[1] - 1, +p[2]) / 864e5; }
  function fmt(n, unit) {
    var s = new Date(n * 864e5).toISOString();
    return unit === "year" ? s.slice(0, 4) : unit === "month" ? s.slice(0, 7) : s.slice(0, 10);
  }
  function selected() {
    var a = document.getElementById("f-actor").value, t = document.getElementById("f-type").value,
        c = document.getElementById("f-cert").value;
    return rows.filter(function (r) {
      return (!a || r.actor_ids.indexOf(a) >= 0 || r.recipient_ids.indexOf(a) >= 0) &&
             (!t || r.type === t) && (!c || r.certainty === c);
    });
  }
  /* group of a row: its day (a coarser happened-on date as written), else its article */
  function group(r) {
    if (r.day) { return r.happened && r.happened.length < 10 && r.happened.indexOf(r.day.slice(0, 4)) === 0 ? r.happened : r.day; }
    return "article " + r.article;
  }

  /* ---- axis: a histogram over the span of the dated events (outliers past the 1st/99th percentile at the edges) ---- */
  function fitted(days) {
    days = days.slice().sort(function (a, b) { return a - b; });
    var lo = days[0], hi = days[days.length - 1];
    if (days.length >= 50) {
      var p1 = days[Math.floor(days.length * 0.01)], p99 = days[Math.ceil(days.length * 0.99) - 1];
      if (p99 - p1 < (hi - lo) / 4) { lo = p1; hi = p99; }
    }
    if (hi - lo < 6) { var mid = (lo + hi) / 2; lo = Math.floor(mid - 3); hi = Math.ceil(mid + 3); }
    return [lo, hi];
  }
  function ticks(lo, hi) {
    var span = hi - lo, out = [], unit, d, t;
    if (span > 3 * 366) { unit = "year"; } else if (span > 75) { unit = "month"; } else { unit = "day"; }
    var step = unit === "day" ? Math.max(1, Math.ceil(span / 8)) : 1;
    d = new Date(lo * 864e5);
    if (unit === "year") { d = new Date(Date.UTC(d.getUTCFullYear() + 1, 0, 1)); }
    if (unit === "month") { d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)); }
    var guard = 0;
    while ((t = d.getTime() / 864e5) <= hi && guard++ < 400) {
      out.push(t);
      if (unit === "year") { d = new Date(Date.UTC(d.getUTCFullYear() + 1, 0, 1)); }
      else if (unit === "month") { d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)); }
      else { d = new Date(d.getTime() + step * 864e5); }
    }
    var every = Math.max(1, Math.ceil(out.length / 10));
    return {unit: unit, at: out.filter(function (_, i) { return i % every === 0; })};
  }
  function drawAxis(list) {
    var axis = document.getElementById("axis"), note = document.getElementById("note");
    clear(axis);
    var dated = list.filter(function (r) { return r.day; });
    var byPub = dated.filter(function (r) { return r.relative; }).length;
    if (!dated.length) {
      axis.className = "none";
      note.textContent = rows.length ? "· no event has a date: events are listed by article" : "";
      return;
    }
    axis.className = "";
    var days = dated.map(function (r) { return dayNum(r.day); }), span = fitted(days), lo = span[0], hi = span[1];
    note.textContent = "· " + dated.length + " dated (" + byPub + " by their article's date), " +
      (list.length - dated.length) + " undated, grouped by article";
    var width = hi - lo + 1, nb = Math.min(BINS, width), size = width / nb, counts = [], first = [], early = 0, late = 0;
    for (var b = 0; b < nb; b++) { counts.push(0); first.push(null); }
    dated.forEach(function (r, i) {
      var d = days[i];
      if (d < lo) { early++; return; }
      if (d > hi) { late++; return; }
      var k = Math.min(nb - 1, Math.floor((d - lo) / size));
      counts[k]++;
      if (first[k] === null) { first[k] = r; }
    });
    var top = Math.max.apply(null, counts) || 1;
    function left(d) { return (100 * (d - lo) / width) + "%"; }
    counts.forEach(function (c, k) {
      if (!c) { return; }
      var bar = el("div", "bar"), d0 = lo + k * size;
      bar.style.left = left(d0);
      bar.style.width = "calc(" + (100 / nb) + "% - 1px)";
      bar.style.height = Math.max(3, Math.round(56 * Math.sqrt(c / top))) + "px";
      bar.title = fmt(Math.floor(d0)) + (size > 1 ? " – " + fmt(Math.floor(d0 + size - 1)) : "") + ": " + c + " event" + (c > 1 ? "s" : "");
      bar.addEventListener("click", function () { jump(first[k]); });
      axis.appendChild(bar);
    });
    var tk = ticks(lo, hi + 1);
    tk.at.forEach(function (d) {
      var m = el("div", "tickmark"); m.style.left = left(d); axis.appendChild(m);
      var t = el("div", "tick", fmt(d, tk.unit)); t.style.left = left(d); axis.appendChild(t);
    });
    if (early) { var e0 = el("div", "edge", "◀ " + early + " earlier"); e0.style.left = "0"; e0.style.bottom = "60px"; axis.appendChild(e0); }
    if (late) { var e1 = el("div", "edge", late + " later ▶"); e1.style.right = "0"; e1.style.bottom = "60px"; axis.appendChild(e1); }
  }

  /* ---- list: cards a page at a time ---- */
  function card(r) {
    var c = el("div", "ev");
    c.id = "ev-" + r.id;
    c.style.borderLeftColor = COLORS[r.type] || "#999";
    var head = el("div", "head");
    head.appendChild(el("b", null, r.actors.join(", ") || "(someone)"));
    head.appendChild(document.createTextNode(" " + r.label + " "));
    if (r.recipients.length) { head.appendChild(el("b", null, r.recipients.join(", "))); }
    head.appendChild(el("span", "badge", r.type));
    head.appendChild(el("span", "badge " + (r.certainty === "negated" ? "neg" : r.certainty === "possible" ? "pos" : ""), r.certainty));
    if (r.day && r.relative) { head.appendChild(el("span", "badge pub", "article date")); }
    c.appendChild(head);
    var when = r.happened ? "happened " + r.happened + (r.happened_text ? " (\u201c" + r.happened_text + "\u201d)" : "")
                          : (r.relative && r.relative.indexOf("reported") !== 0 ? r.relative : "happened: not stated");
    var meta = when + " \u00b7 reported " + (r.reported || "(publication date unknown)") +
               " \u00b7 article " + r.article + (r.title ? " \u2014 " + r.title : "");
    c.appendChild(el("div", "meta", meta));
    c.appendChild(el("div", "sent", r.sentence));
    return c;
  }
  var list = [], shown = 0, last = null;
  var main = document.getElementById("list"), more = document.getElementById("more");
  function heading(r) {
    var g = group(r), h = el("div", "day", r.day ? g : "Undated");
    if (!r.day) { h.appendChild(el("span", "sub", " \u00b7 article " + r.article + (r.title ? " \u2014 " + r.title : ""))); }
    return h;
  }
  function renderMore(upTo) {
    var end = Math.min(list.length, Math.max(shown + PAGE, upTo || 0)), frag = document.createDocumentFragment();
    for (; shown < end; shown++) {
      var r = list[shown], g = group(r);
      if (g !== last) { frag.appendChild(heading(r)); last = g; }
      frag.appendChild(card(r));
    }
    main.appendChild(frag);
    more.hidden = shown >= list.length;
    more.textContent = "show more (" + (list.length - shown) + " left)";
  }
  function jump(r) {
    if (!r) { return; }
    var i = list.indexOf(r);
    if (i >= shown) { renderMore(i + 1); }
    var c = document.getElementById("ev-" + r.id);
    if (c) {
      Array.prototype.forEach.call(document.querySelectorAll(".ev.hl"), function (x) { x.classList.remove("hl"); });
      c.classList.add("hl"); c.scrollIntoView({block: "center"});
    }
  }
  function render() {
    list = selected(); shown = 0; last = null;
    clear(main);
    document.getElementById("count").textContent = list.length + " of " + rows.length + " events";
    renderMore();
    drawAxis(list);
  }
  more.addEventListener("click", function () { renderMore(); });
  if (window.IntersectionObserver) {
    new IntersectionObserver(function (entries) {
      if (entries[0].isIntersecting && shown < list.length) { renderMore(); }
    }, {rootMargin: "800px"}).observe(more);
  }
  ["f-actor", "f-type", "f-cert"].forEach(function (id) { document.getElementById(id).addEventListener("change", render); });
  render();
  window.graphkitTimeline = {rows: rows, render: render, jump: jump, shown: function () { return shown; }};
})();
