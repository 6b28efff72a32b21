"""timeline.html: the events of a build on a time axis, filterable, in one offline file.

The page loads nothing from outside (no script, style, font or image URL). Article-derived
strings are untrusted: they travel only inside a JSON block whose ``<``, ``>`` and ``&`` are
escaped, and the script builds the page with ``textContent`` (never ``innerHTML`` with data),
so markup in an article is shown as text and never runs.

Examples
--------
>>> from graphkit.knowledge import KnowledgeGraph
>>> from graphkit.models import Actor, Article, Event
>>> kg = KnowledgeGraph(
...     articles=[Article(id="a", text="...", published="2014-07-24")],
...     actors=[Actor(id="k", name="Kerry <script>", kind="person")],
...     events=[Event(id="a#e0", type="CONSULT", label="met", actors=["k"], date="2014-07-23",
...                   article="a", sentence="Kerry met <b>him</b>.", start=0, end=1)])
>>> page = generate_timeline(kg)
>>> "<script>" in page.split('id="timeline-data"')[1].split("</script>")[0]
False
>>> timeline_rows(kg)[0]["actors"]
['Kerry <script>']
"""
from __future__ import annotations

import json

from graphkit.render.files import atomic_write_text

__all__ = ["timeline_rows", "timeline_json", "generate_timeline", "write_timeline"]


def timeline_rows(kg, **filters) -> list[dict]:
    """One flat record per event, in timeline order (see :func:`graphkit.graph.timeline.timeline`)."""
    from graphkit.graph.timeline import timeline

    return [e.as_dict() for e in timeline(kg, **filters)]


def timeline_json(rows) -> str:
    """JSON safe to embed in a ``<script>`` block: ``<``, ``>``, ``&`` and line separators escaped."""
    text = json.dumps(rows, ensure_ascii=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>graphkit timeline</title>
<style>
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#222;background:#fafafa}
header{padding:12px 18px;background:#fff;border-bottom:1px solid #ddd;position:sticky;top:0;z-index:2}
h1{font-size:18px;margin:0 0 8px}
label{margin-right:14px;font-size:14px}
select{font-size:14px;max-width:240px}
#count{font-size:13px;color:#666}
#axis{position:relative;height:54px;margin:10px 24px 0;border-bottom:2px solid #888}
.tick{position:absolute;bottom:-20px;font-size:11px;color:#555;transform:translateX(-50%);white-space:nowrap}
.tickmark{position:absolute;bottom:-6px;width:1px;height:6px;background:#888}
.dot{position:absolute;bottom:4px;width:10px;height:10px;border-radius:50%;transform:translateX(-50%);cursor:pointer;opacity:.85}
main{padding:30px 18px 18px}
.day{margin:18px 0 6px;font-weight:600;font-size:15px;border-bottom:1px solid #e3e3e3}
.ev{background:#fff;border:1px solid #e3e3e3;border-left:5px solid #999;border-radius:4px;padding:8px 10px;margin:6px 0}
.ev.hl{outline:2px solid #1a73e8}
.head{font-size:14px}
.meta{font-size:12px;color:#666;margin-top:3px}
.sent{font-size:13px;margin-top:5px;color:#333;font-style:italic}
.badge{display:inline-block;font-size:11px;padding:0 6px;border-radius:8px;background:#eee;margin-left:6px}
.neg{background:#fde2e2}.pos{background:#fff4cc}
</style></head>
<body>
<header><h1>graphkit timeline</h1>
<label>Actor <select id="f-actor"><option value="">all</option></select></label>
<label>Type <select id="f-type"><option value="">all</option></select></label>
<label>Certainty <select id="f-cert"><option value="">all</option><option>asserted</option><option>possible</option><option>negated</option></select></label>
<span id="count"></span>
<div id="axis"></div></header>
<main id="list"></main>
<script type="application/json" id="timeline-data">__DATA__</script>
<script>
(function () {
  "use strict";
  var rows = JSON.parse(document.getElementById("timeline-data").textContent);
  var COLORS = {AGREE:"#2e7d32",CONSULT:"#1565c0",SUPPORT:"#00897b",CONCEDE:"#7cb342",COOPERATE:"#43a047",
    AID:"#26a69a",RETREAT:"#9e9d24",REQUEST:"#6d4c41",ACCUSE:"#ef6c00",REJECT:"#f57c00",THREATEN:"#e65100",
    PROTEST:"#d84315",SANCTION:"#c62828",MOBILIZE:"#ad1457",COERCE:"#b71c1c",ASSAULT:"#880e4f"};
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
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
  function fmt(n) { return new Date(n * 864e5).toISOString().slice(0, 10); }
  function selected() {
    var a = document.getElementById("f-actor").value, t = document.getElementById("f-type").value,
        c = document.getElementById("f-cert").value;
    return rows.filter(function (r) {
      return (!a || r.actor_ids.indexOf(a) >= 0 || r.recipient_ids.indexOf(a) >= 0) &&
             (!t || r.type === t) && (!c || r.certainty === c);
    });
  }
  function drawAxis(list) {
    var axis = document.getElementById("axis");
    while (axis.firstChild) { axis.removeChild(axis.firstChild); }
    var days = list.filter(function (r) { return r.day; }).map(function (r) { return dayNum(r.day); });
    if (!days.length) { return; }
    var lo = Math.min.apply(null, days), hi = Math.max.apply(null, days);
    if (hi === lo) { lo -= 1; hi += 1; }
    var pos = function (d) { return (5 + 90 * (d - lo) / (hi - lo)) + "%"; };
    var seen = {};
    for (var k = 0; k <= 4; k++) {
      var d = Math.round(lo + (hi - lo) * k / 4);
      if (seen[d]) { continue; }
      seen[d] = true;
      var m = el("div", "tickmark"); m.style.left = pos(d); axis.appendChild(m);
      var t = el("div", "tick", fmt(d)); t.style.left = pos(d); axis.appendChild(t);
    }
    var stack = {};
    list.forEach(function (r) {
      if (!r.day) { return; }
      var d = dayNum(r.day), level = stack[d] = (stack[d] || 0) + 1;
      var dot = el("div", "dot");
      dot.style.left = pos(d);
      dot.style.bottom = (4 + 11 * ((level - 1) % 4)) + "px";
      dot.style.background = COLORS[r.type] || "#777";
      if (r.relative) { dot.style.opacity = ".35"; }
      dot.title = r.day + " " + r.label;
      dot.addEventListener("click", function () {
        var card = document.getElementById("ev-" + r.id);
        if (card) {
          Array.prototype.forEach.call(document.querySelectorAll(".ev.hl"), function (c) { c.classList.remove("hl"); });
          card.classList.add("hl"); card.scrollIntoView({block: "center"});
        }
      });
      axis.appendChild(dot);
    });
  }
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
    c.appendChild(head);
    var when = r.happened ? "happened " + r.happened + (r.happened_text ? " (\\u201c" + r.happened_text + "\\u201d)" : "")
                          : (r.relative && r.relative.indexOf("reported") !== 0 ? r.relative : "happened: not stated");
    var meta = when + " \\u00b7 reported " + (r.reported || "(publication date unknown)") +
               " \\u00b7 article " + r.article + (r.title ? " \\u2014 " + r.title : "");
    c.appendChild(el("div", "meta", meta));
    c.appendChild(el("div", "sent", r.sentence));
    return c;
  }
  function render() {
    var list = selected(), main = document.getElementById("list");
    while (main.firstChild) { main.removeChild(main.firstChild); }
    document.getElementById("count").textContent = list.length + " of " + rows.length + " events";
    var last = null;
    list.forEach(function (r) {
      var group = r.day ? (r.relative ? r.day + " (reported)" : (r.happened || r.day)) : (r.relative || "undated");
      if (group !== last) { main.appendChild(el("div", "day", group)); last = group; }
      main.appendChild(card(r));
    });
    drawAxis(list);
  }
  ["f-actor", "f-type", "f-cert"].forEach(function (id) { document.getElementById(id).addEventListener("change", render); });
  render();
  window.graphkitTimeline = {rows: rows, render: render};
})();
</script>
</body></html>
"""


def generate_timeline(kg, **filters) -> str:
    """The self-contained timeline page (``filters`` as for :func:`graphkit.graph.timeline.timeline`)."""
    return _PAGE.replace("__DATA__", timeline_json(timeline_rows(kg, **filters)))


def write_timeline(kg, path, **filters) -> None:
    """Write timeline.html atomically."""
    atomic_write_text(path, generate_timeline(kg, **filters))
